//! Moving every span of a tree or a finding: a document of a file that holds several is parsed
//! from its own bytes, and its spans then moved to the file's offsets (and back, to lint it).
//!
//! Every type that holds a span lists its fields here; a test serializes a relocated document
//! and checks that every `start` and `end` in it moved, so that a field added to the model and
//! not listed here is caught.

use crate::finding::{Edit, Finding, Fix, Label};
use crate::model::{
    Agenda, Annex, Annotation, AnnotationSub, Block, Day, DocEntry, Document, Documentation, Entry, Footnote,
    FootnoteRef, Furniture, Item, Masthead, MastheadSpans, Page, Paragraph, Punct, Schedule, Slot, SubItem,
    Subheading, SymbolRef, Text,
};
use crate::span::Span;
use crate::symbol::{SymbolIssue, SymbolMatch};

/// A value whose spans can be moved.
pub trait Relocate {
    /// Apply `f` to every span of the value.
    fn each_span(&mut self, f: &mut dyn FnMut(&mut Span));

    /// Move every span `by` bytes later (nothing is walked for 0).
    fn shift_forward(&mut self, by: usize) {
        if by == 0 {
            return;
        }
        self.each_span(&mut |s| {
            s.start += by;
            s.end += by;
        });
    }

    /// Move every span `by` bytes earlier (spans that would go below 0 stop at 0; nothing is
    /// walked for 0).
    fn shift_back(&mut self, by: usize) {
        if by == 0 {
            return;
        }
        self.each_span(&mut |s| {
            s.start = s.start.saturating_sub(by);
            s.end = s.end.saturating_sub(by);
        });
    }
}

impl Relocate for Span {
    fn each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(self);
    }
}

impl<T: Relocate> Relocate for Option<T> {
    fn each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        if let Some(v) = self {
            v.each_span(f);
        }
    }
}

impl<T: Relocate> Relocate for Vec<T> {
    fn each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        for v in self {
            v.each_span(f);
        }
    }
}

/// `Relocate` for a struct: the fields that hold spans.
macro_rules! relocate {
    ($($t:ty { $($field:ident),* })*) => {$(
        impl Relocate for $t {
            fn each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
                $(self.$field.each_span(f);)*
            }
        }
    )*};
}

relocate! {
    Document {
        span, title, masthead, intro, agenda, annotations_heading, annotations_intro, annotations,
        closing, footnotes, annexes, furniture, pages, symbols, unrecognized, diagnostics,
        symbol_issues, following
    }
    Text { span }
    Masthead { span, spans }
    MastheadSpans { symbol, distribution, date, original_language, job_number, barcode, item_line }
    Agenda { heading, items, span }
    Punct { span }
    FootnoteRef { span }
    Item { span, sub_items, number_span, title_span, punct, group, footnote_refs, notes }
    SubItem { span, sub_items, marker_span, title_span, punct, footnote_refs }
    Annotation { span, body, sub_items, heading_span, number_span, title_span, punct }
    AnnotationSub { span, body, sub_items, heading_span, marker_span, title_span, punct }
    Paragraph { span, footnote_refs, number_span, breaks, lines }
    Subheading { span }
    Documentation { span, entries, heading }
    DocEntry { span, symbol_span }
    Footnote { span, references, marker_span }
    Annex { heading, title, span, body, schedule, original }
    Schedule { days, span, header, entries }
    Day { span, slots, label_span }
    Slot { span, entries, time_span }
    Entry { span, ref_span, title_span, continued_span }
    Furniture { span }
    Page { span }
    SymbolRef { span }
    Finding { span, labels, fix }
    Label { span }
    Fix { edits }
    Edit { span }
    SymbolMatch { span, issues }
}

impl Relocate for Block {
    fn each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        match self {
            Block::Paragraph(p) => p.each_span(f),
            Block::Documentation(d) => d.each_span(f),
            Block::Subheading(s) => s.each_span(f),
        }
    }
}

impl Relocate for SymbolIssue {
    fn each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        match self {
            SymbolIssue::Malformed { span, .. } | SymbolIssue::ModifierForm { span, .. } => f(span),
            SymbolIssue::Broken { span, gaps, .. } => {
                f(span);
                gaps.each_span(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// Every `start`/`end` pair of `moved` is that of `before` plus `by`.
    fn all_moved(before: &Value, moved: &Value, by: u64, path: &str, count: &mut usize) {
        match (before, moved) {
            (Value::Object(a), Value::Object(b)) => {
                if let (Some(s), Some(e)) = (a.get("start"), a.get("end"))
                    && s.is_u64()
                    && e.is_u64()
                    && a.len() <= 2
                {
                    assert_eq!(b["start"].as_u64(), Some(s.as_u64().unwrap() + by), "{path}.start");
                    assert_eq!(b["end"].as_u64(), Some(e.as_u64().unwrap() + by), "{path}.end");
                    *count += 1;
                    return;
                }
                for (k, v) in a {
                    all_moved(v, &b[k], by, &format!("{path}.{k}"), count);
                }
            }
            (Value::Array(a), Value::Array(b)) => {
                assert_eq!(a.len(), b.len(), "{path}");
                for (i, (x, y)) in a.iter().zip(b).enumerate() {
                    all_moved(x, y, by, &format!("{path}[{i}]"), count);
                }
            }
            (a, b) => assert_eq!(a, b, "{path}"),
        }
    }

    /// Every span of the model is moved: the fixtures between them fill every node type (a field added to the model and not listed above fails here).
    #[test]
    fn every_span_of_a_document_moves() {
        let mut count = 0;
        let mut inputs = Vec::new();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let entry = entry.unwrap();
            if entry.path().extension().is_some_and(|e| e == "txt") {
                inputs.push(String::from_utf8_lossy(&std::fs::read(entry.path()).unwrap()).into_owned());
            }
        }
        for text in &inputs {
            let doc = crate::parse(&crate::Source::from_str(text));
            let before = serde_json::to_value(&doc).unwrap();
            let mut moved = doc.clone();
            moved.shift_forward(1000);
            let after = serde_json::to_value(&moved).unwrap();
            all_moved(&before, &after, 1000, "", &mut count);
            let mut back = moved.clone();
            back.shift_back(1000);
            assert_eq!(back, doc);
        }
        assert!(count > 10_000, "only {count} spans checked");
    }

    #[test]
    fn symbol_issues_and_findings_move() {
        let text = "See A/CONF.234/1/Rev.\n1 and add.1 of E/CN7/2020/L9.";
        let mut matches = crate::symbol::scan(text, 0);
        let before = format!("{matches:?}");
        matches.shift_forward(7);
        matches.shift_back(7);
        assert_eq!(format!("{matches:?}"), before);
        let mut spans = Vec::new();
        matches.each_span(&mut |s| spans.push(*s));
        assert!(spans.len() >= 4, "{spans:?}");
        let mut f = crate::lint::finding(&crate::lint::rules::input::A001, "m", Span::new(1, 2))
            .with_label("l", Span::new(3, 4))
            .with_fix(Fix::replace(crate::Applicability::Safe, Span::new(5, 6), "x"));
        f.shift_forward(10);
        assert_eq!(f.span, Span::new(11, 12));
        assert_eq!(f.labels[0].span, Span::new(13, 14));
        assert_eq!(f.fix.unwrap().edits[0].span, Span::new(15, 16));
    }
}
