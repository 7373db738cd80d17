//! The items of the agenda, indexed once by number and marker, for the rules that look items
//! up: annex rows (A203–A205) and references in the text (A207).
//!
//! The agenda list is the authority; a document without one (UNEP's annotations-only `Add.1`)
//! takes its items from the annotation headings.

use rustc_hash::FxHashMap;

use crate::model::{Annotation, Document, Item};
use crate::span::Span;

use super::super::structure::entry::SubEntry;

/// A marker (`a`, `xiv`; at most 8 bytes) as a number, so that lookups need no allocation.
fn pack(marker: &str) -> Option<u64> {
    (marker.len() <= 8).then(|| marker.bytes().fold(0u64, |acc, b| (acc << 8) | u64::from(b)))
}

fn key(n: u32, marker: &str, sub_marker: &str) -> Option<(u32, u64, u64)> {
    Some((n, pack(marker)?, pack(sub_marker)?))
}

/// An item or sub-item of the outline.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Node<'a> {
    /// Title without punctuation.
    pub title: &'a str,
    /// Where the title is.
    pub title_span: Span,
    /// Number (and marker) with the title: where a finding about the entry points.
    pub span: Span,
}

/// The agenda's items by number, and their sub-items by marker.
#[derive(Debug, Default)]
pub(crate) struct Outline<'a> {
    /// Items in document order (first of each number).
    pub items: Vec<(u32, Node<'a>)>,
    by_number: FxHashMap<u32, Node<'a>>,
    /// `(item, sub-item marker, sub-sub-item marker or "")`, markers packed by [`pack`].
    subs: FxHashMap<(u32, u64, u64), Node<'a>>,
    /// Sub-item markers of each item in order (first level only).
    sub_order: FxHashMap<u32, Vec<&'a str>>,
    /// Where the items come from, for messages: the list heading or the first annotation.
    pub source: Option<Span>,
    /// True when the items come from the agenda list, false when from annotation headings.
    pub from_list: bool,
}

impl<'a> Outline<'a> {
    /// The outline of a document: its list, or else its annotation headings.
    pub(crate) fn of(doc: &'a Document) -> Outline<'a> {
        let mut o = Outline::default();
        match doc.agenda.as_ref().filter(|a| !a.items.is_empty()) {
            Some(agenda) => {
                o.from_list = true;
                o.source = Some(agenda.heading.span);
                for it in &agenda.items {
                    o.add_item(it);
                }
            }
            None => {
                o.source = doc.annotations.first().map(|a| a.heading_span);
                for a in &doc.annotations {
                    o.add_annotation(a);
                }
            }
        }
        o
    }

    fn add_item(&mut self, it: &'a Item) {
        let node =
            Node { title: &it.title, title_span: it.title_span, span: it.number_span.cover(it.title_span) };
        self.add_numbered(it.number, node, &it.sub_items);
    }

    fn add_annotation(&mut self, a: &'a Annotation) {
        let node = Node { title: &a.title, title_span: a.title_span, span: a.heading_span };
        self.add_numbered(a.number, node, &a.sub_items);
    }

    /// An item (from the list or an annotation heading) and its sub-items, unless its number
    /// is already taken.
    fn add_numbered<T: SubEntry>(&mut self, number: u32, node: Node<'a>, subs: &'a [T]) {
        if self.by_number.contains_key(&number) {
            return;
        }
        self.by_number.insert(number, node);
        self.items.push((number, node));
        let order = self.sub_order.entry(number).or_default();
        for s in subs {
            order.push(s.marker());
        }
        for s in subs {
            self.add_sub(number, s, "");
        }
    }

    fn add_sub<T: SubEntry>(&mut self, number: u32, s: &'a T, parent: &'a str) {
        let node = Node { title: s.title(), title_span: s.title_span(), span: s.place() };
        let key =
            if parent.is_empty() { key(number, s.marker(), "") } else { key(number, parent, s.marker()) };
        if let Some(k) = key {
            self.subs.entry(k).or_insert(node);
        }
        if parent.is_empty() {
            for ss in s.children() {
                self.add_sub(number, ss, s.marker());
            }
        }
    }

    /// True when the outline has no items.
    pub(crate) fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Item `n`.
    pub(crate) fn item(&self, n: u32) -> Option<&Node<'a>> {
        self.by_number.get(&n)
    }

    /// Sub-item `marker` of item `n`, or its sub-sub-item `sub_marker` when that is not empty.
    pub(crate) fn sub(&self, n: u32, marker: &str, sub_marker: &str) -> Option<&Node<'a>> {
        self.subs.get(&key(n, marker, sub_marker)?)
    }

    /// The first-level sub-item markers of item `n`, in order.
    pub(crate) fn sub_markers(&self, n: u32) -> &[&'a str] {
        self.sub_order.get(&n).map_or(&[], Vec::as_slice)
    }
}
