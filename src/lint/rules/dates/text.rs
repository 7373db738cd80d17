//! Dates and times in running text: A401 (the date exists, its weekday is right) and the form
//! rules A402–A405.
//!
//! Running text is every piece of prose the parser placed: the title, the masthead, paragraphs
//! of the introduction, annotations, closing and annexes, subheadings, Documentation entries,
//! list and annotation titles, and footnote texts. Each piece's lines are joined ([`Joined`]) so
//! that `Tuesday, 17 March` ⏎ `2020` is one date, and the datetime module's finders run once
//! over it. The annex table is the business of [`super::schedule`].
//!
//! A date printed without a year (`Monday, 17 March`) is checked against the years printed in
//! the same piece of text, then the years the document names most: only when its weekday fits
//! none of them is it reported, in the first of them.

use std::collections::HashMap;

use crate::bytes::has_digit;
use crate::datetime::{DateMatch, DatePoint, find_times, infer_year};
use crate::fold::fold_whitespace;
use crate::lint::text::{Joined, lines_have_digit};
use crate::lint::{Context, Emitter, dates_of};
use crate::model::{AnnotationSub, Block, Document, Paragraph, Punct, SubItem};
use crate::span::Span;

use super::report::{FORM_RULES, Stated, YearSource, form_findings, raw, validity};
use super::{A401, A402, A403, A404, A405, A406};

/// Most candidate years tried for a date printed without one: those of its own text first,
/// then the document's most frequent.
const MAX_LOCAL_YEARS: usize = 4;
const MAX_DOCUMENT_YEARS: usize = 4;

/// The years the running text prints with dates, by month: an annex day of that month
/// belongs to one of them (see [`super::schedule`]).
#[derive(Debug, Default)]
pub(super) struct TextYears {
    by_month: [Vec<i32>; 12],
}

impl TextYears {
    /// Most distinct years kept per month.
    const MAX_PER_MONTH: usize = 8;

    fn add(&mut self, month: u32, year: i32) {
        if let Some(v) = (month as usize).checked_sub(1).and_then(|i| self.by_month.get_mut(i))
            && v.len() < Self::MAX_PER_MONTH
            && !v.contains(&year)
        {
            v.push(year);
        }
    }

    /// True when the text prints a date of `month` in `year`.
    pub(super) fn names(&self, month: u32, year: i32) -> bool {
        (month as usize).checked_sub(1).and_then(|i| self.by_month.get(i)).is_some_and(|v| v.contains(&year))
    }
}

/// A date printed with a weekday and without a year, checked once the document's years are
/// known.
struct Yearless {
    stated: Stated,
    local_years: Vec<i32>,
}

/// Run A401–A405 over the running text of the document; returns the years its dates print.
pub(super) fn check(cx: &Context<'_>, out: &mut Emitter<'_>) -> TextYears {
    let mut text_years = TextYears::default();
    let dates = [&A401, &A402, &A403, &A405, &A406].iter().any(|r| out.enabled(r));
    let times = out.enabled(&A404) || out.enabled(&A405);
    if !dates && !times {
        return text_years;
    }
    let source = cx.source.text();
    let lang = cx.doc.language;
    let mut year_counts: HashMap<i32, usize> = HashMap::new();
    let mut yearless: Vec<Yearless> = Vec::new();
    each_region(source, cx.doc, &mut |lines, paragraph| {
        let j = &match paragraph {
            Some(p) => cx.paragraph(p),
            None => Joined::of_lines(source, lines),
        };
        if j.text.is_empty() {
            return;
        }
        if dates {
            // The schedule rules, before, keep what they found; no rule after reads dates.
            let found = match paragraph {
                Some(p) => cx.take_paragraph_dates(p, j, lang),
                None => dates_of(j, lang),
            };
            let mut local_years: Vec<i32> = Vec::new();
            for y in found.iter().filter_map(DateMatch::year) {
                *year_counts.entry(y).or_default() += 1;
                if local_years.len() < MAX_LOCAL_YEARS && !local_years.contains(&y) {
                    local_years.push(y);
                }
            }
            for d in found.iter() {
                for p in d.points() {
                    if let Some(y) = p.year {
                        text_years.add(p.month, y);
                    }
                    if !out.enabled(&A401) {
                        continue;
                    }
                    if p.year.is_none() && p.weekday.is_some() && p.is_valid() {
                        let stated = stated(source, j, p);
                        yearless.push(Yearless { stated, local_years: local_years.clone() });
                    } else if !p.is_valid() || p.weekday_mismatch().is_some() {
                        validity(out, source, &stated(source, j, p), lang);
                    }
                }
                form_findings(out, j, d.span, &d.issues, lang, &FORM_RULES);
            }
        }
        if times {
            for t in find_times(&j.text, 0, lang) {
                form_findings(out, j, t.span, &t.issues, lang, &[&A404, &A405]);
            }
        }
    });
    // The annex days' years count too: the year of a session is the year of its days.
    for day in cx.doc.annexes.iter().filter_map(|a| a.schedule.as_ref()).flat_map(|s| &s.days) {
        if let Some(y) = day.year {
            *year_counts.entry(y).or_default() += 1;
        }
    }
    if !out.enabled(&A401) || yearless.is_empty() {
        return text_years;
    }
    let mut frequent: Vec<(i32, usize)> = year_counts.into_iter().collect();
    frequent.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    let document_years: Vec<i32> = frequent.iter().take(MAX_DOCUMENT_YEARS).map(|&(y, _)| y).collect();
    for mut y in yearless {
        let mut hints = y.local_years;
        for &d in &document_years {
            if !hints.contains(&d) {
                hints.push(d);
            }
        }
        let Some(&first) = hints.first() else { continue };
        let weekday = y.stated.weekday.map(|w| w.0);
        if infer_year(y.stated.day, y.stated.month, weekday, &hints).is_none() {
            y.stated.year = Some(first);
            y.stated.year_source = YearSource::Document;
            validity(out, source, &y.stated, lang);
        }
    }
    text_years
}

/// One day of a date expression, in raw-input spans.
fn stated(source: &str, j: &Joined, p: &DatePoint) -> Stated {
    let mut date = p.day_span.cover(p.month_span);
    if let Some(y) = p.year_span {
        date = date.cover(y);
    }
    let whole = p.weekday.map_or(date, |w| date.cover(w.span));
    let raw_whole = raw(j, whole);
    Stated {
        weekday: p.weekday.map(|w| (w.weekday, raw(j, w.span))),
        day: p.day,
        month: p.month,
        year: p.year,
        year_source: YearSource::Printed,
        date_span: raw(j, date),
        printed: fold_whitespace(source.get(raw_whole.start..raw_whole.end).unwrap_or("")),
    }
}

/// The lines of `span`, split at line feeds.
fn line_spans(source: &str, span: Span) -> Vec<Span> {
    let text = source.get(span.start..span.end).unwrap_or("");
    let mut out = Vec::new();
    let mut start = span.start;
    for (i, _) in text.match_indices('\n') {
        out.push(Span::new(start, span.start + i));
        start = span.start + i + 1;
    }
    out.push(Span::new(start, span.end));
    out
}

/// The lines of `span` when its text has a digit (every date and time has one), else `None`.
fn digit_lines(source: &str, span: Span) -> Option<Vec<Span>> {
    has_digit(source.get(span.start..span.end).unwrap_or("")).then(|| line_spans(source, span))
}

/// What [`each_region`] calls for each piece of text: its lines, and the paragraph when it is one.
type Region<'f, 'd> = &'f mut dyn FnMut(&[Span], Option<&'d Paragraph>);

/// Calls `f` with the lines of each piece of running text of `doc` that has a digit (every
/// date and time has one; most pieces have none). The annex tables are not running text.
fn each_region<'d>(source: &str, doc: &'d Document, f: Region<'_, 'd>) {
    let span = |s: Span, f: Region<'_, 'd>| {
        if let Some(lines) = digit_lines(source, s) {
            f(&lines, None);
        }
    };
    if let Some(t) = &doc.title {
        span(t.span, f);
    }
    if let Some(m) = &doc.masthead {
        span(m.span, f);
    }
    blocks(source, &doc.intro, f);
    if let Some(agenda) = &doc.agenda {
        for item in &agenda.items {
            span(titled(item.title_span, item.punct.as_ref()), f);
            for note in &item.notes {
                span(note.span, f);
            }
            sub_items(source, &item.sub_items, f);
        }
    }
    blocks(source, &doc.annotations_intro, f);
    for a in &doc.annotations {
        span(titled(a.title_span, a.punct.as_ref()), f);
        blocks(source, &a.body, f);
        annotation_subs(source, &a.sub_items, f);
    }
    blocks(source, &doc.closing, f);
    for note in &doc.footnotes {
        span(Span::new(note.marker_span.end.max(note.span.start), note.span.end), f);
    }
    for annex in &doc.annexes {
        span(annex.heading.span, f);
        if let Some(t) = &annex.title {
            span(t.span, f);
        }
        blocks(source, &annex.body, f);
    }
}

/// A title with its closing punctuation: the full stop of `at 10 a.m.` ends both.
fn titled(title: Span, punct: Option<&Punct>) -> Span {
    match punct {
        Some(p) if !title.is_empty() => title.cover(p.span),
        _ => title,
    }
}

fn sub_items<'d>(source: &str, subs: &'d [SubItem], f: Region<'_, 'd>) {
    for s in subs {
        if let Some(lines) = digit_lines(source, titled(s.title_span, s.punct.as_ref())) {
            f(&lines, None);
        }
        sub_items(source, &s.sub_items, f);
    }
}

fn annotation_subs<'d>(source: &str, subs: &'d [AnnotationSub], f: Region<'_, 'd>) {
    for s in subs {
        if let Some(lines) = digit_lines(source, titled(s.title_span, s.punct.as_ref())) {
            f(&lines, None);
        }
        blocks(source, &s.body, f);
        annotation_subs(source, &s.sub_items, f);
    }
}

fn blocks<'d>(source: &str, blocks: &'d [Block], f: Region<'_, 'd>) {
    for b in blocks {
        match b {
            Block::Paragraph(p) => {
                if lines_have_digit(source, &p.lines) {
                    f(&p.lines, Some(p));
                }
            }
            Block::Subheading(s) => {
                if let Some(lines) = digit_lines(source, s.span) {
                    f(&lines, None);
                }
            }
            Block::Documentation(d) => {
                for lines in d.entries.iter().filter_map(|e| digit_lines(source, e.span)) {
                    f(&lines, None);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_a_span() {
        let src = "ab\ncd\n\nef";
        let lines = line_spans(src, Span::new(0, src.len()));
        assert_eq!(lines, vec![Span::new(0, 2), Span::new(3, 5), Span::new(6, 6), Span::new(7, 9)]);
    }
}
