//! The invariants every input must keep, checked in one place so that the property tests and
//! the fuzz target (`fuzz/fuzz_targets/pipeline.rs` includes this file by path) check the same
//! thing: parse, walk every span of the tree, serialize it, lint, check every finding, apply
//! the fixes and run every renderer; then parse again without paragraph text, as the lint
//! command does, and check that only that text differs and the findings are the same. A panic
//! anywhere is a failure of the caller; a broken invariant is returned as a list of readable
//! problems.
//!
//! Span invariants (PRODUCT.md "JSON contract", CONVENTIONS.md "Tests"): every span lies
//! inside the input and on character boundaries of the decoded text; the spans of siblings
//! (items of a list, sub-items of an item, blocks of a body, annotations, days, slots, entries
//! of a slot, footnotes, furniture …) are in order and do not overlap. An input of several
//! documents (`Document::following`): their spans cover the input one after another, and every
//! span of a document lies inside the document's.

use agendum::model::{AnnotationSub, Block, Day, Document, Item, SubItem};
use agendum::render::{FileReport, Format, RenderOptions, Renderer, render_all};
use agendum::{Finding, LintOptions, ParseOptions, Source, Span};

/// Sibling groups the parser is known to break, each with the input in
/// `tests/fixtures/regressions/` that shows it (see the README there): [`check`] skips the
/// order check of these groups, [`check_strict`] does not. A test fails once a listed input
/// no longer breaks its group, so that the entry is removed when the parser is fixed.
pub const KNOWN_SIBLING_EXCEPTIONS: &[(&str, &str)] = &[
    ("days", "days-interleaved.txt"),
    ("footnotes", "footnotes-interleaved.txt"),
    ("annotations", "annotations-in-columns.txt"),
    ("annotation sub-items", "annotation-subs-in-columns.txt"),
];

/// Parse, lint, fix and render `raw`; the broken invariants, if any, but for the known
/// exceptions.
pub fn check(raw: &[u8]) -> Result<(), Vec<String>> {
    check_skipping(raw, &KNOWN_SIBLING_EXCEPTIONS.iter().map(|&(group, _)| group).collect::<Vec<_>>())
}

/// [`check`] without the known exceptions.
pub fn check_strict(raw: &[u8]) -> Result<(), Vec<String>> {
    check_skipping(raw, &[])
}

fn check_skipping(raw: &[u8], skip: &[&str]) -> Result<(), Vec<String>> {
    let source = Source::new(raw);
    let doc = agendum::parse(&source);
    let mut walk = Walk { text: source.text(), problems: Vec::new(), skip, bounds: None };
    walk.document(&doc);
    if let Err(e) = serde_json::to_vec(&doc) {
        walk.problems.push(format!("the document does not serialize: {e}"));
    }
    let findings = agendum::lint(&source, &doc, &LintOptions::default());
    walk.findings("finding", &findings);
    let _ = agendum::fix::apply(&source, &findings, true);
    walk.problems.extend(render_everything(&source, &findings));
    walk.problems.extend(lean_parse_problems(&source, &doc, &findings));
    if walk.problems.is_empty() { Ok(()) } else { Err(walk.problems) }
}

/// What differs when `source` is parsed without paragraph text ([`ParseOptions::for_lint`]):
/// the tree must be `doc` with every paragraph's text left empty, each paragraph's text made
/// from the input must be the one `doc` holds, and the findings must be `findings`, also when
/// the documents are parsed and linted as the command does (`lint_source`: in parallel on the
/// global thread pool when the input holds several).
pub fn lean_parse_problems(source: &Source<'_>, doc: &Document, findings: &[Finding]) -> Vec<String> {
    let mut problems = Vec::new();
    let lean = agendum::parse_with(source, ParseOptions::for_lint());
    let (Ok(mut want), Ok(got)) = (serde_json::to_value(doc), serde_json::to_value(&lean)) else {
        return vec!["the document does not serialize".to_string()];
    };
    let paragraphs = empty_paragraph_texts(&mut want);
    if got != want {
        problems.push(format!(
            "parsed without paragraph text, the tree differs from the full one ({paragraphs} paragraphs)"
        ));
    }
    let texts = all_paragraphs(doc).into_iter().map(|p| p.text.as_str());
    let made: Vec<String> = all_paragraphs(&lean).into_iter().map(|p| p.text_in(source.text())).collect();
    if !texts.eq(made.iter().map(String::as_str)) {
        problems
            .push("a paragraph's text made from the input is not the one the full parse gives".to_string());
    }
    if agendum::lint(source, &lean, &LintOptions::default()) != findings {
        problems.push("parsed without paragraph text, the findings differ".to_string());
    }
    let (found, shown) = agendum::lint::lint_source(source, &LintOptions::default(), |span, _| span);
    if found != findings {
        problems.push("linted as the command lints (lint_source), the findings differ".to_string());
    }
    let spans = agendum::parser::documents(source);
    if shown != spans {
        problems.push(format!("lint_source showed the documents {shown:?}, not {spans:?}"));
    }
    problems
}

/// The paragraphs of a document and of the documents that follow it.
fn all_paragraphs(doc: &Document) -> Vec<&agendum::model::Paragraph> {
    std::iter::once(doc).chain(&doc.following).flat_map(Document::paragraphs).collect()
}

/// Empty the `text` of every paragraph block of a serialized document; how many there were.
fn empty_paragraph_texts(value: &mut serde_json::Value) -> usize {
    match value {
        serde_json::Value::Object(map) => {
            let mut n = 0;
            if map.get("kind").and_then(|k| k.as_str()) == Some("paragraph")
                && let Some(text) = map.get_mut("text")
            {
                *text = serde_json::Value::String(String::new());
                n += 1;
            }
            n + map.values_mut().map(empty_paragraph_texts).sum::<usize>()
        }
        serde_json::Value::Array(items) => items.iter_mut().map(empty_paragraph_texts).sum(),
        _ => 0,
    }
}

/// Render the findings in every format, with and without statistics; the renderers that
/// failed or wrote what their format forbids.
pub fn render_everything(source: &Source<'_>, findings: &[Finding]) -> Vec<String> {
    let mut problems = Vec::new();
    let report = FileReport { path: "input.txt", source, findings };
    for format in Format::ALL {
        for statistics in [false, true] {
            let mut options = RenderOptions::new(format);
            options.statistics = statistics;
            // The miette report, once in color on a narrow terminal.
            options.color = statistics;
            options.width = if statistics { 24 } else { 100 };
            let mut out = Vec::new();
            if let Err(e) = render_all(&Renderer::new(options), &[report], &mut out) {
                problems.push(format!("render {} (statistics {statistics}): {e}", format.name()));
                continue;
            }
            // With `--statistics`, SARIF has no place for the table: it prints the human one.
            let json = format == Format::Json || (format == Format::Sarif && !statistics);
            if json && serde_json::from_slice::<serde_json::Value>(&out).is_err() {
                problems
                    .push(format!("render {} (statistics {statistics}): not one JSON value", format.name()));
            }
            if format == Format::JsonLines {
                for line in out.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                    if serde_json::from_slice::<serde_json::Value>(line).is_err() {
                        problems.push(format!("render json-lines: a line is not JSON: {line:?}"));
                        break;
                    }
                }
            }
        }
    }
    problems
}

/// Walks a tree and collects what is wrong with its spans.
pub struct Walk<'a> {
    /// The decoded text the spans point into.
    pub text: &'a str,
    /// What is wrong, one line each.
    pub problems: Vec<String>,
    /// Sibling groups whose order is not checked.
    pub skip: &'a [&'a str],
    /// The span of the document being walked.
    pub bounds: Option<Span>,
}

impl Walk<'_> {
    /// A span must lie inside the text, start before it ends, and cut no character.
    pub fn span(&mut self, what: &str, span: Span) {
        let ok = span.start <= span.end
            && span.end <= self.text.len()
            && self.text.is_char_boundary(span.start)
            && self.text.is_char_boundary(span.end);
        if let Some(b) = self.bounds
            && ok
            && !(b.start <= span.start && span.end <= b.end)
        {
            self.problems.push(format!(
                "{what}: span {}..{} outside its document's {}..{}",
                span.start, span.end, b.start, b.end
            ));
        }
        if !ok {
            self.problems.push(format!(
                "{what}: span {}..{} outside the input or inside a character (len {})",
                span.start,
                span.end,
                self.text.len()
            ));
        }
    }

    /// Spans of siblings must be in order and must not overlap.
    pub fn siblings(&mut self, what: &str, spans: impl IntoIterator<Item = Span>) {
        if self.skip.contains(&what) {
            return;
        }
        let mut previous: Option<Span> = None;
        for (i, span) in spans.into_iter().enumerate() {
            if let Some(p) = previous
                && span.start < p.end
            {
                self.problems.push(format!(
                    "{what}: sibling {i} at {}..{} starts before sibling {} ends at {}..{}",
                    span.start,
                    span.end,
                    i - 1,
                    p.start,
                    p.end
                ));
            }
            previous = Some(span);
        }
    }

    /// Every span of a document and of the documents that follow it, and the order of every
    /// sibling group.
    pub fn document(&mut self, doc: &Document) {
        let all: Vec<&Document> = std::iter::once(doc).chain(&doc.following).collect();
        let mut at = 0;
        for (i, d) in all.iter().enumerate() {
            if d.span.start != at || d.span.end < d.span.start || (i > 0 && !d.following.is_empty()) {
                self.problems.push(format!("document {i}: span {:?} does not follow on at {at}", d.span));
            }
            at = d.span.end;
        }
        if at != self.text.len() {
            self.problems.push(format!("the documents end at {at}, not at the end of the input"));
        }
        for d in all {
            self.bounds = Some(d.span);
            self.one(d);
        }
        self.bounds = None;
    }

    /// Every span of one document, and the order of every sibling group.
    fn one(&mut self, doc: &Document) {
        if let Some(t) = &doc.title {
            self.span("title", t.span);
        }
        if let Some(m) = &doc.masthead {
            self.span("masthead", m.span);
            let s = &m.spans;
            for span in
                [s.symbol, s.distribution, s.date, s.original_language, s.job_number, s.barcode, s.item_line]
                    .into_iter()
                    .flatten()
            {
                self.span("masthead field", span);
            }
        }
        self.blocks("intro", &doc.intro);
        if let Some(agenda) = &doc.agenda {
            self.span("agenda", agenda.span);
            self.span("agenda heading", agenda.heading.span);
            self.siblings("agenda items", agenda.items.iter().map(|i| i.span));
            for item in &agenda.items {
                self.item(item);
            }
        }
        if let Some(h) = &doc.annotations_heading {
            self.span("annotations heading", h.span);
        }
        self.blocks("annotations intro", &doc.annotations_intro);
        self.siblings("annotations", doc.annotations.iter().map(|a| a.span));
        for a in &doc.annotations {
            for span in [a.span, a.heading_span, a.number_span, a.title_span] {
                self.span("annotation", span);
            }
            if let Some(p) = &a.punct {
                self.span("annotation punctuation", p.span);
            }
            self.blocks("annotation body", &a.body);
            self.annotation_subs(&a.sub_items);
        }
        self.blocks("closing", &doc.closing);
        self.siblings("footnotes", doc.footnotes.iter().map(|f| f.span));
        for f in &doc.footnotes {
            self.span("footnote", f.span);
            self.span("footnote marker", f.marker_span);
            for &r in &f.references {
                self.span("footnote reference", r);
            }
        }
        for annex in &doc.annexes {
            self.span("annex", annex.span);
            self.span("annex heading", annex.heading.span);
            for t in annex.title.iter().chain(&annex.original) {
                self.span("annex title", t.span);
            }
            self.blocks("annex body", &annex.body);
            if let Some(schedule) = &annex.schedule {
                self.span("schedule", schedule.span);
                if let Some(h) = &schedule.header {
                    self.span("schedule header", h.span);
                }
                self.siblings("days", schedule.days.iter().map(|d| d.span));
                for day in &schedule.days {
                    self.day(day);
                }
                self.entries("schedule entries", &schedule.entries);
            }
        }
        self.siblings("furniture", doc.furniture.iter().map(|f| f.span));
        for f in &doc.furniture {
            self.span("furniture", f.span);
        }
        self.siblings("pages", doc.pages.iter().map(|p| p.span));
        for p in &doc.pages {
            self.span("page", p.span);
        }
        for s in &doc.symbols {
            self.span("symbol", s.span);
        }
        for u in &doc.unrecognized {
            self.span("unrecognized", u.span);
        }
        self.findings("diagnostic", &doc.diagnostics);
    }

    fn item(&mut self, item: &Item) {
        for span in [item.span, item.number_span, item.title_span] {
            self.span("item", span);
        }
        if let Some(p) = &item.punct {
            self.span("item punctuation", p.span);
        }
        if let Some(g) = &item.group {
            self.span("item group", g.span);
        }
        for r in &item.footnote_refs {
            self.span("item footnote reference", r.span);
        }
        for n in &item.notes {
            self.span("item note", n.span);
        }
        self.sub_items(&item.sub_items);
    }

    fn sub_items(&mut self, subs: &[SubItem]) {
        self.siblings("sub-items", subs.iter().map(|s| s.span));
        for s in subs {
            for span in [s.span, s.marker_span, s.title_span] {
                self.span("sub-item", span);
            }
            if let Some(p) = &s.punct {
                self.span("sub-item punctuation", p.span);
            }
            for r in &s.footnote_refs {
                self.span("sub-item footnote reference", r.span);
            }
            self.sub_items(&s.sub_items);
        }
    }

    fn annotation_subs(&mut self, subs: &[AnnotationSub]) {
        self.siblings("annotation sub-items", subs.iter().map(|s| s.span));
        for s in subs {
            for span in [s.span, s.heading_span, s.marker_span, s.title_span] {
                self.span("annotation sub-item", span);
            }
            if let Some(p) = &s.punct {
                self.span("annotation sub-item punctuation", p.span);
            }
            self.blocks("annotation sub-item body", &s.body);
            self.annotation_subs(&s.sub_items);
        }
    }

    fn blocks(&mut self, what: &str, blocks: &[Block]) {
        self.siblings(what, blocks.iter().map(Block::span));
        for block in blocks {
            self.span(what, block.span());
            match block {
                Block::Paragraph(p) => {
                    for r in &p.footnote_refs {
                        self.span("paragraph footnote reference", r.span);
                    }
                    for &s in p.number_span.iter().chain(&p.breaks).chain(&p.lines) {
                        self.span("paragraph part", s);
                    }
                }
                Block::Documentation(d) => {
                    self.span("documentation heading", d.heading.span);
                    self.siblings("documentation entries", d.entries.iter().map(|e| e.span));
                    for e in &d.entries {
                        self.span("documentation entry", e.span);
                        if let Some(s) = e.symbol_span {
                            self.span("documentation symbol", s);
                        }
                    }
                }
                Block::Subheading(_) => {}
            }
        }
    }

    fn day(&mut self, day: &Day) {
        self.span("day", day.span);
        self.span("day label", day.label_span);
        self.siblings("slots", day.slots.iter().map(|s| s.span));
        for slot in &day.slots {
            self.span("slot", slot.span);
            self.span("slot time", slot.time_span);
            self.entries("slot entries", &slot.entries);
        }
    }

    fn entries(&mut self, what: &str, entries: &[agendum::model::Entry]) {
        self.siblings(what, entries.iter().map(|e| e.span));
        for e in entries {
            for span in [e.span, e.ref_span, e.title_span].into_iter().chain(e.continued_span) {
                self.span("entry", span);
            }
        }
    }

    /// Findings: their spans, their labels' spans and their fixes' edits.
    pub fn findings(&mut self, what: &str, findings: &[Finding]) {
        for f in findings {
            let what = format!("{what} {}", f.code);
            self.span(&what, f.span);
            for l in &f.labels {
                self.span(&format!("{what} label"), l.span);
            }
            for e in f.fix.iter().flat_map(|fix| &fix.edits) {
                self.span(&format!("{what} fix edit"), e.span);
            }
        }
    }
}
