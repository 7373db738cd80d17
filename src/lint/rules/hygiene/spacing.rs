//! A602 space-before-punctuation and A603 multiple-spaces: the whitespace runs inside a line.
//!
//! Each run of horizontal whitespace between two characters of a text line is looked at once.
//! A run before closing punctuation, or after an opening bracket or quote, is A602's (it owns
//! the whole run, so that the two rules never fix the same bytes). Otherwise a run of two or
//! more ASCII spaces is A603's, except:
//! - the gap after a footnote label (` 1  CTOC/COP/WG.6/2018/4`), and before a spaced footnote
//!   marker (A606 removes that space);
//! - the masthead and schedule tables, whose gaps separate columns, and the gap after the symbol
//!   that begins a Documentation entry (`A/HRC/58/2   Annual report …`, a two-column table);
//! - `pdftotext -layout` output, detected as the front end does (most lines set in six columns
//!   or more from the margin): there every gap is layout.
//!
//! A603 reports one finding per block of consecutive non-blank lines, with one fix collapsing
//! all its runs (Tika's output has a blank line after every line, so there each doubled space
//! is its own finding). pdfminer keeps the justification of every line as doubled spaces: when
//! at least three lines, and a tenth of the text lines, have two runs or more, the document
//! gets one finding and no fix — collapsing the spaces narrows the justified lines and not the
//! last line of each paragraph, and the parser, which reads line widths to find paragraph ends,
//! would then join paragraphs.

use crate::declare_rule;
use crate::finding::{Applicability, Edit, Fix};
use crate::lint::{Context, finding};
use crate::model::{Block, Document, Language};
use crate::span::Span;

use super::Sink;
use super::pass::{RawLine, is_hspace, space_len};
use super::tokens::Token;

declare_rule! {
    /// A space before punctuation or a closing quote.
    ///
    /// ## What it checks
    /// In English and Spanish, no space goes before `, . ; : ? ! ) ]` or a closing `”`, nor
    /// after `(`, `[` or an opening `“` (nor after `¿ ¡` in Spanish). French spacing — a space
    /// before `: ; ? !` and inside `« »` — is correct and not reported; French is checked for
    /// `, . ) ]` and `( [` only. Ellipses, decimals (`.5`) and file names (`.org`) are not
    /// reported.
    ///
    /// ## Why
    /// Such spaces are extraction residue and survive into every re-use of the text.
    ///
    /// ## Example
    /// `the Protocols thereto ”, the Conference`
    ///
    /// ## How to fix
    /// Remove the space (the fix does it).
    pub static A602 = { code: "A602", name: "space-before-punctuation", family: Hygiene, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Runs of spaces inside a line.
    ///
    /// ## What it checks
    /// Two or more spaces between words inside a line, the residue of justified text; one
    /// finding per block of consecutive lines. The gap after a footnote label, the masthead,
    /// schedule tables, the gap after the symbol of a Documentation table (`A/HRC/58/2
    /// Annual report …`) and `pdftotext -layout` output (where gaps are columns) are not
    /// reported.
    ///
    /// ## Why
    /// Doubled spaces break phrase search and title comparison.
    ///
    /// ## Example
    /// `firearms,  their parts`
    ///
    /// ## How to fix
    /// Collapse each run to one space (the fix does it).
    pub static A603 = { code: "A603", name: "multiple-spaces", family: Hygiene, severity: Info, fix: Safe };
}

/// Runs one A603 finding collapses at most: a bound on the size of one fix.
const RUNS_PER_FINDING: usize = 100;

/// Lines with two runs or more (and a tenth of the text lines) that make a document justified.
const JUSTIFIED_LINES: usize = 3;

/// Lines indented this many columns count toward `-layout` detection (as in `crate::scan`).
const LAYOUT_INDENT: u32 = 6;

/// The bytes a whitespace run can start with: ASCII space and tab, and the lead bytes of the
/// Unicode spaces (U+00A0, U+2000–U+205F, U+3000). A table, since every byte of the prose asks.
const RUN_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    let starts = [b' ', b'\t', 0xc2, 0xe2, 0xe3];
    while i < starts.len() {
        t[starts[i] as usize] = true;
        i += 1;
    }
    t
};

/// The state of rules A602 and A603 through the pass.
pub struct Spacing {
    a602: bool,
    a603: bool,
    lang: Language,
    /// Ends of footnote labels and of the symbols that begin Documentation entries (a column of
    /// a two-column table), sorted: the gap after them is not a run to report.
    label_ends: Vec<usize>,
    label_at: usize,
    /// Starts of spaced footnote markers, sorted: A606 owns the space before them.
    marker_starts: Vec<usize>,
    marker_at: usize,
    /// Runs of the current block, and the line of its first run.
    block: Vec<Span>,
    first_line: Span,
    /// The blocks of A603 findings, held until `-layout` detection is done (and made only then:
    /// such output has a run on almost every line).
    held: Vec<(Vec<Span>, Span)>,
    lines: usize,
    indented: usize,
    /// Text lines, and those with two runs or more (justified by the extractor); the first run.
    prose: usize,
    justified: usize,
    first_run: Option<Span>,
}

/// Where the symbols end that begin Documentation entries (`A/HRC/58/2   Annual report …`):
/// the gap after them separates the table's columns.
fn symbol_first_ends(doc: &Document) -> Vec<usize> {
    let mut out = Vec::new();
    doc.each_block(|b| {
        if let Block::Documentation(d) = b {
            let first = d.entries.iter().filter_map(|e| e.symbol_span.filter(|s| s.start == e.span.start));
            out.extend(first.map(|s| s.end));
        }
    });
    out
}

impl Spacing {
    /// The rules' state for a document.
    pub fn new(cx: &Context<'_>, a602: bool, a603: bool) -> Self {
        let mut label_ends: Vec<usize> = cx.doc.footnotes.iter().map(|f| f.marker_span.end).collect();
        label_ends.extend(symbol_first_ends(cx.doc));
        label_ends.sort_unstable();
        let mut marker_starts: Vec<usize> =
            super::breaks::footnote_refs(cx.doc).filter(|r| r.spaced).map(|r| r.span.start).collect();
        marker_starts.sort_unstable();
        Spacing {
            a602,
            a603,
            lang: cx.doc.language,
            label_ends,
            label_at: 0,
            marker_starts,
            marker_at: 0,
            block: Vec::new(),
            first_line: Span::default(),
            held: Vec::new(),
            lines: 0,
            indented: 0,
            prose: 0,
            justified: 0,
            first_run: None,
        }
    }

    /// Read one line, with its words: the tokens of a text line, or none when no rule that
    /// reads words is on. Whitespace lies only between words, and the common gaps need no look;
    /// the others are read byte by byte.
    pub fn line(&mut self, text: &str, line: &RawLine, words: &[Token], sink: &mut Sink<'_, '_>) {
        if !(self.a602 || self.a603) {
            return;
        }
        if !line.is_blank() {
            self.lines += 1;
            if line.indent >= LAYOUT_INDENT {
                self.indented += 1;
            }
        }
        if !line.is_prose() {
            self.end_block();
            return;
        }
        let base = line.content.start;
        let s = &text[line.content.start..line.content.end];
        let bytes = s.as_bytes();
        let mut runs = 0;
        self.prose += 1;
        let mut i = 0;
        for t in words {
            let (start, end) = (t.start - base, t.end - base);
            // One space before an ASCII letter, after another or after an ASCII character that
            // is neither a space nor an opening bracket (`word, word`), is the common case.
            let plain = start > i
                && bytes[start - 1] == b' '
                && bytes[start] < 0x80
                && match start - i {
                    1 => i > 0 && bytes[i - 1] < 0x80,
                    2 => bytes[i] < 0x80 && !matches!(bytes[i], b' ' | b'\t' | b'(' | b'['),
                    _ => false,
                };
            if !plain {
                self.gap(s, base, line.table, (i, start), &mut runs, sink);
            }
            i = end;
        }
        if i < bytes.len() {
            self.gap(s, base, line.table, (i, bytes.len()), &mut runs, sink);
        }
        if runs >= 2 {
            self.justified += 1;
        }
    }

    /// Read the whitespace runs that start in bytes `from..to` of line content `s` (at `base`
    /// in the text); `runs` counts those that go to A603.
    fn gap(
        &mut self,
        s: &str,
        base: usize,
        table: bool,
        (from, to): (usize, usize),
        runs: &mut u32,
        sink: &mut Sink<'_, '_>,
    ) {
        let bytes = s.as_bytes();
        let mut i = from;
        while i < to {
            let b = bytes[i];
            if !RUN_START[usize::from(b)] {
                i += 1;
                continue;
            }
            // The common case: one space before a letter or digit, after anything but an
            // opening bracket or another space.
            if b == b' '
                && i > 0
                && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
                && bytes[i - 1] < 0x80
                && !matches!(bytes[i - 1], b' ' | b'\t' | b'(' | b'[')
            {
                i += 1;
                continue;
            }
            let Some(n) = space_len(s, i) else {
                i += 1;
                continue;
            };
            let start = i;
            let mut end = i + n;
            while let Some(n) = space_len(s, end) {
                end += n;
            }
            i = end;
            // The content is trimmed, so a run always has a character on each side.
            let (Some(p), Some(c)) = (s[..start].chars().next_back(), s[end..].chars().next()) else {
                continue;
            };
            let after = s[end + c.len_utf8()..].chars().next();
            if self.a602 && closes(self.lang, p, c, after) {
                let span = Span::new(base + start, base + end + c.len_utf8());
                sink.emit(
                    finding(&A602, format!("space before `{c}` in `{}`", context(s, start, end)), span)
                        .with_help("remove the space")
                        .with_fix(Fix::replace(Applicability::Safe, Span::new(base + start, base + end), "")),
                );
            } else if self.a602 && opens(self.lang, p, c) {
                let span = Span::new(base + start - p.len_utf8(), base + end);
                sink.emit(
                    finding(&A602, format!("space after `{p}` in `{}`", context(s, start, end)), span)
                        .with_help("remove the space")
                        .with_fix(Fix::replace(Applicability::Safe, Span::new(base + start, base + end), "")),
                );
            } else if self.a603
                && !table
                && end - start >= 2
                && bytes[start..end].iter().all(|&b| b == b' ')
                && !self.is_label_gap(base + start)
                && !self.is_marker_gap(base + end)
            {
                *runs += 1;
                self.first_run.get_or_insert(Span::new(base + start, base + end));
                if self.block.is_empty() {
                    self.first_line = Span::new(base, base + s.len());
                }
                self.block.push(Span::new(base + start, base + end));
                if self.block.len() >= RUNS_PER_FINDING {
                    self.end_block();
                }
            }
        }
    }

    fn is_label_gap(&mut self, at: usize) -> bool {
        while self.label_at < self.label_ends.len() && self.label_ends[self.label_at] < at {
            self.label_at += 1;
        }
        self.label_ends.get(self.label_at) == Some(&at)
    }

    fn is_marker_gap(&mut self, at: usize) -> bool {
        while self.marker_at < self.marker_starts.len() && self.marker_starts[self.marker_at] < at {
            self.marker_at += 1;
        }
        self.marker_starts.get(self.marker_at) == Some(&at)
    }

    /// Close the current block of lines: one A603 finding for its runs, held.
    fn end_block(&mut self) {
        if !self.block.is_empty() {
            self.held.push((std::mem::take(&mut self.block), self.first_line));
        }
    }

    /// Emit the A603 findings, unless the document is `pdftotext -layout` output; for text
    /// printed justified, one finding without a fix.
    pub fn finish(mut self, text: &str, sink: &mut Sink<'_, '_>) {
        self.end_block();
        let layout = self.lines >= 8 && self.indented * 2 >= self.lines;
        if layout {
            return;
        }
        if let Some(first) = self.first_run
            && self.justified >= JUSTIFIED_LINES
            && self.justified * 10 >= self.prose
        {
            sink.emit(
                finding(
                    &A603,
                    format!("{} lines keep the doubled spaces of justified text", self.justified),
                    first,
                )
                .with_help(
                    "re-extract the text without justification spacing, or collapse the spaces and check \
                         that the paragraphs stay apart: the parser reads line widths",
                ),
            );
            return;
        }
        for (runs, line) in self.held {
            let Some(&first) = runs.first() else { continue };
            let context =
                context(&text[line.start..line.end], first.start - line.start, first.end - line.start);
            let message = match runs.len() {
                1 => format!("{} spaces in `{context}`", first.len()),
                n => format!("{n} runs of spaces in these lines, the first in `{context}`"),
            };
            let edits = runs.into_iter().map(|span| Edit { span, replacement: " ".to_string() }).collect();
            sink.emit(
                finding(&A603, message, first)
                    .with_help("collapse each run to one space")
                    .with_fix(Fix { applicability: Applicability::Safe, edits }),
            );
        }
    }
}

/// True when a space before `c` (after `p`, followed by `after`) breaks the language's rules.
fn closes(lang: Language, p: char, c: char, after: Option<char>) -> bool {
    let listed = match lang {
        Language::Fr => matches!(c, ',' | '.' | ')' | ']'),
        Language::En | Language::Es => matches!(c, ',' | '.' | ';' | ':' | '?' | '!' | ')' | ']' | '”'),
    };
    if !listed {
        return false;
    }
    // `.5`, `.org`, `,000`: not punctuation after a word.
    if matches!(c, '.' | ',' | ';' | ':') && after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    // Ellipses, spaced or not; empty brackets and quotes.
    !((c == '.' && (after == Some('.') || p == '.' || p == '…'))
        || (c == ')' && p == '(')
        || (c == ']' && p == '[')
        || (c == '”' && p == '“'))
}

/// True when a space after `p` (before `c`) breaks the language's rules.
fn opens(lang: Language, p: char, c: char) -> bool {
    let listed = match lang {
        Language::Fr => matches!(p, '(' | '['),
        Language::En => matches!(p, '(' | '[' | '“'),
        Language::Es => matches!(p, '(' | '[' | '“' | '¿' | '¡'),
    };
    listed && !matches!(c, ')' | ']' | '”')
}

/// The words on either side of a run, for a message: `thereto ”,`.
fn context(s: &str, start: usize, end: usize) -> String {
    const REACH: usize = 24;
    let before = &s[..start];
    let mut from =
        before.char_indices().rev().find(|&(_, c)| is_hspace(c)).map_or(0, |(i, c)| i + c.len_utf8());
    if start - from > REACH {
        from = start - REACH;
        while !s.is_char_boundary(from) {
            from += 1;
        }
    }
    let rest = &s[end..];
    let mut to = end + rest.find(is_hspace).unwrap_or(rest.len());
    if to - end > REACH {
        to = end + REACH;
        while !s.is_char_boundary(to) {
            to -= 1;
        }
    }
    s[from..to].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_rules_per_language() {
        assert!(closes(Language::En, 'o', '”', Some(',')));
        assert!(closes(Language::En, 'e', ',', Some(' ')));
        assert!(closes(Language::En, 'e', ':', None));
        assert!(!closes(Language::Fr, 'e', ':', None));
        assert!(!closes(Language::Fr, 'e', '?', None));
        assert!(closes(Language::Fr, 'b', ')', None));
        assert!(!closes(Language::En, 'e', '.', Some('.')));
        assert!(!closes(Language::En, 't', '.', Some('5')));
        assert!(!closes(Language::En, '(', ')', None));
        assert!(opens(Language::En, '(', 's'));
        assert!(opens(Language::Es, '¿', 'Q'));
        assert!(!opens(Language::Fr, '«', 'a'));
        assert!(!opens(Language::En, '(', ')'));
    }

    #[test]
    fn contexts() {
        let s = "the Protocols thereto ”, the Conference";
        let at = s.find(" ”").expect("present");
        assert_eq!(context(s, at, at + 1), "thereto ”,");
        let s = "firearms,  their";
        assert_eq!(context(s, 9, 11), "firearms,  their");
    }
}
