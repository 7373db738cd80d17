//! A702: quotation marks are typographic (`“…”`, French `« … »`) and balanced.
//!
//! Straight double quotes are paired by position: an opening mark follows a space or the start
//! of the text and precedes a letter; a closing one follows a letter or punctuation. When every
//! straight mark of a text pairs up, the safe fix makes each pair curly (in French, guillemets
//! with no-break spaces inside); otherwise each mark is reported without a fix. Curly marks are
//! checked for balance: an opening mark left open, or a closing mark with nothing to close,
//! is reported without a fix. Straight apostrophes are not reported.

use crate::finding::{Applicability, Edit, Fix};
use crate::fold::is_space;
use crate::lint::text::Joined;
use crate::lint::{Context, Emitter, finding};
use crate::model::Language;
use crate::span::Span;

use super::A702;

fn opens_at(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + 1..].chars().next();
    before.is_none_or(|c| is_space(c) || matches!(c, '(' | '[' | '—' | '–' | '-' | '/'))
        && after.is_some_and(|c| !is_space(c))
}

fn closes_at(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + 1..].chars().next();
    before.is_some_and(|c| !is_space(c))
        && after.is_none_or(|c| {
            is_space(c) || matches!(c, '.' | ',' | ';' | ':' | ')' | ']' | '!' | '?' | '—' | '–')
        })
}

/// A702 over one piece of running text.
pub(super) fn check_text(cx: &Context<'_>, out: &mut Emitter<'_>, joined: &Joined) {
    let text: &str = &joined.text;
    straight(cx, out, joined, text);
    balance(out, joined, text);
}

fn straight(cx: &Context<'_>, out: &mut Emitter<'_>, joined: &Joined, text: &str) {
    let marks: Vec<usize> = memchr::memchr_iter(b'"', text.as_bytes()).collect();
    if marks.is_empty() {
        return;
    }
    let paired = marks.len().is_multiple_of(2)
        && marks.chunks(2).all(|p| opens_at(text, p[0]) && closes_at(text, p[1]) && !closes_at(text, p[0]));
    if !paired {
        for &i in &marks {
            out.emit(
                finding(&A702, "straight quotation mark `\"`", joined.span(i, i + 1))
                    .with_primary_label("straight quote")
                    .with_help(
                        "use a curly quotation mark, `“` to open and `”` to close, and close every quotation",
                    ),
            );
        }
        return;
    }
    let french = cx.doc.language == Language::Fr;
    for p in marks.chunks(2) {
        let (open, close) = (p[0], p[1]);
        let (o, c) = if french {
            let o = if text[open + 1..].starts_with(is_space) { "«" } else { "«\u{a0}" };
            let c = if text[..close].ends_with(is_space) { "»" } else { "\u{a0}»" };
            (o, c)
        } else {
            ("“", "”")
        };
        let quoted: String = text[open + 1..close].chars().take(40).collect();
        let more = if text[open + 1..close].chars().count() > 40 { " …" } else { "" };
        let (os, cs) = (joined.span(open, open + 1), joined.span(close, close + 1));
        out.emit(
            finding(&A702, format!("straight quotation marks around `{quoted}{more}`"), os)
                .with_primary_label("opening mark")
                .with_label("closing mark", cs)
                .with_help(format!("use curly quotation marks: `{o}…{c}`"))
                .with_fix(Fix {
                    applicability: Applicability::Safe,
                    edits: vec![
                        Edit { span: os, replacement: o.into() },
                        Edit { span: cs, replacement: c.into() },
                    ],
                }),
        );
    }
}

/// Opening and closing curly marks balance within the text (each kind on its own).
fn balance(out: &mut Emitter<'_>, joined: &Joined, text: &str) {
    let mut report = |at: usize, c: char, what: &str, help: &str| {
        let span: Span = joined.span(at, at + c.len_utf8());
        out.emit(
            finding(&A702, format!("{what} `{c}`"), span)
                .with_primary_label("unbalanced")
                .with_help(help.to_string()),
        );
    };
    // Open marks by kind: curly double quotes, guillemets.
    let mut open: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    // The marks are the only characters of `text` that begin with these bytes.
    for i in memchr::memchr2_iter(0xe2, 0xc2, text.as_bytes()) {
        let Some(c) = text[i..].chars().next() else { continue };
        match c {
            '“' => open[0].push(i),
            '«' => open[1].push(i),
            '”' | '»' if open[usize::from(c == '»')].pop().is_none() => {
                report(
                    i,
                    c,
                    "closing quotation mark with no opening",
                    "add the opening mark, or remove this one",
                );
            }
            _ => {}
        }
    }
    let mut left: Vec<(usize, char)> =
        open[0].iter().map(|&i| (i, '“')).chain(open[1].iter().map(|&i| (i, '«'))).collect();
    left.sort_unstable();
    for (i, c) in left {
        report(i, c, "quotation mark never closed", "close the quotation, or remove the mark");
    }
}
