//! The symbol family against the generated corpus (`corpus/generated/`, see its README): every
//! fault variant that expects an A5xx code raises it, in every extraction that shows the fault;
//! no variant raises an A5xx code its base document, its `must_raise` and its `may_raise` do not
//! account for; base documents and the seed give no A5xx error.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::finding::Severity;
use crate::lint::{LintOptions, lint};
use crate::source::Source;

const EXTRACTIONS: [&str; 6] = ["tika", "pdftotext", "pdftotext-layout", "pdfminer", "pypdf", "pymupdf"];

/// Misses caused by the parser, not by the rules: (variant, extraction). Each must still miss,
/// so that this list shrinks when the parser improves.
/// - pypdf prints `Distr.: Limited 6 March 2023` on one line; the masthead keeps `Limited`
///   and loses the date of issue, so the job-number year has nothing to be compared with.
const PARSER_GAPS: &[(&str, &str)] = &[];

fn generated() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/generated")
}

/// The A5xx findings of a file: code and severity.
fn symbol_findings(path: &Path) -> Vec<(&'static str, Severity)> {
    let raw = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let source = Source::new(&raw);
    let doc = crate::parse(&source);
    lint(&source, &doc, &LintOptions::default())
        .into_iter()
        .filter(|f| f.code.starts_with("A5"))
        .map(|f| (f.code, f.severity))
        .collect()
}

fn codes(value: &Value) -> BTreeSet<String> {
    value.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(str::to_string)).collect()
}

#[test]
fn corpus_variants_raise_their_codes_and_nothing_new() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(generated())
        .expect("corpus/generated is readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("expected.json").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 50, "the corpus has its variants");
    let mut problems = Vec::new();
    let mut raised = 0;
    // A base document has several variants: lint each of its extractions once.
    let mut bases: std::collections::HashMap<PathBuf, BTreeSet<&str>> = std::collections::HashMap::new();
    for dir in &dirs {
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json is readable"),
        )
        .expect("expected.json is JSON");
        let base = generated().join(expected["variant_of"].as_str().expect("variant_of"));
        let must = codes(&expected["must_raise"]);
        let may = codes(&expected["may_raise"]);
        let hidden = codes(&expected["not_visible_in"]);
        for extraction in EXTRACTIONS {
            let file = format!("{extraction}.txt");
            let got: BTreeSet<&str> = symbol_findings(&dir.join(&file)).into_iter().map(|(c, _)| c).collect();
            let before = bases
                .entry(base.join(&file))
                .or_insert_with_key(|path| symbol_findings(path).into_iter().map(|(c, _)| c).collect());
            for code in must.iter().filter(|c| c.starts_with("A5")) {
                let gap = PARSER_GAPS.contains(&(name, extraction));
                let hit = got.contains(code.as_str());
                if hidden.contains(extraction) {
                    continue;
                }
                match (hit, gap) {
                    (true, false) => raised += 1,
                    (false, false) => problems.push(format!("{name}/{file}: {code} not raised")),
                    (true, true) => {
                        problems.push(format!("{name}/{file}: raised now, drop it from PARSER_GAPS"))
                    }
                    (false, true) => {}
                }
            }
            for code in got.difference(before) {
                if !must.contains(*code) && !may.contains(*code) {
                    problems.push(format!("{name}/{file}: unexpected {code}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(raised >= 40, "only {raised} expected findings checked");
}

#[test]
fn corpus_bases_and_seed_give_no_symbol_errors() {
    let mut problems = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(generated()).expect("corpus/generated is readable").flatten() {
        let dir = entry.path();
        if !dir.join("truth.json").is_file() || dir.join("expected.json").is_file() {
            continue;
        }
        for extraction in EXTRACTIONS {
            let file = dir.join(format!("{extraction}.txt"));
            files += 1;
            for (code, severity) in symbol_findings(&file) {
                if severity == Severity::Error {
                    problems.push(format!("{}: {code}", file.display()));
                }
            }
        }
    }
    assert!(files >= 90, "only {files} base extractions");
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seed/000_46dd32e2a39a25f9.txt");
    let on_seed = symbol_findings(&seed);
    assert!(on_seed.is_empty(), "the seed gives {on_seed:?}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
