//! A101 and A102: items numbered 1…n and sub-items lettered (a), (b)… (and (i), (ii)… below
//! them), in the agenda list and in the annotation headings.
//!
//! When the document has an agenda list, a number or letter missing from (or repeated in) the
//! annotation headings is an annotation missing or doubled, which A201 reports against the
//! list; here the annotations are checked only for order.

use crate::finding::{Applicability, Edit, Fix};
use crate::lint::{Context, Emitter, finding};
use crate::model::MarkerStyle;
use crate::parser::lead::{letter, letter_value, roman, roman_value};
use crate::span::Span;

use super::entry::SubEntry;
use super::sequence::{Break, breaks, renumbered};
use super::{A101, A102};

/// How the entries of a sequence are numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    Number,
    Letter,
    Roman,
}

impl Scheme {
    fn value(self, marker: &str) -> Option<u32> {
        match self {
            Scheme::Number => marker.parse().ok(),
            Scheme::Letter => letter_value(marker),
            Scheme::Roman => roman_value(marker),
        }
    }

    fn marker(self, n: u32) -> String {
        match self {
            Scheme::Number => n.to_string(),
            Scheme::Letter => letter(n),
            Scheme::Roman => roman(n),
        }
    }

    /// The scheme of a level of sub-items: letters at the first level, roman numerals at the
    /// second; a first-level run that begins `i`, `ii` is roman, a second-level run that is not
    /// all roman numerals is lettered.
    fn of_level(markers: &[&str], depth: usize) -> Scheme {
        let first_two_roman = markers.first() == Some(&"i") && markers.get(1) == Some(&"ii");
        match depth {
            0 if first_two_roman => Scheme::Roman,
            0 => Scheme::Letter,
            _ if markers.iter().all(|m| roman_value(m).is_some()) => Scheme::Roman,
            _ => Scheme::Letter,
        }
    }
}

/// One numbered entry of a sequence.
struct Entry {
    /// The marker as the document prints it (`3`, `(c)`, `c)`).
    printed: String,
    /// Where the finding points.
    span: Span,
    /// The bytes of the number or letters, replaced by a renumbering.
    value_span: Span,
    style: Option<MarkerStyle>,
}

/// A sequence to check: its entries and how to name them in messages.
struct Sequence {
    rule: &'static crate::lint::registry::RuleMeta,
    /// `item` or `sub-item`.
    noun: &'static str,
    /// Where the sequence is, for messages: `the agenda list`, `item 2`, `the annotations of item 2`.
    place: String,
    scheme: Scheme,
    values: Vec<u32>,
    entries: Vec<Entry>,
    /// Report only disorder (the annotations of a document with a list).
    order_only: bool,
}

impl Sequence {
    fn new(
        rule: &'static crate::lint::registry::RuleMeta,
        noun: &'static str,
        place: String,
        scheme: Scheme,
    ) -> Self {
        Sequence { rule, noun, place, scheme, values: Vec::new(), entries: Vec::new(), order_only: false }
    }

    fn push(&mut self, value: Option<u32>, entry: Entry) {
        // A marker the scheme cannot read is left out rather than guessed at.
        if let Some(v) = value {
            self.values.push(v);
            self.entries.push(entry);
        }
    }

    /// A value printed the way entry `like` prints its marker.
    fn show(&self, n: u32, like: &Entry) -> String {
        let m = self.scheme.marker(n);
        match like.style {
            Some(MarkerStyle::Parenthesized) => format!("({m})"),
            Some(MarkerStyle::CloseParen) => format!("{m})"),
            Some(MarkerStyle::Period) => format!("{m}."),
            None => m,
        }
    }

    fn check(&self, out: &mut Emitter<'_>) {
        for b in breaks(&self.values) {
            if self.order_only && !matches!(b, Break::OutOfOrder { .. }) {
                continue;
            }
            let at = b.at();
            let e = &self.entries[at];
            let noun = self.noun;
            let f = match b {
                Break::Missing { first, last, count, .. } => {
                    let missing = if count == 1 {
                        format!("{noun} {} is missing", self.show(first, e))
                    } else if count == last - first + 1 {
                        format!("{noun}s {} to {} are missing", self.show(first, e), self.show(last, e))
                    } else {
                        format!(
                            "{count} {noun}s between {} and {} are missing",
                            self.show(first, e),
                            self.show(last, e)
                        )
                    };
                    let f = if at == 0 {
                        finding(
                            self.rule,
                            format!("{} starts at {noun} {}: {missing}", self.place, e.printed),
                            e.span,
                        )
                        .with_primary_label(format!("expected {}", self.show(1, e)))
                    } else {
                        let prev = &self.entries[at - 1];
                        finding(
                            self.rule,
                            format!(
                                "in {}, {noun} {} follows {noun} {}: {missing}",
                                self.place, e.printed, prev.printed
                            ),
                            e.span,
                        )
                        .with_primary_label(format!("expected {}", self.show(first, e)))
                        .with_label(format!("previous {noun}"), prev.span)
                    };
                    f.with_help(format!("renumber the {noun}s consecutively, or restore the missing {noun}"))
                        .with_fix(self.renumbering(at))
                }
                Break::Repeated { first, .. } => finding(
                    self.rule,
                    format!("in {}, {noun} {} appears twice", self.place, e.printed),
                    e.span,
                )
                .with_primary_label("repeated here")
                .with_label(format!("first {noun} {}", self.entries[first].printed), self.entries[first].span)
                .with_help(format!("renumber the {noun}s so that each is used once"))
                .with_fix(self.renumbering(at)),
                Break::OutOfOrder { after, .. } => finding(
                    self.rule,
                    format!(
                        "in {}, {noun} {} comes after {noun} {}",
                        self.place, e.printed, self.entries[after].printed
                    ),
                    e.span,
                )
                .with_primary_label("out of order")
                .with_label(format!("{noun} {}", self.entries[after].printed), self.entries[after].span)
                .with_help(format!("put the {noun}s in order, or renumber them")),
            };
            out.emit(f);
        }
    }

    /// A display fix renumbering the entries from `from` on, consecutively.
    fn renumbering(&self, from: usize) -> Fix {
        let edits = renumbered(&self.values, from)
            .map(|(i, want)| Edit { span: self.entries[i].value_span, replacement: self.scheme.marker(want) })
            .collect();
        Fix { applicability: Applicability::Display, edits }
    }
}

/// The bytes of the first run of ASCII digits in `span`, or `span` itself.
fn digits_in(cx: &Context<'_>, span: Span) -> Span {
    let s = cx.text(span);
    match s.find(|c: char| c.is_ascii_digit()) {
        Some(i) => {
            let len = s[i..].bytes().take_while(u8::is_ascii_digit).count();
            Span::new(span.start + i, span.start + i + len)
        }
        None => span,
    }
}

/// The bytes of `marker` inside its marker span (`a` in `(a)`).
fn letters_in(cx: &Context<'_>, span: Span, marker: &str) -> Span {
    match cx.text(span).find(marker) {
        Some(i) => Span::new(span.start + i, span.start + i + marker.len()),
        None => span,
    }
}

/// A101: the item numbers of the list and of the annotation headings.
pub(super) fn check_items(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let doc = cx.doc;
    let has_list = doc.agenda.as_ref().is_some_and(|a| !a.items.is_empty());
    if let Some(agenda) = &doc.agenda {
        let mut seq = Sequence::new(&A101, "item", "the agenda list".into(), Scheme::Number);
        for it in &agenda.items {
            let value_span = digits_in(cx, it.number_span);
            seq.push(
                Some(it.number),
                Entry { printed: it.number.to_string(), span: it.number_span, value_span, style: None },
            );
        }
        seq.check(out);
    }
    let mut seq = Sequence::new(&A101, "item", "the annotations".into(), Scheme::Number);
    seq.order_only = has_list;
    for a in &doc.annotations {
        let value_span = digits_in(cx, a.number_span);
        seq.push(
            Some(a.number),
            Entry { printed: a.number.to_string(), span: a.number_span, value_span, style: None },
        );
    }
    seq.check(out);
}

/// A102: the sub-item letters under each item, and the numerals under each sub-item.
pub(super) fn check_sub_items(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let doc = cx.doc;
    let has_list = doc.agenda.as_ref().is_some_and(|a| !a.items.is_empty());
    if let Some(agenda) = &doc.agenda {
        for it in agenda.items.iter().filter(|it| !it.sub_items.is_empty()) {
            level(cx, out, &it.sub_items, format!("item {}", it.number), 0, false);
        }
    }
    for a in doc.annotations.iter().filter(|a| !a.sub_items.is_empty()) {
        level(cx, out, &a.sub_items, format!("the annotations of item {}", a.number), 0, has_list);
    }
}

fn level<T: SubEntry>(
    cx: &Context<'_>,
    out: &mut Emitter<'_>,
    subs: &[T],
    place: String,
    depth: usize,
    order_only: bool,
) {
    if subs.is_empty() {
        return;
    }
    let markers: Vec<&str> = subs.iter().map(SubEntry::marker).collect();
    let scheme = Scheme::of_level(&markers, depth);
    let mut seq = Sequence::new(&A102, "sub-item", place.clone(), scheme);
    seq.order_only = order_only;
    for s in subs {
        seq.push(
            scheme.value(s.marker()),
            Entry {
                printed: cx.text(s.marker_span()).to_string(),
                span: s.marker_span(),
                value_span: letters_in(cx, s.marker_span(), s.marker()),
                style: Some(s.marker_style()),
            },
        );
    }
    seq.check(out);
    for s in subs.iter().filter(|s| !s.children().is_empty()) {
        let inner = format!("{place} {}", cx.text(s.marker_span()));
        level(cx, out, s.children(), inner, depth + 1, order_only);
    }
}
