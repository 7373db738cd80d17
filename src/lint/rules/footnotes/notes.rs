//! A301, A302, A303 and A305: footnote references against definitions, their numbering, and
//! the asterisk notes.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::lint::{Context, Emitter, finding};
use crate::model::{Document, Footnote, FootnoteRef, SubItem};
use crate::span::Span;

use super::super::structure::sequence::{Break, breaks};
use super::{A301, A302, A303, A305};

/// Every footnote reference of the tree (titles of the list, paragraphs), in text order.
pub(super) fn references(doc: &Document) -> Vec<&FootnoteRef> {
    fn subs<'a>(list: &'a [SubItem], acc: &mut Vec<&'a FootnoteRef>) {
        for s in list {
            acc.extend(&s.footnote_refs);
            subs(&s.sub_items, acc);
        }
    }
    let mut refs: Vec<&FootnoteRef> =
        doc.paragraphs().into_iter().flat_map(|p| p.footnote_refs.iter()).collect();
    if let Some(a) = &doc.agenda {
        for it in &a.items {
            refs.extend(&it.footnote_refs);
            subs(&it.sub_items, &mut refs);
        }
    }
    refs.sort_by_key(|r| (r.span.start, r.span.end));
    refs.dedup_by_key(|r| r.span);
    refs
}

fn is_asterisks(marker: &str) -> bool {
    !marker.is_empty() && marker.bytes().all(|b| b == b'*')
}

/// An asterisk indicator: `*` or `**` on the masthead symbol, the title, the agenda-item line,
/// or in the text.
struct Asterisk {
    marker: String,
    span: Span,
    /// What carries it, for messages.
    on: &'static str,
}

/// The run of `*` that ends the text of `span` (trailing spaces aside), or that follows it.
fn trailing_asterisks(cx: &Context<'_>, span: Span) -> Option<Span> {
    let text = cx.source.text();
    let inside = cx.text(span).trim_end();
    let end = span.start + inside.len();
    let run_in = inside.len() - inside.trim_end_matches('*').len();
    if run_in > 0 {
        return Some(Span::new(end - run_in, end));
    }
    let after = text.get(span.end..)?;
    let run_after = after.len() - after.trim_start_matches('*').len();
    (run_after > 0).then(|| Span::new(span.end, span.end + run_after))
}

fn asterisks(cx: &Context<'_>, refs: &[&FootnoteRef]) -> Vec<Asterisk> {
    let doc = cx.doc;
    let mut out = Vec::new();
    let mut at = |span: Option<Span>, on: &'static str| {
        if let Some(s) = span.and_then(|s| trailing_asterisks(cx, s)) {
            out.push(Asterisk { marker: cx.text(s).to_string(), span: s, on });
        }
    };
    if let Some(m) = &doc.masthead {
        at(m.spans.symbol, "document symbol");
        at(m.spans.item_line, "agenda-item line");
    }
    at(doc.title.as_ref().map(|t| t.span), "title");
    for r in refs.iter().filter(|r| is_asterisks(&r.marker)) {
        if !out.iter().any(|a| a.span.overlaps(r.span)) {
            out.push(Asterisk { marker: r.marker.clone(), span: r.span, on: "text" });
        }
    }
    out
}

/// A301, A302, A303, A305.
pub(super) fn check(cx: &Context<'_>, out: &mut Emitter<'_>, refs: &[&FootnoteRef]) {
    let doc = cx.doc;
    let mut defs: FxHashMap<&str, &Footnote> = FxHashMap::default();
    for f in &doc.footnotes {
        defs.entry(f.marker.as_str()).or_insert(f);
    }
    let stars = asterisks(cx, refs);
    if out.enabled(&A301) {
        undefined(out, doc, refs, &defs);
    }
    if out.enabled(&A302) {
        let cited: FxHashSet<&str> =
            refs.iter().map(|r| r.marker.as_str()).chain(stars.iter().map(|a| a.marker.as_str())).collect();
        for f in &doc.footnotes {
            if f.references.is_empty() && !cited.contains(f.marker.as_str()) {
                out.emit(
                    finding(
                        &A302,
                        format!("footnote {} is not referenced in the text", f.marker),
                        f.marker_span,
                    )
                    .with_primary_label("footnote")
                    .with_help(format!(
                        "put the indicator {} where the note belongs, or delete the note",
                        f.marker
                    )),
                );
            }
        }
    }
    if out.enabled(&A303) {
        sequence(out, doc, refs, &defs);
    }
    if out.enabled(&A305) {
        for a in &stars {
            if defs.contains_key(a.marker.as_str()) {
                continue;
            }
            let mut f = finding(
                &A305,
                format!("the {} carries `{}` but there is no `{}` note", a.on, a.marker, a.marker),
                a.span,
            )
            .with_primary_label("indicator")
            .with_help(format!(
                "add the note `{} …` at the foot of the page, or remove the indicator",
                a.marker
            ));
            if let Some(other) = doc.footnotes.iter().find(|f| is_asterisks(&f.marker)) {
                f = f.with_label(format!("note `{}`", other.marker), other.marker_span);
            }
            out.emit(f);
        }
    }
}

/// A301: references whose marker no footnote has.
fn undefined(
    out: &mut Emitter<'_>,
    doc: &Document,
    refs: &[&FootnoteRef],
    defs: &FxHashMap<&str, &Footnote>,
) {
    for r in refs {
        if is_asterisks(&r.marker) || defs.contains_key(r.marker.as_str()) {
            continue;
        }
        let mut f = finding(&A301, format!("footnote reference {} has no footnote", r.marker), r.span)
            .with_primary_label("reference");
        // The notes of its page: the first definition after it (else the last before it).
        let next = doc.footnotes.partition_point(|f| f.span.start < r.span.start);
        let near = doc.footnotes.get(next).or_else(|| next.checked_sub(1).and_then(|i| doc.footnotes.get(i)));
        if let Some(near) = near {
            f = f.with_label(format!("nearest footnote, {}", near.marker), near.marker_span);
        }
        out.emit(f.with_help(format!(
            "add footnote {} at the foot of the page, or correct or remove the marker",
            r.marker
        )));
    }
}

/// A303: numbered definitions run 1…n, and are first referenced in that order.
fn sequence(out: &mut Emitter<'_>, doc: &Document, refs: &[&FootnoteRef], defs: &FxHashMap<&str, &Footnote>) {
    let numbered: Vec<(&Footnote, u32)> =
        doc.footnotes.iter().filter_map(|f| f.marker.parse::<u32>().ok().map(|n| (f, n))).collect();
    let values: Vec<u32> = numbered.iter().map(|(_, n)| *n).collect();
    for b in breaks(&values) {
        let (f, n) = numbered[b.at()];
        let finding = match b {
            Break::Missing { first, last, .. } => {
                let missing = if first == last {
                    format!("footnote {first} is missing")
                } else {
                    format!("footnotes {first} to {last} are missing")
                };
                let mut x = match b.at().checked_sub(1).map(|i| numbered[i]) {
                    Some((prev, m)) => {
                        finding(&A303, format!("footnote {n} follows footnote {m}: {missing}"), f.marker_span)
                            .with_label("previous footnote", prev.marker_span)
                    }
                    None => finding(&A303, format!("the footnotes start at {n}: {missing}"), f.marker_span),
                };
                x = x.with_primary_label(format!("expected {first}"));
                x.with_help("renumber the footnotes and their indicators consecutively")
            }
            Break::Repeated { first, .. } => {
                finding(&A303, format!("footnote {n} is numbered twice"), f.marker_span)
                    .with_primary_label(format!("second footnote {n}"))
                    .with_label(format!("first footnote {n}"), numbered[first].0.marker_span)
                    .with_help("renumber the footnotes and their indicators so that each number is used once")
            }
            Break::OutOfOrder { after, .. } => finding(
                &A303,
                format!("footnote {n} comes after footnote {}", numbered[after].1),
                f.marker_span,
            )
            .with_primary_label("out of order")
            .with_label(format!("footnote {}", numbered[after].1), numbered[after].0.marker_span)
            .with_help("put the footnotes in numerical order"),
        };
        out.emit(finding);
    }
    // Order of first reference, among defined numbered footnotes.
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let firsts: Vec<(&FootnoteRef, u32)> = refs
        .iter()
        .filter(|r| defs.contains_key(r.marker.as_str()) && seen.insert(r.marker.as_str()))
        .filter_map(|r| r.marker.parse::<u32>().ok().map(|n| (*r, n)))
        .collect();
    let values: Vec<u32> = firsts.iter().map(|(_, n)| *n).collect();
    for b in breaks(&values) {
        let Break::OutOfOrder { at, after } = b else { continue };
        let (r, n) = firsts[at];
        let (earlier, m) = firsts[after];
        out.emit(
            finding(&A303, format!("footnote {n} is first referenced after footnote {m}"), r.span)
                .with_primary_label(format!("first reference to {n}"))
                .with_label(format!("first reference to {m}"), earlier.span)
                .with_help("number the footnotes in the order of their first reference"),
        );
    }
}
