//! A701: reference words — "agenda item 2", "annex III", "paragraph 173", "article 32" — are
//! lower case in running text.
//!
//! A word is checked where a number (or roman numeral or capital letter) follows it, and the
//! words of `reference_nouns_bare` (`annex`) also alone, after a lower-case word (`see Annex`). At the start of a sentence, after an
//! opening quotation mark or parenthesis, or after an enumeration marker, the first word keeps
//! its capital. A capital is also kept before a proper name (`Annex I Parties`) and where the
//! sentence names the Charter or the Statute (`Article 2 of the Charter`, `the Charter of the
//! United Nations, Article 1`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::bytes::{bytes_between, find_byte, non_ascii_bytes};
use crate::datetime::char_before;
use crate::finding::{Applicability, Edit, Fix};
use crate::fold::is_space;
use crate::lint::text::Joined;
use crate::lint::{Context, Emitter, finding};
use crate::model::Language;
use crate::vocab::{Vocab, vocab};

use super::A701;

/// True when the text before `at` ends a sentence or opens a quotation, parenthesis or list
/// entry, so that a capital at `at` is expected.
fn sentence_start(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(is_space);
    let Some(c) = before.chars().next_back() else { return true };
    if matches!(c, '.' | '!' | '?' | ':' | ';' | '“' | '‘' | '"' | '«' | '(' | '[' | '—' | '–') {
        return true;
    }
    // An enumeration marker: `(b) Make recommendations`, `b) Élection`.
    if c == ')' {
        let inner =
            before[..before.len() - 1].bytes().rev().take(5).take_while(u8::is_ascii_lowercase).count();
        return (1..=4).contains(&inner);
    }
    false
}

/// The token after `at` (spaces skipped), up to the next space.
fn next_token(text: &str, at: usize) -> (usize, &str) {
    let start = at + (text[at..].len() - text[at..].trim_start_matches(is_space).len());
    let rest = &text[start..];
    let end = rest.find(is_space).unwrap_or(rest.len());
    (start, &rest[..end])
}

/// A number, a roman numeral (`III`) or a single capital letter (`Annex A`), with trailing
/// punctuation allowed.
fn is_reference_number(token: &str) -> bool {
    let t = token.trim_end_matches(['.', ',', ';', ':', ')']);
    let t = t.trim_start_matches('(');
    !t.is_empty()
        && (t.bytes().next().is_some_and(|b| b.is_ascii_digit())
            || (t.len() <= 6 && t.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L')))
            || (t.len() == 1 && t.bytes().all(|b| b.is_ascii_uppercase())))
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// True when the word before `at` is a lower-case word (`the Annex`, `see Annex`): the word at
/// `at` stands inside a sentence, not in a heading run into the text.
fn after_lower_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(is_space);
    let word = before.rsplit(is_space).next().unwrap_or("");
    !word.is_empty() && word.chars().all(char::is_lowercase)
}

/// True when one of the vocabulary's proper names (`Charter`) stands within a few words after
/// `at` (`Article 2 of the Charter`) or just before it (`the Charter of the United Nations,
/// Article 1`).
fn names_proper(text: &str, at: usize, v: &Vocab) -> bool {
    let is_name = |w: &str| v.reference_proper_names.iter().any(|n| n == w);
    // The 48 characters after `at` and the 56 before it, borrowed.
    let after = text[at..].char_indices().nth(48).map_or(&text[at..], |(k, _)| &text[at..at + k]);
    let before = text[..at].char_indices().rev().nth(55).map_or(&text[..at], |(k, _)| &text[k..at]);
    after.split(|c: char| !c.is_alphanumeric()).any(is_name)
        || before.split(|c: char| !c.is_alphanumeric()).any(is_name)
}

/// The reference nouns of a language, by their first word, longest first: built once per
/// language and process, so that each text is read in one pass.
pub(super) struct Nouns {
    /// By the bytes of the first word.
    by_first: FxHashMap<Box<[u8]>, Vec<(String, bool)>>,
    /// The ASCII letters first words begin with, one bit each from `a`.
    initials: u32,
}

impl Nouns {
    /// The nouns of `lang`.
    pub(super) fn of(lang: Language) -> &'static Nouns {
        static NOUNS: LazyLock<[Nouns; 3]> = LazyLock::new(|| Language::ALL.map(|l| Nouns::new(vocab(l))));
        &NOUNS[lang.index()]
    }

    fn new(v: &Vocab) -> Nouns {
        let mut by_first: FxHashMap<Box<[u8]>, Vec<(String, bool)>> = FxHashMap::default();
        for n in &v.reference_nouns {
            let first: Box<[u8]> = n.split(' ').next().unwrap_or(n).as_bytes().into();
            by_first.entry(first).or_default().push((n.clone(), v.reference_nouns_bare.contains(n)));
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        }
        let initials = by_first
            .keys()
            .filter_map(|k| k.first().copied().filter(u8::is_ascii_lowercase))
            .fold(0, |m, b| m | 1 << (b - b'a'));
        Nouns { by_first, initials }
    }

    /// The nouns whose first word is `word` (in any case). A short ASCII word, as nearly all
    /// are, is lower-cased on the stack: this is asked of every capitalized word of the text.
    fn starting_with(&self, word: &str) -> Option<&[(String, bool)]> {
        let mut buf = [0u8; 32];
        let list = match buf.get_mut(..word.len()) {
            Some(lower) if word.is_ascii() => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                self.by_first.get(&*lower)
            }
            _ => self.by_first.get(word.to_lowercase().as_bytes()),
        };
        list.map(Vec::as_slice)
    }

    /// Reference nouns in `text` that begin with a capital letter (the only ones that can be
    /// wrong), longest at each place: `(start, end, bare)`.
    fn capitalized(&self, text: &str) -> Vec<(usize, usize, bool)> {
        let mut found = Vec::new();
        // An ASCII capital begins a noun only as the lower-case initial of one.
        let initial =
            |c: char| !c.is_ascii() || self.initials >> (c.to_ascii_lowercase() as u8 - b'a') & 1 == 1;
        for (at, word_end) in capitalized_words(text, initial) {
            let Some(candidates) = self.starting_with(&text[at..word_end]) else { continue };
            for (noun, bare) in candidates {
                let end = at + noun.len();
                let fits = text.get(at..end).is_some_and(|t| t.to_lowercase() == *noun)
                    && !text[end..].chars().next().is_some_and(char::is_alphanumeric);
                if fits {
                    found.push((at, end, *bare));
                    break;
                }
            }
        }
        found
    }
}

/// The words of `text` (maximal runs of alphanumeric characters, as `words` has them) that
/// begin with a capital for which `initial` holds, as byte ranges. Capitals are rare: they are
/// looked for a word of bytes at a time, ASCII capitals and the bytes of other characters alike.
fn capitalized_words<'t>(
    text: &'t str,
    initial: impl Fn(char) -> bool + 't,
) -> impl Iterator<Item = (usize, usize)> + 't {
    let bytes = text.as_bytes();
    let marks = |w: u64| bytes_between(w, b'A' - 1, b'Z' + 1) | non_ascii_bytes(w);
    let alnum_at = |i: usize| text[i..].chars().next().filter(|c| c.is_alphanumeric());
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let at = find_byte(bytes, from, marks)?;
            // A byte inside a character (never ASCII) is passed over with it.
            let Some(c) = text.get(at..).and_then(|t| t.chars().next()) else {
                from = at + 1;
                continue;
            };
            from = at + c.len_utf8();
            if !c.is_uppercase() || char_before(text, at).is_some_and(char::is_alphanumeric) || !initial(c) {
                continue;
            }
            let mut end = from;
            loop {
                match bytes.get(end) {
                    Some(b) if b.is_ascii_alphanumeric() => end += 1,
                    Some(b) if !b.is_ascii() => match alnum_at(end) {
                        Some(c) => end += c.len_utf8(),
                        None => break,
                    },
                    _ => break,
                }
            }
            from = end;
            return Some((at, end));
        }
    })
}

/// A701 over one piece of running text.
pub(super) fn check_text(cx: &Context<'_>, out: &mut Emitter<'_>, nouns: &Nouns, joined: &Joined) {
    let v = vocab(cx.doc.language);
    let text: &str = &joined.text;
    let found = nouns.capitalized(text);
    let mut floor = 0;
    for (at, end, bare) in found {
        if at < floor {
            continue;
        }
        floor = end;
        let printed = &text[at..end];
        if !printed.chars().any(char::is_uppercase) || !printed.chars().any(char::is_lowercase) {
            continue; // lower case already, or all capitals (a heading or emphasis)
        }
        let first_may_be_upper = sentence_start(text, at);
        // The words that should be lower case: all, except the first at a sentence start.
        let mut wrong: Vec<(usize, char)> = Vec::new();
        let mut offset = at;
        for (k, w) in printed.split(' ').enumerate() {
            if starts_upper(w) && !(k == 0 && first_may_be_upper) {
                wrong.push((offset, w.chars().next().unwrap_or(' ')));
            }
            offset += w.len() + 1;
        }
        if wrong.is_empty() {
            continue;
        }
        let (tok_at, token) = next_token(text, end);
        let numbered = is_reference_number(token);
        if numbered {
            // `Annex I Parties`: a capitalized word after the number names something.
            let (_, after) = next_token(text, tok_at + token.len());
            let ends_sentence = token.ends_with(['.', ';', ':']);
            if starts_upper(after) && !ends_sentence {
                continue;
            }
        } else if !(bare && !starts_upper(token) && after_lower_word(text, at)) {
            continue;
        }
        if names_proper(text, end, v) {
            continue;
        }
        let edits: Vec<Edit> = wrong
            .iter()
            .map(|&(o, c)| Edit {
                span: joined.span(o, o + c.len_utf8()),
                replacement: c.to_lowercase().collect(),
            })
            .collect();
        let fixed: String = {
            let mut s = printed.to_string();
            for &(o, c) in wrong.iter().rev() {
                let i = o - at;
                s.replace_range(i..i + c.len_utf8(), &c.to_lowercase().collect::<String>());
            }
            s
        };
        out.emit(
            finding(&A701, format!("`{printed}` is capitalized in running text"), joined.span(at, end))
                .with_primary_label("capitalized")
                .with_help(format!("write `{fixed}`: references to items, annexes, paragraphs and articles are lower case inside a sentence"))
                .with_fix(Fix { applicability: Applicability::Safe, edits }),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_starts() {
        assert!(sentence_start("", 0));
        assert!(sentence_start("It ended. Annex", 10));
        assert!(sentence_start("entitled “Recommendation", 12));
        assert!(sentence_start("functions: (b) Make", 15));
        assert!(!sentence_start("as decided under Agenda", 17));
        assert!(!sentence_start("resolution (2020) Annex", 18));
    }

    #[test]
    fn capitalized_words_are_the_words_that_begin_with_a_capital() {
        for text in
            ["", "Annex I, see Agenda item 4 (a) of theAnnex", "É Élection à l’Ordre du jour", "ÀB 1A x9Z"]
        {
            let expected: Vec<(usize, usize)> = crate::lint::text::words(text)
                .filter(|w| text[w.start..].starts_with(char::is_uppercase))
                .map(|w| (w.start, w.end))
                .collect();
            assert_eq!(capitalized_words(text, |_| true).collect::<Vec<_>>(), expected, "{text}");
            let a_only: Vec<(usize, usize)> = expected
                .iter()
                .copied()
                .filter(|&(s, _)| !text[s..].starts_with(|c: char| c.is_ascii() && c != 'A'))
                .collect();
            assert_eq!(
                capitalized_words(text, |c| !c.is_ascii() || c == 'A').collect::<Vec<_>>(),
                a_only,
                "{text}"
            );
        }
    }

    #[test]
    fn reference_numbers() {
        for t in ["2", "173,", "III", "4(a)", "A", "32."] {
            assert!(is_reference_number(t), "{t}");
        }
        for t in ["to", "Parties", "", "of"] {
            assert!(!is_reference_number(t), "{t}");
        }
    }
}
