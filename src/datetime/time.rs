//! Times and time ranges in running text and annex rows (`10 a.m.`, `10.30 a.m.`, `3–6 p.m.`,
//! `10 a.m.–1 p.m.`, `10 heures`, `15 h 10`, `10 heures-13 heures`, `10.00 horas`, `de las 10.00
//! a las 13.00 horas`), their 24-hour values, and the edits that bring them to the UN form
//! (A404, A405).
//!
//! The grammar, tried at each one- or two-digit number:
//!
//! ```text
//! times = time [separator time]            (* the last time carries a unit *)
//! time  = noon-word | hour [("." | ":") minutes] [gap unit [gap minutes]]
//! unit  = meridiem | hour-word | noon-word            (* "12 noon" *)
//! separator = gap? dash gap? | gap range-word gap
//! ```
//!
//! A number without a unit is never a time on its own, which keeps `paragraph 3.5`,
//! `resolution 9/2` and symbols out. A range joined by a word (`3 a 10.00 horas`) needs a unit
//! or minutes on its start, or an introducing word (`de las`, `from`) before it.

use std::fmt;
use std::ops::Range;

use crate::model::Language;
use crate::span::Span;

use super::scan::{
    Cursor, any_phrase, char_before, dash, fold_spaces, gap_start_before, gap0, gap1, is_gap_char,
    may_continue_after_number, number_of, only_space_after, phrase_len, scan_numbers, small_number,
    word_ending_at,
};
use super::vocab::{TimeVocab, intro_connector, vocab};
use super::{FormatIssue, IssueKind, apply_issues};

/// A time of day on the 24-hour clock; `24:00` ends a range at midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    /// Hour, 0–24.
    pub hour: u32,
    /// Minute, 0–59.
    pub minute: u32,
}

impl ClockTime {
    /// `HH:MM`, the form of the JSON contract (`Slot.start`), `10:00`.
    pub fn hhmm(self) -> String {
        self.to_string()
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u32 {
        self.hour * 60 + self.minute
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// One time of a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimePoint {
    /// Its 24-hour value.
    pub time: ClockTime,
    /// The time as printed, with its unit when it has one.
    pub span: Span,
}

/// A time or time range found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMatch {
    /// From the first time to the end of the last one's unit; an introducing word (`from`,
    /// `de las`) is not included.
    pub span: Span,
    /// The (first) time.
    pub start: TimePoint,
    /// The end of a range.
    pub end: Option<TimePoint>,
    /// Departures from the standard form with their repairs (A404, A405), in text order.
    pub issues: Vec<FormatIssue>,
}

impl TimeMatch {
    /// The text of the match with its repairs applied; `None` when it has none. `text` and
    /// `base` are those given to [`find_times`].
    pub fn replacement(&self, text: &str, base: usize) -> Option<String> {
        (!self.issues.is_empty()).then(|| apply_issues(text, base, self.span, &self.issues))
    }
}

/// A time or time range read from an annex cell; `span` is a byte range into the string given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    /// Start (or the only time).
    pub start: ClockTime,
    /// End of a range.
    pub end: Option<ClockTime>,
    /// The time or range, without an introducing word.
    pub span: Span,
}

impl TimeRange {
    /// Start as `HH:MM`.
    pub fn start_hhmm(&self) -> String {
        self.start.hhmm()
    }

    /// End as `HH:MM`.
    pub fn end_hhmm(&self) -> Option<String> {
        self.end.map(ClockTime::hhmm)
    }
}

/// Every time and time range of `text`, in order and not overlapping; spans are offset by
/// `base`.
pub fn find_times(text: &str, base: usize, lang: Language) -> Vec<TimeMatch> {
    let v = &vocab(lang).times;
    scan_numbers(text, |p, run_end, floor| {
        if !may_continue_after_number(text, run_end, true) {
            return None;
        }
        // `noon–3 p.m.` starts before the number.
        let noon_start = noon_word_before(text, p, v).filter(|&s| s >= floor);
        let parsed = noon_start
            .and_then(|s| parse_times(text, s, v, intro_before(text, s, v)))
            .or_else(|| parse_times(text, p, v, intro_before(text, p, v)))
            .filter(|t| plausible(text, t, v))?;
        Some((parsed.end, build(text, base, v, &parsed)))
    })
}

/// A time or time range filling `s` (surrounding whitespace and an introducing word such as
/// `from` or `de las` allowed): an annex time cell.
pub fn parse_time_range(s: &str, lang: Language) -> Option<TimeRange> {
    let (range, end) = parse_time_range_prefix(s, lang)?;
    only_space_after(s, end).then_some(range)
}

/// A time or time range at the start of `s` (after whitespace and an introducing word), and
/// the offset just past it: annex rows read `10 a.m.–1 p.m. 1 (a) Opening of the meeting`.
pub fn parse_time_range_prefix(s: &str, lang: Language) -> Option<(TimeRange, usize)> {
    let v = &vocab(lang).times;
    let mut c = Cursor::new(s, s.len() - s.trim_start_matches(is_gap_char).len());
    let mut u = c;
    if u.eat(any_phrase(&v.range_intros)).is_some() && u.eat(gap1).is_some() {
        c = u;
    }
    let t = parse_times(s, c.pos, v, true)?;
    let (start, end) = values(&t, v);
    Some((TimeRange { start: start.time, end: end.map(|e| e.time), span: Span::new(t.start, t.end) }, t.end))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Am,
    Pm,
    Hours,
    Noon,
    Midnight,
}

struct TimeTok {
    span: Range<usize>,
    /// Hour as printed (12 for a noon word, 0 for a midnight word).
    hour: u32,
    minute: Option<u32>,
    colon: bool,
    leading_zero: bool,
    unit: Option<Unit>,
    /// `noon`, `midi`: a word without a number.
    word_only: bool,
}

struct ParsedTimes {
    t1: TimeTok,
    /// The separator with its gaps, and whether it is a dash.
    sep: Option<(Range<usize>, bool)>,
    t2: Option<TimeTok>,
    start: usize,
    end: usize,
}

fn word_time(c: &mut Cursor<'_>, v: &TimeVocab) -> Option<TimeTok> {
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
fn minutes_after_hour(c: &mut Cursor<'_>) -> Option<(u32, bool)> {
    let mut t = *c;
    let sep = t.peek().filter(|ch| matches!(ch, '.' | ':'))?;
    t.pos += 1;
    let (m, _) = t.eat(number_of(2))?;
    let longer = t.at(".") && t.rest()[1..].starts_with(|ch: char| ch.is_ascii_digit());
    if m >= 60 || longer || t.peek().is_some_and(char::is_alphanumeric) {
        return None;
    }
    *c = t;
    Some((m, sep == ':'))
}

fn unit_tok(c: &mut Cursor<'_>, v: &TimeVocab, hour: u32, has_minutes: bool) -> Option<Unit> {
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
fn text_after_gap(text: &str, start: usize, end: usize) -> &str {
    text[start..end].trim_start_matches(is_gap_char)
}

fn time_tok(c: &mut Cursor<'_>, v: &TimeVocab) -> Option<TimeTok> {
    if let Some(tok) = word_time(c, v) {
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
            && !u.peek().is_some_and(char::is_alphanumeric)
        {
            minute = Some(m);
            t = u;
        }
    }
    if unit.is_none() && t.peek().is_some_and(char::is_alphanumeric) {
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
fn sep_tok(c: &mut Cursor<'_>, v: &TimeVocab) -> Option<(Range<usize>, bool)> {
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

fn parse_times(text: &str, start: usize, v: &TimeVocab, intro: bool) -> Option<ParsedTimes> {
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
fn noon_word_before(text: &str, p: usize, v: &TimeVocab) -> Option<usize> {
    let e = gap_start_before(text, p);
    let d = char_before(text, e).filter(|c| matches!(c, '-' | '–' | '—'))?;
    let w = word_ending_at(text, gap_start_before(text, e - d.len_utf8()))?;
    let is_noon = v.noon.iter().chain(&v.midnight).any(|n| phrase_len(&text[w.start..], n) == Some(w.len()));
    is_noon.then_some(w.start)
}

/// True when the last word before `pos` is the last word of one of `phrases`.
fn last_word_in(text: &str, pos: usize, phrases: &[String]) -> bool {
    let Some(w) = word_ending_at(text, gap_start_before(text, pos)) else { return false };
    let w = &text[w];
    phrases.iter().filter_map(|p| p.split(' ').next_back()).any(|last| phrase_len(w, last) == Some(w.len()))
}

/// True when a range-introducing word (`from`, `de`, `de las`) stands before `pos`.
fn intro_before(text: &str, pos: usize, v: &TimeVocab) -> bool {
    last_word_in(text, pos, &v.range_intros)
}

/// Running-text guard for languages where an hour word also counts durations: without minutes,
/// `N horas` is a time only after `las`.
fn plausible(text: &str, t: &ParsedTimes, v: &TimeVocab) -> bool {
    let has_minutes = t.t1.minute.is_some() || t.t2.as_ref().is_some_and(|t2| t2.minute.is_some());
    let word_only = t.t1.word_only || t.t2.as_ref().is_some_and(|t2| t2.word_only);
    v.hour_only_after.is_empty()
        || has_minutes
        || word_only
        || last_word_in(text, t.start, &v.hour_only_after)
}

fn uses_meridiem(v: &TimeVocab) -> bool {
    !v.am.is_empty()
}

/// The value of a token, with the meridiem given (its own or the shared one of a range).
fn value_of(tok: &TimeTok, unit: Option<Unit>, is_end: bool) -> ClockTime {
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
fn inherited_unit(t: &ParsedTimes) -> Option<Unit> {
    let t2 = t.t2.as_ref()?;
    let end = value_of(t2, t2.unit, true);
    match t2.unit {
        Some(Unit::Pm) if value_of(&t.t1, Some(Unit::Pm), false) < end => Some(Unit::Pm),
        Some(Unit::Pm | Unit::Noon) => Some(Unit::Am),
        Some(Unit::Midnight) => Some(Unit::Pm),
        u => u,
    }
}

struct Values {
    time: ClockTime,
    span: Range<usize>,
}

fn values(t: &ParsedTimes, v: &TimeVocab) -> (Values, Option<Values>) {
    let start_unit = match t.t1.unit {
        None if uses_meridiem(v) => inherited_unit(t),
        u => u,
    };
    let start = Values { time: value_of(&t.t1, start_unit, false), span: t.t1.span.clone() };
    let end = t.t2.as_ref().map(|t2| Values { time: value_of(t2, t2.unit, true), span: t2.span.clone() });
    (start, end)
}

/// `template` with `{h}`, `{mm}` and `{m}` filled in.
fn render(template: &str, hour: u32, minute: u32, meridiem: &str) -> String {
    template
        .replace("{h}", &hour.to_string())
        .replace("{mm}", &format!("{minute:02}"))
        .replace("{m}", meridiem)
}

/// The standard form of a token: `with_unit` false for the start of a range sharing its unit.
fn canonical(tok: &TimeTok, unit: Option<Unit>, with_unit: bool, v: &TimeVocab) -> String {
    let first = |words: &[String]| words.first().cloned().unwrap_or_default();
    let minute = tok.minute.unwrap_or(0);
    let twelve = v.noon_replaces_12 && tok.hour == 12 && minute == 0 && with_unit;
    match unit {
        Some(Unit::Noon) if tok.word_only || tok.hour == 12 => return first(&v.noon),
        Some(Unit::Midnight) if tok.word_only => return first(&v.midnight),
        Some(Unit::Pm) if twelve => return first(&v.noon),
        Some(Unit::Am) if twelve => return first(&v.midnight),
        _ => {}
    }
    let meridiem = match unit {
        Some(Unit::Am) => v.am.as_str(),
        Some(Unit::Pm) => v.pm.as_str(),
        _ => "",
    };
    let template = match (with_unit, minute) {
        (true, 0) => &v.whole,
        (true, _) => &v.with_minutes,
        (false, 0) => &v.bare_whole,
        (false, _) => &v.bare_with_minutes,
    };
    render(template, tok.hour, minute, meridiem)
}

/// Why a printed token differs from its standard form.
fn diagnose(tok: &TimeTok, printed: &str, fixed: &str, v: &TimeVocab) -> IssueKind {
    let has_digits = printed.starts_with(|c: char| c.is_ascii_digit());
    if v.noon.first().is_some_and(|n| n == fixed) && has_digits {
        IssueKind::Noon
    } else if v.midnight.first().is_some_and(|n| n == fixed) && has_digits {
        IssueKind::Midnight
    } else if tok.colon {
        IssueKind::TimeSeparator
    } else if tok.leading_zero {
        IssueKind::HourLeadingZero
    } else if tok.minute == Some(0) && !fixed.contains(".00") {
        IssueKind::ZeroMinutes
    } else if tok.minute.is_none() && fixed.contains(".00") {
        IssueKind::MissingMinutes
    } else {
        match tok.unit {
            Some(Unit::Am | Unit::Pm) => IssueKind::MeridiemForm,
            Some(Unit::Hours) => IssueKind::HourWord,
            _ => IssueKind::TimeForm,
        }
    }
}

fn build(text: &str, base: usize, v: &TimeVocab, t: &ParsedTimes) -> TimeMatch {
    let sp = |r: &Range<usize>| Span::new(r.start + base, r.end + base);
    let mut issues = Vec::new();
    let token_issue = |tok: &TimeTok, unit: Option<Unit>, with_unit: bool, forced: Option<IssueKind>| {
        let printed = fold_spaces(&text[tok.span.clone()]);
        let mut fixed = canonical(tok, unit, with_unit, v);
        if printed == fixed {
            return None;
        }
        let kind = forced.unwrap_or_else(|| diagnose(tok, &printed, &fixed, v));
        // `10 am.` ends a sentence: its full stop also ends `a.m.`.
        if fixed.ends_with('.') && text[tok.span.end..].starts_with('.') {
            fixed.pop();
        }
        Some(FormatIssue::new(kind, sp(&tok.span), fixed))
    };
    let t2_unit = t.t2.as_ref().and_then(|t2| t2.unit);
    let dash_sep = t.sep.as_ref().is_some_and(|(_, d)| *d);
    let first = match t.t1.unit {
        Some(u @ (Unit::Am | Unit::Pm)) if v.shared_meridiem && dash_sep && t2_unit == Some(u) => {
            // `12 p.m.–3 p.m.` becomes `noon–3 p.m.`, not `12–3 p.m.`.
            let full = canonical(&t.t1, Some(u), true, v);
            if v.noon.contains(&full) || v.midnight.contains(&full) {
                token_issue(&t.t1, Some(u), true, None)
            } else {
                token_issue(&t.t1, Some(u), false, Some(IssueKind::RepeatedMeridiem))
            }
        }
        None if uses_meridiem(v) && t.t2.is_some() => {
            let inherited = inherited_unit(t);
            if inherited != t2_unit && t2_unit != Some(Unit::Midnight) {
                token_issue(&t.t1, inherited, true, Some(IssueKind::MissingMeridiem))
            } else {
                token_issue(&t.t1, inherited, false, None)
            }
        }
        u => token_issue(&t.t1, u, u.is_some(), None),
    };
    issues.extend(first);
    if let Some((sep, true)) = &t.sep {
        let printed = &text[sep.clone()];
        if let Some(joint) = intro_connector(text, t.start, &v.intro_connectors) {
            issues.push(FormatIssue::new(IssueKind::DashAfterIntro, sp(sep), format!(" {joint} ")));
        } else if !v.range_dash.is_empty() && printed != v.range_dash {
            let kind = if printed.chars().any(is_gap_char) {
                IssueKind::SpacedRangeDash
            } else {
                IssueKind::RangeDash
            };
            issues.push(FormatIssue::new(kind, sp(sep), v.range_dash.clone()));
        }
    }
    if let Some(t2) = &t.t2 {
        issues.extend(token_issue(t2, t2.unit, true, None));
    }
    let (start, end) = values(t, v);
    let point = |x: Values| TimePoint { time: x.time, span: sp(&x.span) };
    TimeMatch {
        span: Span::new(t.start + base, t.end + base),
        start: point(start),
        end: end.map(point),
        issues,
    }
}
