//! The second layer of the symbol parser: it decides whether lexed components are a symbol
//! at all, and what is wrong with them, against the tables of `data/symbols.toml`.
//!
//! Detection follows un-conventions.md §1.2: an upper-case first component, and a digit in
//! the last component that is neither a modifier nor a bare document type. That keeps out
//! `HIV/AIDS`, `UNCTAD/WTO` and `and/or`; numbers without letters (`2020/21`, `9/2`) never
//! reach this layer.

use std::ops::Range;

use super::lexer::{Component, Lexed};
use super::table::{Tables, tables};

/// A problem found by the classifier, in offsets of the lexed string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The symbol breaks the grammar (A501).
    Malformed {
        /// The offending bytes.
        at: Range<usize>,
        /// What is wrong, in words.
        reason: String,
    },
    /// A modifier is not written `Name.n` (A503).
    Modifier {
        /// The whole modifier component.
        at: Range<usize>,
        /// The modifier as it should be written; `None` for the number zero (`Corr.0`).
        replacement: Option<String>,
    },
}

/// True when `c` is a modifier component (`Add.1`, `rev1`, `Summary`) and not the first.
fn modifier_of<'t>(t: &'t Tables, i: usize, c: &Component<'_>) -> Option<(&'t str, bool)> {
    if i == 0 || c.head.is_empty() {
        return None;
    }
    t.modifier(c.head).map(|(name, m)| (name, m.numbered))
}

/// True for a document type without its number: `L` or `L.` (not `L.1`).
fn is_numberless_doctype(t: &Tables, c: &Component<'_>) -> bool {
    c.index.is_empty() && c.rest.is_empty() && t.doctypes.contains_key(c.head)
}

/// True for a component that does not count for the "digit in the last component" test.
fn is_trailer(t: &Tables, i: usize, c: &Component<'_>) -> bool {
    c.text.is_empty() || modifier_of(t, i, c).is_some() || is_numberless_doctype(t, c)
}

/// Classify a lexed symbol. `None` when it is not symbol-like; otherwise its problems (empty
/// when it is well formed). `spaced(range)` tells whether whitespace was removed from inside
/// `range` of the lexed string on one line (`Rev. 1`), which only a modifier fix may remove.
pub fn classify(lexed: &Lexed<'_>, spaced: impl Fn(Range<usize>) -> bool) -> Option<Vec<Finding>> {
    let t = tables();
    let comps = &lexed.components;
    let first = comps.first()?;
    let first_ok = first.head.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && !first.head.bytes().any(|b| b.is_ascii_lowercase());
    if !first_ok {
        return None;
    }
    let last_significant = (0..comps.len()).rev().find(|&i| !is_trailer(t, i, &comps[i]))?;
    if !comps[last_significant].text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }

    let mut out = Vec::new();
    for (i, c) in comps.iter().enumerate() {
        let at = c.offset..c.offset + c.text.len();
        if c.text.is_empty() {
            // Point at the slashes around the hole: `//` inside, the final `/` at the end.
            let end = if i + 1 < comps.len() { c.offset + 1 } else { c.offset };
            out.push(Finding::Malformed { at: c.offset - 1..end, reason: "empty component".into() });
            continue;
        }
        if let Some((name, numbered)) = modifier_of(t, i, c) {
            out.extend(check_modifier(c, name, numbered, spaced(at.clone()), at));
            continue;
        }
        if t.takes_dot(c.head) {
            let kind = if t.doctypes.contains_key(c.head) { "document type " } else { "" };
            if !c.dot && c.index.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                out.push(Finding::Malformed {
                    at: at.clone(),
                    reason: format!("missing dot in `{}`", c.text),
                });
            } else if c.dot && c.index.is_empty() {
                out.push(Finding::Malformed {
                    at: at.clone(),
                    reason: format!("{kind}`{}` without a number", c.text),
                });
            }
        }
        if i > last_significant && c.is_bare() && t.doctypes.contains_key(c.head) {
            out.push(Finding::Malformed {
                at,
                reason: format!("document type `{}` without a number", c.text),
            });
        }
    }
    Some(out)
}

/// Check a modifier component written `name` in the table.
fn check_modifier(
    c: &Component<'_>,
    name: &str,
    numbered: bool,
    spaced: bool,
    at: Range<usize>,
) -> Option<Finding> {
    if !numbered {
        return (c.text != name).then(|| Finding::Modifier { at, replacement: Some(name.to_string()) });
    }
    if c.index.is_empty() {
        return Some(Finding::Malformed { at, reason: format!("modifier `{}` without a number", c.text) });
    }
    if !c.index.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Finding::Malformed { at, reason: format!("modifier `{}` needs a number", c.text) });
    }
    if !c.rest.is_empty() {
        return Some(Finding::Malformed {
            at,
            reason: format!("unexpected `{}` in modifier `{}`", c.rest, c.text),
        });
    }
    let number = c.index.trim_start_matches('0');
    if number.is_empty() {
        return Some(Finding::Modifier { at, replacement: None });
    }
    let expected = format!("{name}.{number}");
    (spaced || c.text != expected).then_some(Finding::Modifier { at, replacement: Some(expected) })
}
