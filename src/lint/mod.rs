//! The lint stage: semantic checks over a parsed [`Document`], each a rule of the registry.
//!
//! Linting never fails: a rule reports [`Finding`]s into an [`Emitter`], which drops findings of
//! disabled rules and applies configured severities. Rules read the document tree and, for the
//! text-hygiene family, the raw text through the [`Source`]; they never re-parse structure.

pub mod registry;
pub mod rules;
pub mod text;

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::datetime::{DateMatch, find_dates};
use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::model::{Language, Paragraph};
use crate::relocate::Relocate;
use crate::source::Source;
use crate::span::Span;
use registry::{RULES, RuleMeta};
use text::Joined;

/// Which rules run, at which severity.
#[derive(Debug, Clone)]
pub struct RuleSet {
    enabled: Vec<bool>,
    severity: Vec<Severity>,
}

impl Default for RuleSet {
    fn default() -> Self {
        RuleSet {
            enabled: vec![true; RULES.len()],
            severity: RULES.iter().map(|r| r.default_severity).collect(),
        }
    }
}

impl RuleSet {
    /// Every rule at its default severity.
    pub fn all() -> Self {
        RuleSet::default()
    }

    /// No rule enabled.
    pub fn none() -> Self {
        RuleSet { enabled: vec![false; RULES.len()], ..RuleSet::default() }
    }

    /// True when the rule runs.
    pub fn is_enabled(&self, rule: &RuleMeta) -> bool {
        self.enabled[rule.index()]
    }

    /// Turn a rule on or off.
    pub fn set_enabled(&mut self, rule: &RuleMeta, on: bool) {
        self.enabled[rule.index()] = on;
    }

    /// The configured severity of a rule.
    pub fn severity(&self, rule: &RuleMeta) -> Severity {
        self.severity[rule.index()]
    }

    /// Set the severity of a rule.
    pub fn set_severity(&mut self, rule: &RuleMeta, severity: Severity) {
        self.severity[rule.index()] = severity;
    }

    /// The enabled rules, in code order.
    pub fn enabled_rules(&self) -> impl Iterator<Item = &'static RuleMeta> + '_ {
        RULES.iter().copied().filter(|r| self.is_enabled(r))
    }
}

/// Options of a lint run.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// Enabled rules and severities.
    pub rules: RuleSet,
    /// Extra words for the split-word lexicon (from the configuration).
    pub extra_words: Vec<String>,
}

/// What a rule sees.
pub struct Context<'a> {
    /// The raw input.
    pub source: &'a Source<'a>,
    /// The parsed document.
    pub doc: &'a Document,
    /// Run options.
    pub options: &'a LintOptions,
    /// The dates found so far in paragraphs (of `doc`, which stay in place while it is
    /// borrowed), by address: a rule before the dates family finds them, and the dates family
    /// takes them (see [`Context::paragraph_dates`]).
    dates: RefCell<FxHashMap<usize, Rc<Vec<DateMatch>>>>,
}

impl<'a> Context<'a> {
    /// What a rule sees of a document.
    pub fn new(source: &'a Source<'a>, doc: &'a Document, options: &'a LintOptions) -> Self {
        Context { source, doc, options, dates: RefCell::default() }
    }

    /// The text of a span.
    pub fn text(&self, span: Span) -> &str {
        self.source.slice(span)
    }

    /// A paragraph of the document as running text: its lines joined. It is made on each call
    /// and not kept, so that a long document's paragraphs are never all held twice: the join
    /// borrows the paragraph's own text where that is the join, and costs a copy of one
    /// paragraph where it is not.
    pub fn paragraph(&self, p: &'a Paragraph) -> Joined<'a> {
        Joined::of_paragraph(self.source.text(), p)
    }

    /// The dates of paragraph `p`, whose join is `joined`: found on first need, and kept for
    /// the rules after (those found in a paragraph are few).
    pub fn paragraph_dates(&self, p: &Paragraph, joined: &Joined<'_>, lang: Language) -> Rc<Vec<DateMatch>> {
        let mut dates = self.dates.borrow_mut();
        Rc::clone(dates.entry(address(p)).or_insert_with(|| dates_of(joined, lang)))
    }

    /// [`Context::paragraph_dates`] for the last rule to read them: those kept, given up by the
    /// context, else those found now.
    pub fn take_paragraph_dates(
        &self,
        p: &Paragraph,
        joined: &Joined<'_>,
        lang: Language,
    ) -> Rc<Vec<DateMatch>> {
        let kept = self.dates.borrow_mut().remove(&address(p));
        kept.unwrap_or_else(|| dates_of(joined, lang))
    }
}

/// A paragraph's key in [`Context`]'s map: its address, fixed while the document is borrowed.
fn address(p: &Paragraph) -> usize {
    std::ptr::from_ref(p) as usize
}

/// The dates of a joined text ([`find_dates`] at offset 0).
pub fn dates_of(joined: &Joined<'_>, lang: Language) -> Rc<Vec<DateMatch>> {
    Rc::new(find_dates(&joined.text, 0, lang))
}

/// Collects findings, dropping those of disabled rules.
pub struct Emitter<'a> {
    rules: &'a RuleSet,
    findings: Vec<Finding>,
}

impl<'a> Emitter<'a> {
    /// An emitter for a rule set.
    pub fn new(rules: &'a RuleSet) -> Self {
        Emitter { rules, findings: Vec::new() }
    }

    /// True when the rule runs: check before doing expensive work for it.
    pub fn enabled(&self, rule: &RuleMeta) -> bool {
        self.rules.is_enabled(rule)
    }

    /// Report a finding of a registered rule (ignored when the rule is disabled).
    pub fn emit(&mut self, mut finding: Finding) {
        if let Some(rule) = registry::lookup(finding.code) {
            if !self.rules.is_enabled(rule) {
                return;
            }
            finding.severity = self.rules.severity(rule);
        }
        self.findings.push(finding);
    }

    /// The findings, sorted by position then code.
    pub fn finish(mut self) -> Vec<Finding> {
        sort_findings(&mut self.findings);
        self.findings
    }
}

/// Sort findings by position, then code, then message, equal ones in the order they came: the
/// order of every output.
///
/// A stable sort of the findings themselves would take a scratch copy of them all (an archive
/// has tens of thousands); their indices are sorted instead, in place, and the findings then
/// moved to their places along the cycles of that order.
pub fn sort_findings(findings: &mut [Finding]) {
    let key = |f: &Finding| (f.span.start, f.span.end, f.code);
    let cmp = |x: &Finding, y: &Finding| key(x).cmp(&key(y)).then_with(|| x.message.cmp(&y.message));
    // Findings put together in order (the documents of an input, one after another) stay.
    if findings.is_sorted_by(|x, y| cmp(x, y).is_le()) {
        return;
    }
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_unstable_by(|&a, &b| cmp(&findings[a], &findings[b]).then(a.cmp(&b)));
    // The finding at place `j` is to be the one now at `order[j]`; a place done points to itself.
    for start in 0..order.len() {
        let mut j = start;
        while order[j] != start {
            let k = order[j];
            findings.swap(j, k);
            order[j] = j;
            j = k;
        }
        order[j] = j;
    }
}

/// A finding of `rule` at its default severity.
pub fn finding(rule: &RuleMeta, message: impl Into<String>, span: Span) -> Finding {
    Finding {
        code: rule.code,
        name: rule.name,
        severity: rule.default_severity,
        message: message.into(),
        span,
        primary_label: None,
        labels: Vec::new(),
        help: None,
        fix: None,
    }
}

/// Lint a parsed document: the parse diagnostics it carries, then every enabled rule. The
/// documents that follow it in the same input ([`Document::following`]) are linted each on its
/// own, as if it were alone, and their findings come after its own.
pub fn lint(source: &Source<'_>, doc: &Document, options: &LintOptions) -> Vec<Finding> {
    let mut out = Emitter::new(&options.rules);
    if doc.following.is_empty() {
        check(source, doc, options, &mut out);
        return out.finish();
    }
    // The first document of an input starts at its start: its spans need no moving.
    check(&source.part(doc.span), doc, options, &mut out);
    with_following(out.finish(), source, doc.following.iter().cloned(), options)
}

/// [`lint`] of a document that is needed no more: it is dropped before the findings are put
/// together and sorted, so that a huge input's document and findings are not held twice.
pub fn lint_document(source: &Source<'_>, mut doc: Document, options: &LintOptions) -> Vec<Finding> {
    let following = std::mem::take(&mut doc.following);
    if following.is_empty() {
        return lint_alone(source, doc, options);
    }
    let findings = lint_part(source, doc, options);
    with_following(findings, source, following.into_iter(), options)
}

/// Parse and lint every document of an input, each parsed without paragraph text
/// ([`crate::ParseOptions::for_lint`]) and dropped once linted: the findings of [`lint`] of
/// [`crate::parse`]'s tree, in the same order, whatever the number of threads.
///
/// The documents of an input that holds several (an archive dump) are independent, so they
/// are parsed and linted in parallel on the current [rayon] thread pool (the global one, or
/// the one a [`rayon::ThreadPool::install`] runs in; one at a time on a pool of one thread).
/// Each thread holds one document's tree at a time. `each` is shown every document before it
/// is linted, with its span in `source` (the document's own spans run from its start); what
/// it returns comes back in the order of the documents (a baseline knows each document by its
/// symbol).
pub fn lint_source<T: Send>(
    source: &Source<'_>,
    options: &LintOptions,
    each: impl Fn(Span, &Document) -> T + Sync,
) -> (Vec<Finding>, Vec<T>) {
    use rayon::prelude::*;
    let one = |span: Span| {
        let part = source.part(span);
        // Its spans from the part's start, as the rules read it.
        let doc = crate::parser::parse_one(&part, crate::ParseOptions::for_lint());
        let seen = each(span, &doc);
        let mut found = lint_alone(&part, doc, options);
        found.shift_forward(span.start);
        (found, seen)
    };
    let spans = crate::parser::documents(source);
    let mut findings = Vec::new();
    let mut seen = Vec::with_capacity(spans.len());
    // Batches of documents, each linted in parallel and its findings put after those so far:
    // only one batch's findings wait apart, not the whole input's. On one thread, one document
    // at a time.
    let threads = rayon::current_num_threads();
    for batch in spans.chunks(if threads > 1 { 64 * threads } else { 1 }) {
        let done: Vec<(Vec<Finding>, T)> = match batch {
            [span] => vec![one(*span)],
            _ => batch.par_iter().map(|&span| one(span)).collect(),
        };
        for (mut found, t) in done {
            findings.append(&mut found);
            seen.push(t);
        }
    }
    sort_findings(&mut findings);
    (findings, seen)
}

/// The findings of the documents that follow the first of an input added to its own.
fn with_following(
    mut findings: Vec<Finding>,
    source: &Source<'_>,
    following: impl Iterator<Item = Document>,
    options: &LintOptions,
) -> Vec<Finding> {
    for doc in following {
        findings.extend(lint_part(source, doc, options));
    }
    sort_findings(&mut findings);
    findings
}

/// Lint one document of an input that holds several: from its own bytes, its spans moved there
/// and its findings moved back.
fn lint_part(source: &Source<'_>, mut doc: Document, options: &LintOptions) -> Vec<Finding> {
    let span = doc.span;
    doc.shift_back(span.start);
    let mut findings = lint_alone(&source.part(span), doc, options);
    findings.shift_forward(span.start);
    findings
}

fn lint_alone(source: &Source<'_>, doc: Document, options: &LintOptions) -> Vec<Finding> {
    let mut out = Emitter::new(&options.rules);
    check(source, &doc, options, &mut out);
    drop(doc);
    out.finish()
}

fn check(source: &Source<'_>, doc: &Document, options: &LintOptions, out: &mut Emitter<'_>) {
    for diagnostic in &doc.diagnostics {
        out.emit(diagnostic.clone());
    }
    if !source.is_binary() {
        let cx = Context::new(source, doc, options);
        rules::check_all(&cx, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::input::A001;

    /// The order is that of a stable sort: by position, code and message, equal findings in
    /// the order they came (told apart here by their help).
    #[test]
    fn findings_sort_as_a_stable_sort_would() {
        let mut findings = Vec::new();
        for i in 0..200usize {
            let at = (i * 7919) % 23;
            let message = if i % 3 == 0 { "a" } else { "b" };
            findings.push(finding(&A001, message, Span::new(at, at + i % 2)).with_help(i.to_string()));
        }
        let mut expected = findings.clone();
        expected.sort_by(|a, b| {
            (a.span.start, a.span.end, a.code, &a.message).cmp(&(
                b.span.start,
                b.span.end,
                b.code,
                &b.message,
            ))
        });
        sort_findings(&mut findings);
        assert_eq!(findings, expected);
    }
}
