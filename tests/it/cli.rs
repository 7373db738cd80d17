//! The command line, run as a user runs it: the built binary on fixture trees.
//!
//! Most cases are data: `tests/fixtures/cli/cases/NAME.args` holds a command line and setup
//! lines, `NAME.out` the expected exit status, stdout and stderr (regenerate with
//! `UPDATE_EXPECT=1`). Each case runs in a fresh copy of `tests/fixtures/cli/tree`. Most cases
//! select the input rules only (`--select A0`), so that their output does not move as the
//! other rules evolve. The tests below the driver check what a golden file cannot: properties
//! over generated folders, file system effects, and the structure of JSON and SARIF.

use crate::listing;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::binary::{copy_tree, run, status, stdout};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

/// A fresh copy of the fixture tree.
fn tree() -> tempfile::TempDir {
    copy_tree(&fixtures().join("tree"))
}

#[cfg(unix)]
fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("a symbolic link");
}

/// The driver of the golden cases.
#[test]
fn golden_cases() {
    let cases = fixtures().join("cases");
    let names = listing::with_extension(&cases, "args");
    assert!(names.len() >= 30, "cases went missing: {}", names.len());
    for case in names {
        let spec = fs::read_to_string(&case).expect("an args file");
        let mut lines = spec.lines();
        let command = lines.next().expect("a command line");
        let args: Vec<&str> = command.split_whitespace().collect();
        let dir = tree();
        let mut env = Vec::new();
        let mut stdin = None;
        let mut show = Vec::new();
        for line in lines {
            let (directive, rest) = line.split_once(' ').unwrap_or((line, ""));
            match directive {
                "env" => env.push(rest.split_once('=').expect("env NAME=VALUE")),
                "stdin" => stdin = Some(fs::read(dir.path().join(rest)).expect("the stdin file")),
                "show" => show.push(rest),
                #[cfg(unix)]
                "symlink" => {
                    let (link, target) = rest.split_once(' ').expect("symlink LINK TARGET");
                    symlink(target, &dir.path().join(link));
                }
                other => panic!("{}: unknown directive `{other}`", case.display()),
            }
        }
        let output = run(dir.path(), &args, &env, stdin.as_deref());
        let mut actual = format!(
            "$ agendum {command}\nstatus: {}\n--- stdout\n{}--- stderr\n{}",
            status(&output),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
        );
        for file in show {
            let text = fs::read(dir.path().join(file)).expect("a file to show");
            actual += &format!("--- {file}\n{}", String::from_utf8_lossy(&text));
        }
        expect_test::expect_file![case.with_extension("out")].assert_eq(&actual);
    }
}

/// A generated folder: `n` files over nested folders, every third one undecodable, written
/// in an order unrelated to their names.
fn generated(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for i in (0..n).rev() {
        let sub = dir.path().join(format!("g{}", i % 7)).join(format!("h{}", i % 3));
        fs::create_dir_all(&sub).expect("a folder");
        let mut bytes = format!("Provisional agenda {i}\n\n1. Opening of the session.\n").into_bytes();
        if i % 3 == 0 {
            bytes.extend_from_slice(b"2. R\xe9union.\n");
        }
        fs::write(sub.join(format!("f{i:04}.txt")), bytes).expect("a file");
    }
    dir
}

#[test]
fn output_is_sorted_and_identical_on_any_thread_count() {
    let dir = generated(600);
    let runs: Vec<Output> = ["1", "2", "3"]
        .iter()
        .map(|threads| {
            run(
                dir.path(),
                &["lint", "--select", "A0", "--output-format", "json-lines", "--threads", threads],
                &[],
                None,
            )
        })
        .collect();
    for output in &runs {
        assert_eq!(status(output), 1);
        assert_eq!(output.stdout, runs[0].stdout, "thread counts disagree");
    }
    let text = stdout(&runs[0]);
    let paths: Vec<String> = text
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["path"].as_str().expect("a path").to_string()
        })
        .collect();
    assert_eq!(paths.len(), 200, "every third file is undecodable");
    let mut sorted = paths.clone();
    sorted.sort_by(|a, b| Path::new(a).cmp(Path::new(b)));
    assert_eq!(paths, sorted);
    let concise = run(dir.path(), &["lint", "--select", "A0", "--output-format", "concise"], &[], None);
    assert!(
        stdout(&concise).ends_with("checked 600 files: 200 errors, 0 warnings, 0 infos\n"),
        "{}",
        stdout(&concise)
    );
}

#[test]
fn json_findings_carry_every_field() {
    let dir = tree();
    let output = run(dir.path(), &["lint", "--select", "A0", "--output-format", "json", "docs"], &[], None);
    assert_eq!(status(&output), 1);
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON document");
    assert_eq!(doc["format_version"], 1);
    let summary = &doc["summary"];
    for key in ["files", "errors", "warnings", "infos", "fixable", "unsafe_fixable", "fixed", "fixed_files"] {
        assert!(summary[key].is_u64(), "summary.{key}");
    }
    let findings = doc["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    for f in findings {
        for key in ["code", "name", "severity", "message", "path"] {
            assert!(f[key].is_string(), "{key} in {f}");
        }
        for key in ["start", "end", "line", "column", "end_line", "end_column"] {
            assert!(f["span"][key].is_u64(), "span.{key} in {f}");
        }
        assert!(f["labels"].is_array(), "{f}");
        assert!(f["help"].is_string() || f["help"].is_null(), "{f}");
        assert!(f["fix"].is_object() || f["fix"].is_null(), "{f}");
        assert!(["error", "warning", "info"].contains(&f["severity"].as_str().expect("severity")));
    }
}

#[test]
fn sarif_lists_every_enabled_rule_at_its_configured_level() {
    let dir = tree();
    let output = run(dir.path(), &["lint", "--output-format", "sarif", "--ignore", "A6", "docs"], &[], None);
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    let sarif_run = &log["runs"][0];
    assert_eq!(sarif_run["columnKind"], "utf16CodeUnits");
    let rules = sarif_run["tool"]["driver"]["rules"].as_array().expect("rules");
    let enabled: Vec<_> =
        agendum::lint::registry::RULES.iter().filter(|r| !r.code.starts_with("A6")).collect();
    assert_eq!(rules.len(), enabled.len());
    for (rule, meta) in rules.iter().zip(&enabled) {
        assert_eq!(rule["id"], meta.code);
        let level = match meta.default_severity {
            agendum::Severity::Error => "error",
            agendum::Severity::Warning => "warning",
            agendum::Severity::Info => "note",
        };
        assert_eq!(rule["defaultConfiguration"]["level"], level, "{}", meta.code);
    }
    for result in sarif_run["results"].as_array().expect("results") {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(result["level"].is_string());
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert!(location["region"]["startLine"].is_u64() && location["region"]["endColumn"].is_u64());
        assert!(result["partialFingerprints"]["primaryLocationLineHash"].is_string());
    }

    // With a configuration that lowers a rule, the rule table says so.
    let output = run(
        dir.path(),
        &["lint", "--output-format", "sarif", "--config", "warnings.toml", "docs"],
        &[],
        None,
    );
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).expect("SARIF is JSON");
    let rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().expect("rules");
    let a003 = rules.iter().find(|r| r["id"] == "A003").expect("A003 is enabled");
    assert_eq!(a003["defaultConfiguration"]["level"], "warning");
    assert_eq!(rules.len(), 4, "the configuration selects the A0 rules");
}

#[test]
fn rule_and_schema_commands() {
    let dir = tree();
    let all = run(dir.path(), &["rule", "--all", "--output-format", "json"], &[], None);
    assert_eq!(status(&all), 0);
    let rules: serde_json::Value = serde_json::from_slice(&all.stdout).expect("JSON");
    let rules = rules.as_array().expect("an array");
    assert_eq!(rules.len(), agendum::lint::registry::RULES.len());
    for rule in rules {
        for key in ["code", "name", "family", "severity", "fix", "status", "summary", "documentation"] {
            assert!(rule[key].as_str().is_some_and(|s| !s.is_empty()), "{key} in {rule}");
        }
    }
    let text = run(dir.path(), &["rule", "--all"], &[], None);
    assert_eq!(stdout(&text).matches("## How to fix").count(), rules.len());
    let by_code = run(dir.path(), &["rule", "a601"], &[], None);
    let by_name = run(dir.path(), &["rule", "split-word"], &[], None);
    assert_eq!(by_code.stdout, by_name.stdout);
    assert!(stdout(&by_code).starts_with("A601 split-word\n"));

    let schema = run(dir.path(), &["schema"], &[], None);
    assert_eq!(status(&schema), 0);
    let schema: serde_json::Value = serde_json::from_slice(&schema.stdout).expect("JSON");
    assert_eq!(schema["title"], "Document");
    for key in ["format_version", "path", "agenda", "annotations", "footnotes", "diagnostics"] {
        assert!(schema["properties"][key].is_object(), "{key}");
    }
}

#[test]
fn parse_prints_one_document_per_input() {
    let dir = tree();
    let one = run(dir.path(), &["parse", "docs/agenda.txt"], &[], None);
    assert_eq!(status(&one), 0);
    let doc: serde_json::Value = serde_json::from_slice(&one.stdout).expect("one document");
    assert_eq!(doc["path"], "docs/agenda.txt");
    assert_eq!(doc["format_version"], 1);
    let pretty = run(dir.path(), &["parse", "--pretty", "docs/agenda.txt"], &[], None);
    assert!(stdout(&pretty).starts_with("{\n  \"format_version\": 1,"));

    let many = run(dir.path(), &["parse", "docs"], &[], None);
    assert_eq!(status(&many), 0);
    let paths: Vec<String> = stdout(&many)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("a JSON line")["path"].to_string())
        .collect();
    assert_eq!(
        paths,
        ["\"docs/agenda.txt\"", "\"docs/latin1.txt\"", "\"docs/scan.txt\"", "\"docs/sub/more.txt\""]
    );

    let lines =
        run(dir.path(), &["parse", "--output-format", "json-lines", "-"], &[], Some(b"1. Opening.\n"));
    let doc: serde_json::Value = serde_json::from_slice(&lines.stdout).expect("one line");
    assert_eq!(doc["path"], "-");

    let panicked = run(dir.path(), &["parse", "docs"], &[("AGENDUM_DEBUG_PANIC", "agenda.txt")], None);
    assert_eq!(status(&panicked), 0, "an internal error is a diagnostic of its document");
    let first: serde_json::Value =
        serde_json::from_str(stdout(&panicked).lines().next().expect("a line")).expect("JSON");
    assert_eq!(first["diagnostics"][0]["code"], "A004");
    assert_eq!(stdout(&panicked).lines().count(), 4, "the run goes on");
    assert!(
        panicked.stderr.is_empty(),
        "the panic message is not printed: {}",
        String::from_utf8_lossy(&panicked.stderr)
    );

    let missing = run(dir.path(), &["parse", "nothing.txt"], &[], None);
    assert_eq!(status(&missing), 2);
}

/// `(inode, modification time, bytes)` of a file.
#[cfg(unix)]
fn identity(path: &Path) -> (u64, std::time::SystemTime, Vec<u8>) {
    use std::os::unix::fs::MetadataExt;
    let meta = fs::metadata(path).expect("metadata");
    (meta.ino(), meta.modified().expect("mtime"), fs::read(path).expect("bytes"))
}

#[cfg(unix)]
#[test]
fn fix_leaves_files_without_fixes_untouched_and_is_idempotent() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tree();
    // Text that the hygiene rules have fixes for (doubled spaces, a split word, a ligature):
    // whatever they fix, a second `--fix` must change nothing and the mode must stay.
    let draft = dir.path().join("docs/draft.txt");
    fs::write(
        &draft,
        "Provisional agenda\n\n1. Opening  of the  session.\n2. Adoption of the agenda, r einforcing ﬁrst.\n",
    )
    .expect("a draft");
    fs::set_permissions(&draft, fs::Permissions::from_mode(0o640)).expect("a mode");
    let untouched = dir.path().join("docs/agenda.txt");
    let latin1 = dir.path().join("docs/latin1.txt");
    let before = (identity(&untouched), identity(&latin1));

    let diff = run(dir.path(), &["lint", "--diff", "docs"], &[], None);
    assert_eq!(identity(&untouched), before.0, "--diff writes nothing");
    let first = run(dir.path(), &["lint", "--fix", "--output-format", "concise", "docs"], &[], None);
    assert!(status(&first) <= 1, "{}", String::from_utf8_lossy(&first.stderr));
    let fixed = identity(&draft);
    assert_eq!(fs::metadata(&draft).expect("metadata").permissions().mode() & 0o777, 0o640);
    if status(&diff) == 1 {
        // Something was fixable: `--diff` showed it and `--fix` applied it.
        assert!(stdout(&diff).contains("--- docs/draft.txt\n+++ docs/draft.txt\n"), "{}", stdout(&diff));
        assert!(stdout(&first).contains("; fixed "), "{}", stdout(&first));
    } else {
        assert_eq!(status(&diff), 0);
        assert!(diff.stdout.is_empty());
    }
    assert_eq!(
        (identity(&untouched), identity(&latin1)),
        before,
        "files with nothing to fix are not rewritten"
    );

    let second = run(dir.path(), &["lint", "--fix", "--output-format", "concise", "docs"], &[], None);
    assert_eq!(identity(&draft), fixed, "a second --fix changes nothing");
    assert!(!stdout(&second).contains("; fixed "), "{}", stdout(&second));
    let diff = run(dir.path(), &["lint", "--diff", "docs"], &[], None);
    assert_eq!((status(&diff), diff.stdout.len()), (0, 0), "nothing left to fix");
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("docs"))
        .expect("docs")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".agendum-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[cfg(unix)]
#[test]
fn unreadable_files_in_a_folder_are_findings_and_the_run_goes_on() {
    let dir = tree();
    let docs = dir.path().join("docs");
    symlink("..", &docs.join("sub/loop"));
    symlink("missing.txt", &docs.join("broken.txt"));
    let output =
        run(dir.path(), &["lint", "--select", "A0", "--output-format", "json-lines", "docs"], &[], None);
    assert_eq!(status(&output), 1);
    let codes: Vec<(String, String)> = stdout(&output)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON");
            (v["path"].as_str().expect("path").to_string(), v["code"].as_str().expect("code").to_string())
        })
        .collect();
    assert_eq!(
        codes,
        [
            ("docs/broken.txt".to_string(), "A005".to_string()),
            ("docs/latin1.txt".into(), "A003".into()),
            ("docs/scan.txt".into(), "A003".into()),
            ("docs/sub/loop".into(), "A005".into()),
        ]
    );
    // Ignoring A005 silences them without stopping anything.
    let ignored = run(
        dir.path(),
        &["lint", "--select", "A0", "--ignore", "A005", "--output-format", "concise", "docs"],
        &[],
        None,
    );
    assert!(!stdout(&ignored).contains("A005"));
    assert!(stdout(&ignored).contains("checked 6 files"), "{}", stdout(&ignored));
}

#[test]
fn a_broken_configuration_deep_in_a_walk_stops_the_run_before_any_output() {
    let dir = tree();
    let broken = fs::read(dir.path().join("badconfig/agendum.toml")).expect("the broken configuration");
    // Deep in the walk, after files that would be output first.
    fs::create_dir_all(dir.path().join("docs/zz")).expect("a folder");
    fs::write(dir.path().join("docs/zz/agendum.toml"), &broken).expect("a configuration");
    fs::write(dir.path().join("docs/zz/late.txt"), "1. Opening of the session.\n").expect("a file");
    for command in
        [&["lint", "--select", "A0", "--output-format", "json-lines", "docs"][..], &["parse", "docs"]]
    {
        let output = run(dir.path(), command, &[], None);
        assert_eq!(status(&output), 2, "{command:?}");
        assert_eq!(stdout(&output), "", "{command:?}: nothing is written before the error");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("docs/zz/agendum.toml: invalid configuration"), "{stderr}");
    }
    // A folder the configuration excludes is not entered, nor is its configuration read.
    fs::create_dir_all(dir.path().join("config/skip/deeper")).expect("a folder");
    fs::write(dir.path().join("config/skip/deeper/agendum.toml"), &broken).expect("a configuration");
    let output = run(dir.path(), &["lint", "--output-format", "concise", "config"], &[], None);
    assert_eq!(status(&output), 1, "{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout(&output).contains("checked 3 files"), "{}", stdout(&output));
}

#[test]
fn output_file_does_not_change_the_status() {
    let dir = tree();
    for format in ["concise", "json", "sarif", "github"] {
        let output = run(
            dir.path(),
            &["lint", "--select", "A0", "--output-format", format, "-o", "out", "docs"],
            &[],
            None,
        );
        assert_eq!(status(&output), 1, "{format}");
        assert!(output.stdout.is_empty());
        assert!(fs::metadata(dir.path().join("out")).expect("the report").len() > 0);
    }
}

#[test]
fn a_file_over_4_gib_is_reported_not_read() {
    let dir = tree();
    // Sparse: no disk space, and the run must not read it.
    let huge = fs::File::create(dir.path().join("docs/huge.txt")).expect("a file");
    huge.set_len(u64::from(u32::MAX) + 1).expect("a sparse file");
    let output =
        run(dir.path(), &["lint", "--select", "A0", "--output-format", "concise", "docs"], &[], None);
    assert_eq!(status(&output), 1);
    assert!(
        stdout(&output)
            .contains("docs/huge.txt:1:1: A005 [error] cannot read this file: it is larger than 4 GiB"),
        "{}",
        stdout(&output)
    );
    let named = run(dir.path(), &["lint", "docs/huge.txt"], &[], None);
    assert_eq!(status(&named), 2);
}
