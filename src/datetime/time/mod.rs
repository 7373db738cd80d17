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

mod grammar;
mod repair;

use std::fmt;

use crate::model::Language;
use crate::span::Span;

use super::scan::{
    Cursor, any_phrase, char_after_number, gap1, is_gap_char, may_continue_with, number_may_go_on,
    only_space_after, scan_numbers,
};
use super::vocab::vocab;
use super::{FormatIssue, apply_issues};
use grammar::{intro_before, noon_word_before, parse_times, plausible, values};
use repair::build;

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
        // A unit or a range must follow the hour and minutes (the parse fails without).
        let next = char_after_number(text, run_end, true);
        if !next.is_some_and(|c| may_continue_with(c) && v.after_hour.admits(c)) {
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
    // Most rows that begin with a number begin with an item number, not a time.
    if !number_may_go_on(s, c.pos, true, v.after_hour) {
        return None;
    }
    let t = parse_times(s, c.pos, v, true)?;
    let (start, end) = values(&t, v);
    Some((TimeRange { start: start.time, end: end.map(|e| e.time), span: Span::new(t.start, t.end) }, t.end))
}
