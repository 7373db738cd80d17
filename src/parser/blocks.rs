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

use super::flow::{Ctx, slice, starts_lowercase};
use super::refs::{self, RefState};
use crate::metrics;

/// Build one paragraph from flow lines `from..to`; `number` is a paragraph number found at the
/// start of the first line (its value, its span, and where the text begins after it).
pub fn paragraph(
    cx: &Ctx<'_>,
    from: usize,
    to: usize,
    number: Option<(u32, Span)>,
    state: &mut RefState,
) -> Paragraph {
    let mut footnote_refs: Vec<FootnoteRef> = Vec::new();
    let mut breaks = Vec::new();
    let mut lines = Vec::with_capacity(to - from);
    for f in from..to {
        let mut span = cx.span(f);
        // A number printed alone inside the paragraph (pdfminer) is not text of it.
        if f > from && number.is_some_and(|(_, nspan)| nspan.start == span.start) {
            continue;
        }
        if f == from
            && let Some((_, nspan)) = number
            && nspan.start == span.start
        {
            let after = cx.slice(Span::new(nspan.end, span.end));
            span.start = span.end - after.trim_start_matches(is_space).len();
        }
        if f > from {
            let g = cx.gap(f);
            if let Some(r) = g.removed() {
                breaks.push(r);
            } else if g.page_break {
                breaks.push(Span::new(cx.span(f - 1).end, span.start));
            }
        }
        lines.push(span);
        footnote_refs.extend(refs::find(cx, span, state));
    }
    let first =
        number.filter(|(_, s)| s.start <= cx.span(from).start).map_or_else(|| cx.span(from), |(_, s)| s);
    Paragraph {
        // Made once the flow is let go (see `text_of`).
        text: String::new(),
        span: Span::new(first.start, cx.span(to - 1).end),
        footnote_refs,
        number: number.map(|(n, _)| n),
        number_span: number.map(|(_, s)| s),
        breaks,
        lines,
    }
}

/// A paragraph's re-joined text, from the `text` it was parsed from: its lines without their
/// footnote markers, joined with one space ([`append_line`]). The parser makes it once the
/// flow is let go, so that the flow and the text are not held together.
pub fn text_of(text: &str, p: &Paragraph) -> String {
    let mut out = String::with_capacity(p.span.len());
    let mut refs = p.footnote_refs.as_slice();
    for &line in &p.lines {
        // The line's markers lead those left: each line's were found in it, in order.
        let n = refs.partition_point(|r| r.span.end <= line.end);
        append_line(text, line, &refs[..n], &mut out);
        refs = &refs[n..];
    }
    out.shrink_to_fit();
    out
}

/// Append a line's text without its footnote markers (and the space before a spaced marker or
/// an older-style one, `1991/39 1/,`), joined to what is there with one space.
pub fn append_line(text: &str, span: Span, refs: &[FootnoteRef], out: &mut String) {
    let mut owned = String::new();
    // Most lines have no marker: their text is borrowed.
    let piece = if refs.is_empty() {
        slice(text, span)
    } else {
        let mut at = span.start;
        for r in refs {
            let seg = slice(text, Span::new(at, r.span.start));
            let slashed = slice(text, r.span).ends_with('/');
            owned.push_str(if r.spaced || slashed { seg.trim_end_matches(is_space) } else { seg });
            at = r.span.end;
        }
        owned.push_str(slice(text, Span::new(at, span.end)));
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
        in_sequence(cx, f, self.next)
    }
}

/// The paragraph number at the start of flow line `f`, if it follows `next` (the number
/// expected; 0 before the first, which must be 1).
fn in_sequence(cx: &Ctx<'_>, f: usize, next: u32) -> Option<(u32, Span)> {
    paragraph_number(cx, f).filter(|&(n, _)| n == next.max(1))
}

/// Split flow lines `from..to` into block ranges: a block ends where a line does not continue
/// (see [`Ctx::continues`]) or before the next numbered paragraph.
pub fn split(cx: &Ctx<'_>, from: usize, to: usize, numbering: &Numbering) -> Vec<(usize, usize)> {
    // A whole-document question, answered once: every body asks it.
    let marked = *cx.paragraph_ends_marked.get_or_init(|| marks_paragraph_ends(cx));
    let mut out = Vec::new();
    let mut start = from;
    let mut next = numbering.next;
    numbered_start(cx, from, &mut next);
    for f in from..to {
        // A paragraph number alone on its line (PyMuPDF, pdftotext) is followed by its text.
        let bare_number = paragraph_number(cx, f).is_some_and(|(_, s)| s.end == cx.span(f).end);
        // The sequence is followed on every line, whatever else ends the block.
        let numbered = !bare_number && f + 1 < to && numbered_start(cx, f + 1, &mut next);
        if f + 1 == to
            || (!bare_number
                && ((!cx.continues(f) && !first_line_goes_on(cx, f) && !lower_case_goes_on(cx, f))
                    || numbered
                    || (!marked && sentence_break(cx, f, next))))
        {
            out.push((start, f + 1));
            start = f + 1;
        }
    }
    out
}

/// True when flow line `f` ends with `;` or `,` and the next line, with no blank line between,
/// begins in lower case: a paragraph does not begin so, whatever the width of the line says.
fn lower_case_goes_on(cx: &Ctx<'_>, f: usize) -> bool {
    f + 1 < cx.len()
        && !cx.strong_break_before(f + 1)
        && cx.s(f).trim_end().ends_with([';', ','])
        && starts_lowercase(cx.s(f + 1))
}

/// True when flow line `f`, the first line of a numbered paragraph, goes on to the next
/// although it looks a little short: the text of a numbered paragraph's first line starts at a
/// tab stop after the number, so it holds less than a full line (pdftotext prints the number
/// on a line of its own, Tika with one space for the tab). The next line must read as the
/// paragraph's (full, or in lower case).
fn first_line_goes_on(cx: &Ctx<'_>, f: usize) -> bool {
    let numbered = paragraph_number(cx, f).is_some()
        || (f > 0 && paragraph_number(cx, f - 1).is_some_and(|(_, s)| s.end == cx.span(f - 1).end));
    if !numbered || f + 1 >= cx.len() || cx.strong_break_before(f + 1) {
        return false;
    }
    let next = cx.s(f + 1);
    let need = cx.line(f).width + metrics::SPACE + cx.unit_width(f + 1) + cx.scan.column_width / 16;
    need * 100 > cx.scan.column_width * 99 && (starts_lowercase(next) || cx.is_full(f + 1, false))
}

/// True when the extraction marks where paragraphs end: Word's paragraph mark as a second
/// trailing space (Tika on Word files), or blank lines between paragraphs (pdfminer). The
/// blank lines are judged on the lines that plainly end a paragraph — short, ending with a full
/// stop, the next line capitalized and full (a paragraph's first line), on the same page (a
/// page break and what was set aside there are no evidence, and fixes change them) — four in
/// five of which must have one. Where the ends are marked, a full line is not taken for a paragraph end on
/// its wording alone (see [`sentence_break`]).
fn marks_paragraph_ends(cx: &Ctx<'_>) -> bool {
    let (mut ends, mut blank, mut word_marks) = (0usize, 0usize, 0usize);
    for f in 0..cx.len().saturating_sub(1) {
        if !ends_full_stop(cx.s(f)) {
            continue;
        }
        word_marks += usize::from(cx.line(f).trailing >= 2);
        let g = cx.gap(f + 1);
        // The cheap tests first: a fit measures the next line's first word.
        if !g.page_break
            && g.removed().is_none()
            && cx.s(f + 1).chars().next().is_some_and(char::is_uppercase)
            && !cx.is_full(f, false)
            && cx.is_full(f + 1, false)
        {
            ends += 1;
            blank += usize::from(cx.strong_break_before(f + 1));
        }
    }
    word_marks >= 3 || (ends >= 3 && blank * 5 >= ends * 4)
}

/// True when a paragraph ends after flow line `f` although the line is full: it ends with a
/// full stop and the next line begins with a capital, in a body that does not number its
/// paragraphs (those start with their number). A full last line leaves no other trace in most
/// extractions, and a sentence that ends exactly at a full line inside a paragraph is rarer
/// (on the generated corpus, about one in ten of these breaks).
fn sentence_break(cx: &Ctx<'_>, f: usize, next_number: u32) -> bool {
    next_number == 0
        && f + 1 < cx.len()
        && ends_full_stop(cx.s(f))
        && cx.s(f + 1).chars().next().is_some_and(char::is_uppercase)
}

/// True when a line ends with a full stop, question or exclamation mark (maybe quoted, maybe
/// followed by a footnote marker).
fn ends_full_stop(s: &str) -> bool {
    super::flow::before_closers(s).ends_with(['.', '!', '?'])
}

fn numbered_start(cx: &Ctx<'_>, f: usize, next: &mut u32) -> bool {
    let Some((n, _)) = in_sequence(cx, f, *next) else { return false };
    *next = n + 1;
    true
}

/// body: the blocks of flow lines `from..to` — paragraphs, numbered or not, and subheadings.
pub fn body(
    cx: &mut Ctx<'_>,
    from: usize,
    to: usize,
    numbering: &mut Numbering,
    state: &mut RefState,
) -> Vec<Block> {
    if from >= to {
        return Vec::new();
    }
    let ranges = displaced_numbers(cx, split(cx, from, to, numbering), numbering.next);
    // A block a range: no spare room in what may be the longest list of the tree.
    let mut out = Vec::with_capacity(ranges.len());
    for (k, &(a, b, at)) in ranges.iter().enumerate() {
        let number = numbering.at(cx, at);
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

/// Block ranges `(from, to, number_line)`: the line a block's paragraph number is on, its
/// first line but where pdfminer printed the number inside the paragraph — alone on a line,
/// next in sequence, after a line that does not end a sentence and before one that goes on
/// with it in lower case or with a number (`…opened on Monday,` ⏎ `1.` ⏎ `26 February 2024,
/// at 9 a.m., …`), or after a line ending with a word no sentence ends with (`…report to the`
/// ⏎ `8.` ⏎ `Environment Assembly …`). A capital after the number is not enough otherwise:
/// pdftotext prints a subheading, the number alone and the paragraph the same way (`Reports of
/// the Office …` ⏎ `8.` ⏎ `Pursuant …`). The block that the number begins then joins the one
/// before.
fn displaced_numbers(cx: &Ctx<'_>, ranges: Vec<(usize, usize)>, mut next: u32) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        let numbered = in_sequence(cx, a, next);
        if let Some((n, _)) = numbered {
            next = n + 1;
        }
        let number = numbered.filter(|&(_, s)| s.end == cx.span(a).end);
        let joins = number.is_some()
            && b > a + 1
            && out.last().is_some_and(|&(pa, pb, pat)| {
                pat == pa
                    && paragraph_number(cx, pa).is_none()
                    && !super::flow::ends_sentence(cx.s(pb - 1))
                    && (cx.s(a + 1).chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                        || super::ends_with_connective(cx.s(pb - 1)))
            });
        match out.last_mut() {
            Some(last) if joins => *last = (last.0, b, a),
            _ => out.push((a, b, a)),
        }
    }
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
///
/// An entry is `Description (SYMBOL)`, on as many lines as it takes, or, in the two-column
/// tables of the Human Rights Council and others, `SYMBOL   Description`: a line that begins
/// with a symbol starts an entry, and the description's lines go on until the next one.
pub fn documentation(cx: &mut Ctx<'_>, h: usize, to: usize, state: &mut RefState) -> Documentation {
    let heading = Text::new(fold_whitespace(cx.s(h)), cx.span(h));
    let mut entries = Vec::new();
    let mut start = h + 1;
    // Where the symbol ends that begins the entry begun at `start`, if one does (each line is
    // asked once, and the entry is told the answer).
    let mut symbol_first = if start < to { symbol_at_start(cx.s(start)) } else { None };
    for f in h + 1..to {
        let next_starts = if f + 1 < to { symbol_at_start(cx.s(f + 1)) } else { None };
        let ends = f + 1 == to
            || next_starts.is_some()
            || symbol_first.is_none() && (symbol_at_end(cx.s(f)).is_some() || !cx.continues(f));
        if ends {
            entries.push(entry(cx, start, f + 1, symbol_first, state));
            start = f + 1;
            symbol_first = next_starts;
        }
    }
    cx.take(h, to);
    let end = entries.last().map_or(heading.span.end, |e: &DocEntry| e.span.end);
    Documentation { span: Span::new(heading.span.start, end), entries, heading }
}

/// The entry on flow lines `from..to`; `symbol_first` is where the symbol ends that begins its
/// first line, if one does ([`symbol_at_start`]).
fn entry(
    cx: &Ctx<'_>,
    from: usize,
    to: usize,
    symbol_first: Option<usize>,
    state: &mut RefState,
) -> DocEntry {
    let mut text = String::with_capacity(cx.span(to - 1).end.saturating_sub(cx.span(from).start));
    for f in from..to {
        let span = cx.span(f);
        let refs = refs::find(cx, span, state);
        append_line(cx.text, span, &refs, &mut text);
    }
    let span = Span::new(cx.span(from).start, cx.span(to - 1).end);
    let last = cx.s(to - 1);
    if let Some((open, close)) = symbol_at_end(last) {
        let base = cx.span(to - 1).start;
        let symbol = fold_whitespace(&last[open + 1..close]);
        let cut = text.len() - (last.len() - open);
        let description = text.get(..cut).map(|d| d.trim_end().to_string()).unwrap_or_default();
        return DocEntry {
            description,
            symbol: Some(symbol),
            span,
            symbol_span: Some(Span::new(base + open + 1, base + close)),
        };
    }
    let first = cx.s(from);
    let symbol_first = symbol_first.and_then(|end| Some((&first[..end], text.strip_prefix(&first[..end])?)));
    match symbol_first {
        Some((symbol, rest)) => DocEntry {
            description: fold_whitespace(rest),
            symbol: Some(symbol.to_string()),
            span,
            symbol_span: Some(Span::new(span.start, span.start + symbol.len())),
        },
        None => DocEntry { description: text, symbol: None, span, symbol_span: None },
    }
}

/// A line that begins with a document symbol set apart from what follows (grammar `doc-entry`,
/// `column-gap`) — by a tab, two spaces or more, the line's end, or one space before a capital,
/// as extractors that close up columns print it (`A/HRC/58/2 Annual report …`): the end of
/// the symbol.
pub fn symbol_at_start(s: &str) -> Option<usize> {
    let end = s.find(is_space).unwrap_or(s.len());
    if end == 0 || !crate::scan::looks_like_symbol(&s[..end]) {
        return None;
    }
    let mut after = s[end..].chars();
    let apart = match (after.next(), after.next()) {
        (Some(' '), Some(c)) => is_space(c) || c.is_uppercase(),
        // The line's end, a tab or another space character.
        _ => true,
    };
    apart.then_some(end)
}

/// A line ending with `(SYMBOL)` (maybe followed by a full stop): the offsets of the brackets.
/// The opening bracket is the one the last closes, so a symbol with a parenthetical part of
/// its own stays whole (`(DP/FPA/2026/7 (Part I))`).
pub fn symbol_at_end(s: &str) -> Option<(usize, usize)> {
    let t = s.trim_end_matches(['.', ';', ' ']);
    if !t.ends_with(')') {
        return None;
    }
    let close = t.len() - 1;
    let open = matching_open(&t[..close])?;
    let inner = &t[open + 1..close];
    inner
        .split([',', ';'])
        .map(|p| p.trim().trim_end_matches(['.', ' ']))
        .all(|p| crate::scan::looks_like_symbol(p) || crate::symbol::has_own_parenthetical(p))
        .then_some((open, close))
}

/// The offset of the `(` that a `)` right after `s` closes, brackets nested inside skipped.
fn matching_open(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in s.bytes().enumerate().rev() {
        match b {
            b')' => depth += 1,
            b'(' if depth == 0 => return Some(i),
            b'(' => depth -= 1,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_stops() {
        assert!(ends_full_stop("completed since the ninth session."));
        assert!(ends_full_stop("of the application2."));
        assert!(ends_full_stop("pour prévenir la corruption »."));
        assert!(!ends_full_stop("the following functions:"));
        assert!(!ends_full_stop("will be opened on Monday,"));
    }

    #[test]
    fn symbols_that_begin_a_documentation_entry() {
        // Set apart by a column gap, a tab, the line's end, or one space before a capital.
        assert_eq!(symbol_at_start("A/HRC/58/2           Annual report"), Some(10));
        assert_eq!(symbol_at_start("A/HRC/58/1/Add.1\tProgramme of work"), Some(16));
        assert_eq!(symbol_at_start("E/CN.7/2025/1"), Some(13));
        assert_eq!(symbol_at_start("A/HRC/58/2 Annual report of the High Commissioner"), Some(10));
        // Not a symbol first: a description, a symbol going on in lower case, a bracketed one.
        assert_eq!(symbol_at_start("Annual report (A/HRC/58/2)"), None);
        assert_eq!(symbol_at_start("A/79/150 and Add.1"), None);
        assert_eq!(symbol_at_start("(A/79/150)"), None);
        assert_eq!(symbol_at_start("1.  Opening of the session"), None);
    }

    #[test]
    fn symbols_with_a_part_of_their_own_end_an_entry() {
        let line = "Report of the Executive Director: part one (DP/FPA/2025/4 (Part I))";
        let (open, close) = symbol_at_end(line).unwrap();
        assert_eq!(&line[open + 1..close], "DP/FPA/2025/4 (Part I)");
        let line = "Statistical and financial review (DP/FPA/2025/4 (Part I)/Add.1)";
        let (open, close) = symbol_at_end(line).unwrap();
        assert_eq!(&line[open + 1..close], "DP/FPA/2025/4 (Part I)/Add.1");
        assert!(symbol_at_end("Resolution on human rights (A/RES/217 (III))").is_some());
        // A bracket in the description, or a part that is no symbol's, is not taken.
        assert_eq!(symbol_at_end("Report (first part) (A/80/12)").map(|(o, _)| o), Some(20));
        assert_eq!(symbol_at_end("Report (A/80/12 (see annex))"), None);
        assert_eq!(symbol_at_end("Report (in preparation)"), None);
    }
}
