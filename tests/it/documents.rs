//! Inputs that hold several documents one after another (an agenda and its addendum, an archive
//! dump): each later document starts at its own masthead, is parsed and linted as if it were
//! alone, and its spans are offsets into the whole input.

use agendum::relocate::Relocate;
use agendum::{Document, LintOptions, Source};

use crate::properties::corpus;

/// `doc` as the parse of an input of its own gives it: no span, nothing following.
fn alone(mut doc: Document) -> Document {
    doc.span = agendum::Span::default();
    doc.following.clear();
    doc
}

/// The seed and the generated corpus, each ending with a line feed (as `cat` joins files that
/// end their last line).
fn texts() -> Vec<Vec<u8>> {
    let mut texts = vec![corpus::seed()];
    texts.extend(corpus::generated());
    for t in &mut texts {
        if !t.ends_with(b"\n") {
            t.push(b'\n');
        }
    }
    texts
}

/// Every document of the corpus with a masthead, put after another: the two are found, each is
/// the tree its own input gives (its spans moved), and the findings are those of each alone.
#[test]
fn documents_one_after_another_are_each_parsed_alone() {
    let texts = texts();
    let options = LintOptions::default();
    let mut pairs = 0;
    let mut failures = Vec::new();
    for (i, next) in texts.iter().enumerate() {
        let previous = &texts[(i + 1) % texts.len()];
        // Blank lines between two documents, and the form feeds that end a page, stay with the
        // first: the second starts at the line of its first text.
        let k = blank_head(next);
        let a = [previous.as_slice(), &next[..k]].concat();
        let b = &next[k..];
        let (sa, sb) = (Source::new(&a), Source::new(b));
        let (da, db) = (agendum::parse(&sa), agendum::parse(&sb));
        let labelled = |d: &Document| d.masthead.as_ref().is_some_and(|m| m.distribution.is_some());
        if !labelled(&db) {
            continue;
        }
        let joined = [a.as_slice(), b].concat();
        let source = Source::new(&joined);
        let doc = agendum::parse(&source);
        if !labelled(&da) {
            // The first label of an input is its first document's wherever it stands (Tika
            // prints a cover page's text before the masthead): no split.
            if !doc.following.is_empty() {
                failures.push(format!("pair {i}: the first document has no label, yet {:?}", spans(&doc)));
            }
            continue;
        }
        pairs += 1;
        if doc.following.len() != 1 || doc.span.end != a.len() {
            failures.push(format!(
                "pair {i}: documents at {:?}, expected a split at {}: {:?} / {:?}",
                spans(&doc),
                a.len(),
                String::from_utf8_lossy(&a[a.len().saturating_sub(80)..]),
                String::from_utf8_lossy(&b[..b.len().min(80)])
            ));
            continue;
        }
        let findings = agendum::lint(&source, &doc, &options);
        let mut second = doc.following[0].clone();
        second.shift_back(a.len());
        if alone(doc.clone()) != alone(da.clone()) {
            failures.push(format!("pair {i}: the first document differs from its parse alone"));
        }
        if alone(second) != alone(db.clone()) {
            failures.push(format!("pair {i}: the second document differs from its parse alone"));
        }
        let mut expected = agendum::lint(&sa, &da, &options);
        let mut later = agendum::lint(&sb, &db, &options);
        later.shift_forward(a.len());
        expected.extend(later);
        agendum::lint::sort_findings(&mut expected);
        if findings != expected {
            failures.push(format!("pair {i}: the findings differ from those of each alone"));
        }
        if agendum::lint::lint_source(&source, &options, |_, _| ()).0 != findings {
            failures
                .push(format!("pair {i}: linted by lint_source, documents in parallel, the findings differ"));
        }
    }
    assert!(failures.is_empty(), "{} of {pairs} pairs:\n{}", failures.len(), failures.join("\n"));
    assert!(pairs >= 300, "only {pairs} documents with a masthead");
}

/// The length of the blank lines that begin `text`, and of the form feeds that begin its first
/// line of text.
fn blank_head(text: &[u8]) -> usize {
    let first = text.iter().position(|b| !b.is_ascii_whitespace() && *b != b'\x0c').unwrap_or(text.len());
    let line = text[..first].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    line + text[line..].iter().take_while(|&&b| b == b'\x0c').count()
}

fn spans(doc: &Document) -> Vec<(usize, usize)> {
    std::iter::once(doc).chain(&doc.following).map(|d| (d.span.start, d.span.end)).collect()
}

/// No document of the corpus is split: a masthead has one distribution label.
#[test]
fn one_document_is_one_document() {
    for (i, text) in texts().iter().enumerate() {
        let doc = agendum::parse(&Source::new(text));
        assert!(doc.following.is_empty(), "text {i} split at {:?}", spans(&doc));
        assert_eq!((doc.span.start, doc.span.end), (0, text.len()));
    }
}

/// `agendum parse` writes the documents that follow the first as it parses them; its JSON is
/// that of the library's tree.
#[test]
fn the_command_writes_the_tree_the_library_gives() {
    let texts = texts();
    // Not the seed first: its extraction has no masthead.
    let joined = [texts[1].as_slice(), &texts[2], &texts[3]].concat();
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("two.txt"), &joined).expect("written");
    let mut doc = agendum::parse(&Source::new(&joined));
    assert_eq!(doc.following.len(), 2, "{:?}", spans(&doc));
    doc.path = Some("two.txt".to_string());
    for d in &mut doc.following {
        d.path = Some("two.txt".to_string());
    }
    let want = serde_json::to_value(&doc).expect("serializes");
    for pretty in [false, true] {
        let args: &[&str] = if pretty { &["parse", "--pretty", "two.txt"] } else { &["parse", "two.txt"] };
        let output = crate::binary::run(dir.path(), args, &[], None);
        assert_eq!(crate::binary::status(&output), 0);
        let got: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON document");
        assert_eq!(got, want);
    }
    // A document alone has no `following`, there as in the library's JSON.
    std::fs::write(dir.path().join("one.txt"), &texts[1]).expect("written");
    let mut one = agendum::parse(&Source::new(&texts[1]));
    one.path = Some("one.txt".to_string());
    let output = crate::binary::run(dir.path(), &["parse", "one.txt"], &[], None);
    let got: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON document");
    assert_eq!(got, serde_json::to_value(&one).expect("serializes"));
}

/// The documents of one file are linted on the run's threads: the report, a baseline of the
/// file and the fixed text are the same bytes whatever `--threads` says, and the report is the
/// library's findings of each document alone.
#[test]
fn the_documents_of_a_file_give_the_same_bytes_on_any_thread_count() {
    let texts = texts();
    // Not the seed first (no masthead): sixty documents of the corpus, one after another.
    let joined: Vec<u8> = texts[1..61].concat();
    let source = Source::new(&joined);
    assert_eq!(agendum::parser::documents(&source).len(), 60);
    let dir = tempfile::tempdir().expect("a folder");
    let at = |name: &str| dir.path().join(name);
    let run = |args: &[&str]| {
        let output = crate::binary::run(dir.path(), args, &[], None);
        assert!(crate::binary::status(&output) <= 1, "{}", String::from_utf8_lossy(&output.stderr));
        output.stdout
    };
    let mut runs = Vec::new();
    for threads in ["1", "2", "3"] {
        std::fs::write(at("dump.txt"), &joined).expect("written");
        let lint = ["lint", "--exit-zero", "--threads", threads];
        let report = run(&[&lint[..], &["--output-format", "json-lines", "dump.txt"]].concat());
        let baseline = format!("baseline-{threads}.json");
        run(&[&lint[..], &["--write-baseline", &baseline, "dump.txt"]].concat());
        let baseline = std::fs::read(at(&baseline)).expect("the baseline");
        let diff = run(&[&lint[..], &["--diff", "dump.txt"]].concat());
        run(&[&lint[..], &["--fix", "--output-format", "concise", "dump.txt"]].concat());
        let fixed = std::fs::read(at("dump.txt")).expect("the fixed file");
        runs.push((report, baseline, diff, fixed));
    }
    for (threads, other) in ["2", "3"].iter().zip(&runs[1..]) {
        assert!(other == &runs[0], "--threads {threads} gives other bytes than --threads 1");
    }
    let (report, baseline, diff, fixed) = &runs[0];
    let reported = String::from_utf8_lossy(report).lines().count();
    let findings = agendum::lint::lint_source(&source, &LintOptions::default(), |_, _| ()).0;
    assert_eq!(reported, findings.len());
    let entries: serde_json::Value = serde_json::from_slice(baseline).expect("JSON");
    assert!(entries["documents"].as_array().is_some_and(|d| d.len() > 30), "a baseline entry a document");
    assert!(!diff.is_empty() && fixed != &joined, "the dump has something to fix");
}

/// Invalid UTF-8 in an input of several documents: one A003, at the first invalid byte, from
/// the document that holds it.
#[test]
fn invalid_bytes_are_reported_once_by_their_document() {
    let texts = texts();
    let (a, b) = (&texts[1], &texts[2]);
    for at in [a.len() / 2, a.len() + b.len() / 2] {
        let mut joined = [a.as_slice(), b].concat();
        joined.insert(at, 0xff);
        let source = Source::new(&joined);
        let doc = agendum::parse(&source);
        assert_eq!(doc.following.len(), 1, "{:?}", spans(&doc));
        let findings = agendum::lint(&source, &doc, &LintOptions::default());
        let a003: Vec<_> = findings.iter().filter(|f| f.code == "A003").map(|f| f.span.start).collect();
        assert_eq!(a003, [at]);
    }
}
