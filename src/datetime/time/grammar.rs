//! The time grammar of [`super`]: a time (hour, minutes, unit), a range of two, and the
//! 24-hour values they stand for.

use std::ops::Range;

use super::super::scan::{
    Cursor, any_phrase, char_before, dash, gap_start_before, gap0, gap1, is_gap_char, is_letter_or_digit,
    number_of, phrase_len, small_number, word_ending_at,
};
use super::super::vocab::TimeVocab;
use super::ClockTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Am,
    Pm,
    Hours,
    Noon,
    Midnight,
}

pub(super) struct TimeTok {
    pub(super) span: Range<usize>,
    /// Hour as printed (12 for a noon word, 0 for a midnight word).
    pub(super) hour: u32,
    pub(super) minute: Option<u32>,
    pub(super) colon: bool,
    pub(super) leading_zero: bool,
    pub(super) unit: Option<Unit>,
    /// `noon`, `midi`: a word without a number.
    pub(super) word_only: bool,
}

pub(super) struct ParsedTimes {
    pub(super) t1: TimeTok,
    /// The separator with its gaps, and whether it is a dash.
    pub(super) sep: Option<(Range<usize>, bool)>,
    pub(super) t2: Option<TimeTok>,
    pub(super) start: usize,
    pub(super) end: usize,
}

pub(super) fn word_time(c: &mut Cursor<'_>, v: &TimeVocab) -> Option<TimeTok> {
    let (unit, hour, span) = [(Unit::Noon, 12, &v.noon), (Unit::Midnight, 0, &v.midnight)]
        .into_iter()
        .find_map(|(unit, hour, words)| c.eat(any_phrase(words)).map(|(_, span)| (unit, hour, span)))?;
    Some(TimeTok {
        span,
        hour,
        minute: None,
        colon: false,
        leading_zero: false,
        unit: Some(unit),
        word_only: true,
    })
}

/// `.MM` or `:MM` after the hour, not part of a longer dotted number (`1.10.30`).
pub(super) fn minutes_after_hour(c: &mut Cursor<'_>) -> Option<(u32, bool)> {
    let mut t = *c;
    let sep = t.peek().filter(|ch| matches!(ch, '.' | ':'))?;
    t.pos += 1;
    let (m, _) = t.eat(number_of(2))?;
    let longer = t.at(".") && t.rest()[1..].starts_with(|ch: char| ch.is_ascii_digit());
    if m >= 60 || longer || t.peek().is_some_and(is_letter_or_digit) {
        return None;
    }
    *c = t;
    Some((m, sep == ':'))
}

pub(super) fn unit_tok(c: &mut Cursor<'_>, v: &TimeVocab, hour: u32, has_minutes: bool) -> Option<Unit> {
    let mut t = *c;
    t.eat(gap0)?;
    // `12 noon`: a noon word as the unit of 12.
    let noon: &[String] = if hour == 12 && !has_minutes { &v.noon } else { &[] };
    let units: [(Unit, &[String]); 4] = [
        (Unit::Am, &v.am_variants),
        (Unit::Pm, &v.pm_variants),
        (Unit::Hours, &v.hour_words),
        (Unit::Noon, noon),
    ];
    let (unit, r) =
        units.into_iter().find_map(|(unit, words)| t.eat(any_phrase(words)).map(|(_, r)| (unit, r)))?;
    // `2 h)` is item 2 (h), not two o'clock.
    if r.len() == 1 && t.at(")") {
        return None;
    }
    *c = t;
    Some(unit)
}

/// `text[start..end]` without the gap it begins with.
pub(super) fn text_after_gap(text: &str, start: usize, end: usize) -> &str {
    text[start..end].trim_start_matches(is_gap_char)
}

pub(super) fn time_tok(c: &mut Cursor<'_>, v: &TimeVocab) -> Option<TimeTok> {
    // The noon and midnight words begin with a letter (tested): at a digit, only a number.
    let at_digit = c.rest().as_bytes().first().is_some_and(u8::is_ascii_digit);
    if !at_digit && let Some(tok) = word_time(c, v) {
        return Some(tok);
    }
    let mut t = *c;
    let start = t.pos;
    let (hour, hr) = t.eat(small_number)?;
    let leading_zero = hr.len() == 2 && t.text[hr].starts_with('0');
    let (mut minute, colon) = match minutes_after_hour(&mut t) {
        Some((m, colon)) => (Some(m), colon),
        None => (None, false),
    };
    let unit_start = t.pos;
    let unit = unit_tok(&mut t, v, hour, minute.is_some());
    // Minutes follow only a one-letter hour word (`15 h 10`): in an annex row `13 heures 12`
    // is a time and the item number 12.
    let short_unit = text_after_gap(t.text, unit_start, t.pos).chars().count() == 1;
    if unit == Some(Unit::Hours) && v.minutes_after_unit && minute.is_none() && short_unit {
        let mut u = t;
        if u.eat(gap0).is_some()
            && let Some((m, _)) = u.eat(number_of(2))
            && m < 60
            && !u.peek().is_some_and(is_letter_or_digit)
        {
            minute = Some(m);
            t = u;
        }
    }
    if unit.is_none() && t.peek().is_some_and(is_letter_or_digit) {
        return None;
    }
    let valid = match unit {
        Some(Unit::Am | Unit::Pm) => (1..=12).contains(&hour),
        _ => hour < 24 || (hour == 24 && minute.unwrap_or(0) == 0),
    };
    if !valid {
        return None;
    }
    *c = t;
    Some(TimeTok { span: start..c.pos, hour, minute, colon, leading_zero, unit, word_only: false })
}

/// The separator of a range, with its gaps: a dash (flag true) or a range word.
pub(super) fn sep_tok(c: &mut Cursor<'_>, v: &TimeVocab) -> Option<(Range<usize>, bool)> {
    let start = c.pos;
    let mut t = *c;
    t.eat(gap0)?;
    if t.eat(dash).is_some() {
        t.eat(gap0)?;
        *c = t;
        return Some((start..c.pos, true));
    }
    let mut t = *c;
    t.eat(gap1)?;
    t.eat(any_phrase(&v.range_words))?;
    t.eat(gap1)?;
    *c = t;
    Some((start..c.pos, false))
}

pub(super) fn parse_times(text: &str, start: usize, v: &TimeVocab, intro: bool) -> Option<ParsedTimes> {
    let mut c = Cursor::new(text, start);
    let t1 = time_tok(&mut c, v)?;
    let mut u = c;
    if let Some((sep, is_dash)) = sep_tok(&mut u, v)
        && (is_dash || intro || t1.unit.is_some() || t1.minute.is_some())
        && let Some(t2) = time_tok(&mut u, v).filter(|t2| t2.unit.is_some())
    {
        return Some(ParsedTimes { t1, sep: Some((sep, is_dash)), t2: Some(t2), start, end: u.pos });
    }
    t1.unit?;
    Some(ParsedTimes { t1, sep: None, t2: None, start, end: c.pos })
}

/// Start of a noon word before a range dash ending at the number at `p`: `noon–3 p.m.`.
pub(super) fn noon_word_before(text: &str, p: usize, v: &TimeVocab) -> Option<usize> {
    let e = gap_start_before(text, p);
    let d = char_before(text, e).filter(|c| matches!(c, '-' | '–' | '—'))?;
    let w = word_ending_at(text, gap_start_before(text, e - d.len_utf8()))?;
    let is_noon = v.noon.iter().chain(&v.midnight).any(|n| phrase_len(&text[w.start..], n) == Some(w.len()));
    is_noon.then_some(w.start)
}

/// True when the last word before `pos` is the last word of one of `phrases`.
pub(super) fn last_word_in(text: &str, pos: usize, phrases: &[String]) -> bool {
    let Some(w) = word_ending_at(text, gap_start_before(text, pos)) else { return false };
    let w = &text[w];
    phrases.iter().filter_map(|p| p.split(' ').next_back()).any(|last| phrase_len(w, last) == Some(w.len()))
}

/// True when a range-introducing word (`from`, `de`, `de las`) stands before `pos`.
pub(super) fn intro_before(text: &str, pos: usize, v: &TimeVocab) -> bool {
    last_word_in(text, pos, &v.range_intros)
}

/// Running-text guard for languages where an hour word also counts durations: without minutes,
/// `N horas` is a time only after `las`.
pub(super) fn plausible(text: &str, t: &ParsedTimes, v: &TimeVocab) -> bool {
    let has_minutes = t.t1.minute.is_some() || t.t2.as_ref().is_some_and(|t2| t2.minute.is_some());
    let word_only = t.t1.word_only || t.t2.as_ref().is_some_and(|t2| t2.word_only);
    v.hour_only_after.is_empty()
        || has_minutes
        || word_only
        || last_word_in(text, t.start, &v.hour_only_after)
}

pub(super) fn uses_meridiem(v: &TimeVocab) -> bool {
    !v.am.is_empty()
}

/// The value of a token, with the meridiem given (its own or the shared one of a range).
pub(super) fn value_of(tok: &TimeTok, unit: Option<Unit>, is_end: bool) -> ClockTime {
    let minute = tok.minute.unwrap_or(0);
    let hour = match unit {
        Some(Unit::Noon) => 12,
        Some(Unit::Midnight) => 24 * u32::from(is_end),
        Some(Unit::Am) => tok.hour % 12,
        Some(Unit::Pm) => tok.hour % 12 + 12,
        _ => tok.hour,
    };
    ClockTime { hour, minute }
}

/// The meridiem a range start without one takes: the end's, unless that puts it after the end
/// (`10–1 p.m.` starts at 10 a.m.).
pub(super) fn inherited_unit(t: &ParsedTimes) -> Option<Unit> {
    let t2 = t.t2.as_ref()?;
    let end = value_of(t2, t2.unit, true);
    match t2.unit {
        Some(Unit::Pm) if value_of(&t.t1, Some(Unit::Pm), false) < end => Some(Unit::Pm),
        Some(Unit::Pm | Unit::Noon) => Some(Unit::Am),
        Some(Unit::Midnight) => Some(Unit::Pm),
        u => u,
    }
}

pub(super) struct Values {
    pub(super) time: ClockTime,
    pub(super) span: Range<usize>,
}

pub(super) fn values(t: &ParsedTimes, v: &TimeVocab) -> (Values, Option<Values>) {
    let start_unit = match t.t1.unit {
        None if uses_meridiem(v) => inherited_unit(t),
        u => u,
    };
    let start = Values { time: value_of(&t.t1, start_unit, false), span: t.t1.span.clone() };
    let end = t.t2.as_ref().map(|t2| Values { time: value_of(t2, t2.unit, true), span: t2.span.clone() });
    (start, end)
}
