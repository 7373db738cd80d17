//! A504: the masthead, the running headers, the footers and the barcodes name one document.
//!
//! The masthead gives the symbol, the date of issue and (from the foot of the first page) the
//! job number; every running header repeats the symbol, every footer the job number, every
//! barcode the job number's digits (un-conventions.md §1.3). The job number's year is the year
//! of issue and its language letter the language of the version. A disagreement is reported
//! once per distinct wrong text, at its first place, with the reference and the repeats as
//! labels.

use crate::fold::is_space;
use crate::lexer::{LineKind, classify};
use crate::lint::{Context, Emitter, finding};
use crate::model::{FurnitureKind, Language, Masthead};
use crate::scan::header_symbol_range;
use crate::span::Span;
use crate::symbol::{JobNumber, barcode_digits, canonical, check_job_number, parse_job_number};

use super::{A504, Groups, label_repeats, printed_job};

/// Run every agreement check.
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let masthead = cx.doc.masthead.as_ref();
    if let Some(m) = masthead {
        headers(cx, m, out);
    }
    let footers: Vec<Placed> = cx
        .doc
        .furniture
        .iter()
        .filter(|f| f.kind == FurnitureKind::RunningFooter)
        .filter_map(|f| footer_job(cx.text(f.span), f.span.start))
        .collect();
    let from_masthead = masthead.and_then(masthead_job);
    let reference = match (&from_masthead, footers.first()) {
        (Some(job), _) => Reference { placed: job, label: "job number in the masthead" },
        (None, Some(first)) => Reference { placed: first, label: "first job number" },
        (None, None) => return,
    };
    footer_jobs(&reference, &footers, out);
    barcodes(cx, &reference, out);
    if let Some(m) = masthead {
        year(m, &reference, out);
    }
    let lettered = std::iter::once(reference.placed).chain(&footers).find(|p| p.job.language.is_some());
    if let Some(placed) = lettered {
        language(placed, cx.doc.language, out);
    }
}

/// A job number and where it is printed.
struct Placed {
    job: JobNumber,
    /// The job number with its language letter, without the processing dates.
    span: Span,
}

/// The job number the others are compared with: the masthead's, or the first footer's.
struct Reference<'a> {
    placed: &'a Placed,
    label: &'static str,
}

/// Every running header repeats the masthead symbol.
fn headers(cx: &Context<'_>, m: &Masthead, out: &mut Emitter<'_>) {
    let (Some(symbol), Some(at)) = (&m.symbol, m.spans.symbol) else { return };
    let want = canonical(symbol);
    let mut wrong = Groups::new();
    for f in cx.doc.furniture.iter().filter(|f| f.kind == FurnitureKind::RunningHeader) {
        let line = cx.text(f.span);
        // The `Page 2` line under the symbol in older documents is part of the header.
        if classify(line) == LineKind::PageLabel {
            continue;
        }
        // A header may print the title beside the symbol: only the symbol is compared.
        let part = header_symbol_range(line);
        let text = &line[part.clone()];
        // Headers repeat the symbol as printed: compare canonical forms only when they differ.
        if text != symbol.as_str() {
            let got = canonical(text);
            if got != want {
                wrong.add(got, Span::new(f.span.start + part.start, f.span.start + part.end));
            }
        }
    }
    for (got, spans) in wrong.into_groups() {
        let f = finding(
            &A504,
            format!("running header `{got}` differs from the masthead symbol `{want}`"),
            spans[0],
        )
        .with_primary_label("running header")
        .with_label("masthead symbol", at)
        .with_help("Make every running header repeat the masthead symbol, or correct the masthead.");
        out.emit(label_repeats(f, &spans, "same header"));
    }
}

/// The masthead's job number, when it is well formed and placed.
fn masthead_job(m: &Masthead) -> Option<Placed> {
    let job = parse_job_number(m.job_number.as_deref()?)?;
    let at = m.spans.job_number?;
    Some(Placed {
        span: Span::new(at.start, at.start + printed_job(m.job_number.as_deref()?, job.len).len()),
        job,
    })
}

/// The job number in a footer line (`2/6 V.20-00127`, `V.20-00127 3/6`,
/// `V.20-00127 (E)    080120`): the first word at which a well-formed one starts.
fn footer_job(line: &str, base: usize) -> Option<Placed> {
    let starts = line
        .char_indices()
        .filter(|&(i, c)| !is_space(c) && line[..i].chars().next_back().is_none_or(is_space));
    starts.take(4).find_map(|(i, _)| match check_job_number(&line[i..]) {
        Some(Ok(job)) => {
            let start = base + i;
            Some(Placed { span: Span::new(start, start + printed_job(&line[i..], job.len).len()), job })
        }
        _ => None,
    })
}

/// A job number as printed: `V.20-00127 (E)`, `20-01234`, `K2325071`.
fn shown(job: &JobNumber) -> String {
    let compact = job.prefix.len() == 1 && job.prefix.bytes().all(|b| b.is_ascii_uppercase());
    let mut s = if compact {
        format!("{}{}", job.prefix, job.barcode())
    } else {
        format!("{}{:02}-{:05}", job.prefix, job.year, job.serial)
    };
    if let Some(l) = job.language {
        s.push_str(&format!(" ({l})"));
    }
    s
}

/// Every footer prints the reference job number (its language letter aside: later pages
/// print the number alone).
fn footer_jobs(reference: &Reference<'_>, footers: &[Placed], out: &mut Emitter<'_>) {
    let want = &reference.placed.job;
    let mut wrong = Groups::new();
    for p in footers {
        let same = p.job.prefix == want.prefix && p.job.year == want.year && p.job.serial == want.serial;
        if !same {
            wrong.add(shown(&JobNumber { language: None, ..p.job.clone() }), p.span);
        }
    }
    for (got, spans) in wrong.into_groups() {
        let f = finding(
            &A504,
            format!("job number `{got}` in a footer differs from `{}`", shown(want)),
            spans[0],
        )
        .with_primary_label("footer")
        .with_label(reference.label, reference.placed.span)
        .with_help("Print one job number in every footer of the document.");
        out.emit(label_repeats(f, &spans, "same job number"));
    }
}

/// Every barcode repeats the digits of the reference job number.
fn barcodes(cx: &Context<'_>, reference: &Reference<'_>, out: &mut Emitter<'_>) {
    let want = reference.placed.job.barcode();
    let mut wrong = Groups::new();
    for f in cx.doc.furniture.iter().filter(|f| f.kind == FurnitureKind::Barcode) {
        if let Some(digits) = barcode_digits(cx.text(f.span))
            && digits != want
        {
            wrong.add(digits.to_string(), f.span);
        }
    }
    for (got, spans) in wrong.into_groups() {
        let f = finding(
            &A504,
            format!(
                "barcode `*{got}*` does not repeat the digits of job number `{}` (`{want}`)",
                shown(&reference.placed.job)
            ),
            spans[0],
        )
        .with_primary_label("barcode")
        .with_label(reference.label, reference.placed.span)
        .with_help("Regenerate the barcode from the job number, or correct the job number.");
        out.emit(label_repeats(f, &spans, "same barcode"));
    }
}

/// The job number's year is the year of issue. A document dated late December may be
/// processed in January, and one dated early January may carry a December number: a year
/// apart is accepted across the new year when the date's month is known.
fn year(m: &Masthead, reference: &Reference<'_>, out: &mut Emitter<'_>) {
    let (Some(date), Some(at)) = (&m.date, m.spans.date) else { return };
    let Some(issued) = date.split(is_space).rev().find_map(|w| {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse::<u16>().ok()).flatten()
    }) else {
        return;
    };
    let job = &reference.placed.job;
    let numbered = job.full_year();
    if numbered == issued {
        return;
    }
    let month = m.date_iso.as_deref().and_then(|iso| iso.get(5..7)).and_then(|mm| mm.parse::<u8>().ok());
    let new_year = matches!((month, i32::from(numbered) - i32::from(issued)), (Some(12), 1) | (Some(1), -1));
    if new_year {
        return;
    }
    out.emit(
        finding(
            &A504,
            format!("job number `{}` is from {numbered}, but the document is dated {issued}", shown(job)),
            reference.placed.span,
        )
        .with_primary_label("job number")
        .with_label("date of issue", at)
        .with_help("Correct the job number or the date of issue."),
    );
}

/// The job number's language letter is the language of the document.
fn language(placed: &Placed, doc_language: Language, out: &mut Emitter<'_>) {
    let Some(code) = placed.job.language_code() else { return };
    // Only the languages the parser detects can be compared.
    if !Language::ALL.iter().any(|l| l.code() == code) || code == doc_language.code() {
        return;
    }
    out.emit(
        finding(
            &A504,
            format!(
                "job number `{}` is for the `{code}` version, but the document is in `{}`",
                shown(&placed.job),
                doc_language.code()
            ),
            placed.span,
        )
        .with_primary_label("language letter")
        .with_help("Use the job number of this language version."),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footer_jobs_are_found_beside_page_counters() {
        for (line, want) in [
            ("2/6 V.20-00127", "V.20-00127"),
            ("V.20-00127 3/6", "V.20-00127"),
            ("V.20-00127 (E)    080120    090120", "V.20-00127 (E)"),
            ("2/3                   24-10712", "24-10712"),
            ("4/4 K2325071", "K2325071"),
        ] {
            let p = footer_job(line, 10).expect(line);
            assert_eq!(&line[p.span.start - 10..p.span.end - 10], want, "{line}");
            assert_eq!(shown(&p.job), want);
        }
        assert!(footer_job("3/6", 0).is_none());
        assert!(footer_job("270923", 0).is_none());
    }
}
