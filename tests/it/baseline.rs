//! Baselines (`--write-baseline`, `--baseline`, `--prune-baseline`, the `baseline` key), run
//! as a user runs them: the built binary on a copy of `tests/fixtures/baseline/tree`.
//!
//! The cases are data: `tests/fixtures/baseline/cases/NAME.case` is a script of steps, and
//! `NAME.out` what they printed (regenerate with `UPDATE_EXPECT=1`). Steps:
//!
//! - `$ ARGS…` runs `agendum ARGS…` in the tree and records its status, stdout and stderr;
//! - `< FILE` makes FILE (in the tree) the standard input of the next `$`, `env NAME=VALUE`
//!   sets a variable for it;
//! - `copy VARIANT PATH` copies `tests/fixtures/baseline/variants/VARIANT` to PATH (over it);
//! - `move FROM TO`, `remove PATH`, `write PATH TEXT` (`\n` for a new line) change the tree;
//! - `show PATH` records the file's text (the baseline, usually).
//!
//! The tree's `agendum.toml` selects three rules and fails on warnings, so that the cases do
//! not move as the other rules evolve. After every case, no temporary file may be left. The
//! tests below the driver check properties over the bundled corpus.

use crate::listing;
use std::fs;
use std::path::{Path, PathBuf};

use crate::binary::{copy_tree, leftovers, run, status, stdout};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/baseline")
}

/// `path`, once its folder exists.
fn within(path: &Path) -> &Path {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("a folder");
    }
    path
}

/// The driver of the cases.
#[test]
fn cases() {
    let names = listing::with_extension(&fixtures().join("cases"), "case");
    assert!(names.len() >= 10, "cases went missing: {}", names.len());
    for case in names {
        let script = fs::read_to_string(&case).expect("a case file");
        let dir = copy_tree(&fixtures().join("tree"));
        let at = |path: &str| dir.path().join(path);
        let mut stdin = None;
        let mut env: Vec<(&str, &str)> = Vec::new();
        let mut actual = String::new();
        for line in script.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let (step, rest) = line.split_once(' ').unwrap_or((line, ""));
            match step {
                "$" => {
                    let args: Vec<&str> = rest.split_whitespace().collect();
                    let output = run(dir.path(), &args, &env, stdin.take().as_deref());
                    env.clear();
                    actual += &format!(
                        "$ agendum {rest}\nstatus: {}\n--- stdout\n{}--- stderr\n{}",
                        status(&output),
                        String::from_utf8_lossy(&output.stdout),
                        String::from_utf8_lossy(&output.stderr),
                    );
                }
                "<" => stdin = Some(fs::read(at(rest)).expect("the stdin file")),
                "env" => env.push(rest.split_once('=').expect("env NAME=VALUE")),
                "copy" => {
                    let (from, to) = rest.split_once(' ').expect("copy VARIANT PATH");
                    fs::copy(fixtures().join("variants").join(from), within(&at(to))).expect("a variant");
                }
                "move" => {
                    let (from, to) = rest.split_once(' ').expect("move FROM TO");
                    fs::rename(at(from), within(&at(to))).expect("moved");
                }
                "remove" => fs::remove_file(at(rest)).expect("removed"),
                "write" => {
                    let (path, text) = rest.split_once(' ').expect("write PATH TEXT");
                    fs::write(within(&at(path)), text.replace("\\n", "\n")).expect("written");
                }
                "show" => {
                    let text = fs::read_to_string(at(rest)).unwrap_or_else(|e| format!("({e})\n"));
                    actual += &format!("--- {rest}\n{text}");
                }
                other => panic!("{}: unknown step `{other}`", case.display()),
            }
            actual.push('\n');
        }
        expect_test::expect_file![case.with_extension("out")].assert_eq(&actual);
        assert_eq!(leftovers(dir.path()), Vec::<String>::new(), "{}: temporary files left", case.display());
    }
}

/// `(status, findings reported, baselined, stale)` of a JSON run.
fn json_run(dir: &Path, args: &[&str]) -> (i32, usize, u64, u64) {
    let mut all = vec!["lint", "--output-format", "json"];
    all.extend_from_slice(args);
    let output = run(dir, &all, &[], None);
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("a JSON report");
    let summary = &report["summary"];
    let count = |key: &str| summary["baseline"][key].as_u64().unwrap_or(0);
    let findings = report["findings"].as_array().expect("findings").len();
    (status(&output), findings, count("baselined"), count("stale"))
}

/// On the corpus — six extractions of every document, all sharing its symbol — a baseline
/// hides exactly what it recorded, is written the same on any thread count, and a
/// partial run against it finds nothing stale.
#[test]
fn a_fresh_baseline_hides_everything_it_recorded() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/generated");
    let dir = tempfile::tempdir().expect("a folder");
    // A sample of documents keeps the test quick; each brings its six extractions and its
    // fault variants.
    let documents = listing::folders(&corpus);
    for (i, document) in documents.iter().enumerate().filter(|(i, _)| i % 5 == 0) {
        let to = dir.path().join(format!("{i:02}"));
        fs::create_dir(&to).expect("a folder");
        for file in fs::read_dir(document).expect("a document").map(|e| e.expect("an entry").path()) {
            if file.extension().is_some_and(|e| e == "txt") {
                fs::copy(&file, to.join(file.file_name().expect("a name"))).expect("a copy");
            }
        }
    }
    let plain = run(dir.path(), &["lint", "--output-format", "json-lines", "."], &[], None);
    let found = stdout(&plain).lines().count();
    assert!(found > 100, "the sample has findings to record: {found}");

    let write = |threads: &str, file: &str| {
        let output =
            run(dir.path(), &["lint", "--threads", threads, "--write-baseline", file, "."], &[], None);
        assert_eq!(status(&output), 0, "{}", String::from_utf8_lossy(&output.stderr));
        fs::read(dir.path().join(file)).expect("the baseline")
    };
    assert_eq!(write("1", "one.json"), write("2", "two.json"), "the same bytes on any thread count");
    assert_eq!(json_run(dir.path(), &["--baseline", "one.json", "."]), (0, 0, found as u64, 0));

    // Linting one folder against the whole corpus's baseline: nothing stale elsewhere.
    let (status, findings, baselined, stale) = json_run(dir.path(), &["--baseline", "one.json", "00"]);
    assert_eq!((status, findings, stale), (0, 0, 0));
    assert!(baselined > 0 && baselined < found as u64, "{baselined}");

    // Paths are relative to the baseline's folder.
    let baseline: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("one.json")).expect("read")).expect("JSON");
    let documents = baseline["documents"].as_array().expect("documents");
    assert!(!documents.is_empty());
    for entry in documents {
        let path = entry["path"].as_str().expect("a path");
        assert!(path.starts_with(|c: char| c.is_ascii_digit()), "relative to the baseline: {path}");
    }
}
