//! What the default rules report over the whole corpus, counted per file and rule, is recorded
//! in `tests/fixtures/corpus-findings.txt`: a parser change that makes a clean document raise
//! a new finding, or a fault variant lose one, shows here as a changed line, even where the
//! structure accuracy (`accuracy.rs`) and each variant's expected codes (`corpus.rs`) do not
//! move. Review the difference and accept it with `UPDATE_EXPECT=1 cargo test corpus_findings`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use agendum::{LintOptions, Source};
use rayon::prelude::*;

use crate::listing;

/// Every text of the corpus: the seed, then each generated document's extractions.
fn texts(root: &Path) -> Vec<PathBuf> {
    let mut out = listing::with_extension(&root.join("corpus/seed"), "txt");
    for case in listing::folders(&root.join("corpus/generated")) {
        out.extend(listing::with_extension(&case, "txt"));
    }
    out
}

/// One line per text: its path, then each rule that reports with its count (`-` for none).
fn table(root: &Path) -> String {
    let lines: Vec<String> = texts(root)
        .par_iter()
        .map(|path| {
            let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let (findings, _) =
                agendum::lint::lint_source(&Source::new(&bytes), &LintOptions::default(), |_, _| ());
            let mut counts = BTreeMap::new();
            for f in &findings {
                *counts.entry(f.code).or_insert(0u32) += 1;
            }
            let name = path.strip_prefix(root).unwrap_or(path).display().to_string();
            if counts.is_empty() {
                return format!("{name} -\n");
            }
            let counts: Vec<String> = counts.iter().map(|(code, n)| format!("{code} {n}")).collect();
            format!("{name} {}\n", counts.join(", "))
        })
        .collect();
    lines.concat()
}

#[test]
fn corpus_findings_are_those_recorded() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = root.join("tests/fixtures/corpus-findings.txt");
    let now = table(root);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &now).expect("write tests/fixtures/corpus-findings.txt");
        return;
    }
    let recorded = std::fs::read_to_string(&path)
        .expect("tests/fixtures/corpus-findings.txt (UPDATE_EXPECT=1 cargo test corpus_findings writes it)");
    let want: BTreeMap<&str, &str> = recorded.lines().filter_map(|l| l.split_once(' ')).collect();
    let got: BTreeMap<&str, &str> = now.lines().filter_map(|l| l.split_once(' ')).collect();
    let mut changed = Vec::new();
    for name in want.keys().chain(got.keys()).collect::<std::collections::BTreeSet<_>>() {
        let (w, g) =
            (want.get(name).copied().unwrap_or("(absent)"), got.get(name).copied().unwrap_or("(absent)"));
        if w != g {
            changed.push(format!("{name}\n  recorded: {w}\n  now:      {g}"));
        }
    }
    assert!(
        changed.is_empty(),
        "the findings over the corpus changed in {} texts (review, then UPDATE_EXPECT=1 cargo test corpus_findings):\n{}",
        changed.len(),
        changed.join("\n")
    );
}
