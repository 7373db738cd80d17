//! Files that hold several documents one after another (an agenda and its addendum, an archive
//! dump): each later document begins with a masthead of its own, found from its distribution
//! label.
//!
//! ```text
//! input = document { masthead-start document } ;
//! masthead-start = [ cover-foot ] [ symbol ] [ united-nations-line ] { line } distribution-line ;
//! ```
//!
//! A document's masthead has one distribution label (`Distr.: General`, `Distr. générale`,
//! `Distr. general`), so a second label, after enough text of the document before it, starts a
//! new document. That document starts with its masthead: the nearest `United Nations` line
//! above the label (within a few lines), and a symbol printed alone above that (pypdf prints
//! the symbol first). Its start is the start of that line, after the form feeds that end the
//! last page of the document before: blank lines between two documents stay with the first, as
//! they do when files are concatenated.
//!
//! The search is linear: the label is found with `memmem`, and each label looks back a bounded
//! number of lines.

use crate::lexer::{self, LineKind};
use crate::scan::looks_like_symbol;
use crate::vocab;
use memchr::{memchr, memmem, memrchr};

use super::masthead;

/// Non-blank lines above a distribution label searched for the `United Nations` line.
const MASTHEAD_LINES: usize = 8;
/// Lines of a cover page's foot (job number, barcode) printed above its masthead.
const COVER_FOOT_LINES: usize = 2;
/// Non-blank lines a document must have after its own distribution label before another
/// document may start.
const MIN_LINES: usize = 3;
/// Bytes a document must have before another may start: a masthead alone is about a third of
/// this (a one-page Security Council agenda is 400 bytes), and a hostile input of bare labels
/// does not make a document of every few lines.
const MIN_BYTES: usize = 256;

/// Where the documents after the first begin: byte offsets into `text`, ascending, each the
/// start of a line. Empty when the text holds one document.
pub fn starts(text: &str) -> Vec<usize> {
    let mut hits: Vec<usize> = memmem::find_iter(text.as_bytes(), b"Distr")
        .chain(memmem::find_iter(text.as_bytes(), b"DISTR"))
        .filter(|&at| is_label(text, at))
        .collect();
    if hits.is_empty() {
        return Vec::new();
    }
    hits.sort_unstable();
    let mut out = Vec::new();
    // The start of the document being read, and the end of its distribution line.
    let mut doc_start = 0;
    let mut doc_label: Option<usize> = None;
    for at in hits {
        // The first label is the first document's, wherever its masthead stands: Tika prints
        // the cover page's text before the masthead block.
        let Some(label) = doc_label else {
            doc_label = Some(line_end(text, at));
            continue;
        };
        // The masthead starts at the label's line or above it: what cannot split there does
        // not split at all (and costs no look above).
        let line = line_start(text, at);
        if line < label.max(doc_start + MIN_BYTES) {
            continue;
        }
        let start = masthead_start(text, line);
        if start > label
            && start - doc_start >= MIN_BYTES
            && nonblank_lines_back(text, label, start, MIN_LINES) >= MIN_LINES
        {
            out.push(start);
            doc_start = start;
            doc_label = Some(line_end(text, at));
        }
    }
    out
}

/// A distribution label at `at`: `Distr` as a word, then a distribution word on the same line,
/// or alone with the word on the line above or below.
fn is_label(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] >= 0x80) {
        return false;
    }
    let after = at + "Distr".len();
    if bytes.get(after).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80) {
        return false;
    }
    let rest =
        text[after..line_end(text, at)].trim_start_matches(['.', ':', ' ', '\t', '\u{a0}', '\u{202f}']);
    if let Some(word) = rest.split_whitespace().next() {
        return is_distribution_word(word);
    }
    // The label alone: pdftotext prints the value above it, others below.
    let ls = line_start(text, at);
    let above = previous_nonblank(text, ls);
    let below = next_nonblank(text, line_end(text, at));
    above.is_some_and(|(s, e)| text[s..e].split_whitespace().last().is_some_and(is_distribution_word))
        || below.is_some_and(|(s, e)| text[s..e].split_whitespace().next().is_some_and(is_distribution_word))
}

fn is_distribution_word(w: &str) -> bool {
    masthead::is_distribution_word(w.trim_end_matches([',', '.', ';']))
}

/// Where the document whose distribution label is on the line starting at `label_line` begins.
fn masthead_start(text: &str, label_line: usize) -> usize {
    let mut top = label_line;
    if !is_united_nations(content(text, label_line)) {
        let mut ls = label_line;
        for _ in 0..MASTHEAD_LINES {
            let Some((s, _)) = previous_nonblank(text, ls) else { break };
            ls = s;
            if is_united_nations(content(text, s)) {
                top = s;
                break;
            }
        }
    }
    // A symbol printed alone above the masthead.
    if let Some((s, e)) = previous_nonblank(text, top) {
        let line = text[s..e].trim();
        if !line.contains(char::is_whitespace) && looks_like_symbol(line) {
            top = s;
        }
    }
    // The cover page's foot printed first (pdfminer): its job number with the language tag
    // (`24-10593 (E) 110624`) and its barcode, on the same page.
    let mut ls = top;
    for _ in 0..COVER_FOOT_LINES {
        let Some((s, e)) = previous_nonblank(text, ls) else { break };
        if text.as_bytes()[e..ls].contains(&b'\x0c') {
            break;
        }
        let line = text[s..e].trim();
        let kind = lexer::classify(line);
        if !(kind == LineKind::Barcode || kind == LineKind::JobNumber && line.contains(" (")) {
            break;
        }
        ls = s;
        top = s;
        if text[s..e].contains('\x0c') {
            break;
        }
    }
    // At the start of that line, after the form feeds that end the page before.
    let ff = text.as_bytes()[top..].iter().take_while(|&&b| b == b'\x0c').count();
    top + ff
}

/// The line holds `United Nations` (or its French or Spanish name) as a masthead prints it:
/// alone, or beside a symbol or another column, not as the start of a longer name
/// (`United Nations Convention against …`).
fn is_united_nations(line: &str) -> bool {
    // The names are ASCII: a line that cannot begin one is not folded.
    let Some(first) = line.bytes().next() else { return false };
    let names = vocab::all().iter().flat_map(|v| v.united_nations.iter());
    if !names.clone().any(|un| un.as_bytes().first().is_some_and(|b| b.eq_ignore_ascii_case(&first))) {
        return false;
    }
    let Some(rest) = masthead::after_united_nations(line) else { return false };
    let word = rest.split_whitespace().next();
    rest.trim().is_empty() || rest.starts_with("  ") || word.is_some_and(looks_like_symbol)
}

/// The line's text without its form feeds and surrounding whitespace.
fn content(text: &str, ls: usize) -> &str {
    text[ls..line_end(text, ls)].trim()
}

fn line_start(text: &str, at: usize) -> usize {
    memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1)
}

/// The end of the line holding `at`, before its line feed.
fn line_end(text: &str, at: usize) -> usize {
    memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i)
}

/// The nearest line before the one starting at `ls` that holds more than whitespace, as its
/// start and end.
fn previous_nonblank(text: &str, mut ls: usize) -> Option<(usize, usize)> {
    while ls > 0 {
        let end = ls - 1;
        let start = line_start(text, end);
        if !text[start..end].trim().is_empty() {
            return Some((start, end));
        }
        ls = start;
    }
    None
}

/// The nearest line after the end `le` of a line that holds more than whitespace.
fn next_nonblank(text: &str, mut le: usize) -> Option<(usize, usize)> {
    while le < text.len() {
        let start = le + 1;
        let end = line_end(text, start);
        if !text[start..end].trim().is_empty() {
            return Some((start, end));
        }
        le = end;
    }
    None
}

/// How many non-blank lines lie between `from` and `to`, counted back from `to` up to `limit`.
fn nonblank_lines_back(text: &str, from: usize, to: usize, limit: usize) -> usize {
    let mut n = 0;
    let mut ls = to;
    while n < limit {
        match (ls > from).then(|| previous_nonblank(text, ls)).flatten() {
            Some((s, _)) if s >= from => {
                n += 1;
                ls = s;
            }
            _ => break,
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(symbol: &str, title: &str) -> String {
        let mut s = format!(
            "United Nations {symbol}\n\nGeneral Assembly Distr.: General\n14 June 2024\n\nOriginal: English\n\n\
             Seventy-ninth session\n\n{title}\n\n"
        );
        for i in 1..=30 {
            s.push_str(&format!("{i}. Item number {i} of the agenda of the session.\n"));
        }
        s.push_str("\n24-10712 3/3\n");
        s
    }

    /// Where documents start in `a`, then `b` and twenty lines of text.
    fn starts_after(a: &str, b: &str) -> Vec<usize> {
        starts(&format!("{a}{b}{}", "More text of the second document.\n".repeat(20)))
    }

    #[test]
    fn one_document_is_not_split() {
        assert!(starts(&document("A/79/150", "Provisional agenda")).is_empty());
        assert!(starts("").is_empty());
        assert!(starts("Distr.: General").is_empty());
    }

    #[test]
    fn a_second_masthead_starts_a_document() {
        let a = document("A/79/150", "Provisional agenda");
        let b = document("A/79/150/Add.1", "Provisional agenda: addendum");
        let c = document("A/79/151", "Agenda");
        let text = format!("{a}{b}{c}");
        assert_eq!(starts(&text), [a.len(), a.len() + b.len()]);
    }

    #[test]
    fn blank_lines_and_a_form_feed_between_documents() {
        let a = document("A/79/150", "Provisional agenda");
        let b = document("A/79/151", "Agenda");
        // Blank lines and a form feed alone on its line stay with the first document.
        let text = format!("{a}\n\x0c\n\n{b}");
        assert_eq!(starts(&text), [a.len() + 4]);
        let text = format!("{a}\n\n{b}");
        assert_eq!(starts(&text), [a.len() + 2]);
        // pdftotext ends each page with a form feed, the last one too.
        let text = format!("{a}\x0c{b}");
        assert_eq!(starts(&text), [a.len() + 1]);
    }

    #[test]
    fn the_masthead_starts_at_its_symbol_or_united_nations_line() {
        let a = document("A/79/150", "Provisional agenda");
        // pypdf: the symbol first, then the name, the organ and the label on lines of their own.
        let b = "A/79/151\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n14 June 2024\n";
        assert_eq!(starts_after(&a, b), [a.len()]);
        // pdftotext -layout: the label at the end of the organ's line, the value alone below.
        let b = "                United Nations                        A/79/151\n                General Assembly                                   Distr.:\n                                                                   General\n";
        assert_eq!(starts_after(&a, b), [a.len()]);
        // French: `Nations Unies`, `Distr. générale`.
        let b = "Nations Unies A/79/151\n\nAssemblée générale Distr. générale\n14 juin 2024\n";
        assert_eq!(starts_after(&a, b), [a.len()]);
    }

    #[test]
    fn the_cover_foot_printed_first_goes_with_its_masthead() {
        let a = document("A/79/150", "Provisional agenda");
        let b = "24-10593 (E)    110624\n\n*2410593*\n\nUnited Nations S/Agenda/9653\n\nSecurity Council Distr.: General\n";
        assert_eq!(starts_after(&format!("{a}\x0c\n"), b), [a.len() + 2]);
        // Past a form feed it is the foot of the page before.
        let foot = "24-10593 (E)    110624\n\x0c\n";
        let b = "United Nations S/Agenda/9653\nSecurity Council Distr.: General\n";
        assert_eq!(starts_after(&format!("{a}{foot}"), b), [a.len() + foot.len()]);
        // A job number without its language tag is the foot of the last page before.
        assert_eq!(starts_after(&format!("{a}24-10593\n"), b), [a.len() + "24-10593\n".len()]);
    }

    #[test]
    fn a_longer_name_is_not_the_masthead_top() {
        let a = document("A/79/150", "Provisional agenda");
        let b = "United Nations CTOC/COP/WG.6/2020/1\n\nConference of the Parties to the\nUnited Nations Convention against\nTransnational Organized Crime Distr.: General\n";
        assert_eq!(starts_after(&a, b), [a.len()]);
    }

    #[test]
    fn labels_that_are_not_a_masthead() {
        let a = document("A/79/150", "Provisional agenda");
        // No distribution word, part of a longer word, or too soon after the masthead.
        for b in ["Distr. by the secretariat\n", "Distribution: General\n", "ADistr.: General\n"] {
            assert!(starts_after(&a, b).is_empty(), "{b:?}");
        }
        // The first label is the first document's, after whatever text (Tika prints the cover
        // page's text first); a second one two lines after it is in the same masthead.
        let lead = "Text of the cover page.\n".repeat(30);
        let b = "United Nations A/79/150\nDistr.: General\nOne line\nDistr.: Limited\n";
        assert!(starts_after(&lead, b).is_empty());
    }

    #[test]
    fn bare_labels_do_not_make_a_document_each() {
        let text = "Distr.: General\nx\ny\nz\n".repeat(10_000);
        let starts = starts(&text);
        assert!(starts.windows(2).all(|w| w[1] - w[0] >= MIN_BYTES));
        assert!(starts[0] >= MIN_BYTES);
        assert!(!starts.is_empty());
    }
}
