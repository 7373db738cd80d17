//! The standard form of a parsed time (A404, A405): one edit per time or separator that departs
//! from it, and the [`TimeMatch`] built from the parse.

use std::fmt::Write;
use std::ops::Range;

use crate::span::Span;

use super::super::scan::{fold_spaces, folds_to, is_gap_char};
use super::super::vocab::{TimeVocab, intro_connector};
use super::super::{FormatIssue, IssueKind};
use super::grammar::{ParsedTimes, TimeTok, Unit, Values, inherited_unit, uses_meridiem, values};
use super::{TimeMatch, TimePoint};

/// `template` with `{h}`, `{mm}` and `{m}` filled in, in one pass.
pub(super) fn render(template: &str, hour: u32, minute: u32, meridiem: &str) -> String {
    let mut out = String::with_capacity(template.len() + meridiem.len());
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        // `fmt::Write` for a `String` never fails.
        let _ = if let Some(after) = rest.strip_prefix("{h}") {
            rest = after;
            write!(out, "{hour}")
        } else if let Some(after) = rest.strip_prefix("{mm}") {
            rest = after;
            write!(out, "{minute:02}")
        } else if let Some(after) = rest.strip_prefix("{m}") {
            rest = after;
            out.push_str(meridiem);
            Ok(())
        } else {
            out.push('{');
            rest = &rest[1..];
            Ok(())
        };
    }
    out.push_str(rest);
    out
}

/// The standard form of a token: `with_unit` false for the start of a range sharing its unit.
pub(super) fn canonical(tok: &TimeTok, unit: Option<Unit>, with_unit: bool, v: &TimeVocab) -> String {
    let first = |words: &[String]| words.first().cloned().unwrap_or_default();
    let minute = tok.minute.unwrap_or(0);
    let twelve = v.noon_replaces_12 && tok.hour == 12 && minute == 0 && with_unit;
    match unit {
        Some(Unit::Noon) if tok.word_only || tok.hour == 12 => return first(&v.noon),
        Some(Unit::Midnight) if tok.word_only => return first(&v.midnight),
        Some(Unit::Pm) if twelve => return first(&v.noon),
        Some(Unit::Am) if twelve => return first(&v.midnight),
        _ => {}
    }
    let meridiem = match unit {
        Some(Unit::Am) => v.am.as_str(),
        Some(Unit::Pm) => v.pm.as_str(),
        _ => "",
    };
    let template = match (with_unit, minute) {
        (true, 0) => &v.whole,
        (true, _) => &v.with_minutes,
        (false, 0) => &v.bare_whole,
        (false, _) => &v.bare_with_minutes,
    };
    render(template, tok.hour, minute, meridiem)
}

/// Why a printed token differs from its standard form.
pub(super) fn diagnose(tok: &TimeTok, printed: &str, fixed: &str, v: &TimeVocab) -> IssueKind {
    let has_digits = printed.starts_with(|c: char| c.is_ascii_digit());
    if v.noon.first().is_some_and(|n| n == fixed) && has_digits {
        IssueKind::Noon
    } else if v.midnight.first().is_some_and(|n| n == fixed) && has_digits {
        IssueKind::Midnight
    } else if tok.colon {
        IssueKind::TimeSeparator
    } else if tok.leading_zero {
        IssueKind::HourLeadingZero
    } else if tok.minute == Some(0) && !fixed.contains(".00") {
        IssueKind::ZeroMinutes
    } else if tok.minute.is_none() && fixed.contains(".00") {
        IssueKind::MissingMinutes
    } else {
        match tok.unit {
            Some(Unit::Am | Unit::Pm) => IssueKind::MeridiemForm,
            Some(Unit::Hours) => IssueKind::HourWord,
            _ => IssueKind::TimeForm,
        }
    }
}

pub(super) fn build(text: &str, base: usize, v: &TimeVocab, t: &ParsedTimes) -> TimeMatch {
    let sp = |r: &Range<usize>| Span::new(r.start + base, r.end + base);
    let mut issues = Vec::new();
    let token_issue = |tok: &TimeTok, unit: Option<Unit>, with_unit: bool, forced: Option<IssueKind>| {
        let mut fixed = canonical(tok, unit, with_unit, v);
        if folds_to(&text[tok.span.clone()], &fixed) {
            return None;
        }
        let kind = forced.unwrap_or_else(|| diagnose(tok, &fold_spaces(&text[tok.span.clone()]), &fixed, v));
        // `10 am.` ends a sentence: its full stop also ends `a.m.`.
        if fixed.ends_with('.') && text[tok.span.end..].starts_with('.') {
            fixed.pop();
        }
        Some(FormatIssue::new(kind, sp(&tok.span), fixed))
    };
    let t2_unit = t.t2.as_ref().and_then(|t2| t2.unit);
    let dash_sep = t.sep.as_ref().is_some_and(|(_, d)| *d);
    let (start, end) = values(t, v);
    // `6 p.m.–3 p.m.` keeps both meridiems: `6–3 p.m.` would read as 6 a.m.
    let ordered = end.as_ref().is_some_and(|e| start.time < e.time);
    let first = match t.t1.unit {
        Some(u @ (Unit::Am | Unit::Pm)) if v.shared_meridiem && dash_sep && t2_unit == Some(u) && ordered => {
            // `12 p.m.–3 p.m.` becomes `noon–3 p.m.`, not `12–3 p.m.`.
            let full = canonical(&t.t1, Some(u), true, v);
            if v.noon.contains(&full) || v.midnight.contains(&full) {
                token_issue(&t.t1, Some(u), true, None)
            } else {
                token_issue(&t.t1, Some(u), false, Some(IssueKind::RepeatedMeridiem))
            }
        }
        None if uses_meridiem(v) && t.t2.is_some() => {
            let inherited = inherited_unit(t);
            if inherited != t2_unit && t2_unit != Some(Unit::Midnight) {
                token_issue(&t.t1, inherited, true, Some(IssueKind::MissingMeridiem))
            } else {
                token_issue(&t.t1, inherited, false, None)
            }
        }
        u => token_issue(&t.t1, u, u.is_some(), None),
    };
    issues.extend(first);
    if let Some((sep, true)) = &t.sep {
        let printed = &text[sep.clone()];
        if let Some(joint) = intro_connector(text, t.start, &v.intro_connectors) {
            issues.push(FormatIssue::new(IssueKind::DashAfterIntro, sp(sep), format!(" {joint} ")));
        } else if !v.range_dash.is_empty() && printed != v.range_dash {
            let kind = if printed.chars().any(is_gap_char) {
                IssueKind::SpacedRangeDash
            } else {
                IssueKind::RangeDash
            };
            issues.push(FormatIssue::new(kind, sp(sep), v.range_dash.clone()));
        }
    }
    if let Some(t2) = &t.t2 {
        issues.extend(token_issue(t2, t2.unit, true, None));
    }
    let point = |x: Values| TimePoint { time: x.time, span: sp(&x.span) };
    TimeMatch {
        span: Span::new(t.start + base, t.end + base),
        start: point(start),
        end: end.map(point),
        issues,
    }
}
