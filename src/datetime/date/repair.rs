//! The standard form of a parsed date (A402, A403, A405): one edit per part that departs from
//! it, and the [`DateMatch`] built from the parse.

use std::ops::Range;

use crate::span::Span;

use super::super::scan::{at_sentence_start, capitalize, fold_spaces, gap0, is_all_caps, is_gap_char};
use super::super::vocab::{CommaRule, DateVocab, NameForm, intro_connector};
use super::super::{FormatIssue, IssueKind};
use super::grammar::{ConnTok, DayTok, MonthTok, Parsed, WeekdayTok, YearTok};
use super::{DateKind, DateMatch, DatePoint, WeekdayMention};

/// The repair of a printed name, `None` when it is in its standard form: the canonical name,
/// in capitals when the text is, capitalized at the start of a sentence in a language whose
/// names are lower case.
pub(super) fn name_fix(
    printed: &str,
    canonical: &str,
    form: NameForm,
    v: &DateVocab,
    sentence_start: bool,
) -> Option<String> {
    let may_capitalize = v.lower_case_names && sentence_start;
    if form == NameForm::Full
        && (printed == canonical
            || is_all_caps(printed)
            || (may_capitalize && printed == capitalize(canonical)))
    {
        return None;
    }
    let capital = may_capitalize && printed.starts_with(char::is_uppercase);
    Some(if capital { capitalize(canonical) } else { canonical.to_owned() })
}

/// Collects the issues of one parsed date, in text order.
pub(super) struct Issues<'a> {
    pub(super) text: &'a str,
    pub(super) base: usize,
    pub(super) v: &'a DateVocab,
    pub(super) out: Vec<FormatIssue>,
}

impl Issues<'_> {
    fn push(&mut self, kind: IssueKind, r: Range<usize>, replacement: impl Into<String>) {
        let span = Span::new(r.start + self.base, r.end + self.base);
        self.out.push(FormatIssue::new(kind, span, replacement));
    }

    fn weekday(&mut self, w: &WeekdayTok, sentence_start: bool) {
        let canonical = &self.v.weekdays[w.weekday.index()];
        if let Some(fix) = name_fix(&self.text[w.span.clone()], canonical, w.form, self.v, sentence_start) {
            self.push(IssueKind::WeekdayName, w.span.clone(), fix);
        }
        match (self.v.weekday_comma, &w.comma) {
            (CommaRule::Required, None) => self.push(IssueKind::WeekdayComma, w.span.end..w.span.end, ","),
            (CommaRule::Forbidden, Some(r)) => self.push(IssueKind::WeekdayCommaForbidden, r.clone(), ""),
            _ => {}
        }
    }

    fn day(&mut self, d: &DayTok) {
        let expected = match d.value {
            1 => format!("1{}", self.v.first_day_suffix),
            n => n.to_string(),
        };
        let printed = &self.text[d.span.clone()];
        if printed != expected {
            let kind = if printed.starts_with('0') {
                IssueKind::DayLeadingZero
            } else if d.has_suffix {
                IssueKind::OrdinalSuffix
            } else {
                IssueKind::FirstOfMonth
            };
            self.push(kind, d.span.clone(), expected);
        }
    }

    fn month(&mut self, m: &MonthTok) {
        if !self.v.month_link.is_empty() && !m.link {
            self.push(IssueKind::MissingDe, m.span.start..m.span.start, format!("{} ", self.v.month_link));
        }
        let canonical = &self.v.months[m.month as usize - 1];
        if let Some(fix) = name_fix(&self.text[m.span.clone()], canonical, m.form, self.v, false) {
            self.push(IssueKind::MonthName, m.span.clone(), fix);
        }
    }

    fn year(&mut self, y: &YearTok) {
        if let Some(r) = &y.comma {
            self.push(IssueKind::CommaBeforeYear, r.clone(), "");
        }
        if !self.v.year_link.is_empty() && !y.link {
            self.push(IssueKind::MissingDe, y.span.start..y.span.start, format!("{} ", self.v.year_link));
        }
    }

    fn connector(&mut self, conn: &ConnTok, intro: Option<&str>) {
        let printed = &self.text[conn.span.clone()];
        if let (true, Some(joint)) = (conn.is_dash, intro) {
            self.push(IssueKind::DashAfterIntro, conn.span.clone(), format!(" {joint} "));
        } else if conn.is_dash && !self.v.range_dash.is_empty() && printed != self.v.range_dash {
            let spaced = printed.chars().any(is_gap_char);
            let kind = if spaced { IssueKind::SpacedRangeDash } else { IssueKind::RangeDash };
            self.push(kind, conn.span.clone(), self.v.range_dash.clone());
        }
    }

    /// `March 17–18, 2020` rewritten day first: `17–18 March 2020`.
    fn month_first(&mut self, d: &Parsed) {
        let mut fixed = d.d1.value.to_string();
        if let (Some(conn), Some(d2)) = (&d.conn, &d.d2) {
            let printed = fold_spaces(&self.text[conn.span.clone()]);
            let joint = if conn.is_dash && !self.v.range_dash.is_empty() {
                self.v.range_dash.clone()
            } else if conn.is_dash {
                printed.trim().to_owned()
            } else {
                format!(" {} ", printed.trim())
            };
            fixed.push_str(&joint);
            fixed.push_str(&d2.value.to_string());
        }
        fixed.push(' ');
        fixed.push_str(&self.v.months[d.month.month as usize - 1]);
        if let Some(y) = &d.year {
            fixed.push(' ');
            fixed.push_str(&y.year.to_string());
        }
        self.push(IssueKind::MonthFirst, d.month.span.start..d.end, fixed);
    }

    /// A403: a weekday date with a year that runs on into a clause takes a comma after it.
    fn clause_comma(&mut self, d: &Parsed) {
        let has_weekday = d.wd1.is_some() || d.wd2.is_some();
        if !self.v.clause_comma || !has_weekday || d.year.is_none() {
            return;
        }
        let Ok((rest, _)) = gap0(&self.text[d.end..]) else { return };
        if rest.starts_with(char::is_lowercase) {
            self.push(IssueKind::ClauseComma, d.end..d.end, ",");
        }
    }
}

pub(super) fn build(text: &str, base: usize, v: &DateVocab, d: Parsed) -> DateMatch {
    let sentence_start = at_sentence_start(text, d.start);
    let mut issues = Issues { text, base, v, out: Vec::new() };
    if let Some(w) = &d.wd1 {
        issues.weekday(w, sentence_start);
    }
    if d.month_first {
        issues.month_first(&d);
    } else {
        issues.day(&d.d1);
        if let Some((m, y)) = &d.first {
            issues.month(m);
            if let Some(y) = y {
                issues.year(y);
            }
        }
        if let Some(conn) = &d.conn {
            issues.connector(conn, intro_connector(text, d.start, &v.intro_connectors));
        }
        if let Some(w) = &d.wd2 {
            issues.weekday(w, false);
        }
        if let Some(d2) = &d.d2 {
            issues.day(d2);
        }
        issues.month(&d.month);
        if let Some(y) = &d.year {
            issues.year(y);
        }
    }
    issues.clause_comma(&d);

    let sp = |r: &Range<usize>| Span::new(r.start + base, r.end + base);
    let mention = |w: &WeekdayTok| WeekdayMention { weekday: w.weekday, span: sp(&w.span) };
    let year = d.year.as_ref().map(|y| (y.year, Some(sp(&y.span))));
    let point = |wd: &Option<WeekdayTok>,
                 day: &DayTok,
                 month: &MonthTok,
                 year: Option<(i32, Option<Span>)>| DatePoint {
        weekday: wd.as_ref().map(mention),
        day: day.value,
        day_span: sp(&day.span),
        month: month.month,
        month_span: sp(&month.span),
        year: year.map(|y| y.0),
        year_span: year.and_then(|y| y.1),
    };
    let start = match &d.first {
        Some((m, y)) => {
            // A year printed only at the end carries over, one back if the range turns the year.
            let carried = d.year.as_ref().map(|y| (y.year - i32::from(m.month > d.month.month), None));
            point(&d.wd1, &d.d1, m, y.as_ref().map(|y| (y.year, Some(sp(&y.span)))).or(carried))
        }
        None => point(&d.wd1, &d.d1, &d.month, year),
    };
    let end = d.d2.as_ref().map(|d2| point(&d.wd2, d2, &d.month, year));
    DateMatch {
        span: Span::new(d.start + base, d.end + base),
        kind: d.conn.as_ref().map_or(DateKind::Single, |c| c.kind),
        start,
        end,
        issues: issues.out,
    }
}
