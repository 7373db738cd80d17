//! The agenda list.
//!
//! ```text
//! agenda-list  = list-heading { group-heading | item } ;
//! item         = item-number title-lines [ list-punct ] { note } { sub-item } ;
//! sub-item     = sub-marker title-lines [ list-punct ] { sub-sub-item } ;
//! title-lines  = text-line { text-line } ;      (* wraps until its list punctuation *)
//! ```
//!
//! pdftotext prints `1.` alone on a line and the title on the next; pdfminer prints a column
//! of numbers, then their titles (or the other way round). Markers and titles are read as two
//! streams, each in list order, and paired by the place the titles' list punctuation gives
//! them (see [`agenda_list`]). Whether `(i)` is the ninth letter or the first roman numeral is
//! decided by the marker sequence it appears in.

use std::collections::VecDeque;

use crate::fold::{fold_whitespace, fold_whitespace_owned, is_space};
use crate::model::{Agenda, FootnoteRef, Item, MarkerStyle, Punct, SubItem, Text};
use crate::span::Span;
use crate::vocab;

use super::blocks::append_line;
use super::flow::{Ctx, starts_lowercase};
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
    let mut text = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
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
        append_line(cx.text, l, &inside, &mut text);
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
    // Most titles are folded already: they are kept, not copied.
    Title { text: fold_whitespace_owned(text), span, punct, refs: refs_all }
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
    /// Its title, an index into the titles read.
    title: Option<usize>,
    notes: Vec<Span>,
}

/// A title as read, with or without its marker yet.
struct TitleUnit {
    lines: Vec<Span>,
    /// Flow lines of the title, fragments included.
    flow: Vec<usize>,
    /// Words of a justified line that the extractor printed apart (see [`is_fragment`]).
    fragments: Vec<Span>,
    first_line: usize,
    closed: bool,
    /// Where in the list this title may stand, from the titles before it.
    places: Vec<Place>,
    /// Where it may stand should the punctuation of the title before it be wrong (`High-level
    /// segment.` before its sub-items, `…Crime.` before the next sub-item): tried only when
    /// no marker fits [`TitleUnit::places`]. Empty when the same.
    loose: Vec<Place>,
    /// The entry it belongs to, once its marker is known.
    entry: Option<usize>,
    /// The list punctuation its last line ends with.
    punct: Option<char>,
}

/// A place in the list: which item, sub-item, sub-sub-item or group heading a title is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    /// 0 group heading, 1 item, 2 sub-item, 3 sub-sub-item, [`ANY`] unknown.
    level: u8,
    item: u32,
    group: u32,
    sub: u32,
    subsub: u32,
}

/// The level of a place that could be anything.
const ANY: u8 = 9;

impl Place {
    const ANY: Place = Place { level: ANY, item: 0, group: 0, sub: 0, subsub: 0 };

    /// True when a marker of `level` and value `value` can stand at this place.
    fn admits(self, level: u8, value: u32) -> bool {
        self.level == ANY
            || (self.level == level
                && value
                    == match level {
                        0 => self.group,
                        1 => self.item,
                        2 => self.sub,
                        _ => self.subsub,
                    })
    }

    /// The places the next title may take, after a title at this place ending with `punct`
    /// (`. : ;` or none). List punctuation says where a title stands: `:` opens a level, `;`
    /// goes on at the same level, `.` closes the item.
    fn successors(self, punct: Option<char>, out: &mut Vec<Place>) {
        let item = Place { level: 1, item: self.item + 1, group: self.group, sub: 0, subsub: 0 };
        let group = Place { level: 0, item: self.item, group: self.group + 1, sub: 0, subsub: 0 };
        let sub = Place { level: 2, sub: self.sub + 1, subsub: 0, ..self };
        let first_sub = Place { level: 2, sub: 1, subsub: 0, ..self };
        let subsub = Place { level: 3, subsub: self.subsub + 1, ..self };
        let next: &[Place] = match (self.level, punct) {
            (ANY, _) => &[Place::ANY],
            (0, _) => &[Place { group: self.group, ..item }],
            (1, Some(':')) => &[first_sub],
            (1, Some(_)) => &[item, group],
            (1, None) => &[item, group, first_sub],
            (2, Some(':')) => &[Place { subsub: 1, ..subsub }],
            (2, Some(';')) => &[sub],
            (2, Some(_)) => &[item, group],
            (2, None) => &[sub, item, group],
            (_, Some(':' | ';')) => &[subsub, sub],
            (_, Some(_)) => &[item, group],
            (_, None) => &[subsub, sub, item],
        };
        for p in next {
            if out.len() < 6 && !out.contains(p) {
                out.push(*p);
            }
        }
    }
}

/// What the marker stream has shown so far: markers of one level come in list order, even
/// when an extractor prints the marker column apart from the titles.
#[derive(Default)]
struct Stream {
    last_item: Option<u32>,
    last_group: u32,
    last_letter: u32,
    last_roman: u32,
    /// An item marker came after the last sub-item marker.
    item_since_sub: bool,
}

fn ends_list_punct(s: &str) -> bool {
    list_punct(s).is_some()
}

/// The list punctuation a line ends with (after any footnote marker).
fn list_punct(s: &str) -> Option<char> {
    let t = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == '*');
    let t = if t.len() < s.len() && t.ends_with(['.', ':', ';']) { t } else { s };
    t.trim_end().chars().next_back().filter(|c| matches!(c, '.' | ':' | ';'))
}

/// How far the parser looks into the titles or markers waiting for each other: extractors
/// print a marker column at most a page away from its titles, and the bound keeps the scan
/// linear.
const WINDOW: usize = 64;

/// agenda-list: parse the list starting at flow line `from` (just after its heading).
/// Returns the agenda and the first flow line after it.
///
/// Markers and titles are matched even when an extractor prints them apart: a marker alone
/// on its line takes the next title (`1.` ⏎ `Organizational matters:`), and a title read
/// before its marker waits for it (pdfminer prints the numbers column after the titles). The
/// list punctuation of the titles read so far says which marker the next title wants (after
/// `…matters:` comes `(a)`), so a title takes a waiting marker of its place, and a marker a
/// waiting title of its place; the entries are then put in the order of their titles.
pub fn agenda_list(cx: &mut Ctx<'_>, heading: Text, from: usize, state: &mut RefState) -> (Agenda, usize) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut titles: Vec<TitleUnit> = Vec::new();
    // The title being read (not closed by list punctuation yet), and the last one read.
    let mut open: Option<usize> = None;
    let mut prev: Option<usize> = None;
    // Entries waiting for their title, and titles waiting for their marker, in arrival order.
    let mut pending: VecDeque<usize> = VecDeque::new();
    let mut orphans: VecDeque<usize> = VecDeque::new();
    let mut stream = Stream::default();
    let mut used: Vec<usize> = Vec::new();
    // The last marker read alone on its line: its flow line and entry.
    let mut lone: Option<(usize, usize)> = None;
    // Titles read, and how many of them ended with list punctuation.
    let (mut units, mut closed) = (0usize, 0usize);
    let mut f = from;
    while f < cx.len() {
        let s = cx.s(f);
        if is_section_heading(s) {
            break;
        }
        let span = cx.span(f);
        let lead = lead(s);
        // A chapter numeral alone (`II.`) is no title: pdftotext prints the numeral of the
        // annotations heading in the column of the list's numbers, before them. It is left to
        // the text the parser could not place rather than taken for item 1's title — unless it
        // is the next group letter (`I.`, the General Assembly's ninth group).
        if super::flow::is_chapter_numeral(s) && !is_next_group(&lead, &stream) {
            f += 1;
            continue;
        }
        // Item 1 again once every marker and title has found its pair: the list is over and
        // the annotations begin (their heading may be missing).
        if let Lead::Item { number: 1, .. } = lead
            && stream.last_item.is_some_and(|l| l >= 2)
            && pending.is_empty()
            && orphans.is_empty()
            && open.is_none()
        {
            break;
        }
        let entry = match &lead {
            Lead::Item { number, len, rest } if plausible_item(&stream, *number) => {
                Some((1u8, *number, String::new(), MarkerStyle::Period, *len, *rest))
            }
            Lead::Sub { marker, style, len, rest } => {
                sub_level(
                    &stream,
                    marker,
                    first_sub_next(&titles, prev, *rest == s.len(), !pending.is_empty()),
                )
                .or_else(|| {
                    // A marker printed far from its column (pdftotext): a waiting title wants it.
                    let v = letter_value(marker)?;
                    (*rest == s.len() && orphans.iter().take(WINDOW).any(|&o| admits(&titles[o], 2, v)))
                        .then_some(2)
                })
                .map(|lvl| (lvl, 0, marker.clone(), *style, *len, *rest))
            }
            Lead::Group { letter, len, rest }
                if (open.is_none() || (*rest == s.len() && cx.strong_break_before(f)))
                    && is_next_group(&lead, &stream) =>
            {
                Some((0, u32::from(*letter), String::new(), MarkerStyle::Period, *len, *rest))
            }
            _ => None,
        };
        if let Some((level, number, marker, style, len, rest)) = entry {
            let value = match level {
                0 => number - u32::from('A') + 1,
                1 => number,
                2 => letter_value(&marker).unwrap_or(0),
                _ => roman_value(&marker).unwrap_or(0),
            };
            stream.see(level, value);
            let e = entries.len();
            entries.push(Entry {
                level,
                number,
                marker,
                style,
                marker_span: Span::new(span.start, span.start + len),
                marker_line: f,
                title: None,
                notes: Vec::new(),
            });
            used.push(f);
            open = None;
            if rest < s.len() {
                let punctuated = units >= 3 && closed * 3 >= units * 2;
                let t = new_title(&titles, prev, punctuated, f, Span::new(span.start + rest, span.end), s);
                units += 1;
                closed += usize::from(t.closed);
                titles.push(t);
                let t = titles.len() - 1;
                assign(&mut titles, &mut entries, t, e);
                if !titles[t].closed {
                    open = Some(t);
                }
                prev = Some(t);
                lone = None;
            } else {
                // A line without list punctuation right before a marker whose own title follows
                // it (PyMuPDF and pdftotext print `Senior officials segment` ⏎ `1.` ⏎ `Opening
                // of the session:`) heads the items that follow: a group without a letter.
                if let Some(&o) = orphans.back()
                    && is_group_before_marker(cx, f, &titles[o])
                {
                    orphans.pop_back();
                    group_entry(&mut titles, &mut entries, o);
                }
                let at = orphans.iter().take(WINDOW).position(|&o| admits(&titles[o], level, value)).or_else(
                    || orphans.front().filter(|&&o| titles[o].places.contains(&Place::ANY)).map(|_| 0),
                );
                if let Some(at) = at {
                    let t = orphans.remove(at).expect("invariant: position found");
                    assign(&mut titles, &mut entries, t, e);
                } else {
                    pending.push_back(e);
                }
                lone = Some((f, e));
            }
            f += 1;
            continue;
        }
        // A title line, or a piece of one.
        if let Some(t) = prev.filter(|&t| is_fragment(cx, f, &titles[t], open == Some(t)))
            && titles[t].lines.len() + titles[t].fragments.len() < 64
        {
            titles[t].fragments.push(span);
            titles[t].flow.push(f);
            f += 1;
            continue;
        }
        // An open title goes on, unless a blank line comes before what reads as a new one.
        let new_block = cx.strong_break_before(f) && !cx.gap(f).page_break && !starts_lowercase(s);
        if let Some(t) = open.filter(|_| !new_block) {
            let u = &mut titles[t];
            u.lines.push(span);
            u.flow.push(f);
            u.punct = list_punct(s);
            u.closed = u.punct.is_some();
            if u.closed {
                closed += 1;
                open = None;
            }
            f += 1;
            continue;
        }
        open = None;
        let punctuated = units >= 3 && closed * 3 >= units * 2;
        let mut t = new_title(&titles, prev, punctuated, f, span, s);
        if let Some(p) = prev.filter(|_| punctuated) {
            // In a list whose titles end with their punctuation, a title cut off by the marker
            // column goes on after it (pdfminer: `(c) Mainstreaming … in the` ⏎ `(d)` ⏎
            // `(e)` ⏎ `United Nations system;`), and a short line without punctuation where
            // only a sub-item may stand is a piece of the title before.
            let sub_only = t.places.iter().all(|p| p.level >= 2 && p.level != ANY);
            let short = crate::metrics::width(&fold_whitespace(s)) * 2 < cx.scan.column_width
                && (f + 1 == cx.len() || cx.strong_break_before(f + 1));
            let u = &mut titles[p];
            let cut = !u.closed && u.places.iter().all(|p| (1..=3).contains(&p.level));
            if cut || (sub_only && short && t.punct.is_none() && u.lines.len() + u.fragments.len() < 64) {
                if cut {
                    u.lines.push(span);
                    u.punct = t.punct;
                    u.closed = t.closed;
                    closed += usize::from(t.closed);
                    if !u.closed {
                        open = Some(p);
                    }
                } else {
                    u.fragments.push(span);
                }
                u.flow.push(f);
                f += 1;
                continue;
            }
        }
        units += 1;
        closed += usize::from(t.closed);
        t.places.shrink_to_fit();
        titles.push(t);
        let t = titles.len() - 1;
        // The marker just before takes its title unless a waiting one is the title's place.
        let by_place = pending
            .iter()
            .take(WINDOW)
            .position(|&e| admits(&titles[t], entries[e].level, marker_value(&entries[e])));
        let adjacent = lone
            .filter(|&(lf, e)| lf + 1 == f && entries[e].title.is_none())
            .and_then(|(_, e)| pending.iter().rev().take(WINDOW).position(|&p| p == e))
            .map(|k| pending.len() - 1 - k);
        // With no place known (an unusual start), markers and titles pair in order.
        let fifo = (titles[t].places.contains(&Place::ANY) && !pending.is_empty()).then_some(0);
        // Failing those, the punctuation of the title before may be wrong, or the list may
        // skip a number: faults the lints report, which must not shift every pair after them.
        let faulty = || {
            pending
                .iter()
                .take(WINDOW)
                .position(|&e| admits_loose(&titles[t], entries[e].level, marker_value(&entries[e])))
                .or_else(|| skipped_to(&titles[t], &pending, &entries))
        };
        if let Some(at) = by_place.or(adjacent).or(fifo).or_else(faulty) {
            let e = pending.remove(at).expect("invariant: position found");
            assign(&mut titles, &mut entries, t, e);
        } else if orphans.is_empty()
            && (between_items(cx, f, &entries, &titles) || before_first_item(cx, f, &entries))
            && (crate::symbol::scan(s, 0).is_empty() || takes_note(&entries, prev))
        {
            if crate::symbol::scan(s, 0).is_empty() {
                // A heading over the items that follow (`Normative segment`, `High-level
                // segment:`): a group without a letter.
                group_entry(&mut titles, &mut entries, t);
            } else {
                // A note under the item: the Security Council lists the report before it.
                titles.pop();
                let last = entries.last_mut().expect("invariant: between_items requires an entry");
                last.notes.push(span);
                used.push(f);
                f += 1;
                continue;
            }
        } else if orphans.len() >= WINDOW {
            titles.pop();
            break;
        } else {
            orphans.push_back(t);
        }
        if !titles[t].closed {
            open = Some(t);
        }
        prev = Some(t);
        lone = None;
        f += 1;
    }
    // Markers and titles still waiting for each other inside the list pair up in order.
    let last_used = titles
        .iter()
        .filter(|t| t.entry.is_some())
        .flat_map(|t| t.flow.iter())
        .chain(used.iter())
        .max()
        .copied();
    while let (Some(&e), Some(&t)) = (pending.front(), orphans.front()) {
        if last_used.is_none_or(|u| titles[t].first_line > u) {
            break;
        }
        pending.pop_front();
        orphans.pop_front();
        assign(&mut titles, &mut entries, t, e);
    }
    for t in titles.iter().filter(|t| t.entry.is_some()) {
        used.extend(&t.flow);
    }
    // The list ends after the last line an entry took; titles left before that are text the
    // parser could not place.
    let end = used.iter().max().map_or(from, |&u| u + 1);
    for &u in &used {
        cx.take(u, u + 1);
    }
    // Entries in the order of their titles (the list order), stable for those without.
    let mut order: Vec<(usize, Entry)> =
        entries.into_iter().map(|e| (e.title.map_or(e.marker_line, |t| titles[t].first_line), e)).collect();
    order.sort_by_key(|(k, _)| *k);
    let items = build(cx, order.into_iter().map(|(_, e)| e).collect(), &titles, state);
    let last = items.last().map_or(heading.span.end, |i| i.span.end);
    (Agenda { span: Span::new(heading.span.start.min(last), last), heading, items }, end)
}

impl Stream {
    fn see(&mut self, level: u8, value: u32) {
        match level {
            0 => self.last_group = value + u32::from('A') - 1,
            1 => {
                self.last_item = Some(value);
                self.item_since_sub = true;
            }
            2 => {
                self.last_letter = value;
                self.last_roman = 0;
                self.item_since_sub = false;
            }
            _ => self.last_roman = value,
        }
    }
}

/// True when the title after the last one read may be the first sub-item of an item (the
/// last one ends with `:` or has no punctuation), and that title is an entry's or the marker
/// stands alone (text read as a title may be a paragraph after the list). While markers still
/// wait for their titles (`list_goes_on`) the list is not over, and a title wrongly ended
/// with `.` may still be followed by its first sub-item.
fn first_sub_next(titles: &[TitleUnit], prev: Option<usize>, alone: bool, list_goes_on: bool) -> bool {
    let Some(p) = prev.map(|p| &titles[p]).filter(|p| alone || p.entry.is_some()) else { return false };
    let mut next = Vec::new();
    for place in &p.places {
        place.successors(if list_goes_on { None } else { p.punct }, &mut next);
    }
    next.iter().any(|n| n.level == ANY || (n.level == 2 && n.sub == 1))
}

/// The value a marker is counted by: the number, the letter's place, the numeral's value.
fn marker_value(e: &Entry) -> u32 {
    match e.level {
        0 => e.number.saturating_sub(u32::from('A') - 1),
        1 => e.number,
        2 => letter_value(&e.marker).unwrap_or(0),
        _ => roman_value(&e.marker).unwrap_or(0),
    }
}

fn admits(t: &TitleUnit, level: u8, value: u32) -> bool {
    t.places.iter().any(|p| p.level != ANY && p.admits(level, value))
}

/// Where in `pending` the marker is that a title takes when the list skips a number or a
/// letter (`7.` ⏎ `9.`, `(d)` ⏎ `(f)`; A101 and A102 report them): the first marker waiting
/// at the level of one of the title's places, if it is a little above that place. Markers of
/// one level come in list order, so the first one waiting is the next at that level.
fn skipped_to(t: &TitleUnit, pending: &VecDeque<usize>, entries: &[Entry]) -> Option<usize> {
    t.places.iter().filter(|p| (1..=3).contains(&p.level)).find_map(|p| {
        let n = match p.level {
            1 => p.item,
            2 => p.sub,
            _ => p.subsub,
        };
        let at = pending.iter().take(WINDOW).position(|&e| entries[e].level == p.level)?;
        let v = marker_value(&entries[pending[at]]);
        (v > n && v <= n + 3).then_some(at)
    })
}

/// True when a marker fits the title only if the punctuation before the title is wrong.
fn admits_loose(t: &TitleUnit, level: u8, value: u32) -> bool {
    t.loose.iter().any(|p| p.level != ANY && p.admits(level, value))
}

/// A new title read at flow line `f`: where it may stand follows from the title before it.
/// In a list whose titles end with list punctuation (`punctuated`), one without it is a
/// group heading if it may be one.
fn new_title(
    titles: &[TitleUnit],
    prev: Option<usize>,
    punctuated: bool,
    f: usize,
    span: Span,
    s: &str,
) -> TitleUnit {
    let mut places = Vec::new();
    let mut loose = Vec::new();
    match prev.map(|p| &titles[p]) {
        Some(p) => {
            let as_group = punctuated && p.punct.is_none() && p.places.iter().any(|q| q.level == 0);
            for place in p.places.iter().filter(|q| !as_group || q.level == 0) {
                place.successors(p.punct, &mut places);
            }
            if p.punct.is_some() {
                for place in &p.places {
                    place.successors(None, &mut loose);
                }
                loose.retain(|q| !places.contains(q));
            }
        }
        // The first title: item 1 or group A, most likely.
        None => {
            let item = Place { level: 1, item: 1, group: 0, sub: 0, subsub: 0 };
            places.extend([item, Place { level: 0, item: 0, group: 1, ..item }, Place::ANY]);
        }
    }
    if places.is_empty() {
        places.push(Place::ANY);
    }
    TitleUnit {
        lines: vec![span],
        flow: vec![f],
        fragments: Vec::new(),
        first_line: f,
        closed: ends_list_punct(s),
        places,
        loose,
        entry: None,
        punct: list_punct(s),
    }
}

/// Give title `t` to entry `e`: the title now stands at the entry's place.
fn assign(titles: &mut [TitleUnit], entries: &mut [Entry], t: usize, e: usize) {
    let entry = &mut entries[e];
    entry.title = Some(t);
    let (level, value) = (entry.level, marker_value(entry));
    let u = &mut titles[t];
    u.entry = Some(e);
    let known =
        u.places.iter().chain(u.loose.iter()).find(|p| p.level != ANY && p.admits(level, value)).copied();
    let place = known.unwrap_or_else(|| {
        // A place the punctuation did not foresee: count on from the likeliest one.
        let base = u.places.first().copied().filter(|p| p.level != ANY).unwrap_or(Place {
            level,
            item: 0,
            group: 0,
            sub: 0,
            subsub: 0,
        });
        let mut p = Place { level, ..base };
        match level {
            0 => p.group = value,
            1 => p.item = value,
            2 => p.sub = value,
            _ => p.subsub = value,
        }
        p
    });
    u.places = vec![place];
    u.loose = Vec::new();
}

/// True when flow line `f` is a piece of title `t`'s justified line printed apart: it begins
/// in lower case (no title does), after a blank line when the title is still open, and does
/// not end the title with its list punctuation; and the title has a line too short to have
/// been full although it is not the last (a title wraps only full lines). pdftotext and
/// pdfminer break a line whose words were spread out to fill the measure into pieces, and
/// print them after the rest.
fn is_fragment(cx: &Ctx<'_>, f: usize, t: &TitleUnit, title_open: bool) -> bool {
    let s = cx.s(f);
    starts_lowercase(s)
        && s.len() < 120
        && (!title_open || (cx.strong_break_before(f) && !cx.gap(f).page_break && !ends_list_punct(s)))
        && short_line(cx, t).is_some()
}

/// The first line of a title that is too short to have been full, the last line apart.
/// Measured with its spaces folded: pdfminer prints a justified line's wide spaces doubled.
fn short_line(cx: &Ctx<'_>, t: &TitleUnit) -> Option<usize> {
    let n = t.lines.len().saturating_sub(1);
    t.lines[..n]
        .iter()
        .position(|l| crate::metrics::width(&fold_whitespace(cx.slice(*l))) * 100 < cx.scan.column_width * 85)
}

/// A title's lines in reading order: the pieces of a justified line go back after the line
/// they were cut from, the first one too short to have been full (or before the last).
fn title_lines(cx: &Ctx<'_>, t: &TitleUnit) -> Vec<Span> {
    let mut lines = t.lines.clone();
    if t.fragments.is_empty() {
        return lines;
    }
    let at = short_line(cx, t).map_or(lines.len().saturating_sub(1), |k| k + 1);
    lines.splice(at..at, t.fragments.iter().copied());
    lines
}

/// True when the line is the heading of a later section: the list ends there.
fn is_section_heading(s: &str) -> bool {
    vocab::headings(s).iter().any(|(h, _)| !matches!(h, vocab::Heading::Title(_) | vocab::Heading::List))
        || vocab::annex_heading(s).is_some()
}

/// True when the marker stream admits an item numbered `n` here.
fn plausible_item(stream: &Stream, n: u32) -> bool {
    match stream.last_item {
        None => n <= 5,
        // A repeated number is an item too (A101 reports it).
        Some(last) => n >= last && n <= last + 3,
    }
}

/// Level of a sub-marker here: 2 for `(b)` after `(a)`, 3 for `(i)` after a sub-item, `None`
/// when it cannot be a list marker here. Decided on the marker stream alone, since markers of
/// one level come in list order whatever the extractor did with the titles.
fn sub_level(stream: &Stream, marker: &str, first_sub_next: bool) -> Option<u8> {
    stream.last_item?;
    let next_letter = stream.last_letter + 1;
    let as_letter = letter_value(marker);
    let as_roman = roman_value(marker);
    if stream.last_letter > 0 && !stream.item_since_sub {
        let next_roman = stream.last_roman + 1;
        if as_roman == Some(next_roman) && (as_letter != Some(next_letter) || stream.last_roman > 0) {
            return Some(3);
        }
        // A numeral that skips or repeats one (A102 reports it), under sub-sub-items already.
        if stream.last_roman > 0 && as_roman.is_some_and(|r| r + 1 >= next_roman && r <= next_roman + 2) {
            return Some(3);
        }
    }
    match as_letter {
        // The first letter again where the titles read say a new run of sub-items begins,
        // the next letter, or one that skips or repeats one (A102 reports those).
        Some(1) if first_sub_next => Some(2),
        Some(v) if v + 1 >= next_letter && v <= next_letter + 2 => Some(2),
        Some(_) if stream.item_since_sub || stream.last_letter == 0 => Some(2),
        _ => None,
    }
}

/// A line after a closed item title and before the next item marker: a note under the item
/// or a heading over the next ones.
/// True when `lead` is the group letter that comes next (`B.` after `A.`).
fn is_next_group(lead: &Lead, stream: &Stream) -> bool {
    matches!(lead, Lead::Group { letter, .. } if u32::from(*letter) == stream.last_group.max(u32::from('A') - 1) + 1)
}

/// True when flow line `f`, read before any marker and without list punctuation, stands over
/// item 1 (`Senior officials segment` ⏎ `1. Opening of the session:`): item 1 follows, and its
/// title ends with list punctuation before any other marker, as the list's titles do.
fn before_first_item(cx: &Ctx<'_>, f: usize, entries: &[Entry]) -> bool {
    if !entries.is_empty() || list_punct(cx.s(f)).is_some() || f + 1 >= cx.len() {
        return false;
    }
    let Lead::Item { number: 1, rest, .. } = lead(cx.s(f + 1)) else { return false };
    if ends_list_punct(&cx.s(f + 1)[rest..]) {
        return true;
    }
    (f + 2..cx.len().min(f + 5))
        .map(|g| cx.s(g))
        .take_while(|s| matches!(lead(s), Lead::None))
        .any(ends_list_punct)
}

/// Make title `t` a group heading without a letter: an entry of level 0 at its first line.
fn group_entry(titles: &mut [TitleUnit], entries: &mut Vec<Entry>, t: usize) {
    let first = titles[t].lines[0];
    entries.push(Entry {
        level: 0,
        number: 0,
        marker: String::new(),
        style: MarkerStyle::Period,
        marker_span: Span::empty(first.start),
        marker_line: titles[t].first_line,
        title: None,
        notes: Vec::new(),
    });
    let e = entries.len() - 1;
    let p = titles[t].places.first().copied().unwrap_or(Place::ANY);
    titles[t].places = vec![match p.level {
        ANY => Place::ANY,
        1 => Place { level: 0, item: p.item.saturating_sub(1), ..p },
        _ => Place { level: 0, ..p },
    }];
    assign(titles, entries, t, e);
    titles[t].closed = true;
}

/// True when title `t`, waiting for a marker, is a group heading over the marker alone on flow
/// line `f`: one line right before the marker, without list punctuation, where a group may
/// stand, and the marker's own title follows it — text lines up to one that ends with list
/// punctuation, before any other marker.
fn is_group_before_marker(cx: &Ctx<'_>, f: usize, t: &TitleUnit) -> bool {
    let alone = t.lines.len() == 1 && t.fragments.is_empty() && t.first_line + 1 == f;
    if !alone || t.punct.is_some() || !t.places.iter().any(|p| p.level == 0 || p.level == ANY) {
        return false;
    }
    for g in f + 1..cx.len().min(f + 4) {
        let s = cx.s(g);
        if !matches!(lead(s), Lead::None) || super::flow::is_chapter_numeral(s) {
            return false;
        }
        if ends_list_punct(s) {
            return true;
        }
    }
    false
}

fn between_items(cx: &Ctx<'_>, f: usize, entries: &[Entry], titles: &[TitleUnit]) -> bool {
    let Some(last) = entries.last() else { return false };
    let s = cx.s(f);
    last.level >= 1
        && last.title.is_some_and(|t| titles[t].closed)
        && s.len() < 400
        && f + 1 < cx.len()
        && matches!(lead(cx.s(f + 1)), Lead::Item { .. })
}

/// Assemble the entries into items with their sub-items.
fn build(cx: &Ctx<'_>, entries: Vec<Entry>, titles: &[TitleUnit], state: &mut RefState) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut group: Option<Text> = None;
    for e in entries {
        let unit = e.title.map(|t| &titles[t]);
        let lines = unit.map(|u| title_lines(cx, u)).unwrap_or_default();
        let t = finish_title(cx, &lines, state);
        let end = t.punct.as_ref().map_or(t.span.end, |p| p.span.end);
        // The marker belongs to the entry's span when the title follows it directly.
        let adjacent =
            unit.is_none_or(|u| u.first_line == e.marker_line || u.first_line == e.marker_line + 1);
        let start = if adjacent { e.marker_span.start } else { t.span.start };
        let mut span = Span::new(start, end.max(start));
        for n in e.notes.iter().chain(unit.iter().flat_map(|u| u.fragments.iter())) {
            span = span.cover(*n);
        }
        // A marker without a title, printed inside the title of the entry before it (a stray
        // `(a)` line within a wrapped title), stays text of that entry: as an entry of its own
        // it would sit inside its sibling (or, empty, before its end).
        if unit.is_none() && out_of_place(&items, e.level, span) {
            continue;
        }
        match e.level {
            0 => {
                let g = if lines.is_empty() {
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

/// True when a note line (a report under an item) may go to the last entry read: an item
/// (sub-items keep no notes) whose title is the last title read, so that the note follows it
/// in the text. With markers printed in a column before their titles, the last entry read is
/// not the one whose title the note follows: the line is then read as a title.
fn takes_note(entries: &[Entry], prev: Option<usize>) -> bool {
    entries.last().is_some_and(|e| e.level == 1 && e.title.is_some() && e.title == prev)
}

/// True when a title-less entry's `span` cannot follow the last entry at `level` (or the last
/// item): it starts inside that entry's span, or it is empty (no text of its own) and lies
/// before that entry's end.
fn out_of_place(items: &[Item], level: u8, span: Span) -> bool {
    let Some(item) = items.last() else { return false };
    let last = match level {
        0 | 1 => Some(item.span),
        2 => item.sub_items.last().map(|s| s.span),
        _ => item.sub_items.last().and_then(|s| s.sub_items.last()).map(|s| s.span),
    };
    last.is_some_and(|l| (l.start <= span.start || span.is_empty()) && span.start < l.end)
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
