//! The formats for people: `concise` lines, `full` miette reports, the summary line and the
//! statistics table.
//!
//! `full` goes through miette's `GraphicalReportHandler`, built here with an explicit theme
//! (miette's own default looks at stderr, not at where the report goes). Each finding is
//! wrapped in [`Report`], a hand-written `miette::Diagnostic`, so that the severity is the
//! configured one and every label — the primary span and each secondary place — is shown.
//! The source given to miette is a window of a few lines around the span, so that rendering
//! a finding costs the size of its lines, not of the file.

use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};

use super::{FileReport, Locator, Statistics, Summary, clamp_span};
use crate::finding::{Finding, Severity};
use crate::source::Source;
use crate::span::Span;

/// `path:line:col: CODE [severity] message`, one line per finding.
pub fn concise<W: Write + ?Sized>(report: &FileReport<'_>, out: &mut W) -> io::Result<()> {
    let locator = Locator::new(report.source);
    for f in report.findings {
        let at = locator.line_col(f.span.start);
        write!(out, "{}:{}:{}: {} [{}] ", report.path, at.line, at.column, f.code, f.severity.name())?;
        write_one_line(out, &f.message)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A message on one line: line breaks become spaces.
fn write_one_line<W: Write + ?Sized>(out: &mut W, message: &str) -> io::Result<()> {
    if message.contains(['\n', '\r']) {
        let bytes: Vec<u8> =
            message.bytes().map(|b| if b == b'\n' || b == b'\r' { b' ' } else { b }).collect();
        out.write_all(&bytes)
    } else {
        out.write_all(message.as_bytes())
    }
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The one summary line that ends `full` and `concise` output, e.g.
/// `checked 12 files: 0 errors, 9 warnings, 4 infos; 7 fixable with --fix`.
pub fn summary_line(w: &mut dyn Write, summary: &Summary, unsafe_fixes: bool) -> io::Result<()> {
    let mut line = format!(
        "checked {}: {}, {}, {}",
        plural(summary.files, "file", "files"),
        plural(summary.errors, "error", "errors"),
        plural(summary.warnings, "warning", "warnings"),
        plural(summary.infos, "info", "infos"),
    );
    if let Some(baseline) = summary.baseline {
        line += &format!("; {} baselined", baseline.baselined);
        if baseline.stale > 0 {
            line +=
                &format!(", {}", plural(baseline.stale, "stale baseline entry", "stale baseline entries"));
        }
    }
    if summary.fixed > 0 {
        line += &format!("; fixed {} in {}", summary.fixed, plural(summary.fixed_files, "file", "files"));
    }
    let (fixable, more) = if unsafe_fixes {
        (summary.fixable + summary.unsafe_fixable, 0)
    } else {
        (summary.fixable, summary.unsafe_fixable)
    };
    if fixable > 0 {
        let flags = if unsafe_fixes { "--fix --unsafe-fixes" } else { "--fix" };
        line += &format!("; {fixable} fixable with {flags}");
        if more > 0 {
            line += &format!(" ({more} more with --unsafe-fixes)");
        }
    } else if more > 0 {
        line += &format!("; {more} fixable with --fix --unsafe-fixes");
    }
    writeln!(w, "{line}")
}

/// `--statistics`: count, code, name and fixable count per rule, most frequent first.
pub fn statistics_table(w: &mut dyn Write, statistics: &Statistics) -> io::Result<()> {
    let rows = statistics.rows();
    if rows.is_empty() {
        return Ok(());
    }
    let count_width = rows.iter().map(|r| r.count.to_string().len()).max().unwrap_or(1).max(5);
    let name_width = rows.iter().map(|r| r.name.len()).max().unwrap_or(4).max(4);
    writeln!(w, "{:>count_width$}  code  {:<name_width$}  fixable", "count", "name")?;
    for r in rows {
        writeln!(w, "{:>count_width$}  {}  {:<name_width$}  {:>7}", r.count, r.code, r.name, r.fixable)?;
    }
    Ok(())
}

/// The `full` renderer: a miette graphical handler with an explicit theme.
pub struct Full {
    handler: GraphicalReportHandler,
}

impl Full {
    /// A renderer with or without ANSI colors, wrapping at `width` columns.
    pub fn new(color: bool, width: usize) -> Self {
        let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
        let handler = GraphicalReportHandler::new_themed(theme).with_width(width.max(40)).with_links(false);
        Full { handler }
    }

    /// Render every finding of a file, one report each, separated by a blank line.
    pub fn render<W: Write + ?Sized>(&self, report: &FileReport<'_>, out: &mut W) -> io::Result<()> {
        let locator = Locator::new(report.source);
        let source = Window { name: report.path, locator: &locator };
        let mut text = String::new();
        for finding in report.findings {
            let diagnostic = Report::new(finding, &source);
            self.handler.render_report(&mut text, &diagnostic).map_err(io::Error::other)?;
            text.push('\n');
        }
        out.write_all(text.as_bytes())
    }
}

/// A finding seen as a `miette::Diagnostic`.
pub struct Report<'a> {
    finding: &'a Finding,
    source: &'a Window<'a>,
    labels: Vec<LabeledSpan>,
    help: Option<String>,
}

impl<'a> Report<'a> {
    /// Wrap a finding of a file.
    pub fn new(finding: &'a Finding, source: &'a Window<'a>) -> Self {
        let text = source.locator.source().text();
        // Without text (an unreadable file) there is nothing to point at.
        let labels = if text.is_empty() {
            Vec::new()
        } else {
            let mut labels: Vec<(Span, Option<String>, bool)> = Vec::with_capacity(finding.labels.len() + 1);
            labels.push((clamp_span(text, finding.span), finding.primary_label.clone(), true));
            for label in &finding.labels {
                let span = clamp_span(text, label.span);
                // Two labels at one place confuse miette (zkat/miette#268): join them.
                match labels.iter_mut().find(|(s, _, _)| *s == span) {
                    Some((_, message, _)) => {
                        *message = Some(match message.take() {
                            Some(m) => format!("{m}; {}", label.message),
                            None => label.message.clone(),
                        });
                    }
                    None => labels.push((span, Some(label.message.clone()), false)),
                }
            }
            labels
                .into_iter()
                .map(|(span, message, primary)| {
                    if primary {
                        LabeledSpan::new_primary_with_span(message, SourceSpan::from(span))
                    } else {
                        LabeledSpan::new_with_span(message, SourceSpan::from(span))
                    }
                })
                .collect()
        };
        let fix = finding.fix.as_ref().and_then(|fix| describe_fix(source.locator.source(), fix));
        let help = match (&finding.help, fix) {
            (Some(help), Some(fix)) => Some(format!("{help}\n{fix}")),
            (help, fix) => help.as_ref().map(|h| h.to_string()).or(fix),
        };
        Report { finding, source, labels, help }
    }
}

/// `fix (safe): replace `r einforcing` with `reinforcing`` for a one-edit fix.
fn describe_fix(source: &Source<'_>, fix: &crate::finding::Fix) -> Option<String> {
    let kind = fix.applicability.name();
    let [edit] = fix.edits.as_slice() else {
        return Some(format!("fix ({kind}): {} edits", fix.edits.len()));
    };
    let old = source.slice(edit.span);
    let action = match (old.is_empty(), edit.replacement.is_empty()) {
        (true, _) => format!("insert `{}`", edit.replacement),
        (false, true) => format!("remove `{old}`"),
        (false, false) => format!("replace `{old}` with `{}`", edit.replacement),
    };
    Some(format!("fix ({kind}): {}", action.replace(['\n', '\r'], "⏎")))
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Report").field("finding", self.finding).finish()
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl std::error::Error for Report<'_> {}

impl Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(format!("{} [{}]", self.finding.code, self.finding.name)))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display + 'b>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        if self.labels.is_empty() { None } else { Some(self.source) }
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() { None } else { Some(Box::new(self.labels.iter().cloned())) }
    }
}

/// Bytes of a long line shown on each side of a span: the rest of the line is cut.
const CLIP: usize = 240;

/// A named source that hands miette only the lines around a span, cut to `CLIP` bytes on
/// each side of it within a long line (see the module doc). Line and column numbers are those
/// of the whole file, columns in characters as in `concise`.
pub struct Window<'a> {
    /// The path shown in the report.
    pub name: &'a str,
    /// Lines and columns of the whole source.
    pub locator: &'a Locator<'a>,
}

impl SourceCode for Window<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let source = self.locator.source();
        let text = source.text();
        let span_end = span.offset() + span.len();
        if span_end > text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let index = source.line_index();
        // One line more than asked on each side, so that miette finds its context inside.
        let lo = index.line_of(span.offset()).saturating_sub(context_lines_before + 1).max(1);
        let hi = index.line_of(span_end) + context_lines_after + 1;
        let mut start = index.line_span(text, lo).map_or(0, |s| s.start);
        let mut end = index.line_span(text, hi + 1).map_or(text.len(), |s| s.start);
        if span.offset() - start > CLIP {
            start = clamp_span(text, Span::empty(span.offset() - CLIP)).start;
        }
        if end - span_end > CLIP {
            let mut cut = span_end + CLIP;
            while !text.is_char_boundary(cut) {
                cut += 1;
            }
            end = cut;
        }
        let window = &text[start..end];
        let inner_span = SourceSpan::new((span.offset() - start).into(), span.len());
        let inner = window.read_span(&inner_span, context_lines_before, context_lines_after)?;
        let data_start = inner.span().offset() + start;
        let at = self.locator.line_col(data_start);
        let contents = MietteSpanContents::new_named(
            self.name.to_string(),
            inner.data(),
            SourceSpan::new(data_start.into(), inner.span().len()),
            at.line - 1,
            at.column - 1,
            inner.line_count() + at.line - 1,
        );
        Ok(Box::new(contents))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{TEXT, finding, sample};
    use crate::render::{BaselineSummary, Format, RenderOptions, Renderer, render_all};

    fn render(format: Format, text: &str, findings: &[Finding]) -> String {
        let source = Source::from_str(text);
        let reports = [FileReport { path: "docs/a.txt", source: &source, findings }];
        let mut options = RenderOptions::new(format);
        options.width = 100;
        let mut out = Vec::new();
        render_all(&Renderer::new(options), &reports, &mut out).expect("render");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn concise_lines() {
        expect_test::expect![[r#"
            docs/a.txt:4:2: A202 [error] annotation heading differs from the agenda list: `sesion` against `session`
            docs/a.txt:3:1: A702 [warning] straight, curly: "quotes", 100% 50:50
            checked 1 file: 1 error, 1 warning, 0 infos; 1 fixable with --fix
        "#]]
        .assert_eq(&render(Format::Concise, TEXT, &sample()));
    }

    #[test]
    fn full_shows_both_places_of_a_title_mismatch() {
        let out = render(Format::Full, TEXT, &sample()[..1]);
        expect_test::expect![[r#"
            A202 [annotation-title-mismatch]

              × annotation heading differs from the agenda list: `sesion` against `session`
               ╭─[docs/a.txt:4:2]
             1 │ Provisional agenda
             2 │ 1. Opening of the sesion.
               ·    ──────────┬──────────
               ·              ╰── list entry
             3 │ “Annotations”
             4 │  1. Opening of the session
               ·  ────────────┬────────────
               ·              ╰── annotation heading
               ╰────
              help: Make the annotation heading and the list entry the same.

            checked 1 file: 1 error, 0 warnings, 0 infos
        "#]]
        .assert_eq(&out);
    }

    #[test]
    fn full_describes_fixes_and_survives_odd_spans() {
        let text = "a\u{c}b\r\nsoft\u{ad}hyphen and é\n";
        let findings = [
            finding("A603", "multiple spaces", (0, 1)).with_fix(crate::finding::Fix::replace(
                crate::finding::Applicability::Safe,
                Span::new(0, 1),
                "A",
            )),
            finding("A608", "soft hyphen", (9, 11)),
            finding("A609", "out of range", (500, 900)),
            finding("A609", "inside a character", (23, 24)),
        ];
        let out = render(Format::Full, text, &findings);
        assert!(out.contains("fix (safe): replace `a` with `A`"), "{out}");
        assert!(out.contains("soft hyphen"), "{out}");
        assert!(out.contains("inside a character"), "{out}");
        assert!(
            out.ends_with("checked 1 file: 4 errors, 0 warnings, 0 infos; 1 fixable with --fix\n")
                || out.contains("checked 1 file"),
            "{out}"
        );
    }

    #[test]
    fn full_without_text_has_no_snippet() {
        let out = render(Format::Full, "", &[finding("A005", "cannot read file: permission denied", (0, 0))]);
        assert!(out.contains("× cannot read file: permission denied"), "{out}");
        assert!(!out.contains("╭"), "{out}");
    }

    #[test]
    fn window_keeps_line_numbers_of_the_file() {
        let text: String = (1..=200).map(|i| format!("line {i}\n")).collect();
        let at = text.find("line 150").expect("line");
        let out = render(Format::Full, &text, &[finding("A001", "here", (at, at + 8))]);
        assert!(out.contains("150 │ line 150"), "{out}");
        assert!(out.contains("149 │ line 149") && out.contains("151 │ line 151"), "{out}");
        assert!(!out.contains("line 147"), "{out}");
    }

    #[test]
    fn header_columns_count_characters_and_long_lines_are_cut() {
        let text = "“é” x\n";
        let at = text.find('x').expect("x");
        let out = render(Format::Full, text, &[finding("A001", "here", (at, at + 1))]);
        assert!(out.contains("[docs/a.txt:1:5]"), "{out}");

        let long = format!("{}needle{}\n", "abc ".repeat(25_000), "xyz ".repeat(25_000));
        let at = long.find("needle").expect("needle");
        let out = render(Format::Full, &long, &[finding("A001", "here", (at, at + 6))]);
        assert!(out.contains(&format!("[docs/a.txt:1:{}]", at + 1)), "{out}");
        assert!(out.contains("needle") && out.len() < 2_000, "{} bytes", out.len());
    }

    #[test]
    fn summary_line_variants() {
        let line = |s: Summary, unsafe_fixes: bool| {
            let mut out = Vec::new();
            summary_line(&mut out, &s, unsafe_fixes).expect("write");
            String::from_utf8(out).expect("utf-8")
        };
        let base = Summary { files: 12, warnings: 9, infos: 4, ..Summary::default() };
        assert_eq!(line(base, false), "checked 12 files: 0 errors, 9 warnings, 4 infos\n");
        let fixable = Summary { fixable: 7, unsafe_fixable: 2, ..base };
        assert_eq!(
            line(fixable, false),
            "checked 12 files: 0 errors, 9 warnings, 4 infos; 7 fixable with --fix (2 more with --unsafe-fixes)\n"
        );
        assert_eq!(
            line(fixable, true),
            "checked 12 files: 0 errors, 9 warnings, 4 infos; 9 fixable with --fix --unsafe-fixes\n"
        );
        let fixed = Summary { files: 1, errors: 1, fixed: 3, fixed_files: 1, ..Summary::default() };
        assert_eq!(line(fixed, false), "checked 1 file: 1 error, 0 warnings, 0 infos; fixed 3 in 1 file\n");
        let baselined = Summary { baseline: Some(BaselineSummary { baselined: 40, stale: 0 }), ..base };
        assert_eq!(line(baselined, false), "checked 12 files: 0 errors, 9 warnings, 4 infos; 40 baselined\n");
        let stale = Summary { baseline: Some(BaselineSummary { baselined: 1, stale: 1 }), ..fixable };
        assert_eq!(
            line(stale, false),
            "checked 12 files: 0 errors, 9 warnings, 4 infos; 1 baselined, 1 stale baseline entry; 7 fixable with --fix (2 more with --unsafe-fixes)\n"
        );
    }

    #[test]
    fn statistics_table_and_summary() {
        let source = Source::from_str(TEXT);
        let findings = sample();
        let reports = [FileReport { path: "a", source: &source, findings: &findings }];
        let mut options = RenderOptions::new(Format::Concise);
        options.statistics = true;
        let mut out = Vec::new();
        render_all(&Renderer::new(options), &reports, &mut out).expect("render");
        expect_test::expect![[r#"
            count  code  name                       fixable
                1  A202  annotation-title-mismatch        0
                1  A702  quote-style                      1
            checked 1 file: 1 error, 1 warning, 0 infos; 1 fixable with --fix
        "#]]
        .assert_eq(&String::from_utf8(out).expect("utf-8"));
    }
}
