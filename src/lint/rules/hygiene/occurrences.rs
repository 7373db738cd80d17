//! Where given words occur in the document: one Aho–Corasick search of the whole text for all
//! the joins and hyphenated forms that rules A601 and A607 want to find "elsewhere in the
//! document". The candidates are few (real splits, and pairs of words whose join is a word),
//! so one search for them is far cheaper than a word count of the whole document.
//!
//! A match counts when it stands as a whole word: no letter touches it on either side. Case is
//! folded for ASCII by the automaton; a word with other letters is searched in lower case,
//! capitalized and upper case. Only the first occurrence of each word is wanted, so the text
//! is searched window by window, and the words found are dropped before the next window.
//!
//! Most searches are for words of ASCII letters only (no hyphenated form, no accent): those
//! need no automaton, since their whole-word matches are the text's runs of ASCII letters that
//! no other letter touches; the runs of the searched lengths are looked up in the word table.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;

use crate::span::Span;

/// What the search found for one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Found {
    /// Its first whole-word occurrence, if it occurs.
    pub first: Option<Span>,
}

impl Found {
    /// True when the word occurs in the document.
    pub fn occurs(&self) -> bool {
        self.first.is_some()
    }
}

/// The text is searched in windows of this many bytes; after each, the words found are dropped
/// from the automaton, so that a common word (`of`) is matched in one window only.
const WINDOW: usize = 1 << 22;

/// Texts longer than this are searched with a DFA (see [`Occurrences::automaton`]).
const LONG_TEXT: usize = 1 << 20;

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

    /// Search `text`; the result is indexed by id. A word the automaton cannot be built for is
    /// reported as not found, which keeps every rule that asks on the silent side.
    pub fn search(&self, text: &str) -> Vec<Found> {
        match self.letter_lengths() {
            Some(lengths) => self.search_letter_runs(text, lengths),
            None => self.search_automaton(text),
        }
    }

    /// [`Occurrences::search`] for any words: one Aho–Corasick automaton a window.
    fn search_automaton(&self, text: &str) -> Vec<Found> {
        let mut found = vec![Found::default(); self.words.len()];
        let mut left: Vec<usize> = (0..self.words.len()).collect();
        let longest = self.words.iter().map(|w| w.len() * 2).max().unwrap_or(0);
        let mut at = 0;
        while at < text.len() && !left.is_empty() {
            let Some((automaton, owner)) = self.automaton(&left, text.len()) else { break };
            let mut end = (at + WINDOW).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            // Matches may run past the window's end; those starting in the next are left to it.
            let mut reach = (end + longest).min(text.len());
            while !text.is_char_boundary(reach) {
                reach += 1;
            }
            let input = aho_corasick::Input::new(text).span(at..reach);
            for m in automaton.find_iter(input) {
                let (start, stop) = (m.start(), m.end());
                if start >= end {
                    break;
                }
                let id = owner[m.pattern().as_usize()];
                if found[id].occurs() || !whole_word(text, start, stop) {
                    continue;
                }
                found[id].first = Some(Span::new(start, stop));
            }
            left.retain(|&id| !found[id].occurs());
            at = end;
        }
        found
    }

    /// When every word is ASCII letters only (most searches), the set of their lengths, bit `n`
    /// for `n` bytes.
    fn letter_lengths(&self) -> Option<u128> {
        self.words.iter().try_fold(0u128, |lengths, w| {
            (w.len() < 128 && w.bytes().all(|b| b.is_ascii_alphabetic())).then(|| lengths | 1 << w.len())
        })
    }

    /// [`Occurrences::search`] for words of ASCII letters only, of the `lengths` given. A
    /// whole-word match of such a word is a run of ASCII letters that no letter touches, in any
    /// case; the automaton's leftmost-longest matches find the same (a run of letters holds no
    /// match of one that starts before it), so the runs of the text are read and looked up
    /// instead, without building an automaton.
    fn search_letter_runs(&self, text: &str, lengths: u128) -> Vec<Found> {
        let mut found = vec![Found::default(); self.words.len()];
        let mut left = self.words.len();
        let bytes = text.as_bytes();
        let mut key = [0u8; 128];
        let mut i = 0;
        while i < bytes.len() && left > 0 {
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
                i += 1;
            }
            let n = i - start;
            if n >= 128 || lengths & 1 << n == 0 || !whole_word(text, start, i) {
                continue;
            }
            for (k, b) in key.iter_mut().zip(&bytes[start..i]) {
                *k = b.to_ascii_lowercase();
            }
            let id = std::str::from_utf8(&key[..n]).ok().and_then(|k| self.ids.get(k));
            if let Some(&id) = id
                && let Some(f) = found.get_mut(id as usize)
                && !f.occurs()
            {
                f.first = Some(Span::new(start, i));
                left -= 1;
            }
        }
        found
    }

    /// The automaton of the words `ids`, and the word of each of its patterns. The automaton
    /// folds ASCII case; words with other letters are also searched capitalized and in upper
    /// case.
    fn automaton(&self, ids: &[usize], text_len: usize) -> Option<(AhoCorasick, Vec<usize>)> {
        let mut patterns: Vec<String> = Vec::with_capacity(ids.len());
        let mut owner: Vec<usize> = Vec::with_capacity(ids.len());
        for &id in ids {
            let w = &self.words[id];
            let mut variants = vec![w.to_string()];
            if !w.is_ascii() {
                let mut chars = w.chars();
                let capitalized: String =
                    chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
                for v in [capitalized, w.to_uppercase()] {
                    if !variants.iter().any(|x| x.eq_ignore_ascii_case(&v)) {
                        variants.push(v);
                    }
                }
            }
            for v in variants {
                patterns.push(v);
                owner.push(id);
            }
        }
        // The words are few and the text is searched about once: an NFA costs far less to build
        // than a DFA, and finds the same matches; a long text pays for the faster search.
        let kind =
            if text_len > LONG_TEXT { AhoCorasickKind::DFA } else { AhoCorasickKind::NoncontiguousNFA };
        let automaton = AhoCorasick::builder()
            .kind(Some(kind))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok()?;
        Some((automaton, owner))
    }
}

/// True when no letter touches `start..end` on either side.
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    !(before.is_some_and(char::is_alphabetic) || after.is_some_and(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
        assert_eq!(found[parties as usize].first, Some(Span::new(7, 14)));
        assert_eq!(found[decide as usize].first.map(|s| s.start), text.find("Décidé"));
        assert!(found[compound as usize].occurs());
        assert!(!found[missing as usize].occurs());
        assert!(Occurrences::default().search(text).is_empty());
    }

    proptest! {
        #[test]
        fn letter_runs_find_what_the_automaton_finds(
            text in "[abAB éÉ’'.-]{0,40}",
            words in proptest::collection::vec("[abAB]{1,4}", 1..5),
        ) {
            let mut occ = Occurrences::default();
            for w in &words {
                occ.add(w);
            }
            let lengths = occ.letter_lengths().expect("letters only");
            prop_assert_eq!(occ.search_letter_runs(&text, lengths), occ.search_automaton(&text));
        }
    }
}
