//! UN document symbols (`CTOC/COP/WG.6/2020/2`, `A/CONF.234/PM.1`, `A/76/100*`): finding them
//! in running text, checking them against the symbol grammar, their canonical form, the links
//! that name them, and the job numbers and barcodes printed beside them.
//!
//! The parser has two layers (un-conventions.md §1.2): a lenient lexer (`lexer.rs`, nom) cuts
//! a candidate into components, and a classifier (`classify.rs`) judges them against the
//! vocabularies of `data/symbols.toml`. The scanner (`scan.rs`) finds candidates in text and
//! glues back what PDF extraction cut apart (`join.rs`), so that every rule of the A50x family gets exact
//! byte spans and, where one exists, the edit that repairs the text:
//!
//! ```
//! use agendum::symbol::{SymbolIssue, scan};
//!
//! let found = scan("the paper (CTOC/COP/WG.6/2020 /2) and resolution 9/2.", 0);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].canonical, "CTOC/COP/WG.6/2020/2");
//! let SymbolIssue::Broken { gaps, .. } = &found[0].issues[0] else { panic!() };
//! assert_eq!(gaps[0].start, 29); // the space to delete
//! ```

mod classify;
mod job;
mod join;
mod lexer;
mod link;
mod scan;
mod table;
#[cfg(test)]
mod tests;

pub use job::{
    JobNumber, JobNumberError, barcode_digits, barcode_matches, check_job_number, parse_job_number,
};
pub use link::symbol_from_url;
pub use scan::scan;

use crate::span::Span;

/// A symbol (or symbol-like candidate) found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolMatch {
    /// The bytes of the symbol, offset by the `base` given to [`scan()`]: from its first
    /// component to its `*` or parenthetical part, without sentence punctuation.
    pub span: Span,
    /// The text as printed, line breaks and all.
    pub text: String,
    /// The canonical form (see [`canonical`]): whitespace removed, no `*`, no parenthetical
    /// part. Compare symbols by this (and by `parenthetical` where it matters).
    pub canonical: String,
    /// True when the symbol ends with `*`: the document was reissued for technical reasons.
    pub reissued: bool,
    /// The parenthetical part with its whitespace folded: `III` for `A/RES/217 (III)`,
    /// `2002` for `S/RES/1440 (2002)`, `Part I` for `A/62/17 (Part I)`.
    pub parenthetical: Option<String>,
    /// What is wrong with it, in order of position; empty for a well-formed symbol.
    pub issues: Vec<SymbolIssue>,
}

/// A problem with a symbol, with what a lint needs to report it and to fix it. Spans are
/// offset by the `base` given to [`scan()`]; the edits of the issues of one match never overlap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SymbolIssue {
    /// The symbol breaks the grammar (rule A501): `E/CN7/2020/L9`, `A//75/1`, `A/75/L 1`.
    /// There is no automatic fix.
    Malformed {
        /// The offending component (for an empty component, the slashes around it).
        span: Span,
        /// What is wrong, in words: ``missing dot in `CN7` ``, `empty component`.
        reason: String,
    },
    /// The symbol is split by whitespace that extraction put there (rule A502):
    /// `A/CONF.234/1/Rev.` ⏎ `1`, `CTOC/COP/WG.6/2020 /2`, `A` ⏎ `/76/100*`, `A/C.6/7 5 /1`.
    /// Deleting every span of `gaps` is a safe fix. Whitespace inside a modifier that
    /// [`SymbolIssue::ModifierForm`] rewrites is left to that fix.
    Broken {
        /// The whole symbol.
        span: Span,
        /// The symbol text once the gaps are deleted.
        joined: String,
        /// The whitespace runs to delete, in order.
        gaps: Vec<Span>,
        /// True when a gap holds a line break (else only spaces or tabs).
        line_break: bool,
    },
    /// A modifier is not written exactly `Add.n`, `Corr.n`, `Rev.n`, `Amend.n` or `Summary`
    /// (rule A503): `add.1`, `Rev1`, `Rev. 1`, `REV.1`, `Corr.0`.
    ModifierForm {
        /// The whole modifier component, as printed.
        span: Span,
        /// The text of `span`.
        found: String,
        /// What replaces `span`; `None` when no repair is knowable (`Corr.0`).
        replacement: Option<String>,
        /// What is wrong, in words: ``modifier `add.1` is written `Add.1` ``.
        reason: String,
    },
}

impl SymbolIssue {
    /// The code of the rule that reports this issue: `A501`, `A502` or `A503`.
    pub fn code(&self) -> &'static str {
        match self {
            SymbolIssue::Malformed { .. } => "A501",
            SymbolIssue::Broken { .. } => "A502",
            SymbolIssue::ModifierForm { .. } => "A503",
        }
    }

    /// The primary span.
    pub fn span(&self) -> Span {
        match self {
            SymbolIssue::Malformed { span, .. }
            | SymbolIssue::Broken { span, .. }
            | SymbolIssue::ModifierForm { span, .. } => *span,
        }
    }

    /// A diagnostic message: lower case, no final period, source text in backticks.
    pub fn message(&self) -> String {
        match self {
            SymbolIssue::Malformed { reason, .. } => format!("malformed symbol: {reason}"),
            SymbolIssue::Broken { joined, line_break, .. } => {
                let by = if *line_break { "a line break" } else { "a space" };
                format!("symbol `{joined}` is split by {by}")
            }
            SymbolIssue::ModifierForm { reason, .. } => reason.clone(),
        }
    }
}

/// The canonical form of a symbol, for comparisons: whitespace inside removed (`Rev. 1` →
/// `Rev.1`, `A/CONF.234/1/Rev.` ⏎ `1` → `A/CONF.234/1/Rev.1`), the reissue `*` and any
/// parenthetical part (`(III)`, `(2002)`) left out: [`SymbolMatch`] keeps them apart.
/// Letter case is kept as written.
pub fn canonical(s: &str) -> String {
    let core = s.find('(').map_or(s, |i| &s[..i]);
    let mut out: String = core.chars().filter(|c| !c.is_whitespace()).collect();
    while out.ends_with('*') {
        out.pop();
    }
    out
}

/// The one symbol that `s` is, surrounding whitespace aside, with its issues; `None` when `s`
/// is not a single symbol (nothing symbol-like, several symbols, or text around it). Spans
/// are offsets into `s`.
pub fn parse(s: &str) -> Option<SymbolMatch> {
    let lead = s.len() - s.trim_start().len();
    let whole = Span::new(lead, s.trim_end().len().max(lead));
    let mut found = scan(s, 0);
    (found.len() == 1 && found[0].span == whole).then(|| found.pop()).flatten()
}

/// True when `s` is a symbol with a parenthetical part of its own, at its end or before a
/// last component, as Documentation entries give them (`DP/FPA/2026/7 (Part I)`,
/// `DP/FPA/2026/7 (Part I)/Add.1`, `A/RES/217 (III)`): the part is one the symbol grammar
/// allows (a session numeral, a year after a resolution, a word of the table and its number).
pub fn has_own_parenthetical(s: &str) -> bool {
    let Some(open) = s.find('(') else { return false };
    let core = s[..open].trim_end();
    let Some((inner, len)) = lexer::paren(&s[core.len()..]) else { return false };
    let tail = &s[core.len() + len..];
    let tail_ok = tail.is_empty()
        || tail.strip_prefix('/').is_some_and(|t| {
            !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'/'))
        });
    tail_ok && crate::scan::looks_like_symbol(core) && scan::paren_allowed(inner, core.contains("RES/"))
}

/// True when `s` (surrounding whitespace aside) is exactly one well-formed symbol, as a running
/// header or a Documentation entry should be.
pub fn is_symbol(s: &str) -> bool {
    parse(s).is_some_and(|m| m.issues.is_empty())
}

/// The series a canonical symbol belongs to, as the longest known prefix of its components
/// (`A/HRC` for `A/HRC/43/1`, `CTOC` for `CTOC/COP/WG.6/2020/2`), with the organ it names.
pub fn series(canonical: &str) -> Option<(&'static str, &'static str)> {
    let t = table::tables();
    let mut best = None;
    for (i, _) in canonical.match_indices('/').chain(std::iter::once((canonical.len(), ""))) {
        if let Some((k, v)) = t.series.get_key_value(&canonical[..i]) {
            best = Some((k.as_str(), v.as_str()));
        }
    }
    best
}
