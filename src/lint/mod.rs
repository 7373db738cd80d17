//! The lint stage: semantic checks over a parsed [`Document`], each a rule of the registry.
//!
//! Linting never fails: a rule reports [`Finding`]s into an [`Emitter`], which drops findings of
//! disabled rules and applies configured severities. Rules read the document tree and, for the
//! text-hygiene family, the raw text through the [`Source`]; they never re-parse structure.

pub mod registry;
pub mod rules;
pub mod text;

use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::source::Source;
use crate::span::Span;
use registry::{RULES, RuleMeta};

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
}

impl Context<'_> {
    /// The text of a span.
    pub fn text(&self, span: Span) -> &str {
        self.source.slice(span)
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

/// Sort findings by position, then code, then message: the order of every output.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.span.start, a.span.end, a.code, &a.message).cmp(&(b.span.start, b.span.end, b.code, &b.message))
    });
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
    for diagnostic in &doc.diagnostics {
        out.emit(diagnostic.clone());
    }
    if !source.is_binary() {
        let cx = Context { source, doc, options };
        rules::check_all(&cx, &mut out);
    }
    out.finish()
}
