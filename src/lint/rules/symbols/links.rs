//! A505: every link printed at a page end names a symbol of its page.
//!
//! A PDF keeps a hyperlink apart from the text it sits on; Tika prints the targets of a page's
//! links after its text, often each twice. A link whose symbol is nowhere on its page was left
//! pointing at an old document when the text was edited. The symbols of each page are indexed
//! once; the link's own line does not count (the parser keeps furniture out of
//! `Document::symbols`). A link printed after a page's footnotes can be counted on the next
//! page, so the footnotes of the page before count too. A link to a resolution or decision
//! (`undocs.org/A/RES/70/1`) sits on its number in the text (`resolution 70/1`).

use std::borrow::Cow;
use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::finding::Finding;
use crate::fold::is_space;
use crate::lint::{Context, Emitter, finding};
use crate::model::{Document, FurnitureKind, Page};
use crate::span::Span;
use crate::symbol::{self, canonical, symbol_from_url};

use super::{A505, Groups, label_repeats};

/// Check every link dump against its page.
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let doc = cx.doc;
    if doc.pages.is_empty() {
        return;
    }
    // Each link once per page (Tika prints them twice, and a page may cite a symbol often):
    // the first line, the others as labels.
    let mut printed = Groups::new();
    for f in doc.furniture.iter().filter(|f| f.kind == FurnitureKind::LinkDump) {
        let line = cx.text(f.span);
        let Some(named) = symbol_from_url(line) else { continue };
        let at =
            line.rfind(named).map_or(f.span, |i| Span::new(f.span.start + i, f.span.start + i + named.len()));
        printed.add((page_of(&doc.pages, f.span.start), named), at);
    }
    let printed = printed.into_groups();
    if printed.is_empty() {
        return;
    }
    let links: Vec<Link<'_>> = printed.iter().map(|&((page, named), _)| Link::new(named, page)).collect();
    let index = PageIndex::new(doc, &links);
    let mut numbers: FxHashMap<usize, FxHashSet<&str>> = FxHashMap::default();
    for (link, (_, spans)) in links.iter().zip(&printed) {
        let missing: Vec<&str> = link
            .parts
            .iter()
            .map(|p| p.as_ref())
            .filter(|part| !index.has(link.page, part))
            .filter(|part| {
                !resolution_number(part).is_some_and(|n| {
                    numbers
                        .entry(link.page)
                        .or_insert_with(|| number_words(cx.text(doc.pages[link.page].span)))
                        .contains(n)
                })
            })
            .collect();
        if !missing.is_empty() {
            out.emit(report(&index, link, &missing, spans));
        }
    }
}

/// A symbol named by the link dumps of a page.
struct Link<'a> {
    /// The symbol as the link writes it.
    named: &'a str,
    /// 0-based page.
    page: usize,
    /// The symbols it names, canonical: one, or two for a joint symbol.
    parts: Vec<Cow<'a, str>>,
}

impl<'a> Link<'a> {
    fn new(named: &'a str, page: usize) -> Self {
        // Most links name one symbol as printed, already canonical: no scan is needed.
        let plain = !named.bytes().any(|b| matches!(b, b'-' | b'*' | b'(') || b.is_ascii_whitespace());
        let parts = if plain {
            vec![Cow::Borrowed(named)]
        } else {
            // Joint symbols (`E/CN.7/2023/2-E/CN.15/2023/2`) name two documents.
            let found = symbol::scan(named, 0);
            if found.is_empty() {
                vec![Cow::Owned(canonical(named))]
            } else {
                found.into_iter().map(|m| Cow::Owned(m.canonical)).collect()
            }
        };
        Link { named, page, parts }
    }
}

/// The finding for one link (all its printings on one page).
fn report(index: &PageIndex<'_>, link: &Link<'_>, missing: &[&str], spans: &[Span]) -> Finding {
    let (named, page, number) = (link.named, link.page, link.page + 1);
    let message = match missing {
        [_] if link.parts.len() == 1 => {
            format!("link names `{named}`, which does not occur on page {number}")
        }
        _ => format!(
            "link names `{named}`, but {} does not occur on page {number}",
            missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(" and ")
        ),
    };
    let mut f = finding(&A505, message, spans[0])
        .with_primary_label("link target")
        .with_help("Point the hyperlink at the symbol the text cites, in the source document.");
    if let Some(candidate) = index.unlinked.get(&page) {
        f = f.with_label("symbol on the page without its link", *candidate);
    }
    label_repeats(f, spans, "same link")
}

/// The number a resolution or decision is cited by: `70/1` for `A/RES/70/1`, `2231` for
/// `S/RES/2231`.
fn resolution_number(symbol: &str) -> Option<&str> {
    let at = ["/RES/", "/DEC/"].iter().find_map(|k| symbol.find(k).map(|i| i + k.len()))?;
    Some(&symbol[at..]).filter(|n| !n.is_empty())
}

/// Words of a page that hold a digit, without surrounding punctuation: what a resolution
/// number in the text can be (`70/1,` → `70/1`).
fn number_words(text: &str) -> FxHashSet<&str> {
    text.split(|c: char| is_space(c) || c == '\n')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
        .collect()
}

/// The 0-based index of the page holding `offset`.
fn page_of(pages: &[Page], offset: usize) -> usize {
    pages.partition_point(|p| p.span.end <= offset).min(pages.len().saturating_sub(1))
}

/// A symbol compared as `undocs.org` compares it: ignoring ASCII case, without allocating a
/// folded copy.
#[derive(Debug, Clone, Copy)]
struct Folded<'a>(&'a str);

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Folded<'_> {}

impl Hash for Folded<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Eight folded bytes at a time: symbols are hashed once per occurrence.
        for chunk in self.0.as_bytes().chunks(8) {
            let mut word = [0u8; 8];
            for (w, b) in word.iter_mut().zip(chunk) {
                *w = b.to_ascii_lowercase();
            }
            state.write_u64(u64::from_le_bytes(word));
        }
        state.write_usize(self.0.len());
    }
}

/// The symbols of the pages that print links: one set of `(page, symbol)` for the whole
/// document, built in one pass over `Document::symbols`.
struct PageIndex<'d> {
    symbols: FxHashSet<(usize, Folded<'d>)>,
    /// Per page, the one symbol of its text that none of its links names, when there is
    /// exactly one: the likely place of a link that points elsewhere.
    unlinked: FxHashMap<usize, Span>,
}

impl<'d> PageIndex<'d> {
    fn new(doc: &'d Document, links: &[Link<'d>]) -> Self {
        let n = doc.pages.len();
        let mut with_links = vec![false; n];
        for l in links {
            with_links[l.page] = true;
        }
        let mut linked = FxHashSet::with_capacity_and_hasher(links.len(), Default::default());
        linked.extend(links.iter().flat_map(|l| l.parts.iter().map(move |p| (l.page, Folded(p.as_ref())))));
        let mut symbols = FxHashSet::with_capacity_and_hasher(doc.symbols.len(), Default::default());
        // Per page: the first unlinked symbol, or `None` once a second distinct one is seen.
        let mut unlinked: FxHashMap<usize, Option<(Folded<'_>, Span)>> =
            FxHashMap::with_capacity_and_hasher(links.len().min(n), Default::default());
        for s in &doc.symbols {
            let key = Folded(s.canonical.as_str());
            let first = page_of(&doc.pages, s.span.start);
            // A symbol split by a page break belongs to both pages.
            let last = page_of(&doc.pages, s.span.end.saturating_sub(1).max(s.span.start));
            for page in (first..=last).filter(|&p| with_links[p]) {
                if !linked.contains(&(page, key)) {
                    let entry = unlinked.entry(page).or_insert(Some((key, s.span)));
                    if entry.is_some_and(|(k, _)| k != key) {
                        *entry = None;
                    }
                }
                symbols.insert((page, key));
            }
        }
        // The footnotes of a page count for the next one too.
        for note in &doc.footnotes {
            let next = note.page; // the 1-based number of a page is the 0-based index of the next
            if !with_links.get(next).copied().unwrap_or(false) {
                continue;
            }
            let from = doc.symbols.partition_point(|s| s.span.start < note.span.start);
            for s in doc.symbols[from..].iter().take_while(|s| s.span.end <= note.span.end) {
                symbols.insert((next, Folded(s.canonical.as_str())));
            }
        }
        let unlinked = unlinked.into_iter().filter_map(|(page, u)| Some((page, u?.1))).collect();
        PageIndex { symbols, unlinked }
    }

    /// True when `symbol` (canonical) is on the page, ignoring ASCII case.
    fn has(&self, page: usize, symbol: &str) -> bool {
        self.symbols.contains(&(page, Folded(symbol)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolution_links_name_their_numbers() {
        assert_eq!(resolution_number("A/RES/70/1"), Some("70/1"));
        assert_eq!(resolution_number("A/RES/S-13/2"), Some("S-13/2"));
        assert_eq!(resolution_number("S/RES/2231"), Some("2231"));
        assert_eq!(resolution_number("E/DEC/2019/201"), Some("2019/201"));
        assert_eq!(resolution_number("A/75/1"), None);
        assert_eq!(resolution_number("A/RES/"), None);
        let words = number_words("in its resolution 70/1, and resolution 2231 (2015).\nHIV/AIDS");
        for w in ["70/1", "2231", "2015"] {
            assert!(words.contains(w), "{w}");
        }
        assert!(!words.contains("HIV/AIDS"));
    }
}
