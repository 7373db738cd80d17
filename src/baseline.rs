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
//! relative to the baseline file's folder. Two files of one run with the same symbol and
//! language (two extractions of one document) are each recorded by path, so that each keeps
//! its own counts. See [`Baseline::resolve`] for how a document finds its entry.
//!
//! This module is data and matching only; the command line reads and writes the file.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::finding::Finding;
use crate::model::{Document, Language};

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
    /// The path relative to the baseline's folder, with `/` separators.
    Path(String),
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Symbol(symbol, language) => write!(f, "{symbol} ({language})"),
            Key::Path(path) => f.write_str(path),
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
            None => Key::Path(self.path.clone()),
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
    /// Findings per rule code.
    pub counts: BTreeMap<String, u64>,
}

impl Entry {
    /// The key the entry is known by.
    pub fn key(&self) -> Key {
        match (&self.symbol, &self.language) {
            (Some(symbol), Some(language)) => Key::Symbol(symbol.clone(), language.clone()),
            _ => Key::Path(self.path.clone()),
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
    /// Symbol entries by the path they were recorded at.
    by_recorded_path: HashMap<String, usize>,
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
                baseline.by_recorded_path.entry(entry.path.clone()).or_insert(i);
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

    /// The entry of a document, by index: the entry recorded under its path (a document
    /// without a symbol, or one of several files sharing a symbol), else the entry of its
    /// symbol and language (so that a document keeps its entry when moved or renamed), else a
    /// symbol entry recorded at its path (a document whose symbol a new extraction reads
    /// differently, or not at all).
    ///
    /// Several files of a run may resolve to one symbol entry (a copy of a recorded
    /// document): each is then held to the entry's counts.
    pub fn resolve(&self, id: &DocumentId) -> Option<usize> {
        let by_path = || self.by_key.get(&Key::Path(id.path.clone()));
        let by_symbol = || id.symbol.as_ref().and_then(|_| self.by_key.get(&id.key()));
        by_path().or_else(by_symbol).or_else(|| self.by_recorded_path.get(&id.path)).copied()
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

/// The findings a document reports against its entry, and how many it hides: the findings
/// of a code whose count exceeds the recorded one are all reported (a count cannot tell which
/// of them are new); those of the other codes are hidden. `counts` is [`count`] of `findings`.
pub fn filter<'a>(
    entry: Option<&Entry>,
    findings: &'a [Finding],
    counts: &FileCounts,
) -> (Cow<'a, [Finding]>, u64) {
    let within =
        |code: &str| entry.is_some_and(|e| counts.get(code).is_some_and(|&n| n <= e.allowance(code)));
    if !counts.keys().any(|code| within(code)) {
        return (Cow::Borrowed(findings), 0);
    }
    let reported: Vec<Finding> = findings.iter().filter(|f| !within(f.code)).cloned().collect();
    let hidden = (findings.len() - reported.len()) as u64;
    (Cow::Owned(reported), hidden)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::lint::registry;
    use crate::span::Span;

    pub(crate) fn findings(codes: &[&str]) -> Vec<Finding> {
        codes
            .iter()
            .enumerate()
            .map(|(i, code)| {
                let rule = registry::lookup(code).expect("a rule");
                crate::lint::finding(rule, "m", Span::new(i, i + 1))
            })
            .collect()
    }

    pub(crate) fn id(symbol: Option<(&str, Language)>, path: &str) -> DocumentId {
        DocumentId { symbol: symbol.map(|(s, l)| (s.to_string(), l)), path: path.to_string() }
    }

    pub(crate) fn entry(symbol: Option<&str>, path: &str, counts: &[(&str, u64)]) -> Entry {
        Entry {
            symbol: symbol.map(str::to_string),
            language: symbol.map(|_| "en".to_string()),
            path: path.to_string(),
            counts: counts.iter().map(|&(c, n)| (c.to_string(), n)).collect(),
        }
    }

    #[test]
    fn round_trips_sorted_and_rejects_what_it_cannot_match() {
        let baseline = Baseline::from_entries([
            entry(None, "b.txt", &[("A601", 2), ("A104", 1), ("A603", 0)]),
            entry(Some("A/79/150"), "x/a.txt", &[("A104", 7)]),
            entry(None, "empty.txt", &[("A104", 0)]),
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
    fn hides_codes_within_their_count_and_reports_every_finding_of_the_others() {
        let e = entry(None, "a.txt", &[("A104", 2), ("A601", 1)]);
        let found = findings(&["A104", "A601", "A104", "A601", "A702"]);
        let counts = count(&found);
        let (reported, hidden) = filter(Some(&e), &found, &counts);
        let codes: Vec<&str> = reported.iter().map(|f| f.code).collect();
        assert_eq!(codes, ["A601", "A601", "A702"]);
        assert_eq!(hidden, 2);
        assert!(matches!(filter(None, &found, &counts), (Cow::Borrowed(_), 0)));
        let over = entry(None, "a.txt", &[("A104", 1)]);
        assert!(matches!(filter(Some(&over), &found, &counts), (Cow::Borrowed(_), 0)));
    }
}
