//! Rule fixtures: `tests/fixtures/rules/<CODE>/` holds inputs named `fires*.txt`, on which the
//! rule must report at least once, and `clean*.txt`, on which it must stay silent. Every rule
//! of the registry has both. Beside each input, `<name>.findings` lists every finding of every
//! rule on it (`line:col CODE message`), so that a change in any rule shows in the diff;
//! regenerate with `UPDATE_EXPECT=1 cargo test`. A004 (internal error) and A005 (unreadable
//! file) are raised by the command line, not by a document; `cli` tests them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use agendum::lint::registry::RULES;
use agendum::{LintOptions, Source};

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

fn render(path: &Path) -> (String, Vec<&'static str>) {
    let raw = std::fs::read(path).expect("fixture readable");
    let source = Source::new(&raw);
    let doc = agendum::parse(&source);
    let findings = agendum::lint(&source, &doc, &LintOptions::default());
    let mut out = String::new();
    for f in &findings {
        let lc = source.line_col(f.span.start);
        let fix = f.fix.as_ref().map_or(String::new(), |x| format!(" [fix: {}]", x.applicability.name()));
        writeln!(out, "{}:{} {} {}{}", lc.line, lc.column, f.code, f.message, fix).expect("write to string");
    }
    (out, findings.iter().map(|f| f.code).collect())
}

#[test]
fn every_rule_fires_on_its_fixture_and_stays_silent_on_its_clean_one() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut problems = Vec::new();
    for rule in RULES {
        // Raised by the command line, not by a document: tested in `cli`.
        if matches!(rule.code, "A004" | "A005") {
            continue;
        }
        let dir = fixture_dir().join(rule.code);
        let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|r| {
                r.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect()
            })
            .unwrap_or_default();
        inputs.sort();
        let fires: Vec<&PathBuf> = inputs.iter().filter(|p| stem(p).starts_with("fires")).collect();
        let clean: Vec<&PathBuf> = inputs.iter().filter(|p| stem(p).starts_with("clean")).collect();
        if fires.is_empty() || clean.is_empty() {
            problems.push(format!("{}: needs fires*.txt and clean*.txt in {}", rule.code, dir.display()));
            continue;
        }
        for input in inputs.iter() {
            let (rendered, codes) = render(input);
            let hit = codes.contains(&rule.code);
            if stem(input).starts_with("fires") && !hit {
                problems.push(format!("{}: no finding on {}", rule.code, input.display()));
            }
            if stem(input).starts_with("clean") && hit {
                problems.push(format!("{}: unexpected finding on {}", rule.code, input.display()));
            }
            let expected = input.with_extension("findings");
            if update {
                std::fs::write(&expected, &rendered).expect("write expectation");
            } else {
                match std::fs::read_to_string(&expected) {
                    Ok(want) if want == rendered => {}
                    Ok(want) => problems.push(format!(
                        "{}: findings changed (UPDATE_EXPECT=1 to accept)\n--- want\n{want}--- got\n{rendered}",
                        input.display()
                    )),
                    Err(_) => problems.push(format!("{}: missing (UPDATE_EXPECT=1 to write)", expected.display())),
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn stem(p: &Path) -> &str {
    p.file_stem().and_then(|s| s.to_str()).unwrap_or("")
}
