//! The raw input and what every later stage needs to point into it.
//!
//! A [`Source`] keeps the input bytes unchanged. When they are not valid UTF-8, the text the
//! parser reads is a same-length copy in which every byte of an invalid sequence is replaced by
//! U+001A (SUBSTITUTE), so that every byte offset still means the same byte of the raw input.
//! Line and column numbers are computed here, on demand, only for rendering.

use std::borrow::Cow;

use crate::span::Span;

/// The byte that stands in for each byte of an invalid UTF-8 sequence.
pub const SUBSTITUTE: u8 = 0x1a;

/// Why the input is not plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undecodable {
    /// An invalid UTF-8 sequence starts here.
    InvalidUtf8 {
        /// Span of the first invalid sequence.
        first: Span,
        /// Number of invalid sequences.
        count: usize,
    },
    /// The input holds NUL bytes: it is binary, not text.
    Binary {
        /// The first NUL byte.
        first: Span,
    },
}

/// The raw input, its decoded text and a lazily built line index.
#[derive(Debug)]
pub struct Source<'a> {
    raw: &'a [u8],
    text: Cow<'a, str>,
    problem: Option<Undecodable>,
    offset: usize,
    lines: std::sync::OnceLock<LineIndex>,
}

impl<'a> Source<'a> {
    /// Wrap raw bytes. Never fails: undecodable input is recorded in [`Source::problem`].
    pub fn new(raw: &'a [u8]) -> Self {
        let (text, problem) = decode(raw);
        Source { raw, text, problem, offset: 0, lines: std::sync::OnceLock::new() }
    }

    /// The bytes of `span` (cut to the input, on character boundaries) as a source of their own,
    /// for one document of a file that holds several: its spans count from the start of `span`.
    /// Its [`Source::problem`] is the whole input's.
    pub fn part(&self, span: Span) -> Source<'_> {
        let start = span.start.min(self.len());
        let end = span.end.clamp(start, self.len());
        let text = self.text.get(start..end).unwrap_or("");
        Source {
            raw: &self.raw[start..start + text.len()],
            text: Cow::Borrowed(text),
            problem: self.problem,
            offset: self.offset + start,
            lines: std::sync::OnceLock::new(),
        }
    }

    /// Where this source begins in the input: 0, or the start of a [`Source::part`].
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Wrap text that is already a `str`. (Not `FromStr`: the source borrows the text.)
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(text: &'a str) -> Self {
        Source::new(text.as_bytes())
    }

    /// The raw bytes.
    pub fn raw(&self) -> &'a [u8] {
        self.raw
    }

    /// The text: the raw bytes, or a same-length copy with invalid bytes substituted.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Why the input is not clean UTF-8 text, if it is not. Its spans are offsets into the whole
    /// input, also for a [`Source::part`] (see [`Source::offset`]).
    pub fn problem(&self) -> Option<Undecodable> {
        self.problem
    }

    /// True when the input is binary (holds NUL bytes); its structure is not parsed.
    pub fn is_binary(&self) -> bool {
        matches!(self.problem, Some(Undecodable::Binary { .. }))
    }

    /// The text of a span (empty when the span is out of range or splits a character).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    /// True for empty input.
    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// The line index, built on first use.
    pub fn line_index(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.text))
    }

    /// Line and column of a byte offset.
    pub fn line_col(&self, offset: usize) -> LineCol {
        self.line_index().line_col(&self.text, offset)
    }
}

fn decode(raw: &[u8]) -> (Cow<'_, str>, Option<Undecodable>) {
    if let Some(nul) = memchr::memchr(0, raw) {
        // Binary input: keep a same-length text with every non-ASCII or control byte
        // substituted, so that spans stay valid; the parser does not read it.
        let text: String = raw
            .iter()
            .map(|&b| if b.is_ascii() && (b >= 0x20 || b == b'\n') { b as char } else { SUBSTITUTE as char })
            .collect();
        return (Cow::Owned(text), Some(Undecodable::Binary { first: Span::new(nul, nul + 1) }));
    }
    match std::str::from_utf8(raw) {
        Ok(s) => (Cow::Borrowed(s), None),
        Err(_) => {
            let mut out = Vec::with_capacity(raw.len());
            let mut first = None;
            let mut count = 0;
            for chunk in raw.utf8_chunks() {
                out.extend_from_slice(chunk.valid().as_bytes());
                let bad = chunk.invalid();
                if !bad.is_empty() {
                    let at = out.len();
                    first.get_or_insert(Span::new(at, at + bad.len()));
                    count += 1;
                    out.extend(std::iter::repeat_n(SUBSTITUTE, bad.len()));
                }
            }
            let text =
                String::from_utf8(out).expect("invariant: valid chunks and ASCII substitutes form UTF-8");
            let first = first.expect("invariant: from_utf8 failed, so some chunk is invalid");
            (Cow::Owned(text), Some(Undecodable::InvalidUtf8 { first, count }))
        }
    }
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in Unicode scalar values.
    pub column: usize,
    /// 1-based column, counted in UTF-16 code units (SARIF, LSP).
    pub column_utf16: usize,
}

/// Offsets of line starts, for turning byte offsets into lines and columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the lines of `text` (lines end at `\n`).
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// Line and column of a byte offset of `text`, the text this index was built from
    /// (the offset is clamped to it).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let prefix = &text[start..offset];
        LineCol {
            line: line + 1,
            column: prefix.chars().count() + 1,
            column_utf16: prefix.chars().map(char::len_utf16).sum::<usize>() + 1,
        }
    }

    /// The 1-based line holding a byte offset (offsets past the end are on the last line).
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// Byte span of a 1-based line of `text`, without its line terminator.
    pub fn line_span(&self, text: &str, line: usize) -> Option<Span> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let mut end = self.starts.get(line).map_or(text.len(), |&n| n - 1);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        Some(Span::new(start, end.max(start)))
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// True when there is no line (never: an empty text has one empty line).
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_keeps_offsets() {
        let raw = b"ab\xffcd\xe2\x80";
        let src = Source::new(raw);
        assert_eq!(src.text().len(), raw.len());
        match src.problem() {
            Some(Undecodable::InvalidUtf8 { first, count }) => {
                assert_eq!(first, Span::new(2, 3));
                assert_eq!(count, 2);
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(&src.text()[3..5], "cd");
    }

    #[test]
    fn a_part_is_a_source_of_its_own() {
        let source = Source::new("ab\ncdé\nfg".as_bytes());
        let part = source.part(Span::new(3, 8));
        assert_eq!((part.text(), part.raw(), part.offset()), ("cdé\n", "cdé\n".as_bytes(), 3));
        let inner = part.part(Span::new(1, 2));
        assert_eq!((inner.text(), inner.offset()), ("d", 4));
        // Cut to the input; a span inside a character gives nothing.
        assert_eq!(source.part(Span::new(8, 99)).text(), "fg");
        assert_eq!(source.part(Span::new(6, 7)).raw(), b"");
        // The problem stays the whole input's.
        let bad = Source::new(b"ab\n\xffcd");
        assert_eq!(bad.part(Span::new(0, 3)).problem(), bad.problem());
    }

    #[test]
    fn nul_is_binary() {
        let src = Source::new(b"PK\x03\x04\x00\x00");
        assert!(src.is_binary());
        assert_eq!(src.text().len(), 6);
    }

    #[test]
    fn line_columns_count_characters_and_utf16() {
        let text = "ab\n“é” x\r\nlast";
        let idx = LineIndex::new(text);
        let lc = idx.line_col(text, 3 + "“é” ".len());
        assert_eq!((lc.line, lc.column, lc.column_utf16), (2, 5, 5));
        assert_eq!(idx.line_col(text, 0).line, 1);
        assert_eq!(idx.line_span(text, 2), Some(Span::new(3, 3 + "“é” x".len())));
        assert_eq!(idx.line_col(text, 10_000).line, 3);
        assert_eq!((idx.line_of(0), idx.line_of(2), idx.line_of(3), idx.line_of(10_000)), (1, 1, 2, 3));
    }
}
