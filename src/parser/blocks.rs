//! Body blocks: paragraphs re-joined from their lines, and `Documentation` blocks.
//!
//! ```text
//! body          = { paragraph | documentation | subheading } ;
//! paragraph     = [ paragraph-number ] line { line } ;     (* lines joined while they continue *)
//! documentation = documentation-heading doc-entry { doc-entry } ;
//! doc-entry     = description-line { description-line } ;  (* ends with "(" symbol ")" *)
//! ```

use crate::fold::{fold_whitespace, is_space};
use crate::model::{Block, DocEntry, Documentation, FootnoteRef, Paragraph, Subheading, Text};
use crate::span::Span;

use super::flow::Ctx;
use super::refs::{self, RefState};

/// Build one paragraph from flow lines `from..to`; `number` is a paragraph number found at the
/// start of the first line (its value, its span, and where the text begins after it).
pub fn paragraph(
    cx: &Ctx<'_>,
    from: usize,
    to: usize,
    number: Option<(u32, Span)>,
    state: &mut RefState,
) -> Paragraph {
    let mut text = String::with_capacity(cx.span(to - 1).end.saturating_sub(cx.span(from).start));
    let mut footnote_refs: Vec<FootnoteRef> = Vec::new();
    let mut breaks = Vec::new();
    let mut lines = Vec::with_capacity(to - from);
    for f in from..to {
        let mut span = cx.span(f);
        if f == from
            && let Some((_, nspan)) = number
        {
            let after = cx.slice(Span::new(nspan.end, span.end));
            span.start = span.end - after.trim_start_matches(is_space).len();
        }
        if f > from {
            let g = cx.gap(f);
            if let Some(r) = g.removed {
                breaks.push(r);
            } else if g.page_break {
                breaks.push(Span::new(cx.span(f - 1).end, span.start));
            }
        }
        lines.push(span);
        let refs = refs::find(cx, span, state);
        append_line(cx, span, &refs, &mut text);
        footnote_refs.extend(refs);
    }
    let first = number.map_or_else(|| cx.span(from), |(_, s)| s);
    Paragraph {
        text,
        span: Span::new(first.start, cx.span(to - 1).end),
        footnote_refs,
        number: number.map(|(n, _)| n),
        number_span: number.map(|(_, s)| s),
        breaks,
        lines,
    }
}

/// Append a line's text without its footnote markers (and the space before a spaced marker),
/// joined to what is there with one space.
pub fn append_line(cx: &Ctx<'_>, span: Span, refs: &[FootnoteRef], out: &mut String) {
    let mut owned = String::new();
    // Most lines have no marker: their text is borrowed.
    let piece = if refs.is_empty() {
        cx.slice(span)
    } else {
        let mut at = span.start;
        for r in refs {
            let seg = cx.slice(Span::new(at, r.span.start));
            owned.push_str(if r.spaced { seg.trim_end_matches(is_space) } else { seg });
            at = r.span.end;
        }
        owned.push_str(cx.slice(Span::new(at, span.end)));
        &owned
    };
    let piece = piece.trim_matches(is_space);
    if piece.is_empty() {
        return;
    }
    // A line ending with a hyphen after a letter joins the next without a space.
    if !out.is_empty() && !crate::fold::ends_with_hyphen(out) {
        out.push(' ');
    }
    out.push_str(piece);
}

/// Paragraph-number sequence of bodies that number their paragraphs (HRC, UNEP): numbers run
/// on through the whole document.
#[derive(Debug, Default)]
pub struct Numbering {
    /// The next paragraph number expected (0 before the first).
    pub next: u32,
}

impl Numbering {
    /// The paragraph number at the start of flow line `f`, if it is the next in sequence.
    fn at(&self, cx: &Ctx<'_>, f: usize) -> Option<(u32, Span)> {
        paragraph_number(cx, f).filter(|(n, _)| if self.next == 0 { *n == 1 } else { *n == self.next })
    }
}

/// Split flow lines `from..to` into block ranges: a block ends where a line does not continue
/// (see [`Ctx::continues`]) or before the next numbered paragraph.
pub fn split(cx: &Ctx<'_>, from: usize, to: usize, numbering: &Numbering) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = from;
    let mut next = numbering.next;
    numbered_start(cx, from, &mut next);
    for f in from..to {
        // A paragraph number alone on its line (PyMuPDF, pdftotext) is followed by its text.
        let bare_number = paragraph_number(cx, f).is_some_and(|(_, s)| s.end == cx.span(f).end);
        if f + 1 == to || (!bare_number && (!cx.continues(f) || numbered_start(cx, f + 1, &mut next))) {
            out.push((start, f + 1));
            start = f + 1;
        }
    }
    out
}

fn numbered_start(cx: &Ctx<'_>, f: usize, next: &mut u32) -> bool {
    match paragraph_number(cx, f) {
        Some((n, _)) if (*next == 0 && n == 1) || (*next > 0 && n == *next) => {
            *next = n + 1;
            true
        }
        _ => false,
    }
}

/// body: the blocks of flow lines `from..to` — paragraphs, numbered or not, and subheadings.
pub fn body(
    cx: &mut Ctx<'_>,
    from: usize,
    to: usize,
    numbering: &mut Numbering,
    state: &mut RefState,
) -> Vec<Block> {
    let mut out = Vec::new();
    if from >= to {
        return out;
    }
    let ranges = split(cx, from, to, numbering);
    for (k, &(a, b)) in ranges.iter().enumerate() {
        let number = numbering.at(cx, a);
        if let Some((n, _)) = number {
            numbering.next = n + 1;
        }
        if number.is_none() && b == a + 1 && k + 1 < ranges.len() && is_subheading(cx, a) {
            out.push(Block::Subheading(Subheading { text: fold_whitespace(cx.s(a)), span: cx.span(a) }));
            continue;
        }
        out.push(Block::Paragraph(paragraph(cx, a, b, number, state)));
    }
    cx.take(from, to);
    out
}

/// A subheading: one short line that does not end a sentence, standing alone before a block.
fn is_subheading(cx: &Ctx<'_>, f: usize) -> bool {
    let s = cx.s(f);
    s.chars().count() <= 120
        && s.chars().next().is_some_and(char::is_uppercase)
        && !s.trim_end().ends_with(['.', ':', ';', ',', '!', '?'])
        && !super::flow::ends_sentence(s)
}

/// Paragraph blocks of flow lines `from..to` (no numbering).
pub fn paragraphs(cx: &mut Ctx<'_>, from: usize, to: usize, state: &mut RefState) -> Vec<Block> {
    body(cx, from, to, &mut Numbering::default(), state)
}

/// `12.` at the start of a line: the number and its span.
pub fn paragraph_number(cx: &Ctx<'_>, f: usize) -> Option<(u32, Span)> {
    let s = cx.s(f);
    let (rest, n) = super::lead::item_number(s).ok()?;
    let start = cx.span(f).start;
    Some((n, Span::new(start, start + (s.len() - rest.len()))))
}

/// A `Documentation` block: heading at flow line `h`, entries on lines `h + 1..to`.
pub fn documentation(cx: &mut Ctx<'_>, h: usize, to: usize, state: &mut RefState) -> Documentation {
    let heading = Text::new(fold_whitespace(cx.s(h)), cx.span(h));
    let mut entries = Vec::new();
    let mut start = h + 1;
    for f in h + 1..to {
        let closes = symbol_at_end(cx.s(f)).is_some();
        if closes || f + 1 == to || !cx.continues(f) {
            entries.push(entry(cx, start, f + 1, state));
            start = f + 1;
        }
    }
    cx.take(h, to);
    let end = entries.last().map_or(heading.span.end, |e: &DocEntry| e.span.end);
    Documentation { span: Span::new(heading.span.start, end), entries, heading }
}

fn entry(cx: &Ctx<'_>, from: usize, to: usize, state: &mut RefState) -> DocEntry {
    let mut text = String::new();
    for f in from..to {
        let span = cx.span(f);
        let refs = refs::find(cx, span, state);
        append_line(cx, span, &refs, &mut text);
    }
    let span = Span::new(cx.span(from).start, cx.span(to - 1).end);
    let last = cx.s(to - 1);
    match symbol_at_end(last) {
        Some((open, close)) => {
            let base = cx.span(to - 1).start;
            let symbol = fold_whitespace(&last[open + 1..close]);
            let cut = text.len() - (last.len() - open);
            let description = text.get(..cut).map(|d| d.trim_end().to_string()).unwrap_or_default();
            DocEntry {
                description,
                symbol: Some(symbol),
                span,
                symbol_span: Some(Span::new(base + open + 1, base + close)),
            }
        }
        None => DocEntry { description: text, symbol: None, span, symbol_span: None },
    }
}

/// A line ending with `(SYMBOL)` (maybe followed by a full stop): the offsets of the brackets.
pub fn symbol_at_end(s: &str) -> Option<(usize, usize)> {
    let t = s.trim_end_matches(['.', ';', ' ']);
    if !t.ends_with(')') {
        return None;
    }
    let close = t.len() - 1;
    let open = t[..close].rfind('(')?;
    let inner = &t[open + 1..close];
    inner
        .split([',', ';'])
        .map(str::trim)
        .all(|p| crate::scan::looks_like_symbol(p.trim_end_matches(['.', ' '])))
        .then_some((open, close))
}
