//! The front end: finds pages, page furniture and footnote blocks in the lexed lines and leaves
//! the text flow — the content lines in reading order, each with what lay between it and the
//! previous one — for the parser.
//!
//! Extractors differ in how a page ends. The evidence used, strongest first: form feeds
//! (pdftotext); running headers and page counters (every extractor of a full document); link
//! URLs printed at a page end (Tika); and, in Tika's double-spaced output with the furniture
//! cut away, a line that begins with one stray space right after a line with no blank after it.

mod footnotes;
mod headers;

use crate::fold;
use crate::lexer::{Line, LineKind};
use crate::model::{Furniture, FurnitureKind, Page};
use crate::span::Span;
use crate::vocab;

pub use footnotes::RawFootnote;
pub(crate) use headers::symbol_range as header_symbol_range;

/// A hyperlink printed as a line of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawLink {
    /// The URL.
    pub url: String,
    /// Where it is.
    pub span: Span,
    /// 1-based page it ends.
    pub page: usize,
}

/// What lies between a flow line and the one before it (20 bytes: one a content line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gap {
    /// Empty lines.
    pub blanks: u32,
    /// Lines holding only whitespace (Tika prints them where the document has spacing).
    pub spacey: u32,
    /// A page ends in between.
    pub page_break: bool,
    /// True when something was set aside (see [`Gap::removed`]).
    has_removed: bool,
    /// The extent of what was set aside, as `u32` offsets like the lines'.
    removed: (u32, u32),
}

impl Gap {
    /// Furniture or footnotes were set aside in between: their extent.
    pub fn removed(&self) -> Option<Span> {
        self.has_removed.then(|| Span::new(self.removed.0 as usize, self.removed.1 as usize))
    }

    /// Add a line set aside (the span of what was set aside, from `from` when nothing was).
    fn remove(&mut self, from: usize, line: Span) {
        let removed = self.removed().map_or(Span::new(from, line.end), |r| r.cover(line));
        // Offsets of lines, within `lexer::MAX_LEN`.
        self.removed = (removed.start as u32, removed.end as u32);
        self.has_removed = true;
    }
}

/// What the parser reads of a content line (20 bytes; a [`Line`] keeps more, for the front
/// end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContentLine {
    /// Where the content, trimmed of whitespace, starts.
    text_start: u32,
    /// Where the content ends.
    text_end: u32,
    /// Leading whitespace, in columns (see [`Line::indent`]).
    pub indent: u32,
    /// Printed width of the content (see [`crate::metrics`]).
    pub width: u32,
    /// Whitespace characters after the content.
    pub trailing: u32,
}

impl ContentLine {
    /// The content, trimmed of whitespace.
    pub fn text(&self) -> Span {
        Span::new(self.text_start as usize, self.text_end as usize)
    }
}

impl From<&Line> for ContentLine {
    fn from(l: &Line) -> Self {
        let text = l.text();
        // Offsets of a lexed line, within `lexer::MAX_LEN`.
        ContentLine {
            text_start: text.start as u32,
            text_end: text.end as u32,
            indent: l.indent,
            width: l.width,
            trailing: l.trailing,
        }
    }
}

/// A content line of the text flow (40 bytes: the flow is the largest structure the parser
/// keeps, with one entry a content line; the lexed lines are dropped after the scan).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlowLine {
    /// The line.
    pub line: ContentLine,
    /// What precedes it.
    pub gap: Gap,
}

/// The result of the front end.
#[derive(Debug)]
pub struct Scan {
    /// True for Tika-style output with a blank line after every line: blank lines then carry
    /// no meaning, lines holding a space do.
    pub double_spaced: bool,
    /// The most common number of empty lines between two content lines (1 in Tika's output).
    pub typical_blanks: u32,
    /// True for `pdftotext -layout`-style output, where indentation and column gaps are layout.
    pub layout: bool,
    /// Typical width of a full line of body text.
    pub column_width: u32,
    /// Furniture set aside.
    pub furniture: Vec<Furniture>,
    /// Footnote definitions.
    pub footnotes: Vec<RawFootnote>,
    /// Hyperlink lines.
    pub links: Vec<RawLink>,
    /// Pages.
    pub pages: Vec<Page>,
    /// Content lines in reading order.
    pub flow: Vec<FlowLine>,
    /// The running-header symbol, when the pages have one.
    pub header_symbol: Option<String>,
}

/// Role of a line decided by the front end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Content,
    Blank,
    Furniture(FurnitureKind),
    Footnote,
}

/// A symbol line among the first this many content lines is the masthead's, not a header.
const MASTHEAD_LINES: usize = 8;

/// Run the front end over lexed lines.
pub fn scan(text: &str, lines: Vec<Line>) -> Scan {
    let n = lines.len();
    let double_spaced = is_double_spaced(&lines);
    let layout = is_layout(&lines);
    let masthead = masthead_symbol(text, &lines);
    let header_symbol = header_symbol(text, &lines, masthead);
    let mut roles: Vec<Role> =
        lines.iter().map(|l| if l.is_blank() { Role::Blank } else { Role::Content }).collect();

    // Furniture recognizable line by line.
    for (i, l) in lines.iter().enumerate() {
        let kind = match l.kind {
            LineKind::Url => Some(FurnitureKind::LinkDump),
            LineKind::Barcode => Some(FurnitureKind::Barcode),
            LineKind::PageCounter | LineKind::JobNumber | LineKind::Continued => {
                Some(FurnitureKind::RunningFooter)
            }
            LineKind::PageLabel => Some(FurnitureKind::RunningHeader),
            LineKind::Separator => Some(FurnitureKind::FootnoteSeparator),
            LineKind::Text
                if header_symbol.as_deref().is_some_and(|h| is_header_line(slice(text, l.text()), h)) =>
            {
                Some(FurnitureKind::RunningHeader)
            }
            _ => None,
        };
        if let Some(k) = kind {
            roles[i] = Role::Furniture(k);
        }
    }
    // A Documentation table whose cells an extractor printed on lines of their own may list the
    // document itself first (`Documentation` ⏎ `A/HRC/58/1` ⏎ `Annotations to the agenda …`):
    // a symbol line right after the heading, on the same page, is that entry, not a header.
    let mut prev: Option<usize> = None;
    for i in 0..n {
        if roles[i] == Role::Blank {
            continue;
        }
        if roles[i] == Role::Furniture(FurnitureKind::RunningHeader)
            && lines[i].kind == LineKind::Text
            && lines[i].form_feed().is_none()
            && prev.is_some_and(|p| is_documentation_heading(slice(text, lines[p].text())))
        {
            roles[i] = Role::Content;
        }
        prev = Some(i);
    }
    // Processing-date codes split off a job-number line are furniture only beside other footers.
    for i in 0..n {
        if lines[i].kind == LineKind::DateCode && near_furniture(&roles, i, 4) {
            roles[i] = Role::Furniture(FurnitureKind::RunningFooter);
        }
    }
    // The masthead's own symbol line is not a running header: the first header-like line counts
    // as a header only when it is not before any content — or, on a first page that a page break
    // ends, after a masthead of more lines (an organ's name over four lines, the symbol printed
    // after `Original: English`, as pdfminer does): the first page has no running header.
    if let Some(first) = roles.iter().position(|r| *r == Role::Furniture(FurnitureKind::RunningHeader)) {
        let before = roles[..first].iter().filter(|r| **r == Role::Content).count();
        let on_first_page = || {
            lines[..=first].iter().all(|l| l.form_feed().is_none())
                && lines[first + 1..].iter().any(|l| l.form_feed().is_some())
        };
        if before < MASTHEAD_LINES || before < 2 * MASTHEAD_LINES && on_first_page() {
            roles[first] = Role::Content;
        }
    }
    // Headers that print a title beside the symbol, now that the other furniture is known.
    headers::mark(text, &lines, &mut roles, [header_symbol.as_deref(), masthead]);

    let mut starts = page_starts(text, &lines, &roles, double_spaced);
    let mut footnotes = Vec::new();
    footnotes::collect(text, &lines, &mut roles, &mut starts, double_spaced, &mut footnotes);
    let starts = starts;

    // Pages and furniture records.
    let mut pages = Vec::with_capacity(starts.len() + 1);
    let mut bounds: Vec<usize> =
        starts.iter().map(|&i| lines[i].span().start.min(line_start(&lines[i]))).collect();
    bounds.insert(0, 0);
    bounds.push(text.len());
    bounds.dedup();
    for (k, w) in bounds.windows(2).enumerate() {
        pages.push(Page { number: k + 1, span: Span::new(w[0], w[1]) });
    }
    let page_of = |offset: usize| page_number(&pages, offset);

    let mut furniture = Vec::new();
    let mut links = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if let Some(ff) = l.form_feed() {
            furniture.push(Furniture { kind: FurnitureKind::PageBreak, span: ff });
        }
        match roles[i] {
            Role::Furniture(kind) => {
                furniture.push(Furniture { kind, span: l.text() });
                if kind == FurnitureKind::LinkDump {
                    links.push(RawLink {
                        url: slice(text, l.text()).to_string(),
                        span: l.text(),
                        page: page_of(l.text().start),
                    });
                }
            }
            Role::Content if l.form_feed().is_none() && starts.binary_search(&i).is_ok() && l.indent == 1 => {
                // The stray space that starts a page in Tika output with the furniture cut away.
                furniture.push(Furniture {
                    kind: FurnitureKind::PageBreak,
                    span: Span::new(l.span().start, l.text().start),
                });
            }
            _ => {}
        }
    }
    for f in &mut footnotes {
        f.page = page_of(f.span.start);
    }

    // The flow.
    // Exactly one entry a content line: the flow is the parser's largest structure.
    let mut flow = Vec::with_capacity(roles.iter().filter(|r| **r == Role::Content).count());
    let mut gap = Gap::default();
    let mut last_end: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        if starts.binary_search(&i).is_ok() {
            gap.page_break = true;
        }
        match roles[i] {
            Role::Blank => {
                if l.spacey {
                    gap.spacey += 1;
                } else {
                    gap.blanks += 1;
                }
            }
            Role::Furniture(kind) => {
                gap.remove(last_end.unwrap_or(l.span().start), l.span());
                // Blank lines around furniture are layout, not paragraph spacing (in Tika's
                // double-spaced output a line holding only a space still marks a block end).
                gap.blanks = 0;
                if !double_spaced {
                    gap.spacey = 0;
                }
                if kind == FurnitureKind::FootnoteSeparator {
                    gap.page_break = true;
                }
            }
            Role::Footnote => {
                gap.remove(last_end.unwrap_or(l.span().start), l.span());
                gap.blanks = 0;
                gap.spacey = 0;
                // Footnotes stand at the foot of a page: what follows begins the next one.
                gap.page_break = true;
            }
            Role::Content => {
                if gap.has_removed {
                    gap.removed.1 = line_start(l) as u32;
                }
                flow.push(FlowLine { line: ContentLine::from(l), gap });
                gap = Gap::default();
                last_end = Some(l.text().end);
            }
        }
    }

    drop(lines);
    let column_width = column_width(&flow);
    let typical_blanks = typical_blanks(&flow);
    Scan {
        double_spaced,
        typical_blanks,
        layout,
        column_width,
        furniture,
        footnotes,
        links,
        pages,
        flow,
        header_symbol,
    }
}

fn line_start(l: &Line) -> usize {
    l.form_feed().map_or(l.span().start, |f| f.start)
}

fn slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

fn near_furniture(roles: &[Role], i: usize, reach: usize) -> bool {
    let lo = i.saturating_sub(reach);
    let hi = (i + reach + 1).min(roles.len());
    roles[lo..hi].iter().any(|r| matches!(r, Role::Furniture(k) if *k != FurnitureKind::LinkDump))
}

/// Tika's style: most content lines are followed by exactly one empty line, long lines (which
/// mostly wrap inside a paragraph) as much as short ones. pdfminer also prints many lines
/// followed by an empty line, but those are short blocks (a marker column, one-line titles):
/// inside its paragraphs the lines follow each other.
fn is_double_spaced(lines: &[Line]) -> bool {
    let mut content = 0usize;
    let mut doubled = 0usize;
    let mut long = 0usize;
    let mut long_doubled = 0usize;
    for w in lines.windows(2) {
        if !w[0].is_blank() && w[0].kind != LineKind::Url {
            content += 1;
            let blank_after = w[1].is_blank() && !w[1].spacey;
            doubled += usize::from(blank_after);
            if w[0].width >= LONG_LINE {
                long += 1;
                long_doubled += usize::from(blank_after);
            }
        }
    }
    content >= 4 && doubled * 10 >= content * 6 && (long < 8 || long_doubled * 10 >= long * 8)
}

/// A line at least this wide (in [`crate::metrics`] units) is most likely a full line of body
/// text, about three quarters of a UN page's measure.
const LONG_LINE: u32 = 25_000;

/// The most common number of empty lines between consecutive content lines.
fn typical_blanks(flow: &[FlowLine]) -> u32 {
    let mut counts = [0usize; 5];
    for f in flow.iter().filter(|f| !f.gap.has_removed && !f.gap.page_break) {
        counts[(f.gap.blanks as usize).min(4)] += 1;
    }
    (0..5).max_by_key(|&k| (counts[k], std::cmp::Reverse(k))).unwrap_or(0) as u32
}

/// `pdftotext -layout` style: content set in from the margin, with wide gaps between columns.
fn is_layout(lines: &[Line]) -> bool {
    let (content, indented) = lines
        .iter()
        .filter(|l| !l.is_blank())
        .fold((0usize, 0usize), |(c, i), l| (c + 1, i + usize::from(l.indent >= 6)));
    content >= 8 && indented * 2 >= content
}

/// A symbol-like token: capitals, digits and `/`, with at least one `/` and one digit.
pub(crate) fn looks_like_symbol(s: &str) -> bool {
    let s = s.trim_end_matches('*');
    s.len() >= 3
        && s.len() <= 64
        && s.as_bytes()[0].is_ascii_uppercase()
        && s.contains('/')
        && s.bytes().any(|b| b.is_ascii_digit())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b'&' | b'(' | b')'))
}

/// The 1-based number of the page holding byte `offset` (the last page past the end).
pub(crate) fn page_number(pages: &[Page], offset: usize) -> usize {
    pages.partition_point(|p| p.span.end <= offset).min(pages.len().saturating_sub(1)) + 1
}

/// The symbol the masthead prints beside `United Nations` (or another cell) on its first
/// lines, as the last word of one of them.
fn masthead_symbol<'t>(text: &'t str, lines: &[Line]) -> Option<&'t str> {
    lines
        .iter()
        .filter(|l| !l.is_blank())
        .take(MASTHEAD_LINES)
        .filter_map(|l| words(slice(text, l.text())).last())
        .map(|w| w.trim_end_matches('*'))
        .find(|w| looks_like_symbol(w))
}

/// The symbol repeated as a running header: the most frequent symbol-only line, if it occurs at
/// least twice, or the masthead symbol when a symbol-only line repeats it (a short document
/// repeats it alone only once, at the top of its second page).
fn header_symbol(text: &str, lines: &[Line], masthead: Option<&str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for l in lines.iter().filter(|l| l.kind == LineKind::Text) {
        let s = slice(text, l.text());
        if looks_like_symbol(s) {
            match counts.iter_mut().find(|(t, _)| *t == s) {
                Some(c) => c.1 += 1,
                None => counts.push((s, 1)),
            }
        }
    }
    counts
        .into_iter()
        .filter(|(s, c)| *c >= 2 || (*c == 1 && masthead == Some(*s)))
        .max_by_key(|(_, c)| *c)
        .map(|(s, _)| s.to_string())
}

fn is_header_line(s: &str, header: &str) -> bool {
    s == header
}

/// A `Documentation` heading, in any of the vocabularies' languages.
fn is_documentation_heading(s: &str) -> bool {
    vocab::headings(s).iter().any(|(h, _)| *h == vocab::Heading::Documentation)
}

/// Indices of lines that begin a page (not counting the first page).
fn page_starts(text: &str, lines: &[Line], roles: &[Role], double_spaced: bool) -> Vec<usize> {
    let n = lines.len();
    // In a footnote block (after a separator, before the next page start), and the number of
    // the last note seen.
    let mut in_notes = false;
    let mut last_note: Option<u32> = None;
    let has_ff = lines.iter().any(|l| l.form_feed().is_some());
    let has_page_furniture = roles
        .iter()
        .any(|r| matches!(r, Role::Furniture(FurnitureKind::RunningHeader | FurnitureKind::RunningFooter)));
    let mut starts = Vec::new();
    let mut i = 0;
    while i < n {
        if has_ff {
            if lines[i].form_feed().is_some() && i > 0 {
                starts.push(i);
            }
            i += 1;
            continue;
        }
        // A cluster: furniture and blank lines in a row.
        if matches!(roles[i], Role::Furniture(_)) {
            let mut j = i;
            let mut indicator = None;
            let mut last_link = None;
            while j < n && matches!(roles[j], Role::Furniture(_) | Role::Blank) {
                match roles[j] {
                    Role::Furniture(FurnitureKind::FootnoteSeparator) => in_notes = true,
                    Role::Furniture(FurnitureKind::RunningHeader) => {
                        indicator.get_or_insert(j);
                    }
                    Role::Furniture(FurnitureKind::RunningFooter)
                        if lines[j].kind == LineKind::PageCounter =>
                    {
                        indicator.get_or_insert(j);
                    }
                    Role::Furniture(FurnitureKind::LinkDump) => last_link = Some(j),
                    _ => {}
                }
                j += 1;
            }
            if let Some(k) = indicator {
                starts.push(k);
                in_notes = false;
            } else if last_link.is_some() && j < n && !has_page_furniture {
                // Tika prints a page's link annotations at its end.
                starts.push(j);
                in_notes = false;
            }
            i = j.max(i + 1);
            continue;
        }
        // A footnote block printed single-spaced in double-spaced output: each note's line
        // begins with the same stray space as a page, with no blank line before it
        // (` 1 See resolution 2200 A (XXI), annex.` then ` 2 Ibid.`).
        let note = if in_notes && roles[i] == Role::Content {
            footnotes::begins_note(slice(text, lines[i].text()), last_note)
        } else {
            None
        };
        last_note = note.or(last_note);
        // The stray space of a page start, with no blank line before it.
        if double_spaced
            && roles[i] == Role::Content
            && lines[i].indent == 1
            && i > 0
            && roles[i - 1] == Role::Content
            && lines[i - 1].kind != LineKind::Url
            && note.is_none()
        {
            starts.push(i);
            in_notes = false;
        }
        i += 1;
    }
    starts.dedup();
    starts
}

/// The width of a full line: a high percentile of the widths of long content lines.
fn column_width(flow: &[FlowLine]) -> u32 {
    let mut widths: Vec<u32> = flow.iter().map(|f| f.line.width).filter(|&w| w > 15_000).collect();
    if widths.len() < 4 {
        return 34_500;
    }
    let at = (widths.len() * 95 / 100).min(widths.len() - 1);
    let p95 = *widths.select_nth_unstable(at).1;
    // A few lines say little about the column: assume at least most of a UN page's width.
    if widths.len() < 20 { p95.max(30_000) } else { p95 }
}

/// Trimmed text of a line.
pub fn line_text<'t>(text: &'t str, line: &Line) -> &'t str {
    slice(text, line.text())
}

/// Is this line's content a run of whitespace-separated tokens with `fold::is_space` gaps.
pub fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(fold::is_space).filter(|w| !w.is_empty())
}
