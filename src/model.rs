//! The document tree: what `agendum parse` recovers from an agenda, with a byte span on every node.
//!
//! These types are the library's output and, serialized with serde, the JSON contract of
//! PRODUCT.md (format version 1). Field names of the contract are fixed; fields added here
//! beyond it are documented as additions. Everything a lint needs is in the tree, so lints never
//! re-parse the text.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::Finding;
use crate::span::Span;

/// Version of the JSON contract this tree serializes to.
pub const FORMAT_VERSION: u32 = 1;

/// Language of the document, detected from its headings and vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Language {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
        }
    }

    /// All supported languages.
    pub const ALL: [Language; 3] = [Language::En, Language::Fr, Language::Es];

    /// The position of the language in [`Language::ALL`], for tables kept per language.
    pub fn index(self) -> usize {
        match self {
            Language::En => 0,
            Language::Fr => 1,
            Language::Es => 2,
        }
    }
}

/// What kind of agenda document this is (addition to the contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    /// Agenda list followed by annotations.
    Annotated,
    /// Agenda list only.
    Plain,
    /// Annotations without a list (UNEP `Add.1` style).
    AnnotationsOnly,
    /// Neither a list nor annotations was found.
    #[default]
    Unknown,
}

/// A piece of text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Text {
    /// The text, whitespace folded where the node says so.
    pub text: String,
    /// Where it is in the raw input.
    pub span: Span,
}

impl Text {
    /// A text node.
    pub fn new(text: impl Into<String>, span: Span) -> Self {
        Text { text: text.into(), span }
    }
}

/// The parsed document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
pub struct Document {
    /// Always [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Path of the input as given, or `-` for standard input; `null` when parsed from memory.
    pub path: Option<String>,
    /// The bytes of the input this document takes (addition): all of them, unless the input
    /// holds several documents one after another (see [`Document::following`]).
    pub span: Span,
    /// Detected language.
    pub language: Language,
    /// Kind of agenda (addition).
    pub kind: DocumentKind,
    /// The document title (`Annotated provisional agenda`).
    pub title: Option<Text>,
    /// The masthead / cover block, when present.
    pub masthead: Option<Masthead>,
    /// Paragraphs between the title and the agenda list (addition), e.g. `To be held …`.
    pub intro: Vec<Block>,
    /// The agenda list.
    pub agenda: Option<Agenda>,
    /// The `Annotations` heading (addition).
    pub annotations_heading: Option<Text>,
    /// Paragraphs between the annotations heading and the first annotation (addition).
    pub annotations_intro: Vec<Block>,
    /// Annotations, one per item that has a heading.
    pub annotations: Vec<Annotation>,
    /// Paragraphs after a plain agenda list (addition).
    pub closing: Vec<Block>,
    /// Footnote definitions in document order.
    pub footnotes: Vec<Footnote>,
    /// Annexes.
    pub annexes: Vec<Annex>,
    /// Page furniture set aside by the front end.
    pub furniture: Vec<Furniture>,
    /// Pages, as found from form feeds, running headers and footers (addition).
    pub pages: Vec<Page>,
    /// UN document symbols wherever they occur (addition).
    pub symbols: Vec<SymbolRef>,
    /// Text that could not be placed in the structure (each also has an A001 diagnostic).
    pub unrecognized: Vec<Text>,
    /// Diagnostics raised while parsing (A001, A003, A004).
    pub diagnostics: Vec<Finding>,
    /// The symbols of the whole text that have issues, page furniture included, as the parse
    /// found them: the lint's A501–A503 read them instead of scanning the text again. `None`
    /// when the parse stopped before the symbols. Not part of the output nor of the API.
    #[doc(hidden)]
    #[serde(skip)]
    #[schemars(skip)]
    pub symbol_issues: Option<Vec<crate::symbol::SymbolMatch>>,
    /// The documents that follow this one in the same input, each from its own masthead on
    /// (addition; left out of the JSON when there are none: for an input of one document, and
    /// in the documents listed here). Their spans are offsets into the whole input, like this
    /// document's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub following: Vec<Document>,
}

/// The masthead (cover block) of a UN document.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Masthead {
    /// Document symbol, `CTOC/COP/WG.6/2020/1`.
    pub symbol: Option<String>,
    /// Distribution, `General`.
    pub distribution: Option<String>,
    /// Date of issue as printed, `8 January 2020`.
    pub date: Option<String>,
    /// Date of issue in ISO form when it could be read (addition).
    pub date_iso: Option<String>,
    /// Original language, `English`.
    pub original_language: Option<String>,
    /// Job number with its language letter, `V.20-00127 (E)`.
    pub job_number: Option<String>,
    /// Processing dates printed after the job number (`080120`) (addition).
    pub job_dates: Vec<String>,
    /// Barcode digits, `2000127` (addition).
    pub barcode: Option<String>,
    /// Issuing organ or body, lines joined (addition).
    pub body: Option<String>,
    /// Session, place and date lines (addition).
    pub session: Vec<String>,
    /// `Item 2 of the provisional agenda*` line, when present (addition).
    pub item_line: Option<String>,
    /// Span of the whole masthead block.
    pub span: Span,
    /// Span of each field that was found, by field name (addition).
    pub spans: MastheadSpans,
}

/// Where each masthead field was found.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct MastheadSpans {
    /// Span of the symbol.
    pub symbol: Option<Span>,
    /// Span of the distribution value.
    pub distribution: Option<Span>,
    /// Span of the date.
    pub date: Option<Span>,
    /// Span of the original-language value.
    pub original_language: Option<Span>,
    /// Span of the job number.
    pub job_number: Option<Span>,
    /// Span of the barcode.
    pub barcode: Option<Span>,
    /// Span of the agenda-item line.
    pub item_line: Option<Span>,
}

/// The agenda list.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Agenda {
    /// Its heading, `Provisional agenda`.
    pub heading: Text,
    /// The items.
    pub items: Vec<Item>,
    /// From the heading to the end of the last item.
    pub span: Span,
}

/// A closing punctuation mark of a list entry or heading (addition).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Punct {
    /// The mark, `:` `;` `.` (with any space before it, as in French `\u{a0};`).
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// How a sub-item marker is written (addition).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MarkerStyle {
    /// `(a)`
    Parenthesized,
    /// `a)`
    CloseParen,
    /// `a.`
    Period,
}

/// A footnote reference inside a title or paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FootnoteRef {
    /// The marker, `1` or `*` (`1` for the older form `1/`).
    pub marker: String,
    /// Where the marker is (with the slash of the older form: `1/`, `1 /`).
    pub span: Span,
    /// True when a superscript marker was separated from the text by a space (`controls. 1`)
    /// (addition). False for the older form, which is typed after a space (`decision 1991/39 1/,`).
    pub spaced: bool,
}

/// An item of the agenda list.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Item {
    /// Its number.
    pub number: u32,
    /// Title without list punctuation, whitespace folded.
    pub title: String,
    /// From the number to the closing punctuation.
    pub span: Span,
    /// Sub-items `(a)`, `(b)` …
    pub sub_items: Vec<SubItem>,
    /// Span of the number with its period (addition).
    pub number_span: Span,
    /// Span of the title text (addition).
    pub title_span: Span,
    /// Closing punctuation, when present (addition).
    pub punct: Option<Punct>,
    /// Group heading printed before the item, GA style (addition).
    pub group: Option<Text>,
    /// Footnote references in the title (addition).
    pub footnote_refs: Vec<FootnoteRef>,
    /// Unnumbered lines under the item (addition), e.g. a report cited by the Security Council.
    pub notes: Vec<Text>,
}

/// A sub-item (`(a)`) or sub-sub-item (`(i)`) of the agenda list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SubItem {
    /// Its marker without punctuation, `a` or `ii`.
    pub marker: String,
    /// Title without list punctuation, whitespace folded.
    pub title: String,
    /// From the marker to the closing punctuation.
    pub span: Span,
    /// Sub-sub-items.
    pub sub_items: Vec<SubItem>,
    /// How the marker is written (addition).
    pub marker_style: MarkerStyle,
    /// Span of the marker (addition).
    pub marker_span: Span,
    /// Span of the title text (addition).
    pub title_span: Span,
    /// Closing punctuation, when present (addition).
    pub punct: Option<Punct>,
    /// Footnote references in the title (addition).
    pub footnote_refs: Vec<FootnoteRef>,
}

impl Document {
    /// Call `f` on every block of the tree, at every level: the intro, the closing, the
    /// annotations' intro, each annotation with its sub-items (depth first), then the annexes.
    pub fn each_block<'d>(&'d self, mut f: impl FnMut(&'d Block)) {
        each_block!(self, f,)
    }

    /// [`Document::each_block`], to change them (in the same order).
    pub(crate) fn each_block_mut<'d>(&'d mut self, mut f: impl FnMut(&'d mut Block)) {
        each_block!(self, f, mut)
    }

    /// Every paragraph of the tree, in the order of [`Document::each_block`].
    pub fn paragraphs(&self) -> Vec<&Paragraph> {
        let mut out = Vec::new();
        self.each_block(|b| {
            if let Block::Paragraph(p) = b {
                out.push(p);
            }
        });
        out
    }

    /// [`Document::paragraphs`], to change them (in the same order).
    pub(crate) fn paragraphs_mut(&mut self) -> Vec<&mut Paragraph> {
        let mut out = Vec::new();
        self.each_block_mut(|b| {
            if let Block::Paragraph(p) = b {
                out.push(p);
            }
        });
        out
    }
}

/// The walk of [`Document::each_block`], written once for shared and for mutable references
/// (`$($m)?` is empty or `mut`).
macro_rules! each_block {
    ($doc:expr, $f:ident, $($m:ident)?) => {{
        fn of<'d>(blocks: &'d $($m)? [Block], f: &mut impl FnMut(&'d $($m)? Block)) {
            for b in blocks {
                f(b);
            }
        }
        fn subs<'d>(list: &'d $($m)? [AnnotationSub], f: &mut impl FnMut(&'d $($m)? Block)) {
            for s in list {
                of(&$($m)? s.body, f);
                subs(&$($m)? s.sub_items, f);
            }
        }
        let doc = $doc;
        of(&$($m)? doc.intro, &mut $f);
        of(&$($m)? doc.closing, &mut $f);
        of(&$($m)? doc.annotations_intro, &mut $f);
        for a in &$($m)? doc.annotations {
            of(&$($m)? a.body, &mut $f);
            subs(&$($m)? a.sub_items, &mut $f);
        }
        for a in &$($m)? doc.annexes {
            of(&$($m)? a.body, &mut $f);
        }
    }};
}
use each_block;

/// The annotation of one agenda item.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Annotation {
    /// Item number of the heading.
    pub number: u32,
    /// Heading title, whitespace folded, without final punctuation.
    pub title: String,
    /// From the heading to the end of its last block.
    pub span: Span,
    /// Paragraphs and documentation blocks.
    pub body: Vec<Block>,
    /// Annotations of the sub-items.
    pub sub_items: Vec<AnnotationSub>,
    /// Span of the heading (addition).
    pub heading_span: Span,
    /// Span of the number (addition).
    pub number_span: Span,
    /// Span of the heading title (addition).
    pub title_span: Span,
    /// Final punctuation of the heading, when present (addition).
    pub punct: Option<Punct>,
}

/// The annotation of a sub-item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AnnotationSub {
    /// Its marker, `a`.
    pub marker: String,
    /// Heading title.
    pub title: String,
    /// From the heading to the end of its last block.
    pub span: Span,
    /// Paragraphs and documentation blocks.
    pub body: Vec<Block>,
    /// Annotations of sub-sub-items.
    pub sub_items: Vec<AnnotationSub>,
    /// How the marker is written (addition).
    pub marker_style: MarkerStyle,
    /// Span of the heading (addition).
    pub heading_span: Span,
    /// Span of the marker (addition).
    pub marker_span: Span,
    /// Span of the heading title (addition).
    pub title_span: Span,
    /// Final punctuation of the heading, when present (addition).
    pub punct: Option<Punct>,
}

/// A body block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Block {
    /// A paragraph, its lines re-joined.
    Paragraph(Paragraph),
    /// A `Documentation` block.
    Documentation(Documentation),
    /// A subheading inside a body (addition).
    Subheading(Subheading),
}

impl Block {
    /// The span of the block.
    pub fn span(&self) -> Span {
        match self {
            Block::Paragraph(p) => p.span,
            Block::Documentation(d) => d.span,
            Block::Subheading(s) => s.span,
        }
    }
}

/// A paragraph.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Paragraph {
    /// Re-joined text: lines joined with one space, footnote markers left out, nothing repaired.
    /// Empty when parsed without it ([`crate::ParseOptions::paragraph_text`]);
    /// [`Paragraph::text_in`] makes it from the input.
    pub text: String,
    /// From its first to its last character (a paragraph cut by a page break covers the break).
    pub span: Span,
    /// Footnote references, in order.
    pub footnote_refs: Vec<FootnoteRef>,
    /// Paragraph number, for bodies that number their paragraphs (addition).
    pub number: Option<u32>,
    /// Span of the number with its period (addition).
    pub number_span: Option<Span>,
    /// Spans of what cut the paragraph: page furniture, footnote blocks (addition).
    pub breaks: Vec<Span>,
    /// Span of each line of the paragraph, trimmed (addition).
    pub lines: Vec<Span>,
}

impl Paragraph {
    /// The re-joined text of the paragraph, made from `source`, the text it was parsed from:
    /// what [`Paragraph::text`] holds when the parse makes it.
    pub fn text_in(&self, source: &str) -> String {
        crate::parser::blocks::text_of(source, self)
    }
}

/// A subheading inside a body.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Subheading {
    /// Its text.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// A `Documentation` block.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Documentation {
    /// From the heading to the last entry.
    pub span: Span,
    /// Its entries.
    pub entries: Vec<DocEntry>,
    /// The heading (addition).
    pub heading: Text,
}

/// One `Description (SYMBOL)` entry.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct DocEntry {
    /// The description, whitespace folded.
    pub description: String,
    /// The symbol in the final parentheses, or the one the entry begins with in a two-column
    /// table (`A/HRC/58/2   Annual report …`), when there is one.
    pub symbol: Option<String>,
    /// The whole entry.
    pub span: Span,
    /// Span of the symbol (addition).
    pub symbol_span: Option<Span>,
}

/// A footnote definition.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Footnote {
    /// The marker, `1` or `*`.
    pub marker: String,
    /// Its text, lines joined.
    pub text: String,
    /// The definition, marker included.
    pub span: Span,
    /// Every reference to it in the document.
    pub references: Vec<Span>,
    /// Hyperlinks (from the page's link dump) that name a symbol of this footnote.
    pub links: Vec<String>,
    /// Span of the marker (addition).
    pub marker_span: Span,
    /// Page number the definition is on, 1-based (addition).
    pub page: usize,
}

/// An annex.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Annex {
    /// `Annex`, `Annex I`.
    pub heading: Text,
    /// `Proposed organization of work`.
    pub title: Option<Text>,
    /// From the heading to the end of the annex.
    pub span: Span,
    /// Paragraphs of the annex outside its table.
    pub body: Vec<Block>,
    /// The organization-of-work table, rebuilt.
    pub schedule: Option<Schedule>,
    /// `[Original: English]` under the heading (addition).
    pub original: Option<Text>,
}

/// The organization-of-work table.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Schedule {
    /// Days in table order.
    pub days: Vec<Day>,
    /// From the header row to the last row (addition).
    pub span: Span,
    /// The header row, when found (addition).
    pub header: Option<Text>,
    /// Entries listed without a day or time (an annex that is a plain list) (addition).
    pub entries: Vec<Entry>,
}

/// A day of the schedule.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Day {
    /// The label as printed, `Tuesday, 17 March`.
    pub label: String,
    /// Weekday in English lower case, `tuesday`, as printed.
    pub weekday: Option<String>,
    /// ISO date when the year could be inferred.
    pub date: Option<String>,
    /// From the label to the last row of the day.
    pub span: Span,
    /// Time slots.
    pub slots: Vec<Slot>,
    /// Span of the label (addition).
    pub label_span: Span,
    /// Day of month as printed (addition).
    pub day: Option<u32>,
    /// Month 1–12 as printed (addition).
    pub month: Option<u32>,
    /// Year, printed or inferred (addition).
    pub year: Option<i32>,
}

/// A time slot of a day.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Slot {
    /// As printed, `10 a.m.–1 p.m.`.
    pub time: String,
    /// 24-hour start, `10:00`.
    pub start: Option<String>,
    /// 24-hour end, `13:00`.
    pub end: Option<String>,
    /// From the time to the last entry.
    pub span: Span,
    /// Entries.
    pub entries: Vec<Entry>,
    /// Span of the time (addition).
    pub time_span: Span,
}

/// One row of the schedule.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Entry {
    /// Item number.
    pub item: Option<u32>,
    /// Sub-item marker, `a`.
    pub sub_item: Option<String>,
    /// Title without `(continued)`, whitespace folded.
    pub title: String,
    /// True when the title ends with `(continued)` / `(suite)` / `(continuación)`.
    pub continued: bool,
    /// The row.
    pub span: Span,
    /// Sub-sub-item marker (addition).
    pub sub_sub_item: Option<String>,
    /// Span of the item reference, `1 (a)` (addition).
    pub ref_span: Span,
    /// Span of the title (addition).
    pub title_span: Span,
    /// Span of `(continued)` (addition).
    pub continued_span: Option<Span>,
}

/// Page furniture set aside from the text flow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Furniture {
    /// What it is.
    pub kind: FurnitureKind,
    /// Where it is.
    pub span: Span,
}

/// Kinds of page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FurnitureKind {
    /// A form feed, or the stray space that starts a new page.
    PageBreak,
    /// A hyperlink URL printed as a line of its own.
    LinkDump,
    /// The document symbol repeated at the top of a page.
    RunningHeader,
    /// Job number and page counter at the foot of a page.
    RunningFooter,
    /// `*2000127*`.
    Barcode,
    /// `__________________` above footnotes.
    FootnoteSeparator,
    /// A byte-order mark.
    ByteOrderMark,
}

impl FurnitureKind {
    /// The kebab-case name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            FurnitureKind::PageBreak => "page-break",
            FurnitureKind::LinkDump => "link-dump",
            FurnitureKind::RunningHeader => "running-header",
            FurnitureKind::RunningFooter => "running-footer",
            FurnitureKind::Barcode => "barcode",
            FurnitureKind::FootnoteSeparator => "footnote-separator",
            FurnitureKind::ByteOrderMark => "byte-order-mark",
        }
    }
}

/// A page of the original document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Page {
    /// 1-based page number in the input.
    pub number: usize,
    /// The bytes of the page.
    pub span: Span,
}

/// A UN document symbol found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct SymbolRef {
    /// The symbol as printed (whitespace inside kept).
    pub text: String,
    /// Canonical form for comparisons.
    pub canonical: String,
    /// Where it is.
    pub span: Span,
}
