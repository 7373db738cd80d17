//! Lines and columns of byte offsets for the renderers, in time that does not grow with the
//! length of the line.
//!
//! [`crate::source::LineIndex::line_col`] counts the characters from the start of the line,
//! which is right for ordinary lines but would make rendering quadratic on a 100 MB line with
//! many findings. Past `LONG_COLUMN` bytes into a line, a [`Locator`] counts from a table of
//! character counts per `BLOCK` bytes, built once per file on first need: a column costs at
//! most a few thousand bytes of counting, however long the line.
//!
//! Lines are found by counting line feeds from the last offset located, as findings come in
//! text order: a file with a few findings is not indexed line by line. The count moves
//! forward only, so it reads each byte once; an offset a little way back (a label, an edit
//! inside the span) is counted back from it, one far back asks the source's line index.

use std::sync::{Mutex, OnceLock};

use crate::source::{LineCol, Source};
use crate::span::Span;

/// Bytes per entry of the counts table (16 bytes an entry, a table only for a text with a
/// long line: 1.6 MB for 100 MB).
const BLOCK: usize = 1024;

/// Offsets this far into a line are counted from the table rather than from the line start
/// (a line of a paragraph extracted whole is often a few thousand bytes, with a finding in
/// every sentence).
const LONG_COLUMN: usize = 2 * BLOCK;

/// Offsets this far back from the last one located are counted back from it; those further
/// back ask the source's line index (built on first need, a table of every line).
const LONG_LINE: usize = 16 * BLOCK;

/// Characters and UTF-16 code units in UTF-8 bytes (taken whole or cut at any byte: a char
/// is counted at its first byte, and a 4-byte char is two UTF-16 units).
fn count(bytes: &[u8]) -> (usize, usize) {
    let chars = bytes.iter().filter(|&&b| b & 0xc0 != 0x80).count();
    let astral = bytes.iter().filter(|&&b| b >= 0xf0).count();
    (chars, chars + astral)
}

/// Line feeds in `bytes`, counted by runs short enough for a byte counter, which the
/// compiler turns into vector code.
fn line_feeds(bytes: &[u8]) -> usize {
    bytes.chunks(255).map(|run| usize::from(run.iter().fold(0u8, |n, &b| n + u8::from(b == b'\n')))).sum()
}

/// Lines and columns of one source.
#[derive(Debug)]
pub struct Locator<'a> {
    source: &'a Source<'a>,
    /// Characters and UTF-16 units before each multiple of `BLOCK`.
    blocks: OnceLock<Vec<(usize, usize)>>,
    /// The last offset located by counting forward, with its line and that line's start.
    ahead: Mutex<Ahead>,
}

/// An offset with its 1-based line and the byte offset where that line starts.
#[derive(Debug, Clone, Copy)]
struct Ahead {
    offset: usize,
    line: usize,
    line_start: usize,
}

impl<'a> Locator<'a> {
    /// A locator for a source.
    pub fn new(source: &'a Source<'a>) -> Self {
        Locator {
            source,
            blocks: OnceLock::new(),
            ahead: Mutex::new(Ahead { offset: 0, line: 1, line_start: 0 }),
        }
    }

    /// The source.
    pub fn source(&self) -> &'a Source<'a> {
        self.source
    }

    /// Characters and UTF-16 units before a byte offset.
    fn before(&self, offset: usize) -> (usize, usize) {
        let bytes = self.source.text().as_bytes();
        let blocks = self.blocks.get_or_init(|| {
            let mut table = Vec::with_capacity(bytes.len() / BLOCK + 1);
            let mut total = (0, 0);
            table.push(total);
            for block in bytes.chunks(BLOCK) {
                let (c, u) = count(block);
                total = (total.0 + c, total.1 + u);
                table.push(total);
            }
            table
        });
        let block = offset / BLOCK;
        let (c, u) = blocks[block];
        let (tc, tu) = count(&bytes[block * BLOCK..offset]);
        (c + tc, u + tu)
    }

    /// 1-based line and columns of a byte offset (clamped to the text and moved back to a
    /// character boundary).
    pub fn line_col(&self, offset: usize) -> LineCol {
        let text = self.source.text();
        let offset = floor_boundary(text, offset);
        let (line, start) = self.line_of(offset);
        if offset - start <= LONG_COLUMN {
            let (column, column_utf16) = count(&text.as_bytes()[start..offset]);
            return LineCol { line, column: column + 1, column_utf16: column_utf16 + 1 };
        }
        let (c0, u0) = self.before(start);
        let (c1, u1) = self.before(offset);
        LineCol { line, column: c1 - c0 + 1, column_utf16: u1 - u0 + 1 }
    }

    /// The 1-based line of a character boundary, and the offset where that line starts:
    /// counted from the last offset located when it is ahead of it or a little way back (at
    /// most [`LONG_LINE`] bytes, as columns are), else from the line index.
    fn line_of(&self, offset: usize) -> (usize, usize) {
        let bytes = self.source.text().as_bytes();
        if let Ok(mut ahead) = self.ahead.try_lock() {
            if offset >= ahead.offset {
                let between = &bytes[ahead.offset..offset];
                if let Some(last) = memchr::memrchr(b'\n', between) {
                    ahead.line += line_feeds(between);
                    ahead.line_start = ahead.offset + last + 1;
                }
                ahead.offset = offset;
                return (ahead.line, ahead.line_start);
            }
            if offset >= ahead.line_start {
                return (ahead.line, ahead.line_start);
            }
            let floor = offset.saturating_sub(LONG_LINE);
            if ahead.offset - offset <= LONG_LINE
                && let Some(start) = memchr::memrchr(b'\n', &bytes[floor..offset])
                    .map(|last| floor + last + 1)
                    .or((floor == 0).then_some(0))
            {
                return (ahead.line - line_feeds(&bytes[offset..ahead.line_start]), start);
            }
        }
        let index = self.source.line_index();
        let line = index.line_of(offset);
        (line, index.line_span(self.source.text(), line).map_or(0, |s| s.start))
    }

    /// Start and end positions of a span (the end is the position after its last character).
    pub fn span(&self, span: Span) -> (LineCol, LineCol) {
        let span = clamp_span(self.source.text(), span);
        let start = self.line_col(span.start);
        let end = if span.is_empty() { start } else { self.line_col(span.end) };
        (start, end)
    }
}

/// The largest character boundary at or before `at`, within the text.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Clamp a span to the text and to character boundaries, so that every renderer can slice it.
pub fn clamp_span(text: &str, span: Span) -> Span {
    let start = floor_boundary(text, span.start);
    let end = floor_boundary(text, span.end).max(start);
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_line_index_on_every_offset() {
        // Long lines with multi-byte and astral characters, cut at block boundaries.
        let mut text = String::new();
        for i in 0..3 {
            text.extend(std::iter::repeat_n("é𝄞ab“", 3000 + i * 777));
            text.push('\n');
        }
        text.push_str("short\r\nlast");
        let source = Source::from_str(&text);
        let locator = Locator::new(&source);
        let index = source.line_index();
        // Forward (counted from the last offset), then backward and back and forth (the index).
        let forward: Vec<usize> = (0..=text.len() + 3).step_by(97).chain([text.len()]).collect();
        let back_and_forth = (0..forward.len()).map(|i| forward[(i * 7919) % forward.len()]);
        for offset in forward.iter().copied().chain(forward.iter().rev().copied()).chain(back_and_forth) {
            assert_eq!(locator.line_col(offset), index.line_col(&text, offset), "offset {offset}");
        }
        let fresh = Locator::new(&source);
        for offset in forward.iter().rev().copied().chain(forward.iter().copied()) {
            assert_eq!(fresh.line_col(offset), index.line_col(&text, offset), "offset {offset}");
        }
    }

    #[test]
    fn clamped_spans_stay_on_characters() {
        assert_eq!(clamp_span("é", Span::new(1, 9)), Span::new(0, 2));
        assert_eq!(clamp_span("abc", Span::new(5, 2)), Span::new(3, 3));
    }
}
