//! Running text for rules that search it: the lines of a paragraph or title joined with one
//! space, with a map from every byte of the joined text back to the raw input.
//!
//! Rules search the joined text (so that "Tuesday, 17 March" ⏎ "2020" is one date) and report
//! spans in the raw input through [`Joined::span`].

use std::borrow::Cow;

use crate::fold::trim_range;
use crate::model::Paragraph;
use crate::span::Span;

/// Lines joined with one space, and where each piece came from.
#[derive(Debug, Default, Clone)]
pub struct Joined<'t> {
    /// The joined text: a paragraph's own text where that is the join (see
    /// [`Joined::of_paragraph`]), else a string of its own.
    pub text: Cow<'t, str>,
    /// Where each line's text lies, in order.
    pieces: Vec<Part>,
}

/// Where a line's trimmed text lies in the join and in the source. Offsets are `u32`, as the
/// lexer's: a paragraph has a line per 80 bytes or so, and a long document many paragraphs.
#[derive(Debug, Clone, Copy)]
struct Part {
    joined: u32,
    source: u32,
    len: u32,
}

impl Part {
    /// `(joined_start, source_start, len)`.
    fn get(self) -> (usize, usize, usize) {
        (self.joined as usize, self.source as usize, self.len as usize)
    }

    /// Where it starts in the join.
    fn start(self) -> usize {
        self.joined as usize
    }

    /// Where it ends in the join.
    fn end(self) -> usize {
        self.joined as usize + self.len as usize
    }
}

impl Joined<'_> {
    /// Join the trimmed text of each span with one space.
    pub fn of_lines(source: &str, lines: &[Span]) -> Joined<'static> {
        Joined::made(source, pieces(source, lines))
    }

    /// The join of `pieces` of `source`, in a string of its own.
    fn made(source: &str, pieces: Vec<Part>) -> Joined<'static> {
        let mut text = String::with_capacity(pieces.last().map_or(0, |p| p.end()));
        for (js, ss, len) in pieces.iter().map(|p| p.get()) {
            if js > 0 {
                text.push(' ');
            }
            text.push_str(&source[ss..ss + len]);
        }
        Joined { text: Cow::Owned(text), pieces }
    }
}

impl<'t> Joined<'t> {
    /// A paragraph's lines joined. Its own text is that join, and is borrowed, unless the parser
    /// left a footnote marker out of it or joined a line-end hyphen to the next line without a
    /// space: the text of a long document is then not held twice while it is linted.
    pub fn of_paragraph(source: &str, p: &'t Paragraph) -> Joined<'t> {
        let pieces = pieces(source, &p.lines);
        let own = p.text.as_str();
        let same = pieces.last().map_or(own.is_empty(), |p| p.end() == own.len())
            && pieces.iter().map(|p| p.get()).all(|(js, ss, len)| {
                own.get(js..js + len) == source.get(ss..ss + len)
                    && (js == 0 || own.as_bytes().get(js - 1) == Some(&b' '))
            });
        if same { Joined { text: Cow::Borrowed(own), pieces } } else { Joined::made(source, pieces) }
    }

    /// The raw-input offset of a joined-text offset. An offset on a joining space maps to the
    /// end of the line before it.
    pub fn to_source(&self, at: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.start() <= at).saturating_sub(1);
        match self.pieces.get(i).map(|p| p.get()) {
            Some((js, ss, len)) => ss + (at - js).min(len),
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
        let i = self.pieces.partition_point(|p| p.start() <= at);
        i > 0 && self.pieces[i - 1].end() == at
    }

    /// True when joined bytes `start..end` cross a line break of the source.
    pub fn crosses_line(&self, start: usize, end: usize) -> bool {
        let a = self.pieces.partition_point(|p| p.start() <= start);
        let b = self.pieces.partition_point(|p| p.start() < end);
        a != b
    }
}

/// Where each non-empty trimmed line of `lines` goes in their join with one space. Text past
/// 4 GiB (which the parser refuses) is left out.
fn pieces(source: &str, lines: &[Span]) -> Vec<Part> {
    let mut out = Vec::with_capacity(lines.len());
    let mut at = 0;
    for l in lines {
        let s = source.get(l.start..l.end).unwrap_or("");
        let (lead, end) = trim_range(s);
        if end <= lead {
            continue;
        }
        let sep = usize::from(!out.is_empty());
        let (Ok(joined), Ok(start), Ok(len)) =
            (u32::try_from(at + sep), u32::try_from(l.start + lead), u32::try_from(end - lead))
        else {
            break;
        };
        out.push(Part { joined, source: start, len });
        at += sep + (end - lead);
    }
    out
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

    /// A paragraph's own text is borrowed where it is the join of its lines, and the join is
    /// made apart where the parser left a marker out or joined a line-end hyphen: the same
    /// text and the same map back either way.
    #[test]
    fn paragraphs_lend_their_text_when_it_is_the_join() {
        use crate::parser::parse;
        use crate::source::Source;
        let src = "Annotated provisional agenda\n\nThe Meeting will open on Tuesday, 17 March\n\
                   2020 at 10 a.m. in Vienna and will close\non Wednesday.\n\nThe sixty-\n\
                   sixth session will follow the work of the\nGroup in the coming year.\n\n\
                   The Group controls.1 the work of the\nsession in its own way.\n\n\
                   __________________\n1 See the note.\n";
        let source = Source::from_str(src);
        let doc = parse(&source);
        let mut kinds = Vec::new();
        for p in doc.paragraphs() {
            let j = Joined::of_paragraph(src, p);
            let made = Joined::of_lines(src, &p.lines);
            assert_eq!(j.text, made.text);
            for at in 0..j.text.len() {
                assert_eq!(j.to_source(at), made.to_source(at));
            }
            // The flattened marker left out, or the hyphen joined without a space: not the join.
            let differs = !p.footnote_refs.is_empty() || p.text.contains("sixty-sixth");
            assert_eq!(matches!(j.text, Cow::Borrowed(_)), !differs, "{p:?}");
            kinds.push(differs);
        }
        assert!(kinds.contains(&true) && kinds.contains(&false), "{kinds:?}");
        assert_eq!(kinds.iter().filter(|&&d| d).count(), 2, "{kinds:?}");
    }
}
