//! The organization-of-work table: its day labels (A401 validity and weekday, A402 form), its
//! time labels (A404, A405) and its chronology (A406).
//!
//! A day label prints no year (`Tuesday, 17 March`): the parser infers one from the years the
//! document names, preferring one whose calendar fits the printed weekday, and A401 checks the
//! weekday in that year ([`crate::model::Day::year`]). When no year could be inferred, only a
//! day that no month has is reported, and the message says the year is unknown.
//!
//! Fitting the weekday can pick the wrong year: with `2021` anywhere in a 2020 agenda, a wrong
//! `Thursday, 18 March` is put in 2021, where it is right. So a day whose inferred year is
//! not printed with any date of its month in the text, while another day of the same month is
//! in a year the text does print, is checked (A401) and ordered (A406) in that other year.
//!
//! Two slots of a day with the same times are parallel meetings (a plenary and a committee of
//! the whole), not an overlap.

use std::collections::HashMap;

use crate::datetime::{DayLabel, find_dates, find_times, parse_day_label};
use crate::finding::Finding;
use crate::lint::text::Joined;
use crate::lint::{Context, Emitter, finding};
use crate::model::{Day, Schedule, Slot};
use crate::span::Span;

use super::report::{Stated, YearSource, form_findings, validity};
use super::text::TextYears;
use super::{A401, A402, A404, A405, A406};

/// Run the schedule checks on every annex table.
pub(super) fn check(cx: &Context<'_>, out: &mut Emitter<'_>, text_years: &TextYears) {
    for schedule in cx.doc.annexes.iter().filter_map(|a| a.schedule.as_ref()) {
        let labels: Vec<Option<DayLabel>> = schedule
            .days
            .iter()
            .map(|d| {
                (!d.label_span.is_empty())
                    .then(|| parse_day_label(cx.text(d.label_span), cx.doc.language))
                    .flatten()
            })
            .collect();
        let years = day_years(schedule, &labels, text_years);
        for ((day, label), year) in schedule.days.iter().zip(&labels).zip(&years) {
            day_label(cx, out, day, label.as_ref(), *year);
            for slot in &day.slots {
                time_label(cx, out, slot);
            }
        }
        if out.enabled(&A406) {
            chronology(out, schedule, &years);
        }
    }
}

/// The year of each day, and where it comes from: printed, inferred by the parser, or taken
/// from the other days of its month when the parser's year is one the text never prints
/// with that month (see the module documentation).
fn day_years(
    schedule: &Schedule,
    labels: &[Option<DayLabel>],
    text: &TextYears,
) -> Vec<Option<(i32, YearSource)>> {
    // How many days of each month fall in each year.
    let mut counts: HashMap<(u32, i32), usize> = HashMap::new();
    let mut years_of_month: HashMap<u32, Vec<i32>> = HashMap::new();
    for day in &schedule.days {
        if let (Some(m), Some(y)) = (day.month, day.year) {
            *counts.entry((m, y)).or_default() += 1;
            let v = years_of_month.entry(m).or_default();
            if !v.contains(&y) && v.len() < 8 {
                v.push(y);
            }
        }
    }
    schedule
        .days
        .iter()
        .zip(labels)
        .map(|(day, label)| {
            let y = day.year?;
            if label.as_ref().is_some_and(|l| l.year.is_some()) {
                return Some((y, YearSource::Printed));
            }
            let Some(m) = day.month else { return Some((y, YearSource::Inferred)) };
            let other = (!text.names(m, y))
                .then(|| years_of_month.get(&m))
                .flatten()
                .into_iter()
                .flatten()
                .filter(|&&z| z != y && text.names(m, z))
                .max_by_key(|&&z| counts.get(&(m, z)).copied().unwrap_or(0));
            Some(match other {
                Some(&z) => (z, YearSource::Neighbours),
                None => (y, YearSource::Inferred),
            })
        })
        .collect()
}

/// A401 and A402 on a day label, A401 in the year `year`.
fn day_label(
    cx: &Context<'_>,
    out: &mut Emitter<'_>,
    day: &Day,
    label: Option<&DayLabel>,
    year: Option<(i32, YearSource)>,
) {
    if day.label_span.is_empty() {
        return;
    }
    let source = cx.source.text();
    let lang = cx.doc.language;
    let base = day.label_span.start;
    let at = |s: Span| s.shift(base);
    if out.enabled(&A401)
        && let Some(label) = label
    {
        let date_span = label.year_span.map_or(label.day_span.cover(label.month_span), |y| {
            label.day_span.cover(label.month_span).cover(y)
        });
        let stated = Stated {
            weekday: label.weekday.zip(label.weekday_span.map(at)),
            day: day.day.unwrap_or(label.day),
            month: day.month.unwrap_or(label.month),
            year: year.map(|y| y.0),
            year_source: year.map_or(YearSource::Inferred, |y| y.1),
            date_span: at(date_span),
            printed: day.label.clone(),
        };
        validity(out, source, &stated, lang);
    }
    if out.enabled(&A402) {
        let j = Joined::of_lines(source, &[day.label_span]);
        for d in find_dates(&j.text, 0, lang) {
            form_findings(out, &j, d.span, &d.issues, lang, &[&A402]);
        }
    }
}

/// A404 and A405 on the time of a slot.
fn time_label(cx: &Context<'_>, out: &mut Emitter<'_>, slot: &Slot) {
    if slot.time_span.is_empty() || !(out.enabled(&A404) || out.enabled(&A405)) {
        return;
    }
    let j = Joined::of_lines(cx.source.text(), &[slot.time_span]);
    for t in find_times(&j.text, 0, cx.doc.language) {
        form_findings(out, &j, t.span, &t.issues, cx.doc.language, &[&A404, &A405]);
    }
}

/// Minutes since midnight of an `HH:MM` value of the tree.
fn minutes(hhmm: Option<&str>) -> Option<u32> {
    let (h, m) = hhmm?.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

/// A406: days in calendar order (in the years of [`day_years`]); in each day, slots in order,
/// not overlapping, each starting before it ends.
fn chronology(out: &mut Emitter<'_>, schedule: &Schedule, years: &[Option<(i32, YearSource)>]) {
    let mut previous: Option<(&Day, (i32, u32, u32))> = None;
    for (day, year) in schedule.days.iter().zip(years) {
        if let (Some((y, _)), Some(m), Some(d)) = (year, day.month, day.day) {
            let key = (*y, m, d);
            if let Some((before, before_key)) = previous
                && key <= before_key
            {
                let message = if key == before_key {
                    format!("annex day `{}` listed twice", day.label)
                } else {
                    format!("annex day `{}` listed after the later day `{}`", day.label, before.label)
                };
                let here = (day.label_span, before.label_span);
                let help = "put the days in calendar order, or correct the date";
                out.emit(two_places(message, here, ("this day", "listed before it"), help));
            }
            previous = Some((day, key));
        }
        slots(out, &day.slots);
    }
}

fn slots(out: &mut Emitter<'_>, slots: &[Slot]) {
    let mut previous: Option<(&Slot, u32, Option<u32>)> = None;
    for slot in slots {
        let Some(start) = minutes(slot.start.as_deref()) else { continue };
        let end = minutes(slot.end.as_deref());
        if let Some(e) = end
            && e <= start
        {
            let when = if e == start { "when" } else { "before" };
            out.emit(
                finding(&A406, format!("slot `{}` ends {when} it starts", slot.time), slot.time_span)
                    .with_help("correct the start or the end of the slot"),
            );
        }
        if let Some((before, b_start, b_end)) = previous {
            let parallel = b_start == start && b_end == end;
            let here = (slot.time_span, before.time_span);
            if start < b_start {
                let message = format!("slot `{}` listed after the later slot `{}`", slot.time, before.time);
                let labels = ("earlier slot", "later slot listed before it");
                out.emit(two_places(message, here, labels, "put the slots of the day in order of time"));
            } else if !parallel && b_end.is_some_and(|e| e > start) {
                let message = format!("slots `{}` and `{}` overlap", before.time, slot.time);
                let labels = ("starts before the other ends", "overlapping slot");
                let help = "correct the times so that each slot ends before the next starts";
                out.emit(two_places(message, here, labels, help));
            }
        }
        previous = Some((slot, start, end));
    }
}

/// An A406 finding at `spans.0`, labeled `labels.0`, about its order with `spans.1`.
fn two_places(message: String, spans: (Span, Span), labels: (&str, &str), help: &'static str) -> Finding {
    finding(&A406, message, spans.0)
        .with_primary_label(labels.0)
        .with_label(labels.1, spans.1)
        .with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_of_the_tree_times() {
        assert_eq!(minutes(Some("10:30")), Some(630));
        assert_eq!(minutes(Some("24:00")), Some(1440));
        assert_eq!(minutes(Some("ten")), None);
        assert_eq!(minutes(None), None);
    }
}
