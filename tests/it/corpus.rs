//! Integrity of the committed corpus (`corpus/`, written by `tools/agendagen` and
//! `tools/seed-truth.py`) and of the artifact fixtures (`tests/fixtures/artifacts/`): every
//! generated document has its six extractions and a readable `truth.json`, every fault
//! variant's `expected.json` names rules of the registry and they are raised, and every
//! artifact fixture listed in its README exists. Parsing accuracy on the corpus is measured by
//! `cargo run --release --example accuracy` (and held by `accuracy.rs`), not here.

use crate::listing;
use std::path::{Path, PathBuf};

use agendum::lint::registry::lookup;
use serde_json::Value;

const EXTRACTIONS: [&str; 6] = ["tika", "pdftotext", "pdftotext-layout", "pdfminer", "pypdf", "pymupdf"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(path: &Path, problems: &mut Vec<String>) -> Option<Value> {
    match std::fs::read_to_string(path).map(|s| serde_json::from_str::<Value>(&s)) {
        Ok(Ok(v)) => Some(v),
        Ok(Err(e)) => {
            problems.push(format!("{}: invalid JSON: {e}", path.display()));
            None
        }
        Err(e) => {
            problems.push(format!("{}: {e}", path.display()));
            None
        }
    }
}

/// The fields every truth file has, whatever its document kind.
fn check_truth(path: &Path, t: &Value, problems: &mut Vec<String>) {
    for field in ["format_version", "language", "kind", "title", "annotations", "annexes", "footnotes"] {
        if t.get(field).is_none() {
            problems.push(format!("{}: no `{field}`", path.display()));
        }
    }
    if t["format_version"] != 1 {
        problems.push(format!("{}: format_version is not 1", path.display()));
    }
    if !matches!(t["language"].as_str(), Some("en" | "fr" | "es")) {
        problems.push(format!("{}: language {}", path.display(), t["language"]));
    }
}

#[test]
fn generated_documents_are_complete_and_variants_expect_registered_rules() {
    let dir = root().join("corpus/generated");
    let mut problems = Vec::new();
    let cases = listing::folders(&dir);
    let (mut bases, mut variants) = (0, 0);
    for case in &cases {
        let name = case.file_name().and_then(|n| n.to_str()).unwrap_or("");
        for ex in EXTRACTIONS {
            let txt = case.join(format!("{ex}.txt"));
            match std::fs::read(&txt) {
                Ok(bytes) if std::str::from_utf8(&bytes).is_ok() && !bytes.is_empty() => {}
                Ok(_) => problems.push(format!("{}: empty or not UTF-8", txt.display())),
                Err(_) => problems.push(format!("{}: missing", txt.display())),
            }
        }
        let truth_path = case.join("truth.json");
        if let Some(t) = read_json(&truth_path, &mut problems) {
            check_truth(&truth_path, &t, &mut problems);
        }
        let expected = case.join("expected.json");
        if !name.contains("--") {
            bases += 1;
            if expected.exists() {
                problems.push(format!("{}: a base document has an expected.json", case.display()));
            }
            continue;
        }
        variants += 1;
        let Some(e) = read_json(&expected, &mut problems) else { continue };
        let base = name.split("--").next().unwrap_or("");
        if e["variant_of"].as_str() != Some(base) || !dir.join(base).is_dir() {
            problems.push(format!(
                "{}: variant_of {} is not its base {base}",
                expected.display(),
                e["variant_of"]
            ));
        }
        let must: Vec<&str> =
            e["must_raise"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let may: Vec<&str> =
            e["may_raise"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        if must.is_empty() {
            problems.push(format!("{}: must_raise is empty", expected.display()));
        }
        for code in must.iter().chain(may.iter()) {
            match lookup(code) {
                Some(rule) if rule.code == *code => {}
                _ => problems
                    .push(format!("{}: `{code}` is not a rule code of the registry", expected.display())),
            }
        }
        if let Some(both) = must.iter().find(|c| may.contains(c)) {
            problems.push(format!("{}: `{both}` is both must and may", expected.display()));
        }
        for ex in e["not_visible_in"].as_array().into_iter().flatten() {
            if !ex.as_str().is_some_and(|x| EXTRACTIONS.contains(&x)) {
                problems.push(format!("{}: not_visible_in names no extractor: {ex}", expected.display()));
            }
        }
    }
    assert!(
        bases >= 15 && variants >= 25,
        "only {bases} documents and {variants} variants in {}",
        dir.display()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_seed_truth_is_complete() {
    let mut problems = Vec::new();
    let path = root().join("corpus/seed/truth.json");
    let t = read_json(&path, &mut problems).expect("corpus/seed/truth.json is readable JSON");
    check_truth(&path, &t, &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(t["agenda"]["items"].as_array().map(Vec::len), Some(5));
    let paragraphs =
        |a: &Value| a["body"].as_array().map_or(0, |b| b.iter().filter(|x| x["kind"] == "paragraph").count());
    let counts: Vec<usize> = t["annotations"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| {
            let subs = a["sub_items"].as_array().cloned().unwrap_or_default();
            if subs.is_empty() { vec![paragraphs(a)] } else { subs.iter().map(paragraphs).collect() }
        })
        .collect();
    // (a) 1, (b) 6, then items 2 to 5
    assert_eq!(counts, vec![1, 6, 7, 10, 1, 1]);
    assert!(root().join("corpus/seed/000_46dd32e2a39a25f9.txt").is_file());
}

#[test]
fn every_artifact_fixture_in_the_readme_exists() {
    let dir = root().join("tests/fixtures/artifacts");
    let readme = std::fs::read_to_string(dir.join("README.md")).expect("fixtures README readable");
    let listed: Vec<&str> = readme
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once(".txt`"))
        .map(|(name, _)| name)
        .collect();
    assert!(listed.len() >= 10, "the README lists only {} fixtures", listed.len());
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures readable")
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".txt")).map(str::to_string))
        .collect();
    on_disk.sort();
    let mut want: Vec<String> = listed.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(want, on_disk, "README table and fixture files differ");
}

/// Every fault variant raises each code of its `must_raise` in every extraction that shows the
/// fault, with the default rules. (The rule families' own tests also check, for their codes,
/// that a variant raises nothing its base document and `may_raise` do not explain.)
#[test]
fn every_variant_raises_what_it_must() {
    let dir = root().join("corpus/generated");
    let mut problems = Vec::new();
    let mut checked = 0;
    for case in listing::folders(&dir) {
        let expected = case.join("expected.json");
        if !expected.is_file() {
            continue;
        }
        let Some(e) = read_json(&expected, &mut problems) else { continue };
        let list = |key: &str| -> Vec<String> {
            e[key].as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_string).collect()
        };
        let (must, hidden) = (list("must_raise"), list("not_visible_in"));
        for ex in EXTRACTIONS.iter().filter(|ex| !hidden.iter().any(|h| h == *ex)) {
            let raw = std::fs::read(case.join(format!("{ex}.txt"))).unwrap_or_default();
            let source = agendum::Source::new(&raw);
            let doc = agendum::parse(&source);
            let findings = agendum::lint(&source, &doc, &agendum::LintOptions::default());
            for code in &must {
                checked += 1;
                if !findings.iter().any(|f| f.code == code) {
                    problems.push(format!("{} [{ex}]: no {code}", case.display()));
                }
            }
        }
    }
    assert!(checked >= 250, "only {checked} codes checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
