//! Renderers: findings to text for people (`full`, `concise`) and for tools (`json`,
//! `json-lines`, `sarif`, `github`), plus the run summary and per-rule statistics.
//!
//! Renderers write to `impl std::io::Write` and never touch files. A run is rendered as a
//! stream, so that a folder of any size is written without holding its findings: the command
//! line calls [`Renderer::begin`], then renders each file with [`Renderer::render_file`] (in
//! any thread, into a buffer) and hands the buffers in path order to a [`Stream`], then calls
//! [`Stream::finish`] with the totals. The JSON wire types and their documentation live in
//! [`wire`].

pub mod github;
pub mod human;
pub mod locate;
pub mod sarif;
pub mod wire;

use std::io::{self, Write};

use serde::Serialize;

use crate::finding::{Applicability, Finding, Severity};
use crate::lint::registry::{RULES, RuleMeta};
use crate::source::Source;
pub use locate::{Locator, clamp_span};

/// An output format of `agendum lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// miette graphical reports (the default on a terminal).
    Full,
    /// `path:line:col: CODE [severity] message` (the default otherwise).
    Concise,
    /// One JSON document with every finding.
    Json,
    /// One JSON finding per line.
    JsonLines,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands.
    Github,
}

impl Format {
    /// Every format, in the order of the help text.
    pub const ALL: [Format; 6] =
        [Format::Full, Format::Concise, Format::Json, Format::JsonLines, Format::Sarif, Format::Github];

    /// The name of the format on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Full => "full",
            Format::Concise => "concise",
            Format::Json => "json",
            Format::JsonLines => "json-lines",
            Format::Sarif => "sarif",
            Format::Github => "github",
        }
    }

    /// The format of a name.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// True for the formats meant for people, which end with the summary line.
    pub fn is_human(self) -> bool {
        matches!(self, Format::Full | Format::Concise)
    }
}

/// One file's findings, ready to render.
#[derive(Debug, Clone, Copy)]
pub struct FileReport<'a> {
    /// The path as the user gave it (`-` or the `--stdin-filename` for standard input).
    pub path: &'a str,
    /// The text the spans point into.
    pub source: &'a Source<'a>,
    /// The findings, sorted by position.
    pub findings: &'a [Finding],
}

/// A rule as the run configured it: for the SARIF rule table.
#[derive(Debug, Clone, Copy)]
pub struct ConfiguredRule {
    /// The rule.
    pub rule: &'static RuleMeta,
    /// Its configured severity.
    pub severity: Severity,
}

/// How to render.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// The format.
    pub format: Format,
    /// ANSI colors in `full`.
    pub color: bool,
    /// Terminal width for `full`.
    pub width: usize,
    /// Print per-rule statistics instead of findings.
    pub statistics: bool,
    /// `--unsafe-fixes` was given: unsafe fixes count as fixable.
    pub unsafe_fixes: bool,
    /// The rules enabled in the run, in code order (for SARIF).
    pub rules: Vec<ConfiguredRule>,
}

impl RenderOptions {
    /// Options for a format with every rule at its default severity.
    pub fn new(format: Format) -> Self {
        RenderOptions {
            format,
            color: false,
            width: 100,
            statistics: false,
            unsafe_fixes: false,
            rules: RULES
                .iter()
                .map(|&rule| ConfiguredRule { rule, severity: rule.default_severity })
                .collect(),
        }
    }
}

/// Counts over a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files checked.
    pub files: u64,
    /// Findings at `error`.
    pub errors: u64,
    /// Findings at `warning`.
    pub warnings: u64,
    /// Findings at `info`.
    pub infos: u64,
    /// Findings with a safe fix (`--fix` applies it).
    pub fixable: u64,
    /// Findings with an unsafe fix (`--fix --unsafe-fixes` applies it).
    pub unsafe_fixable: u64,
    /// Findings fixed by `--fix`.
    pub fixed: u64,
    /// Files changed by `--fix`.
    pub fixed_files: u64,
    /// What a baseline hid and left stale; absent when the run used no baseline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<BaselineSummary>,
}

/// The baseline's part of a run's counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BaselineSummary {
    /// Findings within the baseline: not reported, not counted above.
    pub baselined: u64,
    /// Recorded counts above what the run found (one per document and rule code).
    pub stale: u64,
}

impl Summary {
    /// Count one file's findings.
    pub fn add_file(&mut self, findings: &[Finding]) {
        self.files += 1;
        for f in findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
            match f.fix.as_ref().map(|fix| fix.applicability) {
                Some(Applicability::Safe) => self.fixable += 1,
                Some(Applicability::Unsafe) => self.unsafe_fixable += 1,
                _ => {}
            }
        }
    }

    /// Add another summary's counts.
    pub fn merge(&mut self, other: &Summary) {
        self.files += other.files;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
        self.fixable += other.fixable;
        self.unsafe_fixable += other.unsafe_fixable;
        self.fixed += other.fixed;
        self.fixed_files += other.fixed_files;
        if let Some(theirs) = other.baseline {
            let ours = self.baseline.get_or_insert_default();
            ours.baselined += theirs.baselined;
            ours.stale += theirs.stale;
        }
    }

    /// Number of findings.
    pub fn findings(&self) -> u64 {
        self.errors + self.warnings + self.infos
    }
}

/// Findings per rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statistics {
    /// `(count, fixable)` per rule, indexed like [`RULES`].
    counts: Vec<(u64, u64)>,
}

impl Default for Statistics {
    fn default() -> Self {
        Statistics { counts: vec![(0, 0); RULES.len()] }
    }
}

/// One row of the statistics: a rule and its counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StatisticsRow {
    /// Rule code.
    pub code: &'static str,
    /// Rule name.
    pub name: &'static str,
    /// Findings.
    pub count: u64,
    /// Findings with a fix `--fix` would apply (with `--unsafe-fixes`, unsafe ones too).
    pub fixable: u64,
}

impl Statistics {
    /// Count one file's findings.
    pub fn add_file(&mut self, findings: &[Finding], unsafe_fixes: bool) {
        for f in findings {
            if let Some(i) = RULES.iter().position(|r| r.code == f.code) {
                self.counts[i].0 += 1;
                if f.fix.as_ref().is_some_and(|fix| crate::fix::is_applicable(fix, unsafe_fixes)) {
                    self.counts[i].1 += 1;
                }
            }
        }
    }

    /// Add another file's or chunk's counts.
    pub fn merge(&mut self, other: &Statistics) {
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            a.0 += b.0;
            a.1 += b.1;
        }
    }

    /// The rules that fired, most frequent first, then by code.
    pub fn rows(&self) -> Vec<StatisticsRow> {
        let mut rows: Vec<StatisticsRow> = RULES
            .iter()
            .zip(&self.counts)
            .filter(|(_, c)| c.0 > 0)
            .map(|(r, &(count, fixable))| StatisticsRow { code: r.code, name: r.name, count, fixable })
            .collect();
        rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(b.code)));
        rows
    }
}

/// Renders files and the frame around them in one format.
pub struct Renderer {
    options: RenderOptions,
    full: Option<human::Full>,
    sarif: Option<sarif::Sarif>,
}

impl Renderer {
    /// A renderer.
    pub fn new(options: RenderOptions) -> Self {
        let full = (options.format == Format::Full).then(|| human::Full::new(options.color, options.width));
        let sarif = (options.format == Format::Sarif).then(|| sarif::Sarif::new(&options.rules));
        Renderer { options, full, sarif }
    }

    /// The options.
    pub fn options(&self) -> &RenderOptions {
        &self.options
    }

    /// What goes between two files' output: a comma where files are elements of one array.
    fn separator(&self) -> &'static [u8] {
        match self.options.format {
            Format::Json | Format::Sarif if !self.options.statistics => b",\n",
            _ => b"",
        }
    }

    /// Write what comes before the first file.
    pub fn begin(&self, w: &mut dyn Write) -> io::Result<()> {
        if self.options.statistics {
            return Ok(());
        }
        match self.options.format {
            Format::Json => writeln!(w, "{{\"format_version\":{},\"findings\":[", wire::FORMAT_VERSION),
            Format::Sarif => self.sarif.as_ref().map_or(Ok(()), |s| s.begin(w)),
            _ => Ok(()),
        }
    }

    /// Render one file's findings into `out`. Nothing is written for a file without findings.
    pub fn render_file<W: Write + ?Sized>(&self, report: &FileReport<'_>, out: &mut W) -> io::Result<()> {
        if self.options.statistics {
            return Ok(());
        }
        match self.options.format {
            Format::Concise => human::concise(report, out),
            Format::Full => match &self.full {
                Some(full) => full.render(report, out),
                None => Ok(()),
            },
            Format::Json => wire::json_findings(report, b",\n", out),
            Format::JsonLines => {
                wire::json_findings(report, b"\n", out)?;
                if report.findings.is_empty() { Ok(()) } else { out.write_all(b"\n") }
            }
            Format::Sarif => match &self.sarif {
                Some(sarif) => sarif.results(report, out),
                None => Ok(()),
            },
            Format::Github => github::commands(report, out),
        }
    }

    /// Write what comes after the last file: the summary line, the statistics, or the end of
    /// the JSON document.
    pub fn end(&self, w: &mut dyn Write, summary: &Summary, statistics: &Statistics) -> io::Result<()> {
        let unsafe_fixes = self.options.unsafe_fixes;
        if self.options.statistics {
            return match self.options.format {
                Format::Json => wire::json_statistics(w, summary, statistics),
                Format::JsonLines => wire::json_lines_statistics(w, statistics),
                _ => {
                    human::statistics_table(w, statistics)?;
                    human::summary_line(w, summary, unsafe_fixes)
                }
            };
        }
        match self.options.format {
            Format::Full | Format::Concise => human::summary_line(w, summary, unsafe_fixes),
            Format::Json => wire::json_end(w, summary),
            Format::Sarif => self.sarif.as_ref().map_or(Ok(()), |s| s.end(w)),
            Format::JsonLines | Format::Github => Ok(()),
        }
    }
}

/// Writes rendered files in order, with the separators the format needs.
pub struct Stream<'r, W: Write> {
    renderer: &'r Renderer,
    out: W,
    wrote_any: bool,
}

impl<'r, W: Write> Stream<'r, W> {
    /// Start a stream: writes the frame's beginning.
    pub fn begin(renderer: &'r Renderer, mut out: W) -> io::Result<Self> {
        renderer.begin(&mut out)?;
        Ok(Stream { renderer, out, wrote_any: false })
    }

    /// Write one file's rendered output (from [`Renderer::render_file`]).
    pub fn file(&mut self, rendered: &[u8]) -> io::Result<()> {
        if rendered.is_empty() {
            return Ok(());
        }
        if self.wrote_any {
            self.out.write_all(self.renderer.separator())?;
        }
        self.wrote_any = true;
        self.out.write_all(rendered)
    }

    /// Render one file straight into the output, with no buffer between (a lone input, whose
    /// findings may take as many bytes as the input).
    pub fn render_file(&mut self, report: &FileReport<'_>) -> io::Result<()> {
        let separator = if self.wrote_any { self.renderer.separator() } else { b"" };
        let out = Separated { out: &mut self.out, separator, wrote: false };
        // A small buffer of its own: the renderers write in many small pieces.
        let mut out = io::BufWriter::with_capacity(1 << 16, out);
        self.renderer.render_file(report, &mut out)?;
        let out = out.into_inner().map_err(io::IntoInnerError::into_error)?;
        self.wrote_any |= out.wrote;
        Ok(())
    }

    /// Write the frame's end and flush; gives the writer back.
    pub fn finish(mut self, summary: &Summary, statistics: &Statistics) -> io::Result<W> {
        if self.wrote_any && matches!(self.renderer.options.format, Format::Json | Format::Sarif) {
            self.out.write_all(b"\n")?;
        }
        self.renderer.end(&mut self.out, summary, statistics)?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Render a whole run held in memory (tests, embedding): every report, then the end.
pub fn render_all(renderer: &Renderer, reports: &[FileReport<'_>], out: &mut Vec<u8>) -> io::Result<()> {
    let mut summary = Summary::default();
    let mut statistics = Statistics::default();
    let mut stream = Stream::begin(renderer, Vec::new())?;
    let mut buf = Vec::new();
    for report in reports {
        summary.add_file(report.findings);
        statistics.add_file(report.findings, renderer.options.unsafe_fixes);
        buf.clear();
        renderer.render_file(report, &mut buf)?;
        stream.file(&buf)?;
    }
    out.extend(stream.finish(&summary, &statistics)?);
    Ok(())
}

/// A writer that writes a separator before the first byte, if any byte is written.
struct Separated<'a, W: Write> {
    out: &'a mut W,
    separator: &'static [u8],
    wrote: bool,
}

impl<W: Write> Write for Separated<'_, W> {
    #[inline]
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.wrote && !buf.is_empty() {
            self.out.write_all(self.separator)?;
            self.wrote = true;
        }
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::finding::Fix;
    use crate::lint::registry;
    use crate::span::Span;

    /// A finding of `code` at `span`.
    pub fn finding(code: &str, message: &str, span: (usize, usize)) -> Finding {
        let rule = registry::lookup(code).expect("a known rule");
        crate::lint::finding(rule, message, Span::new(span.0, span.1))
    }

    /// A small text and findings that exercise every field: a title mismatch with a second
    /// label, a fix, a multi-byte character before a span.
    pub const TEXT: &str =
        "Provisional agenda\n1. Opening of the sesion.\n“Annotations”\n 1. Opening of the session\n";

    pub fn sample() -> Vec<Finding> {
        let heading = TEXT.find(" 1. Opening of the session").expect("heading") + 1;
        let entry = TEXT.find("Opening of the sesion").expect("entry");
        let quote = TEXT.find("Annotations").expect("quote");
        vec![
            finding(
                "A202",
                "annotation heading differs from the agenda list: `sesion` against `session`",
                (heading, heading + 25),
            )
            .with_primary_label("annotation heading")
            .with_label("list entry", Span::new(entry, entry + 21))
            .with_help("Make the annotation heading and the list entry the same."),
            finding("A702", "straight, curly: \"quotes\", 100% 50:50", (quote - 3, quote + 14))
                .with_fix(Fix::replace(Applicability::Safe, Span::new(quote - 3, quote), "\"")),
        ]
    }

    #[test]
    fn summary_and_statistics_count() {
        let findings = sample();
        let mut summary = Summary::default();
        summary.add_file(&findings);
        summary.add_file(&[]);
        assert_eq!((summary.files, summary.errors, summary.warnings, summary.fixable), (2, 1, 1, 1));
        let mut stats = Statistics::default();
        stats.add_file(&findings, false);
        stats.add_file(&findings[1..], false);
        let rows = stats.rows();
        assert_eq!(rows[0], StatisticsRow { code: "A702", name: "quote-style", count: 2, fixable: 2 });
        assert_eq!(rows[1].code, "A202");
    }
}
