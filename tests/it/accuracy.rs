//! Structure accuracy over the whole corpus must not fall: every extraction of every
//! generated document is compared with its truth (see `tests/support/truth.rs`), and each
//! extractor's share of recovered items, sub-items, headings, paragraphs, documentation
//! entries, footnotes and schedule entries must stay at or above the figures recorded in
//! `tests/fixtures/accuracy.txt` (the README shows the same table). Record new figures with
//! `UPDATE_EXPECT=1 cargo test accuracy`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "../support/truth.rs"]
mod truth;

fn table() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs: Vec<PathBuf> = vec![root.join("corpus/generated"), root.join("corpus/seed")];
    let scores = truth::score(&dirs, |_, _, _| {});
    let mut out = String::new();
    for (ex, (n, s)) in &scores {
        write!(out, "{ex} {n}").expect("write to string");
        for k in s {
            write!(out, " {}/{}", k.hit, k.total).expect("write to string");
        }
        out.push('\n');
    }
    out
}

fn parse_table(t: &str) -> Vec<(String, Vec<(usize, usize)>)> {
    t.lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let ex = w.next()?.to_string();
            let _docs = w.next()?;
            let v = w
                .filter_map(|x| x.split_once('/').and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?))))
                .collect();
            Some((ex, v))
        })
        .collect()
}

#[test]
fn structure_accuracy_does_not_fall() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/accuracy.txt");
    let now = table();
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &now).expect("write accuracy table");
        return;
    }
    let recorded =
        std::fs::read_to_string(&path).expect("tests/fixtures/accuracy.txt (UPDATE_EXPECT=1 writes it)");
    let now_t = parse_table(&now);
    let mut problems = Vec::new();
    for (ex, want) in parse_table(&recorded) {
        let Some((_, got)) = now_t.iter().find(|(e, _)| *e == ex) else {
            problems.push(format!("{ex}: no longer measured"));
            continue;
        };
        for (k, (w, g)) in want.iter().zip(got.iter()).enumerate() {
            let (wr, gr) = (ratio(*w), ratio(*g));
            if gr + 1e-9 < wr {
                problems.push(format!(
                    "{ex} {}: {:.1}% ({}/{}) < recorded {:.1}% ({}/{})",
                    truth::KINDS[k],
                    gr * 100.0,
                    g.0,
                    g.1,
                    wr * 100.0,
                    w.0,
                    w.1
                ));
            }
        }
    }
    assert!(problems.is_empty(), "structure accuracy fell:\n{}\n\nnow:\n{now}", problems.join("\n"));
}

fn ratio((hit, total): (usize, usize)) -> f64 {
    if total == 0 { 1.0 } else { hit as f64 / total as f64 }
}
