//! The page left in the text: A604 page-furniture, A605 broken-paragraph and A606
//! flattened-footnote-marker.
//!
//! Every fix here must leave a text the front end still reads into the same pages and
//! paragraphs, because page furniture is how it finds page ends in extracts without form feeds
//! (Tika's link lines and the stray space that starts a page) and where footnote blocks stop.
//!
//! **A604** reports one finding per run of furniture lines — link lines, running headers and
//! footers, barcodes — with the empty lines between them; never page-break markers, the
//! footnote separator or the masthead's own job number and barcode. The safe fix deletes the
//! run's lines with their line ends, and decides what stands for the page end it marked:
//! - in the middle of a page, nothing: the lines go;
//! - at a page end with a form feed, the empty lines around the run go too and one form feed
//!   is kept, so the lines on either side stay as close as the front end saw them;
//! - at a page end without form feeds (Tika, pypdf, PyMuPDF), the empty lines around the run go
//!   when the next line starts with Tika's stray page-start space (the front end still sees the
//!   page start), or when no footnote block sits on the page (then nothing depends on the page
//!   end). Otherwise — footnotes above the run and no other mark of the page end — the run is
//!   the only thing that stops the footnotes from running into the next page, and no fix is
//!   offered; nor where lines holding only spaces lie around it (Tika's paragraph spacing).
//!
//! Running headers go all together or not at all: the front end knows a header by its
//! repetition, and one left alone after the others went would read as text.
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
use crate::finding::{Applicability, Edit, Finding, Fix};
use crate::lint::text::paragraphs;
use crate::lint::{Context, finding};
use crate::model::{Document, FootnoteRef, FurnitureKind, SubItem};
use crate::span::Span;

use super::Sink;
use super::pass::{RawLine, Role, chunk_end, is_hspace};

declare_rule! {
    /// Page furniture left in the body: headers, footers, barcodes, link dumps.
    ///
    /// ## What it checks
    /// Lines that belong to the page rather than the text — running headers (the symbol),
    /// footers (job number and page counter), barcodes, and hyperlink URLs printed as lines —
    /// one finding per run of such lines. Page-break markers, the footnote separator and the
    /// masthead's job number and barcode are not reported.
    ///
    /// ## Why
    /// The parser sets them aside, but they remain in the text file and in any naive re-use.
    ///
    /// ## Example
    /// `http://undocs.org/CTOC/COP/WG.6/2018/4`, twice, between two paragraphs.
    ///
    /// ## How to fix
    /// Delete the lines (the fix does it, keeping a form feed where the lines marked a page
    /// end). Where the lines are the only mark of a page end below footnotes, in an extract
    /// without form feeds, no fix is offered: deleting them would run the footnotes into the
    /// next page.
    pub static A604 = { code: "A604", name: "page-furniture", family: Hygiene, severity: Info, fix: Safe };
}

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
    paragraphs(doc).flat_map(|p| &p.footnote_refs).chain(titles)
}

/// Stray page-start spaces (page-break furniture that is not a form feed), sorted.
fn stray_spaces(text: &str, doc: &Document) -> Vec<Span> {
    let mut v: Vec<Span> = doc
        .furniture
        .iter()
        .filter(|f| {
            f.kind == FurnitureKind::PageBreak
                && !text.get(f.span.start..f.span.end).unwrap_or("").contains('\u{c}')
        })
        .map(|f| f.span)
        .collect();
    v.sort_by_key(|s| s.start);
    v
}

/// The start of the line after the one holding `at`.
fn next_line(text: &str, at: usize) -> usize {
    memchr::memchr(b'\n', text.as_bytes().get(at..).unwrap_or(b"")).map_or(text.len(), |i| at + i + 1)
}

/// What a run of furniture is made of, for messages: `2 link lines and a running header`.
fn describe(kinds: &[(FurnitureKind, u32)]) -> String {
    let parts: Vec<String> = kinds
        .iter()
        .map(|&(k, n)| {
            let (one, many) = match k {
                FurnitureKind::LinkDump => ("a link line", "link lines"),
                FurnitureKind::RunningHeader => ("a running header", "running headers"),
                FurnitureKind::RunningFooter => ("a running footer", "running footers"),
                FurnitureKind::Barcode => ("a barcode", "barcodes"),
                _ => ("page furniture", "page furniture"),
            };
            if n == 1 { one.to_string() } else { format!("{n} {many}") }
        })
        .collect();
    match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// A run of furniture lines being read.
#[derive(Debug)]
struct Run {
    /// Start of the region a page-end fix may delete: after the last non-empty line before.
    region_start: usize,
    /// The line before the region is text (not furniture or a separator).
    after_text: bool,
    /// Content of the first and last furniture line.
    first: Span,
    last: Span,
    /// Raw start of the first furniture line, start of the line after the last.
    first_line: usize,
    last_next: usize,
    kinds: Vec<(FurnitureKind, u32)>,
    /// Empty lines inside the run; lines of spaces and form feeds anywhere in the region.
    blank_inside: bool,
    spacey: bool,
    form_feed: bool,
}

/// The state of rule A604 through the pass.
pub struct PageFurniture {
    on: bool,
    has_form_feeds: bool,
    page_starts: Vec<usize>,
    separators: Vec<usize>,
    strays: Vec<Span>,
    prev_end: usize,
    prev_text: bool,
    gap_blank: bool,
    gap_spacey: bool,
    gap_form_feed: bool,
    run: Option<Run>,
    /// The runs read: span, description, whether a running header is in it, its fix.
    runs: Vec<(Span, String, bool, Option<Edit>)>,
}

impl PageFurniture {
    /// The rule's state for a document.
    pub fn new(cx: &Context<'_>, on: bool) -> Self {
        let text = cx.source.text();
        let doc = cx.doc;
        let mut separators: Vec<usize> = doc
            .furniture
            .iter()
            .filter(|f| f.kind == FurnitureKind::FootnoteSeparator)
            .map(|f| f.span.start)
            .collect();
        separators.sort_unstable();
        PageFurniture {
            on,
            has_form_feeds: on && memchr::memchr(b'\x0c', text.as_bytes()).is_some(),
            page_starts: doc.pages.iter().skip(1).map(|p| p.span.start).collect(),
            separators,
            strays: if on { stray_spaces(text, doc) } else { Vec::new() },
            prev_end: if text.starts_with('\u{feff}') { 3 } else { 0 },
            prev_text: false,
            gap_blank: false,
            gap_spacey: false,
            gap_form_feed: false,
            run: None,
            runs: Vec::new(),
        }
    }

    /// Read one line.
    pub fn line(&mut self, text: &str, line: &RawLine) {
        if !self.on {
            return;
        }
        if line.is_blank() {
            self.gap_blank = true;
            self.gap_spacey |= line.spacey;
            self.gap_form_feed |= line.body > line.start;
            return;
        }
        let reported = matches!(
            line.role,
            Role::Furniture(
                FurnitureKind::LinkDump
                    | FurnitureKind::RunningHeader
                    | FurnitureKind::RunningFooter
                    | FurnitureKind::Barcode
            )
        ) && !line.masthead;
        if reported {
            let Role::Furniture(kind) = line.role else { return };
            let run = self.run.get_or_insert_with(|| Run {
                region_start: self.prev_end,
                after_text: self.prev_text,
                first: line.content,
                last: line.content,
                first_line: line.start,
                last_next: line.next,
                kinds: Vec::new(),
                blank_inside: false,
                spacey: false,
                form_feed: false,
            });
            if run.first != line.content {
                run.blank_inside |= self.gap_blank;
            }
            run.spacey |= self.gap_spacey;
            run.form_feed |= self.gap_form_feed || line.body > line.start;
            run.last = line.content;
            run.last_next = line.next;
            match run.kinds.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, n)) => *n += 1,
                None => run.kinds.push((kind, 1)),
            }
            self.clear_gap();
            return;
        }
        if let Some(run) = self.run.take() {
            self.report(text, run, Some(line));
        }
        self.prev_end = line.next;
        self.prev_text = line.role == Role::Text;
        self.clear_gap();
    }

    fn clear_gap(&mut self) {
        self.gap_blank = false;
        self.gap_spacey = false;
        self.gap_form_feed = false;
    }

    /// Report the runs; return those holding a running header that the fixes delete.
    ///
    /// Running headers go all together or not at all: the front end knows a header by its
    /// repetition, so a header left alone after the others went would read as text.
    pub fn finish(mut self, text: &str, sink: &mut Sink<'_, '_>) -> Vec<Span> {
        if let Some(run) = self.run.take() {
            self.report(text, run, None);
        }
        let headers_go = self.runs.iter().all(|(_, _, header, edit)| !header || edit.is_some());
        let mut fixed = Vec::new();
        for (span, what, header, edit) in self.runs {
            let edit = if header && !headers_go { None } else { edit };
            if header && edit.is_some() {
                fixed.push(span);
            }
            sink.emit(furniture_finding(span, &what, edit, header && !headers_go));
        }
        fixed
    }

    fn report(&mut self, text: &str, mut run: Run, next: Option<&RawLine>) {
        run.spacey |= self.gap_spacey;
        run.form_feed |= self.gap_form_feed;
        let region = Span::new(run.region_start, next.map_or(text.len(), |l| l.start));
        let at = self.page_starts.partition_point(|&s| s < run.first_line);
        let page_end = run.form_feed || self.page_starts.get(at).is_some_and(|&s| s <= region.end);
        let edit = if !page_end {
            (!run.blank_inside)
                .then(|| Edit { span: Span::new(run.first_line, run.last_next), replacement: String::new() })
        } else if run.spacey {
            None
        } else if run.form_feed {
            Some(Edit { span: region, replacement: "\u{c}".to_string() })
        } else if self.has_form_feeds {
            // The page starts with the form feed of the next line, which stays.
            Some(Edit { span: region, replacement: String::new() })
        } else {
            let stray_next = next.is_some_and(|l| {
                l.indent == 1 && self.strays.binary_search_by_key(&l.body, |s| s.start).is_ok()
            }) && run.after_text;
            let page_start = self.page_starts[..at].last().copied().unwrap_or(0);
            let above = self.separators.partition_point(|&s| s < page_start);
            let footnotes_above = self.separators.get(above).is_some_and(|&s| s < run.first_line);
            (stray_next || !footnotes_above).then(|| Edit { span: region, replacement: String::new() })
        };
        let header = run.kinds.iter().any(|(k, _)| *k == FurnitureKind::RunningHeader);
        self.runs.push((run.first.cover(run.last), describe(&run.kinds), header, edit));
    }
}

/// The A604 finding of a run; `edit` is its fix, if any.
fn furniture_finding(span: Span, what: &str, edit: Option<Edit>, header_kept: bool) -> Finding {
    let f = finding(&A604, format!("page furniture left in the text: {what}"), span);
    match edit {
        Some(edit) => f
            .with_help("delete the lines: they belong to the page, not the text")
            .with_fix(Fix { applicability: Applicability::Safe, edits: vec![edit] }),
        None if header_kept => f.with_help(
            "delete the running headers together, by hand, once the page ends are marked otherwise: \
             the parser knows a header by its repetition, and one of them cannot go here",
        ),
        None => f.with_help(
            "delete the lines by hand once the page ends are marked otherwise: here they are the only \
             mark of a page end below footnotes, or lines of spaces around them carry paragraph breaks",
        ),
    }
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
    for p in paragraphs(doc).filter(|p| !p.breaks.is_empty()) {
        let mut moves: Vec<(Span, String)> = Vec::new();
        let mut labels = Vec::new();
        let mut whats: Vec<&str> = Vec::new();
        let mut fixable = true;
        let mut waits = false;
        for br in &p.breaks {
            let before = p.lines.iter().rev().find(|l| l.end <= br.start);
            let after = p.lines.iter().find(|l| l.start >= br.end);
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
        let help = if waits {
            format!(
                "move the {what} after the end of the paragraph (the fix does it once the page furniture is gone)"
            )
        } else {
            format!("move the {what} after the end of the paragraph")
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
    fn furniture_descriptions() {
        assert_eq!(describe(&[(FurnitureKind::LinkDump, 4)]), "4 link lines");
        assert_eq!(
            describe(&[
                (FurnitureKind::RunningFooter, 1),
                (FurnitureKind::Barcode, 1),
                (FurnitureKind::RunningHeader, 1)
            ]),
            "a running footer, a barcode and a running header"
        );
    }

    #[test]
    fn stray_space_settles_before_the_last_line_break() {
        assert_eq!(settle("\n__\n\n 1  note\nhttp://x\n ", true), "\n__\n\n 1  note\nhttp://x \n");
        assert_eq!(settle("\u{c}", false), "\u{c}");
        assert_eq!(first_nonblank_line("a\n \n\t\nb", 2), 6);
        assert_eq!(first_nonblank_line("a\n \n", 2), 2);
    }
}
