//! Findings of the date rules, built from what the datetime module recognized: the form rules
//! (A402–A405) from a date's or time's departures from the standard form, one finding per rule
//! and expression with that rule's edits as its fix; A401 from a stated date and weekday.
//!
//! Expressions are searched in joined text ([`Joined`]: a paragraph's lines joined with one
//! space), so every span here is mapped back to the raw input before it goes into a finding.

use crate::datetime::{FormatIssue, IssueKind, Weekday, apply_issues, days_in_month, month_name};
use crate::finding::{Applicability, Edit, Fix};
use crate::fold::fold_whitespace;
use crate::lint::registry::RuleMeta;
use crate::lint::text::Joined;
use crate::lint::{Emitter, finding};
use crate::model::Language;
use crate::span::Span;

use super::{A401, A402, A403, A404, A405};

/// The rules reporting departures from the standard form, in code order.
pub(super) const FORM_RULES: [&RuleMeta; 4] = [&A402, &A403, &A404, &A405];

/// Whether a departure is reported in `lang`. Conventions the research does not confirm in
/// UN documents are not reported: French `1er` for the first of the month (un-conventions.md
/// §3 marks it "U"), and Spanish `1º de marzo`, which real UN Spanish text prints (A/RES/48/246)
/// beside the plain `1 de marzo`.
fn reported(issue: &FormatIssue, lang: Language) -> bool {
    match (lang, issue.kind) {
        (Language::Fr, IssueKind::FirstOfMonth) => false,
        (Language::Es, IssueKind::OrdinalSuffix) => issue.edit.replacement != "1",
        _ => true,
    }
}

/// The message fragment of one departure. A range dash that the language replaces by a word
/// (Spanish `15.00 a 18.00 horas`) is not about the en dash.
fn issue_message(issue: &FormatIssue) -> String {
    let joint = issue.edit.replacement.trim();
    let by_word = joint.chars().next().is_some_and(char::is_alphabetic);
    match issue.kind {
        IssueKind::RangeDash | IssueKind::SpacedRangeDash if by_word => {
            format!("range joined by a dash instead of `{joint}`")
        }
        // The finding shows the date: "of a weekday date" would say it twice.
        IssueKind::ClauseComma => "missing comma after the year".to_owned(),
        kind => kind.message().to_owned(),
    }
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Joined-text bytes `s` mapped to the raw input. An edit may begin or end on whitespace (the
/// gaps around a range dash): a range ending in a space ends in the raw input where the next
/// character begins, so that a joining space covers the whole line break and a space inside a
/// line is kept in the range ([`Joined::span`] drops a final space, as it cannot tell the two
/// apart).
pub(super) fn raw(j: &Joined, s: Span) -> Span {
    let start = j.to_source(s.start);
    if s.end <= s.start {
        return Span::empty(start);
    }
    let last = j.text.get(..s.end).and_then(|t| t.chars().next_back());
    let end = match last {
        Some(c) if c.is_whitespace() && s.end < j.text.len() => j.to_source(s.end),
        Some(c) => j.to_source(s.end - c.len_utf8()) + c.len_utf8(),
        None => start,
    };
    Span::new(start, end.max(start))
}

/// The word after joined byte `end` (after one space), at most a short one: the start of the
/// clause an A403 finding shows.
fn next_word(text: &str, end: usize) -> &str {
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    if len == 0 || len > 16 { "" } else { &rest[..len] }
}

/// One finding per enabled form rule for the departures of the expression at joined bytes
/// `span` of `j`, restricted to `rules`. The fix applies that rule's edits: the datetime
/// module's edits of one expression never overlap, so each rule's subset is a valid fix.
pub(super) fn form_findings(
    out: &mut Emitter<'_>,
    j: &Joined,
    span: Span,
    issues: &[FormatIssue],
    lang: Language,
    rules: &[&RuleMeta],
) {
    if issues.is_empty() {
        return;
    }
    for rule in rules {
        if !out.enabled(rule) {
            continue;
        }
        let mine: Vec<FormatIssue> =
            issues.iter().filter(|i| i.kind.rule() == rule.code && reported(i, lang)).cloned().collect();
        if mine.is_empty() {
            continue;
        }
        let mut parts: Vec<String> = Vec::new();
        for m in mine.iter().map(issue_message) {
            if !parts.contains(&m) {
                parts.push(m);
            }
        }
        let printed = fold_whitespace(j.text.get(span.start..span.end).unwrap_or(""));
        let fixed = fold_whitespace(&apply_issues(&j.text, 0, span, &mine));
        let (message, help) = if rule.code == A403.code {
            let clause = next_word(&j.text, span.end);
            let sep = if clause.is_empty() { "" } else { " " };
            (
                format!("{} in `{printed}{sep}{clause}`", and_list(&parts)),
                format!("insert a comma after the year: `{fixed}{sep}{clause}`"),
            )
        } else {
            (format!("{} in `{printed}`", and_list(&parts)), format!("write `{fixed}`"))
        };
        let edits = mine
            .iter()
            .map(|i| Edit { span: raw(j, i.edit.span), replacement: i.edit.replacement.clone() })
            .collect();
        out.emit(
            finding(rule, message, raw(j, span))
                .with_help(help)
                .with_fix(Fix { applicability: Applicability::Safe, edits }),
        );
    }
}

/// A date as stated in the text or an annex label, for A401. Spans are raw-input spans.
#[derive(Debug, Clone)]
pub(super) struct Stated {
    /// The weekday printed with the date, and its name.
    pub weekday: Option<(Weekday, Span)>,
    /// Day of the month as printed.
    pub day: u32,
    /// Month, 1–12.
    pub month: u32,
    /// The year printed, carried over from a range, or inferred.
    pub year: Option<i32>,
    /// Where the year comes from, for the help text.
    pub year_source: YearSource,
    /// The day, month and year (without the weekday).
    pub date_span: Span,
    /// The whole date as printed, whitespace folded.
    pub printed: String,
}

/// Where the year of a [`Stated`] date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearSource {
    /// Printed with the date (or with the end of its range).
    Printed,
    /// Inferred by the parser for an annex day printed without a year.
    Inferred,
    /// For an annex day printed without a year, the year of the other days of its month.
    Neighbours,
    /// A year the document names, for a date of running text printed without one.
    Document,
}

/// `17 March 2020` (or `17 March` without a year), in English: the language of the messages.
fn english_date(day: u32, month: u32, year: Option<i32>) -> String {
    let name = month_name(month, Language::En).unwrap_or("?");
    match year {
        Some(y) => format!("{day} {name} {y}"),
        None => format!("{day} {name}"),
    }
}

/// `canonical` in the case of `printed`: capitals, capitalized, or as it is.
fn same_case(printed: &str, canonical: &str) -> String {
    let letters = printed.chars().filter(|c| c.is_alphabetic()).count();
    if letters > 1 && printed.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) {
        return canonical.to_uppercase();
    }
    if printed.starts_with(char::is_uppercase) {
        let mut c = canonical.chars();
        return c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
    }
    canonical.to_owned()
}

/// A401 on one stated date: a date that does not exist, or a weekday that is not the date's.
/// Returns true when it reported.
pub(super) fn validity(out: &mut Emitter<'_>, source: &str, s: &Stated, lang: Language) -> bool {
    // Without a year only a day no month has is impossible (29 February may be right).
    let days = days_in_month(s.year.unwrap_or(2000), s.month);
    if s.day == 0 || s.day > days {
        let month = month_name(s.month, Language::En).unwrap_or("?");
        let help = match (s.month, s.year) {
            (2, Some(y)) => format!("correct the date: February {y} has {days} days"),
            _ => format!("correct the date: {month} has {days} days"),
        };
        let no_year = if s.year.is_none() { " in any year" } else { "" };
        out.emit(
            finding(&A401, format!("date `{}` does not exist{no_year}", s.printed), s.date_span)
                .with_help(help),
        );
        return true;
    }
    let (Some((stated, wd_span)), Some(year)) = (s.weekday, s.year) else { return false };
    let actual = crate::datetime::weekday(year, s.month, s.day);
    if actual == stated {
        return false;
    }
    let name = actual.name_in(lang);
    let english = capitalized(actual.name());
    let printed_wd = source.get(wd_span.start..wd_span.end).unwrap_or("");
    let local = if lang == Language::En { String::new() } else { format!(" (`{name}`)") };
    let fact = match s.year_source {
        YearSource::Printed => format!("{} is a {english}{local}", english_date(s.day, s.month, Some(year))),
        YearSource::Inferred => format!(
            "{} is a {english}{local} (the annex prints no year; {year} is the document's)",
            english_date(s.day, s.month, Some(year))
        ),
        YearSource::Neighbours => format!(
            "{} is a {english}{local} (the annex prints no year; {year} is the year of the other \
             days of the month)",
            english_date(s.day, s.month, Some(year))
        ),
        YearSource::Document => format!(
            "{} is a {english}{local} in {year}, the year of the document",
            english_date(s.day, s.month, None)
        ),
    };
    out.emit(
        // The primary span is the weekday alone: labels overlapping it render poorly.
        finding(&A401, format!("wrong weekday in `{}`", s.printed), wd_span)
            .with_primary_label("stated weekday")
            .with_label(format!("a {english}"), s.date_span)
            .with_help(format!("{fact}: write `{}` or correct the date", same_case(printed_wd, name)))
            .with_fix(Fix::replace(Applicability::Display, wd_span, same_case(printed_wd, name))),
    );
    true
}

/// `tuesday` → `Tuesday`.
fn capitalized(name: &str) -> String {
    same_case("X", name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_cases() {
        assert_eq!(and_list(&["a".into()]), "a");
        assert_eq!(and_list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(same_case("MONDAY", "mardi"), "MARDI");
        assert_eq!(same_case("Lundi", "mardi"), "Mardi");
        assert_eq!(same_case("lundi", "mardi"), "mardi");
        assert_eq!(capitalized("tuesday"), "Tuesday");
        assert_eq!(next_word("2020 at 10 a.m.", 4), "at");
        assert_eq!(next_word("2020", 4), "");
    }

    #[test]
    fn spans_ending_in_a_space_keep_it() {
        let src = "at 10 a.m. – 1 p.m. and 3 –\n\n  6 p.m.";
        let first = src.find('\n').expect("two lines");
        let second = src.rfind(' ').expect("a space") - 1;
        let j = Joined::of_lines(src, &[Span::new(0, first), Span::new(second, src.len())]);
        assert_eq!(j.text, "at 10 a.m. – 1 p.m. and 3 – 6 p.m.");
        // ` – ` inside a line: both spaces belong to the range.
        let inline = j.text.find(" – ").expect("dash");
        let r = raw(&j, Span::new(inline, inline + " – ".len()));
        assert_eq!(&src[r.start..r.end], " – ");
        // ` – ` ending on the joining space: the range runs to the next line's text.
        let across = j.text.rfind(" – ").expect("dash");
        let r = raw(&j, Span::new(across, across + " – ".len()));
        assert_eq!(&src[r.start..r.end], " –\n\n  ");
        // An insertion at the end of a line stays there.
        assert_eq!(raw(&j, Span::empty(inline)), Span::empty(inline));
    }
}
