//! `--fix` never loses a byte: run as a user runs it, on a copy of every rule fixture, two
//! extractions of every corpus document, the seed and `tests/fixtures/fix/` (documents with
//! many fixes of different rules), with a different file mode on each file.
//!
//! What is checked, in one folder run per step:
//!
//! - `--diff` writes nothing, and what it prints is what `--fix` does: applying the printed
//!   diff to the original gives the fixed file;
//! - `--fix` replaces exactly the files with something to fix, by renaming a new file over
//!   the old one (a new inode), keeping the mode, and leaves nothing behind; the others are
//!   not touched (same inode, time and bytes); nothing fixable is left;
//! - a second `--fix` changes nothing, and `--diff` then prints nothing;
//! - the fixed file parses to the same structure (see [`structure`]): the same items,
//!   sub-items, annotations, footnotes and annex rows;
//! - `--unsafe-fixes` applies the unsafe fixes too, with the same guarantees.
//!
//! The tests after it interrupt writes through the debug-build hook `AGENDUM_DEBUG_WRITE`:
//! a write that fails before its rename, and a process killed in the middle of writing its
//! temporary file. Both leave the original file whole.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::binary::{command, leftovers, run, status, stdout};
use serde_json::{Value, json};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The inputs, by path in the test folder.
fn inputs() -> Vec<(String, PathBuf)> {
    let mut inputs = Vec::new();
    let mut add_tree = |under: &str, keep: &dyn Fn(&Path) -> bool| {
        for entry in walkdir::WalkDir::new(root().join(under)).sort_by_file_name() {
            let entry = entry.expect("a readable fixture");
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") && keep(path) {
                let name = path.strip_prefix(root()).expect("inside the repository");
                inputs.push((name.to_string_lossy().replace('\\', "/"), path.to_path_buf()));
            }
        }
    };
    add_tree("tests/fixtures/fix", &|_| true);
    add_tree("tests/fixtures/rules", &|_| true);
    add_tree("corpus/seed", &|_| true);
    add_tree("corpus/generated", &|p| p.file_name().is_some_and(|n| n == "pdfminer.txt"));
    inputs
}

/// What stays of a file: `(inode, modification time, mode, bytes)`.
#[cfg(unix)]
type Identity = (u64, std::time::SystemTime, u32, Vec<u8>);

#[cfg(unix)]
fn identity(path: &Path) -> Identity {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let meta = fs::metadata(path).expect("metadata");
    (
        meta.ino(),
        meta.modified().expect("mtime"),
        meta.permissions().mode() & 0o777,
        fs::read(path).expect("bytes"),
    )
}

/// Every file under `dir`: `(inode, time, mode, bytes)` by path relative to `dir`.
#[cfg(unix)]
fn snapshot(dir: &Path, names: &[String]) -> BTreeMap<String, Identity> {
    names.iter().map(|name| (name.clone(), identity(&dir.join(name)))).collect()
}

/// The summary of a `json` report.
fn summary(output: &std::process::Output) -> Value {
    let report: Value = serde_json::from_str(&stdout(output)).expect("a JSON report");
    report["summary"].clone()
}

/// The structure of a parsed document — what no fix may change: the language; whether there
/// is a title and a masthead symbol; the agenda items and the annotations, each by number with
/// its sub-items by marker, at every depth; the footnotes by marker, with how many references
/// each has; the annexes, and in each schedule the days (date and weekday as parsed), their
/// slots (start and end as parsed) and every row by the item and sub-item it cites.
///
/// Text is not part of it (fixing text is what fixes do), nor is the layout of the text into
/// lines, paragraphs and pages: A605 is there to join the paragraphs a page break cut.
fn structure(doc: &Value) -> Value {
    fn list(value: &Value, each: impl Fn(&Value) -> Value) -> Value {
        value.as_array().map_or(Value::Null, |items| items.iter().map(each).collect())
    }
    fn outline(node: &Value, key: &str) -> Value {
        json!({ key: node[key], "sub_items": list(&node["sub_items"], |s| outline(s, "marker")) })
    }
    let row = |e: &Value| json!([e["item"], e["sub_item"], e["sub_sub_item"]]);
    let schedule = |s: &Value| {
        json!({
            "days": list(&s["days"], |d| json!({
                "date": d["date"],
                "weekday": d["weekday"],
                "slots": list(&d["slots"], |t| json!({
                    "start": t["start"],
                    "end": t["end"],
                    "rows": list(&t["entries"], row),
                })),
            })),
            "rows": list(&s["entries"], row),
        })
    };
    json!({
        "language": doc["language"],
        "title": !doc["title"].is_null(),
        "masthead_symbol": doc["masthead"]["symbol"].is_string(),
        "items": list(&doc["agenda"]["items"], |i| outline(i, "number")),
        "annotations": list(&doc["annotations"], |a| outline(a, "number")),
        "footnotes": list(&doc["footnotes"], |f| json!([f["marker"], list(&f["references"], |_| Value::Null)])),
        "annexes": list(&doc["annexes"], |a| if a["schedule"].is_null() { Value::Null } else { schedule(&a["schedule"]) }),
    })
}

/// The structures of every document of a folder, by path.
fn structures(dir: &Path) -> BTreeMap<String, Value> {
    let output = run(dir, &["parse", "--output-format", "json-lines", "."], &[], None);
    assert_eq!(status(&output), 0, "{}", String::from_utf8_lossy(&output.stderr));
    stdout(&output)
        .lines()
        .map(|line| {
            let doc: Value = serde_json::from_str(line).expect("a JSON document");
            (doc["path"].as_str().expect("a path").to_string(), structure(&doc))
        })
        .collect()
}

/// The files whose fixes are known to change their structure (bugs waiting for a fix).
fn known_structure_changes() -> BTreeSet<String> {
    let list = fs::read_to_string(root().join("tests/fixtures/fix/structure-changes.txt")).expect("the list");
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect()
}

/// A long difference cut to a readable length.
fn shorten(text: &str) -> &str {
    let mut end = text.len().min(400);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Apply the unified diff of one file (`similar`'s format, three lines of context) to its old
/// text.
fn apply_diff(old: &str, hunks: &[&str]) -> String {
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let mut new = String::new();
    let mut at = 0;
    let mut last_mark = "";
    for line in hunks {
        if let Some(header) = line.strip_prefix("@@ -") {
            let start: usize =
                header.split([',', ' ']).next().and_then(|n| n.parse().ok()).expect("a hunk header");
            // `-0,0` is an empty old side (a hunk at the very start).
            let start = start.saturating_sub(1).max(at);
            new.extend(old_lines[at..start].iter().copied());
            at = start;
            continue;
        }
        let (mark, text) = line.split_at(1);
        let previous = std::mem::replace(&mut last_mark, mark);
        match mark {
            " " | "-" => {
                assert_eq!(old_lines[at].trim_end_matches('\n'), text, "the diff's context is the old text");
                if mark == " " {
                    new.push_str(old_lines[at]);
                }
                at += 1;
            }
            "+" => {
                new.push_str(text);
                new.push('\n');
            }
            // `\ No newline at end of file`: the line before it has none (an old or a
            // context line already shows it so).
            "\\" => {
                if previous == "+" {
                    new.pop();
                }
            }
            other => panic!("unexpected diff line `{other}{text}`"),
        }
    }
    new.extend(old_lines[at..].iter().copied());
    new
}

/// Where two trees first differ, as a JSON path and the two values there.
fn difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x
            .iter()
            .find_map(|(k, v)| difference(v, y.get(k).unwrap_or(&Value::Null), &format!("{path}.{k}")))
            .or_else(|| y.keys().find(|k| !x.contains_key(*k)).map(|k| format!("{path}.{k}: only after"))),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (v, w))| difference(v, w, &format!("{path}[{i}]")))
        }
        _ if a == b => None,
        _ => Some(format!("{path}: {a} before, {b} after")),
    }
}

/// The diffs of a `--diff` run, by path: each file's lines after its `+++` header.
fn diffs(text: &str) -> BTreeMap<String, Vec<&str>> {
    let mut files: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    let mut current = None;
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if let Some(path) = line.strip_prefix("--- ")
            && lines.peek().is_some_and(|next| next.starts_with("+++ "))
        {
            lines.next();
            current = Some(path.to_string());
            files.entry(path.to_string()).or_default();
            continue;
        }
        let path = current.clone().expect("a diff starts with its header");
        files.entry(path).or_default().push(line);
    }
    files
}

/// One pass of `--fix` (`unsafe_fixes`: with `--unsafe-fixes`) over the folder, checked.
#[cfg(unix)]
fn fix_pass(dir: &Path, names: &[String], unsafe_fixes: bool) -> usize {
    let extra: &[&str] = if unsafe_fixes { &["--unsafe-fixes"] } else { &[] };
    let args = |mode: &'static str, format: &'static str| {
        let mut args = vec!["lint", mode, "--output-format", format];
        args.extend_from_slice(extra);
        args.push(".");
        args
    };
    let before = snapshot(dir, names);
    let structure_before = structures(dir);

    let diff = run(dir, &args("--diff", "concise"), &[], None);
    assert_eq!(snapshot(dir, names), before, "--diff writes nothing");
    let printed = stdout(&diff);
    let diffs = diffs(&printed);
    assert_eq!(
        status(&diff),
        if diffs.is_empty() { 0 } else { 1 },
        "{}",
        String::from_utf8_lossy(&diff.stderr)
    );

    let fix = run(dir, &args("--fix", "json"), &[], None);
    assert!(status(&fix) <= 1, "{}", String::from_utf8_lossy(&fix.stderr));
    let totals = summary(&fix);
    let left = if unsafe_fixes { &totals["unsafe_fixable"] } else { &totals["fixable"] };
    assert_eq!((&totals["fixable"], left), (&0.into(), &0.into()), "nothing fixable is left: {totals}");
    assert_eq!(leftovers(dir), Vec::<String>::new(), "temporary files left");
    let after = snapshot(dir, names);
    let changed: BTreeSet<&String> = names.iter().filter(|n| after[*n] != before[*n]).collect();
    let with_diff: BTreeSet<&String> = diffs.keys().collect();
    assert_eq!(changed, with_diff, "--fix changes the files --diff shows, and only those");
    assert_eq!(totals["fixed_files"], changed.len());
    for name in &changed {
        let (old, new) = (&before[*name], &after[*name]);
        assert_ne!(old.0, new.0, "{name}: replaced by a rename, not rewritten in place");
        assert_eq!(old.2, new.2, "{name}: the mode is kept");
        if let Ok(text) = std::str::from_utf8(&old.3) {
            let expected = apply_diff(text, &diffs[*name]);
            assert_eq!(String::from_utf8_lossy(&new.3), expected, "{name}: --fix does what --diff shows");
        }
    }

    let again = run(dir, &args("--fix", "json"), &[], None);
    assert_eq!(snapshot(dir, names), after, "a second --fix changes nothing");
    assert_eq!(summary(&again)["fixed"], 0);
    let diff = run(dir, &args("--diff", "concise"), &[], None);
    assert_eq!((status(&diff), stdout(&diff)), (0, String::new()), "nothing left to fix");

    let structure_after = structures(dir);
    let known = known_structure_changes();
    let mut changes = Vec::new();
    let mut mended = Vec::new();
    for name in &changed {
        let change = difference(&structure_before[name.as_str()], &structure_after[name.as_str()], "");
        match (change, known.contains(name.as_str())) {
            (Some(change), false) => changes.push(format!("{name}: {}", shorten(&change))),
            (None, true) => mended.push(name.as_str()),
            _ => {}
        }
    }
    assert!(changes.is_empty(), "fixed files that parse to another structure:\n{}", changes.join("\n"));
    // Only the pass that fixes them can tell: the unsafe pass starts from fixed files.
    if !unsafe_fixes {
        let unseen: Vec<&str> =
            known.iter().filter(|k| !changed.contains(&k.to_string())).map(String::as_str).collect();
        assert!(
            mended.is_empty() && unseen.is_empty(),
            "listed in tests/fixtures/fix/structure-changes.txt but fine now: {mended:?} {unseen:?}"
        );
    }
    changed.len()
}

#[cfg(unix)]
#[test]
fn fixes_are_atomic_idempotent_and_keep_the_structure() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a folder");
    let mut names = Vec::new();
    for (i, (name, from)) in inputs().into_iter().enumerate() {
        let to = dir.path().join(&name);
        fs::create_dir_all(to.parent().expect("a folder")).expect("folders");
        fs::copy(&from, &to).expect("a copy");
        let mode = [0o644, 0o600, 0o640, 0o664][i % 4];
        fs::set_permissions(&to, fs::Permissions::from_mode(mode)).expect("a mode");
        names.push(name);
    }
    names.sort_by(|a, b| Path::new(a).cmp(Path::new(b)));
    assert!(names.len() > 190, "inputs went missing: {}", names.len());

    let safe = fix_pass(dir.path(), &names, false);
    assert!(safe >= 50, "safe fixes were applied to {safe} files");
    let fixed = fs::read_to_string(dir.path().join("tests/fixtures/fix/en-many-fixes.txt")).expect("fixed");
    assert!(fixed.contains("among other issues2."), "unsafe fixes wait for --unsafe-fixes");
    let unsafe_ = fix_pass(dir.path(), &names, true);
    assert!(unsafe_ >= 3, "unsafe fixes were applied to {unsafe_} files");
    let fixed = fs::read_to_string(dir.path().join("tests/fixtures/fix/en-many-fixes.txt")).expect("fixed");
    assert!(fixed.contains("among other issues.2"), "--unsafe-fixes applies A304's fix");
}

/// A draft with fixes, in its own folder, and its identity.
#[cfg(unix)]
fn draft() -> (tempfile::TempDir, PathBuf, Identity) {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("draft.txt");
    fs::copy(root().join("tests/fixtures/fix/en-many-fixes.txt"), &path).expect("a copy");
    let before = identity(&path);
    (dir, path, before)
}

#[cfg(unix)]
#[test]
fn a_write_that_fails_before_its_rename_leaves_the_file_whole() {
    let (dir, path, before) = draft();
    let output = run(
        dir.path(),
        &["lint", "--fix", "--output-format", "json", "."],
        &[("AGENDUM_DEBUG_WRITE", "fail")],
        None,
    );
    assert_eq!(status(&output), 2);
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot write the fixes of `draft.txt`"));
    assert_eq!(identity(&path), before, "the original is untouched");
    assert_eq!(leftovers(dir.path()), Vec::<String>::new(), "the temporary file is removed");
    // The report is of the text as it stays, not as the fix would have made it.
    let plain = run(dir.path(), &["lint", "--output-format", "json", "."], &[], None);
    let (totals, original) = (summary(&output), summary(&plain));
    assert_eq!(totals["fixed"], 0);
    assert!(original["fixable"].as_u64() > Some(0), "{original}");
    assert_eq!(totals, original, "the findings of the file as it stays");
}

#[cfg(unix)]
#[test]
fn a_process_killed_in_the_middle_of_a_write_loses_nothing() {
    let (dir, path, before) = draft();
    let mut child = command(dir.path(), &["lint", "--fix", "draft.txt"], &[("AGENDUM_DEBUG_WRITE", "stop")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // The hook says when half the new text is in the temporary file, then waits.
    let mut stderr = BufReader::new(child.stderr.take().expect("a stderr pipe"));
    let mut line = String::new();
    stderr.read_line(&mut line).expect("a line");
    assert!(line.contains("stopped in the middle of a write"), "{line}");
    let temp = leftovers(dir.path());
    assert_eq!(temp.len(), 1, "{temp:?}");
    let partial = fs::metadata(dir.path().join(&temp[0])).expect("the temporary file").len();
    assert!(partial > 0 && partial < before.3.len() as u64, "half written: {partial}");
    assert_eq!(identity(&path), before, "the original is untouched while the new text is written");

    child.kill().expect("killed");
    child.wait().expect("reaped");
    assert_eq!(identity(&path), before, "killed, the original is whole");

    // The leftover is not an input, and a new run fixes the file.
    let output = run(dir.path(), &["lint", "--fix", "--output-format", "json", "."], &[], None);
    assert_eq!(summary(&output)["files"], 1, "the temporary file is not linted");
    assert_eq!(summary(&output)["fixed_files"], 1);
    assert_ne!(identity(&path).3, before.3);
}

#[cfg(unix)]
#[test]
fn read_only_files_and_links() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path, before) = draft();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("read-only");
    let output = run(dir.path(), &["lint", "--fix", "draft.txt"], &[], None);
    assert_eq!(status(&output), 2);
    assert!(String::from_utf8_lossy(&output.stderr).contains("read-only"), "{output:?}");
    assert_eq!(identity(&path).3, before.3, "a read-only file is not written");

    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("writable");
    std::os::unix::fs::symlink("draft.txt", dir.path().join("link.txt")).expect("a link");
    let output = run(dir.path(), &["lint", "--fix", "link.txt"], &[], None);
    assert!(status(&output) <= 1, "{output:?}");
    let link = fs::symlink_metadata(dir.path().join("link.txt")).expect("the link");
    assert!(link.file_type().is_symlink(), "the link stays a link");
    assert_ne!(identity(&path).3, before.3, "the file it points to is fixed");
}

#[test]
fn fixing_standard_input_is_idempotent() {
    let text = fs::read(root().join("tests/fixtures/fix/en-many-fixes.txt")).expect("a fixture");
    let dir = tempfile::tempdir().expect("a folder");
    let first = run(dir.path(), &["lint", "--fix", "--output-format", "json", "-"], &[], Some(&text));
    assert!(status(&first) <= 1);
    assert_ne!(first.stdout, text, "fixed");
    let report: Value = serde_json::from_slice(&first.stderr).expect("the report on standard error");
    assert!(report["summary"]["fixed"].as_u64() > Some(10), "{report}");
    let second =
        run(dir.path(), &["lint", "--fix", "--output-format", "json", "-"], &[], Some(&first.stdout));
    assert_eq!(second.stdout, first.stdout, "a second --fix changes nothing");
    assert!(fs::read_dir(dir.path()).expect("the folder").next().is_none(), "no file is written");
}
