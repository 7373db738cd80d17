//! Stated meeting counts for A209: "four plenary meetings over two days", "six meetings",
//! "quatre séances plénières", "cuatro sesiones plenarias".
//!
//! ```text
//! count = number {adjective} meeting-noun {adjective} [day-link number day-noun]
//! ```
//!
//! The pre-filter is a substring search for the meeting nouns of `data/calendar.toml`; the
//! number before the noun is a number word (one to twenty) or digits.

use std::ops::Range;

use crate::model::Language;
use crate::span::Span;

use super::scan::{Cursor, any_phrase, char_before, gap_start_before, gap1, phrase_len, word_ending_at};
use super::vocab::{CountVocab, vocab};

/// Longest number word read (`diecinueve`, `dix-neuf`).
const MAX_NUMBER_CHARS: usize = 16;

/// A stated number of meetings, and of days when the sentence gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingCount {
    /// Number of meetings, `4`.
    pub meetings: u32,
    /// The number of meetings as printed (`four`).
    pub meetings_span: Span,
    /// Number of days, `2`, when stated.
    pub days: Option<u32>,
    /// The number of days as printed (`two`).
    pub days_span: Option<Span>,
    /// From the number of meetings to the meeting noun, or to the day noun when days are stated.
    pub span: Span,
}

/// Every stated meeting count of `text`, in order and not overlapping; spans are offset by
/// `base`.
pub fn find_meeting_counts(text: &str, base: usize, lang: Language) -> Vec<MeetingCount> {
    let v = &vocab(lang).counts;
    let sp = |r: &Range<usize>| Span::new(r.start + base, r.end + base);
    // One pass per noun; counts are rare, so they are put in order at the end rather than the
    // (far more frequent) noun occurrences.
    let mut out: Vec<MeetingCount> = Vec::new();
    for noun in &v.meeting_nouns {
        for at in noun.find_iter(text.as_bytes()) {
            let end = at + noun.needle().len();
            let bounded = !char_before(text, at).is_some_and(char::is_alphanumeric)
                && !text[end..].starts_with(char::is_alphanumeric);
            let Some((meetings, number)) = bounded.then(|| count_before(text, at, v)).flatten() else {
                continue;
            };
            let noun_end = adjectives_after(text, end, v);
            let days = days_after(text, noun_end, v);
            let end = days.as_ref().map_or(noun_end, |d| d.2);
            out.push(MeetingCount {
                meetings,
                meetings_span: sp(&number),
                days: days.as_ref().map(|d| d.0),
                days_span: days.as_ref().map(|d| sp(&d.1)),
                span: sp(&(number.start..end)),
            });
        }
    }
    out.sort_by_key(|c| c.span.start);
    let mut floor = 0;
    out.retain(|c| {
        let keep = c.span.start >= floor;
        if keep {
            floor = c.span.end;
        }
        keep
    });
    out
}

/// A number word, possibly hyphenated (`dix-sept`), or 1 to 3 digits, ending at `end`.
fn number_ending_at(text: &str, end: usize, v: &CountVocab) -> Option<(u32, Range<usize>)> {
    let digits = text[..end].bytes().rev().take(4).take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let r = end - digits..end;
        let before = char_before(text, r.start);
        if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '/' | ',')) {
            return None;
        }
        return text[r.clone()].parse().ok().map(|n| (n, r));
    }
    let w = word_ending_at(text, end)?;
    let hyphenated = (char_before(text, w.start) == Some('-'))
        .then(|| word_ending_at(text, w.start - 1))
        .flatten()
        .and_then(|first| v.number_word(&text[first.start..end]).map(|n| (n, first.start..end)));
    hyphenated.or_else(|| v.number_word(&text[w.clone()]).map(|n| (n, w)))
}

/// True when the word `r` is one of `phrases` (single words).
fn is_one_of(text: &str, r: &Range<usize>, phrases: &[String]) -> bool {
    phrases.iter().any(|p| phrase_len(&text[r.start..], p) == Some(r.len()))
}

/// The number of meetings before the noun at `noun_start`, skipping adjectives (`plenary`).
fn count_before(text: &str, noun_start: usize, v: &CountVocab) -> Option<(u32, Range<usize>)> {
    let mut end = gap_start_before(text, noun_start);
    for _ in 0..3 {
        match word_ending_at(text, end) {
            Some(w) if is_one_of(text, &w, &v.meeting_adjectives) => end = gap_start_before(text, w.start),
            _ => break,
        }
    }
    if end == noun_start {
        return None;
    }
    number_ending_at(text, end, v)
}

/// A number word (possibly hyphenated) or 1 to 3 digits at the cursor.
fn number_at(c: &mut Cursor<'_>, v: &CountVocab) -> Option<(u32, Range<usize>)> {
    let rest = c.rest();
    let mut len = 0;
    for ch in rest.chars().take(MAX_NUMBER_CHARS + 1) {
        if !(ch.is_alphanumeric() || ch == '-') {
            break;
        }
        len += ch.len_utf8();
    }
    let token = rest[..len].trim_end_matches('-');
    if token.is_empty()
        || token.chars().count() > MAX_NUMBER_CHARS
        || rest[len..].starts_with(char::is_alphanumeric)
    {
        return None;
    }
    let value = if token.bytes().all(|b| b.is_ascii_digit()) {
        token.parse().ok().filter(|_| token.len() <= 3)
    } else {
        v.number_word(token)
    }?;
    let r = c.pos..c.pos + token.len();
    c.pos = r.end;
    Some((value, r))
}

/// The end of the adjectives after the meeting noun (`séances plénières`).
fn adjectives_after(text: &str, noun_end: usize, v: &CountVocab) -> usize {
    let mut c = Cursor::new(text, noun_end);
    for _ in 0..3 {
        let mut t = c;
        if t.eat(gap1).is_some() && t.eat(any_phrase(&v.meeting_adjectives)).is_some() {
            c = t;
        } else {
            break;
        }
    }
    c.pos
}

/// `day-link number day-noun` after the meeting noun and its adjectives: the number of days,
/// its range and the end of the day noun.
fn days_after(text: &str, from: usize, v: &CountVocab) -> Option<(u32, Range<usize>, usize)> {
    let mut c = Cursor::new(text, from);
    c.eat(gap1)?;
    c.eat(any_phrase(&v.day_links))?;
    c.eat(gap1)?;
    let (days, r) = number_at(&mut c, v)?;
    c.eat(gap1)?;
    c.eat(any_phrase(&v.day_nouns))?;
    Some((days, r, c.pos))
}
