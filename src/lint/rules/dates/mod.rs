//! A4xx: dates, times and the chronology of the annex.
//!
//! - `text`: dates and times in running text — paragraphs, titles and headings, the
//!   masthead, footnotes, Documentation entries — for A401 (validity and weekday) and the form
//!   rules A402–A405;
//! - `schedule`: the organization-of-work table — its day labels (A401, A402), its time
//!   labels (A404, A405) and its chronology (A406).
//!
//! Recognition and the standard forms are the datetime module's ([`crate::datetime`]): each
//! date or time it finds carries its departures from the standard form, each with the rule
//! that reports it and a small edit. This family turns them into findings, one per rule and
//! expression, whose fix applies that rule's edits.

mod report;
mod schedule;
mod text;

#[cfg(test)]
mod tests;

use crate::declare_rule;
use crate::lint::{Context, Emitter};

declare_rule! {
    /// The date exists and its weekday is right.
    ///
    /// ## What it checks
    /// Dates in the text and the annex exist (no 31 April, no 29 February 2019) and a weekday
    /// written with a date is the weekday of that date. English, French and Spanish names are
    /// read. Annex days print no year: they are checked in the year the parser infers from the
    /// document. A date of the text printed without a year (`Monday, 17 March`) is reported only
    /// when its weekday fits none of the years printed near it or most often in the document.
    ///
    /// ## Why
    /// A weekday that does not fit its date sends delegates to the wrong meeting.
    ///
    /// ## Example
    /// `Monday, 17 March 2020` (17 March 2020 was a Tuesday).
    ///
    /// ## How to fix
    /// Correct the weekday or the date; the finding says which weekday the date falls on and
    /// suggests it (a suggestion only: the date may be the wrong part).
    pub static A401 = { code: "A401", name: "date-validity", family: Dates, severity: Error, fix: Display };
}

declare_rule! {
    /// Dates are written `17 March 2020`: no ordinals, no `March 17, 2020`.
    ///
    /// ## What it checks
    /// English dates are day, month in full, year, without an ordinal suffix, a leading zero or
    /// a comma before the year, and a weekday is followed by a comma (`Tuesday, 17 March 2020`).
    /// French dates are `mardi 17 mars 2020`, names in lower case inside a sentence and no comma
    /// after the weekday; Spanish dates are `martes 17 de marzo de 2020`. Annex day labels are
    /// checked too (they print no year by design). Not reported, as the research does not
    /// confirm them in UN documents: French `1 mars` for `1er mars`, Spanish `1º de marzo`.
    ///
    /// ## Why
    /// The UN writes dates day-month-year in every language.
    ///
    /// ## Example
    /// `March 17, 2020`, `17th March 2020`, `Tuesday 17 March 2020`, `le Mardi 17 Mars 2020`.
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
    /// and minutes, no `:00` or `.00`, and `noon` for 12 p.m.; French writes `10 heures`,
    /// `15 h 10`; Spanish `10.00 horas`. Times in the text and the annex time labels are checked.
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
    /// given once (`3–6 p.m.`) and the start's own meridiem when it differs; after `from` or
    /// `between` the ends are joined by `to` or `and`, not a dash. Spanish joins the ends with
    /// `a` (`15 a 19 de octubre`, `15.00 a 18.00 horas`). French ranges are not checked: UN
    /// French documents print both `12-15 juillet` and `de 10 heures à 13 heures`.
    ///
    /// ## Why
    /// The form of current UN documents; hyphens and spaced dashes are legacy or typing habits.
    ///
    /// ## Example
    /// `3-6 p.m.`, `10 a.m. – 1 p.m.`, `from 3–6 p.m.`, `15.00–18.00 horas`
    ///
    /// ## How to fix
    /// Use an unspaced en dash (the fix does it).
    pub static A405 = { code: "A405", name: "range-format", family: Dates, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Annex days increase; slots are ordered, do not overlap, and start before they end.
    ///
    /// ## What it checks
    /// In the organization-of-work table, days are in calendar order (each after the one
    /// before), the time slots of a day are in order and do not overlap, and each slot starts
    /// before it ends. Two slots with the same times are parallel meetings, not an overlap.
    /// Whether the annex days fall within the session dates is A209's business.
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
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let text_years = text::check(cx, out);
    schedule::check(cx, out, &text_years);
}
