//! A203–A206: the organization-of-work table against the agenda: rows cite items that exist,
//! every item is scheduled, row titles repeat the list titles, and later rows of an item say
//! `(continued)`.
//!
//! Rows are read both from days → slots (a table whose rows kept their date and time) and from
//! the flat entry list of a schedule (a table extracted column by column, or a plain list).

use rustc_hash::{FxHashMap, FxHashSet};

use crate::finding::{Applicability, Fix};
use crate::fold::key;
use crate::lint::{Context, Emitter, finding};
use crate::model::{Document, Entry, Language, Schedule};
use crate::span::Span;
use crate::vocab::vocab;

use super::super::structure::entry::marker_in;
use super::outline::{Node, Outline};
use super::titles::{LONGEST_TITLE, compare, loose_key};
use super::{A203, A204, A205, A206};

/// The rows of a schedule in table order: day by day, slot by slot, then the flat list.
fn rows(s: &Schedule) -> impl Iterator<Item = &Entry> {
    s.days.iter().flat_map(|d| d.slots.iter().flat_map(|sl| sl.entries.iter())).chain(s.entries.iter())
}

fn schedules(doc: &Document) -> impl Iterator<Item = &Schedule> {
    doc.annexes.iter().filter_map(|a| a.schedule.as_ref())
}

/// How a row cites its item, written as the language writes it: `2`, `1 (a)`, `5 (a) (ii)`,
/// French `1 a)`.
fn cited(e: &Entry, lang: Language) -> Option<String> {
    let n = e.item?;
    Some(match (&e.sub_item, &e.sub_sub_item) {
        (Some(a), Some(i)) => format!("{n} {} {}", marker_in(a, lang), marker_in(i, lang)),
        (Some(a), None) => format!("{n} {}", marker_in(a, lang)),
        _ => n.to_string(),
    })
}

fn place(e: &Entry) -> Span {
    if e.ref_span.is_empty() { e.span } else { e.ref_span }
}

/// The outline entry a row cites, if it exists.
fn target<'o, 'a>(o: &'o Outline<'a>, e: &Entry) -> Option<&'o Node<'a>> {
    let n = e.item?;
    match (&e.sub_item, &e.sub_sub_item) {
        (Some(a), Some(i)) => o.sub(n, a, i),
        (Some(a), None) => o.sub(n, a, ""),
        _ => o.item(n),
    }
}

/// Run A203–A206.
pub(super) fn check(cx: &Context<'_>, out: &mut Emitter<'_>, outline: &Outline<'_>) {
    let doc = cx.doc;
    if schedules(doc).next().is_none() {
        return;
    }
    if !outline.is_empty() {
        if out.enabled(&A203) || out.enabled(&A205) {
            rows_against_outline(cx, out, outline);
        }
        if out.enabled(&A204) {
            unscheduled(out, doc, outline);
        }
    }
    if out.enabled(&A206) {
        for s in schedules(doc) {
            continued(cx, out, s);
        }
    }
}

/// A203 (a row cites an unknown item) and A205 (a row's title differs from the list's).
fn rows_against_outline(cx: &Context<'_>, out: &mut Emitter<'_>, outline: &Outline<'_>) {
    let source = if outline.from_list { "agenda list" } else { "annotations" };
    // The sub-item titles of each item, as loose keys, built when first needed.
    let mut sub_titles: FxHashMap<u32, FxHashSet<String>> = FxHashMap::default();
    for s in schedules(cx.doc) {
        for e in rows(s) {
            let (Some(n), Some(name)) = (e.item, cited(e, cx.doc.language)) else { continue };
            let Some(node) = target(outline, e) else {
                let mut f = match outline.item(n) {
                    None => finding(
                        &A203,
                        format!("annex row cites item {n}, which is not on the agenda"),
                        place(e),
                    )
                    .with_primary_label("annex row")
                    .with_help(format!("correct the row's item number, or add item {n} to the agenda")),
                    Some(item) => finding(
                        &A203,
                        format!("annex row cites item {name}, but item {n} has no such sub-item"),
                        place(e),
                    )
                    .with_primary_label("annex row")
                    .with_label(format!("item {n} in the {source}"), item.span)
                    .with_help("correct the row's sub-item, or add the sub-item to the agenda"),
                };
                if outline.item(n).is_none()
                    && let Some(src) = outline.source
                {
                    f = f.with_label(source, src);
                }
                out.emit(f);
                continue;
            };
            if e.title.is_empty() || node.title.is_empty() {
                continue;
            }
            // A row that cites a whole item may be titled with one of its sub-items.
            if e.sub_item.is_none() {
                let titles = sub_titles.entry(n).or_insert_with(|| {
                    outline
                        .sub_markers(n)
                        .iter()
                        .filter_map(|m| outline.sub(n, m, ""))
                        .map(|s| loose_key(s.title))
                        .collect()
                });
                if !titles.is_empty() && titles.contains(&loose_key(&e.title)) {
                    continue;
                }
            }
            let Some(diff) = compare(node.title, &e.title) else { continue };
            let at = if e.title_span.is_empty() { e.span } else { e.title_span };
            let mut f =
                finding(&A205, format!("annex row for item {name} {}", diff.describe("list title")), at)
                    .with_primary_label("annex row title")
                    .with_label(format!("list title of item {name}"), node.title_span)
                    .with_help(format!("make the row's title read as the {source} has it: `{}`", node.title));
            if !e.title_span.is_empty()
                && e.title.len() <= LONGEST_TITLE
                && key(cx.text(e.title_span)) == key(&e.title)
            {
                f = f.with_fix(Fix::replace(Applicability::Display, e.title_span, node.title));
            }
            out.emit(f);
        }
    }
}

/// A204: every item, or each sub-item of an item not scheduled as a whole, has a row.
fn unscheduled(out: &mut Emitter<'_>, doc: &Document, outline: &Outline<'_>) {
    let lang = doc.language;
    let mut whole: FxHashSet<u32> = FxHashSet::default();
    let mut parts: FxHashSet<(u32, &str)> = FxHashSet::default();
    // Where the table begins: its header row, or its first day, or its first row.
    let mut table: Option<Span> = None;
    for s in schedules(doc) {
        let head = s.header.as_ref().map(|h| h.span).or_else(|| s.days.first().map(|d| d.label_span));
        table = table.or(head).or_else(|| rows(s).next().map(|e| e.span));
        for e in rows(s) {
            let Some(n) = e.item else { continue };
            match &e.sub_item {
                Some(a) => {
                    parts.insert((n, a.as_str()));
                }
                None => {
                    whole.insert(n);
                }
            }
        }
    }
    if whole.is_empty() && parts.is_empty() {
        return;
    }
    let table = table.unwrap_or_default();
    for (n, node) in &outline.items {
        if whole.contains(n) {
            continue;
        }
        let markers = outline.sub_markers(*n);
        let any_part = markers.iter().any(|m| parts.contains(&(*n, *m)));
        if !any_part {
            out.emit(
                finding(&A204, format!("item {n} `{}` is scheduled in no annex row", node.title), node.span)
                    .with_primary_label("agenda item")
                    .with_label("organization of work", table)
                    .with_help(format!("schedule item {n} in the organization of work")),
            );
            continue;
        }
        for m in markers {
            if parts.contains(&(*n, *m)) {
                continue;
            }
            let Some(sub) = outline.sub(*n, m, "") else { continue };
            out.emit(
                finding(
                    &A204,
                    format!("item {n} {} `{}` is scheduled in no annex row", marker_in(m, lang), sub.title),
                    sub.span,
                )
                .with_primary_label("agenda sub-item")
                .with_label("organization of work", table)
                .with_help(format!(
                    "schedule item {n} {}, or item {n} as a whole, in the organization of work",
                    marker_in(m, lang)
                )),
            );
        }
    }
}

/// A206: the first row of an item has no `(continued)`, every later row has it.
fn continued(cx: &Context<'_>, out: &mut Emitter<'_>, s: &Schedule) {
    let tag = vocab(cx.doc.language).continued.first().map_or("(continued)", String::as_str);
    let mut first: FxHashMap<(u32, Option<&str>, Option<&str>), &Entry> = FxHashMap::default();
    for e in rows(s) {
        let Some(n) = e.item else { continue };
        let Some(name) = cited(e, cx.doc.language) else { continue };
        let k = (n, e.sub_item.as_deref(), e.sub_sub_item.as_deref());
        match first.get(&k) {
            None => {
                first.insert(k, e);
                if e.continued {
                    let at = e.continued_span.unwrap_or(e.span);
                    let mut f = finding(
                        &A206,
                        format!("the first annex row of item {name} is marked `{}`", cx.text(at)),
                        at,
                    )
                    .with_primary_label("first row of the item")
                    .with_help(format!("remove `{}`: the item is first taken up here", cx.text(at)));
                    if let Some(c) = e.continued_span {
                        f = f.with_fix(Fix::replace(Applicability::Safe, removal(cx, e, c), ""));
                    }
                    out.emit(f);
                }
            }
            // A tag printed right after the title (on the next line) that the table reader did
            // not attach to the row is there all the same.
            Some(&earlier) if !e.continued && !tag_follows(cx, e) => {
                let mut f =
                    finding(&A206, format!("item {name} is scheduled again without `{tag}`"), place(e))
                        .with_primary_label("later row")
                        .with_label("first row of the item", place(earlier))
                        .with_help(format!("end the row's title with `{tag}`"));
                if let Some(at) = insertion(cx, e) {
                    f = f.with_fix(Fix::replace(Applicability::Safe, Span::empty(at), format!(" {tag}")));
                }
                out.emit(f);
            }
            Some(_) => {}
        }
    }
}

/// True when a `(continued)` form of the language follows the row's title in the text.
fn tag_follows(cx: &Context<'_>, e: &Entry) -> bool {
    let text = cx.source.text();
    let after = text.get(e.title_span.end.max(e.span.start)..).unwrap_or("").trim_start();
    let head: String = after.chars().take(24).collect::<String>().to_lowercase();
    vocab(cx.doc.language).continued.iter().any(|t| head.starts_with(&t.to_lowercase()))
}

/// The bytes a removed `(continued)` takes with it: the spaces (and line breaks) between the
/// title and the tag, when nothing else stands there.
fn removal(cx: &Context<'_>, e: &Entry, tag: Span) -> Span {
    let t = e.title_span;
    if !t.is_empty()
        && t.end <= tag.start
        && cx.text(Span::new(t.end, tag.start)).chars().all(char::is_whitespace)
    {
        Span::new(t.end, tag.end)
    } else {
        tag
    }
}

/// Where `(continued)` goes: right after the row's title, when the title's bytes end with its
/// last word (a title interleaved with other columns gets no fix).
fn insertion(cx: &Context<'_>, e: &Entry) -> Option<usize> {
    let t = e.title_span;
    if t.is_empty() {
        return None;
    }
    let last_word = e.title.rsplit(' ').next().filter(|w| !w.is_empty())?;
    cx.text(t).trim_end().ends_with(last_word).then_some(t.start + cx.text(t).trim_end().len())
}
