//! A506: the masthead's fields; A507: the form of the job number.
//!
//! A506 speaks only when the parser found a masthead with at least its symbol, distribution
//! or original language: body-only extracts (the seed) have none, and saying so on every one
//! of them would drown a folder run. A507 reads lines rather than
//! the tree: the parser recognizes only well-formed job numbers as furniture, so a malformed
//! one (`24-1O593 (E)`) is found here, as a line that is nothing but a job-number-like text,
//! with a page counter or processing dates at most.

use memchr::{memchr, memchr_iter, memrchr};

use crate::fold::{is_space, key, trim_range};
use crate::lint::{Context, Emitter, finding};
use crate::model::Masthead;
use crate::span::Span;
use crate::symbol::{canonical, check_job_number};
use crate::vocab;

use super::{A506, A507, Groups, label_repeats, printed_job};

/// The distribution category a printed value names (`générale` → `general`).
fn category(value: &str) -> Option<&'static str> {
    let k = key(value);
    vocab::masthead()
        .distribution
        .iter()
        .find(|(_, words)| words.iter().any(|w| key(w) == k))
        .map(|(c, _)| c.as_str())
}

/// True when a symbol is of a limited-distribution type: a component `L.n`.
fn is_limited(symbol: &str) -> bool {
    canonical(symbol).split('/').any(|c| {
        c.split_once('.').is_some_and(|(head, n)| {
            vocab::masthead().limited.doctypes.iter().any(|d| d == head)
                && !n.is_empty()
                && n.bytes().all(|b| b.is_ascii_digit())
        })
    })
}

/// A506: symbol, distribution, date of issue and original language, when there is a masthead.
pub fn fields(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let Some(m) = &cx.doc.masthead else { return };
    // The fields an agenda's masthead carries: a resolution or report read in a mixed folder
    // (A106 `no agenda found`) follows its own conventions (resolutions print no `Original:`).
    if cx.doc.kind == crate::model::DocumentKind::Unknown {
        return;
    }
    // A date alone before the title (a dated draft) is no UN masthead: one of the UN fields
    // must be there for the others to be missed.
    if m.symbol.is_none() && m.distribution.is_none() && m.original_language.is_none() {
        return;
    }
    let absent = |what: &str, help: &str| {
        finding(&A506, format!("masthead has no {what}"), m.span)
            .with_primary_label("masthead")
            .with_help(help.to_string())
    };
    if m.symbol.is_none() {
        out.emit(absent("document symbol", "Print the document symbol at the top right of the masthead."));
    }
    match (&m.distribution, m.spans.distribution) {
        (None, _) | (_, None) => out.emit(absent(
            "distribution line (`Distr.: General`)",
            "Add the distribution line: `Distr.: General`, `Limited` or `Restricted`.",
        )),
        (Some(value), Some(at)) => distribution(m, value, at, out),
    }
    if m.date.is_none() {
        out.emit(absent("date of issue", "Add the date of issue under the distribution line."));
    }
    if m.original_language.is_none() {
        out.emit(absent(
            "original language (`Original: English`)",
            "Add the `Original:` line with the language the document was drafted in.",
        ));
    }
}

/// The distribution is a known category, and Limited for an `L.` document.
fn distribution(m: &Masthead, value: &str, at: Span, out: &mut Emitter<'_>) {
    let Some(cat) = category(value) else {
        out.emit(
            finding(&A506, format!("distribution `{value}` is not General, Limited or Restricted"), at)
                .with_primary_label("distribution")
                .with_help("Write `Distr.: General`, `Distr.: Limited` or `Distr.: Restricted`."),
        );
        return;
    };
    if let (Some(symbol), Some(symbol_at)) = (&m.symbol, m.spans.symbol)
        && cat != "limited"
        && is_limited(symbol)
    {
        out.emit(
            finding(
                &A506,
                format!("symbol `{symbol}` is of limited distribution, but the masthead says `{value}`"),
                at,
            )
            .with_primary_label("distribution")
            .with_label("limited-distribution symbol", symbol_at)
            .with_help("Mark an `L.` document `Distr.: Limited`, or correct its symbol."),
        );
    }
}

/// A507: every line that is a job number (with a page counter or processing dates at most)
/// has the printed form of one. Repeats of one malformed number (same text, same problem)
/// are reported once.
pub fn job_numbers(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let text = cx.source.text();
    let mut wrong = Groups::new();
    let all = text.as_bytes();
    // Only a line with a hyphen can hold a job number: the lines are those of the hyphens, each
    // read once (the hyphens after the first of a line are passed over).
    let mut line_end = 0;
    for hyphen in memchr_iter(b'-', all) {
        if hyphen < line_end {
            continue;
        }
        let start = memrchr(b'\n', &all[line_end..hyphen]).map_or(line_end, |i| line_end + i + 1);
        line_end = memchr(b'\n', &all[hyphen..]).map_or(all.len(), |i| hyphen + i);
        let line = &text[start..line_end];
        let base = start;
        // Cheap test first, on bytes: a job number (or the page counter before it) starts with
        // a digit or a capital, and has its hyphen within the next two dozen bytes.
        let bytes = line.as_bytes();
        let lead = bytes.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'));
        let Some(lead) = lead else { continue };
        let window = &bytes[lead..bytes.len().min(lead + 24)];
        if !(window[0].is_ascii_digit() || window[0].is_ascii_uppercase() || window[0] >= 0x80)
            || memchr(b'-', window).is_none()
        {
            continue;
        }
        let (a, b) = trim_range(line);
        let mut s = &line[a..b];
        let mut at = base + a;
        if let Some(n) = page_counter(s) {
            let rest = s[n..].trim_start_matches(is_space);
            at += s.len() - rest.len();
            s = rest;
        }
        if s.len() < 6 || !s.as_bytes()[..s.len().min(12)].contains(&b'-') {
            continue;
        }
        let Some(Err(e)) = check_job_number(s) else { continue };
        let tail = s.get(e.len..).unwrap_or("").trim_matches(is_space);
        if !(tail.is_empty() || page_counter(tail) == Some(tail.len())) {
            continue;
        }
        let shown = printed_job(s, e.len);
        wrong.add((shown.to_string(), e.reason), Span::new(at, at + shown.len()));
    }
    for ((shown, reason), spans) in wrong.into_groups() {
        let f = finding(&A507, format!("malformed job number `{shown}`: {reason}"), spans[0])
            .with_primary_label("job number")
            .with_help("Write the job number as the duty station prints it: `V.20-00123 (E)`, `GE.20-01234 (E)`, `20-01234 (E)`.");
        out.emit(label_repeats(f, &spans, "same job number"));
    }
}

/// Length of a page counter (`2/6`) at the start of `s`, when one stands there alone or
/// before a space.
fn page_counter(s: &str) -> Option<usize> {
    let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(s);
    let rest = s[n..].strip_prefix('/')?;
    let m = digits(rest);
    let len = n + 1 + m;
    (n > 0 && m > 0 && s[len..].chars().next().is_none_or(is_space)).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies() {
        assert_eq!(category("General"), Some("general"));
        assert_eq!(category("générale"), Some("general"));
        assert_eq!(category("reservada"), Some("restricted"));
        assert_eq!(category("Limited"), Some("limited"));
        assert_eq!(category("Public"), None);
        assert!(is_limited("E/CN.7/2023/L.2"));
        assert!(is_limited("A/C.6/75/L.1"));
        assert!(!is_limited("E/CN.7/2023/1"));
        assert!(!is_limited("CTOC/COP/WG.6/2020/1"));
    }

    #[test]
    fn page_counters() {
        assert_eq!(page_counter("2/6 V.20-00127"), Some(3));
        assert_eq!(page_counter("12/14"), Some(5));
        assert_eq!(page_counter("2/6x"), None);
        assert_eq!(page_counter("V.20-00127 2/6"), None);
        assert_eq!(page_counter("/6"), None);
    }
}
