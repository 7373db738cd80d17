//! Keeping the documentation and the code in step (rust-analyzer's tidy tests).
//!
//! - The README's rule table is generated from the rule registry, and its accuracy table from
//!   `tests/fixtures/accuracy.txt`; `UPDATE_EXPECT=1 cargo test tidy` rewrites both.
//! - Every production of `grammar/agenda.ebnf` is named in the code that implements it, and
//!   every production quoted in the code's documentation is in the grammar.
//! - Every source file opens with a `//!` paragraph.

use std::path::{Path, PathBuf};

use agendum::lint::registry::RULES;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn sources() -> Vec<PathBuf> {
    walkdir::WalkDir::new(root().join("src"))
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .map(|e| e.path().to_path_buf())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect()
}

fn rule_table() -> String {
    let mut t = String::from("| code | name | default | fix | checks |\n|---|---|---|---|---|\n");
    for r in RULES {
        t.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            r.code,
            r.name,
            r.default_severity.name(),
            r.fix.name(),
            r.summary().replace('|', "\\|")
        ));
    }
    t
}

fn accuracy_table() -> String {
    let recorded = std::fs::read_to_string(root().join("tests/fixtures/accuracy.txt")).unwrap_or_default();
    let mut t = String::from(
        "| extractor | items | sub-items | headings | paragraphs | doc entries | footnotes | entries | entries in their slot |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    for line in recorded.lines() {
        let mut w = line.split_whitespace();
        let Some(ex) = w.next() else { continue };
        let _docs = w.next();
        let cells: Vec<String> = w
            .take(8)
            .map(|c| {
                let (h, n) = c.split_once('/').unwrap_or(("0", "0"));
                let (h, n): (f64, f64) = (h.parse().unwrap_or(0.0), n.parse().unwrap_or(0.0));
                if n == 0.0 { "–".to_string() } else { format!("{:.1}%", 100.0 * h / n) }
            })
            .collect();
        t.push_str(&format!("| {ex} | {} |\n", cells.join(" | ")));
    }
    t
}

/// Replace what lies between `<!-- name:start -->` and `<!-- name:end -->`.
fn splice(text: &str, name: &str, content: &str) -> Option<String> {
    let start = format!("<!-- {name}:start -->\n");
    let end = format!("<!-- {name}:end -->");
    let a = text.find(&start)? + start.len();
    let b = text[a..].find(&end)? + a;
    Some(format!("{}{}{}", &text[..a], content, &text[b..]))
}

#[test]
fn readme_tables_are_generated() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let mut want = splice(&readme, "rules", &rule_table()).expect("README has the rules markers");
    want = splice(&want, "accuracy", &accuracy_table()).expect("README has the accuracy markers");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &want).expect("write README.md");
        return;
    }
    assert!(readme == want, "README tables are stale: run `UPDATE_EXPECT=1 cargo test tidy`");
}

fn productions(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let (name, rest) = l.split_once(" = ").or_else(|| l.split_once("="))?;
            let name = name.trim();
            (!name.is_empty()
                && name.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !l.trim_start().starts_with("(*")
                && !rest.is_empty())
            .then(|| name.to_string())
        })
        .collect()
}

#[test]
fn grammar_and_code_name_the_same_productions() {
    let grammar = std::fs::read_to_string(root().join("grammar/agenda.ebnf")).expect("grammar");
    let declared = productions(&grammar);
    assert!(declared.len() > 30, "productions found: {declared:?}");
    let mut comments = String::new();
    let mut quoted = Vec::new();
    for p in sources() {
        let text = std::fs::read_to_string(&p).expect("source readable");
        for l in text.lines() {
            let t = l.trim_start();
            if let Some(c) =
                t.strip_prefix("//!").or_else(|| t.strip_prefix("///")).or_else(|| t.strip_prefix("//"))
            {
                comments.push_str(c);
                comments.push('\n');
                quoted.extend(productions(c).into_iter().map(|n| (n, p.clone())));
            }
        }
    }
    let missing: Vec<&String> = declared.iter().filter(|n| !comments.contains(n.as_str())).collect();
    assert!(missing.is_empty(), "productions of the grammar not named in any source comment: {missing:?}");
    let unknown: Vec<String> = quoted
        .iter()
        .filter(|(n, _)| n.contains('-') && !declared.contains(n))
        .map(|(n, p)| format!("{n} ({})", p.display()))
        .collect();
    assert!(unknown.is_empty(), "productions quoted in the code but not in the grammar: {unknown:?}");
}

#[test]
fn every_source_file_says_what_it_is_for() {
    let bad: Vec<String> = sources()
        .into_iter()
        .filter(|p| !std::fs::read_to_string(p).unwrap_or_default().starts_with("//!"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(bad.is_empty(), "files without a `//!` paragraph: {bad:?}");
}
