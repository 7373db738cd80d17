//! The parser's view of the text flow: content lines with their text, and the decision every
//! later production depends on — does the next line continue this one, or begin a new block?
//!
//! A line break is *forced* when the first word of the next line would not have fitted on the
//! line (the line was full); otherwise the writer ended the line: a paragraph or heading ends
//! there. Blank lines (single-spaced output) and whitespace-only lines (Tika) are stronger
//! evidence of a break; a page break is no evidence either way.

use rustc_hash::FxHashSet;

use crate::fold::is_space;
use crate::metrics;
use crate::model::Language;
use crate::scan::{ContentLine, Gap, Scan};
use crate::span::Span;

/// A unit width not measured yet. A unit as wide would only be measured again on each use.
const UNMEASURED: u32 = u32::MAX;

/// Shared state of one parse.
pub struct Ctx<'a> {
    /// The decoded text.
    pub text: &'a str,
    /// The front end's result.
    pub scan: &'a Scan,
    /// Language of the document.
    pub lang: Language,
    /// Flow lines placed in a node.
    pub used: Vec<bool>,
    /// Footnote markers that have a definition.
    pub defined: FxHashSet<String>,
    /// Printed width of each flow line's first unbreakable unit (see [`first_unit`]), found on
    /// first use ([`UNMEASURED`] until then): only the lines after one that may be full are
    /// asked.
    unit_widths: Vec<std::cell::Cell<u32>>,
    /// Whether the extraction marks the ends of paragraphs, found once for the document on
    /// first use (see `blocks::marks_paragraph_ends`).
    pub paragraph_ends_marked: std::cell::OnceCell<bool>,
    /// [`Ctx::continues`] of each flow line, found on first use: the heading search and the
    /// paragraph split ask it of the same lines.
    continues: Vec<std::cell::OnceCell<bool>>,
}

impl<'a> Ctx<'a> {
    /// A context over a scan.
    pub fn new(text: &'a str, scan: &'a Scan, lang: Language) -> Self {
        let defined = scan.footnotes.iter().map(|f| f.marker.clone()).collect();
        Ctx {
            text,
            scan,
            lang,
            used: vec![false; scan.flow.len()],
            defined,
            unit_widths: vec![std::cell::Cell::new(UNMEASURED); scan.flow.len()],
            paragraph_ends_marked: std::cell::OnceCell::new(),
            continues: vec![std::cell::OnceCell::new(); scan.flow.len()],
        }
    }

    /// Number of flow lines.
    pub fn len(&self) -> usize {
        self.scan.flow.len()
    }

    /// What the front end kept of flow line `f`.
    pub fn line(&self, f: usize) -> &'a ContentLine {
        &self.scan.flow[f].line
    }

    /// Trimmed text of flow line `f`.
    pub fn s(&self, f: usize) -> &'a str {
        slice(self.text, self.line(f).text())
    }

    /// Span of the trimmed text of flow line `f`.
    pub fn span(&self, f: usize) -> Span {
        self.line(f).text()
    }

    /// What precedes flow line `f`.
    pub fn gap(&self, f: usize) -> Gap {
        self.scan.flow[f].gap
    }

    /// The printed width of the first unbreakable unit of flow line `f` (see [`first_unit`]).
    pub fn unit_width(&self, f: usize) -> u32 {
        let known = self.unit_widths[f].get();
        if known != UNMEASURED {
            return known;
        }
        let w = metrics::width(first_unit(self.s(f)));
        self.unit_widths[f].set(w);
        w
    }

    /// Mark flow lines `from..to` as placed.
    pub fn take(&mut self, from: usize, to: usize) {
        let to = to.min(self.used.len());
        for u in &mut self.used[from.min(to)..to] {
            *u = true;
        }
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &'a str {
        slice(self.text, span)
    }

    /// True when something other than a page break separates line `f` from the one before:
    /// a blank line in single-spaced output, a whitespace line or two blank lines in Tika's.
    pub fn strong_break_before(&self, f: usize) -> bool {
        let g = self.gap(f);
        if self.scan.double_spaced {
            g.spacey > 0 || (g.blanks > self.scan.typical_blanks.max(1) && !g.page_break)
        } else {
            (g.blanks > 0 || g.spacey > 0) && !(g.page_break && g.removed().is_some())
        }
    }

    /// True when line `f` is a chapter numeral alone (`I.`, `II.`) and line `f + 1` its heading.
    pub fn is_bare_chapter(&self, f: usize) -> bool {
        f + 1 < self.len() && is_chapter_numeral(self.s(f))
    }

    /// True when line `f` was full: the first word of line `f + 1` would not have fitted on it.
    /// `bold` widens the line's measure for bold headings.
    pub fn is_full(&self, f: usize, bold: bool) -> bool {
        if f + 1 >= self.len() {
            return false;
        }
        let mut w = self.line(f).width;
        if bold {
            w = w * 108 / 100;
        }
        let need = w + metrics::SPACE + self.unit_width(f + 1);
        need * 100 > self.scan.column_width * 99
    }

    /// True when line `f + 1` continues the paragraph of line `f`.
    ///
    /// A paragraph does not end with a short line without punctuation: after a line that ends
    /// a sentence, such a line that the next does not continue is a heading printed with no
    /// space before it (pdftotext: `… in Geneva.` ⏎ `Adoption of the agenda` ⏎ `2.`).
    pub fn continues(&self, f: usize) -> bool {
        match self.continues.get(f) {
            Some(known) => *known.get_or_init(|| self.find_continues(f)),
            None => self.find_continues(f),
        }
    }

    /// [`Ctx::continues`], found anew.
    fn find_continues(&self, f: usize) -> bool {
        if !self.continues_line(f) {
            return false;
        }
        !(ends_sentence(self.s(f)) && self.is_heading_like(f + 1) && !self.continues_line(f + 1))
    }

    /// True when line `f` reads as a heading: short, capitalized, no final punctuation.
    fn is_heading_like(&self, f: usize) -> bool {
        let s = self.s(f);
        s.chars().next().is_some_and(char::is_uppercase)
            && s.len() <= 120
            && self.line(f).width * 10 < self.scan.column_width * 7
            && !ends_sentence(s)
            && !s.trim_end().ends_with([',', '-', '–'])
    }

    /// [`Ctx::continues`] on the two lines alone.
    fn continues_line(&self, f: usize) -> bool {
        if f + 1 >= self.len() || self.strong_break_before(f + 1) {
            return false;
        }
        let s = self.s(f);
        let next = self.s(f + 1);
        let ends = ends_sentence(s);
        if starts_lowercase(next) && !ends {
            return true;
        }
        // Word's paragraph mark leaves a second trailing space in Tika's output: a full line
        // that ends a sentence with it ends the paragraph.
        if ends && self.line(f).trailing >= 2 && ends_full_stop(s) {
            return false;
        }
        if self.is_full(f, false) {
            return true;
        }
        if !ends {
            // A short line that does not end a sentence still continues when it is only a
            // little short of full: the next word was long.
            let w = self.line(f).width + metrics::SPACE + self.unit_width(f + 1);
            return w * 100 > self.scan.column_width * 90;
        }
        false
    }
}

/// chapter-numeral: `I.` … `XII.`.
pub fn is_chapter_numeral(s: &str) -> bool {
    let t = s.strip_suffix('.').unwrap_or("");
    !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// The first word of a line (up to the first space).
pub fn first_word(s: &str) -> &str {
    // Bytes that are an ASCII space or begin a Unicode one (0xC2, 0xE2, 0xE3) are looked at.
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(k) =
        b[i..].iter().position(|&c| matches!(c, b' ' | b'\t' | b'\r' | 0x0c | 0xc2 | 0xe2 | 0xe3))
    {
        i += k;
        let c = s[i..].chars().next().unwrap_or(' ');
        if is_space(c) {
            return &s[..i];
        }
        i += c.len_utf8();
    }
    s
}

/// The first unbreakable unit of a line: its first word, or, when that is an enumeration
/// marker or a number (`(a)`, `17`, `No.`), the marker and the next word — UN documents keep
/// them together with a no-break space, which many extractors print as a plain space.
fn first_unit(s: &str) -> &str {
    let first = first_word(s);
    let glued = first.len() <= 4
        && (first.starts_with('(') || first.ends_with(')') || first.bytes().all(|b| b.is_ascii_digit()));
    if !glued {
        return first;
    }
    let rest = s[first.len()..].trim_start_matches(is_space);
    let second = first_word(rest);
    &s[..s.len() - rest.len() + second.len()]
}

/// True when a line ends a sentence: `.` `!` `?` `:` `;`, maybe followed by closing quotes or
/// brackets, maybe followed by a footnote marker.
pub fn ends_sentence(s: &str) -> bool {
    before_closers(s).ends_with(['.', '!', '?', ':', ';'])
}

/// A line up to its final punctuation: without a footnote marker after it and without closing
/// quotes and brackets.
pub fn before_closers(s: &str) -> &str {
    // Most lines end with a letter: nothing to strip.
    if s.as_bytes().last().is_some_and(u8::is_ascii_alphabetic) {
        return s;
    }
    let t = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == '*' || is_space(c));
    let t = if t.len() < s.trim_end().len() && t.ends_with(['.', ':', ';', '!', '?', '”', '"', ')']) {
        t
    } else {
        s
    };
    t.trim_end_matches(['”', '"', '’', '\'', ')', ']', '»', ' ', '\u{a0}'])
}

/// True when a line ends with a full stop, question or exclamation mark (maybe quoted).
fn ends_full_stop(s: &str) -> bool {
    s.trim_end_matches(['”', '"', '’', ')']).ends_with(['.', '!', '?'])
}

/// True when a line begins with a lower-case letter (it continues a sentence).
pub fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// The text of a span (empty when out of range or not on character boundaries).
pub(super) fn slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(first_unit("(a) conversion of weapons;"), "(a) conversion");
        assert_eq!(first_unit("17 March 2020"), "17 March");
        assert_eq!(first_unit("firearms, their"), "firearms,");
        assert_eq!(first_unit("single"), "single");
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("within the time available to it."));
        assert!(ends_sentence("controls. 1"));
        assert!(ends_sentence("among other issues.2"));
        assert!(ends_sentence("the following functions:"));
        assert!(ends_sentence("as needed.”"));
        assert!(!ends_sentence("while agenda item 2"));
        assert!(!ends_sentence("implementation of comprehensive"));
        assert!(!ends_sentence("in 2020"));
    }
}
