//! The page left in the text, line by line: A604 page-furniture.
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
//! repetition (or, printed once with a title, by the document's title), and one left alone
//! after the others went would read as text.

use crate::declare_rule;
use crate::finding::{Applicability, Edit, Finding, Fix};
use crate::lint::{Context, finding};
use crate::model::{Document, FurnitureKind};
use crate::span::Span;

use super::Sink;
use super::pass::{RawLine, Role};

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

/// Stray page-start spaces (page-break furniture that is not a form feed), sorted.
pub(super) fn stray_spaces(text: &str, doc: &Document) -> Vec<Span> {
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
             the parser knows them by their repetition, and one of them cannot go here",
        ),
        None => f.with_help(
            "delete the lines by hand once the page ends are marked otherwise: here they are the only \
             mark of a page end below footnotes, or lines of spaces around them carry paragraph breaks",
        ),
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
}
