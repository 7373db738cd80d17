//! A201 and A202: each list entry has one annotation heading, and the heading repeats the
//! list's title.
//!
//! An item whose annotation has no sub-item headings at all is annotated as a whole (some
//! bodies write one annotation for "Organizational matters"); once an annotation has sub-item
//! headings, every sub-item needs one.

use rustc_hash::FxHashMap;

use crate::finding::{Applicability, Fix};
use crate::fold::key;
use crate::lint::{Context, Emitter, finding};
use crate::model::{AnnotationSub, SubItem};
use crate::span::Span;

use super::titles::{LONGEST_TITLE, compare};
use super::{A201, A202};

/// One side of a list–annotation pair, reduced to what the checks need.
#[derive(Clone, Copy)]
struct Side<'a> {
    /// `item 3`, `item 1 (a)`.
    name: &'a str,
    title: &'a str,
    title_span: Span,
    /// Where a finding about the entry points (number and title, or the heading).
    span: Span,
}

/// A201 and A202 over the whole document.
pub(super) fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let doc = cx.doc;
    let Some(agenda) = doc.agenda.as_ref().filter(|a| !a.items.is_empty()) else { return };
    if doc.annotations.is_empty() {
        // A missing annotations part is A106's finding, not one per item.
        return;
    }
    let coverage = out.enabled(&A201);
    let titles = out.enabled(&A202);
    let mut by_number: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (i, a) in doc.annotations.iter().enumerate() {
        by_number.entry(a.number).or_default().push(i);
    }
    // For each list position, the first annotation of a later listed item: where the
    // annotations go on when this item's is missing (one pass from the end).
    let mut next_annotated: Vec<Option<usize>> = vec![None; agenda.items.len()];
    let mut seen: Option<usize> = None;
    for (k, it) in agenda.items.iter().enumerate().rev() {
        next_annotated[k] = seen;
        if let Some(v) = by_number.get(&it.number) {
            seen = Some(v[0]);
        }
    }
    let mut listed: FxHashMap<u32, ()> = FxHashMap::default();
    for (k, it) in agenda.items.iter().enumerate() {
        if listed.insert(it.number, ()).is_some() {
            continue;
        }
        let name = format!("item {}", it.number);
        let list = Side {
            name: &name,
            title: &it.title,
            title_span: it.title_span,
            span: it.number_span.cover(it.title_span),
        };
        let Some(found) = by_number.get(&it.number) else {
            if coverage {
                // The annotation that stands where this one should: that of the next listed item.
                let next = next_annotated[k].map(|i| &doc.annotations[i]);
                let mut f = finding(&A201, format!("{name} `{}` has no annotation", it.title), list.span)
                    .with_primary_label("list entry")
                    .with_help(format!(
                        "add the annotation heading ` {}. {}` and its text",
                        it.number, it.title
                    ));
                if let Some(n) = next {
                    f = f.with_label(format!("annotations go on to item {} here", n.number), n.heading_span);
                }
                out.emit(f);
            }
            continue;
        };
        let a = &doc.annotations[found[0]];
        if coverage {
            for &dup in &found[1..] {
                let d = &doc.annotations[dup];
                out.emit(
                    finding(&A201, format!("{name} has a second annotation heading"), d.heading_span)
                        .with_primary_label("second heading")
                        .with_label("first heading", a.heading_span)
                        .with_label("list entry", list.span)
                        .with_help("merge the two annotations, or correct the number of the one that belongs elsewhere"),
                );
            }
        }
        let note = Side { name: &name, title: &a.title, title_span: a.title_span, span: a.heading_span };
        if titles {
            title_mismatch(cx, out, list, note);
        }
        if !a.sub_items.is_empty() {
            subs(cx, out, &name, &it.sub_items, &a.sub_items, coverage, titles);
        }
    }
    if coverage {
        for a in &doc.annotations {
            if !listed.contains_key(&a.number) {
                out.emit(
                    finding(
                        &A201,
                        format!(
                            "annotation heading for item {} matches no item of the agenda list",
                            a.number
                        ),
                        a.heading_span,
                    )
                    .with_primary_label("annotation heading")
                    .with_label("agenda list", agenda.heading.span)
                    .with_help(
                        "correct the heading's number, add the item to the list, or remove the annotation",
                    ),
                );
            }
        }
    }
}

/// The sub-items of one item against the sub-headings of its annotation, recursively.
fn subs(
    cx: &Context<'_>,
    out: &mut Emitter<'_>,
    parent: &str,
    list: &[SubItem],
    notes: &[AnnotationSub],
    coverage: bool,
    titles: bool,
) {
    let mut by_marker: FxHashMap<&str, Vec<&AnnotationSub>> = FxHashMap::default();
    for n in notes {
        by_marker.entry(n.marker.as_str()).or_default().push(n);
    }
    let mut listed: FxHashMap<&str, ()> = FxHashMap::default();
    for s in list {
        if listed.insert(s.marker.as_str(), ()).is_some() {
            continue;
        }
        let name = format!("{parent} {}", cx.text(s.marker_span));
        let side = Side {
            name: &name,
            title: &s.title,
            title_span: s.title_span,
            span: s.marker_span.cover(s.title_span),
        };
        let Some(found) = by_marker.get(s.marker.as_str()) else {
            if coverage {
                out.emit(
                    finding(&A201, format!("{name} `{}` has no annotation heading", s.title), side.span)
                        .with_primary_label("list entry")
                        .with_label(format!("annotations of {parent}"), notes[0].heading_span)
                        .with_help(format!(
                            "add the heading `{} {}` to the annotations of {parent}",
                            cx.text(s.marker_span),
                            s.title
                        )),
                );
            }
            continue;
        };
        let n = found[0];
        if coverage {
            for d in &found[1..] {
                out.emit(
                    finding(&A201, format!("{name} has a second annotation heading"), d.heading_span)
                        .with_primary_label("second heading")
                        .with_label("first heading", n.heading_span)
                        .with_help("merge the two annotations, or correct the marker of the one that belongs elsewhere"),
                );
            }
        }
        if titles {
            let note = Side { name: &name, title: &n.title, title_span: n.title_span, span: n.heading_span };
            title_mismatch(cx, out, side, note);
        }
        if !n.sub_items.is_empty() {
            subs(cx, out, &name, &s.sub_items, &n.sub_items, coverage, titles);
        }
    }
    if coverage {
        for n in notes {
            if !listed.contains_key(n.marker.as_str()) {
                out.emit(
                    finding(
                        &A201,
                        format!("annotation heading `{}` matches no sub-item of {parent} in the agenda list", cx.text(n.marker_span)),
                        n.heading_span,
                    )
                    .with_primary_label("annotation heading")
                    .with_help(format!("correct the heading's marker, add the sub-item to {parent} in the list, or remove the annotation")),
                );
            }
        }
    }
}

/// A202: the annotation heading's title against the list title.
fn title_mismatch(cx: &Context<'_>, out: &mut Emitter<'_>, list: Side<'_>, note: Side<'_>) {
    if note.title.is_empty() || list.title.is_empty() {
        return;
    }
    let Some(diff) = compare(list.title, note.title) else { return };
    let at = if note.title_span.is_empty() { note.span } else { note.title_span };
    let mut f =
        finding(&A202, format!("annotation heading of {} {}", note.name, diff.describe("list title")), at)
            .with_primary_label("annotation heading")
            .with_label("list title", if list.title_span.is_empty() { list.span } else { list.title_span })
            .with_help(format!("make the heading read as the agenda list has it: `{}`", list.title));
    // Suggest the replacement only where the heading's bytes are its title and nothing else.
    if !note.title_span.is_empty()
        && note.title.len() <= LONGEST_TITLE
        && key(cx.text(note.title_span)) == key(note.title)
    {
        f = f.with_fix(Fix::replace(Applicability::Display, note.title_span, list.title));
    }
    out.emit(f);
}
