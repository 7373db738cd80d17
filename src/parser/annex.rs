//! Annexes, and the organization-of-work table rebuilt from its flattened lines.
//!
//! ```text
//! annex       = annex-heading [ original-line ] [ annex-title ] { block } [ schedule ] ;
//! schedule    = [ table-header ] { day } ;
//! table-header = header-cell { header-cell } ;          (* a cell may wrap over lines *)
//! day         = day-label { slot } ;
//! slot        = time-range entry { entry } ;
//! entry       = item-ref title-line { title-line } ;    (* title may end with "(continued)" *)
//! ```
//!
//! Extractors print the table's rows in reading order (Tika, pypdf, `pdftotext -layout`,
//! PyMuPDF), one cell per line or several; the tokens of each line — a day label, a time
//! range, an item reference, title text — are read in order and assembled into days, slots and
//! entries. Day labels carry no year; it is inferred from the years the document mentions,
//! preferring the one whose calendar fits the printed weekday.

use crate::fold::{KeyBuilder, fold_whitespace, is_space, key, only_final_marks, plain_head};
use crate::model::{Agenda, Annex, Annotation, Day, Entry, Schedule, Slot, Text};
use crate::span::Span;
use crate::vocab::{self, Heading};

use super::blocks;
use super::flow::Ctx;
use super::lead::{letter_value, roman_value};
use super::refs::RefState;
use crate::datetime::{self, Weekday};

/// The titles of the agenda's items and sub-items, which the schedule's titles repeat: from
/// the agenda list, else (an agenda issued apart, or a list the extractor left unreadable)
/// from the annotation headings.
pub struct ListTitles<'a> {
    agenda: Option<&'a Agenda>,
    annotations: &'a [Annotation],
    /// The keys of every title of the list and the annotations, sorted, and the length of the
    /// longest: a schedule title that its number cannot be matched with (a list misread) is
    /// still recognised by its words. Built on first use (most annexes hold no schedule).
    keys: std::cell::OnceCell<(Vec<String>, usize)>,
}

impl<'a> ListTitles<'a> {
    /// The titles of a document's list and annotations.
    pub fn new(agenda: Option<&'a Agenda>, annotations: &'a [Annotation]) -> Self {
        ListTitles { agenda, annotations, keys: std::cell::OnceCell::new() }
    }

    /// The sorted keys of the titles, and the length of the longest.
    fn keys(&self) -> &(Vec<String>, usize) {
        self.keys.get_or_init(|| self.build_keys())
    }

    fn build_keys(&self) -> (Vec<String>, usize) {
        fn subs<'s>(v: &'s [crate::model::SubItem], out: &mut Vec<&'s str>) {
            for s in v {
                out.push(&s.title);
                subs(&s.sub_items, out);
            }
        }
        fn ann_subs<'s>(v: &'s [crate::model::AnnotationSub], out: &mut Vec<&'s str>) {
            for s in v {
                out.push(&s.title);
                ann_subs(&s.sub_items, out);
            }
        }
        let mut all: Vec<&str> = Vec::new();
        for it in self.agenda.iter().flat_map(|a| a.items.iter()) {
            all.push(&it.title);
            subs(&it.sub_items, &mut all);
        }
        for an in self.annotations {
            all.push(&an.title);
            ann_subs(&an.sub_items, &mut all);
        }
        let mut keys: Vec<String> = all.into_iter().map(key).filter(|k| !k.is_empty()).collect();
        keys.sort_unstable();
        keys.dedup();
        let longest = keys.iter().map(String::len).max().unwrap_or(0);
        (keys, longest)
    }

    /// The title of an item or sub-item.
    fn get(&self, item: Option<u32>, sub: Option<&str>) -> Option<&'a str> {
        let listed = self.agenda.and_then(|a| {
            let it = a.items.iter().find(|i| Some(i.number) == item)?;
            match sub {
                None => Some(it.title.as_str()),
                Some(m) => it.sub_items.iter().find(|s| s.marker == m).map(|s| s.title.as_str()),
            }
        });
        listed.or_else(|| {
            let it = self.annotations.iter().find(|i| Some(i.number) == item)?;
            match sub {
                None => Some(it.title.as_str()),
                Some(m) => it.sub_items.iter().find(|s| s.marker == m).map(|s| s.title.as_str()),
            }
        })
    }

    /// True when `k` (a key) begins some title.
    fn begins_a_title(&self, k: &str) -> bool {
        let (keys, longest) = self.keys();
        if k.len() > *longest {
            return false;
        }
        let at = keys.partition_point(|t| t.as_str() < k);
        keys.get(at).is_some_and(|t| t.starts_with(k))
    }
}

/// Parse every annex on flow lines `from..to`.
pub fn annexes(
    cx: &mut Ctx<'_>,
    from: usize,
    to: usize,
    titles: &ListTitles<'_>,
    session_years: &[i32],
    state: &mut RefState,
) -> Vec<Annex> {
    let mut starts: Vec<usize> = (from..to)
        .filter(|&k| vocab::annex_heading(cx.s(k)).is_some() && (k == from || !cx.continues(k - 1)))
        .collect();
    starts.push(to);
    // The session's own dates come first: a document also cites earlier and later years.
    let mut years: Vec<i32> = session_years.to_vec();
    for y in document_years(cx) {
        if !years.contains(&y) {
            years.push(y);
        }
    }
    let mut out = Vec::new();
    for w in starts.windows(2) {
        out.push(annex(cx, w[0], w[1], titles, &years, state));
    }
    out
}

fn annex(
    cx: &mut Ctx<'_>,
    from: usize,
    to: usize,
    titles: &ListTitles<'_>,
    years: &[i32],
    state: &mut RefState,
) -> Annex {
    let heading = Text::new(fold_whitespace(cx.s(from)), cx.span(from));
    cx.take(from, from + 1);
    let mut f = from + 1;
    let mut original = None;
    if f < to && is_original_line(cx.s(f)) {
        original = Some(Text::new(fold_whitespace(cx.s(f)), cx.span(f)));
        cx.take(f, f + 1);
        f += 1;
    }
    let mut title = None;
    if f < to && !is_table_start(cx, f) {
        let s = cx.s(f);
        let is_oow = vocab::headings(s).iter().any(|(h, _)| *h == Heading::OrganizationOfWork);
        if is_oow || (s.chars().count() < 120 && !s.ends_with('.')) {
            let mut end = f + 1;
            while !is_oow && end < to && cx.continues(end - 1) && !is_table_start(cx, end) {
                end += 1;
            }
            let span = cx.span(f).cover(cx.span(end - 1));
            title = Some(Text::new(fold_whitespace(cx.slice(span)), span));
            cx.take(f, end);
            f = end;
        }
    }
    let table = (f..to).find(|&k| is_table_start(cx, k));
    let body_end = table.unwrap_or(to);
    let body = blocks::paragraphs(cx, f, body_end, state);
    let schedule = table.map(|t| fit(schedule(cx, t, to, titles, years)));
    let end = if to > from { cx.span(to - 1).end } else { heading.span.end };
    Annex { heading, title, span: Span::new(cx.span(from).start, end), body, schedule, original }
}

fn is_original_line(s: &str) -> bool {
    let t = s.trim_start_matches(['[', '(']);
    (t.starts_with("Original") || t.starts_with("original")) && s.ends_with([']', ')'])
}

/// A table header cell, or a day label.
fn is_table_start(cx: &Ctx<'_>, f: usize) -> bool {
    header_row(cx, f, cx.len()).0 > 0
        || (may_be_day_label(cx.s(f)) && datetime::parse_day_label(cx.s(f), cx.lang).is_some())
}

/// Table-header cells of every language, longest first (so `Date and time` wins over `Date`).
static HEADER_CELLS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let mut cells: Vec<String> = vocab::all().iter().flat_map(|v| v.table_header.iter().cloned()).collect();
    cells.sort_by_key(|c| std::cmp::Reverse(c.len()));
    cells.dedup();
    cells
});

/// Lines a table-header row may take when its cells wrap in their narrow columns.
const HEADER_LINES: usize = 4;

/// A table-header row (`table-header`, of `header-cell`s) at flow line `f`: how many lines it takes and how many cells it holds,
/// `(0, 0)` when there is none. Extractors print the cells on one line or one per line, and a
/// cell may wrap in its narrow column (`Tema del` ⏎ `programa`), so up to [`HEADER_LINES`]
/// lines are read together; the longest run made only of header cells wins.
fn header_row(cx: &Ctx<'_>, f: usize, to: usize) -> (usize, usize) {
    if f >= to || !starts_with_header_word(cx.s(f)) {
        return (0, 0);
    }
    let mut best = (0, 0);
    let mut joined = String::new();
    for k in f..to.min(f + HEADER_LINES) {
        let s = cx.s(k);
        if s.len() > 160 {
            break;
        }
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(s);
        let n = header_cells(&joined);
        if n > 0 {
            best = (k + 1 - f, n);
        }
    }
    if cx.scan.layout && best.0 <= 1 {
        best = best.max(layout_header_row(cx, f, to));
    }
    best
}

/// A header row as `pdftotext -layout` prints it: the cells side by side, a wrapped cell going
/// on below its first line in the same column (`Point de l’ordre` ⏎ `du jour`).
fn layout_header_row(cx: &Ctx<'_>, f: usize, to: usize) -> (usize, usize) {
    if cx.s(f).len() > 160 {
        return (0, 0);
    }
    let mut cells = layout_cells(cx, f);
    if cells.len() < 2 {
        return (0, 0);
    }
    let mut best = (0, 0);
    for k in f + 1..to.min(f + HEADER_LINES) {
        if cx.s(k).len() > 160 {
            break;
        }
        for (col, piece) in layout_cells(cx, k) {
            match cells.iter_mut().find(|(c, _)| c.abs_diff(col) <= 2) {
                Some((_, cell)) => {
                    cell.push(' ');
                    cell.push_str(&piece);
                }
                None => return best,
            }
        }
        let joined: Vec<&str> = cells.iter().map(|(_, c)| c.as_str()).collect();
        let n = header_cells(&joined.join(" "));
        if n > 1 {
            best = (k + 1 - f, n);
        }
    }
    best
}

/// The cells of a layout line: runs of text apart by two spaces or more, with their columns.
fn layout_cells(cx: &Ctx<'_>, f: usize) -> Vec<(u32, String)> {
    let s = cx.s(f);
    let indent = cx.line(f).indent;
    let mut out: Vec<(u32, String)> = Vec::new();
    let mut spaces = 0u32;
    for (col, c) in (indent..).zip(s.chars()) {
        if is_space(c) {
            spaces += 1;
        } else {
            match out.last_mut() {
                Some((_, cell)) if spaces < 2 => {
                    if spaces == 1 {
                        cell.push(' ');
                    }
                    cell.push(c);
                }
                _ => out.push((col, c.to_string())),
            }
            spaces = 0;
        }
    }
    out
}

/// A cheap look at the first word: most lines are table rows or prose.
fn starts_with_header_word(s: &str) -> bool {
    let first = s.split(crate::fold::is_space).next().unwrap_or("");
    if s.len() > 160 || first.is_empty() || !first.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    /// The first words of the header cells.
    static FIRST_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut words: Vec<&str> = HEADER_CELLS.iter().map(|c| c.split(' ').next().unwrap_or(c)).collect();
        words.sort_unstable();
        words.dedup();
        words
    });
    // Most first words are plain ASCII: their key is their head in lower case.
    let head = plain_head(first, first.len());
    if only_final_marks(&first[head.len()..]) {
        return FIRST_WORDS.iter().any(|w| w.eq_ignore_ascii_case(head));
    }
    FIRST_WORDS.contains(&key(first).as_str())
}

/// How many table-header cells a line holds (`Date and time  Agenda item  Title or description`).
fn header_cells(s: &str) -> usize {
    if !starts_with_header_word(s) {
        return 0;
    }
    let k = key(s);
    let mut n = 0;
    let mut rest = k.as_str();
    'outer: while !rest.is_empty() {
        for c in HEADER_CELLS.iter() {
            if let Some(r) = rest.strip_prefix(c.as_str())
                && (r.is_empty() || r.starts_with(' '))
            {
                n += 1;
                rest = r.trim_start();
                continue 'outer;
            }
        }
        return 0;
    }
    // A single generic word (`Date`, `Item`) counts only with a neighbour.
    if n == 1 && k.split(' ').count() == 1 && !matches!(k.as_str(), "date and time" | "agenda item") {
        return usize::from(k.len() > 6);
    }
    n
}

/// One token of a table line.
#[derive(Debug)]
enum Tok {
    Day { label: String, span: Span, day: u32, month: u32, weekday: Option<Weekday>, year: Option<i32> },
    Time { label: String, span: Span, start: String, end: Option<String> },
    Ref { item: u32, sub: Option<String>, subsub: Option<String>, span: Span },
    Words { span: Span },
}

/// The tokens of flow line `f`, whose day label (`day`) is read already.
fn tokens(cx: &Ctx<'_>, f: usize, day: Option<datetime::DayLabel>, out: &mut Vec<Tok>) {
    let s = cx.s(f);
    let base = cx.span(f).start;
    if let Some(d) = day {
        out.push(Tok::Day {
            label: fold_whitespace(s),
            span: cx.span(f),
            day: d.day,
            month: d.month,
            weekday: d.weekday,
            year: d.year,
        });
        return;
    }
    let mut at = 0;
    if let Some((r, len)) = datetime::parse_time_range_prefix(s, cx.lang) {
        out.push(Tok::Time {
            label: fold_whitespace(&s[..len]),
            span: Span::new(base, base + len),
            start: r.start_hhmm(),
            end: r.end_hhmm(),
        });
        at = len;
    }
    let rest = &s[at..];
    let trimmed = rest.trim_start_matches(is_space);
    at += rest.len() - trimmed.len();
    if let Some((item, sub, subsub, len)) = item_ref(trimmed) {
        out.push(Tok::Ref { item, sub, subsub, span: Span::new(base + at, base + at + len) });
        let r = &trimmed[len..];
        let t = r.trim_start_matches(is_space);
        at += len + (r.len() - t.len());
    }
    if at < s.len() {
        out.push(Tok::Words { span: Span::new(base + at, base + s.len()) });
    }
}

/// A cheap test before the day-label grammar: a label is short and begins with a letter (the
/// weekday) or a digit (the day).
fn may_be_day_label(s: &str) -> bool {
    s.len() <= 48 && s.chars().next().is_some_and(|c| c.is_alphanumeric())
}

/// item-ref = [ item-word ws ] digit{1,3} [ ws sub-marker [ ws sub-marker ] ] ;  followed by a
/// space or the end (UNEP tables write `Item 5`).
fn item_ref(s: &str) -> Option<(u32, Option<String>, Option<String>, usize)> {
    for word in ["Item", "Point", "Tema", "item", "point", "tema"] {
        if let Some(rest) = s.strip_prefix(word) {
            let after = rest.trim_start_matches(is_space);
            if after.len() < rest.len() && after.starts_with(|c: char| c.is_ascii_digit()) {
                let skipped = s.len() - after.len();
                let (n, sub, subsub, len) = item_ref_bare(after)?;
                return Some((n, sub, subsub, skipped + len));
            }
        }
    }
    item_ref_bare(s)
}

fn item_ref_bare(s: &str) -> Option<(u32, Option<String>, Option<String>, usize)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let item: u32 = s[..digits].parse().ok()?;
    let mut len = digits;
    let mut markers = Vec::new();
    loop {
        let rest = &s[len..];
        let t = rest.trim_start_matches(is_space);
        let Ok((after, (m, _))) = super::lead::sub_marker(t) else { break };
        if markers.len() == 2 {
            break;
        }
        markers.push(m.to_string());
        len += (rest.len() - t.len()) + (t.len() - after.len());
    }
    let next = s[len..].chars().next();
    if next.is_some_and(|c| !is_space(c)) {
        return None;
    }
    // `2030 Agenda` wrapping to a line start is not an item reference.
    if item == 0 || (item > 200 && markers.is_empty()) {
        return None;
    }
    let mut it = markers.into_iter();
    let sub = it.next();
    let subsub = it.next();
    if sub.as_deref().is_some_and(|m| letter_value(m).is_none() && roman_value(m).is_none()) {
        return None;
    }
    Some((item, sub, subsub, len))
}

fn schedule(cx: &mut Ctx<'_>, from: usize, to: usize, titles: &ListTitles<'_>, years: &[i32]) -> Schedule {
    let mut header_lines = Vec::new();
    let mut f = from;
    loop {
        let (lines, _) = header_row(cx, f, to);
        if lines == 0 {
            break;
        }
        header_lines.extend((f..f + lines).map(|k| cx.span(k)));
        f += lines;
    }
    let header = (!header_lines.is_empty()).then(|| {
        let span = header_lines[0].cover(*header_lines.last().expect("invariant: non-empty"));
        Text::new(
            header_lines.iter().map(|s| fold_whitespace(cx.slice(*s))).collect::<Vec<_>>().join(" "),
            span,
        )
    });
    let mut toks = Vec::new();
    let mut k = f;
    while k < to {
        // Read once: the line's tokens need it too.
        let may_be_day = may_be_day_label(cx.s(k));
        let day = may_be_day.then(|| datetime::parse_day_label(cx.s(k), cx.lang)).flatten();
        // A day label wrapped in its narrow column: `Wednesday, 13` ⏎ `December`.
        if k + 1 < to
            && may_be_day
            && cx.s(k + 1).len() <= 16
            && day.is_none()
            && let Some(d) = datetime::parse_day_label(&format!("{} {}", cx.s(k), cx.s(k + 1)), cx.lang)
        {
            let span = cx.span(k).cover(cx.span(k + 1));
            toks.push(Tok::Day {
                label: fold_whitespace(cx.slice(span)),
                span,
                day: d.day,
                month: d.month,
                weekday: d.weekday,
                year: d.year,
            });
            k += 2;
            continue;
        }
        // The header row repeated at the top of a new page is not part of any row.
        let (lines, cells) = header_row(cx, k, to);
        if cells > 1 {
            k += lines;
            continue;
        }
        tokens(cx, k, day, &mut toks);
        k += 1;
    }
    cx.take(from, to);
    let mut sched = Schedule {
        days: Vec::new(),
        span: Span::new(cx.span(from).start, cx.span(to.max(from + 1) - 1).end),
        header,
        entries: Vec::new(),
    };
    let continued: Vec<&String> = vocab::all().iter().flat_map(|v| v.continued.iter()).collect();
    if is_scrambled(&toks) {
        columns(cx, toks, titles, years, &continued, &mut sched);
        return sched;
    }
    let mut open_entry: Option<(Entry, Vec<Span>)> = None;
    let push_entry = |sched: &mut Schedule, e: Entry| {
        let span = e.span;
        match sched.days.last_mut().and_then(|d| {
            d.span = d.span.cover(span);
            d.slots.last_mut()
        }) {
            Some(slot) => {
                slot.span = slot.span.cover(span);
                slot.entries.push(e);
            }
            None => sched.entries.push(e),
        }
    };
    for tok in toks {
        match tok {
            Tok::Day { label, span, day, month, weekday, year } => {
                if let Some((e, pieces)) = open_entry.take() {
                    push_entry(&mut sched, finish_entry(cx, e, pieces, &continued));
                }
                sched.days.push(new_day(label, span, (day, month, weekday, year), years));
            }
            Tok::Time { label, span, start, end } => {
                if let Some((e, pieces)) = open_entry.take() {
                    push_entry(&mut sched, finish_entry(cx, e, pieces, &continued));
                }
                let slot =
                    Slot { time: label, start: Some(start), end, span, entries: Vec::new(), time_span: span };
                match sched.days.last_mut() {
                    Some(d) => {
                        d.span = d.span.cover(span);
                        d.slots.push(slot);
                    }
                    None => sched.days.push(Day {
                        span,
                        slots: vec![slot],
                        label_span: Span::empty(span.start),
                        ..Day::default()
                    }),
                }
            }
            Tok::Ref { item, sub, subsub, span } => {
                if let Some((e, pieces)) = open_entry.take() {
                    push_entry(&mut sched, finish_entry(cx, e, pieces, &continued));
                }
                open_entry = Some((referenced_entry(item, sub, subsub, span), Vec::new()));
            }
            Tok::Words { span } => match open_entry.as_mut() {
                Some((e, pieces)) => {
                    pieces.push(span);
                    if e.title_span.is_empty() {
                        e.title_span = span;
                    } else {
                        e.title_span = e.title_span.cover(span);
                    }
                    e.span = e.span.cover(span);
                }
                None => {
                    // Title text before any reference: an entry without an item number.
                    open_entry = Some((
                        Entry {
                            item: None,
                            span,
                            ref_span: Span::empty(span.start),
                            title_span: span,
                            ..Entry::default()
                        },
                        vec![span],
                    ));
                }
            },
        }
    }
    if let Some((e, pieces)) = open_entry.take() {
        push_entry(&mut sched, finish_entry(cx, e, pieces, &continued));
    }
    sched
}

/// True when the extractor printed the table column by column: entries before the first
/// day, or item references in a row with no title between them.
fn is_scrambled(toks: &[Tok]) -> bool {
    let first_day = toks.iter().position(|t| matches!(t, Tok::Day { .. }));
    let first_ref = toks.iter().position(|t| matches!(t, Tok::Ref { .. }));
    if let (Some(d), Some(r)) = (first_day, first_ref)
        && r < d
    {
        return true;
    }
    if toks.windows(2).any(|w| matches!((&w[0], &w[1]), (Tok::Ref { .. }, Tok::Ref { .. }))) {
        return true;
    }
    // Two day labels or more after the last entry: the days were printed after the entries
    // (pdftotext leaves them, with some times, at the end of the table).
    let last_ref = toks.iter().rposition(|t| matches!(t, Tok::Ref { .. }));
    last_ref.is_some_and(|r| toks[r..].iter().filter(|t| matches!(t, Tok::Day { .. })).count() >= 2)
}

/// Rebuild a table printed column by column: references and titles are paired in order (each
/// title read up to the list title of its item, maybe with `(continued)`), days and time slots
/// are read in order. Which slot an entry belongs to is recovered where the printed order still
/// tells it (see [`slots_in_order`]); elsewhere the entries are kept in order in
/// `Schedule::entries`.
fn columns(
    cx: &Ctx<'_>,
    toks: Vec<Tok>,
    titles: &ListTitles<'_>,
    years: &[i32],
    continued: &[&String],
    sched: &mut Schedule,
) {
    // An entry begins at a reference or at title text: room for as many, given back in place
    // at the end (a table printed column by column may hold thousands).
    let mut entries: Vec<Entry> =
        Vec::with_capacity(toks.iter().filter(|t| matches!(t, Tok::Ref { .. } | Tok::Words { .. })).count());
    let mut pending: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    let mut cur: Option<usize> = None;
    let mut days: Vec<Day> = Vec::new();
    let mut times: Vec<Slot> = Vec::new();
    let mut day_of_time: Vec<Option<usize>> = Vec::new();
    let words_after: Vec<Option<Span>> = {
        let mut next = None;
        let mut v = vec![None; toks.len()];
        for (i, t) in toks.iter().enumerate().rev() {
            v[i] = next;
            if let Tok::Words { span } = t {
                next = Some(*span);
            }
        }
        v
    };
    // The key of each entry's title so far, and the key of its list title (found once), by
    // entry index.
    let mut keys: Vec<KeyBuilder> = Vec::new();
    let mut expected: Vec<std::cell::OnceCell<Option<String>>> = Vec::new();
    let continued_keys: Vec<String> = continued.iter().map(|c| key(c)).collect();
    // The spans of each entry's title text, by entry index.
    let mut pieces: Vec<Vec<Span>> = Vec::new();
    // The entry the previous token added title text to.
    let mut prev_words: Option<usize> = None;
    // A time label printed in the entries' column, and the entry it stands before.
    let mut waiting_time: Option<usize> = None;
    let mut time_of: Vec<Option<usize>> = Vec::new();
    // Whether each time was printed right after a day label, and whether the token before was one.
    let mut after_day: Vec<bool> = Vec::new();
    let mut prev_day = false;
    for (i, tok) in toks.into_iter().enumerate() {
        if !matches!(tok, Tok::Words { .. }) {
            prev_words = None;
        }
        let is_day = matches!(tok, Tok::Day { .. });
        match tok {
            Tok::Day { label, span, day, month, weekday, year } => {
                days.push(new_day(label, span, (day, month, weekday, year), years));
            }
            Tok::Time { label, span, start, end } => {
                after_day.push(prev_day);
                times.push(Slot {
                    time: label,
                    start: Some(start),
                    end,
                    span,
                    entries: Vec::new(),
                    time_span: span,
                });
                day_of_time.push(days.len().checked_sub(1));
                waiting_time = Some(times.len() - 1);
            }
            Tok::Ref { item, sub, subsub, span } => {
                cur = None;
                prev_words = None;
                time_of.resize(entries.len(), None);
                time_of.push(waiting_time.take());
                pending.push_back(entries.len());
                entries.push(referenced_entry(item, sub, subsub, span));
            }
            Tok::Words { span } => {
                // `(continued)` on a line of its own ends the title just read (which may
                // already equal its list title).
                let idx = match (cur, prev_words) {
                    (None, Some(p)) if is_continued_marker(cx.slice(span), continued) => p,
                    (Some(c), _) => c,
                    (None, _) => match pending.pop_front() {
                        Some(p) => p,
                        None => {
                            entries.push(Entry {
                                item: None,
                                span,
                                ref_span: Span::empty(span.start),
                                title_span: Span::empty(span.start),
                                ..Entry::default()
                            });
                            entries.len() - 1
                        }
                    },
                };
                prev_words = Some(idx);
                keys.resize_with(entries.len(), || KeyBuilder::new(true));
                expected.resize_with(entries.len(), std::cell::OnceCell::new);
                pieces.resize_with(entries.len(), Vec::new);
                pieces[idx].push(span);
                let e = &mut entries[idx];
                let k = &mut keys[idx];
                if e.title_span.is_empty() {
                    e.title_span = span;
                    k.push(cx.slice(span));
                } else if span.end > e.title_span.end {
                    // Only the new text is folded: the key grows with the title, in linear time.
                    // What lies between (furniture, a repeated header row) is not title text.
                    k.push(" ");
                    k.push(cx.slice(span));
                    e.title_span = e.title_span.cover(span);
                }
                let x = expected[idx].get_or_init(|| titles.get(e.item, e.sub_item.as_deref()).map(key));
                let done = title_complete(cx, k, x.as_deref(), titles, &continued_keys, words_after[i]);
                cur = (!done).then_some(idx);
            }
        }
        prev_day = is_day;
    }
    pieces.resize_with(entries.len(), Vec::new);
    time_of.resize(entries.len(), None);
    let mut entries: Vec<Entry> =
        entries.into_iter().zip(pieces).map(|(e, p)| finish_entry(cx, e, p, continued)).collect();
    if let Some(placed) = slots_in_order(&days, &times, &entries, &time_of) {
        for (d, slots) in placed.into_iter().enumerate() {
            for (t, group) in slots {
                let mut slot = times[t].clone();
                // Each entry is in one group.
                slot.entries = group.iter().map(|&k| std::mem::take(&mut entries[k])).collect();
                days[d].slots.push(slot);
            }
        }
        sched.days = days;
        return;
    }
    // Time slots to days: evenly when they divide, else to the day printed before them.
    let per_day =
        (!days.is_empty() && times.len().is_multiple_of(days.len())).then(|| times.len() / days.len());
    let mut day_of: Vec<Option<usize>> = match per_day {
        Some(n) if n > 0 => (0..times.len()).map(|k| Some(k / n)).collect(),
        _ => {
            let early = days_of_early_times(&days, &times, &day_of_time);
            let first = (!days.is_empty()).then_some(0);
            (0..times.len()).map(|k| day_of_time[k].or(early[k]).or(first)).collect()
        }
    };
    // Where that puts a day's times out of order, the times printed among the entries (not
    // right after a day label) are read as times printed before every day label: pdftotext
    // prints the days after the entries, with the times it did not print among them.
    if !runs_forward(&times, &day_of, days.len()) {
        let inline = flags(times.len(), time_of.iter().flatten().copied());
        let positioned: Vec<Option<usize>> =
            (0..times.len()).map(|k| day_of_time[k].filter(|_| after_day[k] || !inline[k])).collect();
        let early = days_of_early_times(&days, &times, &positioned);
        let other: Vec<Option<usize>> = positioned.iter().zip(&early).map(|(p, e)| p.or(*e)).collect();
        if other.iter().all(Option::is_some) && runs_forward(&times, &other, days.len()) {
            day_of = other;
        }
    }
    for (k, slot) in times.into_iter().enumerate() {
        let d = day_of[k];
        match d.and_then(|d| days.get_mut(d)) {
            Some(day) => {
                day.span = day.span.cover(slot.span);
                day.slots.push(slot);
            }
            None => days.push(Day {
                span: slot.span,
                label_span: Span::empty(slot.span.start),
                slots: vec![slot],
                ..Day::default()
            }),
        }
    }
    sched.days = days;
    sched.entries = entries;
}

/// Whether every day's times, in the order given, start each after the one before.
fn runs_forward(times: &[Slot], day_of: &[Option<usize>], days: usize) -> bool {
    let mut last: Vec<Option<&str>> = vec![None; days];
    for (slot, d) in times.iter().zip(day_of) {
        let Some(prev) = d.and_then(|d| last.get_mut(d)) else { continue };
        let start = slot.start.as_deref();
        if prev.is_some_and(|p| !starts_after(start, p)) {
            return false;
        }
        *prev = start;
    }
    true
}

/// The days of the times printed before every day label (pdftotext prints some slot times in
/// the entries' column, ahead of the days): in order, to the days that have no time printed
/// after their own label, a day taking times while they run forward (each starts after the one
/// before). `None` for a time printed after a day label, or when no such day is left.
fn days_of_early_times(days: &[Day], times: &[Slot], day_of_time: &[Option<usize>]) -> Vec<Option<usize>> {
    let mut out = vec![None; times.len()];
    let has_time = flags(days.len(), day_of_time.iter().flatten().copied());
    let mut timeless = (0..days.len()).filter(|d| !has_time[*d]);
    let mut day = timeless.next();
    let mut last_start: Option<&str> = None;
    for (k, slot) in times.iter().enumerate().filter(|(k, _)| day_of_time[*k].is_none()) {
        if last_start.is_some_and(|l| !starts_after(slot.start.as_deref(), l)) {
            day = timeless.next();
        }
        out[k] = day;
        last_start = slot.start.as_deref();
    }
    out
}

/// True when a slot that starts at `start` (`HH:MM`, which compare as strings as they do as
/// times) starts after one that started at `before`; a slot without a start does not.
fn starts_after(start: Option<&str>, before: &str) -> bool {
    start.is_some_and(|s| s > before)
}

/// `len` flags, set at `indices` (those past the end ignored): which days have a time, which
/// times are printed among the entries.
fn flags(len: usize, indices: impl Iterator<Item = usize>) -> Vec<bool> {
    let mut out = vec![false; len];
    for i in indices {
        if let Some(flag) = out.get_mut(i) {
            *flag = true;
        }
    }
    out
}

/// A schedule's lists without spare capacity: a table of an archive's annexes may hold tens of
/// thousands of entries, kept until the document is written.
fn fit(mut sched: Schedule) -> Schedule {
    sched.entries.shrink_to_fit();
    sched.days.shrink_to_fit();
    for day in &mut sched.days {
        day.slots.shrink_to_fit();
        for slot in &mut day.slots {
            slot.entries.shrink_to_fit();
        }
    }
    sched
}

/// A slot placed by [`slots_in_order`]: the index of its time and the indices of its entries.
type PlacedSlot = (usize, Vec<usize>);

/// The slots of a table printed column by column, when its layout still tells them: pdftotext
/// prints the time of a slot's first row just before that row's entry (`10 a.m.–1 p.m.` ⏎
/// `4 (a)` ⏎ `Consideration …`), and leaves the other times with the day labels. Entries are
/// grouped in order: a new group at each such time, and at each `(continued)` entry (an item
/// goes on in a later slot). Each group is a slot, the groups without a time of their own
/// taking the remaining times in order, and the slots go to the days in order, as many to each
/// day — only when the counts agree, every day's slots come in the same order of times, and
/// every slot's time lies after the one before it in the text or all are apart from their
/// entries. Returns, per day, its slots: the time's index and the entries' indices.
fn slots_in_order(
    days: &[Day],
    times: &[Slot],
    entries: &[Entry],
    time_of: &[Option<usize>],
) -> Option<Vec<Vec<PlacedSlot>>> {
    if days.is_empty() || times.is_empty() || !times.len().is_multiple_of(days.len()) {
        return None;
    }
    let per = times.len() / days.len();
    let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    for (k, e) in entries.iter().enumerate() {
        match (time_of.get(k).copied().flatten(), groups.last_mut()) {
            (Some(t), _) => groups.push((Some(t), vec![k])),
            (None, Some(g)) if !e.continued => g.1.push(k),
            (None, _) => groups.push((None, vec![k])),
        }
    }
    if groups.len() != times.len() {
        return None;
    }
    let inline = flags(times.len(), groups.iter().filter_map(|g| g.0));
    let mut rest = (0..times.len()).filter(|t| !inline[*t]);
    let slots: Vec<(usize, Vec<usize>)> = groups
        .into_iter()
        .map(|(t, g)| (t.or_else(|| rest.next()), g))
        .map(|(t, g)| (t.unwrap_or(0), g))
        .collect();
    // Every day's slots in the same order of times, and each day's slot spans in order.
    let pattern: Vec<&Option<String>> = slots[..per].iter().map(|(t, _)| &times[*t].start).collect();
    let mut out = Vec::with_capacity(days.len());
    for day in slots.chunks(per) {
        let starts: Vec<&Option<String>> = day.iter().map(|(t, _)| &times[*t].start).collect();
        if starts != pattern || day.windows(2).any(|w| times[w[0].0].span.end > times[w[1].0].span.start) {
            return None;
        }
        out.push(day.to_vec());
    }
    Some(out)
}

/// Whether an entry's title is complete: it equals its list title (maybe with `(continued)`).
/// When it cannot be matched with its own (a list misread, an agenda issued apart) it goes on
/// while it and the next title line still begin some title of the list; else it is complete
/// unless the next title line begins in lower case.
fn title_complete(
    cx: &Ctx<'_>,
    title: &KeyBuilder,
    expected: Option<&str>,
    titles: &ListTitles<'_>,
    continued: &[String],
    next: Option<Span>,
) -> bool {
    let acc = title.key();
    if let Some(x) = expected {
        // `x c` for a `(continued)` key `c`, read without writing it out.
        let after_x = acc.strip_prefix(x).and_then(|r| r.strip_prefix(' '));
        if acc == x || continued.iter().any(|c| after_x == Some(c.as_str())) {
            return true;
        }
        if x.starts_with(acc) || continued.iter().any(|c| after_x.is_some_and(|r| c.starts_with(r))) {
            return false;
        }
    }
    let Some(n) = next else { return true };
    let next_text = cx.slice(n);
    // Bounded by the longest title: a long title is not copied again for each of its lines.
    if acc.len() < titles.keys().1 {
        let mut joined = title.clone();
        joined.push(" ");
        joined.push(next_text);
        if titles.begins_a_title(joined.key()) {
            return false;
        }
    }
    next_text.chars().next().is_some_and(char::is_uppercase)
}

/// A day of the schedule from its label, its year printed or inferred.
fn new_day(label: String, span: Span, (day, month, weekday, year): DayParts, years: &[i32]) -> Day {
    let year = year.or_else(|| infer_year(day, month, weekday, years));
    let date = year
        .filter(|&y| datetime::is_valid_date(y, month, day))
        .map(|y| format!("{y:04}-{month:02}-{day:02}"));
    Day {
        label,
        weekday: weekday.map(|w| w.name().to_string()),
        date,
        span,
        slots: Vec::new(),
        label_span: span,
        day: Some(day),
        month: Some(month),
        year,
    }
}

/// Day, month, weekday and year as a day label prints them.
type DayParts = (u32, u32, Option<Weekday>, Option<i32>);

/// An entry opened by its item reference (`2 (a)`), its title still to come.
fn referenced_entry(item: u32, sub: Option<String>, subsub: Option<String>, span: Span) -> Entry {
    Entry {
        item: Some(item),
        sub_item: sub,
        sub_sub_item: subsub,
        span,
        ref_span: span,
        title_span: Span::empty(span.end),
        ..Entry::default()
    }
}

/// An entry with its title read from its pieces (the spans of its title text, in order) and
/// a final `(continued)` set apart.
fn finish_entry(cx: &Ctx<'_>, mut e: Entry, mut pieces: Vec<Span>, continued: &[&String]) -> Entry {
    if let Some(last) = pieces.last_mut() {
        let raw = cx.slice(*last);
        let trimmed = raw.trim_end_matches(is_space);
        for c in continued {
            if let Some(before) = trimmed.strip_suffix(c.as_str()) {
                e.continued = true;
                let cstart = last.start + before.len();
                e.continued_span = Some(Span::new(cstart, cstart + c.len()));
                last.end = last.start + before.trim_end_matches(is_space).len();
                if last.is_empty() {
                    pieces.pop();
                }
                e.title_span.end = pieces.last().map_or(e.title_span.start, |p| p.end);
                break;
            }
        }
    }
    e.title = title_text(cx, &pieces);
    e
}

/// True when `s` is only a `(continued)` marker.
fn is_continued_marker(s: &str, continued: &[&String]) -> bool {
    let t = s.trim_matches(is_space);
    continued.iter().any(|c| t == c.as_str())
}

/// The folded text of a title's pieces (a title cut by a page break leaves out the furniture
/// and the repeated header row printed in between).
fn title_text(cx: &Ctx<'_>, pieces: &[Span]) -> String {
    let mut text = String::with_capacity(pieces.iter().map(|p| p.len() + 1).sum());
    for p in pieces.iter().filter(|p| !p.is_empty()) {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(cx.slice(*p));
    }
    crate::fold::fold_lines(&text)
}

/// Years the document mentions (four-digit numbers 1945–2100), most frequent first.
fn document_years(cx: &Ctx<'_>) -> Vec<i32> {
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for f in 0..cx.len() {
        // Runs of exactly four digits, found eight bytes at a time.
        let b = cx.s(f).as_bytes();
        let mut i = 0;
        while let Some(k) = crate::bytes::find_byte(b, i, crate::bytes::digit_bytes) {
            i = k;
            let j = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if j - i == 4 {
                let y = b[i..j].iter().fold(0i32, |acc, &d| acc * 10 + i32::from(d - b'0'));
                if (1945..=2100).contains(&y) {
                    match counts.iter_mut().find(|(x, _)| *x == y) {
                        Some(c) => c.1 += 1,
                        None => counts.push((y, 1)),
                    }
                }
            }
            i = j;
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    counts.into_iter().map(|(y, _)| y).collect()
}

/// The year of an annex day: among the years the document mentions, the most frequent one
/// whose calendar puts `day month` on the printed weekday; else the most frequent one.
fn infer_year(day: u32, month: u32, weekday: Option<Weekday>, years: &[i32]) -> Option<i32> {
    datetime::infer_year(day, month, weekday, years).or_else(|| years.first().copied())
}
