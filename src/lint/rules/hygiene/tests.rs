//! The hygiene family on whole documents: the seed gives exactly the findings PRODUCT.md lists,
//! every safe fix of the family converges and keeps the document's structure, and the generated
//! corpus raises the family's codes where its faults were planted and no error elsewhere.

use std::path::{Path, PathBuf};

use crate::finding::{Applicability, Finding};
use crate::fold::key;
use crate::lint::{LintOptions, lint};
use crate::model::{Block, Document};
use crate::parser::parse;
use crate::source::Source;

const SEED: &str = include_str!("../../../../corpus/seed/000_46dd32e2a39a25f9.txt");

/// The family's findings on a text: `(code, line, applicability)`.
fn family_findings(text: &str) -> Vec<Finding> {
    let source = Source::from_str(text);
    let doc = parse(&source);
    lint(&source, &doc, &LintOptions::default()).into_iter().filter(|f| f.code.starts_with("A6")).collect()
}

fn line_of(text: &str, at: usize) -> usize {
    text[..at].bytes().filter(|&b| b == b'\n').count() + 1
}

#[test]
fn seed_gives_exactly_the_listed_findings() {
    let got: Vec<(&str, usize, &str)> = family_findings(SEED)
        .iter()
        .map(|f| {
            (f.code, line_of(SEED, f.span.start), f.fix.as_ref().map_or("none", |x| x.applicability.name()))
        })
        .collect();
    let want = [
        ("A602", 102, "safe"),   // thereto ”,
        ("A603", 167, "safe"),   // firearms,  their
        ("A601", 206, "safe"),   // r einforcing
        ("A606", 210, "safe"),   // controls. 1
        ("A605", 294, "safe"),   // comprehensive / footnotes / firearms control regimes
        ("A604", 302, "safe"),   // the link dump under the footnotes
        ("A601", 318, "unsafe"), // par ties
        ("A601", 336, "safe"),   // r egard
        ("A601", 350, "safe"),   // o f
        ("A603", 362, "safe"),   // information  and
        ("A601", 386, "safe"),   // inves tigating
        ("A603", 392, "safe"),   // crime,  drug
        ("A603", 398, "safe"),   // or  illicit
        ("A601", 410, "safe"),   // traffickin g
        ("A604", 418, "safe"),   // the second link dump
    ];
    assert_eq!(got, want);
}

/// Apply every applicable fix of the family that conflicts with none taken before it, in order
/// of position (as `--fix` does); `None` when none applies.
fn apply_round(text: &str, findings: &[Finding], unsafe_fixes: bool) -> Option<String> {
    let mut fixes: Vec<_> = findings
        .iter()
        .filter_map(|f| f.fix.as_ref())
        .filter(|x| {
            x.applicability == Applicability::Safe
                || (unsafe_fixes && x.applicability == Applicability::Unsafe)
        })
        .collect();
    fixes.sort_by_key(|x| x.edits.iter().map(|e| e.span.start).min());
    let mut taken: Vec<(usize, usize, &str)> = Vec::new();
    'fixes: for fix in fixes {
        for e in &fix.edits {
            for &(s, end, _) in &taken {
                // Overlapping or touching edits wait for the next round.
                if e.span.start <= end && s <= e.span.end {
                    continue 'fixes;
                }
            }
        }
        taken.extend(fix.edits.iter().map(|e| (e.span.start, e.span.end, e.replacement.as_str())));
    }
    if taken.is_empty() {
        return None;
    }
    taken.sort_by_key(|&(s, e, _)| (s, e));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e, r) in taken {
        out.push_str(&text[at..s]);
        out.push_str(r);
        at = e;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// Fix until nothing applies; the fixed text and the rounds it took.
fn fix_until_stable(text: &str, unsafe_fixes: bool) -> (String, usize) {
    let mut text = text.to_string();
    for round in 0..10 {
        match apply_round(&text, &family_findings(&text), unsafe_fixes) {
            Some(next) => text = next,
            None => return (text, round),
        }
    }
    (text, 10)
}

/// The structure of a document, with the text of its paragraphs and notes folded (case,
/// ligatures) and without whitespace: what no hygiene fix may change.
fn structure(doc: &Document) -> Vec<String> {
    let squeeze = |s: &str| key(s).replace(' ', "");
    let mut out = Vec::new();
    for item in doc.agenda.iter().flat_map(|a| &a.items) {
        out.push(format!("item {} {}", item.number, squeeze(&item.title)));
        for s in &item.sub_items {
            out.push(format!("  sub {} {}", s.marker, squeeze(&s.title)));
        }
    }
    let blocks = |label: String, body: &[Block], out: &mut Vec<String>| {
        out.push(label);
        for b in body {
            match b {
                Block::Paragraph(p) => {
                    out.push(format!("  p {} refs={}", squeeze(&p.text), p.footnote_refs.len()))
                }
                Block::Documentation(d) => out.push(format!("  doc {}", d.entries.len())),
                Block::Subheading(h) => out.push(format!("  h {}", squeeze(&h.text))),
            }
        }
    };
    for a in &doc.annotations {
        blocks(format!("ann {} {}", a.number, squeeze(&a.title)), &a.body, &mut out);
        for s in &a.sub_items {
            blocks(format!("ann {} ({}) {}", a.number, s.marker, squeeze(&s.title)), &s.body, &mut out);
        }
    }
    for f in &doc.footnotes {
        out.push(format!("note {} {} refs={}", f.marker, squeeze(&f.text), f.references.len()));
    }
    for a in &doc.annexes {
        for d in a.schedule.iter().flat_map(|s| &s.days) {
            for s in &d.slots {
                out.push(format!("slot {} {} {}", d.label, s.time, s.entries.len()));
            }
        }
    }
    out.push(format!("unrecognized {}", doc.unrecognized.len()));
    out
}

fn structure_of(text: &str) -> Vec<String> {
    structure(&parse(&Source::from_str(text)))
}

/// Fixing converges, leaves no safe fix of the family behind, and keeps the structure.
fn check_fixes(name: &str, text: &str) -> Result<(), String> {
    let (fixed, rounds) = fix_until_stable(text, false);
    if rounds >= 10 {
        return Err(format!("{name}: fixes do not converge"));
    }
    let left: Vec<String> = family_findings(&fixed)
        .iter()
        .filter(|f| f.fix.as_ref().is_some_and(|x| x.applicability == Applicability::Safe))
        .map(|f| format!("{} {}", f.code, f.message))
        .collect();
    if !left.is_empty() {
        return Err(format!("{name}: safe fixes left after fixing: {left:?}"));
    }
    let (before, after) = (structure_of(text), structure_of(&fixed));
    if before != after {
        let diff: Vec<String> = similar::TextDiff::from_lines(before.join("\n"), after.join("\n"))
            .unified_diff()
            .context_radius(1)
            .to_string()
            .lines()
            .map(str::to_string)
            .collect();
        return Err(format!("{name}: the structure changed:\n{}", diff.join("\n")));
    }
    if fix_until_stable(&fixed, false).1 != 0 {
        return Err(format!("{name}: fixing again changes the text"));
    }
    Ok(())
}

#[test]
fn seed_fixes_converge_and_keep_the_structure() {
    check_fixes("seed", SEED).unwrap_or_else(|e| panic!("{e}"));
    let (fixed, _) = fix_until_stable(SEED, false);
    // What is left is the unsafe join of two real words.
    let left: Vec<(&str, Option<Applicability>)> =
        family_findings(&fixed).iter().map(|f| (f.code, f.fix.as_ref().map(|x| x.applicability))).collect();
    assert_eq!(left, [("A601", Some(Applicability::Unsafe))]);
    for repaired in ["reinforcing", "that regard,", "investigating", "trafficking activity", "controls.1"] {
        assert!(fixed.contains(repaired), "`{repaired}` not repaired");
    }
    assert!(fixed.contains("comprehensive \nfirearms control regimes"));
    assert!(!fixed.contains("http://undocs.org"));
    // No character is lost but whitespace and the link lines, though the footnotes moved.
    let letters = |s: &str| {
        let mut v: Vec<char> = s
            .lines()
            .filter(|l| !l.starts_with("http"))
            .flat_map(str::chars)
            .filter(|c| !c.is_whitespace())
            .collect();
        v.sort_unstable();
        v
    };
    assert_eq!(letters(&fixed), letters(SEED));
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/generated")
}

/// The generated documents: `(document, extractor file)`, base documents only or variants only.
fn corpus_files(variants: bool) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let Ok(dirs) = std::fs::read_dir(corpus_dir()) else { return out };
    for dir in dirs.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        if name.contains("--") != variants {
            continue;
        }
        let Ok(files) = std::fs::read_dir(&dir) else { continue };
        for f in files.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")) {
            out.push((name.clone(), f));
        }
    }
    out.sort();
    out
}

#[test]
fn corpus_documents_fix_cleanly_and_give_no_error() {
    use rayon::prelude::*;
    let files = corpus_files(false);
    let problems: Vec<String> = files
        .par_iter()
        .flat_map_iter(|(name, path)| {
            let text = std::fs::read_to_string(path).expect("corpus file is UTF-8");
            let label = format!("{name}/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or(""));
            let errors: Vec<String> = family_findings(&text)
                .iter()
                .filter(|f| f.severity == crate::finding::Severity::Error)
                .map(|f| format!("{} {}", f.code, f.message))
                .collect();
            let mut problems = Vec::new();
            if !errors.is_empty() {
                problems.push(format!("{label}: {errors:?}"));
            }
            problems.extend(check_fixes(&label, &text).err());
            problems
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// The seed with a split word no lexicon knows, `Zorbqu atlan`, whose join occurs only in a
/// line after it: reported only when the document's later words are known.
fn seed_with_a_later_join() -> String {
    SEED.replacen("r einforcing", "r einforcing the Zorbqu atlan", 1)
        + "\nThe Zorbquatlan office will host it.\n"
}

/// The A601 and A607 findings on `text` when candidates wait for the end of the pass once
/// `limit` of them wait (see [`super::PENDING_LIMIT`]).
fn split_findings(text: &str, limit: usize) -> Vec<(&'static str, usize, String)> {
    super::TEST_PENDING_LIMIT.set(limit);
    let got = family_findings(text)
        .into_iter()
        .filter(|f| matches!(f.code, "A601" | "A607"))
        .map(|f| (f.code, f.span.start, f.message))
        .collect();
    super::TEST_PENDING_LIMIT.set(super::PENDING_LIMIT);
    got
}

/// Candidates decided as they come, once the rest of the document is read (what a document
/// with more than [`super::PENDING_LIMIT`] candidates gets), are reported as when they all wait
/// for the end: on the seed, on the seed with a later join, and on every extraction of the
/// generated documents and variants.
#[test]
fn deciding_candidates_early_reports_the_same() {
    use rayon::prelude::*;
    let later = seed_with_a_later_join();
    let early = split_findings(&later, 1);
    assert!(early.iter().any(|(_, _, m)| m.contains("`Zorbqu atlan`")), "{early:?}");
    assert_eq!(early, split_findings(&later, super::PENDING_LIMIT));
    let differ: Vec<String> = corpus_files(false)
        .into_iter()
        .chain(corpus_files(true))
        .map(|(name, path)| (format!("{name}/{}", path.display()), path))
        .collect::<Vec<_>>()
        .par_iter()
        .filter_map(|(label, path)| {
            let text = std::fs::read_to_string(path).expect("corpus file is UTF-8");
            let (waiting, early) = (split_findings(&text, super::PENDING_LIMIT), split_findings(&text, 1));
            (waiting != early).then(|| format!("{label}: {waiting:?} vs {early:?}"))
        })
        .collect();
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

#[derive(serde::Deserialize)]
struct Expected {
    must_raise: Vec<String>,
    not_visible_in: Vec<String>,
}

#[test]
fn corpus_variants_raise_the_family_codes() {
    let mut checked = 0;
    for (name, path) in corpus_files(true) {
        let dir = path.parent().expect("a file in a folder");
        let Ok(json) = std::fs::read_to_string(dir.join("expected.json")) else { continue };
        let expected: Expected = serde_json::from_str(&json).expect("expected.json parses");
        if !expected.must_raise.iter().any(|c| c.starts_with("A6")) {
            continue;
        }
        checked += 1;
        let extractor = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if expected.not_visible_in.iter().any(|e| e == extractor) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("corpus file is UTF-8");
        let codes: Vec<&str> = family_findings(&text).iter().map(|f| f.code).collect();
        for code in expected.must_raise.iter().filter(|c| c.starts_with("A6")) {
            assert!(codes.contains(&code.as_str()), "{name}/{extractor}: {code} not raised");
        }
    }
    // The corpus plants A601, A602, A607, A608 and A609 faults, each in several extractors.
    assert!(checked == 0 || checked >= 25, "only {checked} variant files checked");
}
