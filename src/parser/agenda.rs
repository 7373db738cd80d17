//! The agenda list.
//!
//! ```text
//! agenda-list  = list-heading { group-heading | item } ;
//! item         = item-number title-lines [ list-punct ] { note } { sub-item } ;
//! sub-item     = sub-marker title-lines [ list-punct ] { sub-sub-item } ;
//! title-lines  = text-line { text-line } ;      (* wraps until its list punctuation *)
//! ```
//!
//! pdftotext prints `1.` alone on a line and the title on the next; a title then begins on the
//! line after its number. Whether `(i)` is the ninth letter or the first roman numeral is
//! decided by the sequence it appears in.

use std::collections::VecDeque;

use crate::fold::{fold_whitespace, is_space};
use crate::model::{Agenda, FootnoteRef, Item, MarkerStyle, Punct, SubItem, Text};
use crate::span::Span;
use crate::vocab;

use super::blocks::append_line;
use super::flow::Ctx;
use super::lead::{Lead, lead, letter_value, roman_value};
use super::refs::{self, RefState};

/// A finished title: text without punctuation, its span, its punctuation, its references.
pub struct Title {
    pub text: String,
    pub span: Span,
    pub punct: Option<Punct>,
    pub refs: Vec<FootnoteRef>,
}

/// Build a title from its line spans: whitespace folded, final `. : ;` split off as punctuation
/// (with a no-break space before it, French style), footnote markers taken out.
pub fn finish_title(cx: &Ctx<'_>, lines: &[Span], state: &mut RefState) -> Title {
    let Some(first) = lines.first() else {
        return Title { text: String::new(), span: Span::default(), punct: None, refs: Vec::new() };
    };
    let last = *lines.last().expect("invariant: non-empty");
    let mut refs_all = Vec::new();
    let mut text = String::new();
    let mut punct = None;
    let mut end = last.end;
    // Punctuation: the last `. : ;` of the last line, after any footnote marker.
    let last_text = cx.slice(last);
    let body_end = {
        let t = last_text.trim_end_matches(|c: char| c.is_ascii_digit() || c == '*');
        if t.len() < last_text.len() && t.ends_with(['.', ':', ';']) { t.len() } else { last_text.len() }
    };
    if let Some(p) = last_text[..body_end].chars().next_back().filter(|c| matches!(c, '.' | ':' | ';')) {
        let p_at = body_end - p.len_utf8();
        let before = last_text[..p_at].trim_end_matches(is_space);
        let space_at = before.len();
        let pspan = Span::new(last.start + space_at, last.start + body_end);
        punct = Some(Punct { text: cx.slice(pspan).to_string(), span: pspan });
        end = last.start + space_at;
    }
    for (k, l) in lines.iter().enumerate() {
        let mut l = *l;
        if k + 1 == lines.len() {
            l.end = end.max(l.start);
        }
        let refs = refs::find(cx, if k + 1 == lines.len() { last } else { l }, state);
        let inside: Vec<FootnoteRef> = refs.iter().filter(|r| r.span.end <= l.end).cloned().collect();
        append_line(cx, l, &inside, &mut text);
        refs_all.extend(refs);
    }
    let mut span = Span::new(first.start, end.max(first.start));
    // A marker glued to the end of the title is not part of the title span.
    if let Some(r) = refs_all.last()
        && r.span.end == span.end
    {
        span.end =
            cx.slice(Span::new(span.start, r.span.start)).trim_end_matches(is_space).len() + span.start;
    }
    Title { text: fold_whitespace(&text), span, punct, refs: refs_all }
}

/// One entry of the list as read: an item, sub-item, sub-sub-item or group heading.
struct Entry {
    /// 0 group heading, 1 item, 2 sub-item, 3 sub-sub-item.
    level: u8,
    number: u32,
    marker: String,
    style: MarkerStyle,
    marker_span: Span,
    /// Flow line of the marker.
    marker_line: usize,
    /// Title lines, and the flow line of the first.
    lines: Vec<Span>,
    first_line: usize,
    closed: bool,
    notes: Vec<Span>,
}

/// A title read before its marker (column-wise extraction).
struct Orphan {
    lines: Vec<Span>,
    /// Flow lines of the title.
    flow: Vec<usize>,
    first_line: usize,
    closed: bool,
}

fn ends_list_punct(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == '*');
    let t = if t.len() < s.len() && t.ends_with(['.', ':', ';']) { t } else { s };
    t.trim_end().ends_with(['.', ':', ';'])
}

/// agenda-list: parse the list starting at flow line `from` (just after its heading).
/// Returns the agenda and the first flow line after it.
///
/// Markers and titles are matched in order: a marker alone on its line takes the next title
/// (`1.` ⏎ `Organizational matters:`), and a title read before any free marker waits for the
/// next one (pdfminer prints the numbers column after the titles).
pub fn agenda_list(cx: &mut Ctx<'_>, heading: Text, from: usize, state: &mut RefState) -> (Agenda, usize) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut open: Option<usize> = None;
    // Entries waiting for their title, in list order (not arrival order).
    let mut pending: Vec<usize> = Vec::new();
    let mut orphans: VecDeque<Orphan> = VecDeque::new();
    let mut used: Vec<usize> = Vec::new();
    let mut f = from;
    while f < cx.len() {
        let s = cx.s(f);
        if is_section_heading(s) {
            break;
        }
        let span = cx.span(f);
        let lead = lead(s);
        let entry = match &lead {
            Lead::Item { number, len, rest } if plausible_item(&entries, *number) => {
                Some((1u8, *number, String::new(), MarkerStyle::Period, *len, *rest))
            }
            Lead::Sub { marker, style, len, rest } => {
                sub_level(&entries, &pending, marker).map(|lvl| (lvl, 0, marker.clone(), *style, *len, *rest))
            }
            Lead::Group { letter, len, rest } if open.is_none() && next_group(&entries) == *letter => {
                Some((0, u32::from(*letter), String::new(), MarkerStyle::Period, *len, *rest))
            }
            _ => None,
        };
        if let Some((level, number, marker, style, len, rest)) = entry {
            let mut e = Entry {
                level,
                number,
                marker,
                style,
                marker_span: Span::new(span.start, span.start + len),
                marker_line: f,
                lines: Vec::new(),
                first_line: f,
                closed: false,
                notes: Vec::new(),
            };
            open = None;
            // A sub-item printed while its item's successor still waits for a title belongs
            // before that successor (pdftotext prints the number column ahead of the text).
            let mut at = entries.len();
            if level >= 2 {
                while at > 0
                    && entries.len() - at < 3
                    && pending.contains(&(at - 1))
                    && entries[at - 1].level == 1
                {
                    at -= 1;
                }
            }
            if rest < s.len() {
                e.lines.push(Span::new(span.start + rest, span.end));
                e.closed = ends_list_punct(s);
                if !e.closed {
                    open = Some(at);
                }
            } else if let Some(o) = orphans.pop_front() {
                e.lines = o.lines;
                e.first_line = o.first_line;
                e.closed = true;
                used.extend(o.flow);
            } else {
                for p in &mut pending {
                    if *p >= at {
                        *p += 1;
                    }
                }
                pending.push(at);
                pending.sort_unstable();
            }
            entries.insert(at, e);
            used.push(f);
            f += 1;
            continue;
        }
        // A title line.
        if let Some(i) = open {
            entries[i].lines.push(span);
            entries[i].closed = ends_list_punct(s);
            if entries[i].closed {
                open = None;
            }
            used.push(f);
        } else if !pending.is_empty() {
            let i = pending.remove(0);
            entries[i].lines.push(span);
            entries[i].first_line = f;
            entries[i].closed = ends_list_punct(s);
            if !entries[i].closed {
                open = Some(i);
            }
            used.push(f);
        } else if let Some(o) = orphans.back_mut().filter(|o| !o.closed) {
            o.lines.push(span);
            o.flow.push(f);
            o.closed = ends_list_punct(s);
        } else if orphans.is_empty() && between_items(cx, f, &entries) {
            if crate::symbol::scan(s, 0).is_empty() {
                // A heading over the items that follow (`Normative segment`, `High-level
                // segment:`): a group without a letter.
                entries.push(Entry {
                    level: 0,
                    number: 0,
                    marker: String::new(),
                    style: MarkerStyle::Period,
                    marker_span: Span::empty(span.start),
                    marker_line: f,
                    lines: vec![span],
                    first_line: f,
                    closed: true,
                    notes: Vec::new(),
                });
            } else {
                // A note under the item: the Security Council lists the report before it.
                let last = entries.last_mut().expect("invariant: between_items requires an entry");
                last.notes.push(span);
            }
            used.push(f);
        } else {
            if orphans.len() >= 12 {
                break;
            }
            orphans.push_back(Orphan {
                lines: vec![span],
                flow: vec![f],
                first_line: f,
                closed: ends_list_punct(s),
            });
        }
        f += 1;
    }
    // The list ends after the last line an entry took; orphans left before that are text
    // the parser could not place.
    let end = used.iter().max().map_or(from, |&u| u + 1);
    for &u in &used {
        cx.take(u, u + 1);
    }
    let items = build(cx, entries, state);
    let last = items.last().map_or(heading.span.end, |i| i.span.end);
    (Agenda { span: Span::new(heading.span.start.min(last), last), heading, items }, end)
}

/// The letter the next group heading must have (`A`, then `B` …).
fn next_group(entries: &[Entry]) -> char {
    entries.iter().rev().find(|e| e.level == 0).and_then(|e| char::from_u32(e.number + 1)).unwrap_or('A')
}

/// True when the line is the heading of a later section: the list ends there.
fn is_section_heading(s: &str) -> bool {
    vocab::headings(s).iter().any(|(h, _)| !matches!(h, vocab::Heading::Title(_) | vocab::Heading::List))
        || vocab::annex_heading(s).is_some()
}

fn plausible_item(entries: &[Entry], n: u32) -> bool {
    match entries.iter().rev().find(|e| e.level == 1) {
        None => n <= 5,
        // A repeated number is an item too (A101 reports it).
        Some(last) => n >= last.number && n <= last.number + 3,
    }
}

/// Level of a sub-marker here: 2 for `(b)` after `(a)`, 3 for `(i)` under a sub-item, `None`
/// when it cannot be a list marker here. The item it belongs to is the last one, or the one
/// before it when the last still waits for its title.
fn sub_level(entries: &[Entry], pending: &[usize], marker: &str) -> Option<u8> {
    let mut item = entries.iter().rposition(|e| e.level == 1)?;
    if pending.contains(&item)
        && let Some(prev) = entries[..item].iter().rposition(|e| e.level == 1)
    {
        item = prev;
    }
    let end = entries[item + 1..].iter().position(|e| e.level <= 1).map_or(entries.len(), |k| item + 1 + k);
    let after = &entries[item + 1..end];
    let last_sub = after.iter().rposition(|e| e.level == 2).map(|i| &after[i..]);
    let next_letter = last_sub.and_then(|s| letter_value(&s[0].marker)).map_or(1, |v| v + 1);
    let as_letter = letter_value(marker);
    let as_roman = roman_value(marker);
    if let Some(sub) = last_sub {
        let subsubs: Vec<&Entry> = sub[1..].iter().filter(|e| e.level == 3).collect();
        let next_roman = subsubs.last().and_then(|s| roman_value(&s.marker)).map_or(1, |v| v + 1);
        if as_roman == Some(next_roman) && (as_letter != Some(next_letter) || !subsubs.is_empty()) {
            return Some(3);
        }
        // A numeral that skips or repeats one (A102 reports it), under sub-sub-items already.
        if !subsubs.is_empty() && as_roman.is_some_and(|r| r + 1 >= next_roman && r <= next_roman + 2) {
            return Some(3);
        }
    }
    match as_letter {
        // The next letter, or one that skips or repeats one (A102 reports those).
        Some(v) if v + 1 >= next_letter && v <= next_letter + 2 && last_sub.is_some() => Some(2),
        Some(v) if v >= next_letter && v <= next_letter + 2 => Some(2),
        Some(_) if last_sub.is_none() => Some(2),
        _ => None,
    }
}

/// A line after a closed item title and before the next item marker: a note under the item
/// or a heading over the next ones.
fn between_items(cx: &Ctx<'_>, f: usize, entries: &[Entry]) -> bool {
    let Some(last) = entries.last() else { return false };
    let s = cx.s(f);
    last.level >= 1
        && last.closed
        && s.len() < 400
        && f + 1 < cx.len()
        && matches!(lead(cx.s(f + 1)), Lead::Item { .. })
}

/// Assemble the entries into items with their sub-items.
fn build(cx: &Ctx<'_>, entries: Vec<Entry>, state: &mut RefState) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut group: Option<Text> = None;
    for e in entries {
        let t = finish_title(cx, &e.lines, state);
        let end = t.punct.as_ref().map_or(t.span.end, |p| p.span.end);
        // The marker belongs to the entry's span when the title follows it directly.
        let adjacent = e.lines.is_empty() || e.first_line <= e.marker_line + 1;
        let start = if adjacent { e.marker_span.start } else { t.span.start };
        let mut span = Span::new(start, end.max(start));
        for n in &e.notes {
            span = span.cover(*n);
        }
        match e.level {
            0 => {
                let g = if e.lines.is_empty() {
                    e.marker_span
                } else if e.marker_span.is_empty() {
                    t.span.cover(t.punct.as_ref().map_or(t.span, |p| p.span))
                } else {
                    e.marker_span.cover(t.span)
                };
                group = Some(Text::new(fold_whitespace(cx.slice(g)), g));
            }
            1 => items.push(Item {
                number: e.number,
                title: t.text,
                span,
                sub_items: Vec::new(),
                number_span: e.marker_span,
                title_span: t.span,
                punct: t.punct,
                group: group.take(),
                footnote_refs: t.refs,
                notes: e.notes.iter().map(|n| Text::new(fold_whitespace(cx.slice(*n)), *n)).collect(),
            }),
            level => {
                let Some(item) = items.last_mut() else { continue };
                let sub = SubItem {
                    marker: e.marker,
                    title: t.text,
                    span,
                    sub_items: Vec::new(),
                    marker_style: e.style,
                    marker_span: e.marker_span,
                    title_span: t.span,
                    punct: t.punct,
                    footnote_refs: t.refs,
                };
                item.span = item.span.cover(span);
                match item.sub_items.last_mut() {
                    Some(parent) if level == 3 => {
                        parent.span = parent.span.cover(span);
                        parent.sub_items.push(sub);
                    }
                    _ => item.sub_items.push(sub),
                }
            }
        }
    }
    items
}

/// The marker style a document uses most (for the annotations parser).
pub fn dominant_style(agenda: &Agenda) -> Option<MarkerStyle> {
    let mut paren = 0;
    let mut close = 0;
    for it in &agenda.items {
        for s in &it.sub_items {
            match s.marker_style {
                MarkerStyle::Parenthesized => paren += 1,
                MarkerStyle::CloseParen => close += 1,
                MarkerStyle::Period => {}
            }
        }
    }
    (paren + close > 0).then_some(if paren >= close {
        MarkerStyle::Parenthesized
    } else {
        MarkerStyle::CloseParen
    })
}
