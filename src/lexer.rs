//! The lexer: the text cut into lines, each with its trimmed content, indentation, printed
//! width and a context-free class.
//!
//! Lines end at `\n`; a `\r` before it is not content; form feeds at the start of a line mark a
//! page break and are kept apart from the content. Classes that need context — a running
//! header, a footnote definition, an annotation heading — are decided by later stages.
//!
//! The line table is the largest structure of a parse (one entry a line, some 30 bytes of
//! text each): a [`Line`] keeps its offsets as `u32`, so inputs are limited to [`MAX_LEN`]
//! bytes (the parser refuses longer ones with a diagnostic).

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{all_consuming, recognize};
use nom::{IResult, Parser};

use crate::fold::is_space;
use crate::metrics;
use crate::span::Span;

/// Context-free class of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Nothing but whitespace.
    Blank,
    /// `__________________`, the rule above footnotes.
    Separator,
    /// A URL alone on its line (a link annotation dumped by the extractor).
    Url,
    /// `*2000127*`.
    Barcode,
    /// A page counter, alone or beside a job number: `2/6`, `2/6 V.20-00127`, `V.20-00127 3/6`.
    PageCounter,
    /// A job number line: `V.20-00127 (E)    080120    090120`, or a job number alone.
    JobNumber,
    /// Six-digit processing date alone (`090120`), split off a job-number line by some extractors.
    DateCode,
    /// The page number under the running header of older documents: `Page 2`, `page 2`
    /// (French), `Página 2` (Spanish).
    PageLabel,
    /// `/...`, the mark of older documents at the foot of a page that goes on overleaf.
    Continued,
    /// Anything else.
    Text,
}

/// The longest input the lexer takes: its offsets are `u32`.
pub const MAX_LEN: usize = u32::MAX as usize;

/// One line of the input (36 bytes: offsets as `u32`, see [`Line::span`] and [`Line::text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Where the line starts, without its terminator (and without leading form feeds).
    start: u32,
    /// Where it ends.
    end: u32,
    /// Where its content, trimmed of whitespace, starts.
    text_start: u32,
    /// Where the content ends.
    text_end: u32,
    /// Leading whitespace, in columns (a tab counts 8, any other space 1).
    pub indent: u32,
    /// Bytes of form feeds at the start of the line, before `span` (see [`Line::form_feed`]).
    pub form_feeds: u32,
    /// True when the blank line holds whitespace characters (Tika's ` ` spacing lines).
    pub spacey: bool,
    /// Printed width of the content (see [`crate::metrics`]).
    pub width: u32,
    /// Whitespace characters after the content.
    pub trailing: u32,
    /// Context-free class.
    pub kind: LineKind,
}

impl Line {
    /// The line without its terminator (and without leading form feeds).
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// The content, trimmed of whitespace.
    pub fn text(&self) -> Span {
        Span::new(self.text_start as usize, self.text_end as usize)
    }

    /// True for a line with no content.
    pub fn is_blank(&self) -> bool {
        self.kind == LineKind::Blank
    }

    /// The form feeds at the start of the line, if any.
    pub fn form_feed(&self) -> Option<Span> {
        let n = self.form_feeds as usize;
        let start = self.start as usize;
        (n > 0).then(|| Span::new(start - n, start))
    }
}

/// Cut `text` into lines. `start` is where the content begins (after a byte-order mark).
/// Text past [`MAX_LEN`] bytes is left out.
pub fn lex(text: &str, start: usize) -> Vec<Line> {
    let text = &text[..floor_char_boundary(text, MAX_LEN)];
    let bytes = text.as_bytes();
    // Exactly one entry a line: counting first costs a fraction of the lexing.
    let mut lines =
        Vec::with_capacity(memchr::memchr_iter(b'\n', &bytes[start.min(bytes.len())..]).count() + 1);
    let mut pos = start;
    while pos < text.len() {
        let nl = memchr::memchr(b'\n', &bytes[pos..]).map_or(text.len(), |i| pos + i);
        let mut end = nl;
        if end > pos && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        lines.push(line(text, pos, end));
        pos = nl + 1;
    }
    lines
}

fn line(text: &str, start: usize, end: usize) -> Line {
    let raw = &text[start..end];
    let ff_len = raw.bytes().take_while(|&b| b == b'\x0c').count();
    let body_start = start + ff_len;
    let body = &text[body_start..end];
    let (ts, te) = crate::fold::trim_range(body);
    let content = &body[ts..te];
    // A tab is eight columns, any other character one: ASCII leading space is counted by bytes.
    let lead = &body[..ts];
    let indent = if lead.is_ascii() {
        (ts + 7 * lead.bytes().filter(|&b| b == b'\t').count()) as u32
    } else {
        lead.chars().map(|c| if c == '\t' { 8 } else { 1 }).sum()
    };
    let kind = classify(content);
    // Within MAX_LEN (see `lex`).
    let offset = |at: usize| at as u32;
    Line {
        start: offset(body_start),
        end: offset(end),
        text_start: offset(body_start + ts),
        text_end: offset(body_start + te),
        indent,
        form_feeds: ff_len as u32,
        spacey: content.is_empty() && !body.is_empty(),
        width: metrics::width(content),
        trailing: body[te..].chars().count() as u32,
        kind,
    }
}

/// The largest char boundary of `text` at or below `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

/// The context-free class of trimmed line content.
pub fn classify(s: &str) -> LineKind {
    if s.is_empty() {
        return LineKind::Blank;
    }
    let first = s.as_bytes()[0];
    match first {
        b'_' if all_consuming(separator).parse(s).is_ok() => LineKind::Separator,
        b'h' if is_url_line(s) => LineKind::Url,
        b'*' if all_consuming(barcode).parse(s).is_ok() => LineKind::Barcode,
        b'/' if all_consuming(continued_mark).parse(s).is_ok() => LineKind::Continued,
        b'P' | b'p' if all_consuming(page_label).parse(s).is_ok() => LineKind::PageLabel,
        b'0'..=b'9' | b'A'..=b'Z' => {
            let job = job_len(s);
            if page_counter_line(s, job) {
                LineKind::PageCounter
            } else if job_number_line(s, job) {
                LineKind::JobNumber
            } else if is_date_code(s) {
                LineKind::DateCode
            } else {
                LineKind::Text
            }
        }
        _ => LineKind::Text,
    }
}

/// separator = "_"{5,} ;
fn separator(s: &str) -> IResult<&str, &str> {
    recognize((take_while_m_n(5, usize::MAX, |c| c == '_'), take_while(|c: char| c == '_' || is_space(c))))
        .parse(s)
}

fn is_url_line(s: &str) -> bool {
    (s.starts_with("http://") || s.starts_with("https://")) && !s.contains(is_space)
}

/// barcode = "*" digit{6,9} "*" ;
fn barcode(s: &str) -> IResult<&str, &str> {
    recognize((char('*'), take_while_m_n(6, 9, |c: char| c.is_ascii_digit()), char('*'))).parse(s)
}

/// continued-mark = "/" ( "..." | "…" ) ;
fn continued_mark(s: &str) -> IResult<&str, &str> {
    recognize((char('/'), alt((tag("..."), tag("…"))))).parse(s)
}

/// page-label = ( "Page" | "page" | "Página" | "página" ) ws digit{1,3} ;
fn page_label(s: &str) -> IResult<&str, u32> {
    let (rest, _) =
        (alt((tag("Page"), tag("page"), tag("Página"), tag("página"))), take_while_m_n(1, 3, is_space))
            .parse(s)?;
    number(rest)
}

/// page-counter = digit{1,3} "/" digit{1,3} ;
pub fn page_counter(s: &str) -> IResult<&str, (u32, u32)> {
    let (rest, a) = number_then(s, b'/')?;
    let (rest, b) = number(rest)?;
    Ok((rest, (a, b)))
}

/// `digit{1,3} sep` (an ASCII separator): the number, and the input after the separator. The
/// separator is looked for among the first bytes before any parse (most lines do not begin
/// so); page counters and the parser's item numbers (`1.`) share it.
pub(crate) fn number_then(s: &str, sep: u8) -> IResult<&str, u32> {
    let b = s.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) || !b[1..b.len().min(4)].contains(&sep) {
        return Err(nom::Err::Error(nom::error::Error::new(s, nom::error::ErrorKind::Digit)));
    }
    let (rest, (n, _)) = (number, char(char::from(sep))).parse(s)?;
    Ok((rest, n))
}

/// digit{1,3}, as a number.
pub(crate) fn number(s: &str) -> IResult<&str, u32> {
    let (rest, digits) = take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(s)?;
    let n = digits
        .parse()
        .map_err(|_| nom::Err::Error(nom::error::Error::new(s, nom::error::ErrorKind::Digit)))?;
    Ok((rest, n))
}

/// The length of the job number (well formed or not) at the start of `s`, with any
/// processing dates after it (see [`crate::symbol::check_job_number`]).
fn job_len(s: &str) -> Option<usize> {
    match crate::symbol::check_job_number(s)? {
        Ok(j) => Some(j.len),
        Err(e) => Some(e.len),
    }
}

/// page-counter-line = page-counter [ ws job-number ] | job-number ws page-counter ;
/// (`job`: [`job_len`] of `s`)
fn page_counter_line(s: &str, job: Option<usize>) -> bool {
    if let Ok((rest, _)) = page_counter(s) {
        let rest = rest.trim_start_matches(is_space);
        return rest.is_empty() || job_len(rest).is_some_and(|n| rest[n..].trim_matches(is_space).is_empty());
    }
    job.is_some_and(|n| {
        let rest = s[n..].trim_matches(is_space);
        !rest.is_empty() && all_consuming(page_counter).parse(rest).is_ok()
    })
}

/// date-code = [ upper upper ] digit{6} ; (`090120`, ESCAP's `TP090120`)
pub(crate) fn is_date_code(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = if b.len() == 8 && b[..2].iter().all(u8::is_ascii_uppercase) { &b[2..] } else { b };
    digits.len() == 6 && digits.iter().all(u8::is_ascii_digit)
}

/// job-number-line = job-number { ws date-code } ; (`job`: [`job_len`] of `s`)
fn job_number_line(s: &str, job: Option<usize>) -> bool {
    job.is_some_and(|n| {
        s[n..]
            .split(is_space)
            .filter(|w| !w.is_empty())
            .all(|w| w.len() == 6 && w.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// True for the `http(s)://` prefix of a link-dump line.
pub fn is_link(s: &str) -> bool {
    tag::<&str, &str, nom::error::Error<&str>>("http").parse(s).is_ok() && is_url_line(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_classes() {
        let cases = [
            ("", LineKind::Blank),
            ("__________________", LineKind::Separator),
            ("http://undocs.org/CTOC/COP/WG.6/2018/4", LineKind::Url),
            ("*2000127*", LineKind::Barcode),
            ("2/6 V.20-00127", LineKind::PageCounter),
            ("V.20-00127 3/6", LineKind::PageCounter),
            ("3/6", LineKind::PageCounter),
            ("V.20-00127 (E)    080120    090120", LineKind::JobNumber),
            ("25-15821 (E)    311025", LineKind::JobNumber),
            ("GE.20-01234 (F)", LineKind::JobNumber),
            ("B24-00731 (E)   TP050324", LineKind::JobNumber),
            ("4/12 B24-00731", LineKind::PageCounter),
            ("K2325071    111223    090224", LineKind::JobNumber),
            ("2/4 K2325071", LineKind::PageCounter),
            ("V.20-00127", LineKind::JobNumber),
            ("090120", LineKind::DateCode),
            ("TP090120", LineKind::DateCode),
            ("1. Organizational matters:", LineKind::Text),
            ("9/2 of the Conference", LineKind::Text),
            ("A/75/1", LineKind::Text),
            ("Page 2", LineKind::PageLabel),
            ("page 12", LineKind::PageLabel),
            ("Página 3", LineKind::PageLabel),
            ("Page 2 of the report", LineKind::Text),
            ("Pages 2", LineKind::Text),
            ("/...", LineKind::Continued),
            ("/…", LineKind::Continued),
            ("/... more", LineKind::Text),
        ];
        for (text, want) in cases {
            assert_eq!(classify(text), want, "{text:?}");
        }
    }

    #[test]
    fn lines_keep_exact_spans() {
        let text = "\u{c}Header\r\n  \n\tTwo words \nlast";
        let lines = lex(text, 0);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].form_feed(), Some(Span::new(0, 1)));
        assert_eq!(&text[lines[0].text().start..lines[0].text().end], "Header");
        assert_eq!(lines[0].span().end, 7);
        assert!(lines[1].is_blank() && lines[1].spacey);
        assert_eq!(lines[2].indent, 8);
        assert_eq!(&text[lines[2].text().start..lines[2].text().end], "Two words");
        assert_eq!(&text[lines[3].text().start..lines[3].text().end], "last");
    }

    #[test]
    fn empty_and_trailing_newline() {
        assert!(lex("", 0).is_empty());
        assert_eq!(lex("a\n", 0).len(), 1);
        assert_eq!(lex("\u{feff}a", 3).len(), 1);
    }
}
