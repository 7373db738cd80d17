//! Proleptic Gregorian calendar arithmetic: valid dates, weekdays, day stepping and year
//! inference for annex day headers that print no year.
//!
//! No dependency is needed: Sakamoto's method gives the weekday, and a date range of an agenda
//! is a few days long, so stepping one day at a time is enough.

use std::fmt;

use crate::model::Language;

use super::vocab::vocab;

/// A day of the week, Monday first (ISO 8601 order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    /// All weekdays, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The weekday with ISO index `i` (0 = Monday … 6 = Sunday), taken modulo 7.
    pub fn from_index(i: usize) -> Weekday {
        Weekday::ALL[i % 7]
    }

    /// ISO index, 0 = Monday … 6 = Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    /// English name in lower case, `tuesday`: the form of the JSON contract (`Day.weekday`).
    pub fn name(self) -> &'static str {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][self.index()]
    }

    /// The name as written in running text of `lang` (`Tuesday`, `mardi`, `martes`).
    pub fn name_in(self, lang: Language) -> &'static str {
        &vocab(lang).weekdays[self.index()]
    }

    /// Parse the English lower-case name given by [`Weekday::name`].
    pub fn from_name(name: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|w| w.name() == name)
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The month name (1–12) as written in running text of `lang`; `None` for a month out of range.
pub fn month_name(month: u32, lang: Language) -> Option<&'static str> {
    let i = usize::try_from(month).ok()?.checked_sub(1)?;
    vocab(lang).months.get(i).map(String::as_str)
}

/// True for a leap year of the proleptic Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Number of days of `month` (1–12) in `year`; 0 for a month out of range.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// True when `day` `month` `year` exists: no 31 April, no 29 February 2019.
pub fn is_valid_date(year: i32, month: u32, day: u32) -> bool {
    day >= 1 && day <= days_in_month(year, month)
}

/// The weekday of a date, by Sakamoto's method. The date is not checked: an invalid date gives
/// the weekday of the day it would overflow to (31 April is 1 May's weekday).
pub fn weekday(year: i32, month: u32, day: u32) -> Weekday {
    const T: [i64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let m = month.clamp(1, 12);
    let y = i64::from(year) - i64::from(m < 3);
    let d = i64::from(day);
    let sunday_first =
        (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + T[m as usize - 1] + d).rem_euclid(7);
    // Sakamoto counts from Sunday; the ISO order counts from Monday.
    Weekday::from_index(((sunday_first + 6) % 7) as usize)
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    /// Year, `2020`.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

impl CalendarDate {
    /// A date when it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<CalendarDate> {
        is_valid_date(year, month, day).then_some(CalendarDate { year, month, day })
    }

    /// Its weekday.
    pub fn weekday(self) -> Weekday {
        weekday(self.year, self.month, self.day)
    }

    /// The next day.
    pub fn succ(self) -> CalendarDate {
        if self.day < days_in_month(self.year, self.month) {
            CalendarDate { day: self.day + 1, ..self }
        } else if self.month < 12 {
            CalendarDate { month: self.month + 1, day: 1, ..self }
        } else {
            CalendarDate { year: self.year + 1, month: 1, day: 1 }
        }
    }

    /// ISO 8601 form, `2020-03-17`.
    pub fn iso(self) -> String {
        self.to_string()
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The year of a date printed without one (an annex day header `Tuesday, 17 March`), chosen
/// among candidate years `hints`, in their order of preference (for example the years of the
/// session dates of the document, most relevant first).
///
/// - Candidates where the date does not exist (29 February in a common year) are dropped.
/// - With a stated `weekday`, the first candidate where the date falls on that weekday is
///   returned; `None` when it falls on it in no candidate (a weekday mismatch, A401).
/// - Without a weekday, the first remaining candidate is returned.
/// - `None` when no candidate is left.
///
/// A date falls on the same weekday only every five to eleven years, so among the one or two
/// years of an agenda at most one fits.
pub fn infer_year(day: u32, month: u32, weekday: Option<Weekday>, hints: &[i32]) -> Option<i32> {
    hints
        .iter()
        .copied()
        .filter(|&y| is_valid_date(y, month, day))
        .find(|&y| weekday.is_none_or(|w| self::weekday(y, month, day) == w))
}
