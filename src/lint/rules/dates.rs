//! A4xx: dates, times and the chronology of the annex.

use crate::declare_rule;
use crate::lint::{Context, Emitter};

declare_rule! {
    /// The date exists and its weekday is right.
    ///
    /// ## What it checks
    /// Dates in the text and the annex exist (no 31 April, no 29 February 2019) and a weekday
    /// written with a date is the weekday of that date. English, French and Spanish names are
    /// read; annex days without a year take the year of the session.
    ///
    /// ## Why
    /// A weekday that does not fit its date sends delegates to the wrong meeting.
    ///
    /// ## Example
    /// `Monday, 17 March 2020` (17 March 2020 was a Tuesday).
    ///
    /// ## How to fix
    /// Correct the weekday or the date; the finding says which weekday the date falls on.
    pub static A401 = { code: "A401", name: "date-validity", family: Dates, severity: Error, fix: Display };
}

declare_rule! {
    /// Dates are written `17 March 2020`: no ordinals, no `March 17, 2020`.
    ///
    /// ## What it checks
    /// English dates are day, month in full, year, without an ordinal suffix or a comma; French
    /// `17 mars 2020` and Spanish `17 de marzo de 2020` likewise.
    ///
    /// ## Why
    /// The UN writes dates day-month-year in every language.
    ///
    /// ## Example
    /// `March 17, 2020`, `17th March 2020`.
    ///
    /// ## How to fix
    /// Rewrite the date (the fix does it).
    pub static A402 = { code: "A402", name: "date-format", family: Dates, severity: Warning, fix: Safe };
}

declare_rule! {
    /// A weekday date followed by a clause takes a comma after the year.
    ///
    /// ## What it checks
    /// In English running text, a date with a weekday that is followed by a time or clause has a
    /// comma after the year: `on Tuesday, 17 March 2020, at 10 a.m.`
    ///
    /// ## Why
    /// This is the form of UN documents (A/57/150, A/CONF.234/1/Rev.1).
    ///
    /// ## Example
    /// `opened on Tuesday, 17 March 2020 at 10 a.m.`
    ///
    /// ## How to fix
    /// Insert the comma (the fix does it).
    pub static A403 = { code: "A403", name: "date-clause-comma", family: Dates, severity: Info, fix: Safe };
}

declare_rule! {
    /// Times are written `10 a.m.`, `10.30 a.m.`, not `10:30 AM`.
    ///
    /// ## What it checks
    /// English times use lower-case `a.m.`/`p.m.` with full stops, a full stop between hours
    /// and minutes, and no `:00`; French writes `10 heures`, `15 h 10`; Spanish `10.00 horas`.
    ///
    /// ## Why
    /// These are the forms of UN documents in each language.
    ///
    /// ## Example
    /// `10:30 AM`, `10.00 a.m.`
    ///
    /// ## How to fix
    /// Rewrite the time (the fix does it).
    pub static A404 = { code: "A404", name: "time-format", family: Dates, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Ranges use an unspaced en dash: `3–6 p.m.`, `10 a.m.–1 p.m.`
    ///
    /// ## What it checks
    /// Time and date ranges in English use an en dash without spaces, with a shared meridiem
    /// given once.
    ///
    /// ## Why
    /// The form of current UN documents; hyphens and spaced dashes are legacy or typing habits.
    ///
    /// ## Example
    /// `3-6 p.m.`, `10 a.m. – 1 p.m.`
    ///
    /// ## How to fix
    /// Use an unspaced en dash (the fix does it).
    pub static A405 = { code: "A405", name: "range-format", family: Dates, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Annex days increase; slots are ordered, do not overlap, and start before they end.
    ///
    /// ## What it checks
    /// In the organization-of-work table, days are in calendar order, the time slots of a day
    /// are in order and do not overlap, and each slot starts before it ends.
    ///
    /// ## Why
    /// A table out of order is a table edited in a hurry; readers trust its order.
    ///
    /// ## Example
    /// `3–6 p.m.` listed before `10 a.m.–1 p.m.` on the same day.
    ///
    /// ## How to fix
    /// Reorder the days or slots, or correct the times.
    pub static A406 = { code: "A406", name: "schedule-chronology", family: Dates, severity: Error, fix: None };
}

/// Run the date rules.
pub fn check(_cx: &Context<'_>, _out: &mut Emitter<'_>) {}
