//! Hostile inputs (PRODUCT.md "Reliability"): empty, binary, invalid UTF-8, one huge line,
//! unicode soup, thousands of lines of one artifact. Each must parse and lint without a
//! panic, keep the span invariants, and carry the diagnostic that applies (A003 for input
//! that is not UTF-8 text). The sizes here are small enough for a debug build; the scaling
//! benchmark runs the same shapes at full size. The inputs the fuzzer found are kept in
//! `tests/fixtures/regressions/` and checked the same way.

pub mod shapes;

use crate::listing;
use std::path::Path;

use agendum::{LintOptions, Source};

use crate::properties::invariants;

/// A hostile input and the codes its lint must include.
struct Case {
    name: &'static str,
    input: Vec<u8>,
    expect: &'static [&'static str],
}

fn case(name: &'static str, input: impl Into<Vec<u8>>, expect: &'static [&'static str]) -> Case {
    Case { name, input: input.into(), expect }
}

/// A start of a PDF file: header, binary comment, an object and a compressed stream.
const PDF_HEAD: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\
4 0 obj\n<< /Length 12 /Filter /FlateDecode >>\nstream\nx\x9c\x00\x01\xff\xfe\x03\x00\x00\nendstream\n";

/// Characters PDF extraction leaves: bidi controls, soft hyphens, ligatures, zero-width
/// characters, no-break and thin spaces, smart quotes, a BOM, replacement characters.
const SOUP: &str = "\u{feff}Provisional\u{a0}agenda\u{200b}\r\n\u{202e}1.\u{202c} Open\u{ad}ing of the \u{fb01}rst \
meeting\u{2009};\r\n\u{200f}(a)\u{200e} Election of oﬃcers\u{2028}\u{2029}\r\x0c\r \u{fffd}“Annotations”\u{2060}\n\
\u{1d400}\u{301}\u{301}\u{301} é\u{300} \u{2066}2.\u{2069} Adoption\u{00a0}\u{00a0}of the agenda\r\r\r";

fn cases() -> Vec<Case> {
    let scaled = |shape: &shapes::Shape, divisor: usize| (shape.build)(shape.full / divisor);
    let mut cases = vec![
        case("empty", "", &[]),
        case("blank lines", "\n\n \n\t\n\r\n", &[]),
        case("one character", "1", &[]),
        case("nul bytes", vec![0u8; 64], &["A003"]),
        case("nul in text", "Provisional agenda\n1. Opening\0 of the session.\n", &["A003"]),
        case("pdf header", PDF_HEAD, &["A003"]),
        case("utf-16 with bom", b"\xff\xfeP\0r\0o\0v\0i\0s\0i\0o\0n\0a\0l\0\n\0", &["A003"]),
        case(
            "invalid utf-8",
            b"Provisional agenda\n\n1. Opening \xff\xfe of the session.\n2. Adoption \xc3\n".to_vec(),
            &["A003"],
        ),
        case("lone continuation bytes", b"\x80\x81\x82\n(a)\x80\n", &["A003"]),
        case("truncated sequence at the end", b"Annex\n\xe2\x80".to_vec(), &["A003"]),
        case(
            "latin-1",
            b"Ordre du jour provisoire annot\xe9\n1. Ouverture de la r\xe9union.\n".to_vec(),
            &["A003"],
        ),
        case("unicode soup", SOUP, &[]),
        case("unicode soup repeated", SOUP.repeat(200), &[]),
        case(
            "cr line ends",
            "Provisional agenda\r1. Opening of the session.\r2. Adoption of the agenda.\r",
            &[],
        ),
        case("crlf line ends", "Provisional agenda\r\n1. Opening.\r\n(a) Election;\r\n", &[]),
        case("form feeds only", "\x0c".repeat(5_000), &[]),
        case("single long line", "word ".repeat(200_000), &[]),
        case(
            "deep parentheses in a paragraph",
            format!("1. Opening {}x{}\n", "(".repeat(20_000), ")".repeat(20_000)),
            &[],
        ),
        case("many footnote markers", "controls. 1 issues.2 ".repeat(5_000), &[]),
    ];
    for shape in shapes::SHAPES {
        // Small in debug builds: a hundredth of the benchmark's full size.
        cases.push(Case { name: shape.name, input: scaled(shape, 100), expect: &[] });
    }
    cases
}

#[test]
fn hostile_inputs_parse_lint_and_render_without_breaking_an_invariant() {
    let mut problems = Vec::new();
    for case in cases() {
        if let Err(p) = invariants::check(&case.input) {
            problems.push(format!("{}:\n  {}", case.name, p.join("\n  ")));
        }
        let source = Source::new(&case.input);
        let doc = agendum::parse(&source);
        let findings = agendum::lint(&source, &doc, &LintOptions::default());
        for code in case.expect {
            if !findings.iter().any(|f| f.code == *code) {
                problems.push(format!("{}: no {code}", case.name));
            }
        }
        // Only input that is not text gets A003.
        if case.expect.is_empty() && findings.iter().any(|f| f.code == "A003") {
            problems.push(format!("{}: A003 on valid text", case.name));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn binary_input_is_one_finding_not_a_structure() {
    // Binary input is not parsed: one A003 at the first NUL byte, nothing else.
    let mut input = b"Provisional agenda\n1. Opening of the session.\n".to_vec();
    let nul = input.len();
    input.extend_from_slice(b"\0\0PK\x03\x04");
    let source = Source::new(&input);
    let doc = agendum::parse(&source);
    assert!(doc.agenda.is_none());
    let findings = agendum::lint(&source, &doc, &LintOptions::default());
    let a003: Vec<_> = findings.iter().filter(|f| f.code == "A003").collect();
    assert_eq!(a003.len(), 1, "{findings:?}");
    assert_eq!(a003[0].span.start, nul);
}

/// Inputs the fuzzer or the property tests found to crash, hang or break an invariant.
#[test]
fn regression_inputs_keep_the_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/regressions");
    let paths = listing::with_extension(&dir, "txt");
    assert!(!paths.is_empty(), "no regression inputs in {}", dir.display());
    let mut problems = Vec::new();
    for path in &paths {
        let raw = std::fs::read(path).expect("a readable regression input");
        if let Err(p) = invariants::check(&raw) {
            problems.push(format!("{}:\n  {}", path.display(), p.join("\n  ")));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Each known exception of the sibling-order invariant still shows on its input: once the
/// parser is fixed, this fails, and the entry comes out of the list.
#[test]
fn known_exceptions_still_break_their_group() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/regressions");
    let mut problems = Vec::new();
    for &(group, file) in invariants::KNOWN_SIBLING_EXCEPTIONS {
        let raw = std::fs::read(dir.join(file)).expect("the input of a known exception");
        let broken = invariants::check_strict(&raw)
            .err()
            .is_some_and(|p| p.iter().any(|line| line.starts_with(&format!("{group}: sibling"))));
        if !broken {
            problems.push(format!(
                "`{file}` no longer breaks `{group}`: remove it from KNOWN_SIBLING_EXCEPTIONS"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The footnoted-pages shape is what it says: every note gets its link (so that the benchmark
/// times the matching of links to notes); the first ten their references (after the markers
/// start again, `meeting 11.1` is read as a number, not as a reference out of sequence).
#[test]
fn footnoted_pages_link_every_note() {
    let shape = shapes::SHAPES.iter().find(|s| s.name == "footnoted-pages").expect("shape");
    let input = (shape.build)(40);
    let doc = agendum::parse(&Source::new(&input));
    assert_eq!(doc.footnotes.len(), 40);
    for (i, f) in doc.footnotes.iter().enumerate() {
        assert_eq!(f.marker, (i % 10 + 1).to_string());
        assert_eq!(f.references.len(), usize::from(i < 10), "note {}", f.marker);
        assert_eq!(f.links, [format!("http://undocs.org/CTOC/COP/WG.6/2020/{}", i + 1)]);
    }
}

/// The linked-note shape gives its one note every link.
#[test]
fn linked_note_gets_every_link() {
    let shape = shapes::SHAPES.iter().find(|s| s.name == "linked-note").expect("shape");
    let doc = agendum::parse(&Source::new(&(shape.build)(50)));
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].links.len(), 50);
}
