//! Tests of the date and time recognizers: one table per form, in all three languages, with
//! exact spans, values and repairs.

mod calendar;
mod counts;
mod dates;
mod properties;
mod times;

use crate::model::Language;

use super::FormatIssue;

/// `text` with every edit of `issues` applied (they come from several matches, in order).
fn apply_all<'a>(text: &str, issues: impl IntoIterator<Item = &'a FormatIssue>) -> String {
    let mut out = String::new();
    let mut pos = 0;
    for issue in issues {
        let span = issue.edit.span;
        assert!(span.start >= pos, "edits overlap or are out of order at {span:?} in {text:?}");
        out.push_str(&text[pos..span.start]);
        out.push_str(&issue.edit.replacement);
        pos = span.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// The language of a table row, from its code.
fn lang(code: &str) -> Language {
    match code {
        "en" => Language::En,
        "fr" => Language::Fr,
        "es" => Language::Es,
        other => panic!("unknown language {other} in a test table"),
    }
}
