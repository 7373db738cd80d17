//! A106: the parts an agenda of its kind must have — a title, the agenda list and, for an
//! annotated agenda, the `Annotations` part after it — in that order.
//!
//! What is required follows the document's kind: a plain provisional agenda needs no
//! annotations, and an annotations-only document (UNEP's `Add.1`) needs no list.

use crate::lint::{Context, Emitter, finding};
use crate::model::DocumentKind;
use crate::span::Span;

use super::A106;

/// The span of the first line with text, or an empty span at 0.
fn first_line(cx: &Context<'_>) -> Span {
    let text = cx.source.text();
    let start = text.len() - text.trim_start().len();
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    Span::new(start, text[..end].trim_end().len().max(start))
}

/// A106: the required parts are present and in order.
pub(super) fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let doc = cx.doc;
    let list = doc.agenda.as_ref().filter(|a| !a.items.is_empty());
    let title_span = doc.title.as_ref().map(|t| t.span);
    match doc.kind {
        DocumentKind::Unknown if doc.title.is_none() && list.is_none() && doc.annotations.is_empty() => {
            out.emit(
                finding(&A106, "no agenda found: no title, agenda list or annotations", first_line(cx))
                    .with_help(
                        "check that the file is an agenda, and that its headings are spelled as usual",
                    ),
            );
            return;
        }
        DocumentKind::Plain | DocumentKind::Annotated if list.is_none() => {
            let at = title_span.unwrap_or_else(|| first_line(cx));
            out.emit(
                finding(&A106, "the agenda has no agenda list", at)
                    .with_primary_label("title of an agenda")
                    .with_help("add the list of items under its heading, `Provisional agenda`"),
            );
        }
        DocumentKind::AnnotationsOnly if doc.annotations.is_empty() => {
            let at = title_span.unwrap_or_else(|| first_line(cx));
            out.emit(
                finding(&A106, "the annotations document has no annotations", at)
                    .with_primary_label("title of annotations")
                    .with_help(
                        "add an annotation heading for each item, such as ` 1. Opening of the session`",
                    ),
            );
        }
        _ => {}
    }
    if doc.title.is_none() {
        let at = doc.agenda.as_ref().map(|a| a.heading.span).unwrap_or_else(|| first_line(cx));
        out.emit(
            finding(&A106, "the document has no title", Span::empty(at.start))
                .with_help("begin the document with its title, such as `Annotated provisional agenda`"),
        );
    }
    if doc.kind == DocumentKind::Annotated {
        annotations_part(cx, out);
    }
}

/// An annotated agenda has an `Annotations` heading, after the list.
fn annotations_part(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let doc = cx.doc;
    let list = doc.agenda.as_ref();
    match (&doc.annotations_heading, list) {
        (None, _) => {
            let first = doc.annotations.first().map(|a| a.heading_span);
            let at =
                first.or_else(|| list.map(|l| Span::empty(l.span.end))).unwrap_or_else(|| first_line(cx));
            let mut f = finding(&A106, "the annotated agenda has no `Annotations` heading", at)
                .with_help("add the heading `Annotations` between the agenda list and the first annotation");
            if first.is_some() {
                f = f.with_primary_label("first annotation, without the heading before it");
            }
            if let Some(t) = &doc.title {
                f = f.with_label("title of an annotated agenda", t.span);
            }
            out.emit(f);
        }
        (Some(h), Some(l)) if h.span.start < l.heading.span.start => {
            out.emit(
                finding(&A106, "the `Annotations` heading comes before the agenda list", h.span)
                    .with_primary_label("annotations")
                    .with_label("agenda list", l.heading.span)
                    .with_help("put the agenda list first, then the annotations"),
            );
        }
        _ => {}
    }
}
