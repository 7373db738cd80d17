//! The one internal finding type: what a parse diagnostic or a lint rule reports.
//!
//! Renderers (`render/`) turn findings into miette reports, JSON, SARIF or GitHub commands;
//! nothing else formats them. Spans are byte ranges into the raw input.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::span::Span;

/// Severity of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice: never fails a run unless `--fail-on info`.
    Info,
    /// A likely problem.
    Warning,
    /// A definite inconsistency.
    Error,
}

impl Severity {
    /// Lower-case name, as in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parse a lower-case name.
    pub fn from_name(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "info" | "note" | "advice" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// How safe a fix is to apply without review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Applied by `--fix`.
    Safe,
    /// Applied by `--fix --unsafe-fixes`.
    Unsafe,
    /// Shown only; never applied.
    Display,
}

impl Applicability {
    /// Lower-case name, as in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
            Applicability::Display => "display",
        }
    }
}

/// Replace the bytes of `span` with `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Edit {
    /// Bytes to replace (empty for an insertion).
    pub span: Span,
    /// New text.
    pub replacement: String,
}

/// A fix: edits applied together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Fix {
    /// How safe it is.
    pub applicability: Applicability,
    /// Non-overlapping edits.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// One edit with the given applicability.
    pub fn replace(applicability: Applicability, span: Span, replacement: impl Into<String>) -> Fix {
        Fix { applicability, edits: vec![Edit { span, replacement: replacement.into() }] }
    }
}

/// A secondary place a finding points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Label {
    /// Short noun phrase.
    pub message: String,
    /// Where.
    pub span: Span,
}

/// A finding: one problem at one place, maybe with other places, help and a fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Finding {
    /// Rule code, `A201`.
    pub code: &'static str,
    /// Rule name, `annotation-coverage`.
    pub name: &'static str,
    /// Severity after configuration.
    pub severity: Severity,
    /// Lower case, no final period, source text in backticks.
    pub message: String,
    /// The primary place.
    pub span: Span,
    /// Message of the primary label (shown under the primary span).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub primary_label: Option<String>,
    /// Other places involved.
    pub labels: Vec<Label>,
    /// What to do about it (most rules' help is a fixed text, not copied per finding).
    pub help: Option<Cow<'static, str>>,
    /// A fix, when one can be computed.
    pub fix: Option<Fix>,
}

impl Finding {
    /// Add a secondary label.
    pub fn with_label(mut self, message: impl Into<String>, span: Span) -> Self {
        self.labels.push(Label { message: message.into(), span });
        self
    }

    /// Set the help text.
    pub fn with_help(mut self, help: impl Into<Cow<'static, str>>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Set the fix.
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    /// Set the message of the primary label.
    pub fn with_primary_label(mut self, message: impl Into<String>) -> Self {
        self.primary_label = Some(message.into());
        self
    }
}
