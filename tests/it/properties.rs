//! Property tests of the invariants PRODUCT.md and CONVENTIONS.md state for every input:
//! parsing and linting never panic, every span of the tree and of every finding lies inside
//! the input on character boundaries, sibling spans are ordered and disjoint, and every
//! renderer accepts the findings. Inputs: arbitrary strings and bytes, soups of agenda
//! tokens, and realistic agendas (the seed and the corpus) mutated line by line with the
//! artifacts of PDF extraction. The fuzz target (`fuzz/`) checks the same invariants.

pub mod corpus;
pub mod invariants;

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::{Config, TestCaseError};

/// Lines PDF extraction leaves in agendas (PRODUCT.md "Input"), and pieces of structure.
pub const ARTIFACT_LINES: &[&str] = &[
    "",
    " ",
    "\x0c",
    "\x0c ",
    "__________________",
    " 1  See CTOC/COP/2018/5, para. 4.",
    " 2  http://undocs.org/CTOC/COP/WG.6/2020/2",
    " *  Reissued for technical reasons on 2 March 2020.",
    "http://undocs.org/CTOC/COP/WG.6/2020/1",
    "http://undocs.org/CTOC/COP/WG.6/2020/1",
    "(a)",
    "(b) Adoption of the agenda;",
    "a) Élection du Bureau ;",
    "(i)",
    "1.",
    "3",
    "2. Organizational matters:",
    "17.",
    "V.20-00127 2/6",
    "V.20-00127 (E) 080120 090120",
    "*2000127*",
    "CTOC/COP/WG.6/2020/1",
    "Distr.: General",
    "8 January 2020",
    "Original: English",
    "Item 2 of the provisional agenda*",
    "Provisional agenda",
    "Annotated provisional agenda",
    "Annotations",
    "Documentation",
    "Report of the Secretariat (CTOC/COP/WG.6/2020/2)",
    "Annex",
    "[Original: English]",
    "Proposed organization of work",
    "Date and time Item Title",
    "Tuesday, 17 March 2020",
    "10 a.m.–1 p.m. 1 (a) Opening of the meeting",
    "3–6 p.m. 2 Implementation (continued)",
    "controls. 1",
    "issues.2",
    "r einforcing par ties traffickin g",
    "inter-",
    "\u{feff}Ordre du jour provisoire annoté",
    "mardi 17 mars 2020 (suite)",
    "Programa provisional anotado (continuación)",
    "\u{fb01}rearms \u{a0}\u{2009}\u{200b}\u{ad}\u{202e}“quotes”",
];

/// Tokens for soups: markers, numbers, words, separators, line ends of every kind.
const TOKENS: &[&str] = &[
    "\n",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    " ",
    "  ",
    "\t",
    "\x0c",
    "(a)",
    "(b)",
    "a)",
    "(i)",
    "(ii)",
    "1.",
    "2.",
    "10.",
    "1",
    "2",
    "*",
    " 1  ",
    "(",
    ")",
    ";",
    ":",
    ".",
    ",",
    "–",
    "-",
    "Annex",
    "Annotations",
    "Documentation",
    "Provisional agenda",
    "agenda",
    "Adoption of the",
    "Opening",
    "(continued)",
    "(suite)",
    "Tuesday, 17 March",
    "2020",
    "10 a.m.–1 p.m.",
    "3–6 p.m.",
    "__________",
    "http://undocs.org/",
    "CTOC/COP/WG.6/2020/1",
    "A/RES/75/1",
    "E/CN.7/2023/1",
    "V.20-00127",
    "2/6",
    "*2000127*",
    "Distr.:",
    "General",
    "Original:",
    "English",
    "Item",
    "of the provisional agenda*",
    "\u{feff}",
    "\u{a0}",
    "\u{ad}",
    "\u{200b}",
    "\u{202e}",
    "\u{fb01}",
    "é",
    "“",
    "”",
    "\u{1a}",
];

/// The seed and the corpus documents, loaded once.
fn bases() -> &'static [Vec<u8>] {
    static BASES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    BASES.get_or_init(|| {
        let mut all = vec![corpus::seed()];
        all.extend(corpus::generated());
        all
    })
}

/// One line-level edit of a document.
#[derive(Debug, Clone)]
enum Edit {
    Delete(Index),
    Duplicate(Index),
    Insert(Index, &'static str),
    /// Cut the document at a byte (maybe inside a character).
    Truncate(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => any::<Index>().prop_map(Edit::Delete),
        3 => any::<Index>().prop_map(Edit::Duplicate),
        6 => (any::<Index>(), select(ARTIFACT_LINES)).prop_map(|(i, l)| Edit::Insert(i, l)),
        1 => any::<Index>().prop_map(Edit::Truncate),
    ]
}

/// A realistic agenda with up to `max_edits` line edits and one kind of line end.
fn mutated_agenda(max_edits: usize) -> impl Strategy<Value = Vec<u8>> {
    (any::<Index>(), prop::collection::vec(edit(), 0..=max_edits), select(&["\n", "\r\n", "\r"][..]))
        .prop_map(|(base, edits, eol)| mutate(&bases()[base.index(bases().len())], &edits, eol))
}

fn mutate(base: &[u8], edits: &[Edit], eol: &str) -> Vec<u8> {
    let mut lines: Vec<Vec<u8>> = base.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
    for edit in edits {
        let n = lines.len();
        match edit {
            Edit::Delete(i) if n > 1 => {
                lines.remove(i.index(n));
            }
            Edit::Duplicate(i) => {
                let line = lines[i.index(n)].clone();
                lines.insert(i.index(n), line);
            }
            Edit::Insert(i, line) => lines.insert(i.index(n + 1), line.as_bytes().to_vec()),
            Edit::Truncate(i) => {
                let at = i.index(n);
                let line = &mut lines[at];
                let cut = i.index(line.len() + 1);
                line.truncate(cut);
                lines.truncate(at + 1);
            }
            Edit::Delete(_) => {}
        }
    }
    lines.join(eol.as_bytes())
}

fn holds(raw: &[u8]) -> Result<(), TestCaseError> {
    invariants::check(raw).map_err(|problems| TestCaseError::fail(problems.join("\n")))
}

/// `cases` cases, or `PROPTEST_CASES` for a longer run.
fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(cases);
    Config { cases, failure_persistence: None, ..Config::default() }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_strings_keep_the_invariants(text in "(?s).{0,300}") {
        holds(text.as_bytes())?;
    }

    #[test]
    fn arbitrary_bytes_keep_the_invariants(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        holds(&bytes)?;
    }

    #[test]
    fn token_soups_keep_the_invariants(tokens in prop::collection::vec(select(TOKENS), 0..300)) {
        holds(tokens.concat().as_bytes())?;
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn mutated_agendas_keep_the_invariants(raw in mutated_agenda(12)) {
        holds(&raw)?;
    }
}

#[test]
fn the_unmutated_seed_keeps_the_invariants() {
    if let Err(problems) = invariants::check(&corpus::seed()) {
        panic!("{}", problems.join("\n"));
    }
}

/// The command line lints a document parsed without paragraph text: over the seed, the corpus
/// and every text fixture, that tree is the full one with empty paragraph texts, and its
/// findings are the full one's.
#[test]
fn documents_lint_the_same_without_paragraph_text() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut inputs: Vec<Vec<u8>> = bases().to_vec();
    for dir in crate::listing::folders(&fixtures) {
        for file in crate::listing::with_extension(&dir, "txt") {
            inputs.push(std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display())));
        }
    }
    let mut paragraphs = 0;
    for (i, raw) in inputs.iter().enumerate() {
        let source = agendum::Source::new(raw);
        let doc = agendum::parse(&source);
        paragraphs += doc.paragraphs().into_iter().filter(|p| !p.text.is_empty()).count();
        let findings = agendum::lint(&source, &doc, &agendum::LintOptions::default());
        let problems = invariants::lean_parse_problems(&source, &doc, &findings);
        assert!(problems.is_empty(), "input {i}: {}", problems.join("\n"));
    }
    assert!(inputs.len() > 400 && paragraphs > 5_000, "{} inputs, {paragraphs} paragraphs", inputs.len());
}

#[test]
fn the_lean_parse_check_can_fail() {
    let raw = corpus::seed();
    let source = agendum::Source::new(&raw);
    let doc = agendum::parse(&source);
    let findings = agendum::lint(&source, &doc, &agendum::LintOptions::default());
    assert!(invariants::lean_parse_problems(&source, &doc, &findings).is_empty());
    let mut other = doc.clone();
    other.title = None;
    let problems = invariants::lean_parse_problems(&source, &other, &findings[1..]);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[2].contains("lint_source"), "{problems:?}");
    // A paragraph text that is not the one made from the input.
    let mut other = doc.clone();
    let text = other
        .annotations
        .iter_mut()
        .flat_map(|a| a.body.iter_mut())
        .find_map(|b| if let agendum::model::Block::Paragraph(p) = b { Some(&mut p.text) } else { None })
        .expect("the seed's annotations have paragraphs");
    text.push('!');
    let problems = invariants::lean_parse_problems(&source, &other, &findings);
    assert!(problems.len() == 1 && problems[0].contains("made from the input"), "{problems:?}");
}

#[test]
fn the_checker_catches_broken_spans() {
    // The checker itself must be able to fail: a span past the end, one inside a character,
    // and two overlapping siblings.
    let text = "é ab";
    let mut walk = invariants::Walk { text, problems: Vec::new(), skip: &[], bounds: None };
    walk.span("past the end", agendum::Span::new(0, 6));
    walk.span("inside a character", agendum::Span::new(1, 2));
    walk.span("fine", agendum::Span::new(0, 2));
    walk.siblings("overlapping", [agendum::Span::new(0, 3), agendum::Span::new(2, 4)]);
    walk.siblings("touching", [agendum::Span::new(0, 2), agendum::Span::new(2, 4)]);
    assert_eq!(walk.problems.len(), 3, "{:?}", walk.problems);
}
