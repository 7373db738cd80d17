//! What a sub-item of the list and a sub-item heading of the annotations have in common, so
//! that the checks of markers, sequences and titles are written once for both.

use crate::model::{AnnotationSub, Language, MarkerStyle, SubItem};
use crate::span::Span;

/// A lettered (or numbered) entry below an item: a list sub-item or an annotation sub-heading.
pub(crate) trait SubEntry: Sized {
    /// The marker without punctuation, `a`, `ii`.
    fn marker(&self) -> &str;
    /// The marker as printed, `(a)`.
    fn marker_span(&self) -> Span;
    /// How the marker is written.
    fn marker_style(&self) -> MarkerStyle;
    /// Title without punctuation.
    fn title(&self) -> &str;
    /// Where the title is.
    fn title_span(&self) -> Span;
    /// Where a finding about the entry points: marker and title, or the heading.
    fn place(&self) -> Span;
    /// The entries below it.
    fn children(&self) -> &[Self];
}

/// Both types name their fields alike; only where a finding points differs.
macro_rules! sub_entry {
    ($ty:ty, |$s:ident| $place:expr) => {
        impl SubEntry for $ty {
            fn marker(&self) -> &str {
                &self.marker
            }
            fn marker_span(&self) -> Span {
                self.marker_span
            }
            fn marker_style(&self) -> MarkerStyle {
                self.marker_style
            }
            fn title(&self) -> &str {
                &self.title
            }
            fn title_span(&self) -> Span {
                self.title_span
            }
            fn place(&self) -> Span {
                let $s = self;
                $place
            }
            fn children(&self) -> &[Self] {
                &self.sub_items
            }
        }
    };
}

sub_entry!(SubItem, |s| s.marker_span.cover(s.title_span));
sub_entry!(AnnotationSub, |s| s.heading_span);

/// Every entry of `list` and below, depth first, in document order.
pub(crate) fn walk<'a, T: SubEntry>(list: &'a [T], acc: &mut Vec<&'a T>) {
    for s in list {
        acc.push(s);
        walk(s.children(), acc);
    }
}

/// The marker style of sub-items in a language: `(a)` in English, `a)` in French and Spanish.
pub(crate) fn expected_style(lang: Language) -> MarkerStyle {
    match lang {
        Language::En => MarkerStyle::Parenthesized,
        Language::Fr | Language::Es => MarkerStyle::CloseParen,
    }
}

/// A marker written in a style: `(a)`, `a)`, `a.`.
pub(crate) fn write_marker(marker: &str, style: MarkerStyle) -> String {
    match style {
        MarkerStyle::Parenthesized => format!("({marker})"),
        MarkerStyle::CloseParen => format!("{marker})"),
        MarkerStyle::Period => format!("{marker}."),
    }
}

/// A marker as the language writes it, for messages: `(a)` in English, `a)` in French.
pub(crate) fn marker_in(marker: &str, lang: Language) -> String {
    write_marker(marker, expected_style(lang))
}
