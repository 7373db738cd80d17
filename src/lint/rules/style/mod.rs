//! A7xx: UN editorial style in running text.
//!
//! - `capitals`: A701 lower-case reference words;
//! - `quotes`: A702 curly, balanced quotation marks.
//!
//! Running text is every paragraph and every footnote, its lines joined ([`Joined`]) so that a
//! phrase broken over two lines is found and reported at its exact bytes. A702 also reads the
//! titles of the list and of the annotation headings.

mod capitals;
mod quotes;

use crate::declare_rule;
use crate::lint::text::Joined;
use crate::lint::{Context, Emitter};
use crate::model::{AnnotationSub, Document, SubItem};
use crate::span::Span;

use super::structure::entry::walk;

declare_rule! {
    /// "agenda item 2", "annex", "paragraph 173" are lower case in running text.
    ///
    /// ## What it checks
    /// References to agenda items, annexes, paragraphs, articles, rules and recommendations are
    /// written in lower case inside a sentence, where a number follows them (`Item 3`,
    /// `Annex II`) or, for `annex`, after a lower-case word (`see Annex`). A capital stays
    /// before a proper name (`Annex I Parties`) and where the Charter or the Statute is named.
    ///
    /// ## Why
    /// The UN Editorial Manual capitalizes these words only at the start of a sentence or in a
    /// heading (and `Article` only for the Charter and the ICJ Statute).
    ///
    /// ## Example
    /// `as decided under Agenda Item 2`
    ///
    /// ## How to fix
    /// Write the words in lower case (the fix does it).
    pub static A701 = { code: "A701", name: "reference-capitalization", family: Style, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Quotes are curly and balanced.
    ///
    /// ## What it checks
    /// Quotation marks are typographic (`“…”`; French `« … »`) and every opening mark is
    /// closed. Straight double quotes are reported; straight apostrophes are not.
    ///
    /// ## Why
    /// UN documents use directional quotes; straight or unbalanced ones are typing or
    /// extraction residue.
    ///
    /// ## Example
    /// `entitled "Illicit manufacturing of … ammunition", the Conference`
    ///
    /// ## How to fix
    /// Replace straight quotes by curly ones (the fix does it for balanced pairs).
    pub static A702 = { code: "A702", name: "quote-style", family: Style, severity: Warning, fix: Safe };
}

/// The lines of `span`, split at line feeds.
fn line_spans(source: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = span.start;
    let text = source.get(span.start..span.end).unwrap_or("");
    for (i, _) in text.match_indices('\n') {
        out.push(Span::new(start, span.start + i));
        start = span.start + i + 1;
    }
    out.push(Span::new(start, span.end));
    out
}

/// Running text: paragraphs, then footnote texts (without their markers).
fn running_text<'c, 'a: 'c>(cx: &'c Context<'a>) -> impl Iterator<Item = Joined<'a>> + 'c {
    let source = cx.source.text();
    cx.doc.paragraphs().into_iter().map(|p| cx.paragraph(p)).chain(cx.doc.footnotes.iter().map(move |f| {
        let text = Span::new(f.marker_span.end.max(f.span.start), f.span.end);
        Joined::of_lines(source, &line_spans(source, text))
    }))
}

/// Titles of the list and of the annotation headings.
fn titles(doc: &Document) -> Vec<Span> {
    let mut acc = Vec::new();
    if let Some(a) = &doc.agenda {
        for it in &a.items {
            acc.push(it.title_span);
            let mut subs: Vec<&SubItem> = Vec::new();
            walk(&it.sub_items, &mut subs);
            acc.extend(subs.iter().map(|s| s.title_span));
        }
    }
    for a in &doc.annotations {
        acc.push(a.title_span);
        let mut subs: Vec<&AnnotationSub> = Vec::new();
        walk(&a.sub_items, &mut subs);
        acc.extend(subs.iter().map(|s| s.title_span));
    }
    acc.retain(|s| !s.is_empty());
    acc
}

/// Run the style rules.
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let (caps, quoting) = (out.enabled(&A701), out.enabled(&A702));
    if !caps && !quoting {
        return;
    }
    let source = cx.source.text();
    let nouns = capitals::Nouns::of(cx.doc.language);
    for piece in running_text(cx) {
        if caps {
            capitals::check_text(cx, out, nouns, &piece);
        }
        if quoting {
            quotes::check_text(cx, out, &piece);
        }
    }
    if quoting {
        // Only a title with a quotation mark (`"`, or a mark beginning with 0xC2 or 0xE2) is looked at.
        for span in titles(cx.doc) {
            let raw = source.get(span.start..span.end).unwrap_or("").as_bytes();
            if memchr::memchr3(b'"', 0xc2, 0xe2, raw).is_some() {
                quotes::check_text(cx, out, &Joined::of_lines(source, &line_spans(source, span)));
            }
        }
    }
}
