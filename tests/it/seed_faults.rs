//! The lint issue's acceptance list: one fault put into the seed (`tests/fixtures/
//! seed-faults.toml`) is caught by its rule, with no unrelated error; the seed itself gives no
//! error at all.

use std::path::Path;

use agendum::{LintOptions, Severity, Source};
use serde::Deserialize;

#[derive(Deserialize)]
struct Faults {
    fault: Vec<Fault>,
}

#[derive(Deserialize)]
struct Fault {
    name: String,
    find: String,
    replace: String,
    expect: Vec<String>,
    #[serde(default)]
    allow: Vec<String>,
}

fn lint(text: &str) -> Vec<agendum::Finding> {
    let source = Source::from_str(text);
    let doc = agendum::parse(&source);
    agendum::lint(&source, &doc, &LintOptions::default())
}

#[test]
fn each_fault_is_caught_by_its_rule_and_nothing_else_errs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = std::fs::read_to_string(root.join("corpus/seed/000_46dd32e2a39a25f9.txt")).expect("the seed");
    let errors: Vec<_> = lint(&seed).into_iter().filter(|f| f.severity == Severity::Error).collect();
    assert!(errors.is_empty(), "the seed gives errors: {errors:?}");

    let faults: Faults = toml::from_str(
        &std::fs::read_to_string(root.join("tests/fixtures/seed-faults.toml")).expect("the fault table"),
    )
    .expect("a valid fault table");
    let mut problems = Vec::new();
    for fault in &faults.fault {
        assert!(seed.contains(&fault.find), "{}: `find` is not in the seed", fault.name);
        let text = seed.replacen(&fault.find, &fault.replace, 1);
        let findings = lint(&text);
        for code in &fault.expect {
            if !findings.iter().any(|f| f.code == code) {
                problems.push(format!("{}: no {code}", fault.name));
            }
        }
        for f in findings.iter().filter(|f| f.severity == Severity::Error) {
            if !fault.expect.iter().chain(&fault.allow).any(|c| c == f.code) {
                problems.push(format!("{}: unrelated error {} {}", fault.name, f.code, f.message));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
