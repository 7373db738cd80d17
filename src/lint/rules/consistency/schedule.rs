//! A209: what the text says about the session — how many meetings over how many days, on which
//! dates, opening when — agrees with the organization-of-work annex.
//!
//! Three checks, each against the first schedule that has days and time slots:
//!
//! - a stated count ("four plenary meetings over two days", [`find_meeting_counts`]) equals the
//!   number of time slots, and its days the number of days (a count without days is not
//!   compared: it may be of another occasion);
//! - the session dates cover the annex days: the masthead's dates ("Vienna, 17 and 18 March
//!   2020") must include every annex day; a pair or range of dates in the text that shares a
//!   day with the annex and names as many days must name the same ones (a range naming only
//!   part of the session, "from Thursday to Friday", is not the session's);
//! - the opening date and time — a date or time after an opening word of the language
//!   (`opened`, `s’ouvrira`, `inaugurará`; `data/vocab`) in the first item's annotation — are
//!   the annex's first day and the start of its first slot.

use memchr::memmem;

use crate::datetime::{CalendarDate, DateKind, DateMatch, find_dates, find_meeting_counts, find_times};
use crate::lint::text::{Joined, lines_have_digit};
use crate::lint::{Context, Emitter, finding};
use crate::model::{AnnotationSub, Block, Day, Document, Paragraph, Slot};
use crate::span::Span;
use crate::vocab::vocab;

use super::super::structure::entry::walk;
use super::A209;

/// How far after an opening word its date and time are looked for, in bytes.
const OPENING_REACH: usize = 160;

/// The annex facts the text is checked against.
struct Annex<'a> {
    /// Days with at least one slot, in table order, with their date when it is known.
    days: Vec<(&'a Day, Option<CalendarDate>)>,
    /// Number of time slots (meetings).
    slots: usize,
    /// The first slot of the first day.
    first_slot: &'a Slot,
}

impl Annex<'_> {
    fn of(doc: &Document) -> Option<Annex<'_>> {
        let schedule = doc
            .annexes
            .iter()
            .filter_map(|a| a.schedule.as_ref())
            .find(|s| s.days.iter().any(|d| !d.slots.is_empty()))?;
        let days: Vec<(&Day, Option<CalendarDate>)> = schedule
            .days
            .iter()
            .filter(|d| !d.slots.is_empty())
            .map(|d| (d, d.year.zip(d.month).zip(d.day).and_then(|((y, m), dd)| CalendarDate::new(y, m, dd))))
            .collect();
        let slots = days.iter().map(|(d, _)| d.slots.len()).sum();
        let first_slot = days.first()?.0.slots.first()?;
        Some(Annex { days, slots, first_slot })
    }

    fn first_label(&self) -> Span {
        self.days[0].0.label_span
    }

    fn dates(&self) -> Vec<CalendarDate> {
        self.days.iter().filter_map(|(_, d)| *d).collect()
    }

    fn year(&self) -> Option<i32> {
        self.days.iter().find_map(|(d, _)| d.year)
    }
}

/// A209.
pub(super) fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let doc = cx.doc;
    let Some(annex) = Annex::of(doc) else { return };
    let annex_days = annex.dates();
    masthead_dates(cx, out, &annex, &annex_days);
    let source = cx.source.text();
    // One paragraph joined at a time: a long document's paragraphs are not all held joined.
    for p in doc.paragraphs() {
        let j = cx.paragraph(p);
        counts(cx, out, &annex, &j);
        // Every date has a digit: most paragraphs have none.
        if !annex_days.is_empty() && lines_have_digit(source, &p.lines) {
            text_dates(cx, out, &annex, &annex_days, p, &j);
        }
    }
    opening(cx, out, &annex, &opening_text(cx));
}

/// Where the opening is announced: the paragraphs before the first annotation and those of the
/// first item's annotation (its sub-items included).
fn opening_text<'a>(cx: &Context<'a>) -> Vec<&'a Paragraph> {
    let doc = cx.doc;
    let mut blocks: Vec<&Block> = doc.intro.iter().chain(&doc.annotations_intro).collect();
    if let Some(first) = doc.annotations.first() {
        blocks.extend(&first.body);
        let mut subs: Vec<&AnnotationSub> = Vec::new();
        walk(&first.sub_items, &mut subs);
        blocks.extend(subs.iter().flat_map(|s| s.body.iter()));
    }
    blocks.into_iter().filter_map(|b| if let Block::Paragraph(p) = b { Some(p) } else { None }).collect()
}

/// Stated meeting and day counts against the slots and days of the annex. Only a count that
/// also states its days ("four plenary meetings over two days") is compared: a bare count
/// ("at least two meetings before the tenth session") may be of another occasion.
fn counts(cx: &Context<'_>, out: &mut Emitter<'_>, annex: &Annex<'_>, j: &Joined<'_>) {
    let lang = cx.doc.language;
    let days = annex.days.len();
    for c in find_meeting_counts(&j.text, 0, lang).into_iter().filter(|c| c.days.is_some()) {
        let printed = |s: Span| j.text.get(s.start..s.end).unwrap_or("").to_string();
        if c.meetings as usize != annex.slots {
            let at = j.span(c.meetings_span.start, c.meetings_span.end);
            out.emit(
                finding(
                    &A209,
                    format!(
                        "the text states `{}` meetings but the annex schedules {} time slots",
                        printed(c.meetings_span),
                        annex.slots
                    ),
                    at,
                )
                .with_primary_label("stated number of meetings")
                .with_label(
                    format!("organization of work: {} slots over {days} days", annex.slots),
                    annex.first_label(),
                )
                .with_help("make the stated number of meetings and the time slots of the annex agree"),
            );
        }
        if let (Some(n), Some(s)) = (c.days, c.days_span)
            && n as usize != days
        {
            out.emit(
                finding(
                    &A209,
                    format!("the text states `{}` days but the annex spans {days} days", printed(s)),
                    j.span(s.start, s.end),
                )
                .with_primary_label("stated number of days")
                .with_label(format!("organization of work: {days} days"), annex.first_label())
                .with_help("make the stated number of days and the days of the annex agree"),
            );
        }
    }
}

/// The days a date expression names (a year it leaves out taken from the annex).
fn named_days(d: &DateMatch, annex: &Annex<'_>) -> Vec<CalendarDate> {
    d.days(d.year().or_else(|| annex.year()).unwrap_or(0))
}

/// The annex days missing from `days`, as their labels.
fn missing_labels(annex: &Annex<'_>, days: &[CalendarDate]) -> Vec<String> {
    annex
        .days
        .iter()
        .filter(|(_, d)| d.is_some_and(|d| !days.contains(&d)))
        .map(|(day, _)| format!("`{}`", day.label))
        .collect()
}

fn report_dates(
    out: &mut Emitter<'_>,
    cx: &Context<'_>,
    annex: &Annex<'_>,
    d: &DateMatch,
    what: &str,
    missing: &[String],
) {
    let printed = cx.text(d.span);
    out.emit(
        finding(
            &A209,
            format!("the {what} `{printed}` do not include the annex's {}", missing.join(", ")),
            d.span,
        )
        .with_primary_label(what.to_string())
        .with_label("first day of the organization of work", annex.first_label())
        .with_help("make the session dates and the days of the annex agree"),
    );
}

/// Session dates in the masthead against the annex days.
fn masthead_dates(cx: &Context<'_>, out: &mut Emitter<'_>, annex: &Annex<'_>, annex_days: &[CalendarDate]) {
    let lang = cx.doc.language;
    if annex_days.is_empty() {
        return;
    }
    if let Some(m) = &cx.doc.masthead {
        for d in find_dates(cx.text(m.span), m.span.start, lang) {
            if d.kind == DateKind::Single {
                continue;
            }
            let named = named_days(&d, annex);
            let missing = missing_labels(annex, &named);
            if !missing.is_empty() {
                report_dates(out, cx, annex, &d, "session dates", &missing);
            }
        }
    }
}

/// Session dates in paragraph `p` (joined as `j`) against the annex days.
fn text_dates(
    cx: &Context<'_>,
    out: &mut Emitter<'_>,
    annex: &Annex<'_>,
    annex_days: &[CalendarDate],
    p: &Paragraph,
    j: &Joined<'_>,
) {
    for d in cx.paragraph_dates(p, j, cx.doc.language).iter() {
        if d.kind == DateKind::Single {
            continue;
        }
        let named = named_days(d, annex);
        let shares = named.iter().any(|x| annex_days.contains(x));
        if !shares || named.len() != annex_days.len() || named.iter().all(|x| annex_days.contains(x)) {
            continue;
        }
        let missing = missing_labels(annex, &named);
        let mut d = d.clone();
        d.span = j.span(d.span.start, d.span.end);
        report_dates(out, cx, annex, &d, "dates", &missing);
    }
}

/// The opening date and time against the annex's first day and slot: the first paragraph with
/// an opening word followed by a date or a time.
fn opening(cx: &Context<'_>, out: &mut Emitter<'_>, annex: &Annex<'_>, texts: &[&Paragraph]) {
    let lang = cx.doc.language;
    let words = &vocab(lang).opening_words;
    let source = cx.source.text();
    for &p in texts {
        // Every date and time has a digit: most paragraphs have none.
        if !lines_have_digit(source, &p.lines) {
            continue;
        }
        let j = &cx.paragraph(p);
        let lower = j.text.to_ascii_lowercase();
        let Some(at) = words
            .iter()
            .flat_map(|w| memmem::find_iter(lower.as_bytes(), w.as_bytes()).map(move |i| (i, i + w.len())))
            .filter(|&(s, e)| {
                !j.text[..s].chars().next_back().is_some_and(char::is_alphanumeric)
                    && !j.text[e..].chars().next().is_some_and(char::is_alphanumeric)
            })
            .map(|(_, e)| e)
            .min()
        else {
            continue;
        };
        let reach = at..(at + OPENING_REACH).min(j.text.len());
        let dates = cx.paragraph_dates(p, j, lang);
        let date = dates.iter().find(|d| d.kind == DateKind::Single && reach.contains(&d.span.start));
        let time = find_times(&j.text, 0, lang).into_iter().find(|t| reach.contains(&t.span.start));
        if date.is_none() && time.is_none() {
            continue;
        }
        let (first_day, first_date) = annex.days[0];
        if let Some(d) = &date
            && (d.start.day, d.start.month) != (first_day.day.unwrap_or(0), first_day.month.unwrap_or(0))
            && first_day.day.is_some()
        {
            let span = j.span(d.span.start, d.span.end);
            out.emit(
                finding(
                    &A209,
                    format!("the opening date `{}` is not the annex's first day", cx.text(span)),
                    span,
                )
                .with_primary_label("opening date")
                .with_label(
                    format!(
                        "first day of the annex{}",
                        first_date.map_or(String::new(), |d| format!(", {d}"))
                    ),
                    first_day.label_span,
                )
                .with_help("make the opening date and the first day of the organization of work agree"),
            );
        }
        if let Some(t) = &time
            && annex.first_slot.start.as_deref().is_some_and(|s| s != t.start.time.hhmm())
        {
            let span = j.span(t.span.start, t.span.end);
            out.emit(
                finding(
                    &A209,
                    format!(
                        "the opening time `{}` is not the start of the annex's first meeting",
                        cx.text(span)
                    ),
                    span,
                )
                .with_primary_label("opening time")
                .with_label("first meeting of the annex", annex.first_slot.time_span)
                .with_help("make the opening time and the first time slot of the organization of work agree"),
            );
        }
        return;
    }
}
