//! The agenda list.
//!
//! ```text
//! agenda-list  = list-heading { group-heading | item } ;
//! item         = item-number title [ list-punct ] { note } { sub-item } ;
//! sub-item     = sub-marker title [ list-punct ] { sub-sub-item } ;
//! title        = title-line { title-line } ;      (* wraps until its list punctuation *)
//! ```
//!
//! pdftotext prints `1.` alone on a line and the title on the next; a title then begins on the
//! line after its number. Whether `(i)` is the ninth letter or the first roman numeral is
//! decided by the sequence it appears in.

use crate::fold::{fold_whitespace, is_space};
use crate::model::{Agenda, FootnoteRef, Item, MarkerStyle, Punct, SubItem, Text};
use crate::span::Span;
use crate::vocab;

use super::blocks::append_line;
use super::flow::Ctx;
use super::lead::{Lead, lead, letter_value, roman_value};
use super::refs::{self, RefState};

/// A title being read: its lines and what it ends with.
#[derive(Default)]
struct TitleAcc {
    lines: Vec<Span>,
}

impl TitleAcc {
    fn is_open(&self, cx: &Ctx<'_>) -> bool {
        self.lines.last().is_none_or(|l| !cx.slice(*l).trim_end().ends_with(['.', ':', ';']))
    }
}

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

enum Open {
    None,
    Item,
    Sub,
    SubSub,
}

/// agenda-list: parse the list starting at flow line `from` (just after its heading).
/// Returns the agenda and the first flow line after it.
pub fn agenda_list(cx: &mut Ctx<'_>, heading: Text, from: usize, state: &mut RefState) -> (Agenda, usize) {
    let mut items: Vec<Item> = Vec::new();
    let mut acc = TitleAcc::default();
    let mut open = Open::None;
    let mut group: Option<Span> = None;
    let mut f = from;
    while f < cx.len() {
        let s = cx.s(f);
        if is_section_heading(s) {
            break;
        }
        let span = cx.span(f);
        match lead(s) {
            Lead::Item { number, len, rest } if plausible_item(&items, number) => {
                close(cx, &mut items, &mut acc, &open, state);
                let g = group.take().map(|g| Text::new(fold_whitespace(cx.slice(g)), g));
                items.push(Item {
                    number,
                    span,
                    number_span: Span::new(span.start, span.start + len),
                    group: g,
                    ..Item::default()
                });
                if rest < s.len() {
                    acc.lines.push(Span::new(span.start + rest, span.end));
                }
                open = Open::Item;
            }
            Lead::Sub { marker, style, len, rest } if !items.is_empty() => {
                let level = sub_level(&items, &marker);
                if level.is_none() {
                    if !continue_title(cx, &mut acc, f) {
                        break;
                    }
                    f += 1;
                    continue;
                }
                close(cx, &mut items, &mut acc, &open, state);
                let sub = SubItem {
                    marker: marker.clone(),
                    title: String::new(),
                    span,
                    sub_items: Vec::new(),
                    marker_style: style,
                    marker_span: Span::new(span.start, span.start + len),
                    title_span: Span::default(),
                    punct: None,
                    footnote_refs: Vec::new(),
                };
                let item = items.last_mut().expect("invariant: checked non-empty");
                if level == Some(3) {
                    match item.sub_items.last_mut() {
                        Some(parent) => parent.sub_items.push(sub),
                        None => item.sub_items.push(sub),
                    }
                    open = Open::SubSub;
                } else {
                    item.sub_items.push(sub);
                    open = Open::Sub;
                }
                if rest < s.len() {
                    acc.lines.push(Span::new(span.start + rest, span.end));
                }
            }
            Lead::Group { .. } if !acc.is_open(cx) && matches!(lead(next_s(cx, f)), Lead::Item { .. }) => {
                close(cx, &mut items, &mut acc, &open, state);
                open = Open::None;
                group = Some(span);
            }
            _ => {
                if matches!(open, Open::None) || !continue_title(cx, &mut acc, f) {
                    // A note under an item (the report it considers), or the end of the list.
                    if !matches!(open, Open::Item) || !is_note(cx, f) {
                        break;
                    }
                    close(cx, &mut items, &mut acc, &open, state);
                    open = Open::None;
                    let item = items.last_mut().expect("invariant: an item is open");
                    item.notes.push(Text::new(fold_whitespace(s), span));
                    item.span = item.span.cover(span);
                }
            }
        }
        f += 1;
    }
    close(cx, &mut items, &mut acc, &open, state);
    cx.take(from, f);
    let end = items.last().map_or(heading.span.end, |i| i.span.end);
    (Agenda { span: Span::new(heading.span.start, end), heading, items }, f)
}

fn next_s<'a>(cx: &Ctx<'a>, f: usize) -> &'a str {
    if f + 1 < cx.len() { cx.s(f + 1) } else { "" }
}

/// True when the line is the heading of a later section: the list ends there.
fn is_section_heading(s: &str) -> bool {
    vocab::headings(s).iter().any(|(h, _)| !matches!(h, vocab::Heading::Title(_) | vocab::Heading::List))
        || vocab::annex_heading(s).is_some()
}

fn plausible_item(items: &[Item], n: u32) -> bool {
    match items.last() {
        None => n <= 5,
        Some(last) => n > last.number && n <= last.number + 3,
    }
}

/// Level of a sub-marker in the current item: 2 for `(b)` after `(a)`, 3 for `(i)` under a
/// sub-item, `None` when it cannot be a list marker here.
fn sub_level(items: &[Item], marker: &str) -> Option<u8> {
    let item = items.last()?;
    let last_sub = item.sub_items.last();
    let next_letter = last_sub.and_then(|s| letter_value(&s.marker)).map_or(1, |v| v + 1);
    let as_letter = letter_value(marker);
    let as_roman = roman_value(marker);
    if let Some(sub) = last_sub {
        let next_roman = sub.sub_items.last().and_then(|s| roman_value(&s.marker)).map_or(1, |v| v + 1);
        if as_roman == Some(next_roman) && as_letter != Some(next_letter) {
            return Some(3);
        }
        if as_roman.is_some() && as_roman == Some(next_roman) && !sub.sub_items.is_empty() {
            return Some(3);
        }
    }
    match as_letter {
        Some(v) if v >= next_letter && v <= next_letter + 2 => Some(2),
        Some(_) if last_sub.is_none() => Some(2),
        _ => None,
    }
}

fn continue_title(cx: &Ctx<'_>, acc: &mut TitleAcc, f: usize) -> bool {
    if acc.lines.is_empty() {
        // The number stood alone on its line: the title is on this one.
        acc.lines.push(cx.span(f));
        return true;
    }
    if !acc.is_open(cx) {
        return false;
    }
    acc.lines.push(cx.span(f));
    true
}

/// A line under a closed item title that is not a marker: the Security Council lists the
/// report before it this way.
fn is_note(cx: &Ctx<'_>, f: usize) -> bool {
    let s = cx.s(f);
    s.len() < 400
        && !s.ends_with(':')
        && f + 1 < cx.len()
        && matches!(lead(cx.s(f + 1)), Lead::Item { .. } | Lead::None)
}

fn close(cx: &Ctx<'_>, items: &mut [Item], acc: &mut TitleAcc, open: &Open, state: &mut RefState) {
    if acc.lines.is_empty() && matches!(open, Open::None) {
        return;
    }
    let lines = std::mem::take(&mut acc.lines);
    let t = finish_title(cx, &lines, state);
    let Some(item) = items.last_mut() else { return };
    let end = t.punct.as_ref().map_or(t.span.end, |p| p.span.end);
    match open {
        Open::Item | Open::None => {
            if lines.is_empty() {
                return;
            }
            item.title = t.text;
            item.title_span = t.span;
            item.punct = t.punct;
            item.footnote_refs = t.refs;
            item.span.end = item.span.end.max(end);
        }
        Open::Sub | Open::SubSub => {
            let Some(sub) = item.sub_items.last_mut() else { return };
            let sub = if matches!(open, Open::SubSub) && !sub.sub_items.is_empty() {
                sub.sub_items.last_mut().expect("invariant: checked non-empty")
            } else {
                sub
            };
            if !lines.is_empty() {
                sub.title = t.text;
                sub.title_span = t.span;
                sub.punct = t.punct;
                sub.footnote_refs = t.refs;
                sub.span.end = sub.span.end.max(end);
            }
            let sub_end = sub.span.end;
            if let Some(parent) = item.sub_items.last_mut() {
                parent.span.end = parent.span.end.max(sub_end);
            }
            item.span.end = item.span.end.max(sub_end);
        }
    }
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
