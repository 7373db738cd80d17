//! The annotations: a heading per item and sub-item, then body blocks.
//!
//! ```text
//! annotations     = [ annotations-heading ] { block } { item-annotation } ;
//! item-annotation = item-heading body { sub-annotation } ;
//! sub-annotation  = sub-heading body { sub-annotation } ;
//! item-heading    = ( item-number | item-word-heading ) heading-title ;
//! sub-heading     = sub-marker heading-title ;
//! ```
//!
//! A heading can only begin a block: the line before it must have ended (see
//! [`Ctx::continues`]). Which lines are headings is decided against the agenda list: the
//! number or marker must be one the list has (or the next in sequence when there is no list),
//! and the title must resemble the list title. That keeps inline enumerations `(b) make
//! recommendations …` and numbered paragraphs `3. The Working Group …` in the body, while a
//! reworded heading is still read as the heading it is (and linted by A202).

use rustc_hash::FxHashMap;

use crate::fold::{KeyBuilder, key};
use crate::model::{Agenda, Annotation, AnnotationSub, Block, Item, MarkerStyle, SubItem};
use crate::span::Span;
use crate::vocab::{self, Heading};

use super::agenda::finish_title;
use super::blocks;
use super::blocks::Numbering;
use super::flow::{Ctx, ends_sentence, starts_lowercase};
use super::lead::{Lead, lead, letter_value, roman_value};
use super::refs::RefState;

/// A recognized heading.
struct HeadingLine {
    /// Number (items) or marker (sub-items).
    number: u32,
    marker: String,
    style: MarkerStyle,
    level: u8,
    /// Flow lines of the heading: `first..end`.
    first: usize,
    end: usize,
    /// Span of the number or marker.
    lead_span: Span,
    /// Spans of the title text.
    title_lines: Vec<Span>,
}

/// Where body blocks currently go.
enum Target {
    Intro,
    Item,
    Sub,
    SubSub,
}

/// Parse annotations on flow lines `from..to`. Returns the intro blocks before the first
/// heading, and the annotations.
pub fn annotations(
    cx: &mut Ctx<'_>,
    from: usize,
    to: usize,
    agenda: Option<&Agenda>,
    state: &mut RefState,
    numbering: &mut Numbering,
) -> (Vec<Block>, Vec<Annotation>) {
    let mut intro = Vec::new();
    let mut out: Vec<Annotation> = Vec::new();
    let mut target = Target::Intro;
    let mut body_start = from;
    // Where each item number stands in the list, and the headings read without their number
    // (indices into `out`, in order) from `numbered_upto` on.
    let list_at = list_positions(agenda);
    let keys = TitleKeys::new(agenda);
    let (mut numberless, mut numbered_upto) = (Vec::new(), 0usize);
    let mut f = from;
    while f < to {
        let boundary = f == from || !cx.continues(f - 1) || f == body_start;
        // A line that repeats a list title exactly may begin a heading even where the width of
        // the line before cannot tell (a last line that happens to be full).
        let after_sentence = !boundary && ends_sentence(cx.s(f - 1));
        if boundary || after_sentence {
            // Markers printed in a column before their titles (pdfminer): `1.` ⏎ `(a)` ⏎ titles.
            let run = bare_marker_run(cx, f, to);
            let mut title_at = (run > f + 1).then_some(run);
            let mut g = f;
            let mut any = false;
            // The run's end is taken once: `f` moves to the end of each heading read, and a
            // bound that followed it would read the lines of that heading again, or past `to`.
            let stop = run.max(f + 1);
            while g < stop {
                let h = item_heading(cx, g, to, &keys, &out, numbering, title_at, boundary)
                    .or_else(|| sub_heading(cx, g, to, agenda, &out, title_at, boundary));
                let Some(h) = h else { break };
                if !any {
                    flush(cx, body_start, f, &mut target, &mut intro, &mut out, state, numbering);
                    any = true;
                }
                let end = h.end;
                target = push_heading(cx, h, &mut out, state);
                cx.take(g, g + 1);
                g += 1;
                title_at = title_at.map(|_| end);
                f = end.max(g);
            }
            if any {
                body_start = f;
                continue;
            }
            // A heading whose number is printed elsewhere (pdfminer prints a column of heading
            // numbers after the titles): the whole block is the next list title, word for word.
            if let Some(h) = numberless_heading(cx, f, to, &keys, &list_at, &out) {
                flush(cx, body_start, f, &mut target, &mut intro, &mut out, state, numbering);
                f = h.end;
                target = push_heading(cx, h, &mut out, state);
                numberless.push(out.len() - 1);
                body_start = f;
                continue;
            }
            // The numbers of such headings, printed after them, alone on their lines.
            let waiting = &numberless[numbered_upto..];
            let late = late_numbers(cx, f, to, &out, waiting);
            if late > f {
                flush(cx, body_start, f, &mut target, &mut intro, &mut out, state, numbering);
                for g in f..late {
                    if let Lead::Item { len, .. } = lead(cx.s(g))
                        && let Some(a) = numberless.get(numbered_upto).and_then(|&k| out.get_mut(k))
                    {
                        let start = cx.span(g).start;
                        a.number_span = Span::new(start, start + len);
                        numbered_upto += 1;
                    }
                }
                cx.take(f, late);
                f = late;
                body_start = f;
                continue;
            }
            if (boundary || after_sentence) && is_documentation_heading(cx.s(f)) {
                flush(cx, body_start, f, &mut target, &mut intro, &mut out, state, numbering);
                let end = documentation_end(cx, f + 1, to, &keys, &out, numbering);
                let doc = blocks::documentation(cx, f, end, state);
                push_block(&mut target, &mut intro, &mut out, Block::Documentation(doc));
                f = end;
                body_start = f;
                continue;
            }
        }
        f += 1;
    }
    flush(cx, body_start, to, &mut target, &mut intro, &mut out, state, numbering);
    (intro, out)
}

/// Add a heading's annotation (or sub-annotation) and say where body blocks go next.
fn push_heading(cx: &mut Ctx<'_>, h: HeadingLine, out: &mut Vec<Annotation>, state: &mut RefState) -> Target {
    let t = finish_title(cx, &h.title_lines, state);
    let heading_span = Span::new(h.lead_span.start, t.punct.as_ref().map_or(t.span.end, |p| p.span.end));
    cx.take(h.first, h.end);
    if h.level == 1 {
        out.push(Annotation {
            number: h.number,
            title: t.text,
            span: heading_span,
            body: Vec::new(),
            sub_items: Vec::new(),
            heading_span,
            number_span: h.lead_span,
            title_span: t.span,
            punct: t.punct,
        });
        return Target::Item;
    }
    let sub = AnnotationSub {
        marker: h.marker,
        title: t.text,
        span: heading_span,
        body: Vec::new(),
        sub_items: Vec::new(),
        marker_style: h.style,
        heading_span,
        marker_span: h.lead_span,
        title_span: t.span,
        punct: t.punct,
    };
    let ann = out.last_mut().expect("invariant: sub_heading requires an item annotation");
    if h.level == 3 && !ann.sub_items.is_empty() {
        ann.sub_items.last_mut().expect("invariant: checked").sub_items.push(sub);
        Target::SubSub
    } else {
        ann.sub_items.push(sub);
        Target::Sub
    }
}

/// A heading without its number at flow line `f`: its lines, up to a blank line, are exactly
/// the title of the list item after the last heading read. Its number span is empty, at the
/// start of the title, until [`late_numbers`] finds the number.
fn numberless_heading(
    cx: &Ctx<'_>,
    f: usize,
    to: usize,
    keys: &TitleKeys<'_>,
    list_at: &FxHashMap<u32, Vec<usize>>,
    out: &[Annotation],
) -> Option<HeadingLine> {
    let items = keys.items;
    let next = match out.last() {
        Some(a) => *list_at.get(&a.number)?.iter().find(|&&k| items[k].title == a.title)? + 1,
        None => 0,
    };
    let item = items.get(next)?;
    let s = cx.s(f);
    // The line's key must begin the title's: its first byte, when an ASCII letter or digit,
    // begins the key.
    let title_key = keys.get(next);
    if s.as_bytes().first().is_some_and(|b| {
        b.is_ascii_alphanumeric() && title_key.as_bytes().first() != Some(&b.to_ascii_lowercase())
    }) {
        return None;
    }
    if !matches!(lead(s), Lead::None) || resemblance_key(&key(s), title_key) < 1.0 {
        return None;
    }
    let span = cx.span(f);
    let end = heading_end(cx, f, to, span.start, Some(title_key));
    let text: Vec<&str> = (f..end).map(|k| cx.s(k)).collect();
    if key(&text.join(" ")) != title_key || (end < to && !cx.strong_break_before(end)) {
        return None;
    }
    Some(HeadingLine {
        number: item.number,
        marker: String::new(),
        style: MarkerStyle::Period,
        level: 1,
        first: f,
        end,
        lead_span: Span::empty(span.start),
        title_lines: (f..end).map(|k| cx.span(k)).collect(),
    })
}

/// The end of a run of item numbers alone on their lines at `f`, each the number of a heading
/// read without one (see [`numberless_heading`]), in order; `f` when there is none.
fn late_numbers(cx: &Ctx<'_>, f: usize, to: usize, out: &[Annotation], waiting: &[usize]) -> usize {
    let mut waiting = waiting.iter().map(|&k| out[k].number).peekable();
    let mut g = f;
    while g < to && g - f < 6 {
        let s = cx.s(g);
        match lead(s) {
            Lead::Item { number, rest, .. } if rest >= s.len() && waiting.peek() == Some(&number) => {
                waiting.next();
                g += 1;
            }
            _ => break,
        }
    }
    g
}

/// The places of each item number in the list (a number the list repeats has several).
fn list_positions(agenda: Option<&Agenda>) -> FxHashMap<u32, Vec<usize>> {
    let mut at: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (k, it) in agenda.iter().flat_map(|a| a.items.iter()).enumerate() {
        at.entry(it.number).or_default().push(k);
    }
    at
}

/// The end of a run of markers alone on their lines starting at `f` (`f` when there is none).
fn bare_marker_run(cx: &Ctx<'_>, f: usize, to: usize) -> usize {
    let mut g = f;
    while g < to && g - f < 6 {
        let s = cx.s(g);
        let bare = match lead(s) {
            Lead::Item { rest, .. } | Lead::Sub { rest, .. } => rest >= s.len(),
            _ => false,
        };
        if !bare {
            break;
        }
        g += 1;
    }
    g
}

fn is_documentation_heading(s: &str) -> bool {
    vocab::headings(s).iter().any(|(h, _)| *h == Heading::Documentation)
}

fn documentation_end(
    cx: &Ctx<'_>,
    from: usize,
    to: usize,
    keys: &TitleKeys<'_>,
    out: &[Annotation],
    numbering: &Numbering,
) -> usize {
    let mut f = from;
    while f < to {
        // Entries end with their symbol; a heading may follow right after one.
        let after_entry = f > from && blocks::symbol_at_end(cx.s(f - 1)).is_some();
        let boundary = f == from || !cx.continues(f - 1) || after_entry;
        // After an entry that ended with its symbol, a block that neither begins nor ends with
        // one is prose (ESCAP sets the Documentation first, then an `Annotation` subheading
        // and the paragraphs, before the next heading).
        if after_entry && is_prose_after_entries(cx, f, to) {
            break;
        }
        // Markers printed in a column before their titles: `5.` ⏎ `a)` ⏎ titles.
        let run = if boundary { bare_marker_run(cx, f, to) } else { f };
        let title_at = (run > f + 1).then_some(run);
        if boundary
            && (item_heading(cx, f, to, keys, out, numbering, title_at, true).is_some()
                || sub_heading(cx, f, to, keys.agenda, out, title_at, true).is_some()
                || is_documentation_heading(cx.s(f)))
        {
            break;
        }
        f += 1;
    }
    f
}

/// True when the block at flow line `f` (its lines up to the first that does not go on, before
/// `to`) is not a Documentation entry: it does not begin with a symbol, and its last line does
/// not end with one in parentheses.
fn is_prose_after_entries(cx: &Ctx<'_>, f: usize, to: usize) -> bool {
    if blocks::symbol_at_start(cx.s(f)).is_some() {
        return false;
    }
    let mut g = f;
    while g + 1 < to && cx.continues(g) {
        g += 1;
    }
    blocks::symbol_at_end(cx.s(g)).is_none()
}

#[allow(clippy::too_many_arguments)]
fn flush(
    cx: &mut Ctx<'_>,
    from: usize,
    to: usize,
    target: &mut Target,
    intro: &mut Vec<Block>,
    out: &mut [Annotation],
    state: &mut RefState,
    numbering: &mut Numbering,
) {
    for block in blocks::body(cx, from, to, numbering, state) {
        push_block(target, intro, out, block);
    }
}

fn push_block(target: &mut Target, intro: &mut Vec<Block>, out: &mut [Annotation], block: Block) {
    let span = block.span();
    let Some(ann) = out.last_mut() else {
        intro.push(block);
        return;
    };
    match target {
        Target::Intro => intro.push(block),
        Target::Item => {
            ann.span = ann.span.cover(span);
            ann.body.push(block);
        }
        Target::Sub | Target::SubSub => {
            ann.span = ann.span.cover(span);
            let Some(sub) = ann.sub_items.last_mut() else {
                ann.body.push(block);
                return;
            };
            sub.span = sub.span.cover(span);
            if matches!(target, Target::SubSub)
                && let Some(ss) = sub.sub_items.last_mut()
            {
                ss.span = ss.span.cover(span);
                ss.body.push(block);
                return;
            }
            sub.body.push(block);
        }
    }
}

/// How much the first line of a heading resembles a list title: 1.0 when it is a prefix of it
/// (or equal), else the share of its content words found in the title.
pub fn resemblance(line: &str, title: &str) -> f32 {
    resemblance_key(&key(line), &key(title))
}

/// [`resemblance`] of two keys.
fn resemblance_key(a: &str, b: &str) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if b == a || (b.starts_with(a) && b.as_bytes().get(a.len()).is_some_and(|c| !c.is_ascii_alphanumeric())) {
        return 1.0;
    }
    let (mut content, mut found) = (0usize, 0usize);
    let mut words: Vec<&str> = Vec::new();
    for w in a.split(' ').filter(|w| w.chars().count() > 3) {
        if words.is_empty() {
            words = b.split(' ').collect();
        }
        content += 1;
        found += usize::from(words.contains(&w));
    }
    if content == 0 {
        return 0.0;
    }
    found as f32 / content as f32
}

// The heading tests need the whole context of the parse at this point: the line, the list,
// what was read so far and where a column of markers puts the title.
#[allow(clippy::too_many_arguments)]
fn item_heading(
    cx: &Ctx<'_>,
    f: usize,
    to: usize,
    keys: &TitleKeys<'_>,
    out: &[Annotation],
    numbering: &Numbering,
    title_at: Option<usize>,
    boundary: bool,
) -> Option<HeadingLine> {
    let agenda = keys.agenda;
    let s = cx.s(f);
    let span = cx.span(f);
    let (number, len, rest, word_style) = match lead(s) {
        Lead::Item { number, len, rest } => (number, len, rest, false),
        Lead::ItemWord { number, len, rest } => (number, len, rest, true),
        _ => return None,
    };
    let last = out.last().map(|a| a.number);
    if last.is_some_and(|l| number < l) {
        return None;
    }
    // The title begins after the number, or on the next line (`1.` alone; `Item 1` ⏎ title),
    // or where a column of markers ends.
    let (title_first, first_text) = title_line(cx, f, rest, to, title_at)?;
    let at = agenda.and_then(|a| list_item_for(a, number, first_text));
    let list_item = at.map(|k| &keys.items[k]);
    let sim = at.map(|k| resemblance_key(&key(first_text), keys.get(k)));
    let is_para_number = numbering.next != 0 && number == numbering.next;
    if !boundary && sim.is_none_or(|x| x < 1.0) {
        return None;
    }
    // The heading's number again, where the paragraph numbers have reached it, on a sentence
    // that only shares words with the title: the paragraph of that number (`2. Métodos de
    // trabajo del Comité` ⏎ `2. El Comité examinará sus métodos de trabajo.`).
    let paragraph_again = last == Some(number) && is_para_number && ends_sentence(first_text);
    let accept = match (list_item, sim) {
        (Some(_), Some(sim)) => (sim >= 0.6 || (word_style && sim >= 0.3)) && !(paragraph_again && sim < 1.0),
        _ if agenda.is_some_and(|a| !a.items.is_empty()) => {
            // Not on the list: a heading only if it reads like one (A201 reports it).
            word_style
                || (last.is_some_and(|l| number == l + 1)
                    && !is_para_number
                    && !ends_sentence(first_text)
                    && !cx.is_full(title_first, true))
        }
        _ => {
            word_style
                || (last.map_or(number == 1, |l| number == l + 1)
                    && !is_para_number
                    && !ends_sentence(first_text)
                    && first_text.chars().count() < 160
                    && !cx.is_full(title_first, true))
        }
    };
    if !accept {
        return None;
    }
    let title_start = if title_first == f { span.start + rest } else { cx.span(title_first).start };
    let end = heading_end(cx, title_first, to, title_start, at.map(|k| keys.get(k)));
    let mut title_lines = vec![Span::new(title_start, cx.span(title_first).end)];
    title_lines.extend((title_first + 1..end).map(|k| cx.span(k)));
    Some(HeadingLine {
        number,
        marker: String::new(),
        style: MarkerStyle::Period,
        level: 1,
        first: f,
        end,
        lead_span: Span::new(span.start, span.start + len),
        title_lines,
    })
}

/// The list item numbered `number`; when the list repeats the number (a numbering fault), the
/// one of those whose title the heading's first line resembles most.
fn list_item_for(a: &Agenda, number: u32, first_text: &str) -> Option<usize> {
    let at = a.items.iter().position(|i| i.number == number)?;
    let same = a.items[at..].iter().take_while(|i| i.number == number);
    if a.items.get(at + 1).is_none_or(|i| i.number != number) {
        return Some(at);
    }
    let mut best: Option<(usize, f32)> = None;
    for (k, it) in same.enumerate() {
        let r = resemblance(first_text, &it.title);
        if best.is_none_or(|(_, b)| r > b) {
            best = Some((at + k, r));
        }
    }
    best.map(|(k, _)| k)
}

/// The list and the keys of its item titles, each built on first use.
struct TitleKeys<'a> {
    agenda: Option<&'a Agenda>,
    items: &'a [Item],
    keys: Vec<std::cell::OnceCell<String>>,
}

impl<'a> TitleKeys<'a> {
    fn new(agenda: Option<&'a Agenda>) -> Self {
        let items = agenda.map_or(&[][..], |a| a.items.as_slice());
        TitleKeys { agenda, items, keys: vec![std::cell::OnceCell::new(); items.len()] }
    }

    /// The key of the title of list item `k` (an index into the items).
    fn get(&self, k: usize) -> &str {
        self.keys[k].get_or_init(|| key(&self.items[k].title))
    }
}

/// Where a heading's title begins: on the marker's line, on the next one, or at `title_at`.
fn title_line<'a>(
    cx: &Ctx<'a>,
    f: usize,
    rest: usize,
    to: usize,
    title_at: Option<usize>,
) -> Option<(usize, &'a str)> {
    let s = cx.s(f);
    if rest < s.len() {
        return Some((f, &s[rest..]));
    }
    let t = title_at.unwrap_or(f + 1);
    (t < to).then(|| (t, cx.s(t)))
}

/// The flow line after the last line of a heading title that begins on `first` (`target`:
/// the key of the list title it should read).
fn heading_end(cx: &Ctx<'_>, first: usize, to: usize, title_start: usize, target: Option<&str>) -> usize {
    // The key of the raw text read so far: keys are taken of the whole, so that a line ending
    // with a comma (`…intolerance,` ⏎ `follow-up to …`) still extends the title.
    let mut acc = KeyBuilder::new(true);
    acc.push(cx.slice(Span::new(title_start, cx.span(first).end)));
    let mut f = first;
    loop {
        if target == Some(acc.key()) {
            return f + 1;
        }
        let next = f + 1;
        if next >= to || cx.strong_break_before(next) || !matches!(lead(cx.s(next)), Lead::None) {
            return f + 1;
        }
        let mut cand_key = acc.clone();
        cand_key.push(" ");
        cand_key.push(cx.s(next));
        let cand = cand_key.key();
        // A word boundary in the list title after the candidate (`nouvelles,` ⏎ `émergentes`:
        // the key drops the final comma of the candidate, not the title's).
        let extends = target.is_some_and(|t| {
            t == cand
                || (t.starts_with(cand)
                    && t.as_bytes().get(cand.len()).is_some_and(|b| !b.is_ascii_alphanumeric()))
        });
        let wraps = !ends_sentence(cx.s(f)) && (starts_lowercase(cx.s(next)) || cx.is_full(f, true));
        if !(extends || (wraps && target.is_none_or(|t| !t.starts_with(acc.key())))) {
            return f + 1;
        }
        acc = cand_key;
        f = next;
        if f - first > 6 {
            return f + 1;
        }
    }
}

fn sub_heading(
    cx: &Ctx<'_>,
    f: usize,
    to: usize,
    agenda: Option<&Agenda>,
    out: &[Annotation],
    title_at: Option<usize>,
    boundary: bool,
) -> Option<HeadingLine> {
    let ann = out.last()?;
    let s = cx.s(f);
    let span = cx.span(f);
    let Lead::Sub { marker, style, len, rest } = lead(s) else { return None };
    let list_item: Option<&Item> =
        agenda.and_then(|a| list_item_for(a, ann.number, &ann.title).map(|k| &a.items[k]));
    let (title_first, first_text) = title_line(cx, f, rest, to, title_at)?;
    // Level: a roman numeral under a sub-item whose list entry has sub-sub-items.
    let last_sub = ann.sub_items.last();
    let list_subs: &[SubItem] = list_item.map_or(&[], |i| i.sub_items.as_slice());
    let mut level = 2;
    let mut list_title: Option<&str> = None;
    if let Some(ls) = last_sub.and_then(|ls| list_subs.iter().find(|x| x.marker == ls.marker))
        && let Some(ss) = ls.sub_items.iter().find(|x| x.marker == marker)
    {
        let taken = last_sub.is_some_and(|l| l.sub_items.iter().any(|x| x.marker == marker));
        if !taken && (letter_value(&marker).is_none() || roman_value(&marker).is_some()) {
            level = 3;
            list_title = Some(&ss.title);
        }
    }
    if level == 2 {
        if let Some(x) = list_subs.iter().find(|x| x.marker == marker) {
            list_title = Some(&x.title);
        }
        if ann.sub_items.iter().any(|x| x.marker == marker) {
            return None;
        }
    }
    // The list title's key serves the resemblance and the heading's end.
    let title_key = list_title.map(key);
    let sim = title_key.as_deref().map(|t| resemblance_key(&key(first_text), t));
    if !boundary && sim.is_none_or(|x| x < 1.0) {
        return None;
    }
    let accept = match sim {
        Some(sim) => sim >= 0.6,
        None if !list_subs.is_empty() => false,
        None => {
            let next = ann.sub_items.last().and_then(|l| letter_value(&l.marker)).map_or(1, |v| v + 1);
            letter_value(&marker) == Some(next)
                && !ends_sentence(first_text)
                && !cx.is_full(title_first, true)
                && first_text.chars().count() < 160
        }
    };
    if !accept {
        return None;
    }
    let title_start = if title_first == f { span.start + rest } else { cx.span(title_first).start };
    let end = heading_end(cx, title_first, to, title_start, title_key.as_deref());
    let mut title_lines = vec![Span::new(title_start, cx.span(title_first).end)];
    title_lines.extend((title_first + 1..end).map(|k| cx.span(k)));
    Some(HeadingLine {
        number: ann.number,
        marker,
        style,
        level,
        first: f,
        end,
        lead_span: Span::new(span.start, span.start + len),
        title_lines,
    })
}
