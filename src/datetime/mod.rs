//! Dates and times of UN agendas in English, French and Spanish: recognizing them in running
//! text and annex rows, checking them against the calendar, and normalizing their form.
//!
//! The lints of the A4xx family (A401 date validity, A402 date format, A403 the comma after a
//! weekday date's year, A404 time format, A405 range format), schedule checks (A209, A406) and
//! the annex parser build on this module. Conventions followed (from
//! `research/un-conventions.md` §2.6 and §3): `Tuesday, 17 March 2020`, `mardi 17 mars 2020`,
//! `martes 17 de marzo de 2020`; `10 a.m.`, `10.30 a.m.`, `3–6 p.m.`, `10 a.m.–1 p.m.`,
//! `10 heures`, `15 h 10`, `10.00 horas`.
//!
//! - [`calendar`]: valid dates, weekdays, year inference, no dependency.
//! - [`find_dates`], [`parse_day_label`]: dates in running text and annex day headers.
//! - [`find_times`], [`parse_time_range`], [`parse_time_range_prefix`]: times and time ranges.
//! - [`find_meeting_counts`]: stated meeting counts ("four plenary meetings over two days").
//!
//! Weekday and month names, ordinal suffixes, meridiem forms, hour words and number words are
//! data (`data/calendar.toml`). The finders only look around digits (and, for meeting counts,
//! around meeting nouns), run in linear time and allocate nothing on text without a match.
//! Text is PDF-extracted: a date or time may cross line breaks and doubled spaces.

pub mod calendar;
mod count;
mod date;
mod scan;
mod time;
mod vocab;

#[cfg(test)]
mod tests;

pub use calendar::{
    CalendarDate, Weekday, days_in_month, infer_year, is_leap_year, is_valid_date, month_name, weekday,
};
pub use count::{MeetingCount, find_meeting_counts};
pub use date::{
    DateKind, DateMatch, DatePoint, DayLabel, WeekdayMention, find_dates, parse_day_label,
    parse_day_label_prefix,
};
pub use time::{
    ClockTime, TimeMatch, TimePoint, TimeRange, find_times, parse_time_range, parse_time_range_prefix,
};

pub(crate) use scan::{char_before, is_letter};

use crate::finding::Edit;
use crate::span::Span;

/// Why a date or time is not in its standard form; each kind belongs to one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IssueKind {
    /// A402: a weekday abbreviated, misspelled or in the wrong case (`Tues.`, `Mardi` mid-sentence).
    WeekdayName,
    /// A402: a month abbreviated, misspelled or in the wrong case (`Mar.`, `17 Mars`).
    MonthName,
    /// A402: English `Tuesday 17 March` lacks the comma after the weekday.
    WeekdayComma,
    /// A402: French `mardi, 17 mars` has a comma after the weekday.
    WeekdayCommaForbidden,
    /// A402: `March 17, 2020` puts the month first.
    MonthFirst,
    /// A402: `17th March`, `2e mars`, `1.º de mayo` carry an ordinal suffix.
    OrdinalSuffix,
    /// A402: French `1 mars` is written `1er mars`.
    FirstOfMonth,
    /// A402: `07 March` has a leading zero.
    DayLeadingZero,
    /// A402: Spanish `17 marzo 2020` lacks `de`.
    MissingDe,
    /// A402: `17 March, 2020` has a comma before the year.
    CommaBeforeYear,
    /// A403: `Tuesday, 17 March 2020 at 10 a.m.` lacks the comma after the year.
    ClauseComma,
    /// A404: `10:30` has a colon between hours and minutes.
    TimeSeparator,
    /// A404: `10.00 a.m.` writes zero minutes.
    ZeroMinutes,
    /// A404: Spanish `10 horas` is written `10.00 horas`.
    MissingMinutes,
    /// A404: `10 AM`, `10am`, `10 a.m` instead of `10 a.m.`.
    MeridiemForm,
    /// A404: French `10h`, Spanish `10.00 h` instead of the standard hour word.
    HourWord,
    /// A404: `12 p.m.` (or `12 noon`) is written `noon`.
    Noon,
    /// A404: `12 a.m.` is written `midnight`.
    Midnight,
    /// A404: `09.30 a.m.` has a leading zero.
    HourLeadingZero,
    /// A404: another departure from the standard time form.
    TimeForm,
    /// A405: a range written with a hyphen or another dash instead of an en dash.
    RangeDash,
    /// A405: `10 a.m. – 1 p.m.` has spaces around the dash.
    SpacedRangeDash,
    /// A405: `3 p.m.–6 p.m.` repeats the shared `p.m.`.
    RepeatedMeridiem,
    /// A405: `10–1 p.m.` leaves out the start's `a.m.`.
    MissingMeridiem,
    /// A405: `from 3–6 p.m.`, `from 15–19 October`: after `from`, the ends are joined by `to`.
    DashAfterIntro,
}

impl IssueKind {
    /// Code of the rule reporting this kind, `A402`.
    pub fn rule(self) -> &'static str {
        use IssueKind::*;
        match self {
            WeekdayName
            | MonthName
            | WeekdayComma
            | WeekdayCommaForbidden
            | MonthFirst
            | OrdinalSuffix
            | FirstOfMonth
            | DayLeadingZero
            | MissingDe
            | CommaBeforeYear => "A402",
            ClauseComma => "A403",
            TimeSeparator | ZeroMinutes | MissingMinutes | MeridiemForm | HourWord | Noon | Midnight
            | HourLeadingZero | TimeForm => "A404",
            RangeDash | SpacedRangeDash | RepeatedMeridiem | MissingMeridiem | DashAfterIntro => "A405",
        }
    }

    /// A lower-case message fragment without final period, for a diagnostic.
    pub fn message(self) -> &'static str {
        use IssueKind::*;
        match self {
            WeekdayName => "weekday name not in its standard form",
            MonthName => "month name not in its standard form",
            WeekdayComma => "missing comma after the weekday",
            WeekdayCommaForbidden => "comma after the weekday",
            MonthFirst => "month written before the day",
            OrdinalSuffix => "ordinal suffix on the day",
            FirstOfMonth => "first of the month without its ordinal",
            DayLeadingZero => "leading zero in the day",
            MissingDe => "missing `de` in the date",
            CommaBeforeYear => "comma before the year",
            ClauseComma => "missing comma after the year of a weekday date",
            TimeSeparator => "colon between hours and minutes",
            ZeroMinutes => "zero minutes written out",
            MissingMinutes => "minutes not written out",
            MeridiemForm => "nonstandard form of `a.m.` or `p.m.`",
            HourWord => "nonstandard hour word",
            Noon => "noon written as a number",
            Midnight => "midnight written as a number",
            HourLeadingZero => "leading zero in the hour",
            TimeForm => "nonstandard time form",
            RangeDash => "range not written with an en dash",
            SpacedRangeDash => "spaces around the range dash",
            RepeatedMeridiem => "`a.m.` or `p.m.` repeated in a range",
            MissingMeridiem => "start of the range without its `a.m.`",
            DashAfterIntro => "dash in a range introduced by a word",
        }
    }
}

/// One departure from the standard form, with the edit that repairs it. The edits of one match
/// never overlap and are in text order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatIssue {
    /// What is wrong (and so which rule reports it).
    pub kind: IssueKind,
    /// The repair: replace `edit.span` (absolute, offset by `base`) with `edit.replacement`.
    pub edit: Edit,
}

impl FormatIssue {
    fn new(kind: IssueKind, span: Span, replacement: impl Into<String>) -> Self {
        FormatIssue { kind, edit: Edit { span, replacement: replacement.into() } }
    }
}

/// The text of `span` (absolute, with `text` starting at `base`) with those `issues` whose edit
/// lies inside `span` applied. Edits are expected in text order and not overlapping, as the
/// finders give them; an edit out of order or out of bounds is skipped.
pub fn apply_issues(text: &str, base: usize, span: Span, issues: &[FormatIssue]) -> String {
    let local = |at: usize| at.checked_sub(base).filter(|&i| i <= text.len() && text.is_char_boundary(i));
    let (Some(start), Some(end)) = (local(span.start), local(span.end)) else { return String::new() };
    let mut out = String::new();
    let mut pos = start;
    for issue in issues {
        let (Some(s), Some(e)) = (local(issue.edit.span.start), local(issue.edit.span.end)) else { continue };
        if s < pos || e > end || s > e {
            continue;
        }
        out.push_str(&text[pos..s]);
        out.push_str(&issue.edit.replacement);
        pos = e;
    }
    out.push_str(text.get(pos..end).unwrap_or(""));
    out
}
