//! Words of a line for the split-word rules, each with a rolling hash of its lookup key
//! ([`crate::bloom`]), so that the key of two words written together is computed from theirs
//! without building it.
//!
//! Words are what [`crate::lexicon::words`] calls words — runs of letters with apostrophes
//! between letters — and their key is the lexicon's: lower case, apostrophes straight.

use crate::bloom::{P, push};
use crate::lexicon::MAX_WORD_BYTES;

/// `P^n` for every key length a join can have.
const POW: [u64; 2 * MAX_WORD_BYTES + 1] = {
    let mut t = [1u64; 2 * MAX_WORD_BYTES + 1];
    let mut i = 1;
    while i < t.len() {
        t[i] = t[i - 1].wrapping_mul(P);
        i += 1;
    }
    t
};

/// A word of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Offset of the first byte in the text the tokens were read from.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
    /// Rolling hash of the key.
    pub hash: u64,
    /// Length of the key in bytes; more than [`MAX_WORD_BYTES`] means "no word".
    pub key_len: usize,
    /// The word has a letter in upper case.
    pub has_upper: bool,
    /// The word has a letter in lower case.
    pub has_lower: bool,
    /// The word is one letter.
    pub single: bool,
}

impl Token {
    /// The text of the token.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when the key fits a word.
    pub fn fits(&self) -> bool {
        self.key_len <= MAX_WORD_BYTES
    }
}

/// The hash of `a` and `b` written together, when the join fits a word.
pub fn join_hash(a: &Token, b: &Token) -> Option<u64> {
    (a.fits() && b.fits() && a.key_len + b.key_len <= MAX_WORD_BYTES)
        .then(|| a.hash.wrapping_mul(POW[b.key_len]).wrapping_add(b.hash))
}

/// The hash of `a` and `b` joined by a hyphen (`record-keeping`), when it fits a word.
pub fn hyphen_hash(a: &Token, b: &Token) -> Option<u64> {
    (a.fits() && b.fits() && a.key_len + 1 + b.key_len <= 2 * MAX_WORD_BYTES).then(|| {
        let with_hyphen = push(a.hash, b'-');
        with_hyphen.wrapping_mul(POW[b.key_len]).wrapping_add(b.hash)
    })
}

/// The hash of a key given as text (already folded, or folded here).
pub fn hash_word(word: &str) -> Option<u64> {
    let t = tokens(word, 0).next()?;
    (t.start == 0 && t.end == word.len() && t.fits()).then_some(t.hash)
}

/// The words of `s`, with offsets shifted by `base`.
pub fn tokens(s: &str, base: usize) -> Tokens<'_> {
    Tokens { s, pos: 0, base }
}

/// Append the words of `s`, with offsets shifted by `base`, to `out` (what [`tokens`] yields).
#[inline(never)]
pub fn push_tokens(s: &str, base: usize, out: &mut Vec<Token>) {
    let mut at = 0;
    while let Some(t) = scan(s, at, base) {
        at = t.end - base;
        out.push(t);
    }
}

/// Iterator returned by [`tokens`].
pub struct Tokens<'a> {
    s: &'a str,
    pos: usize,
    base: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let t = scan(self.s, self.pos, self.base)?;
        self.pos = t.end - self.base;
        Some(t)
    }
}

/// The first word of `s` at or after byte `at`, with offsets shifted by `base`. Plain ASCII
/// words are read here; a word that goes on with another letter or an apostrophe is finished by
/// [`rest_of_word`].
#[inline(always)]
fn scan(s: &str, at: usize, base: usize) -> Option<Token> {
    let b = s.as_bytes();
    // Skip to the next letter: ASCII is decided from the byte.
    let mut i = at;
    loop {
        let c = *b.get(i)?;
        if c.is_ascii_alphabetic() {
            break;
        }
        if c < 0x80 {
            i += 1;
            continue;
        }
        if latin1_letter(b, i).is_some() {
            break;
        }
        let ch = s[i..].chars().next()?;
        if ch.is_alphabetic() {
            break;
        }
        i += ch.len_utf8();
    }
    let start = i;
    let mut hash = 0u64;
    // Case of ASCII letters from bit 0x20: set in lower case, clear in upper case.
    let (mut any_bits, mut all_bits) = (0u8, 0xffu8);
    while let Some(&c) = b.get(i)
        && c.is_ascii_alphabetic()
    {
        any_bits |= c;
        all_bits &= c;
        hash = push(hash, c | 0x20);
        i += 1;
    }
    if b.get(i).is_some_and(|&c| c >= 0x80 || c == b'\'') {
        return Some(rest_of_word(s, base, start, i, hash, (any_bits, all_bits)));
    }
    let n = i - start;
    Some(Token {
        start: base + start,
        end: base + i,
        hash,
        key_len: n,
        has_upper: all_bits & 0x20 == 0,
        has_lower: any_bits & 0x20 != 0,
        single: n == 1,
    })
}

/// The letter of Latin-1 (`À..=ÿ`, lead byte `C3`, but for `×` and `÷`) that starts at byte
/// `i` of `b`, if one does: its second byte, and whether it is upper case (`À..=Þ`). French
/// and Spanish letters are these, and need no Unicode tables.
#[inline]
fn latin1_letter(b: &[u8], i: usize) -> Option<(u8, bool)> {
    match b.get(i..i + 2)? {
        &[0xc3, second] if !matches!(second, 0x97 | 0xb7) => Some((second, second < 0x9f)),
        _ => None,
    }
}

/// The word that starts at byte `start` of `s`, read up to `i` (ASCII letters only so far, with
/// their `hash` and case bits), where a byte that is not ASCII or an apostrophe comes.
#[cold]
#[inline(never)]
fn rest_of_word(s: &str, base: usize, start: usize, mut i: usize, mut hash: u64, bits: (u8, u8)) -> Token {
    let b = s.as_bytes();
    let (mut any_bits, mut all_bits) = bits;
    let mut key_len = i - start;
    let mut chars = i - start;
    let (mut upper, mut lower) = (false, false);
    while let Some(&c) = b.get(i) {
        if c.is_ascii_alphabetic() {
            any_bits |= c;
            all_bits &= c;
            hash = push(hash, c | 0x20);
            key_len += 1;
            chars += 1;
            i += 1;
            continue;
        }
        if c < 0x80 && c != b'\'' {
            break;
        }
        if let Some((second, is_upper)) = latin1_letter(b, i) {
            upper |= is_upper;
            lower |= !is_upper;
            // Upper case U+00C0..=U+00DE lower-cases to U+00E0..=U+00FE: bit 0x20 of the second byte.
            hash = push(push(hash, 0xc3), if is_upper { second | 0x20 } else { second });
            key_len += 2;
            chars += 1;
            i += 2;
            continue;
        }
        let Some(ch) = s[i..].chars().next() else { break };
        let n = ch.len_utf8();
        if ch.is_alphabetic() {
            upper |= ch.is_uppercase();
            lower |= ch.is_lowercase();
            for low in ch.to_lowercase() {
                let mut buf = [0; 4];
                for &byte in low.encode_utf8(&mut buf).as_bytes() {
                    hash = push(hash, byte);
                    key_len += 1;
                }
            }
            chars += 1;
            i += n;
            continue;
        }
        // An apostrophe belongs to the word only between two letters.
        let apostrophe = matches!(ch, '\'' | '\u{2019}' | '\u{02bc}');
        if apostrophe && s[i + n..].chars().next().is_some_and(char::is_alphabetic) {
            hash = push(hash, b'\'');
            key_len += 1;
            i += n;
            continue;
        }
        break;
    }
    Token {
        start: base + start,
        end: base + i,
        hash,
        key_len,
        // With no ASCII letter, `all_bits` is 0xff: its case bit says nothing.
        has_upper: upper || all_bits & 0x20 == 0,
        has_lower: lower || any_bits & 0x20 != 0,
        single: chars == 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bloom::key_hash;
    use crate::lexicon::words;
    use proptest::prelude::*;

    #[test]
    fn joins_hash_like_the_joined_word() {
        let text = "par ties PAR TIES Organi zation l’alinéa État";
        let t: Vec<Token> = tokens(text, 0).collect();
        assert_eq!(join_hash(&t[0], &t[1]), hash_word("parties"));
        assert_eq!(join_hash(&t[2], &t[3]), hash_word("parties"));
        assert_eq!(join_hash(&t[4], &t[5]), hash_word("organization"));
        assert_eq!(t[6].hash, hash_word("l'alinéa").expect("a word"));
        assert_eq!(t[7].hash, hash_word("état").expect("a word"));
        assert!(t[2].has_upper && !t[2].has_lower && !t[2].single);
        assert_eq!(hash_word("two words"), None);
    }

    proptest! {
        #[test]
        fn tokens_are_the_lexicon_words(text in "\\PC{0,60}") {
            let ours: Vec<(usize, usize)> = tokens(&text, 0).map(|t| (t.start, t.end)).collect();
            let lexicon: Vec<(usize, usize)> = words(&text).map(|(o, w)| (o, o + w.len())).collect();
            prop_assert_eq!(ours, lexicon);
        }

        #[test]
        fn tokens_carry_their_key_and_case(text in "[a-zA-ZÀ-ÿœŒ’ʼ' .,-]{0,40}|\\PC{0,40}") {
            let mut pushed = Vec::new();
            push_tokens(&text, 3, &mut pushed);
            let all: Vec<Token> = tokens(&text, 3).collect();
            prop_assert_eq!(&pushed, &all);
            for t in all {
                let w = &text[t.start - 3..t.end - 3];
                let key: String =
                    w.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect();
                prop_assert_eq!(t.hash, key_hash(key.as_bytes()));
                prop_assert_eq!(t.key_len, key.len());
                prop_assert_eq!(t.has_upper, w.chars().any(char::is_uppercase));
                prop_assert_eq!(t.has_lower, w.chars().any(char::is_lowercase));
                prop_assert_eq!(t.single, w.chars().filter(|c| c.is_alphabetic()).count() == 1);
            }
        }
    }
}
