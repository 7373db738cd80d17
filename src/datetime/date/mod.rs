//! Dates in running text (`Tuesday, 17 March 2020`, `17 and 18 March 2020`, `15–19 October
//! 2018`, `2 y 3 de mayo de 2018`, `March 17, 2020`) and annex day headers (`mardi 17 mars`),
//! with the spans of their parts and the edits that bring them to the UN form (A402, A403, A405).
//!
//! The grammar, tried at each day number (the pre-filter: digit runs of one or two digits):
//!
//! ```text
//! date      = dmy | mdy                                    (* mdy: English only *)
//! dmy       = [weekday] day connector [weekday] day month [year]        (* shared month *)
//!           | [weekday] day month [year] [connector [weekday] day month [year]]
//! mdy       = [weekday] month day [connector day] [year]
//! weekday   = name [","] gap          day   = 1*2digit [ordinal-suffix]
//! month     = gap [month-link gap] name                   (* month-link: Spanish "de" *)
//! year      = [","] gap [year-link gap] 4digit
//! connector = gap? dash gap? | gap (pair-word | range-word) gap
//! ```
//!
//! Names, suffixes, links and connector words come from `data/calendar.toml`.

mod grammar;
mod repair;

use std::ops::Range;

use crate::model::Language;
use crate::span::Span;

use super::calendar::{CalendarDate, Weekday, is_valid_date, weekday};
use super::scan::{is_gap_char, number_may_go_on, only_space_after, scan_numbers};
use super::vocab::vocab;
use super::{FormatIssue, IssueKind, apply_issues};
use crate::bytes::has_digit;
use grammar::{parse_at, parse_dmy, parse_mdy, plausible_in_text};
use repair::build;

/// A weekday as printed before a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekdayMention {
    /// The weekday named.
    pub weekday: Weekday,
    /// The name as printed (with the full stop of an abbreviation).
    pub span: Span,
}

/// One day of a date expression. In a pair or range the parts printed once (`March 2020` in
/// `17 and 18 March 2020`) are given to both days, with the same span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePoint {
    /// The weekday printed before the day, if any.
    pub weekday: Option<WeekdayMention>,
    /// Day of the month as printed, 1–31 (the date may still not exist: 31 April).
    pub day: u32,
    /// The day number with any ordinal suffix.
    pub day_span: Span,
    /// Month, 1–12.
    pub month: u32,
    /// The month name.
    pub month_span: Span,
    /// Year, printed or carried over from the end of a range (`30 December–2 January 2020`
    /// gives the start 2019).
    pub year: Option<i32>,
    /// Where the year is printed; `None` when none is printed or the year is carried over.
    pub year_span: Option<Span>,
}

impl DatePoint {
    /// The date, when the year is known and the date exists.
    pub fn date(&self) -> Option<CalendarDate> {
        CalendarDate::new(self.year?, self.month, self.day)
    }

    /// False for a date that does not exist (31 April; 29 February in a common year). Without
    /// a year, 29 February counts as valid.
    pub fn is_valid(&self) -> bool {
        is_valid_date(self.year.unwrap_or(2000), self.month, self.day)
    }

    /// The actual weekday, when a weekday is printed and the date in `year` falls on another
    /// (A401). `None` when it matches, when no weekday is printed or the date does not exist.
    pub fn weekday_mismatch_in(&self, year: i32) -> Option<Weekday> {
        let stated = self.weekday?.weekday;
        let actual = weekday(year, self.month, self.day);
        (is_valid_date(year, self.month, self.day) && actual != stated).then_some(actual)
    }

    /// [`DatePoint::weekday_mismatch_in`] the date's own year; `None` without a year.
    pub fn weekday_mismatch(&self) -> Option<Weekday> {
        self.weekday_mismatch_in(self.year?)
    }
}

/// How many days a date expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// One day.
    Single,
    /// Two days: `17 and 18 March`, `2 y 3 de mayo`.
    Pair,
    /// Every day from the start to the end: `15–19 October`, `15 a 19 de octubre`.
    Range,
}

/// A date expression found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// From the first part (weekday, day or month) to the last (year, month or day).
    pub span: Span,
    /// One day, a pair or a range.
    pub kind: DateKind,
    /// The (first) day.
    pub start: DatePoint,
    /// The second day of a pair or the last of a range.
    pub end: Option<DatePoint>,
    /// Departures from the standard form with their repairs (A402, A403, A405), in text order.
    pub issues: Vec<FormatIssue>,
}

impl DateMatch {
    /// The days named, one or two.
    pub fn points(&self) -> impl Iterator<Item = &DatePoint> {
        std::iter::once(&self.start).chain(self.end.as_ref())
    }

    /// The year printed last (the year of the expression).
    pub fn year(&self) -> Option<i32> {
        self.end.as_ref().and_then(|e| e.year).or(self.start.year)
    }

    /// Every day named, in order: one, the two of a pair, or each day of a range (at most 366).
    /// Days without a year take `default_year`; days that do not exist are left out.
    pub fn days(&self, default_year: i32) -> Vec<CalendarDate> {
        let day = |p: &DatePoint| CalendarDate::new(p.year.unwrap_or(default_year), p.month, p.day);
        let first = day(&self.start);
        let last = self.end.as_ref().and_then(day);
        match (self.kind, first, last) {
            (DateKind::Range, Some(a), Some(b)) if a <= b => {
                std::iter::successors(Some(a), |d| (*d < b).then(|| d.succ())).take(366).collect()
            }
            _ => first.into_iter().chain(last).collect(),
        }
    }

    /// The text of the date with its A402 and A405 repairs applied; `None` when it has none.
    /// `text` and `base` are those given to [`find_dates`].
    pub fn replacement(&self, text: &str, base: usize) -> Option<String> {
        let edits: Vec<FormatIssue> =
            self.issues.iter().filter(|i| i.kind != IssueKind::ClauseComma).cloned().collect();
        (!edits.is_empty()).then(|| apply_issues(text, base, self.span, &edits))
    }

    /// A403: where a comma goes after the year (an absolute offset), when a weekday date with
    /// a year runs on into a clause without one (`Tuesday, 17 March 2020 at 10 a.m.`).
    pub fn clause_comma(&self) -> Option<usize> {
        self.issues.iter().find(|i| i.kind == IssueKind::ClauseComma).map(|i| i.edit.span.start)
    }
}

/// An annex day header: `Tuesday, 17 March`, `mardi 17 mars`, `martes 17 de marzo`, maybe with
/// a year. Spans are byte ranges into the string given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayLabel {
    /// The weekday printed, if any.
    pub weekday: Option<Weekday>,
    /// Day of the month.
    pub day: u32,
    /// Month, 1–12.
    pub month: u32,
    /// Year, if printed.
    pub year: Option<i32>,
    /// The label without surrounding whitespace.
    pub span: Span,
    /// The weekday name.
    pub weekday_span: Option<Span>,
    /// The day number.
    pub day_span: Span,
    /// The month name.
    pub month_span: Span,
    /// The year.
    pub year_span: Option<Span>,
}

/// Every date expression of `text`, in order and not overlapping; spans are offset by `base`.
/// `lang` chooses the names and the standard form the issues are measured against.
pub fn find_dates(text: &str, base: usize, lang: Language) -> Vec<DateMatch> {
    let v = &vocab(lang).dates;
    scan_numbers(text, |p, run_end, floor| {
        let parsed = parse_at(text, p, run_end, floor, v).filter(|d| plausible_in_text(text, v, d))?;
        Some((parsed.end, build(text, base, v, parsed)))
    })
}

/// An annex day header filling `s` (surrounding whitespace allowed). Case and commas are not
/// checked here: that is A402's business on running text.
pub fn parse_day_label(s: &str, lang: Language) -> Option<DayLabel> {
    let (label, end) = parse_day_label_prefix(s, lang)?;
    only_space_after(s, end).then_some(label)
}

/// An annex day header at the start of `s` (after any whitespace), and the offset just past it,
/// for rows where the header shares a line with what follows.
pub fn parse_day_label_prefix(s: &str, lang: Language) -> Option<(DayLabel, usize)> {
    // Every label has a day number: most lines of a schedule have no digit at all.
    if !has_digit(s) {
        return None;
    }
    let v = &vocab(lang).dates;
    let start = s.len() - s.trim_start_matches(is_gap_char).len();
    // A label that begins with its day number goes on as a day-first date does: most rows
    // begin with a time (`3 p.m.`, `10.30`) instead.
    if !number_may_go_on(s, start, false, v.after_day) {
        return None;
    }
    let p = parse_dmy(s, start, v)
        .or_else(|| v.month_first.then(|| parse_mdy(s, start, v)).flatten())
        .filter(|p| p.conn.is_none())?;
    let sp = |r: &Range<usize>| Span::new(r.start, r.end);
    let label = DayLabel {
        weekday: p.wd1.as_ref().map(|w| w.weekday),
        day: p.d1.value,
        month: p.month.month,
        year: p.year.as_ref().map(|y| y.year),
        span: Span::new(p.start, p.end),
        weekday_span: p.wd1.as_ref().map(|w| sp(&w.span)),
        day_span: sp(&p.d1.span),
        month_span: sp(&p.month.span),
        year_span: p.year.as_ref().map(|y| sp(&y.span)),
    };
    Some((label, p.end))
}
