//! In-process throughput against PRODUCT.md's performance table, each case next to its floor
//! measured in the same run (a streaming memchr line count of the same bytes).
//!
//! - `throughput-seed`, `throughput-10mb`: the seed, and ~10 MB of realistic agendas (the
//!   seed and the corpus's extractions, concatenated in memory): the floor, then four
//!   stages: `parse`, `parse+lint` (every default rule), `parse+lint+json` (the findings as
//!   `agendum lint --output-format json` writes them, to `io::sink()`), and `parse+json` (the
//!   tree as `agendum parse` writes it).
//! - `scaling-<shape>`: the whole pipeline on 1× and 10× of each input shape (realistic text,
//!   one huge line, 300,000 `(a)` lines, 200,000 items, 200,000 separators, half a million
//!   nested parentheses, 100,000 footnote lines …): 10× the input must take ≤ 11× the time.
//!
//! Timed by the thread's CPU time where the kernel tells it (see [`cpu_clock`]). The floor
//! here counts bytes already in memory (tens of GB/s), far faster than `wc -l` reading a file
//! (a few GB/s): `benches/whole-process.sh` measures the ratio against `wc -l`.
//! After the runs, a table gives each stage's ratio to its floor (target ≤ 30×, and ≥ 150
//! MB/s) and each shape's 10×/1× time ratio, read from criterion's estimates.
//! `cargo bench --bench throughput [-- FILTER]`; `AGENDUM_CORPUS=DIR` to take the realistic
//! texts from another corpus folder.

use std::hint::black_box;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use agendum::render::{FileReport, Format, RenderOptions, Renderer, Statistics, Stream, Summary};
use agendum::{LintOptions, Source};
use criterion::{BenchmarkGroup, Criterion, Throughput, measurement::WallTime};

#[path = "../tests/it/properties/corpus.rs"]
mod corpus;
#[path = "../tests/it/hostile/shapes.rs"]
mod shapes;

/// Size of the big realistic input.
const BIG: usize = 10_000_000;

/// The floor: count lines with memchr, as `wc -l` does.
fn floor(raw: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', raw).count()
}

fn parse(raw: &[u8]) -> usize {
    let source = Source::new(raw);
    agendum::parse(&source).diagnostics.len()
}

/// As the command line lints: one document at a time, parsed without paragraph text, which
/// no rule reads.
fn lint(source: &Source<'_>) -> Vec<agendum::Finding> {
    agendum::lint::lint_source(source, &LintOptions::default(), |_, _| ()).0
}

fn parse_lint(raw: &[u8]) -> usize {
    lint(&Source::new(raw)).len()
}

fn parse_lint_json(raw: &[u8]) -> usize {
    let source = Source::new(raw);
    let findings = lint(&source);
    // As the command line does it: the file rendered into a buffer, the buffer streamed out.
    let renderer = Renderer::new(RenderOptions::new(Format::Json));
    let report = FileReport { path: "input.txt", source: &source, findings: &findings };
    let mut buf = Vec::new();
    let mut summary = Summary::default();
    summary.add_file(&findings);
    let mut stream = Stream::begin(&renderer, io::sink()).expect("writing to a sink");
    renderer.render_file(&report, &mut buf).expect("rendering into memory");
    stream.file(&buf).expect("writing to a sink");
    stream.finish(&summary, &Statistics::default()).expect("writing to a sink");
    buf.len()
}

fn parse_json(raw: &[u8]) -> usize {
    let source = Source::new(raw);
    let doc = agendum::parse(&source);
    serde_json::to_writer(io::sink(), &doc).expect("serializing to a sink");
    doc.diagnostics.len()
}

/// One stage of the pipeline, from raw bytes to a count that keeps the work observable.
type Stage = fn(&[u8]) -> usize;

/// The stages of the throughput groups, by bench id.
const STAGES: &[(&str, Stage)] = &[
    ("floor", floor),
    ("parse", parse),
    ("parse+lint", parse_lint),
    ("parse+lint+json", parse_lint_json),
    ("parse+json", parse_json),
];

/// Realistic agendas concatenated to at least `size` bytes (each document whole).
fn realistic(size: usize) -> Vec<u8> {
    let mut docs = vec![corpus::seed()];
    docs.extend(corpus::generated());
    let mut out = Vec::with_capacity(size + 64 * 1024);
    for doc in docs.iter().cycle() {
        if out.len() >= size {
            break;
        }
        out.extend_from_slice(doc);
        out.push(b'\n');
    }
    out
}

fn configure(group: &mut BenchmarkGroup<'_, WallTime>, bytes: usize) {
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(if bytes > 1_000_000 { 8 } else { 3 }));
}

/// On-CPU time of this thread, from the scheduler, where the kernel tells it.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(stat.split_whitespace().next()?.parse().ok()?))
}

/// True when benchmarks are timed by this thread's CPU time rather than the wall clock: by
/// default where the kernel tells it, since on a shared machine the wall clock measures the
/// other processes too (single-threaded work takes the same CPU time as wall time on an idle
/// machine). `AGENDUM_BENCH_CLOCK=wall` times by the wall clock.
fn cpu_clock() -> bool {
    std::env::var("AGENDUM_BENCH_CLOCK").map_or(true, |c| c != "wall") && thread_cpu_time().is_some()
}

/// Time `run` on `input` by the chosen clock.
fn bench(group: &mut BenchmarkGroup<'_, WallTime>, id: &str, run: Stage, input: &[u8]) {
    if cpu_clock() {
        group.bench_function(id, |b| {
            b.iter_custom(|iters| {
                let start = thread_cpu_time().unwrap_or_default();
                for _ in 0..iters {
                    black_box(run(black_box(input)));
                }
                thread_cpu_time().unwrap_or_default().saturating_sub(start)
            })
        });
    } else {
        group.bench_function(id, |b| b.iter(|| run(black_box(input))));
    }
}

fn throughput(c: &mut Criterion, name: &str, input: &[u8]) {
    let mut group = c.benchmark_group(name);
    configure(&mut group, input.len());
    for &(stage, run) in STAGES {
        bench(&mut group, stage, run, input);
    }
    group.finish();
}

fn scaling(c: &mut Criterion, name: &str, small: &[u8], large: &[u8]) {
    let mut group = c.benchmark_group(format!("scaling-{name}"));
    for (id, input) in [("1x", small), ("10x", large)] {
        configure(&mut group, input.len());
        bench(&mut group, id, parse_lint_json, input);
    }
    group.finish();
}

fn main() {
    // PRODUCT.md's cases run on one thread: the documents of an input, which the library lints
    // on the current rayon pool, are linted on this thread, which is that pool's only one.
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .use_current_thread()
        .build_global()
        .expect("the global thread pool is built here first");
    let dir = output_directory();
    let mut c = Criterion::default().output_directory(&dir).without_plots().configure_from_args();
    println!("timed by {}", if cpu_clock() { "this thread's CPU time" } else { "the wall clock" });

    let seed = corpus::seed();
    let big = realistic(BIG);
    throughput(&mut c, "throughput-seed", &seed);
    throughput(&mut c, "throughput-10mb", &big);

    scaling(&mut c, "agenda", &realistic(BIG / 10), &big);
    for shape in shapes::SHAPES {
        scaling(&mut c, shape.name, &(shape.build)(shape.full / 10), &(shape.build)(shape.full));
    }

    c.final_summary();
    summary(&dir);
}

/// Where criterion writes its estimates: as criterion finds it, without asking cargo.
fn output_directory() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
        .join("criterion")
}

/// Mean time of a benchmark in seconds, from the last run's estimates.
fn mean(dir: &Path, group: &str, id: &str) -> Option<f64> {
    let path = dir.join(group).join(id).join("new/estimates.json");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    Some(json["mean"]["point_estimate"].as_f64()? / 1e9)
}

/// The figures PRODUCT.md sets targets for, from the estimates of this run (benches filtered
/// out of the run show the previous run's figures, or nothing).
fn summary(dir: &Path) {
    let verdict = |ok: bool| if ok { "PASS" } else { "FAIL" };
    println!("\nratio to the floor (memchr line count), target ≤ 30× and ≥ 150 MB/s:");
    for (group, bytes) in
        [("throughput-seed", corpus::seed().len()), ("throughput-10mb", realistic(BIG).len())]
    {
        let Some(floor) = mean(dir, group, "floor") else { continue };
        for &(stage, _) in &STAGES[1..] {
            let Some(t) = mean(dir, group, stage) else { continue };
            let (ratio, rate) = (t / floor, bytes as f64 / t / 1e6);
            println!(
                "  {group:<16} {stage:<16} {rate:>8.1} MB/s {ratio:>7.1}× floor  {}",
                verdict(ratio <= 30.0 && rate >= 150.0)
            );
        }
    }
    println!("10× input against 1×, target ≤ 11× the time:");
    let names = std::iter::once("agenda").chain(shapes::SHAPES.iter().map(|s| s.name));
    for name in names {
        let group = format!("scaling-{name}");
        if let (Some(small), Some(large)) = (mean(dir, &group, "1x"), mean(dir, &group, "10x")) {
            let ratio = large / small;
            println!(
                "  {name:<16} {:>9.2} ms → {:>9.2} ms  {ratio:>5.1}×  {}",
                small * 1e3,
                large * 1e3,
                verdict(ratio <= 11.0)
            );
        }
    }
}
