//! A208: `Documentation` blocks — each entry is `Description (SYMBOL)` (or `SYMBOL
//! Description`, in the two-column tables of the Human Rights Council), a paper the text cites
//! for an item is listed under that item, and no paper is listed under two items.
//!
//! A citation counts as the paper for the item when the symbol stands alone in parentheses
//! (`The background paper prepared by the Secretariat (CTOC/COP/WG.6/2020/2)`, not `(see …)`)
//! and belongs to the session's series: the series (the symbol up to its last `/`) of the
//! masthead symbol or of a symbol some Documentation block lists. Earlier reports cited in
//! passing are not session papers. Symbols come from [`crate::model::Document::symbols`].

use rustc_hash::{FxHashMap, FxHashSet};

use crate::lint::{Context, Emitter, finding};
use crate::model::{Annotation, AnnotationSub, Block, Documentation, Paragraph, SymbolRef};
use crate::span::Span;

use super::A208;

/// The series of a symbol: everything before its last `/` (`CTOC/COP/WG.6/2020`).
fn series(canonical: &str) -> &str {
    canonical.rfind('/').map_or(canonical, |i| &canonical[..i])
}

/// An annotation (of an item or a sub-item) with its paragraphs and Documentation blocks.
struct Scope<'a> {
    item: u32,
    /// A sub-item's marker and the scope it is under (an index into the scopes); `None` for
    /// the item's own annotation.
    sub: Option<(Span, usize)>,
    paragraphs: Vec<&'a Paragraph>,
    docs: Vec<&'a Documentation>,
}

fn scope<'a>(item: u32, sub: Option<(Span, usize)>, body: &'a [Block]) -> Scope<'a> {
    let mut s = Scope { item, sub, paragraphs: Vec::new(), docs: Vec::new() };
    for b in body {
        match b {
            Block::Paragraph(p) => s.paragraphs.push(p),
            Block::Documentation(d) => s.docs.push(d),
            Block::Subheading(_) => {}
        }
    }
    s
}

/// Add the scopes of an annotation: the item's, then each sub-item's, depth first.
fn scopes<'a>(a: &'a Annotation, acc: &mut Vec<Scope<'a>>) {
    fn subs<'a>(item: u32, parent: usize, list: &'a [AnnotationSub], acc: &mut Vec<Scope<'a>>) {
        for s in list {
            acc.push(scope(item, Some((s.marker_span, parent)), &s.body));
            subs(item, acc.len() - 1, &s.sub_items, acc);
        }
    }
    acc.push(scope(a.number, None, &a.body));
    subs(a.number, acc.len() - 1, &a.sub_items, acc);
}

/// The name of scope `k` in messages: `item 3`, `item 3 (a)`, `item 3 (a) (i)`.
fn name(cx: &Context<'_>, all: &[Scope<'_>], k: usize) -> String {
    match all[k].sub {
        None => format!("item {}", all[k].item),
        Some((marker, parent)) => format!("{} {}", name(cx, all, parent), cx.text(marker)),
    }
}

/// True when a body or the bodies of its sub-items hold a Documentation block.
fn has_documentation(body: &[Block], subs: &[AnnotationSub]) -> bool {
    body.iter().any(|b| matches!(b, Block::Documentation(_)))
        || subs.iter().any(|s| has_documentation(&s.body, &s.sub_items))
}

/// The symbols whose spans lie inside `span` (`symbols` sorted by position).
fn symbols_in(symbols: &[SymbolRef], span: Span) -> &[SymbolRef] {
    let from = symbols.partition_point(|s| s.span.start < span.start);
    let to = symbols.partition_point(|s| s.span.start < span.end);
    &symbols[from..to.max(from)]
}

/// True when the symbol stands alone in parentheses: `(CTOC/COP/WG.6/2020/2)`.
fn alone_in_parentheses(cx: &Context<'_>, span: Span) -> bool {
    let text = cx.source.text();
    let before = text[..span.start].trim_end();
    let after = text[span.end..].trim_start();
    before.ends_with('(') && after.starts_with(')')
}

/// A208 over the annotations.
pub(super) fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let doc = cx.doc;
    if !doc.annotations.iter().any(|a| has_documentation(&a.body, &a.sub_items)) {
        return;
    }
    let mut all: Vec<Scope<'_>> = Vec::new();
    for a in &doc.annotations {
        scopes(a, &mut all);
    }
    // Entries: a symbol each, and each symbol under one item.
    let mut listed: FxHashMap<String, (u32, Span)> = FxHashMap::default();
    let mut series_set: FxHashSet<String> = FxHashSet::default();
    if let Some(m) = doc.masthead.as_ref().and_then(|m| m.symbol.as_deref()) {
        series_set.insert(series(m.trim_end_matches('*')).to_string());
    }
    for s in &all {
        for d in &s.docs {
            for e in &d.entries {
                let Some(symbol) = &e.symbol else {
                    out.emit(
                        finding(&A208, "documentation entry has no document symbol", e.span)
                            .with_primary_label("entry")
                            .with_help("end the entry with the document's symbol in parentheses: `Description (SYMBOL)`"),
                    );
                    continue;
                };
                let canonical: String = symbol.chars().filter(|c| !c.is_whitespace()).collect();
                series_set.insert(series(&canonical).to_string());
                let at = e.symbol_span.unwrap_or(e.span);
                match listed.get(&canonical) {
                    Some(&(item, first)) => {
                        let where_ = if item == s.item {
                            format!("twice under item {item}")
                        } else {
                            format!("under items {item} and {}", s.item)
                        };
                        out.emit(
                            finding(&A208, format!("`{canonical}` is listed {where_}"), at)
                                .with_primary_label("listed again")
                                .with_label(format!("first listed under item {item}"), first)
                                .with_help("list each document once, under the item it is for"),
                        );
                    }
                    None => {
                        listed.insert(canonical, (s.item, at));
                    }
                }
            }
        }
    }
    // Citations in the text: listed under the item (anywhere in its annotation). The
    // Documentation blocks and listed symbols of each item, gathered once.
    let mut by_item: FxHashMap<u32, (Vec<&Documentation>, FxHashSet<String>)> = FxHashMap::default();
    for s in &all {
        let (docs, own) = by_item.entry(s.item).or_default();
        docs.extend(s.docs.iter().copied());
        own.extend(
            s.docs
                .iter()
                .flat_map(|d| d.entries.iter().filter_map(|e| e.symbol.as_deref()))
                .map(|x| x.chars().filter(|c| !c.is_whitespace()).collect::<String>()),
        );
    }
    for (k, s) in all.iter().enumerate() {
        let (docs, own) = &by_item[&s.item];
        if docs.is_empty() {
            continue;
        }
        for p in &s.paragraphs {
            for sym in symbols_in(&doc.symbols, p.span) {
                if own.contains(&sym.canonical)
                    || !series_set.contains(series(&sym.canonical))
                    || !alone_in_parentheses(cx, sym.span)
                {
                    continue;
                }
                let c = &sym.canonical;
                let mut f = finding(
                    &A208,
                    format!("`{c}` is cited for {} but not listed in its Documentation", name(cx, &all, k)),
                    sym.span,
                )
                .with_primary_label("cited here")
                .with_label(format!("Documentation of item {}", s.item), docs[0].span);
                let help = match listed.get(c) {
                    Some(&(item, at)) => {
                        f = f.with_label(format!("listed under item {item}"), at);
                        format!(
                            "list `{c}` under item {}, or cite the paper the item's Documentation lists",
                            s.item
                        )
                    }
                    None if own.is_empty() => format!("list `{c}` under item {}", s.item),
                    None => {
                        let mut names: Vec<&String> = own.iter().collect();
                        names.sort();
                        let shown: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                        format!(
                            "list `{c}` under item {}, or correct the symbol (the Documentation lists {})",
                            s.item,
                            shown.join(", ")
                        )
                    }
                };
                out.emit(f.with_help(help));
            }
        }
    }
}
