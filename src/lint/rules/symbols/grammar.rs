//! A501–A503: the grammar of every symbol of the body, from one scan of the raw text.
//!
//! `crate::symbol::scan` finds the symbols, glues back what extraction split and says what is
//! wrong with each; the parse runs it once and keeps the symbols that have issues
//! (`Document::symbol_issues`), and this file only turns those issues into findings. The scan
//! runs over the raw text rather than the parser's re-joined paragraphs so that spans and fixes
//! are exact bytes (a symbol split by a line break is one symbol only in the raw text).
//! Furniture lines are skipped: a link dump prints symbols inside URLs, and a running header is
//! A504's.

use crate::finding::{Applicability, Edit, Finding, Fix};
use crate::lint::{Context, Emitter, finding};
use crate::symbol::{self, SymbolIssue, SymbolMatch};

use super::{A501, A502, A503, in_furniture};

/// Report the issues of every symbol outside the page furniture.
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let furniture = &cx.doc.furniture;
    // The parse's scan of the same text, when it ran; a scan of our own otherwise.
    let scanned;
    let matches = match &cx.doc.symbol_issues {
        Some(flagged) => flagged.as_slice(),
        None => {
            scanned = symbol::scan(cx.source.text(), 0);
            scanned.as_slice()
        }
    };
    for m in matches {
        if m.issues.is_empty() || in_furniture(furniture, m.span) {
            continue;
        }
        for issue in &m.issues {
            out.emit(report(m, issue));
        }
    }
}

/// The finding of one issue of a symbol.
fn report(m: &SymbolMatch, issue: &SymbolIssue) -> Finding {
    match issue {
        SymbolIssue::Malformed { span, reason } => {
            finding(&A501, format!("malformed symbol `{}`: {reason}", shown(m)), *span)
                .with_primary_label("not a valid component")
                .with_help("Correct the symbol to its registered form in the Official Document System.")
        }
        SymbolIssue::Broken { span, gaps, line_break, .. } => {
            let mut f = finding(&A502, issue.message(), *span)
                .with_primary_label("split symbol")
                .with_help("Remove the whitespace inside the symbol.")
                .with_fix(Fix {
                    applicability: Applicability::Safe,
                    edits: gaps.iter().map(|&g| Edit { span: g, replacement: String::new() }).collect(),
                });
            let what = if *line_break { "break inside the symbol" } else { "space inside the symbol" };
            for &gap in gaps {
                f = f.with_label(what, gap);
            }
            f
        }
        SymbolIssue::ModifierForm { span, replacement, reason, .. } => {
            let f =
                finding(&A503, format!("{reason} in `{}`", shown(m)), *span).with_primary_label("modifier");
            match replacement {
                Some(r) => f.with_help(format!("Write the modifier `{r}`.")).with_fix(Fix::replace(
                    Applicability::Safe,
                    *span,
                    r.clone(),
                )),
                None => f.with_help("Number the modifier from 1, as the document's revisions are numbered."),
            }
        }
    }
}

/// The symbol as a message shows it: whitespace folded, so that a symbol split over two
/// lines reads on one.
fn shown(m: &SymbolMatch) -> String {
    m.text.split_whitespace().collect::<Vec<_>>().join(" ")
}
