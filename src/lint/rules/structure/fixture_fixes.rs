//! The fixes of the A1xx, A2xx, A3xx and A7xx rules, tried on their `fires*.txt` fixtures:
//! applied once, they leave nothing for the rule to report (so a second `--fix` changes
//! nothing), and they keep every letter and digit of the text (A206's removal of a wrong
//! `(continued)` aside, whose whole point is to delete it). Fixtures whose findings carry no
//! fix (an unbalanced quotation mark) are skipped.

use std::path::{Path, PathBuf};

use crate::fix::apply;
use crate::lint::registry::{FixKind, RULES, RuleMeta};
use crate::lint::{LintOptions, RuleSet, lint};
use crate::source::Source;

fn only(rule: &RuleMeta) -> LintOptions {
    let mut rules = RuleSet::none();
    rules.set_enabled(rule, true);
    LintOptions { rules, ..LintOptions::default() }
}

fn fires_fixtures(code: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules").join(code);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|r| r.flatten().map(|e| e.path()).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("fires") && n.ends_with(".txt"))
        })
        .collect();
    v.sort();
    v
}

/// Letters and digits, lower case: what a fix must not lose.
fn substance(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn is_subsequence(small: &[char], big: &[char]) -> bool {
    let mut it = big.iter();
    small.iter().all(|c| it.any(|b| b == c))
}

#[test]
fn fixes_clear_their_findings_and_keep_the_text() {
    let mut tried = 0;
    for rule in RULES.iter().filter(|r| matches!(r.code.as_bytes()[1], b'1' | b'2' | b'3' | b'7')) {
        if !matches!(rule.fix, FixKind::Safe | FixKind::Unsafe) {
            continue;
        }
        let unsafe_fixes = rule.fix == FixKind::Unsafe;
        let options = only(rule);
        for path in fires_fixtures(rule.code) {
            let raw = std::fs::read(&path).expect("fixture readable");
            let source = Source::new(&raw);
            let findings = lint(&source, &crate::parser::parse(&source), &options);
            assert!(!findings.is_empty(), "{}: {} fires", rule.code, path.display());
            if findings.iter().all(|f| f.fix.is_none()) {
                continue; // a finding without a fix (an unbalanced quotation mark)
            }
            let applied = apply(&source, &findings, unsafe_fixes)
                .unwrap_or_else(|| panic!("{}: no fix applies on {}", rule.code, path.display()));
            let fixed = Source::new(&applied.bytes);
            let again = lint(&fixed, &crate::parser::parse(&fixed), &options);
            assert!(
                again.is_empty(),
                "{}: {} still reports after its fix: {again:#?}",
                rule.code,
                path.display()
            );
            if rule.code != "A206" {
                assert!(
                    is_subsequence(&substance(source.text()), &substance(fixed.text())),
                    "{}: the fix of {} lost text",
                    rule.code,
                    path.display()
                );
            }
            tried += 1;
        }
    }
    assert!(tried >= 10, "only {tried} fixtures tried");
}
