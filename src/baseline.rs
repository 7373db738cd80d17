//! Baselines for legacy corpora: how many findings of each rule code every document had when
//! the baseline was written, so that a corpus with thousands of old findings fails only on new
//! ones.
//!
//! Counts, not positions: re-extraction and edits move lines, so a baseline keyed on
//! `line:col` would churn (kubestellar switched to per-file, per-rule counts for that reason;
//! ESLint's bulk suppressions count the same way). A document's findings of a code are hidden
//! while their number stays within the recorded count; once it is exceeded, all of them are
//! reported, since a count cannot tell which of them are new. An entry whose document now has
//! fewer findings of a code than recorded is *stale*: it would let that many new findings in
//! unseen, so the command line reports it and pruning lowers it.
//!
//! A document is known by what survives renaming and re-extraction — the masthead symbol
//! (in its [canonical](crate::symbol::canonical) form) together with the language, since the
//! language versions of a document share its symbol — or, without a symbol, by its path
//! relative to the baseline file's folder and its place in the file (an input may hold several
//! documents one after another, see [`crate::parser::documents`]). Two documents of one run
//! with the same symbol and language (two extractions of one document) are each recorded by
//! path and place, so that each keeps its own counts. See [`Baseline::resolve`] for how a
//! document finds its entry, and [`ByDocument`] for how an input's findings are told to its
//! documents.
//!
//! This module is data and matching only; the command line reads and writes the file.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::finding::Finding;
use crate::model::{Document, Language};
use crate::span::Span;

mod run;

pub use run::{Recorder, Stale, Usage};

/// Version of the baseline file format.
pub const FORMAT_VERSION: u32 = 1;

/// A baseline file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BaselineError {
    /// Not JSON, or not of the baseline's shape.
    #[error("not a baseline file: {0}")]
    Syntax(String),
    /// Written by a version of agendum whose format this one does not read.
    #[error("format version {0} is not supported (this agendum reads version {FORMAT_VERSION})")]
    Version(u32),
    /// An entry that cannot be matched to a document.
    #[error("documents[{index}]: {message}")]
    Entry {
        /// Position of the entry in `documents`.
        index: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// How a document is known in a baseline.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// The canonical masthead symbol and the language code.
    Symbol(String, String),
    /// The path relative to the baseline's folder, with `/` separators, and the place of the
    /// document in its file (1 for the first).
    Path(String, u32),
}

impl fmt::Display for Key {
    /// `A/79/150 (en)`; a path alone for a file's first document, `dump.txt (document 3)` for
    /// a later one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Symbol(symbol, language) => write!(f, "{symbol} ({language})"),
            Key::Path(path, 1) => f.write_str(path),
            Key::Path(path, document) => write!(f, "{path} (document {document})"),
        }
    }
}

/// A linted document as a baseline sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentId {
    /// The canonical masthead symbol and the language, when the masthead has a symbol.
    pub symbol: Option<(String, Language)>,
    /// The path relative to the baseline's folder, with `/` separators (`-` for standard
    /// input without a name).
    pub path: String,
    /// The place of the document in its file, from 1 (see [`crate::parser::documents`]).
    pub document: u32,
}

/// What identifies a parsed document besides its path: its canonical masthead symbol and its
/// language, when the masthead has a symbol.
pub fn document_symbol(doc: &Document) -> Option<(String, Language)> {
    let symbol = crate::symbol::canonical(doc.masthead.as_ref()?.symbol.as_deref()?);
    (!symbol.is_empty()).then_some((symbol, doc.language))
}

impl DocumentId {
    /// The key it is recorded under when no other file of the run shares its symbol.
    pub fn key(&self) -> Key {
        match &self.symbol {
            Some((symbol, language)) => Key::Symbol(symbol.clone(), language.code().to_string()),
            None => Key::Path(self.path.clone(), self.document),
        }
    }
}

/// Findings per rule code of one document.
pub type FileCounts = BTreeMap<&'static str, u64>;

/// Count findings per rule code.
pub fn count(findings: &[Finding]) -> FileCounts {
    let mut counts = FileCounts::new();
    for f in findings {
        *counts.entry(f.code).or_default() += 1;
    }
    counts
}

/// The findings of an input told to its documents: which document each finding belongs to, and
/// each document's [`count`].
///
/// A finding belongs to the document whose span holds its start; one past the end of the last
/// document belongs to the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ByDocument {
    /// Where each document starts, ascending.
    starts: Vec<usize>,
    /// Each document's counts (one, of all the findings, when there is no document).
    counts: Vec<FileCounts>,
}

impl ByDocument {
    /// Count `findings` per document of `spans`, the spans of the input's documents in order
    /// (as [`crate::parser::documents`] gives them). With no span, the input is taken as one
    /// document.
    pub fn new(spans: &[Span], findings: &[Finding]) -> Self {
        let starts: Vec<usize> = spans.iter().map(|s| s.start).collect();
        let mut this = ByDocument { counts: vec![FileCounts::new(); starts.len().max(1)], starts };
        for f in findings {
            let d = this.document_at(f.span.start);
            *this.counts[d].entry(f.code).or_default() += 1;
        }
        this
    }

    /// Index of the document that holds the byte at `at`: the last that starts at or before it
    /// (the first when none does).
    pub fn document_at(&self, at: usize) -> usize {
        self.starts.partition_point(|&start| start <= at).saturating_sub(1)
    }

    /// Each document's findings per rule code, in the order of the documents (one, when
    /// [`ByDocument::new`] was given no span).
    pub fn counts(&self) -> &[FileCounts] {
        &self.counts
    }

    /// The findings an input reports against the entries of its documents (`entries[d]` is
    /// document `d`'s, `None` when it has none), in their order, and how many it hides. A
    /// document's findings of a code whose count exceeds the recorded one are all reported (a
    /// count cannot tell which of them are new); those of its other codes are hidden.
    pub fn filter<'a>(
        &self,
        entries: &[Option<&Entry>],
        findings: &'a [Finding],
    ) -> (Cow<'a, [Finding]>, u64) {
        let hidden = |f: &Finding| {
            let d = self.document_at(f.span.start);
            let found = self.counts.get(d).and_then(|counts| counts.get(f.code));
            let entry = entries.get(d).copied().flatten();
            entry.zip(found).is_some_and(|(entry, &n)| n <= entry.allowance(f.code))
        };
        if !findings.iter().any(hidden) {
            return (Cow::Borrowed(findings), 0);
        }
        let reported: Vec<Finding> = findings.iter().filter(|f| !hidden(f)).cloned().collect();
        let hidden = (findings.len() - reported.len()) as u64;
        (Cow::Owned(reported), hidden)
    }

    /// The counts, each document's.
    pub fn into_counts(self) -> Vec<FileCounts> {
        self.counts
    }
}

/// One document's recorded counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The canonical masthead symbol, when the document is known by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// The language code (`en`, `fr`, `es`), with the symbol.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Where the document was when the entry was written (its identity when it has no symbol),
    /// relative to the baseline's folder.
    pub path: String,
    /// The document's place in that file, from 1; written only when it is not the first, so
    /// that the entries of files of one document stay as they were before the field.
    #[serde(default = "first_document", skip_serializing_if = "is_first_document")]
    pub document: u32,
    /// Findings per rule code.
    pub counts: BTreeMap<String, u64>,
}

/// The place of a file's first document, an entry's when it says none.
fn first_document() -> u32 {
    1
}

/// Whether an entry's place is left out of the file (the first document's).
fn is_first_document(document: &u32) -> bool {
    *document == 1
}

impl Entry {
    /// The key the entry is known by.
    pub fn key(&self) -> Key {
        match (&self.symbol, &self.language) {
            (Some(symbol), Some(language)) => Key::Symbol(symbol.clone(), language.clone()),
            _ => Key::Path(self.path.clone(), self.document),
        }
    }

    /// The recorded count of a code (0 when absent).
    pub fn allowance(&self, code: &str) -> u64 {
        self.counts.get(code).copied().unwrap_or(0)
    }
}

/// The file as written: a version and the entries, sorted by key.
#[derive(Serialize, Deserialize)]
struct BaselineFile<E> {
    format_version: u32,
    documents: E,
}

/// A baseline: entries sorted by key, indexed for [`Baseline::resolve`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    entries: Vec<Entry>,
    by_key: HashMap<Key, usize>,
    /// Symbol entries by the path and the place in the file they were recorded at.
    by_recorded_path: HashMap<(String, u32), usize>,
}

impl Baseline {
    /// A baseline of these entries: zero counts and empty entries dropped, sorted by key. Of
    /// two entries with one key, the later wins.
    pub fn from_entries(entries: impl IntoIterator<Item = Entry>) -> Self {
        let mut by_key: BTreeMap<Key, Entry> = BTreeMap::new();
        for mut entry in entries {
            entry.counts.retain(|_, n| *n > 0);
            if !entry.counts.is_empty() {
                by_key.insert(entry.key(), entry);
            }
        }
        let entries: Vec<Entry> = by_key.into_values().collect();
        let mut baseline = Baseline { entries, by_key: HashMap::new(), by_recorded_path: HashMap::new() };
        for (i, entry) in baseline.entries.iter().enumerate() {
            let key = entry.key();
            if matches!(key, Key::Symbol(..)) {
                baseline.by_recorded_path.entry((entry.path.clone(), entry.document)).or_insert(i);
            }
            baseline.by_key.insert(key, i);
        }
        baseline
    }

    /// Read a baseline file's text.
    pub fn parse(text: &str) -> Result<Self, BaselineError> {
        #[derive(Deserialize)]
        struct Version {
            format_version: u32,
        }
        let syntax = |e: serde_json::Error| BaselineError::Syntax(e.to_string());
        let version: Version = serde_json::from_str(text).map_err(syntax)?;
        if version.format_version != FORMAT_VERSION {
            return Err(BaselineError::Version(version.format_version));
        }
        let file: BaselineFile<Vec<Entry>> = serde_json::from_str(text).map_err(syntax)?;
        let mut seen = HashMap::new();
        for (index, entry) in file.documents.iter().enumerate() {
            let invalid = |message: String| BaselineError::Entry { index, message };
            if entry.symbol.is_some() != entry.language.is_some() {
                return Err(invalid("`symbol` and `language` go together".into()));
            }
            if entry.path.is_empty() {
                return Err(invalid("`path` is empty".into()));
            }
            if entry.document == 0 {
                return Err(invalid("`document` counts from 1".into()));
            }
            if let Some(before) = seen.insert(entry.key(), index) {
                return Err(invalid(format!("`{}` is already recorded in documents[{before}]", entry.key())));
            }
        }
        Ok(Baseline::from_entries(file.documents))
    }

    /// The file's text: pretty JSON, sorted, one count per line, so that a change of the
    /// corpus shows as a small diff.
    pub fn to_json(&self) -> String {
        let file = BaselineFile { format_version: FORMAT_VERSION, documents: &self.entries };
        let mut text = serde_json::to_string_pretty(&file).expect("invariant: entries serialize");
        text.push('\n');
        text
    }

    /// The entries, sorted by key.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Number of findings recorded in all.
    pub fn total(&self) -> u64 {
        self.entries.iter().flat_map(|e| e.counts.values()).sum()
    }

    /// The entry of a document, by index: the entry recorded under its path and place in the
    /// file (a document without a symbol, or one of several documents sharing a symbol), else
    /// the entry of its symbol and language (so that a document keeps its entry when moved or
    /// renamed), else a symbol entry recorded at its path and place (a document whose symbol a
    /// new extraction reads differently, or not at all).
    ///
    /// Several documents of a run may resolve to one symbol entry (a copy of a recorded
    /// document): each is then held to the entry's counts.
    pub fn resolve(&self, id: &DocumentId) -> Option<usize> {
        let by_path = || self.by_key.get(&Key::Path(id.path.clone(), id.document));
        let by_symbol = || id.symbol.as_ref().and_then(|_| self.by_key.get(&id.key()));
        let by_recorded_path = || self.by_recorded_path.get(&(id.path.clone(), id.document));
        by_path().or_else(by_symbol).or_else(by_recorded_path).copied()
    }

    /// The entries lowered to what the run found: each stale count becomes the number found,
    /// zero counts and empty entries go. Counts are never raised.
    pub fn pruned(&self, stale: &[Stale]) -> Baseline {
        let mut entries = self.entries.clone();
        for s in stale {
            if let Some(n) = entries.get_mut(s.entry).and_then(|e| e.counts.get_mut(&s.code)) {
                *n = (*n).min(s.found);
            }
        }
        Baseline::from_entries(entries)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::lint::registry;

    /// A finding of `code` at byte `at`.
    fn found_at(code: &str, at: usize) -> Finding {
        crate::lint::finding(registry::lookup(code).expect("a rule"), "m", Span::new(at, at + 1))
    }

    pub(crate) fn findings(codes: &[&str]) -> Vec<Finding> {
        codes.iter().enumerate().map(|(i, code)| found_at(code, i)).collect()
    }

    /// The first document of its file.
    pub(crate) fn id(symbol: Option<(&str, Language)>, path: &str) -> DocumentId {
        DocumentId { symbol: symbol.map(|(s, l)| (s.to_string(), l)), path: path.to_string(), document: 1 }
    }

    /// The entry of a first document.
    pub(crate) fn entry(symbol: Option<&str>, path: &str, counts: &[(&str, u64)]) -> Entry {
        Entry {
            symbol: symbol.map(str::to_string),
            language: symbol.map(|_| "en".to_string()),
            path: path.to_string(),
            document: 1,
            counts: counts.iter().map(|&(c, n)| (c.to_string(), n)).collect(),
        }
    }

    #[test]
    fn a_path_key_names_the_document_after_the_first() {
        assert_eq!(Key::Path("archive/dump.txt".into(), 1).to_string(), "archive/dump.txt");
        assert_eq!(Key::Path("archive/dump.txt".into(), 3).to_string(), "archive/dump.txt (document 3)");
        assert_eq!(Key::Symbol("A/1".into(), "fr".into()).to_string(), "A/1 (fr)");
        let second = DocumentId { document: 2, ..id(None, "dump.txt") };
        assert_eq!(second.key(), Key::Path("dump.txt".into(), 2));
        let with_symbol = DocumentId { document: 2, ..id(Some(("A/1", Language::En)), "dump.txt") };
        assert_eq!(with_symbol.key(), Key::Symbol("A/1".into(), "en".into()));
    }

    #[test]
    fn round_trips_sorted_and_rejects_what_it_cannot_match() {
        let baseline = Baseline::from_entries([
            entry(None, "b.txt", &[("A601", 2), ("A104", 1), ("A603", 0)]),
            entry(Some("A/79/150"), "x/a.txt", &[("A104", 7)]),
            entry(None, "empty.txt", &[("A104", 0)]),
            Entry { document: 2, ..entry(None, "b.txt", &[("A702", 3)]) },
        ]);
        let text = baseline.to_json();
        assert_eq!(
            text,
            r#"{
  "format_version": 1,
  "documents": [
    {
      "symbol": "A/79/150",
      "language": "en",
      "path": "x/a.txt",
      "counts": {
        "A104": 7
      }
    },
    {
      "path": "b.txt",
      "counts": {
        "A104": 1,
        "A601": 2
      }
    },
    {
      "path": "b.txt",
      "document": 2,
      "counts": {
        "A702": 3
      }
    }
  ]
}
"#
        );
        assert_eq!(Baseline::parse(&text), Ok(baseline));

        let bad = [
            ("[]", "not a baseline file"),
            (r#"{"format_version": 2, "documents": []}"#, "format version 2 is not supported"),
            (
                r#"{"format_version": 1, "documents": [{"path": "a", "counts": {"A1": -1}}]}"#,
                "not a baseline",
            ),
            (
                r#"{"format_version": 1, "documents": [{"symbol": "A/1", "path": "a", "counts": {}}]}"#,
                "go together",
            ),
            (
                r#"{"format_version": 1, "documents": [{"path": "a", "counts": {}}, {"path": "a", "counts": {}}]}"#,
                "documents[1]: `a` is already recorded in documents[0]",
            ),
            (
                r#"{"format_version": 1, "documents": [{"path": "a", "counts": {}}, {"path": "a", "document": 2, "counts": {}}, {"path": "a", "document": 2, "counts": {}}]}"#,
                "documents[2]: `a (document 2)` is already recorded in documents[1]",
            ),
            (
                r#"{"format_version": 1, "documents": [{"path": "a", "document": 0, "counts": {}}]}"#,
                "documents[0]: `document` counts from 1",
            ),
            (
                r#"{"format_version": 1, "documents": [{"path": "a", "document": -1, "counts": {}}]}"#,
                "not a baseline",
            ),
        ];
        for (text, message) in bad {
            let err = Baseline::parse(text).expect_err(text).to_string();
            assert!(err.contains(message), "{text}: {err}");
        }
        // Fields added by a later version are ignored.
        let later = r#"{"format_version": 1, "tool": "x", "documents": [{"path": "a", "counts": {"A104": 1}, "note": 1}]}"#;
        assert_eq!(Baseline::parse(later).map(|b| b.total()), Ok(1));
    }

    #[test]
    fn resolves_by_path_then_symbol_then_recorded_path() {
        let baseline = Baseline::from_entries([
            entry(Some("A/1"), "old/a.txt", &[("A104", 1)]),
            entry(None, "copy.txt", &[("A104", 2)]),
            entry(Some("A/2"), "b.txt", &[("A104", 3)]),
        ]);
        let at = |i: Option<usize>| i.map(|i| baseline.entries()[i].allowance("A104"));
        let en = Language::En;
        assert_eq!(at(baseline.resolve(&id(Some(("A/1", en)), "new/a.txt"))), Some(1), "moved");
        assert_eq!(
            at(baseline.resolve(&id(Some(("A/1", Language::Fr)), "a-fr.txt"))),
            None,
            "other language"
        );
        assert_eq!(at(baseline.resolve(&id(Some(("A/1", en)), "copy.txt"))), Some(2), "path first");
        assert_eq!(at(baseline.resolve(&id(None, "b.txt"))), Some(3), "symbol lost");
        assert_eq!(at(baseline.resolve(&id(Some(("A/3", en)), "b.txt"))), Some(3), "symbol read otherwise");
        assert_eq!(at(baseline.resolve(&id(None, "new.txt"))), None);
    }

    #[test]
    fn resolves_the_documents_of_one_file_by_their_place() {
        let baseline = Baseline::from_entries([
            entry(Some("A/1"), "dump.txt", &[("A104", 1)]),
            Entry { document: 2, ..entry(None, "dump.txt", &[("A104", 2)]) },
            Entry { document: 3, ..entry(Some("A/3"), "dump.txt", &[("A104", 3)]) },
            Entry { document: 2, ..entry(None, "other.txt", &[("A104", 4)]) },
        ]);
        let at = |document: u32, symbol: Option<&str>, path: &str| {
            let id = DocumentId { document, ..id(symbol.map(|s| (s, Language::En)), path) };
            baseline.resolve(&id).map(|i| baseline.entries()[i].allowance("A104"))
        };
        assert_eq!(at(1, Some("A/1"), "dump.txt"), Some(1));
        assert_eq!(at(2, None, "dump.txt"), Some(2));
        assert_eq!(at(3, Some("A/3"), "dump.txt"), Some(3));
        assert_eq!(at(3, None, "dump.txt"), Some(3), "symbol lost: the symbol entry recorded there");
        assert_eq!(at(1, None, "dump.txt"), Some(1), "symbol lost: the symbol entry recorded there");
        assert_eq!(at(4, None, "dump.txt"), None, "no entry at that place");
        assert_eq!(at(1, None, "other.txt"), None, "a path entry is one document's");
        assert_eq!(at(2, Some("A/1"), "elsewhere.txt"), Some(1), "a symbol finds its entry anywhere");
    }

    #[test]
    fn hides_codes_within_their_count_and_reports_every_finding_of_the_others() {
        let e = entry(None, "a.txt", &[("A104", 2), ("A601", 1)]);
        let found = findings(&["A104", "A601", "A104", "A601", "A702"]);
        let one = [Span::new(0, found.len())];
        let by_document = ByDocument::new(&one, &found);
        assert_eq!(by_document.counts(), [count(&found)]);
        let (reported, hidden) = by_document.filter(&[Some(&e)], &found);
        let codes: Vec<&str> = reported.iter().map(|f| f.code).collect();
        assert_eq!(codes, ["A601", "A601", "A702"]);
        assert_eq!(hidden, 2);
        assert!(matches!(by_document.filter(&[None], &found), (Cow::Borrowed(_), 0)));
        assert!(matches!(by_document.filter(&[], &found), (Cow::Borrowed(_), 0)));
        let over = entry(None, "a.txt", &[("A104", 1)]);
        assert!(matches!(by_document.filter(&[Some(&over)], &found), (Cow::Borrowed(_), 0)));
    }

    #[test]
    fn the_findings_of_each_document_are_held_to_its_own_entry() {
        let spans = [Span::new(0, 10), Span::new(10, 20), Span::new(20, 30)];
        // In the order of the input; the last is past the end (the last document's).
        let found = [
            found_at("A104", 0),
            found_at("A104", 9),
            found_at("A104", 10),
            found_at("A601", 15),
            found_at("A104", 25),
            found_at("A104", 40),
        ];
        let by_document = ByDocument::new(&spans, &found);
        assert_eq!(by_document.document_at(9), 0);
        assert_eq!(by_document.document_at(10), 1);
        assert_eq!(by_document.document_at(99), 2);
        let counts = |c: &[(&'static str, u64)]| c.iter().copied().collect::<FileCounts>();
        assert_eq!(
            by_document.counts(),
            [counts(&[("A104", 2)]), counts(&[("A104", 1), ("A601", 1)]), counts(&[("A104", 2)])]
        );
        // The first within its count, the second over it for A104, the third without an entry.
        let first = entry(None, "dump.txt", &[("A104", 2)]);
        let second = entry(None, "dump.txt", &[("A601", 1)]);
        let (reported, hidden) = by_document.filter(&[Some(&first), Some(&second), None], &found);
        let starts: Vec<usize> = reported.iter().map(|f| f.span.start).collect();
        assert_eq!(starts, [10, 25, 40]);
        assert_eq!(hidden, 3);
        assert_eq!(by_document.clone().into_counts().len(), 3);

        // No span: one document, of everything.
        let whole = ByDocument::new(&[], &found);
        assert_eq!(whole.counts(), [count(&found)]);
        assert_eq!(whole.document_at(5), 0);
    }
}
