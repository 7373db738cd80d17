//! Where given words occur in the document: one Aho–Corasick search of the whole text for all
//! the joins and hyphenated forms that rules A601 and A607 want to find "elsewhere in the
//! document". The candidates are few (real splits, and pairs of words whose join is a word),
//! so one search for them is far cheaper than a word count of the whole document.
//!
//! A match counts when it stands as a whole word: no letter touches it on either side. Case is
//! folded for ASCII by the automaton; a word with other letters is searched in lower case,
//! capitalized and upper case.

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap;

use crate::span::Span;

/// What the search found for one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Found {
    /// Whole-word occurrences.
    pub count: u32,
    /// The first of them.
    pub first: Option<Span>,
}

/// The words to search for.
#[derive(Debug, Default)]
pub struct Occurrences {
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<Box<str>>,
}

impl Occurrences {
    /// Asks for `word` (case-insensitive); returns its id.
    pub fn add(&mut self, word: &str) -> u32 {
        let key = word.to_lowercase();
        if let Some(&id) = self.ids.get(key.as_str()) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(key.clone().into(), id);
        self.words.push(key.into());
        id
    }

    /// Search `text` once; the result is indexed by id. A word the automaton cannot be built
    /// for is reported as not found, which keeps every rule that asks on the silent side.
    pub fn search(&self, text: &str) -> Vec<Found> {
        let mut found = vec![Found::default(); self.words.len()];
        if self.words.is_empty() {
            return found;
        }
        let mut patterns: Vec<String> = Vec::with_capacity(self.words.len());
        let mut owner: Vec<u32> = Vec::with_capacity(self.words.len());
        for (id, w) in self.words.iter().enumerate() {
            let mut variants = vec![w.to_string()];
            if !w.is_ascii() {
                let mut chars = w.chars();
                let capitalized: String =
                    chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
                variants.push(capitalized);
                variants.push(w.to_uppercase());
                variants.dedup();
            }
            for v in variants {
                patterns.push(v);
                owner.push(id as u32);
            }
        }
        let Ok(automaton) = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
        else {
            return found;
        };
        for m in automaton.find_overlapping_iter(text) {
            let (start, end) = (m.start(), m.end());
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if before.is_some_and(char::is_alphabetic) || after.is_some_and(char::is_alphabetic) {
                continue;
            }
            let f = &mut found[owner[m.pattern().as_usize()] as usize];
            f.count = f.count.saturating_add(1);
            f.first.get_or_insert(Span::new(start, end));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_in_any_case() {
        let text =
            "States Parties, the parties’ views; counterparties; PARTIES. Décidé, décidé; record-keeping";
        let mut occ = Occurrences::default();
        let parties = occ.add("parties");
        let decide = occ.add("décidé");
        let compound = occ.add("record-keeping");
        let missing = occ.add("regard");
        assert_eq!(occ.add("Parties"), parties);
        let found = occ.search(text);
        assert_eq!(found[parties as usize].count, 3);
        assert_eq!(found[parties as usize].first, Some(Span::new(7, 14)));
        assert_eq!(found[decide as usize].count, 2);
        assert_eq!(found[compound as usize].count, 1);
        assert_eq!(found[missing as usize], Found::default());
        assert!(Occurrences::default().search(text).is_empty());
    }
}
