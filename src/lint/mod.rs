//! The lint stage: semantic checks over a parsed [`Document`], each a rule of the registry.
//!
//! Linting never fails: a rule reports [`Finding`]s into an [`Emitter`], which drops findings of
//! disabled rules and applies configured severities. Rules read the document tree and, for the
//! text-hygiene family, the raw text through the [`Source`]; they never re-parse structure.

pub mod registry;
pub mod rules;
pub mod text;

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::datetime::{DateMatch, find_dates};
use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::model::{Language, Paragraph};
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
    /// The paragraphs several rules read, by address (of paragraphs of `doc`, which stay in
    /// place while it is borrowed), each made once for the families up to the dates (see
    /// [`Context::forget_paragraphs`]).
    paragraphs: RefCell<FxHashMap<usize, Rc<Piece<'a>>>>,
}

/// A piece of running text (a paragraph, a footnote) as rules read it: its lines joined, and
/// what is found in it, each computed on first need.
pub struct Piece<'t> {
    /// The lines joined with one space.
    pub joined: Joined<'t>,
    dates: OnceCell<Vec<DateMatch>>,
}

impl Piece<'_> {
    /// The lines of `source` joined, nothing found yet.
    pub fn new(source: &str, lines: &[Span]) -> Piece<'static> {
        Piece { joined: Joined::of_lines(source, lines), dates: OnceCell::new() }
    }

    /// The dates of the joined text ([`find_dates`] at offset 0).
    pub fn dates(&self, lang: Language) -> &[DateMatch] {
        self.dates.get_or_init(|| find_dates(&self.joined.text, 0, lang))
    }

    /// [`Piece::dates`] for the last rule to read them: those found already, else found now
    /// and not kept (the dates of a long document are not all held at once).
    pub fn dates_once(&self, lang: Language) -> Cow<'_, [DateMatch]> {
        match self.dates.get() {
            Some(found) => Cow::Borrowed(found),
            None => Cow::Owned(find_dates(&self.joined.text, 0, lang)),
        }
    }
}

impl<'a> Context<'a> {
    /// What a rule sees of a document.
    pub fn new(source: &'a Source<'a>, doc: &'a Document, options: &'a LintOptions) -> Self {
        Context { source, doc, options, paragraphs: RefCell::default() }
    }

    /// The text of a span.
    pub fn text(&self, span: Span) -> &str {
        self.source.slice(span)
    }

    /// A paragraph of the document as running text, shared by the rules that read it.
    pub fn paragraph(&self, p: &'a Paragraph) -> Rc<Piece<'a>> {
        let key = std::ptr::from_ref(p) as usize;
        Rc::clone(self.paragraphs.borrow_mut().entry(key).or_insert_with(|| self.piece_of(p)))
    }

    /// Forget the paragraphs made so far, once no rule is left that reads them twice: a long
    /// document's joined paragraphs and their dates are not held to the end of the lint.
    /// Later rules make each paragraph again, when they need it, with [`Context::paragraph_once`].
    pub fn forget_paragraphs(&self) {
        *self.paragraphs.borrow_mut() = FxHashMap::default();
    }

    /// [`Context::paragraph`] for the last rule to read a paragraph: the one made already, else
    /// one made now and not kept.
    pub fn paragraph_once(&self, p: &'a Paragraph) -> Rc<Piece<'a>> {
        let key = std::ptr::from_ref(p) as usize;
        let cached = self.paragraphs.borrow().get(&key).map(Rc::clone);
        cached.unwrap_or_else(|| self.piece_of(p))
    }

    /// A paragraph joined, nothing found in it yet.
    fn piece_of(&self, p: &'a Paragraph) -> Rc<Piece<'a>> {
        Rc::new(Piece { joined: Joined::of_paragraph(self.source.text(), p), dates: OnceCell::new() })
    }
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
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_unstable_by(|&a, &b| {
        let (x, y) = (&findings[a], &findings[b]);
        key(x).cmp(&key(y)).then_with(|| x.message.cmp(&y.message)).then(a.cmp(&b))
    });
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

/// Lint a parsed document: the parse diagnostics it carries, then every enabled rule.
pub fn lint(source: &Source<'_>, doc: &Document, options: &LintOptions) -> Vec<Finding> {
    let mut out = Emitter::new(&options.rules);
    check(source, doc, options, &mut out);
    out.finish()
}

/// [`lint`] of a document that is needed no more: it is dropped before the findings are put
/// together and sorted, so that a huge input's document and findings are not held twice.
pub fn lint_document(source: &Source<'_>, doc: Document, options: &LintOptions) -> Vec<Finding> {
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
