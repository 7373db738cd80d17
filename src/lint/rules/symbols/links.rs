//! A505: every link printed at a page end names a symbol of its page.
//!
//! A PDF keeps a hyperlink apart from the text it sits on; Tika prints the targets of a page's
//! links after its text, often each twice. A link whose symbol is nowhere on its page was left
//! pointing at an old document when the text was edited. The link's own line does not count
//! (the parser keeps furniture out of `Document::symbols`). A link printed after a page's
//! footnotes can be counted on the next page, so the footnotes of the page before count too.
//! A link to a resolution or decision (`undocs.org/A/RES/70/1`) sits on its number in the text
//! (`resolution 70/1`).
//!
//! The check sweeps the pages in order with cursors into the link dumps, the symbols and the
//! footnotes (all sorted by position), keeping only one page's symbols at a time: linear, and
//! small enough to stay in cache however long the document.

use std::borrow::Cow;
use std::hash::{Hash, Hasher};

use rustc_hash::FxHashSet;

use crate::finding::Finding;
use crate::fold::is_space;
use crate::lint::{Context, Emitter, finding};
use crate::model::{Document, FurnitureKind, SymbolRef};
use crate::span::Span;
use crate::symbol::{self, canonical, symbol_from_url};

use super::{A505, Groups, label_repeats};

/// Check every link dump against its page.
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let doc = cx.doc;
    if doc.pages.is_empty() {
        return;
    }
    let mut dumps = Vec::new();
    for f in doc.furniture.iter().filter(|f| f.kind == FurnitureKind::LinkDump) {
        let line = cx.text(f.span);
        let Some(named) = symbol_from_url(line) else { continue };
        let at =
            line.rfind(named).map_or(f.span, |i| Span::new(f.span.start + i, f.span.start + i + named.len()));
        dumps.push((crate::scan::page_number(&doc.pages, f.span.start) - 1, named, at));
    }
    let mut sweep = Sweep::new(doc);
    for run in dumps.chunk_by(|a, b| a.0 == b.0) {
        let page = run[0].0;
        sweep.load(page);
        // Each link once per page (Tika prints them twice, and a page may cite a symbol
        // often): the first line, the others as labels.
        let mut printed = Groups::new();
        for &(_, named, at) in run {
            printed.add(named, at);
        }
        let links: Vec<(Link<'_>, Vec<Span>)> =
            printed.into_groups().into_iter().map(|(named, spans)| (Link::new(named, page), spans)).collect();
        // Computed once per page, and only when needed.
        let mut numbers: Option<FxHashSet<&str>> = None;
        let mut candidate: Option<Option<Span>> = None;
        for (link, spans) in &links {
            let missing: Vec<&str> = link
                .parts
                .iter()
                .map(|p| p.as_ref())
                .filter(|part| !sweep.has(part))
                .filter(|part| {
                    !resolution_number(part).is_some_and(|n| {
                        numbers.get_or_insert_with(|| number_words(cx.text(doc.pages[page].span))).contains(n)
                    })
                })
                .collect();
            if !missing.is_empty() {
                let candidate =
                    *candidate.get_or_insert_with(|| sweep.unlinked(links.iter().map(|(l, _)| l)));
                out.emit(report(link, &missing, spans, candidate));
            }
        }
    }
}

/// The symbols of one page at a time, pages visited in increasing order.
struct Sweep<'d> {
    doc: &'d Document,
    /// First symbol that may still lie on the current page or a later one.
    next_symbol: usize,
    /// First footnote that may still lie on the page before the current one or later.
    next_note: usize,
    /// Symbols of the current page's text (footnotes included).
    here: Vec<&'d SymbolRef>,
    /// The same, with the symbols of the footnotes of the page before, for look-ups.
    known: FxHashSet<Folded<'d>>,
}

impl<'d> Sweep<'d> {
    fn new(doc: &'d Document) -> Self {
        Sweep { doc, next_symbol: 0, next_note: 0, here: Vec::new(), known: FxHashSet::default() }
    }

    /// Make `page` (0-based) the current page.
    fn load(&mut self, page: usize) {
        let doc = self.doc;
        let span = doc.pages[page].span;
        self.here.clear();
        self.known.clear();
        let symbols = &doc.symbols;
        while self.next_symbol < symbols.len() && symbols[self.next_symbol].span.end <= span.start {
            self.next_symbol += 1;
        }
        // A symbol split by a page break belongs to both pages: `next_symbol` stays on it.
        for s in symbols[self.next_symbol..].iter().take_while(|s| s.span.start < span.end) {
            self.here.push(s);
            self.known.insert(Folded(&s.canonical));
        }
        // The footnotes of the page before: its 1-based number is this page's index.
        let notes = &doc.footnotes;
        while self.next_note < notes.len() && notes[self.next_note].page < page {
            self.next_note += 1;
        }
        for note in notes[self.next_note..].iter().take_while(|n| n.page == page) {
            let from = symbols.partition_point(|s| s.span.start < note.span.start);
            for s in symbols[from..].iter().take_while(|s| s.span.end <= note.span.end) {
                self.known.insert(Folded(&s.canonical));
            }
        }
    }

    /// True when `symbol` (canonical) is on the current page, ignoring ASCII case.
    fn has(&self, symbol: &str) -> bool {
        self.known.contains(&Folded(symbol))
    }

    /// The one symbol of the page's text that none of its links names, when there is exactly
    /// one (in one or more places): the likely place of a link that points elsewhere.
    fn unlinked<'l>(&self, links: impl Iterator<Item = &'l Link<'l>>) -> Option<Span> {
        let linked: FxHashSet<Folded<'_>> =
            links.flat_map(|l| l.parts.iter().map(|p| Folded(p.as_ref()))).collect();
        let mut found: Option<&SymbolRef> = None;
        for s in self.here.iter().filter(|s| !linked.contains(&Folded(&s.canonical))) {
            match found {
                None => found = Some(s),
                Some(f) if Folded(&f.canonical) == Folded(&s.canonical) => {}
                Some(_) => return None,
            }
        }
        found.map(|s| s.span)
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
fn report(link: &Link<'_>, missing: &[&str], spans: &[Span], candidate: Option<Span>) -> Finding {
    let (named, number) = (link.named, link.page + 1);
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
    if let Some(candidate) = candidate {
        f = f.with_label("symbol on the page without its link", candidate);
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
