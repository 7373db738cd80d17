//! Structure-accuracy report: parse every extraction of every corpus document and compare it
//! with the document's known structure (`truth.json`, written by `tools/agendagen`).
//!
//! ```text
//! cargo run --release --example accuracy -- [DIR …] [--verbose] [--all]
//!     [--extractor NAME] [--miss PREFIX]
//! ```
//!
//! Each DIR is searched for folders holding a `truth.json`; every `*.txt` beside it is an
//! extraction (named after its extractor: `tika.txt`, `pdftotext.txt` …; other names count as
//! `seed`). The report gives, per extractor, the share of items, sub-items, annotation
//! headings, paragraphs, documentation entries, footnotes, schedule entries (in order, and in
//! their day and slot) and masthead fields recovered exactly.
//!
//! `--verbose` lists each extraction's misses (the first 12; `--all` lists every one);
//! `--extractor NAME` keeps only that extractor's misses and `--miss PREFIX` only the misses
//! that start with PREFIX (`item`, `heading`, `paragraph`, `doc entry`, `footnote`,
//! `schedule entry`, `schedule slot`, `masthead`), so that one field can be chased at a time.

use std::io::Write as _;
use std::path::PathBuf;

#[path = "../tests/support/truth.rs"]
mod truth;

use truth::{KINDS, Scores, pct};

fn main() {
    let mut verbose = false;
    let mut all_misses = false;
    let mut only_extractor: Option<String> = None;
    let mut only_miss: Option<String> = None;
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--verbose" | "-v" => verbose = true,
            "--all" => all_misses = true,
            "--extractor" => only_extractor = args.next(),
            "--miss" => only_miss = args.next(),
            _ => dirs.push(PathBuf::from(a)),
        }
    }
    verbose |= all_misses || only_extractor.is_some() || only_miss.is_some();
    let limit = if all_misses { usize::MAX } else { 12 };
    if dirs.is_empty() {
        dirs = vec![PathBuf::from("corpus/generated"), PathBuf::from("corpus/seed")];
    }
    let by_extractor = truth::score(&dirs, |case, extractor, misses| {
        if !verbose || only_extractor.as_deref().is_some_and(|e| e != extractor) {
            return;
        }
        let misses: Vec<&String> =
            misses.iter().filter(|m| only_miss.as_deref().is_none_or(|p| m.starts_with(p))).collect();
        if misses.is_empty() {
            return;
        }
        // Written without panicking when the reader goes away (`| head`).
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{} [{}]", case.display(), extractor);
        for m in misses.iter().take(limit) {
            let _ = writeln!(out, "    {m}");
        }
        if misses.len() > limit {
            let _ = writeln!(out, "    … {} more", misses.len() - limit);
        }
    });
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "| extractor | docs | {} |", KINDS.join(" | "));
    let _ = writeln!(out, "|---|---|{}", "---|".repeat(KINDS.len()));
    let mut all: Scores = Default::default();
    let mut docs = 0;
    for (ex, (n, s)) in &by_extractor {
        let _ = writeln!(out, "| {ex} | {n} | {} |", s.iter().map(pct).collect::<Vec<_>>().join(" | "));
        docs += n;
        for (a, b) in all.iter_mut().zip(s.iter()) {
            a.merge(*b);
        }
    }
    let _ = writeln!(out, "| all | {docs} | {} |", all.iter().map(pct).collect::<Vec<_>>().join(" | "));
}
