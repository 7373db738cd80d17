//! The JSON wire format of findings (`--output-format json` and `json-lines`), version 1.
//!
//! A finding on the wire:
//!
//! ```json
//! {"code":"A202","name":"annotation-title-mismatch","severity":"error",
//!  "message":"…","path":"docs/a.txt",
//!  "span":{"start":120,"end":145,"line":4,"column":2,"end_line":4,"end_column":27},
//!  "labels":[{"message":"list entry","span":{…}}],
//!  "help":"…","fix":{"applicability":"safe","edits":[{"span":{…},"replacement":"…"}]}}
//! ```
//!
//! `start`/`end` are byte offsets into the raw input (end exclusive), as in the parse JSON;
//! lines and columns are 1-based, columns count Unicode scalar values, and `end_line` /
//! `end_column` give the position just after the last character. `help` and `fix` are `null`
//! when absent; `fix` is given whatever its applicability, applied or not. The `json` document
//! is `{"format_version":1,"findings":[…],"summary":{…}}` (the summary comes last so that the
//! findings can be streamed). Fields may be added within a format version; none is renamed or
//! removed without raising it.

use std::io::{self, Write};

use serde::Serialize;
use serde::ser::Serializer;

use super::{FileReport, Locator, Statistics, Summary, clamp_span};
use crate::finding::{Edit, Finding, Label, Severity};
use crate::span::Span;

/// Version of the findings JSON.
pub const FORMAT_VERSION: u32 = 1;

/// A span with its lines and columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WireSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// 1-based line of `end`.
    pub end_line: usize,
    /// 1-based column of `end`, in characters.
    pub end_column: usize,
}

impl WireSpan {
    /// Lines and columns of a span of a source (clamped to the text).
    pub fn new(locator: &Locator<'_>, span: Span) -> Self {
        let (start, end) = locator.span(span);
        let span = clamp_span(locator.source().text(), span);
        WireSpan {
            start: span.start,
            end: span.end,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        }
    }
}

/// A finding on the wire, borrowing from the internal one.
#[derive(Debug, Serialize)]
pub struct WireFinding<'a> {
    /// Rule code.
    pub code: &'a str,
    /// Rule name.
    pub name: &'a str,
    /// Configured severity.
    pub severity: Severity,
    /// Message.
    pub message: &'a str,
    /// Path as given.
    pub path: &'a str,
    /// Primary span.
    pub span: WireSpan,
    /// Secondary places.
    pub labels: WireLabels<'a>,
    /// Help, or `null`.
    pub help: Option<&'a str>,
    /// Fix, or `null`.
    pub fix: Option<WireFix<'a>>,
}

impl<'a> WireFinding<'a> {
    /// The wire form of a finding of a file.
    pub fn new(path: &'a str, locator: &'a Locator<'a>, finding: &'a Finding) -> Self {
        WireFinding {
            code: finding.code,
            name: finding.name,
            severity: finding.severity,
            message: &finding.message,
            path,
            span: WireSpan::new(locator, finding.span),
            labels: WireLabels { locator, labels: &finding.labels },
            help: finding.help.as_deref(),
            fix: finding.fix.as_ref().map(|fix| WireFix {
                applicability: fix.applicability.name(),
                edits: WireEdits { locator, edits: &fix.edits },
            }),
        }
    }
}

/// Labels, serialized as `[{message, span}]` without an intermediate vector.
#[derive(Debug)]
pub struct WireLabels<'a> {
    locator: &'a Locator<'a>,
    labels: &'a [Label],
}

impl Serialize for WireLabels<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct WireLabel<'a> {
            message: &'a str,
            span: WireSpan,
        }
        serializer.collect_seq(
            self.labels
                .iter()
                .map(|l| WireLabel { message: &l.message, span: WireSpan::new(self.locator, l.span) }),
        )
    }
}

/// A fix on the wire.
#[derive(Debug, Serialize)]
pub struct WireFix<'a> {
    /// `safe`, `unsafe` or `display`.
    pub applicability: &'static str,
    /// The edits.
    pub edits: WireEdits<'a>,
}

/// Edits, serialized as `[{span, replacement}]`.
#[derive(Debug)]
pub struct WireEdits<'a> {
    locator: &'a Locator<'a>,
    edits: &'a [Edit],
}

impl Serialize for WireEdits<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct WireEdit<'a> {
            span: WireSpan,
            replacement: &'a str,
        }
        serializer.collect_seq(
            self.edits
                .iter()
                .map(|e| WireEdit { span: WireSpan::new(self.locator, e.span), replacement: &e.replacement }),
        )
    }
}

/// Write a file's findings as compact JSON objects separated by `separator`.
pub fn json_findings<W: Write + ?Sized>(
    report: &FileReport<'_>,
    separator: &[u8],
    out: &mut W,
) -> io::Result<()> {
    let locator = Locator::new(report.source);
    for (i, finding) in report.findings.iter().enumerate() {
        if i > 0 {
            out.write_all(separator)?;
        }
        serde_json::to_writer(&mut *out, &WireFinding::new(report.path, &locator, finding))?;
    }
    Ok(())
}

/// Close the `json` document: the findings array, then the summary.
pub fn json_end(w: &mut dyn Write, summary: &Summary) -> io::Result<()> {
    w.write_all(b"],\"summary\":")?;
    serde_json::to_writer(&mut *w, summary)?;
    w.write_all(b"}\n")
}

/// `--statistics --output-format json`: `{"format_version":1,"summary":{…},"statistics":[…]}`.
pub fn json_statistics(w: &mut dyn Write, summary: &Summary, statistics: &Statistics) -> io::Result<()> {
    #[derive(Serialize)]
    struct Document<'a> {
        format_version: u32,
        summary: &'a Summary,
        statistics: Vec<super::StatisticsRow>,
    }
    let doc = Document { format_version: FORMAT_VERSION, summary, statistics: statistics.rows() };
    serde_json::to_writer(&mut *w, &doc)?;
    w.write_all(b"\n")
}

/// `--statistics --output-format json-lines`: one `{code, name, count, fixable}` per line.
pub fn json_lines_statistics(w: &mut dyn Write, statistics: &Statistics) -> io::Result<()> {
    for row in statistics.rows() {
        serde_json::to_writer(&mut *w, &row)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{TEXT, sample};
    use crate::render::{Format, RenderOptions, Renderer, render_all};
    use crate::source::Source;

    #[test]
    fn every_field_of_a_finding() {
        let source = Source::from_str(TEXT);
        let locator = Locator::new(&source);
        let findings = sample();
        let value: serde_json::Value =
            serde_json::to_value(WireFinding::new("docs/a.txt", &locator, &findings[0])).expect("json");
        let heading = TEXT.find(" 1. Opening of the session").expect("heading") + 1;
        expect_test::expect![[r#"
            {
              "code": "A202",
              "fix": null,
              "help": "Make the annotation heading and the list entry the same.",
              "labels": [
                {
                  "message": "list entry",
                  "span": {
                    "column": 4,
                    "end": 43,
                    "end_column": 25,
                    "end_line": 2,
                    "line": 2,
                    "start": 22
                  }
                }
              ],
              "message": "annotation heading differs from the agenda list: `sesion` against `session`",
              "name": "annotation-title-mismatch",
              "path": "docs/a.txt",
              "severity": "error",
              "span": {
                "column": 2,
                "end": 89,
                "end_column": 27,
                "end_line": 4,
                "line": 4,
                "start": 64
              }
            }"#]]
        .assert_eq(&serde_json::to_string_pretty(&value).expect("pretty"));
        assert_eq!(value["span"]["start"], heading);
        // The curly quote before `Annotations` is three bytes and one column.
        let fixed: serde_json::Value =
            serde_json::to_value(WireFinding::new("a", &locator, &findings[1])).expect("json");
        assert_eq!(fixed["fix"]["applicability"], "safe");
        assert_eq!(fixed["fix"]["edits"][0]["replacement"], "\"");
        assert_eq!(fixed["fix"]["edits"][0]["span"]["end_column"], 2);
        assert_eq!(fixed["span"]["column"], 1);
    }

    #[test]
    fn json_document_and_lines() {
        let source = Source::from_str(TEXT);
        let findings = sample();
        let reports = [
            FileReport { path: "a.txt", source: &source, findings: &findings },
            FileReport { path: "empty.txt", source: &source, findings: &[] },
            FileReport { path: "b.txt", source: &source, findings: &findings[1..] },
        ];
        let mut out = Vec::new();
        render_all(&Renderer::new(RenderOptions::new(Format::Json)), &reports, &mut out).expect("render");
        let doc: serde_json::Value = serde_json::from_slice(&out).expect("one JSON document");
        assert_eq!(doc["format_version"], 1);
        assert_eq!(doc["findings"].as_array().map(Vec::len), Some(3));
        assert_eq!(doc["findings"][2]["path"], "b.txt");
        assert_eq!(doc["summary"]["files"], 3);
        assert_eq!(doc["summary"]["errors"], 1);
        assert_eq!(doc["summary"]["fixable"], 2);

        let mut lines = Vec::new();
        render_all(&Renderer::new(RenderOptions::new(Format::JsonLines)), &reports, &mut lines)
            .expect("render");
        let lines = String::from_utf8(lines).expect("utf-8");
        assert_eq!(lines.lines().count(), 3);
        for line in lines.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON object per line");
            assert!(v["code"].is_string());
        }

        let mut empty = Vec::new();
        render_all(&Renderer::new(RenderOptions::new(Format::Json)), &reports[1..2], &mut empty)
            .expect("render");
        let doc: serde_json::Value = serde_json::from_slice(&empty).expect("valid when empty");
        assert_eq!(doc["findings"], serde_json::json!([]));
    }

    #[test]
    fn statistics_json() {
        let source = Source::from_str(TEXT);
        let findings = sample();
        let reports = [FileReport { path: "a.txt", source: &source, findings: &findings }];
        let mut options = RenderOptions::new(Format::Json);
        options.statistics = true;
        let mut out = Vec::new();
        render_all(&Renderer::new(options), &reports, &mut out).expect("render");
        let doc: serde_json::Value = serde_json::from_slice(&out).expect("json");
        assert_eq!(doc["statistics"][0]["code"], "A202");
        assert_eq!(doc["statistics"][1]["fixable"], 1);
        assert_eq!(doc["summary"]["warnings"], 1);
    }
}
