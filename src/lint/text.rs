//! Running text for rules that search it: the lines of a paragraph or title joined with one
//! space, with a map from every byte of the joined text back to the raw input.
//!
//! Rules search the joined text (so that "Tuesday, 17 March" ⏎ "2020" is one date) and report
//! spans in the raw input through [`Joined::span`].

use crate::fold::trim_range;
use crate::model::{Annotation, Block, Document};
use crate::span::Span;

/// Lines joined with one space, and where each piece came from.
#[derive(Debug, Default, Clone)]
pub struct Joined {
    /// The joined text.
    pub text: String,
    /// `(joined_start, source_start, len)` for each piece, in order.
    pieces: Vec<(usize, usize, usize)>,
}

impl Joined {
    /// Join the trimmed text of each span with one space.
    pub fn of_lines(source: &str, lines: &[Span]) -> Joined {
        let mut j = Joined {
            text: String::with_capacity(lines.iter().map(|l| l.len() + 1).sum()),
            pieces: Vec::with_capacity(lines.len()),
        };
        for l in lines {
            let s = source.get(l.start..l.end).unwrap_or("");
            let (lead, end) = trim_range(s);
            let s = &s[lead..end];
            if s.is_empty() {
                continue;
            }
            if !j.text.is_empty() {
                j.text.push(' ');
            }
            j.pieces.push((j.text.len(), l.start + lead, s.len()));
            j.text.push_str(s);
        }
        j
    }

    /// The raw-input offset of a joined-text offset. An offset on a joining space maps to the
    /// end of the line before it.
    pub fn to_source(&self, at: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.0 <= at).saturating_sub(1);
        match self.pieces.get(i) {
            Some(&(js, ss, len)) => ss + (at - js).min(len),
            None => 0,
        }
    }

    /// The raw-input span of joined-text bytes `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let s = self.to_source(start);
        let e = if end > start { self.to_source(end - 1) + 1 } else { s };
        // `end - 1` may be the joining space: its source is the end of the previous line.
        let e = if end > start && self.is_joint(end - 1) { self.to_source(end - 1).max(s) } else { e };
        Span::new(s, e.max(s))
    }

    /// True when joined byte `at` is a space put between two lines (not one of the text).
    fn is_joint(&self, at: usize) -> bool {
        let i = self.pieces.partition_point(|p| p.0 <= at);
        i > 0 && self.pieces[i - 1].0 + self.pieces[i - 1].2 == at
    }

    /// True when joined bytes `start..end` cross a line break of the source.
    pub fn crosses_line(&self, start: usize, end: usize) -> bool {
        let a = self.pieces.partition_point(|p| p.0 <= start);
        let b = self.pieces.partition_point(|p| p.0 < end);
        a != b
    }
}

/// True when one of the `lines` of `source` has an ASCII digit: a piece of text without one
/// holds no date, time or item number, and need not be joined to be searched for them.
pub fn lines_have_digit(source: &str, lines: &[Span]) -> bool {
    lines.iter().any(|l| crate::bytes::has_digit(source.get(l.start..l.end).unwrap_or("")))
}

/// The words of `text`: maximal runs of alphanumeric characters, as byte ranges, in order.
pub fn words(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    // The character at `i` and its length, ASCII without decoding.
    let at = move |i: usize| -> (bool, usize) {
        let b = text.as_bytes()[i];
        if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < text.len() {
            let (alnum, len) = at(i);
            if alnum {
                break;
            }
            i += len;
        }
        if i >= text.len() {
            return None;
        }
        let start = i;
        while i < text.len() {
            let (alnum, len) = at(i);
            if !alnum {
                break;
            }
            i += len;
        }
        Some(start..i)
    })
}

/// Every paragraph of the document with where it is: the intro, the closing, the annotations
/// (at every level) and the annexes.
pub fn paragraphs(doc: &Document) -> impl Iterator<Item = &crate::model::Paragraph> {
    fn of(blocks: &[Block]) -> impl Iterator<Item = &crate::model::Paragraph> {
        blocks.iter().filter_map(|b| if let Block::Paragraph(p) = b { Some(p) } else { None })
    }
    fn ann(a: &Annotation) -> Vec<&crate::model::Paragraph> {
        let mut v: Vec<_> = of(&a.body).collect();
        for s in &a.sub_items {
            v.extend(of(&s.body));
            for ss in &s.sub_items {
                v.extend(of(&ss.body));
            }
        }
        v
    }
    of(&doc.intro)
        .chain(of(&doc.closing))
        .chain(of(&doc.annotations_intro))
        .chain(doc.annotations.iter().flat_map(ann))
        .chain(doc.annexes.iter().flat_map(|a| of(&a.body)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_alphanumeric_runs() {
        let text = "Under agenda item 4 (a), l’ordre";
        let w: Vec<&str> = words(text).map(|r| &text[r]).collect();
        assert_eq!(w, ["Under", "agenda", "item", "4", "a", "l", "ordre"]);
        assert_eq!(words("").count(), 0);
    }

    #[test]
    fn joined_maps_back() {
        let src = "  Tuesday, 17 March \n\n2020 at 10 a.m.\n";
        let lines = [Span::new(0, 20), Span::new(22, 37)];
        let j = Joined::of_lines(src, &lines);
        assert_eq!(j.text, "Tuesday, 17 March 2020 at 10 a.m.");
        let at = j.text.find("2020").expect("present");
        assert_eq!(j.to_source(at), 22);
        let s = j.span(j.text.find("17").expect("present"), at + 4);
        assert_eq!(&src[s.start..s.end], "17 March \n\n2020");
        assert!(j.crosses_line(0, at + 4));
        assert!(!j.crosses_line(0, 5));
        assert_eq!(j.span(at, at + 4), Span::new(22, 26));
        // A space inside a line is kept at the end of a span; the joining space is not text.
        let inner = j.text.find("17 ").expect("present");
        let sp = j.span(inner, inner + 3);
        assert_eq!(&src[sp.start..sp.end], "17 ");
        let joint = j.text.find("March ").expect("present") + 5;
        assert_eq!(j.span(joint - 5, joint + 1), Span::new(14, 19));
    }
}
