//! The masthead: the cover block before the title — `United Nations`, the symbol, the organ,
//! `Distr.: General`, the date, `Original: English`, the session and place, the job number and
//! barcode at the page foot.
//!
//! ```text
//! masthead = { masthead-line } ;      (* every line before the title *)
//! masthead-line = [ united-nations ] [ symbol ] | distribution | issue-date
//!               | original-language | item-line | body-line | session-line ;
//! ```
//!
//! Extractors interleave the masthead's two columns (`Conference of the Parties to the United
//! Distr.: General`), so each line is searched for the field labels wherever they stand, and
//! the text left of a label belongs to the organ's name.

use crate::fold::{fold_whitespace, is_space, key, key_begins_with};
use crate::model::{FurnitureKind, Masthead};
use crate::scan::looks_like_symbol;
use crate::span::Span;
use crate::vocab;

use super::flow::Ctx;

/// Parse the masthead on flow lines `0..to`.
pub fn masthead(cx: &mut Ctx<'_>, to: usize) -> Option<Masthead> {
    if to == 0 {
        return None;
    }
    let mut m = Masthead::default();
    let mut body: Vec<&str> = Vec::new();
    let mut session: Vec<String> = Vec::new();
    let mut seen_original = false;
    let v = vocab::vocab(cx.lang);
    // A line already read as the value of the label above it.
    let mut value_line = None;
    for f in 0..to {
        if value_line == Some(f) {
            continue;
        }
        let span = cx.span(f);
        let mut s = cx.s(f);
        let mut base = span.start;
        // The last word of the line before, for a value printed above its label.
        let last_word: Option<(&str, Span)> = f.checked_sub(1).and_then(|p| {
            let prev = cx.s(p);
            let w = prev.rsplit(is_space).next()?;
            let end = cx.span(p).end;
            Some((w, Span::new(end - w.len(), end)))
        });
        // "United Nations   CTOC/COP/WG.6/2020/1": the organization's name, then the symbol.
        if let Some(rest) = after_united_nations(s) {
            let rest = rest.trim_start_matches(is_space);
            base += s.len() - rest.len();
            s = rest;
        }
        if s.is_empty() {
            continue;
        }
        // A symbol alone, or at the end of the line.
        if m.symbol.is_none() {
            let last = s.rsplit(is_space).next().unwrap_or("");
            if looks_like_symbol(last) {
                let at = base + s.len() - last.len();
                // `A/76/100*`: the asterisk is the indicator of a note (reissued for technical
                // reasons), not part of the symbol; it stays in the text after the symbol's span.
                let symbol = last.trim_end_matches('*');
                m.symbol = Some(symbol.to_string());
                m.spans.symbol = Some(Span::new(at, at + symbol.len()));
                s = s[..s.len() - last.len()].trim_end_matches(is_space);
                if s.is_empty() {
                    continue;
                }
            }
        }
        // Labels that may stand mid-line, with the organ's name to their left.
        if let Some((left, value, vspan)) = labelled(s, base, &v.distribution) {
            if value.is_empty() {
                // pdftotext may print the value on the line above its label.
                let below = (f + 1 < to)
                    .then(|| (cx.s(f + 1).trim_matches(is_space), cx.span(f + 1)))
                    .filter(|(w, _)| !w.contains(is_space) && is_distribution_word(w));
                if let Some((below_value, below_span)) = below {
                    // Older documents print the value on the line below (`Distr.` ⏎ `GENERAL`).
                    let at = below_span.start + cx.s(f + 1).find(below_value).unwrap_or(0);
                    m.distribution = Some(below_value.to_string());
                    m.spans.distribution = Some(Span::new(at, at + below_value.len()));
                    value_line = Some(f + 1);
                } else if let Some((prev_value, prev_span)) =
                    last_word.filter(|(w, _)| is_distribution_word(w))
                {
                    m.distribution = Some(prev_value.to_string());
                    m.spans.distribution = Some(prev_span);
                    if body.last().is_some_and(|b| b.ends_with(prev_value)) {
                        let b = body.pop().unwrap_or_default();
                        let kept = b[..b.len() - prev_value.len()].trim_end_matches(is_space);
                        if !kept.is_empty() {
                            body.push(kept);
                        }
                    }
                }
            } else {
                m.distribution = Some(value.to_string());
                m.spans.distribution = Some(vspan);
            }
            if !left.is_empty() {
                body.push(left);
            }
            // pypdf may print the date of issue after the distribution on one line.
            let after = s[vspan.end - base..].trim_matches(is_space);
            if m.date.is_none() && is_issue_date(after) {
                let at = base + (s.len() - s[vspan.end - base..].trim_start_matches(is_space).len());
                m.date = Some(fold_whitespace(after));
                m.spans.date = Some(Span::new(at, at + after.len()));
                m.date_iso = iso_date(after, cx.lang);
            }
            continue;
        }
        if let Some((left, value, vspan)) = labelled(s, base, std::slice::from_ref(&v.original)) {
            m.original_language = Some(value.to_string());
            m.spans.original_language = Some(vspan);
            seen_original = true;
            if !left.is_empty() {
                body.push(left);
            }
            continue;
        }
        if m.date.is_none() && is_issue_date(s) {
            m.date_iso = iso_date(s, cx.lang);
            m.date = Some(fold_whitespace(s));
            m.spans.date = Some(Span::new(base, base + s.len()));
            continue;
        }
        if is_item_line(s) {
            m.item_line = Some(fold_whitespace(s));
            m.spans.item_line = Some(Span::new(base, base + s.len()));
            continue;
        }
        if seen_original || m.date.is_some() && m.distribution.is_some() {
            session.push(fold_whitespace(s));
        } else {
            body.push(s);
        }
    }
    // Job number and barcode: the first footer and barcode of the first page.
    let first_page_end = cx.scan.pages.first().map_or(usize::MAX, |p| p.span.end);
    for furn in cx.scan.furniture.iter().filter(|f| f.span.start < first_page_end) {
        let s = cx.slice(furn.span);
        match furn.kind {
            FurnitureKind::RunningFooter if m.job_number.is_none() => {
                // The job number with its language letter, then the processing dates; a
                // malformed one as printed (A507 reports it).
                let len = match crate::symbol::check_job_number(s) {
                    Some(Ok(job)) => Some(job.len),
                    Some(Err(e)) => Some(e.len),
                    None => None,
                };
                if let Some(len) = len {
                    let mut number = s.get(..len.min(s.len())).unwrap_or(s).trim_end_matches(is_space);
                    let mut dates = Vec::new();
                    while let Some((head, last)) = number.rsplit_once(is_space)
                        && crate::lexer::is_date_code(last)
                    {
                        dates.push(last.to_string());
                        number = head.trim_end_matches(is_space);
                    }
                    dates.reverse();
                    m.job_number = Some(fold_whitespace(number));
                    m.spans.job_number = Some(Span::new(furn.span.start, furn.span.start + number.len()));
                    m.job_dates = dates;
                }
            }
            FurnitureKind::Barcode if m.barcode.is_none() => {
                m.barcode = Some(s.trim_matches('*').to_string());
                m.spans.barcode = Some(furn.span);
            }
            _ => {}
        }
    }
    if m.symbol.is_none() && m.distribution.is_none() && m.original_language.is_none() && m.date.is_none() {
        return None;
    }
    m.body = (!body.is_empty()).then(|| fold_whitespace(&body.join(" ")));
    m.session = session;
    m.span = Span::new(cx.span(0).start, cx.span(to - 1).end);
    cx.take(0, to);
    Some(m)
}

/// `Distr.: General` / `Distr. générale` / `Original: English` / `Original : anglais`, anywhere in
/// the line, or in the capitals of older documents (`ORIGINAL: ENGLISH`): the text to the left,
/// the value, and the value's span.
fn labelled<'s>(s: &'s str, base: usize, labels: &[vocab::Label]) -> Option<(&'s str, &'s str, Span)> {
    for label in labels {
        let Some((at, len)) = label.find(s) else { continue };
        if at > 0 && !s[..at].ends_with(is_space) {
            continue;
        }
        let after = s.get(at + len..).unwrap_or("");
        let after = after.trim_start_matches(['.', ':', ' ', '\u{a0}', '\u{202f}']);
        if after.is_empty() {
            // The label alone: its value stands elsewhere (pdftotext prints it above).
            let left = s[..at].trim_end_matches(is_space);
            return Some((left, "", Span::empty(base + s.len())));
        }
        let value_start = s.len() - after.len();
        // The value is one or two words (`General`, `Limited`, `English`, `anglais`).
        let value_len = after.split(is_space).take(1).map(str::len).sum::<usize>();
        let value = &after[..value_len];
        let left = s[..at].trim_end_matches(is_space);
        return Some((left, value, Span::new(base + value_start, base + value_start + value_len)));
    }
    None
}

/// What follows `United Nations` (or its French or Spanish name) at the start of `s`, as
/// printed; `None` when `s` does not begin with it.
pub(super) fn after_united_nations(s: &str) -> Option<&str> {
    let un = vocab::all().iter().flat_map(|v| v.united_nations.iter()).find(|un| key_begins_with(s, un))?;
    let cut = un.len().min(s.len());
    let cut = (cut..=s.len()).find(|&c| s.is_char_boundary(c)).unwrap_or(s.len());
    Some(&s[cut..])
}

/// The words of a distribution category (`General`, `limitée` …), from `data/masthead.toml`,
/// in any case.
pub(super) fn is_distribution_word(w: &str) -> bool {
    fn lower(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().flat_map(char::to_lowercase)
    }
    crate::vocab::masthead().distribution.values().flatten().any(|v| lower(v).eq(lower(w)))
}

/// The ISO form of a date of issue.
fn iso_date(s: &str, lang: crate::model::Language) -> Option<String> {
    crate::datetime::find_dates(s, 0, lang)
        .first()
        .filter(|d| d.start.year.is_some())
        .and_then(|d| d.days(0).first().map(|c| c.iso()))
}

/// Where the masthead of a document with no agenda title ends (a resolution, a report): after
/// the last of its first lines that holds a distribution or original-language label or is a
/// date of issue, when one of them holds a label; else 0 (no masthead).
pub fn leading_end(cx: &Ctx<'_>) -> usize {
    const LINES: usize = 20;
    let v = vocab::vocab(cx.lang);
    let (mut end, mut labelled_seen) = (0, false);
    for f in 0..cx.len().min(LINES) {
        let s = cx.s(f);
        let label = labelled(s, 0, &v.distribution).is_some()
            || labelled(s, 0, std::slice::from_ref(&v.original)).is_some();
        labelled_seen |= label;
        if label || is_issue_date(s) {
            end = f + 1;
        }
    }
    if labelled_seen { end } else { 0 }
}

/// `8 January 2020`, `8 janvier 2020`, `8 de enero de 2020` alone on a line.
fn is_issue_date(s: &str) -> bool {
    let words: Vec<&str> = s.split(is_space).filter(|w| !w.is_empty()).collect();
    let n = words.len();
    if !(3..=5).contains(&n) {
        return false;
    }
    let day = words[0].trim_end_matches("er");
    let year = words[n - 1];
    day.len() <= 2
        && day.bytes().all(|b| b.is_ascii_digit())
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && words[1..n - 1].iter().all(|w| w.chars().all(char::is_alphabetic))
}

/// `Item 2 of the provisional agenda*`, `Point 5 de l’ordre du jour provisoire*`.
pub fn is_item_line(s: &str) -> bool {
    // Most lines start with a letter no item word starts with: no key is built for them.
    if let Some(&b) = s.trim_start_matches(|c| is_space(c) || c == '\n').as_bytes().first()
        && b.is_ascii()
        && !vocab::all()
            .iter()
            .flat_map(|v| &v.item_line_words)
            .any(|w| w.as_bytes().first() == Some(&b.to_ascii_lowercase()))
    {
        return false;
    }
    let k = key(s.trim_end_matches('*'));
    vocab::all().iter().any(|v| {
        v.item_line_words.iter().any(|w| k.strip_prefix(w.as_str()).is_some_and(|r| r.starts_with(' ')))
            && v.item_line_tail.iter().any(|t| k.ends_with(t.as_str()))
    })
}
