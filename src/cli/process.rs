//! Running the library over the inputs: `parse` and `lint`.
//!
//! Files come from the walk in path order ([`Jobs`]) and are taken in chunks of [`CHUNK`];
//! the files of a chunk are read, processed and rendered in parallel (each worker reads its
//! own file), then the chunk's output is written in order. Memory thus stays bounded by one
//! chunk, whatever the size of the folder, and the output bytes do not depend on the thread
//! count. The first chunk is taken before anything is written, so that a run with no input
//! or with a broken configuration at its top fails with no output; a broken configuration met
//! later stops the run there. A panic while
//! processing a file is caught and reported as A004 on that file; the run goes on.

use std::any::Any;
use std::borrow::Cow;
use std::cell::Cell;
use std::fs;
use std::io::{self, IsTerminal, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;

use agendum::config::{CliSettings, FileSettings};
use agendum::finding::Finding;
use agendum::lint::registry::{RULES, RuleMeta};
use agendum::lint::rules::input::{A004, A005};
use agendum::model::{Document, FORMAT_VERSION};
use agendum::render::{
    ConfiguredRule, FileReport, Format, RenderOptions, Renderer, Statistics, Stream, Summary,
};
use agendum::{ParseOptions, Source, Span, fix};
use rayon::prelude::*;

use super::args::{InputArgs, LintArgs, ParseArgs, ParseFormat};
use super::baseline::{self, Baselines, DocumentSymbols, FileRecord};
use super::inputs::{Configs, DistinctSettings, Job, Jobs, Origin};
use super::output::{Output, replace_unchanged, write_error};
use super::{Failure, Status};

/// Files processed together: enough to keep every thread busy, few enough that a chunk's
/// output stays small.
const CHUNK: usize = 256;

/// More SARIF results than GitHub code scanning displays.
const SARIF_DISPLAY_LIMIT: u64 = 5_000;

thread_local! {
    /// True while a thread processes a file: its panic is reported as A004, not printed. Always
    /// true on the run's worker threads, which only ever process files (or documents of one).
    static IN_FILE: Cell<bool> = const { Cell::new(false) };
}

/// Keep the default panic message for panics outside file processing only.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !IN_FILE.with(Cell::get) {
                default(info);
            }
        }));
    });
}

/// Run `f`, turning a panic into its message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let before = IN_FILE.with(|c| c.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    IN_FILE.with(|c| c.set(before));
    result.map_err(|payload| panic_message(payload.as_ref()))
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

/// A way for tests to exercise the A004 path: in debug builds, processing a file whose path
/// ends with `$AGENDUM_DEBUG_PANIC` panics.
fn debug_panic(display: &str) {
    if !cfg!(debug_assertions) {
        return;
    }
    let Some(suffix) = std::env::var_os("AGENDUM_DEBUG_PANIC") else { return };
    if suffix.to_str().is_some_and(|s| !s.is_empty() && display.ends_with(s)) {
        panic!("debug panic requested by AGENDUM_DEBUG_PANIC");
    }
}

/// Inputs, ready to process.
struct Prepared {
    /// The command line's paths (`.` or `-` when none was given).
    paths: Vec<PathBuf>,
    jobs: Jobs,
    /// The first chunk of jobs.
    first: Vec<Job>,
    /// True when standard input is one of the inputs.
    has_stdin: bool,
    stdin: Vec<u8>,
    pool: rayon::ThreadPool,
    /// The settings of every input, when asked for (a walk of its own).
    settings: Option<DistinctSettings>,
}

/// The next chunk of jobs, empty at the end.
fn next_chunk(jobs: &mut Jobs) -> Result<Vec<Job>, Failure> {
    jobs.by_ref().take(CHUNK).collect()
}

/// Find the inputs and take the first chunk; with `all_settings`, walk them all once first
/// for their settings.
fn prepare(input: &InputArgs, cli: CliSettings, all_settings: bool) -> Result<Prepared, Failure> {
    let paths = if !input.paths.is_empty() {
        input.paths.clone()
    } else if input.stdin_filename.is_some() {
        vec!["-".into()]
    } else {
        vec![".".into()]
    };
    let configs = Configs::new(cli, input.config.as_deref())?;
    let mut jobs = Jobs::new(&paths, input.stdin_filename.as_deref(), configs)?;
    let settings = if all_settings { Some(jobs.distinct_settings()?) } else { None };
    let first = next_chunk(&mut jobs)?;
    if first.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| format!("`{}`", p.display())).collect();
        return Err(Failure::new(format!("no input files found in {}", shown.join(", "))));
    }
    let has_stdin = paths.iter().any(|p| p.as_os_str() == "-");
    let mut stdin = Vec::new();
    if has_stdin {
        io::stdin()
            .lock()
            .read_to_end(&mut stdin)
            .map_err(|e| Failure::new(format!("cannot read standard input: {e}")))?;
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(input.threads.unwrap_or(0))
        // The workers only ever process files (or documents of one): their panics are A004.
        .start_handler(|_| IN_FILE.with(|c| c.set(true)))
        .build()
        .map_err(|e| Failure::new(format!("cannot start worker threads: {e}")))?;
    Ok(Prepared { paths, jobs, first, has_stdin, stdin, pool, settings })
}

/// The bytes of a job, or why they could not be read (`Err(Ok(reason))`: a finding;
/// `Err(Err(message))`: an error of the run).
fn read<'a>(job: &Job, stdin: &'a [u8]) -> Result<Cow<'a, [u8]>, Result<String, String>> {
    match &job.origin {
        Origin::Stdin => Ok(Cow::Borrowed(stdin)),
        Origin::Unreadable(why) => Err(Ok(why.clone())),
        Origin::File { explicit } => read_file(&job.path).map(Cow::Owned).map_err(|e| {
            if *explicit { Err(format!("cannot read `{}`: {e}", job.display)) } else { Ok(e.to_string()) }
        }),
    }
}

/// The bytes of a file, unless it is larger than the parser takes (not read at all then).
fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = fs::File::open(path)?;
    let len = file.metadata()?.len();
    if len > agendum::lexer::MAX_LEN as u64 {
        return Err(io::Error::other(format!(
            "it is larger than 4 GiB ({len} bytes), the most agendum reads"
        )));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// A finding of an input rule (A004, A005) as the file's configuration has it, or `None`
/// when that rule is disabled.
fn input_finding(
    rule: &RuleMeta,
    settings: &FileSettings,
    message: String,
    help: &'static str,
) -> Option<Finding> {
    let rules = &settings.options.rules;
    if !rules.is_enabled(rule) {
        return None;
    }
    let mut finding = agendum::lint::finding(rule, message, Span::empty(0)).with_help(help);
    finding.severity = rules.severity(rule);
    Some(finding)
}

const A004_HELP: &str = "This is a bug in agendum: please report it with the file that triggers it.";
const A005_HELP: &str = "Fix the permissions or the link, or exclude the path in `agendum.toml`.";

// ---------------------------------------------------------------------------------------
// parse

/// `agendum parse`.
pub fn parse(args: ParseArgs) -> Result<Status, Failure> {
    install_panic_hook();
    let mut prepared = prepare(&args.input, CliSettings::default(), false)?;
    // The first chunk holds every job when it is not full.
    let lines = args.output_format == Some(ParseFormat::JsonLines) || prepared.first.len() > 1;
    let pretty = args.pretty && !lines;
    let mut out = Output::open(args.input.output.as_deref(), false)?;
    let mut status = Status::Success;
    let mut fail = |message: String| {
        eprintln!("agendum: {message}");
        status = Status::Error;
    };
    let written = if let [job] = prepared.first.as_slice() {
        // One input, maybe a huge one: serialize straight into the output, not a buffer.
        match write_job(job, &prepared.stdin, pretty, &mut out) {
            Ok(written) => written,
            Err(message) => {
                fail(message);
                Ok(())
            }
        }
    } else {
        let mut written = Ok(());
        let mut chunk = std::mem::take(&mut prepared.first);
        while !chunk.is_empty() {
            let outcomes: Vec<Result<Vec<u8>, String>> = prepared.pool.install(|| {
                chunk
                    .par_iter()
                    .map(|job| {
                        let mut buf = Vec::with_capacity(4096);
                        write_job(job, &prepared.stdin, pretty, &mut buf)?.map_err(|e| e.to_string())?;
                        Ok(buf)
                    })
                    .collect()
            });
            for outcome in outcomes {
                match outcome {
                    Ok(json) => written = out.write_all(&json),
                    Err(message) => fail(message),
                }
                if written.is_err() {
                    break;
                }
            }
            if written.is_err() {
                break;
            }
            chunk = next_chunk(&mut prepared.jobs)?;
        }
        written
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => Ok(status),
        Err(e) => write_error(e).map_or(Ok(status), Err),
    }
}

/// Parse a job and write its document as JSON (a document holding only an A005 diagnostic
/// when the file could not be read, or an A004 one when parsing failed), or the error that makes
/// the run fail. The documents that follow the first in the same input are parsed one at a time
/// as they are written, so that only one tree is in memory.
fn write_job(job: &Job, stdin: &[u8], pretty: bool, out: &mut dyn Write) -> Result<io::Result<()>, String> {
    let bytes = match read(job, stdin) {
        Ok(bytes) => bytes,
        Err(Err(message)) => return Err(message),
        Err(Ok(why)) => {
            let finding =
                agendum::lint::finding(&A005, format!("cannot read this file: {why}"), Span::empty(0))
                    .with_help(A005_HELP);
            return Ok(write_document(&empty_document(job, finding), std::iter::empty(), pretty, out));
        }
    };
    let source = Source::new(&bytes);
    let parse = |span: Span| {
        let result = guarded(|| {
            debug_panic(&job.display);
            let mut doc = agendum::parser::parse_document(&source.part(span), ParseOptions::default());
            doc.path = Some(job.display.clone());
            doc
        });
        result.unwrap_or_else(|message| {
            let finding =
                agendum::lint::finding(&A004, format!("internal error: {message}"), Span::empty(span.start))
                    .with_help(A004_HELP);
            Document { span, ..empty_document(job, finding) }
        })
    };
    let spans = agendum::parser::documents(&source);
    let first = parse(spans[0]);
    Ok(write_document(&first, spans[1..].iter().map(|&span| parse(span)), pretty, out))
}

fn empty_document(job: &Job, diagnostic: Finding) -> Document {
    Document {
        format_version: FORMAT_VERSION,
        path: Some(job.display.clone()),
        diagnostics: vec![diagnostic],
        ..Document::default()
    }
}

/// A document as JSON and a newline, with `following` as its [`Document::following`], made
/// one at a time as they are written (left out when there are none, as the library's JSON
/// leaves it out).
fn write_document(
    doc: &Document,
    following: impl ExactSizeIterator<Item = Document>,
    pretty: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    if following.len() == 0 {
        write_json(doc, pretty, out)
    } else {
        write_json(&Streamed { doc, following: Following(Cell::new(Some(following))) }, pretty, out)
    }
}

/// A value as JSON and a newline.
fn write_json(value: &impl serde::Serialize, pretty: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut out = out;
    if pretty {
        serde_json::to_writer_pretty(&mut out, value)?;
    } else {
        serde_json::to_writer(&mut out, value)?;
    }
    out.write_all(b"\n")
}

/// A document whose `following` documents are serialized from an iterator.
#[derive(serde::Serialize)]
#[serde(bound = "")]
struct Streamed<'a, I: Iterator<Item = Document>> {
    #[serde(flatten)]
    doc: &'a Document,
    following: Following<I>,
}

struct Following<I>(Cell<Option<I>>);

impl<I: Iterator<Item = Document>> serde::Serialize for Following<I> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.take().into_iter().flatten())
    }
}

// ---------------------------------------------------------------------------------------
// lint

/// What `--fix` / `--diff` do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Check,
    Fix,
    Diff,
}

/// What every lint worker shares.
struct LintContext<'a> {
    mode: Mode,
    unsafe_fixes: bool,
    statistics: bool,
    renderer: &'a Renderer,
    stdin: &'a [u8],
    baselines: &'a Baselines,
    /// The run's threads (`--threads`).
    pool: &'a rayon::ThreadPool,
}

/// One file's result.
#[derive(Default)]
struct Outcome {
    rendered: Vec<u8>,
    summary: Summary,
    statistics: Option<Statistics>,
    fails: bool,
    /// An error of the run (exit 2): an unreadable named file, a fix that could not be written.
    error: Option<String>,
    /// `--fix` on standard input: the text to print.
    fixed_stdin: Option<Vec<u8>>,
    /// What the baseline needs to know about each document of the file.
    baseline: Vec<FileRecord>,
    /// Rendered straight into the output ([`Direct`]): the write failed.
    write_failed: Option<io::Error>,
}

/// Where a lone input's findings are rendered: straight into the output, as they may take as
/// many bytes as the input (files of a folder are rendered into [`Outcome::rendered`]).
type Direct<'d> = Option<&'d mut dyn FnMut(&FileReport<'_>) -> io::Result<()>>;

impl Outcome {
    fn error(message: String) -> Self {
        Outcome { error: Some(message), ..Outcome::default() }
    }
}

/// `agendum lint`.
pub fn lint(args: LintArgs, cli: CliSettings) -> Result<Status, Failure> {
    install_panic_hook();
    // SARIF lists the rules of the run before the first result.
    let sarif = args.output_format == Some(Format::Sarif);
    let mut prepared = prepare(&args.input, cli, sarif)?;
    let mode = if args.diff {
        Mode::Diff
    } else if args.fix {
        Mode::Fix
    } else {
        Mode::Check
    };
    let stdin_fix = mode == Mode::Fix && prepared.has_stdin;
    let mut out = Output::open(args.input.output.as_deref(), stdin_fix)?;
    let format = match args.output_format {
        Some(f) => f,
        None if out.is_stdout() && io::stdout().is_terminal() => Format::Full,
        None => Format::Concise,
    };
    let renderer = Renderer::new(RenderOptions {
        format,
        color: super::use_color(args.color, out.is_stdout()),
        width: std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).unwrap_or(100),
        statistics: args.statistics,
        unsafe_fixes: args.unsafe_fixes,
        rules: prepared.settings.as_ref().map(configured_rules).unwrap_or_default(),
    });
    // `--diff` shows fixes only: no baseline applies to it.
    let mut baselines = if mode == Mode::Diff {
        Baselines::off()
    } else {
        let options = baseline::Options {
            baseline: args.baseline.clone(),
            write: args.write_baseline.clone(),
            prune: args.prune_baseline,
            pass_on_stale: args.pass_on_stale_baseline,
        };
        let stdin_name = args.input.stdin_filename.as_deref();
        Baselines::load(&options, prepared.jobs.configs().all(), &prepared.paths, stdin_name)?
    };
    let mut gathered = baselines.gather();

    let mut summary = Summary::default();
    let mut statistics = Statistics::default();
    let mut warnings_by_config: Vec<u64> = Vec::new();
    let mut fails = false;
    let mut error = false;
    let mut fixed_stdin = None;
    let sink = if mode == Mode::Diff {
        Ok(Sink::Raw(&mut out))
    } else {
        Stream::begin(&renderer, &mut out).map(Sink::Report)
    };
    let mut sink = match sink {
        Ok(sink) => sink,
        Err(e) => return write_error(e).map_or(Ok(Status::Success), Err),
    };
    let mut broken_pipe = false;
    // The first chunk holds every job when it is not full.
    let lone = prepared.first.len() == 1;
    let mut chunk = std::mem::take(&mut prepared.first);
    'chunks: while !chunk.is_empty() {
        baselines.adopt(prepared.jobs.configs().all())?;
        let cx = LintContext {
            mode,
            unsafe_fixes: args.unsafe_fixes,
            statistics: args.statistics,
            renderer: &renderer,
            stdin: &prepared.stdin,
            baselines: &baselines,
            pool: &prepared.pool,
        };
        let outcomes: Vec<Outcome> = match (&mut sink, chunk.as_slice()) {
            (Sink::Report(stream), [job]) if lone => {
                let mut render = |report: &FileReport<'_>| stream.render_file(report);
                vec![lint_one(job, &cx, Some(&mut render))]
            }
            _ => prepared.pool.install(|| chunk.par_iter().map(|job| lint_one(job, &cx, None)).collect()),
        };
        for (job, mut outcome) in chunk.iter().zip(outcomes) {
            gathered.absorb(&baselines, &job.settings, std::mem::take(&mut outcome.baseline));
            if let Some(message) = &outcome.error {
                eprintln!("agendum: {message}");
                error = true;
            }
            summary.merge(&outcome.summary);
            if let Some(s) = &outcome.statistics {
                statistics.merge(s);
            }
            if warnings_by_config.len() <= job.config {
                warnings_by_config.resize(job.config + 1, 0);
            }
            warnings_by_config[job.config] += outcome.summary.warnings;
            fails |= outcome.fails;
            if outcome.fixed_stdin.is_some() {
                fixed_stdin = outcome.fixed_stdin;
            }
            let written = match (&mut sink, outcome.write_failed) {
                (_, Some(e)) => Err(e),
                (Sink::Report(stream), None) => stream.file(&outcome.rendered),
                (Sink::Raw(out), None) => out.write_all(&outcome.rendered),
            };
            if let Err(e) = written {
                write_error(e).map_or(Ok(()), Err)?;
                broken_pipe = true;
                break 'chunks;
            }
        }
        chunk = next_chunk(&mut prepared.jobs)?;
    }
    // Before the summary line, which counts the stale entries. A run cut short (an error, a
    // closed pipe) has not seen every document: it neither writes a baseline nor judges one.
    let baseline_status = baselines.finish(gathered, error || broken_pipe, &mut summary.baseline)?;
    if !broken_pipe {
        let finished = match sink {
            Sink::Report(stream) => stream.finish(&summary, &statistics).map(drop),
            Sink::Raw(out) => out.flush(),
        };
        if let Err(e) = finished {
            write_error(e).map_or(Ok(()), Err)?;
        }
    }
    if let Some(text) = fixed_stdin {
        let mut stdout = io::stdout().lock();
        if let Err(e) = stdout.write_all(&text).and_then(|()| stdout.flush()) {
            write_error(e).map_or(Ok(()), Err)?;
        }
    }
    if format == Format::Sarif && summary.findings() > SARIF_DISPLAY_LIMIT {
        eprintln!(
            "agendum: warning: {} results; GitHub code scanning shows at most {SARIF_DISPLAY_LIMIT} per run and rejects more than 25000",
            summary.findings()
        );
    }

    if error {
        return Ok(Status::Error);
    }
    if mode == Mode::Diff {
        if summary.fixed == 0 {
            eprintln!("agendum: nothing to fix");
            return Ok(Status::Success);
        }
        eprintln!(
            "agendum: would fix {} in {} (run with --fix to apply)",
            plural(summary.fixed, "finding"),
            plural(summary.fixed_files, "file")
        );
        return Ok(Status::Failure);
    }
    if args.exit_zero {
        return Ok(Status::Success);
    }
    let over_cli_limit = args.max_warnings.is_some_and(|max| summary.warnings > max);
    let over_config_limit = prepared
        .jobs
        .configs()
        .all()
        .iter()
        .zip(&warnings_by_config)
        .any(|(config, &warnings)| config.max_warnings().is_some_and(|max| warnings > max as u64));
    let stale = baseline_status == Status::Failure;
    Ok(if fails || over_cli_limit || over_config_limit || stale { Status::Failure } else { Status::Success })
}

/// Where lint output goes: a report stream, or (`--diff`) the raw diffs.
enum Sink<'r, W: Write> {
    Report(Stream<'r, W>),
    Raw(W),
}

fn plural(n: u64, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The rules enabled for any input, each with its configured severity when every input
/// agrees on it, its default severity otherwise (results carry their own level anyway).
fn configured_rules(distinct: &DistinctSettings) -> Vec<ConfiguredRule> {
    RULES
        .iter()
        .filter_map(|&rule| {
            let mut severities = distinct
                .iter()
                .map(|s| &s.options.rules)
                .filter(|rules| rules.is_enabled(rule))
                .map(|rules| rules.severity(rule));
            let first = severities.next()?;
            let severity = if severities.all(|s| s == first) { first } else { rule.default_severity };
            Some(ConfiguredRule { rule, severity })
        })
        .collect()
}

fn lint_one(job: &Job, cx: &LintContext<'_>, mut direct: Direct<'_>) -> Outcome {
    let bytes = match read(job, cx.stdin) {
        Ok(bytes) => bytes,
        Err(Err(message)) => return Outcome::error(message),
        Err(Ok(why)) => {
            let finding =
                input_finding(&A005, &job.settings, format!("cannot read this file: {why}"), A005_HELP);
            return report_only(job, cx, finding, direct);
        }
    };
    // After a panic, the A004 finding is rendered as a folder's files are.
    match guarded(|| lint_bytes(job, &bytes, cx, direct.take())) {
        Ok(outcome) => outcome,
        Err(message) => {
            let finding =
                input_finding(&A004, &job.settings, format!("internal error: {message}"), A004_HELP);
            report_only(job, cx, finding, direct)
        }
    }
}

/// The outcome of a file that could not be processed: at most one finding, no text, and for
/// a baseline one document without a symbol.
fn report_only(job: &Job, cx: &LintContext<'_>, finding: Option<Finding>, direct: Direct<'_>) -> Outcome {
    let findings: Vec<Finding> = finding.into_iter().collect();
    let source = Source::new(b"");
    tally(job, cx, &source, &findings, vec![(Span::new(0, source.len()), None)], direct)
}

fn lint_bytes(job: &Job, bytes: &[u8], cx: &LintContext<'_>, direct: Direct<'_>) -> Outcome {
    debug_panic(&job.display);
    let options = &job.settings.options;
    // The documents of the last text checked (the final one), which a baseline knows by
    // their spans and symbols.
    let documents: Cell<DocumentSymbols> = Cell::new(Vec::new());
    let check = |source: &Source<'_>| {
        // Without paragraph text: the lint reads paragraphs through their spans. The documents
        // of an input that holds several are linted on the run's threads.
        let (findings, checked) = cx.pool.install(|| {
            agendum::lint::lint_source(source, options, |span, doc| {
                cx.baselines.is_active().then(|| (span, agendum::baseline::document_symbol(doc)))
            })
        });
        documents.set(checked.into_iter().flatten().collect());
        findings
    };
    let (fixed, applied, findings) = match cx.mode {
        Mode::Check => (None, 0, None),
        Mode::Fix | Mode::Diff => {
            let outcome = fix::fix_until_stable(bytes, cx.unsafe_fixes, check);
            let fixed = outcome.fixed.filter(|new| new.as_slice() != bytes);
            (fixed, outcome.applied, Some(outcome.findings))
        }
    };
    let text = fixed.as_deref().unwrap_or(bytes);
    let source = Source::new(text);
    let findings = findings.unwrap_or_else(|| check(&source));

    let mut error = None;
    let mut fixed_stdin = None;
    match cx.mode {
        Mode::Check => {}
        Mode::Diff => {
            let mut outcome = Outcome::default();
            outcome.summary.files = 1;
            if let Some(new) = &fixed {
                outcome.rendered = fix::unified_diff(&job.display, bytes, new).into_bytes();
                outcome.summary.fixed = applied as u64;
                outcome.summary.fixed_files = 1;
            }
            return outcome;
        }
        Mode::Fix => match (&job.origin, &fixed) {
            (Origin::Stdin, _) => fixed_stdin = Some(text.to_vec()),
            (_, Some(new)) => {
                if let Err(e) = replace_unchanged(&job.path, bytes, new) {
                    error = Some(format!("cannot write the fixes of `{}`: {e}", job.display));
                }
            }
            (_, None) => {}
        },
    }
    if error.is_some() {
        // The file keeps its text: report the findings it still has, not those of the fix.
        let original = Source::new(bytes);
        let findings = check(&original);
        let mut outcome = tally(job, cx, &original, &findings, documents.take(), direct);
        outcome.error = error;
        return outcome;
    }
    let mut outcome = tally(job, cx, &source, &findings, documents.take(), direct);
    if fixed.is_some() {
        outcome.summary.fixed = applied as u64;
        outcome.summary.fixed_files = 1;
    }
    outcome.error = error;
    outcome.fixed_stdin = fixed_stdin;
    outcome
}

/// Count and render a file's findings (less those its baseline hides; `documents` are what the
/// baseline knows its documents by).
fn tally(
    job: &Job,
    cx: &LintContext<'_>,
    source: &Source<'_>,
    findings: &[Finding],
    documents: DocumentSymbols,
    direct: Direct<'_>,
) -> Outcome {
    let mut outcome = Outcome::default();
    let (findings, baselined, records) = cx.baselines.apply(job, documents, findings);
    let findings = findings.as_ref();
    outcome.baseline = records;
    outcome.summary.add_file(findings);
    outcome.summary.baseline = baselined;
    if cx.statistics {
        let mut statistics = Statistics::default();
        statistics.add_file(findings, cx.unsafe_fixes);
        outcome.statistics = Some(statistics);
    }
    outcome.fails = findings.iter().any(|f| f.severity >= job.settings.fail_on);
    let report = FileReport { path: &job.display, source, findings };
    match direct {
        Some(render) => outcome.write_failed = render(&report).err(),
        None => {
            if let Err(e) = cx.renderer.render_file(&report, &mut outcome.rendered) {
                outcome.error = Some(format!("cannot render the findings of `{}`: {e}", job.display));
            }
        }
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Files and folders that vanish between the walk listing them and their reading are
    /// findings of their own paths (A005), never an error of the run, and the run goes on.
    #[test]
    fn files_and_folders_that_vanish_during_a_run_are_findings() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        for name in ["a/1.txt", "a/2.txt", "b/3.txt", "c/4.txt"] {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
            fs::write(&path, "1. Opening of the session.\n").expect("a file");
        }
        let configs = Configs::new(CliSettings::default(), None).expect("configurations");
        let mut jobs = Jobs::new(&[dir.path().to_path_buf()], None, configs).expect("the jobs");
        let first = jobs.next().expect("a job").expect("no error");
        assert!(read(&first, &[]).is_ok());
        // `a` is listed already; `b` is not entered yet.
        fs::remove_file(dir.path().join("a/2.txt")).expect("removed");
        fs::remove_dir_all(dir.path().join("b")).expect("removed");
        let mut outcomes = Vec::new();
        for job in jobs {
            let job = job.expect("the walk goes on");
            let name = Path::new(&job.display).strip_prefix(dir.path()).expect("below").display().to_string();
            outcomes.push((name, read(&job, &[]).map(|_| ()).map_err(|e| e.is_ok())));
        }
        // A vanished file is a finding (`Err(true)`); the vanished folder is a finding or is
        // not seen at all, whichever the walk met; the later folder is read.
        assert_eq!(outcomes.first(), Some(&("a/2.txt".to_string(), Err(true))), "{outcomes:?}");
        assert_eq!(outcomes.last(), Some(&("c/4.txt".to_string(), Ok(()))), "{outcomes:?}");
        assert!(outcomes.iter().all(|(_, o)| *o != Err(false)), "{outcomes:?}");
    }
}
