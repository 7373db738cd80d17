//! The rule registry: one table of every rule, its code, name, family, default severity, fix
//! availability, status and documentation.
//!
//! Rules are data (ruff's registry, markdownlint's rule list): each rule is declared once with
//! [`declare_rule!`](crate::declare_rule) in the file of its family, its doc comment holding the fixed headings
//! *What it checks*, *Why*, *Example* and *How to fix*; `agendum rule` prints it and the
//! README's rule table is generated from [`RULES`].

use crate::finding::Severity;

/// The family a rule belongs to (the hundreds digit of its code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// A0xx: the input itself.
    Input,
    /// A1xx: structure and numbering.
    Structure,
    /// A2xx: consistency across list, annotations and annex.
    Consistency,
    /// A3xx: footnotes.
    Footnotes,
    /// A4xx: dates and times.
    Dates,
    /// A5xx: document symbols, links and masthead.
    Symbols,
    /// A6xx: text hygiene after PDF extraction.
    Hygiene,
    /// A7xx: UN editorial style.
    Style,
}

impl Family {
    /// Lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Family::Input => "input",
            Family::Structure => "structure",
            Family::Consistency => "consistency",
            Family::Footnotes => "footnotes",
            Family::Dates => "dates",
            Family::Symbols => "symbols",
            Family::Hygiene => "hygiene",
            Family::Style => "style",
        }
    }
}

/// Which fixes a rule can offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FixKind {
    /// No fix.
    None,
    /// Safe fixes.
    Safe,
    /// Unsafe fixes.
    Unsafe,
    /// Safe or unsafe, depending on the finding.
    SafeOrUnsafe,
    /// Suggestions that are shown, never applied.
    Display,
}

impl FixKind {
    /// Name as in the catalogue.
    pub fn name(self) -> &'static str {
        match self {
            FixKind::None => "none",
            FixKind::Safe => "safe",
            FixKind::Unsafe => "unsafe",
            FixKind::SafeOrUnsafe => "safe/unsafe",
            FixKind::Display => "display",
        }
    }
}

/// Stability of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Enabled by default, behaviour covered by the compatibility promise.
    Stable,
}

impl Status {
    /// Lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Status::Stable => "stable",
        }
    }
}

/// Everything known about a rule, without its check.
#[derive(Debug)]
pub struct RuleMeta {
    /// `A201`.
    pub code: &'static str,
    /// `annotation-coverage`.
    pub name: &'static str,
    /// Family.
    pub family: Family,
    /// Default severity.
    pub default_severity: Severity,
    /// Fix availability.
    pub fix: FixKind,
    /// Status.
    pub status: Status,
    /// The doc comment: a one-line summary, then the fixed headings.
    pub doc: &'static str,
}

impl RuleMeta {
    /// The first line of the documentation.
    pub fn summary(&self) -> &'static str {
        self.doc.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("")
    }

    /// The documentation with the one space rustdoc puts after `///` removed.
    pub fn documentation(&self) -> String {
        let mut out = String::with_capacity(self.doc.len());
        for line in self.doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out.trim().to_string()
    }

    /// Position of this rule in [`RULES`].
    pub fn index(&self) -> usize {
        RULES.iter().position(|r| std::ptr::eq(*r, self)).expect("invariant: every rule is registered")
    }
}

/// Declare a rule: its doc comment becomes its documentation.
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis static $ident:ident = {
            code: $code:literal,
            name: $name:literal,
            family: $family:ident,
            severity: $sev:ident,
            fix: $fix:ident $(,)?
        };
    ) => {
        $(#[doc = $doc])*
        $vis static $ident: $crate::lint::registry::RuleMeta = $crate::lint::registry::RuleMeta {
            code: $code,
            name: $name,
            family: $crate::lint::registry::Family::$family,
            default_severity: $crate::finding::Severity::$sev,
            fix: $crate::lint::registry::FixKind::$fix,
            status: $crate::lint::registry::Status::Stable,
            doc: concat!($($doc, "\n"),*),
        };
    };
}

use crate::lint::rules::{consistency as c, dates as d, footnotes as f, hygiene as h, input as i};
use crate::lint::rules::{structure as s, style as y, symbols as m};

/// Every rule, in code order.
pub static RULES: &[&RuleMeta] = &[
    &i::A001,
    &i::A003,
    &i::A004,
    &i::A005,
    &s::A101,
    &s::A102,
    &s::A103,
    &s::A104,
    &s::A105,
    &s::A106,
    &c::A201,
    &c::A202,
    &c::A203,
    &c::A204,
    &c::A205,
    &c::A206,
    &c::A207,
    &c::A208,
    &c::A209,
    &f::A301,
    &f::A302,
    &f::A303,
    &f::A304,
    &f::A305,
    &d::A401,
    &d::A402,
    &d::A403,
    &d::A404,
    &d::A405,
    &d::A406,
    &m::A501,
    &m::A502,
    &m::A503,
    &m::A504,
    &m::A505,
    &m::A506,
    &m::A507,
    &h::A601,
    &h::A602,
    &h::A603,
    &h::A604,
    &h::A605,
    &h::A606,
    &h::A607,
    &h::A608,
    &h::A609,
    &y::A701,
    &y::A702,
];

/// Find a rule by code (`A201`, any case) or name (`annotation-coverage`).
pub fn lookup(code_or_name: &str) -> Option<&'static RuleMeta> {
    let key = code_or_name.trim();
    RULES.iter().copied().find(|r| r.code.eq_ignore_ascii_case(key) || r.name == key)
}

/// Rules selected by a code, a code prefix (`A2`, `A20`), a name, or `ALL`.
pub fn select(selector: &str) -> Vec<&'static RuleMeta> {
    let key = selector.trim();
    if key.eq_ignore_ascii_case("ALL") {
        return RULES.to_vec();
    }
    if let Some(rule) = lookup(key) {
        return vec![rule];
    }
    let upper = key.to_ascii_uppercase();
    if upper.starts_with('A') && upper[1..].bytes().all(|b| b.is_ascii_digit()) {
        return RULES.iter().copied().filter(|r| r.code.starts_with(&upper)).collect();
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_ordered() {
        for pair in RULES.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} before {}", pair[0].code, pair[1].code);
        }
        let mut names: Vec<_> = RULES.iter().map(|r| r.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len());
    }

    #[test]
    fn every_rule_documents_the_fixed_headings() {
        for rule in RULES {
            let doc = rule.documentation();
            for heading in ["## What it checks", "## Why", "## Example", "## How to fix"] {
                assert!(doc.contains(heading), "{} lacks `{heading}`", rule.code);
            }
            assert!(!rule.summary().is_empty(), "{} has no summary", rule.code);
        }
    }

    #[test]
    fn selectors() {
        assert_eq!(lookup("a201").map(|r| r.name), Some("annotation-coverage"));
        assert_eq!(lookup("split-word").map(|r| r.code), Some("A601"));
        assert_eq!(select("A20").len(), 9);
        assert_eq!(select("ALL").len(), RULES.len());
        assert!(select("A9").is_empty());
        assert!(select("nonsense").is_empty());
    }
}
