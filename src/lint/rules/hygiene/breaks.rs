//! The page left in the paragraphs: A605 broken-paragraph and A606
//! flattened-footnote-marker.
//!
//! Every fix here must leave a text the front end still reads into the same pages and
//! paragraphs, because page furniture is how it finds page ends in extracts without form feeds
//! (Tika's link lines and the stray space that starts a page) and where footnote blocks stop.
//!
//! **A605** reports each paragraph cut by a page break, footnotes or furniture (the parser's
//! `Paragraph::breaks`). Its safe fix moves every interruption, byte for byte, to the start of
//! the first non-empty line after the paragraph: the paragraph's lines then follow each other,
//! and the page ends after it. The stray space of a Tika page start travels with the
//! interruption and lands before that next line, where it again marks the page start. Where
//! the interruption holds a running header that A604's fix deletes, A605 offers its fix only
//! once that is done: fixes that overlap wait for the next round, and a running header that
//! stayed while the others went would no longer read as one.
//!
//! **A606** reports footnote markers the parser read after a space (`controls. 1`); the fix
//! removes the space, which leaves the marker glued as `controls.1`, read silently.

use crate::declare_rule;
use crate::finding::{Applicability, Edit, Fix};
use crate::lint::{Context, finding};
use crate::model::{Document, FootnoteRef, FurnitureKind, SubItem};
use crate::span::Span;

use super::Sink;
use super::furniture::stray_spaces;
use super::pass::{chunk_end, is_hspace};

declare_rule! {
    /// A paragraph cut by a page break or a footnote block.
    ///
    /// ## What it checks
    /// A paragraph whose sentence continues after a page break, footnotes or link lines.
    ///
    /// ## Why
    /// The parser re-joins it, but the text file still has the two halves apart.
    ///
    /// ## Example
    /// `…implementation of comprehensive` / footnotes / `firearms control regimes, …`
    ///
    /// ## How to fix
    /// Move the interruption after the paragraph (the fix does it, keeping every line).
    pub static A605 = { code: "A605", name: "broken-paragraph", family: Hygiene, severity: Info, fix: Safe };
}

declare_rule! {
    /// A footnote marker flattened into the text with a space.
    ///
    /// ## What it checks
    /// A superscript footnote marker that the extractor printed as an ordinary number after a
    /// space (`controls. 1`). Markers glued to the text (`issues.2`) are read silently.
    ///
    /// ## Why
    /// The spaced number reads as part of the sentence.
    ///
    /// ## Example
    /// `strengthening national transfer and licensing controls. 1`
    ///
    /// ## How to fix
    /// Remove the space (the fix does it).
    pub static A606 = { code: "A606", name: "flattened-footnote-marker", family: Hygiene, severity: Info, fix: Safe };
}

/// Every footnote reference of the document: in paragraphs and in agenda titles.
pub fn footnote_refs(doc: &Document) -> impl Iterator<Item = &FootnoteRef> {
    fn sub<'d>(items: &'d [SubItem], out: &mut Vec<&'d FootnoteRef>) {
        for s in items {
            out.extend(&s.footnote_refs);
            sub(&s.sub_items, out);
        }
    }
    let mut titles = Vec::new();
    for item in doc.agenda.iter().flat_map(|a| &a.items) {
        titles.extend(&item.footnote_refs);
        sub(&item.sub_items, &mut titles);
    }
    doc.paragraphs().into_iter().flat_map(|p| &p.footnote_refs).chain(titles)
}

/// The start of the line after the one holding `at`.
fn next_line(text: &str, at: usize) -> usize {
    memchr::memchr(b'\n', text.as_bytes().get(at..).unwrap_or(b"")).map_or(text.len(), |i| at + i + 1)
}

/// A605: paragraphs cut by page breaks, footnotes or furniture. `furniture` are the runs of
/// page furniture with a running header that A604's fixes delete: a paragraph they cut gets its
/// fix once they are gone, since the front end finds running headers by their repetition and a
/// header left alone after the others went would read as text.
pub fn broken_paragraphs(cx: &Context<'_>, furniture: &[Span], sink: &mut Sink<'_, '_>) {
    let text = cx.source.text();
    let doc = cx.doc;
    let strays = stray_spaces(text, doc);
    let mut notes: Vec<Span> = doc.footnotes.iter().map(|f| f.span).collect();
    notes.sort_by_key(|s| s.start);
    let mut pieces: Vec<Span> = doc
        .furniture
        .iter()
        .filter(|f| {
            !matches!(
                f.kind,
                FurnitureKind::PageBreak | FurnitureKind::FootnoteSeparator | FurnitureKind::ByteOrderMark
            )
        })
        .map(|f| f.span)
        .collect();
    pieces.sort_by_key(|s| s.start);
    for p in doc.paragraphs().into_iter().filter(|p| !p.breaks.is_empty()) {
        let mut moves: Vec<(Span, String)> = Vec::new();
        let mut labels = Vec::new();
        let mut whats: Vec<&str> = Vec::new();
        let mut fixable = true;
        let mut waits = false;
        for br in &p.breaks {
            // The paragraph's lines are in order: the last before the break and the first
            // after it are found by halving (a paragraph cut by every page of a long document
            // would otherwise search its lines once a break).
            let before = p.lines[..p.lines.partition_point(|l| l.end <= br.start)].last();
            let after = p.lines.get(p.lines.partition_point(|l| l.start < br.end));
            let (Some(before), Some(after)) = (before, after) else {
                fixable = false;
                continue;
            };
            labels.push(Span::new(after.start, chunk_end(text, after.start).max(after.start)));
            let a = next_line(text, before.end);
            let mut body = after.start;
            while body > a && matches!(text.as_bytes()[body - 1], b' ' | b'\t') {
                body -= 1;
            }
            let stray = strays
                .binary_search_by_key(&body, |s| s.start)
                .ok()
                .map(|i| strays[i])
                .filter(|s| s.end <= after.start);
            let b = stray.map_or(body, |s| s.end);
            if a > b {
                fixable = false;
                continue;
            }
            for w in interruption(&notes, &pieces, Span::new(a, b)) {
                if !whats.contains(&w) {
                    whats.push(w);
                }
            }
            if any_overlap(furniture, Span::new(a, b)) {
                waits = true;
            }
            let moved = text.get(a..b).unwrap_or("");
            moves.push((Span::new(a, b), settle(moved, stray.is_some())));
        }
        let last = p.lines.last().copied().unwrap_or(p.span);
        let q = first_nonblank_line(text, next_line(text, last.end));
        if moves.iter().any(|(s, _)| s.end > q) || moves.windows(2).any(|w| w[0].0.end > w[1].0.start) {
            fixable = false;
        }
        let what = match whats.as_slice() {
            [] => "a page break".to_string(),
            [one] => (*one).to_string(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        let first = p.breaks[0];
        // The help names what to move: `the page break`, `the footnotes` …
        let moved = if whats.is_empty() { "page break" } else { what.as_str() };
        let help = if waits {
            format!(
                "move the {moved} after the end of the paragraph (the fix does it once the page furniture is gone)"
            )
        } else {
            format!("move the {moved} after the end of the paragraph")
        };
        let mut f = finding(&A605, format!("paragraph cut by {what}"), first).with_help(help);
        for l in labels {
            f = f.with_label("the paragraph continues here", l);
        }
        if fixable && !waits && !moves.is_empty() {
            f = f.with_fix(move_after(text, moves, q));
        }
        sink.emit(f);
    }
}

/// What interrupts a paragraph in `region`: footnotes, page furniture. Both lists are sorted.
fn interruption(notes: &[Span], furniture: &[Span], region: Span) -> Vec<&'static str> {
    let inside = |spans: &[Span]| {
        let i = spans.partition_point(|s| s.start < region.start);
        spans.get(i).is_some_and(|s| region.contains(*s))
    };
    let mut out = Vec::new();
    if inside(notes) {
        out.push("footnotes");
    }
    if inside(furniture) {
        out.push("page furniture");
    }
    out
}

/// True when a span of the sorted list `spans` overlaps `region`.
fn any_overlap(spans: &[Span], region: Span) -> bool {
    let i = spans.partition_point(|s| s.end <= region.start);
    spans.get(i).is_some_and(|s| s.overlaps(region))
}

/// The interruption as it will be inserted. A stray page-start space at its end would stack on
/// the indentation of the line it lands before, or make a line of spaces before the next
/// interruption: it moves to the end of the interruption's last line instead.
fn settle(moved: &str, stray: bool) -> String {
    if stray
        && let Some(body) = moved.strip_suffix(' ')
        && let Some(nl) = body.rfind('\n')
    {
        return format!("{} {}", &body[..nl], &body[nl..]);
    }
    moved.to_string()
}

/// The start of the first line at or after `at` that holds more than spaces (a form feed
/// counts as content: it is a page end), or of the last line.
fn first_nonblank_line(text: &str, mut at: usize) -> usize {
    while at < text.len() {
        let end = next_line(text, at);
        let line = &text[at..end];
        if end >= text.len() || !line.chars().all(|c| c == '\n' || c == '\r' || (is_hspace(c))) {
            return at;
        }
        at = end;
    }
    text.len()
}

/// The fix of A605: delete each interruption, insert them all at `q`.
fn move_after(text: &str, moves: Vec<(Span, String)>, q: usize) -> Fix {
    let mut inserted = String::new();
    let count = moves.len();
    let target_indented = text[q..].starts_with([' ', '\t']) || q == text.len();
    let mut edits = Vec::with_capacity(count + 1);
    for (i, (span, settled)) in moves.into_iter().enumerate() {
        let last = i + 1 == count;
        let raw = &text[span.start..span.end];
        // The last interruption keeps its stray space in front of the next line, where it
        // marks the page start again, unless that line is indented already.
        inserted.push_str(if last && !target_indented { raw } else { &settled });
        edits.push(Edit { span, replacement: String::new() });
    }
    if q == text.len() && !text.ends_with('\n') {
        inserted.insert(0, '\n');
    }
    edits.push(Edit { span: Span::empty(q), replacement: inserted });
    Fix { applicability: Applicability::Safe, edits }
}

/// A606: footnote markers printed after a space.
pub fn spaced_markers(cx: &Context<'_>, sink: &mut Sink<'_, '_>) {
    let text = cx.source.text();
    for r in footnote_refs(cx.doc).filter(|r| r.spaced) {
        let before = text.get(..r.span.start).unwrap_or("");
        let trimmed = before.trim_end_matches(is_hspace);
        let gap = Span::new(trimmed.len(), r.span.start);
        if gap.is_empty() {
            continue;
        }
        let word_start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| is_hspace(c) || c == '\n')
            .map_or(0, |(i, c)| i + c.len_utf8());
        sink.emit(
            finding(
                &A606,
                format!(
                    "footnote marker `{}` printed after a space in `{}`",
                    r.marker,
                    &text[word_start..r.span.end]
                ),
                Span::new(gap.start, r.span.end),
            )
            .with_help("remove the space, so that the number reads as the footnote marker it is")
            .with_fix(Fix::replace(Applicability::Safe, gap, "")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_space_settles_before_the_last_line_break() {
        assert_eq!(settle("\n__\n\n 1  note\nhttp://x\n ", true), "\n__\n\n 1  note\nhttp://x \n");
        assert_eq!(settle("\u{c}", false), "\u{c}");
        assert_eq!(first_nonblank_line("a\n \n\t\nb", 2), 6);
        assert_eq!(first_nonblank_line("a\n \n", 2), 2);
    }
}
