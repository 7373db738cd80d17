//! The date family on real and generated documents: the seed gives exactly its one A403, every
//! corpus variant made to raise an A4xx code raises it, the base documents raise no error of
//! the family, and the safe fixes leave nothing for the form rules to report.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::finding::{Finding, Severity};
use crate::fix::fix_until_stable;
use crate::lint::{LintOptions, RuleSet, lint};
use crate::source::Source;

use super::{A401, A402, A403, A404, A405, A406};

const EXTRACTIONS: [&str; 6] = ["tika", "pdftotext", "pdftotext-layout", "pdfminer", "pypdf", "pymupdf"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Only the rules of this family.
fn options() -> LintOptions {
    let mut rules = RuleSet::none();
    for rule in [&A401, &A402, &A403, &A404, &A405, &A406] {
        rules.set_enabled(rule, true);
    }
    LintOptions { rules, ..LintOptions::default() }
}

fn check(source: &Source<'_>) -> Vec<Finding> {
    let doc = crate::parse(source);
    lint(source, &doc, &options())
}

fn findings_of(path: &Path) -> Vec<Finding> {
    let raw = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    check(&Source::new(&raw))
}

#[test]
fn seed_gives_exactly_one_a403_with_its_comma() {
    let raw =
        std::fs::read(root().join("corpus/seed/000_46dd32e2a39a25f9.txt")).expect("the seed is readable");
    let source = Source::new(&raw);
    let findings = check(&source);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let f = &findings[0];
    assert_eq!(f.code, "A403");
    let text = source.text();
    let shown = crate::fold::fold_whitespace(&text[f.span.start..f.span.end]);
    assert_eq!(shown, "Tuesday, 17 March 2020");
    let fix = f.fix.as_ref().expect("A403 has a fix");
    assert_eq!(fix.edits.len(), 1);
    let edit = &fix.edits[0];
    assert_eq!(edit.replacement, ",");
    assert!(edit.span.is_empty());
    assert!(text[..edit.span.start].ends_with("2020"), "comma goes after the year");
    assert!(text[edit.span.start..].starts_with(" at 10 a.m."));
}

/// Every directory of the generated corpus, with its `expected.json` for variants.
fn corpus_cases() -> Vec<(PathBuf, Option<Value>)> {
    let dir = root().join("corpus/generated");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/generated is readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
        .into_iter()
        .map(|case| {
            let expected = std::fs::read_to_string(case.join("expected.json"))
                .ok()
                .and_then(|s| serde_json::from_str::<Value>(&s).ok());
            (case, expected)
        })
        .collect()
}

fn must_raise(expected: &Value) -> Vec<String> {
    expected["must_raise"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
        .unwrap_or_default()
}

#[test]
fn corpus_variants_raise_their_date_codes_and_bases_raise_no_error() {
    let mut problems = Vec::new();
    let mut variants = 0;
    for (case, expected) in corpus_cases() {
        let name = case.file_name().and_then(|n| n.to_str()).unwrap_or("").to_owned();
        match expected {
            Some(expected) => {
                let codes: Vec<String> =
                    must_raise(&expected).into_iter().filter(|c| c.starts_with("A4")).collect();
                if codes.is_empty() {
                    continue;
                }
                variants += 1;
                for ex in ["tika", "pdftotext"] {
                    let found = findings_of(&case.join(format!("{ex}.txt")));
                    for code in &codes {
                        if !found.iter().any(|f| f.code == code) {
                            problems.push(format!("{name}/{ex}: no {code}"));
                        }
                    }
                }
            }
            None => {
                for ex in EXTRACTIONS {
                    for f in findings_of(&case.join(format!("{ex}.txt"))) {
                        if f.severity == Severity::Error {
                            problems.push(format!("{name}/{ex}: {} {}", f.code, f.message));
                        }
                    }
                }
            }
        }
    }
    assert!(variants >= 9, "only {variants} variants name an A4xx code");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn safe_fixes_leave_nothing_for_the_form_rules() {
    let mut problems = Vec::new();
    let mut fixed_files = 0;
    let mut inputs: Vec<PathBuf> = vec![root().join("corpus/seed/000_46dd32e2a39a25f9.txt")];
    for (case, _) in corpus_cases() {
        inputs.extend(EXTRACTIONS.iter().map(|ex| case.join(format!("{ex}.txt"))));
    }
    for code in ["A401", "A402", "A403", "A404", "A405", "A406"] {
        let dir = root().join("tests/fixtures/rules").join(code);
        let mut fixtures: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|r| {
                r.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect()
            })
            .unwrap_or_default();
        fixtures.sort();
        inputs.extend(fixtures);
    }
    for path in inputs {
        let raw = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let before = check(&Source::new(&raw));
        let outcome = fix_until_stable(&raw, false, check);
        let Some(fixed) = outcome.fixed else { continue };
        fixed_files += 1;
        let after = check(&Source::new(&fixed));
        for f in after.iter().filter(|f| matches!(f.code, "A402" | "A403" | "A404" | "A405")) {
            problems.push(format!("{}: {} {} after fixing", path.display(), f.code, f.message));
        }
        // Fixing the form never changes what the date says: A401 and A406 are unchanged.
        let semantic = |v: &[Finding]| v.iter().filter(|f| matches!(f.code, "A401" | "A406")).count();
        if semantic(&before) != semantic(&after) {
            problems.push(format!("{}: A401/A406 findings changed by the fixes", path.display()));
        }
    }
    assert!(fixed_files > 10, "only {fixed_files} files had a fix");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
