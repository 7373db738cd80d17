//! The symbol vocabularies of `data/symbols.toml`, parsed once and kept for the life of the
//! process.
//!
//! The tables are data so that a new document type (`PM.` was missing from the DHL list) is a
//! one-line change, not a code change.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

/// The data file, compiled into the binary.
const SOURCE: &str = include_str!("../../data/symbols.toml");

/// How a document type carries its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Numbering {
    /// `L.1`, `CRP.13`.
    Dot,
    /// `INF/1`, `RES/44/25`.
    Slash,
}

/// A document-type component.
#[derive(Debug, Clone, Deserialize)]
pub struct DocType {
    /// The ways its number may follow. (Its `meaning` in the data file is for readers.)
    pub numbering: Vec<Numbering>,
}

/// A final modifier component.
#[derive(Debug, Clone, Deserialize)]
pub struct Modifier {
    /// True for `Add.n`, `Corr.n`, `Rev.n`, `Amend.n`. (Its `meaning` is for readers.)
    pub numbered: bool,
}

/// Words a parenthetical part may start with.
#[derive(Debug, Clone, Deserialize)]
pub struct Parenthetical {
    /// `Part`, `Resumption`.
    pub words: Vec<String>,
}

/// Hosts and paths of links that name a symbol.
#[derive(Debug, Clone, Deserialize)]
pub struct Links {
    /// Hosts whose path is the symbol.
    pub hosts: Vec<String>,
    /// Language codes that may come before the symbol in the path.
    pub languages: Vec<String>,
    /// Hosts whose query string names the symbol.
    pub query_hosts: Vec<String>,
    /// Query parameters that hold the symbol.
    pub query_parameters: Vec<String>,
}

/// Job-number vocabularies.
#[derive(Debug, Clone, Deserialize)]
pub struct Job {
    /// Printed duty-station prefixes (`V.`, `GE.`) and their duty station.
    pub prefixes: BTreeMap<String, String>,
    /// Letters of the compact form (`K0360265`) and their duty station.
    pub compact: BTreeMap<String, String>,
    /// Language letters (`E`) and their language code (`en`).
    pub languages: BTreeMap<String, String>,
}

/// Everything in `data/symbols.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct Tables {
    /// Series (first component or first two) and the organ they name.
    pub series: FxHashMap<String, String>,
    /// Subsidiary-body heads written `HEAD.n`.
    pub bodies: FxHashMap<String, String>,
    /// Document types.
    pub doctypes: FxHashMap<String, DocType>,
    /// Modifiers, keyed by their exact spelling.
    pub modifiers: BTreeMap<String, Modifier>,
    /// Parenthetical words.
    pub parenthetical: Parenthetical,
    /// Document links.
    pub links: Links,
    /// Job numbers.
    pub job: Job,
    /// First components of the series, for the cheap test of a lone word before a break.
    #[serde(skip)]
    pub series_heads: FxHashSet<String>,
}

impl Tables {
    /// The modifier spelled `word` in any letter case, with its exact spelling.
    pub fn modifier(&self, word: &str) -> Option<(&str, &Modifier)> {
        self.modifiers.iter().find(|(name, _)| name.eq_ignore_ascii_case(word)).map(|(n, m)| (n.as_str(), m))
    }

    /// True when `head` is written `HEAD.n`: a subsidiary body or a dot-numbered document type.
    pub fn takes_dot(&self, head: &str) -> bool {
        self.bodies.contains_key(head)
            || self.doctypes.get(head).is_some_and(|d| d.numbering.contains(&Numbering::Dot))
    }
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut tables: Tables =
        toml::from_str(SOURCE).expect("invariant: data/symbols.toml is valid (checked by a unit test)");
    tables.series_heads =
        tables.series.keys().map(|k| k.split('/').next().unwrap_or(k).to_string()).collect();
    tables
});

/// The tables, parsed on first use.
pub fn tables() -> &'static Tables {
    &TABLES
}
