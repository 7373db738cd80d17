//! The raw lines of the input, each with what the parse knows about it: whether it is page
//! furniture, part of the masthead or of a schedule table. The line-based hygiene rules share
//! this one pass over the text; it allocates only the sorted region lists, once per document.

use crate::finding::Edit;
use crate::fold::{is_space, trim_range};
use crate::model::{Document, FurnitureKind};
use crate::span::Span;

/// What a line is, as far as the hygiene rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Nothing but whitespace (and form feeds).
    Blank,
    /// Text of the document.
    Text,
    /// A line the front end set aside as page furniture (never a page-break marker).
    Furniture(FurnitureKind),
}

/// One line of the raw input.
#[derive(Debug, Clone, Copy)]
pub struct RawLine {
    /// First byte of the line, form feeds included.
    pub start: usize,
    /// First byte after the leading form feeds.
    pub body: usize,
    /// The content, trimmed of whitespace.
    pub content: Span,
    /// Start of the next line (after this line's terminator), or the end of the text.
    pub next: usize,
    /// Leading whitespace in columns (a tab counts 8).
    pub indent: u32,
    /// A blank line that holds whitespace characters (Tika prints them where spacing was).
    pub spacey: bool,
    /// What the line is.
    pub role: Role,
    /// The line overlaps the masthead or one of its fields.
    pub masthead: bool,
    /// The line lies in a schedule table (its column gaps are layout).
    pub table: bool,
    /// The line belongs to a footnote definition.
    pub footnote: bool,
}

impl RawLine {
    /// True for a line with no content.
    pub fn is_blank(&self) -> bool {
        self.role == Role::Blank
    }

    /// True when a word held from the last text line, across `blank_lines` lines so far, may
    /// still pair with the next text line after this one, which is not text: one empty line
    /// may lie between (Tika's spacing), nothing else.
    pub fn carries(&self, blank_lines: &mut u32) -> bool {
        let ok = self.is_blank() && !self.spacey && *blank_lines == 0;
        *blank_lines += 1;
        ok
    }

    /// True for a text line outside the masthead: where word-level rules look.
    pub fn is_prose(&self) -> bool {
        self.role == Role::Text && !self.masthead
    }
}

/// The lines of the text, in order.
pub struct Lines<'t> {
    text: &'t str,
    pos: usize,
    furniture: Vec<Span>,
    furniture_kinds: Vec<FurnitureKind>,
    f: usize,
    masthead: Regions,
    tables: Regions,
    footnotes: Regions,
}

impl<'t> Lines<'t> {
    /// The lines of `text`, classified with what `doc` knows.
    pub fn new(text: &'t str, doc: &Document) -> Self {
        let mut furniture: Vec<(Span, FurnitureKind)> = doc
            .furniture
            .iter()
            .filter(|f| !matches!(f.kind, FurnitureKind::PageBreak | FurnitureKind::ByteOrderMark))
            .map(|f| (f.span, f.kind))
            .collect();
        furniture.sort_by_key(|(s, _)| (s.start, s.end));
        let mut masthead = Vec::new();
        if let Some(m) = &doc.masthead {
            masthead.push(m.span);
            let s = &m.spans;
            masthead.extend(
                [s.symbol, s.distribution, s.date, s.original_language, s.job_number, s.barcode, s.item_line]
                    .into_iter()
                    .flatten(),
            );
        }
        let tables = doc.annexes.iter().filter_map(|a| a.schedule.as_ref().map(|s| s.span)).collect();
        // A byte-order mark is not content: start after it.
        let pos = if text.starts_with('\u{feff}') { 3 } else { 0 };
        Lines {
            text,
            pos,
            furniture: furniture.iter().map(|(s, _)| *s).collect(),
            furniture_kinds: furniture.iter().map(|(_, k)| *k).collect(),
            f: 0,
            masthead: Regions::new(masthead),
            tables: Regions::new(tables),
            footnotes: Regions::new(doc.footnotes.iter().map(|f| f.span).collect()),
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = RawLine;

    fn next(&mut self) -> Option<RawLine> {
        let text = self.text;
        let start = self.pos;
        if start >= text.len() {
            return None;
        }
        let bytes = text.as_bytes();
        let nl = memchr::memchr(b'\n', &bytes[start..]).map_or(text.len(), |i| start + i);
        self.pos = if nl < text.len() { nl + 1 } else { text.len() };
        let mut end = nl;
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        let body = start + bytes[start..end].iter().take_while(|&&b| b == b'\x0c').count();
        let raw = &text[body..end];
        let (ts, te) = trim_range(raw);
        let content = Span::new(body + ts, body + te);
        let indent = raw[..ts].chars().map(|c| if c == '\t' { 8 } else { 1 }).sum();
        let mut role = if content.is_empty() { Role::Blank } else { Role::Text };
        while self.f < self.furniture.len() && self.furniture[self.f].start < content.start {
            self.f += 1;
        }
        if role == Role::Text && self.f < self.furniture.len() && self.furniture[self.f].start < content.end {
            role = Role::Furniture(self.furniture_kinds[self.f]);
        }
        Some(RawLine {
            start,
            body,
            content,
            next: self.pos,
            indent,
            spacey: content.is_empty() && !raw.is_empty(),
            role,
            masthead: !content.is_empty() && self.masthead.overlaps(content),
            table: !content.is_empty() && self.tables.overlaps(content),
            footnote: !content.is_empty() && self.footnotes.overlaps(content),
        })
    }
}

/// Disjoint sorted spans, asked in increasing order.
struct Regions {
    spans: Vec<Span>,
    at: usize,
}

impl Regions {
    fn new(mut spans: Vec<Span>) -> Self {
        spans.retain(|s| !s.is_empty());
        spans.sort_by_key(|s| (s.start, s.end));
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for s in spans {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        Regions { spans: merged, at: 0 }
    }

    /// True when `span` overlaps a region; spans must be asked in increasing order.
    fn overlaps(&mut self, span: Span) -> bool {
        while self.at < self.spans.len() && self.spans[self.at].end <= span.start {
            self.at += 1;
        }
        self.spans.get(self.at).is_some_and(|r| r.overlaps(span))
    }
}

/// Byte length of the horizontal whitespace character at byte `i` of `s` (see
/// [`crate::fold::is_space`], without carriage return and form feed), if one starts there.
/// Decided from the bytes: only `0xC2`, `0xE2` and `0xE3` can start a non-ASCII space.
pub fn space_len(s: &str, i: usize) -> Option<usize> {
    let b = *s.as_bytes().get(i)?;
    match b {
        b' ' | b'\t' => Some(1),
        0xc2 | 0xe2 | 0xe3 => {
            let c = s.get(i..)?.chars().next()?;
            is_hspace(c).then(|| c.len_utf8())
        }
        _ => None,
    }
}

/// True for horizontal whitespace: [`crate::fold::is_space`] without carriage return and form
/// feed.
pub fn is_hspace(c: char) -> bool {
    is_space(c) && !matches!(c, '\r' | '\u{c}')
}

/// The end of the first chunk of text starting at `at`: up to the next whitespace or line end.
pub fn chunk_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at;
    while i < bytes.len() && !matches!(bytes[i], b'\n' | b'\r') && space_len(text, i).is_none() {
        i += 1;
    }
    i
}

/// The edit that pulls `chunk` — the first chunk of a later line — up to the end of an earlier
/// line, dropping `cut` there (a line-end hyphen, or nothing). What lay between the earlier
/// line's end and the chunk (trailing spaces, the line break, blank lines, indentation) moves
/// after the chunk, so both lines keep their breaks; when the chunk was all the later line
/// held and only whitespace lay between, the later line goes away with it.
pub fn pull_up(text: &str, cut: Span, chunk: Span) -> Edit {
    let moved = text.get(chunk.start..chunk.end).unwrap_or("");
    let mut after = chunk.end;
    while let Some(n) = space_len(text, after) {
        after += n;
    }
    let between = text.get(cut.end..chunk.start).unwrap_or("");
    let rest_empty = matches!(text.as_bytes().get(after), None | Some(b'\n' | b'\r'));
    // Only whitespace may go with the later line: footnotes or furniture in between stay.
    if rest_empty && between.chars().all(|c| c.is_whitespace() && c != '\u{c}') {
        Edit { span: Span::new(cut.start, chunk.end), replacement: moved.to_string() }
    } else {
        Edit { span: Span::new(cut.start, after), replacement: format!("{moved}{between}") }
    }
}

/// Apply edits to a text (for tests): non-overlapping, any order.
#[cfg(test)]
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut edits: Vec<&Edit> = edits.iter().collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in edits {
        out.push_str(&text[at..e.span.start]);
        out.push_str(&e.replacement);
        at = e.span.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_offsets() {
        let text = "\u{c}  One two \r\n \n\nlast";
        let doc = Document::default();
        let lines: Vec<RawLine> = Lines::new(text, &doc).collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].body, 1);
        assert_eq!(&text[lines[0].content.start..lines[0].content.end], "One two");
        assert_eq!(lines[0].indent, 2);
        assert_eq!(lines[0].next, 13);
        assert!(lines[1].is_blank() && lines[1].spacey);
        assert!(lines[2].is_blank() && !lines[2].spacey);
        assert_eq!(&text[lines[3].content.start..lines[3].content.end], "last");
        assert_eq!(lines[3].next, text.len());
    }

    #[test]
    fn pulling_up_keeps_the_line_breaks() {
        let cases = [
            // (text, cut, chunk start, expected)
            ("organi- \n\nzation of work", "-", "zation", "organization \n\nof work"),
            ("organi-\nzation.\nNext", "-", "zation.", "organization.\nNext"),
            ("inves \n\ntigating illicit", "", "tigating", "investigating \n\nillicit"),
            ("inves\r\ntigating", "", "tigating", "investigating"),
        ];
        for (text, cut, chunk, want) in cases {
            let at = text.find(['-', ' ', '\r', '\n']).expect("a line end");
            let cut = Span::new(at, at + cut.len());
            let start = text.find(chunk).expect("chunk");
            let chunk = Span::new(start, chunk_end(text, start));
            let edit = pull_up(text, cut, chunk);
            assert_eq!(apply(text, &[edit]), want, "{text:?}");
        }
    }

    #[test]
    fn unicode_spaces_are_horizontal_space() {
        let s = "a\u{a0}b\u{202f}c d\u{2019}";
        assert_eq!(space_len(s, 1), Some(2));
        assert_eq!(space_len(s, 4), Some(3));
        assert_eq!(space_len(s, 8), Some(1));
        assert_eq!(space_len(s, 10), None);
        assert_eq!(space_len("\u{c}", 0), None);
    }
}
