//! The parser: raw text to [`Document`]. It never fails: whatever it cannot place is kept as
//! unrecognized text with an A001 diagnostic.
//!
//! ```text
//! document = [ masthead ] [ title ] { intro-block } [ agenda-list ] { closing-block }
//!            [ annotations ] { annex } ;
//! ```
//!
//! The productions are in `grammar/agenda.ebnf`; each has a function of the same name (in
//! snake case) in this module or its children. The parser reads the front end's text flow
//! (`crate::scan`), in which page furniture and footnote blocks have been set aside.

mod agenda;
mod annex;
mod annotations;
pub(crate) mod blocks;
mod flow;
mod language;
pub mod lead;
mod masthead;
mod refs;
mod split;

use crate::finding::Finding;
use crate::fold::{fold_whitespace, is_space, key};
use crate::lexer;
use crate::lint::finding;
use crate::lint::rules::input::{A001, A003, A004};
use crate::model::{
    Agenda, Document, DocumentKind, FORMAT_VERSION, Footnote, Furniture, FurnitureKind, SymbolRef, Text,
};
use crate::relocate::Relocate;
use crate::scan::{self, Scan};
use crate::source::{Source, Undecodable};
use crate::span::Span;
use crate::vocab::{self, Heading};
use rustc_hash::{FxHashMap, FxHashSet};

pub use agenda::dominant_style;
pub use annotations::resemblance;
use flow::Ctx;

/// What [`parse_with`] builds beside the structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Give each paragraph its re-joined text, [`crate::model::Paragraph::text`] (on by
    /// default). Without it a paragraph's text is left empty, and
    /// [`crate::model::Paragraph::text_in`] makes it from the input when it is needed: the
    /// text of a long document is then held once, in the input, not twice.
    pub paragraph_text: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { paragraph_text: true }
    }
}

impl ParseOptions {
    /// Options for a document that is only linted: the lint reads paragraphs through their
    /// spans and needs no paragraph text (its findings are the same either way).
    pub fn for_lint() -> Self {
        ParseOptions { paragraph_text: false }
    }
}

/// Parse a source, with every part of the tree. Never fails, never panics.
pub fn parse(source: &Source<'_>) -> Document {
    parse_with(source, ParseOptions::default())
}

/// [`parse`] with options. Never fails, never panics.
///
/// An input that holds several documents one after another (see [`documents`]) gives the first,
/// with the others in its [`Document::following`].
pub fn parse_with(source: &Source<'_>, options: ParseOptions) -> Document {
    let spans = documents(source);
    let mut docs = spans.iter().map(|&span| parse_document(&source.part(span), options));
    let mut first = docs.next().unwrap_or_default();
    first.following = docs.collect();
    first
}

/// Where the documents of an input are: one span of the whole input, or, for an input that
/// holds several documents one after another (an agenda and its addendum, an archive dump),
/// one span each, every later one from its own masthead on. Together the spans cover the input.
pub fn documents(source: &Source<'_>) -> Vec<Span> {
    let whole = Span::new(0, source.len());
    if source.is_binary() || source.len() > lexer::MAX_LEN {
        return vec![whole];
    }
    let mut spans = Vec::new();
    let mut start = 0;
    for next in split::starts(source.text()) {
        spans.push(Span::new(start, next));
        start = next;
    }
    spans.push(Span::new(start, whole.end));
    spans
}

/// Parse the document that is the whole of `part`, a [`Source::part`] of the input, its spans
/// moved to the input's offsets ([`Source::offset`]).
pub fn parse_document(part: &Source<'_>, options: ParseOptions) -> Document {
    let mut doc = parse_one(part, options);
    doc.shift_forward(part.offset());
    doc
}

/// Parse `source` as one document, its spans from the start of `source` (its own `span` all of
/// it).
pub(crate) fn parse_one(source: &Source<'_>, options: ParseOptions) -> Document {
    let mut doc =
        Document { format_version: FORMAT_VERSION, span: Span::new(0, source.len()), ..Document::default() };
    match source.problem() {
        Some(Undecodable::Binary { first }) => {
            doc.diagnostics.push(
                finding(&A003, "input is binary, not text: it holds NUL bytes", first)
                    .with_help("Pass the text extracted from the document, not the document itself."),
            );
            return doc;
        }
        // Reported by the document that holds the first invalid sequence.
        Some(Undecodable::InvalidUtf8 { first, count })
            if (source.offset()..source.offset() + source.len()).contains(&first.start) =>
        {
            let first = Span::new(first.start - source.offset(), first.end - source.offset());
            doc.diagnostics.push(
                finding(&A003, format!("input is not valid UTF-8 ({count} invalid sequences)"), first)
                    .with_help("Convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8`."),
            );
        }
        Some(Undecodable::InvalidUtf8 { .. }) => {}
        None => {}
    }
    if source.len() > lexer::MAX_LEN {
        // The line table keeps offsets as `u32`.
        let message = format!("input is larger than 4 GiB ({} bytes), the most agendum parses", source.len());
        doc.diagnostics
            .push(finding(&A004, message, Span::empty(0)).with_help("Split the file into its documents."));
        return doc;
    }
    let text = source.text();
    let start = if text.starts_with('\u{feff}') {
        doc.furniture.push(Furniture { kind: FurnitureKind::ByteOrderMark, span: Span::new(0, 3) });
        3
    } else {
        0
    };
    let mut scan = scan::scan(text, lexer::lex(text, start));
    // Moved to the document's footnotes at the end, not copied: the parser reads the markers.
    let footnote_texts: Vec<String> =
        scan.footnotes.iter_mut().map(|f| std::mem::take(&mut f.text)).collect();
    let lang = language::detect(text, &scan);
    doc.language = lang;
    let mut cx = Ctx::new(text, &scan, lang);
    document(&mut cx, &mut doc);
    finish(&mut cx, &scan, footnote_texts, &mut doc);
    // The flow is read no more: its memory goes before the symbols are found, and the symbol
    // scan's before the paragraphs' text is made.
    drop(cx);
    drop(scan);
    symbols(text, &mut doc);
    if options.paragraph_text {
        for p in doc.paragraphs_mut() {
            p.text = blocks::text_of(text, p);
        }
    }
    doc
}

/// document: the sections in order.
fn document(cx: &mut Ctx<'_>, doc: &mut Document) {
    let mut state = refs::RefState::default();
    let mut numbering = blocks::Numbering::default();
    let n = cx.len();
    let title_at = find_title(cx);
    let mut f = 0;
    let mut kind = DocumentKind::Unknown;
    if let Some((t, end, k)) = title_at {
        doc.masthead = masthead::masthead(cx, t);
        let lines: Vec<Span> = (t..end).map(|k| cx.span(k)).collect();
        let title = Text::new(
            fold_whitespace(cx.slice(lines[0].cover(lines[lines.len() - 1]))),
            lines[0].cover(lines[lines.len() - 1]),
        );
        cx.take(t, end);
        kind = k;
        f = end;
        // A plain agenda's title is its list heading, unless the list has a heading of its own
        // (a note that reproduces a draft agenda after its introduction).
        if k == DocumentKind::Plain {
            let (intro_end, list_at) = until_list(cx, f, true);
            doc.intro = blocks::paragraphs(cx, f, intro_end, &mut state);
            let heading = if list_at < n { list_heading(cx, intro_end, list_at) } else { None };
            let heading = heading.unwrap_or_else(|| title.clone());
            f = list_at;
            let (agenda, next) = agenda::agenda_list(cx, heading, f, &mut state);
            f = next;
            doc.agenda = Some(agenda);
        }
        doc.title = Some(title);
    }
    let annex_at = first_annex(cx, f);
    if matches!(kind, DocumentKind::Annotated | DocumentKind::Unknown) {
        let (intro_end, list_at) = until_list(cx, f, true);
        // Without a title, a list needs its heading unless it opens the text (at most one line,
        // an unknown heading, before it): numbered paragraphs after a preamble (a resolution's
        // operative part, a report's body) are not an agenda.
        let headless_after_text = kind == DocumentKind::Unknown && list_at == intro_end && intro_end > f + 1;
        if list_at < annex_at && list_at < n && !headless_after_text {
            doc.intro = blocks::paragraphs(cx, f, intro_end, &mut state);
            let heading = list_heading(cx, intro_end, list_at)
                .unwrap_or_else(|| Text::new(String::new(), Span::empty(cx.span(list_at).start)));
            let (agenda, next) = agenda::agenda_list(cx, heading, list_at, &mut state);
            if !agenda.items.is_empty() {
                doc.agenda = Some(agenda);
                f = next;
                if kind == DocumentKind::Unknown {
                    kind = DocumentKind::Plain;
                }
            }
        }
    }
    // Annotations: after the list (annotated), or after the title (annotations only); a plain
    // title followed by an annotations heading is an annotated agenda after all.
    let annotations_at = (f..annex_at.min(f + 4)).find(|&k| has_heading(cx.s(k), Heading::Annotations));
    if kind == DocumentKind::Plain && annotations_at.is_some() {
        kind = DocumentKind::Annotated;
    }
    // Without a title, a list or an `Annotations` heading nothing marks the text as an agenda:
    // numbered headings there are a report's sections, not annotations.
    let anchored = kind != DocumentKind::Unknown || annotations_at.is_some();
    if matches!(kind, DocumentKind::Annotated | DocumentKind::AnnotationsOnly | DocumentKind::Unknown)
        && anchored
        && f < annex_at
    {
        let mut from = f;
        if let Some(h) = annotations_at {
            // `II.` printed alone before the heading belongs to it.
            let first = if h > f && flow::is_chapter_numeral(cx.s(h - 1)) { h - 1 } else { h };
            let span = cx.span(first).cover(cx.span(h));
            doc.annotations_heading = Some(Text::new(fold_whitespace(cx.slice(span)), span));
            cx.take(first, h + 1);
            from = h + 1;
        }
        let (intro, anns) =
            annotations::annotations(cx, from, annex_at, doc.agenda.as_ref(), &mut state, &mut numbering);
        if kind == DocumentKind::Unknown && !anns.is_empty() {
            kind = DocumentKind::AnnotationsOnly;
        }
        if anns.is_empty() && doc.agenda.is_some() {
            doc.closing = intro;
        } else {
            doc.annotations_intro = intro;
            doc.annotations = anns;
        }
    } else if f < annex_at {
        // Not an agenda: its masthead still names the document.
        if kind == DocumentKind::Unknown && f == 0 {
            let to = masthead::leading_end(cx).min(annex_at);
            doc.masthead = masthead::masthead(cx, to);
            if doc.masthead.is_some() {
                f = to;
            }
        }
        doc.closing = blocks::body(cx, f, annex_at, &mut numbering, &mut state);
    }
    if kind == DocumentKind::Annotated && doc.annotations.is_empty() && doc.annotations_heading.is_none() {
        kind = DocumentKind::Plain;
    }
    doc.kind = kind;
    if annex_at == n {
        return;
    }
    let session_years: Vec<i32> = doc
        .masthead
        .iter()
        .flat_map(|m| m.session.iter())
        .flat_map(|line| crate::datetime::find_dates(line, 0, cx.lang))
        .filter_map(|d| d.year())
        .collect();
    let titles = annex::ListTitles::new(doc.agenda.as_ref(), &doc.annotations);
    doc.annexes = annex::annexes(cx, annex_at, n, &titles, &session_years, &mut state);
}

/// The list heading on flow lines `from..to` (between the intro and the first item), taken;
/// `None` when there are none.
fn list_heading(cx: &mut Ctx<'_>, from: usize, to: usize) -> Option<Text> {
    if to <= from {
        return None;
    }
    let span = cx.span(from).cover(cx.span(to - 1));
    cx.take(from, to);
    Some(Text::new(fold_whitespace(cx.slice(span)), span))
}

fn has_heading(s: &str, h: Heading) -> bool {
    vocab::headings(s).iter().any(|(x, _)| *x == h)
}

/// The title: the first line (among the first lines of the document) that is a title in the
/// vocabularies. Returns its first line, the line after it, and the kind it announces.
fn find_title(cx: &Ctx<'_>) -> Option<(usize, usize, DocumentKind)> {
    let limit = cx.len().min(80);
    let mut skip_to = 0;
    for f in 0..limit {
        if f < skip_to {
            continue;
        }
        let s = cx.s(f);
        // `Item 10 of the provisional agenda*` in a masthead is followed by that item's title,
        // which may well read `Provisional agenda for the … session`: not this document's title.
        if masthead::is_item_line(s) {
            let mut end = f + 2;
            while end < limit && ends_with_connective(cx.s(end - 1)) {
                end += 1;
            }
            skip_to = end;
            continue;
        }
        let kinds = vocab::headings(s);
        if let Some(kind) = kinds.iter().find_map(|(h, _)| match h {
            Heading::Title(k) => Some(*k),
            _ => None,
        }) {
            return Some((f, f + 1, kind));
        }
        if vocab::is_title_prefix(s).is_some() {
            let mut end = f + 1;
            while end < cx.len() && end - f < 4 && ends_with_connective(cx.s(end - 1)) {
                end += 1;
            }
            let k = if key(s).contains("annot") || key(s).contains("anota") {
                DocumentKind::Annotated
            } else {
                DocumentKind::Plain
            };
            return Some((f, end, k));
        }
        // An agenda without a title starts with its first item.
        if matches!(lead::lead(s), lead::Lead::Item { number: 1, .. }) {
            return None;
        }
    }
    None
}

/// True when a line ends with a word that cannot end a title (`of the`, `de la`).
pub(crate) fn ends_with_connective(s: &str) -> bool {
    let last = s.rsplit(is_space).next().unwrap_or("").to_lowercase();
    vocab::all().iter().any(|v| v.stopwords.contains(&last))
}

/// From flow line `f`: where the intro ends and where the list begins (after its heading, if
/// `want_heading` and one is found). Returns `(intro_end, list_start)`; `list_start` is past
/// the end when no list follows.
fn until_list(cx: &Ctx<'_>, f: usize, want_heading: bool) -> (usize, usize) {
    let limit = cx.len();
    // A list heading further on, with the first item right after it, wins over a `1.` before
    // it: that one numbers a paragraph of the introduction (`Note by the Secretariat`).
    for k in f..limit {
        let s = cx.s(k);
        if has_heading(s, Heading::Annotations) || vocab::annex_heading(s).is_some() {
            break;
        }
        let is_heading = has_heading(s, Heading::List) || vocab::is_title_prefix(s).is_some();
        if k > f && is_heading {
            let mut end = k + 1;
            while end < limit && end - k < 4 && ends_with_connective(cx.s(end - 1)) {
                end += 1;
            }
            if (end..limit.min(end + 2))
                .any(|j| matches!(lead::lead(cx.s(j)), lead::Lead::Item { number: 1, .. }))
            {
                return (k, end);
            }
        }
    }
    for k in f..limit {
        let s = cx.s(k);
        if want_heading && has_heading(s, Heading::List) {
            return (k, k + 1);
        }
        if want_heading && cx.is_bare_chapter(k) && has_heading(cx.s(k + 1), Heading::List) {
            return (k, k + 2);
        }
        if matches!(lead::lead(s), lead::Lead::Item { number: 1, .. } | lead::Lead::Group { .. })
            && (k == f || !cx.continues(k - 1))
        {
            return (k, k);
        }
        if has_heading(s, Heading::Annotations) || vocab::annex_heading(s).is_some() {
            break;
        }
    }
    (f, limit)
}

/// The first annex heading at or after `f` (or the end).
fn first_annex(cx: &Ctx<'_>, f: usize) -> usize {
    (f..cx.len())
        .find(|&k| vocab::annex_heading(cx.s(k)).is_some() && (k == 0 || !cx.continues(k - 1)))
        .unwrap_or(cx.len())
}

/// Footnotes (`texts`: those of the scan's) and unrecognized text.
fn finish(cx: &mut Ctx<'_>, scan: &Scan, texts: Vec<String>, doc: &mut Document) {
    doc.furniture.extend(scan.furniture.iter().cloned());
    doc.furniture.sort_by_key(|f| (f.span.start, f.span.end));
    doc.pages = scan.pages.clone();
    // Footnotes with their references and links.
    let mut footnotes: Vec<Footnote> = scan
        .footnotes
        .iter()
        .zip(texts)
        .map(|(f, text)| Footnote {
            marker: f.marker.clone(),
            text,
            span: f.span,
            references: Vec::new(),
            links: Vec::new(),
            marker_span: f.marker_span,
            page: f.page,
        })
        .collect();
    // A reference goes to the first note with its marker that follows it (a note is printed
    // at the foot of its reference's page), else to the last before it: where the numbering
    // starts again (an annex's notes, documents one after the other) each reference finds its
    // own note. The notes of each marker, in order, are one map entry, not a search of all
    // notes for every reference (a file of many documents has tens of thousands of each).
    let mut with_marker: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, f) in scan.footnotes.iter().enumerate() {
        with_marker.entry(f.marker.as_str()).or_default().push(i);
    }
    let mut refs = Vec::new();
    collect_refs(doc, &mut refs);
    for (marker, span) in refs {
        if let Some(notes) = with_marker.get(marker.as_str()) {
            let after = notes.partition_point(|&i| footnotes[i].span.start < span.end);
            if let Some(&i) = notes.get(after).or(notes.last()) {
                footnotes[i].references.push(span);
            }
        }
    }
    link_notes(&scan.links, &mut footnotes);
    doc.footnotes = footnotes;
    // Everything not placed.
    let mut f = 0;
    while f < cx.len() {
        if cx.used[f] {
            f += 1;
            continue;
        }
        let start = f;
        while f < cx.len() && !cx.used[f] && (f == start || cx.continues(f - 1) || !cx.strong_break_before(f))
        {
            f += 1;
        }
        let span = cx.span(start).cover(cx.span(f - 1));
        let text = fold_whitespace(cx.slice(span));
        doc.diagnostics.push(unrecognized(&text, span));
        doc.unrecognized.push(Text::new(text, span));
    }
}

/// UN document symbols of the text; those with issues are kept whole for the lint (A501–A503),
/// page furniture included (the lint sets aside furniture its own way).
fn symbols(text: &str, doc: &mut Document) {
    let matches = crate::symbol::scan(text, 0);
    // At most one a match (an archive holds tens of thousands).
    doc.symbols.reserve_exact(matches.len());
    let mut flagged = Vec::new();
    for m in matches {
        let inside = inside_furniture(&doc.furniture, m.span);
        if m.issues.is_empty() {
            if !inside {
                doc.symbols.push(SymbolRef { text: m.text, canonical: m.canonical, span: m.span });
            }
        } else {
            if !inside {
                doc.symbols.push(SymbolRef {
                    text: m.text.clone(),
                    canonical: m.canonical.clone(),
                    span: m.span,
                });
            }
            flagged.push(m);
        }
    }
    doc.symbol_issues = Some(flagged);
}

fn unrecognized(text: &str, span: Span) -> Finding {
    let shown: String = text.chars().take(60).collect();
    let ellipsis = if text.chars().count() > 60 { "…" } else { "" };
    finding(&A001, format!("text not placed in the document structure: `{shown}{ellipsis}`"), span).with_help(
        "Check whether this belongs to the agenda in an unusual shape, or is an extraction artifact.",
    )
}

fn inside_furniture(furniture: &[Furniture], span: Span) -> bool {
    let i = furniture.partition_point(|f| f.span.end <= span.start);
    furniture.get(i).is_some_and(|f| f.span.contains(span))
}

/// Give each link dump line to the first note of its page or the page before that names the
/// link's symbol (see [`symbol_words`]). Notes and links come in page order: a page's links
/// are one group and the notes of the two pages one range, whose words map to the first note
/// holding each (a search of the notes' text once a link was quadratic: a note naming
/// thousands of symbols, with as many links).
fn link_notes(links: &[scan::RawLink], footnotes: &mut [Footnote]) {
    debug_assert!(footnotes.is_sorted_by_key(|f| f.page) && links.is_sorted_by_key(|l| l.page));
    let mut linked: FxHashSet<(usize, &str)> = FxHashSet::default();
    let mut found: Vec<(usize, &scan::RawLink)> = Vec::new();
    let mut first: FxHashMap<&str, usize> = FxHashMap::default();
    for group in links.chunk_by(|a, b| a.page == b.page) {
        let page = group[0].page;
        let from = footnotes.partition_point(|f| f.page + 1 < page);
        let to = footnotes.partition_point(|f| f.page <= page).max(from);
        if from == to {
            continue;
        }
        first.clear();
        for (k, note) in footnotes.iter().enumerate().take(to).skip(from) {
            for word in note.text.split(is_space) {
                symbol_words(word, |w| {
                    first.entry(w).or_insert(k);
                });
            }
        }
        found.extend(group.iter().filter_map(|l| {
            let k = first.get(crate::symbol::symbol_from_url(&l.url)?)?;
            Some((*k, l))
        }));
    }
    for (k, link) in found {
        if linked.insert((k, link.url.as_str())) {
            footnotes[k].links.push(link.url.clone());
        }
    }
}

/// The symbols a word of running text may name, given to `each`: the word without the quotes
/// and brackets before it and the punctuation, brackets and quotes after it (those a link's
/// URL is cut of), and each of its starts that ends at such a character (`(A/HRC/55/48).2`,
/// with its footnote marker, names `A/HRC/55/48`; `E/CN.7/2023/15,` names `E/CN.7/2023/15`).
/// Only starts of at most [`MAX_LINKED_SYMBOL`] bytes are given, each once at the end of a
/// run of such characters: a giant word costs its length, not its length squared.
fn symbol_words<'t>(word: &'t str, mut each: impl FnMut(&'t str)) {
    const AFTER: [char; 12] = ['.', ',', ';', ':', ')', ']', '>', '"', '\'', '”', '’', '»'];
    let word = word.trim_start_matches(['(', '[', '"', '\'', '“', '‘', '«']);
    let Some(slash) = word.find('/') else { return };
    let mut named = |w: &'t str| {
        let w = w.trim_end_matches(AFTER);
        if w.len() > slash && w.len() <= MAX_LINKED_SYMBOL {
            each(w);
        }
    };
    for (i, _) in word.match_indices(AFTER) {
        if i > MAX_LINKED_SYMBOL {
            break;
        }
        if !word[..i].ends_with(AFTER) {
            named(&word[..i]);
        }
    }
    named(word);
}

/// The longest symbol a link is matched by (symbols run to a few dozen bytes).
const MAX_LINKED_SYMBOL: usize = 120;

fn collect_refs(doc: &Document, out: &mut Vec<(String, Span)>) {
    use crate::model::Block;
    let blocks = |bs: &[Block], out: &mut Vec<(String, Span)>| {
        for b in bs {
            if let Block::Paragraph(p) = b {
                out.extend(p.footnote_refs.iter().map(|r| (r.marker.clone(), r.span)));
            }
        }
    };
    blocks(&doc.intro, out);
    if let Some(a) = &doc.agenda {
        collect_agenda_refs(a, out);
    }
    blocks(&doc.closing, out);
    blocks(&doc.annotations_intro, out);
    for a in &doc.annotations {
        blocks(&a.body, out);
        for s in &a.sub_items {
            blocks(&s.body, out);
            for ss in &s.sub_items {
                blocks(&ss.body, out);
            }
        }
    }
    for a in &doc.annexes {
        blocks(&a.body, out);
    }
    out.sort_by_key(|(_, s)| s.start);
}

fn collect_agenda_refs(a: &Agenda, out: &mut Vec<(String, Span)>) {
    for it in &a.items {
        out.extend(it.footnote_refs.iter().map(|r| (r.marker.clone(), r.span)));
        for s in &it.sub_items {
            out.extend(s.footnote_refs.iter().map(|r| (r.marker.clone(), r.span)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::symbol_words;

    fn words(word: &str) -> Vec<&str> {
        let mut out = Vec::new();
        symbol_words(word, |w| out.push(w));
        out.dedup();
        out
    }

    #[test]
    fn a_word_names_the_symbols_it_starts_with() {
        assert_eq!(words("A/75/1"), ["A/75/1"]);
        assert_eq!(words("(A/HRC/55/48).2"), ["A/HRC/55/48", "A/HRC/55/48).2"]);
        assert_eq!(words("“E/CN.7/2023/15”,"), ["E/CN", "E/CN.7/2023/15"]);
        // A link's URL loses its final bracket (`…/A/RES/2200(XXI)` names `A/RES/2200(XXI`).
        assert_eq!(words("A/RES/2200(XXI)."), ["A/RES/2200(XXI"]);
        // A longer symbol does not name the one it begins with.
        assert!(!words("A/75/10").contains(&"A/75/1"));
        assert!(words("resolution").is_empty());
        // A giant word: only its short starts, each once.
        let giant = format!("A/75/1{}", ".b".repeat(100_000));
        assert_eq!(words(&giant).len(), 58);
        assert_eq!(words(&format!("A/75/1{}", ".".repeat(100_000))), ["A/75/1"]);
    }
}
