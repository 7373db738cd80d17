//! Lexical pieces shared by the date, time and count recognizers: bounded whitespace gaps that
//! may cross line breaks (PDF-extracted text), words, numbers, phrases from the vocabulary, a
//! cursor that runs nom parsers and keeps byte offsets, and the boundary tests that keep
//! `resolution 9/2` or `A/CONF.10.30` from being read as dates or times.
//!
//! Every parser here reads a bounded number of bytes, so a recognizer that tries them at each
//! candidate position stays linear in the input.

use std::ops::Range;

use nom::combinator::verify;
use nom::{IResult, Parser};

use super::vocab::MAX_WORD_CHARS;
use crate::bytes::{digit_bytes, find_byte};

/// nom result with no error payload: a failed alternative is simply tried no further.
pub(crate) type PResult<'t, O> = IResult<&'t str, O, ()>;

/// Longest whitespace run accepted inside a date or time.
const MAX_GAP_BYTES: usize = 64;
/// Most line breaks accepted inside a date or time (`17 March\n\n2020` has two).
const MAX_GAP_LINES: usize = 3;

/// Whitespace inside a date or time: spaces, tabs, line breaks and the no-break and thin spaces
/// PDF extractors leave.
pub(crate) fn is_gap_char(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n' | '\u{a0}' | '\u{2007}' | '\u{2009}' | '\u{202f}')
}

/// [`char::is_alphabetic`], with the Latin letters of accented text (U+00C0 to U+024F, all
/// letters but `×` and `÷`) decided without the Unicode tables.
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{c0}'..='\u{24f}').contains(&c) {
        c != '×' && c != '÷'
    } else {
        c.is_alphabetic()
    }
}

/// [`char::is_alphanumeric`], Latin letters as in [`is_letter`].
pub(crate) fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c) {
        is_letter(c) || c.is_ascii_digit()
    } else {
        c.is_alphanumeric()
    }
}

/// A possibly empty whitespace run of at most `MAX_GAP_BYTES` bytes and `MAX_GAP_LINES`
/// line breaks; a longer run is no gap at all (the expression ends before it).
pub(crate) fn gap0(input: &str) -> PResult<'_, &str> {
    let mut lines = 0;
    let mut end = 0;
    for (i, c) in input.char_indices() {
        if !is_gap_char(c) {
            break;
        }
        lines += usize::from(c == '\n');
        end = i + c.len_utf8();
        if end > MAX_GAP_BYTES || lines > MAX_GAP_LINES {
            return Err(nom::Err::Error(()));
        }
    }
    Ok((&input[end..], &input[..end]))
}

/// A non-empty [`gap0`].
pub(crate) fn gap1(input: &str) -> PResult<'_, &str> {
    verify(gap0, |g: &str| !g.is_empty()).parse(input)
}

/// A run of 1 to `max` ASCII digits not followed by another digit.
pub(crate) fn digits(max: usize) -> impl FnMut(&str) -> PResult<'_, &str> {
    move |input| {
        let n = input.bytes().take(max + 1).take_while(u8::is_ascii_digit).count();
        if n == 0 || n > max {
            return Err(nom::Err::Error(()));
        }
        Ok((&input[n..], &input[..n]))
    }
}

/// The value of a run of ASCII digits (at most 9, so that it fits).
fn value(digits: &str) -> u32 {
    digits.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0'))
}

/// Exactly `n` digits not followed by another digit, as a number.
pub(crate) fn number_of(n: usize) -> impl FnMut(&str) -> PResult<'_, u32> {
    move |input| {
        let (rest, d) = digits(n).parse(input)?;
        if d.len() != n {
            return Err(nom::Err::Error(()));
        }
        Ok((rest, value(d)))
    }
}

/// 1 or 2 digits not followed by another digit, as a number.
pub(crate) fn small_number(input: &str) -> PResult<'_, u32> {
    let (rest, d) = digits(2).parse(input)?;
    Ok((rest, value(d)))
}

/// A word of letters (at most `MAX_WORD_CHARS`) not followed by another letter.
pub(crate) fn word(input: &str) -> PResult<'_, &str> {
    let mut end = 0;
    for (n, c) in input.chars().enumerate() {
        if !is_letter(c) {
            break;
        }
        if n == MAX_WORD_CHARS {
            return Err(nom::Err::Error(()));
        }
        end += c.len_utf8();
    }
    if end == 0 {
        return Err(nom::Err::Error(()));
    }
    Ok((&input[end..], &input[..end]))
}

/// A dash joining the two ends of a range: hyphen, en dash, em dash, figure dash or minus.
pub(crate) fn dash(input: &str) -> PResult<'_, char> {
    match input.chars().next() {
        Some(c @ ('-' | '–' | '—' | '‒' | '−')) => Ok((&input[c.len_utf8()..], c)),
        _ => Err(nom::Err::Error(())),
    }
}

/// True when `c` continues a word (so a phrase cannot end before it). Digits do not: `10h30`.
fn continues_word(c: char) -> bool {
    is_letter(c)
}

/// Case-insensitive comparison of two characters; ASCII first, as nearly every call is ASCII.
fn same_letter(c: char, p: char) -> bool {
    if c.is_ascii() || p.is_ascii() {
        return c.eq_ignore_ascii_case(&p);
    }
    c == p || c.to_lowercase().eq(p.to_lowercase())
}

/// Length of `phrase` at the start of `input`, compared case-insensitively; a space in the
/// phrase matches any gap, and a phrase ending in a letter must end at a word boundary.
#[inline]
pub(crate) fn phrase_len(input: &str, phrase: &str) -> Option<usize> {
    // Most phrases tried fail on their first letter: decide that from the bytes.
    if let Some(&p) = phrase.as_bytes().first()
        && p.is_ascii()
        && p != b' '
        && !input.as_bytes().first().is_some_and(|c| c.eq_ignore_ascii_case(&p))
    {
        return None;
    }
    phrase_len_from_start(input, phrase)
}

/// [`phrase_len`] past its test of the first byte.
fn phrase_len_from_start(input: &str, phrase: &str) -> Option<usize> {
    let mut pos = 0;
    for (i, part) in phrase.split(' ').enumerate() {
        if i > 0 {
            let (rest, _) = gap1(&input[pos..]).ok()?;
            pos = input.len() - rest.len();
        }
        let mut chars = input[pos..].chars();
        for p in part.chars() {
            let c = chars.next()?;
            if !same_letter(c, p) {
                return None;
            }
            pos += c.len_utf8();
        }
    }
    let ends_in_letter = phrase.chars().next_back().is_some_and(continues_word);
    if ends_in_letter && input[pos..].chars().next().is_some_and(continues_word) {
        return None;
    }
    Some(pos)
}

/// The first (so, with lists sorted longest first, the longest) of `phrases` at the start of
/// `input`, with its index in the list.
pub(crate) fn any_phrase<'p>(phrases: &'p [String]) -> impl FnMut(&str) -> PResult<'_, usize> + 'p {
    move |input| {
        phrases
            .iter()
            .enumerate()
            .find_map(|(i, p)| phrase_len(input, p).map(|n| (&input[n..], i)))
            .ok_or(nom::Err::Error(()))
    }
}

/// A position in the text being scanned; nom parsers run from it and report local byte ranges.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cursor<'t> {
    /// The whole text scanned.
    pub text: &'t str,
    /// Current byte offset.
    pub pos: usize,
}

impl<'t> Cursor<'t> {
    /// A cursor at `pos`.
    pub fn new(text: &'t str, pos: usize) -> Self {
        Cursor { text, pos }
    }

    /// The text from the cursor on.
    pub fn rest(&self) -> &'t str {
        &self.text[self.pos..]
    }

    /// Run `p` here; on success move past what it read and return its output and byte range.
    /// On failure the cursor does not move.
    pub fn eat<O>(
        &mut self,
        mut p: impl Parser<&'t str, Output = O, Error = ()>,
    ) -> Option<(O, Range<usize>)> {
        let (rest, out) = p.parse(self.rest()).ok()?;
        let start = self.pos;
        self.pos = self.text.len() - rest.len();
        Some((out, start..self.pos))
    }

    /// True when the text here starts with `s`.
    pub fn at(&self, s: &str) -> bool {
        self.rest().starts_with(s)
    }

    /// The next character.
    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }
}

/// The character before byte `pos`.
pub(crate) fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

/// True when a number may start at `pos`: it does not continue a word, a number, a symbol
/// (`9/2`, `CONF.10`, `3.5`, `10:30`) or a digit group (`1,000`, `10-13`).
pub(crate) fn number_may_start(text: &str, pos: usize) -> bool {
    let Some(c) = char_before(text, pos) else { return true };
    if is_letter_or_digit(c) || matches!(c, '/' | '.' | ':' | '_' | '\\') {
        return false;
    }
    if matches!(c, ',' | '-' | '–' | '—') {
        let before = char_before(text, pos - c.len_utf8());
        return !before.is_some_and(|b| b.is_ascii_digit());
    }
    true
}

/// The start of the first digit run at or after `from` where a number may start, and the end
/// of that run. Digit runs inside words or symbols are skipped.
pub(crate) fn next_number(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut pos = from;
    loop {
        let start = find_byte(bytes, pos, digit_bytes)?;
        let end =
            start + bytes[start..].iter().position(|b| !b.is_ascii_digit()).unwrap_or(bytes.len() - start);
        if number_may_start(text, start) {
            return Some((start, end));
        }
        pos = end;
    }
}

/// Runs `try_at(p, run_end, floor)` at each one- or two-digit number `p..run_end` of `text`
/// where a number may start, left to right. A match returns its end and value; later matches start at or after the
/// end (`floor`) of the last one, so they come out in order and do not overlap.
pub(crate) fn scan_numbers<T>(
    text: &str,
    mut try_at: impl FnMut(usize, usize, usize) -> Option<(usize, T)>,
) -> Vec<T> {
    let mut out = Vec::new();
    let mut floor = 0;
    let mut from = 0;
    while let Some((p, run_end)) = next_number(text, from) {
        from = run_end;
        if run_end - p > 2 {
            continue;
        }
        if let Some((end, value)) = try_at(p, run_end, floor) {
            from = end;
            floor = end;
            out.push(value);
        }
    }
    out
}

/// The character after the number ending at `end`, past its minutes (`.30`, `:30`) when
/// `minutes`, and a gap: what a date or time that the number begins must go on with.
pub(crate) fn char_after_number(text: &str, end: usize, minutes: bool) -> Option<char> {
    let b = text.as_bytes();
    let mut i = end;
    if minutes
        && matches!(b.get(i), Some(b'.' | b':'))
        && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        && b.get(i + 2).is_some_and(u8::is_ascii_digit)
    {
        i += 3;
    }
    let (after, _) = gap0(text.get(i..)?).ok()?;
    after.chars().next()
}

/// False when a number starts at `at` and the [`char_after_number`] is not one of `leads`: no
/// date or time that the number begins can go on. True when no number starts at `at`.
pub(crate) fn number_may_go_on(text: &str, at: usize, minutes: bool, leads: Leads) -> bool {
    let b = text.as_bytes();
    if !b.get(at).is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let run_end = at + b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
    char_after_number(text, run_end, minutes).is_some_and(|c| leads.admits(c))
}

/// Cheap pre-filter for the [`char_after_number`]: can a date or time continue with it? Both
/// need a word (a suffix, month, unit or connector) or a dash next. Rejects most numbers of
/// running text (`item 3 of`, `1 1 1`) before any parser runs.
pub(crate) fn may_continue_with(c: char) -> bool {
    is_letter(c) || matches!(c, '.' | '-' | '–' | '—' | '‒' | '−')
}

/// The characters some phrases may begin with, ASCII case folded: the test of one character
/// that rejects a place before any parser runs. A non-ASCII character is always admitted (the
/// case forms of a letter need not share a first byte), and an empty phrase admits all.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Leads(u128);

impl Leads {
    /// The first characters of `phrases`.
    pub fn of<'p>(phrases: impl IntoIterator<Item = &'p str>) -> Leads {
        let mut set = 0u128;
        for p in phrases {
            match p.as_bytes().first() {
                None => set = u128::MAX,
                Some(&b) if b.is_ascii() => set |= 1 << b.to_ascii_lowercase() | 1 << b.to_ascii_uppercase(),
                Some(_) => {}
            }
        }
        Leads(set)
    }

    /// True when a phrase may begin with `c`.
    pub fn admits(self, c: char) -> bool {
        !c.is_ascii() || (self.0 >> u32::from(c)) & 1 == 1
    }
}

/// True when nothing but whitespace follows `end` in `s`.
pub(crate) fn only_space_after(s: &str, end: usize) -> bool {
    s[end..].chars().all(is_gap_char)
}

/// Start of the gap that ends at `end` (at most `MAX_GAP_BYTES` back).
pub(crate) fn gap_start_before(text: &str, end: usize) -> usize {
    let mut start = end;
    while let Some(c) = char_before(text, start) {
        if !is_gap_char(c) || end - start >= MAX_GAP_BYTES {
            break;
        }
        start -= c.len_utf8();
    }
    start
}

/// The range of the word (letters, at most `MAX_WORD_CHARS`) that ends at `end`.
pub(crate) fn word_ending_at(text: &str, end: usize) -> Option<Range<usize>> {
    let mut start = end;
    let mut n = 0;
    while let Some(c) = char_before(text, start) {
        if !is_letter(c) {
            break;
        }
        n += 1;
        if n > MAX_WORD_CHARS {
            return None;
        }
        start -= c.len_utf8();
    }
    (start < end).then_some(start..end)
}

/// True when `pos` begins a sentence: only whitespace before it in `text`, or a sentence-ending
/// mark (`. ! ? :`) before that whitespace.
pub(crate) fn at_sentence_start(text: &str, pos: usize) -> bool {
    let start = gap_start_before(text, pos);
    match char_before(text, start) {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?' | ':' | '…'),
    }
}

/// `text` with every whitespace run folded to one space, for comparing printed and canonical
/// forms regardless of line breaks.
pub(crate) fn fold_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split(is_gap_char).filter(|p| !p.is_empty()).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// True when [`fold_spaces`] of `text` is `folded`, without building it.
pub(crate) fn folds_to(text: &str, folded: &str) -> bool {
    let mut rest = folded;
    for (i, part) in text.split(is_gap_char).filter(|p| !p.is_empty()).enumerate() {
        let Some(r) =
            (if i > 0 { rest.strip_prefix(' ') } else { Some(rest) }).and_then(|r| r.strip_prefix(part))
        else {
            return false;
        };
        rest = r;
    }
    rest.is_empty()
}

/// True when `word` is written in capitals only (a heading), and has at least two letters.
pub(crate) fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 1
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// `word` with its first letter in capitals.
pub(crate) fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `phrase` (see [`phrase_len`]) as a nom parser.
pub(crate) fn phrase(p: &str) -> impl FnMut(&str) -> PResult<'_, &str> + '_ {
    move |input| match phrase_len(input, p) {
        Some(n) => Ok((&input[n..], &input[..n])),
        None => Err(nom::Err::Error(())),
    }
}

/// The word before `pos` that a date may start with, skipping a gap, a comma after it
/// (`Tuesday, 17`) and the full stop of an abbreviation (`Tue. 17`).
pub(crate) fn name_before(text: &str, pos: usize) -> Option<Range<usize>> {
    let mut end = gap_start_before(text, pos);
    if char_before(text, end) == Some(',') {
        end = gap_start_before(text, end - 1);
    }
    if char_before(text, end) == Some('.') {
        end -= 1;
    }
    word_ending_at(text, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_agree_with_the_unicode_tables() {
        for c in ('\0'..='\u{3000}').chain(['\u{1f600}', '\u{10ffff}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn leads_of_phrases() {
        let leads = Leads::of(["a.m.", "Noon", "à", "-"]);
        for c in ['a', 'A', 'n', 'N', '-', 'à', 'À', '–'] {
            assert!(leads.admits(c), "{c:?}");
        }
        for c in ['b', 'o', '.', ' ', '1'] {
            assert!(!leads.admits(c), "{c:?}");
        }
        assert!(Leads::of(["to", ""]).admits('x'));
    }

    #[test]
    fn folds_to_agrees_with_fold_spaces() {
        for (text, folded) in [
            ("10  a.m.", "10 a.m."),
            (" 10\na.m. ", "10 a.m."),
            ("10 a.m.", "10 a.m"),
            ("", ""),
            ("10", "10 "),
        ] {
            assert_eq!(folds_to(text, folded), fold_spaces(text) == folded, "{text:?} {folded:?}");
        }
    }
}
