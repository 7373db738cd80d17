//! Structure-accuracy report: parse every extraction of every corpus document and compare it
//! with the document's known structure (`truth.json`, written by `tools/agendagen`).
//!
//! ```text
//! cargo run --release --example accuracy -- [DIR …] [--verbose]
//! ```
//!
//! Each DIR is searched for folders holding a `truth.json`; every `*.txt` beside it is an
//! extraction (named after its extractor: `tika.txt`, `pdftotext.txt` …; other names count as
//! `seed`). The report gives, per extractor, the share of items, sub-items, annotation
//! headings, paragraphs, documentation entries, footnotes, schedule entries (in order, and in
//! their day and slot) and masthead fields recovered exactly.

use std::path::PathBuf;

#[path = "../tests/support/truth.rs"]
mod truth;

use truth::{KINDS, Scores, pct};

fn main() {
    let mut verbose = false;
    let mut dirs = Vec::new();
    for a in std::env::args().skip(1) {
        if a == "--verbose" || a == "-v" {
            verbose = true;
        } else {
            dirs.push(PathBuf::from(a));
        }
    }
    if dirs.is_empty() {
        dirs = vec![PathBuf::from("corpus/generated"), PathBuf::from("corpus/seed")];
    }
    let by_extractor = truth::score(&dirs, |case, extractor, misses| {
        if verbose && !misses.is_empty() {
            println!("{} [{}]", case.display(), extractor);
            for m in misses.iter().take(12) {
                println!("    {m}");
            }
            if misses.len() > 12 {
                println!("    … {} more", misses.len() - 12);
            }
        }
    });
    println!("| extractor | docs | {} |", KINDS.join(" | "));
    println!("|---|---|{}", "---|".repeat(KINDS.len()));
    let mut all: Scores = Default::default();
    let mut docs = 0;
    for (ex, (n, s)) in &by_extractor {
        println!("| {ex} | {n} | {} |", s.iter().map(pct).collect::<Vec<_>>().join(" | "));
        docs += n;
        for (a, b) in all.iter_mut().zip(s.iter()) {
            a.merge(*b);
        }
    }
    println!("| all | {docs} | {} |", all.iter().map(pct).collect::<Vec<_>>().join(" | "));
}
