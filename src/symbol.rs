//! UN document symbols: finding them in running text, checking them against the symbol
//! grammar, and their canonical form (placeholder until the symbol module lands).

use crate::span::Span;

/// A symbol (or symbol-like token) found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolMatch {
    /// The bytes of the symbol in the scanned text, offset by the `base` given to [`scan`].
    pub span: Span,
    /// The text as printed.
    pub text: String,
    /// Canonical form (whitespace removed).
    pub canonical: String,
}

/// Find symbols in `text`; spans are offset by `base`.
pub fn scan(_text: &str, _base: usize) -> Vec<SymbolMatch> {
    Vec::new()
}
