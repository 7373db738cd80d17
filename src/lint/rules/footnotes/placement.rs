//! A304: a footnote indicator goes after punctuation in English (`controls.1`) and before it
//! in French and Spanish (`contrôles1.`).
//!
//! The fix moves the indicator across the mark. It is unsafe: an indicator beside a closing
//! quotation mark or parenthesis may belong to the quotation or the parenthesis.

use crate::finding::{Applicability, Fix};
use crate::fold::is_space;
use crate::lint::{Context, Emitter, finding};
use crate::model::{FootnoteRef, Language};
use crate::span::Span;

use super::A304;

fn is_mark(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':')
}

/// A304 over every reference.
pub(super) fn check(cx: &Context<'_>, out: &mut Emitter<'_>, refs: &[&FootnoteRef]) {
    let text = cx.source.text();
    let lang = cx.doc.language;
    for r in refs {
        let marker = cx.text(r.span);
        match lang {
            Language::En => {
                // `controls1.` — the mark right after the indicator, a word right before it.
                let Some(mark) = text[r.span.end..].chars().next().filter(|&c| is_mark(c)) else { continue };
                let before = text[..r.span.start].chars().next_back();
                if r.spaced
                    || !before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '”' | '’' | '"' | ')'))
                {
                    continue;
                }
                let edit = Span::new(r.span.start, r.span.end + mark.len_utf8());
                out.emit(
                    finding(&A304, format!("footnote indicator {marker} stands before `{mark}`"), r.span)
                        .with_primary_label("indicator")
                        .with_help(format!(
                            "in English the indicator follows the punctuation: write `{mark}{marker}`"
                        ))
                        .with_fix(Fix::replace(Applicability::Unsafe, edit, format!("{mark}{marker}"))),
                );
            }
            Language::Fr | Language::Es => {
                // `contrôles.1` (or `contrôles. 1`) — the mark right before the indicator.
                let head = &text[..r.span.start];
                let head = if r.spaced { head.trim_end_matches(is_space) } else { head };
                let Some(mark) = head.chars().next_back().filter(|&c| is_mark(c)) else { continue };
                let mark_at = head.len() - mark.len_utf8();
                // French sets a no-break space before `:` and `;`: the indicator goes before it.
                let space_at = head[..mark_at].trim_end_matches(is_space).len();
                let lead = &text[space_at..mark_at];
                let edit = Span::new(space_at, r.span.end);
                let language = if lang == Language::Fr { "French" } else { "Spanish" };
                out.emit(
                    finding(&A304, format!("footnote indicator {marker} stands after `{mark}`"), r.span)
                        .with_primary_label("indicator")
                        .with_help(format!("in {language} the indicator goes before the punctuation: write `{marker}{lead}{mark}`"))
                        .with_fix(Fix::replace(Applicability::Unsafe, edit, format!("{marker}{lead}{mark}"))),
                );
            }
        }
    }
}
