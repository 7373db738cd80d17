//! The parser: raw text to [`Document`].

use crate::lint::finding;
use crate::lint::rules::input::A003;
use crate::model::{Document, FORMAT_VERSION};
use crate::source::{Source, Undecodable};

/// Parse a source. Never fails, never panics.
pub fn parse(source: &Source<'_>) -> Document {
    let mut doc = Document { format_version: FORMAT_VERSION, ..Document::default() };
    match source.problem() {
        Some(Undecodable::Binary { first }) => {
            doc.diagnostics.push(
                finding(&A003, "input is binary, not text: it holds NUL bytes", first)
                    .with_help("Pass the text extracted from the document, not the document itself."),
            );
        }
        Some(Undecodable::InvalidUtf8 { first, count }) => {
            doc.diagnostics.push(
                finding(&A003, format!("input is not valid UTF-8 ({count} invalid sequences)"), first)
                    .with_help("Convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8`."),
            );
        }
        None => {}
    }
    doc
}
