//! A7xx: UN editorial style in running text.

use crate::declare_rule;
use crate::lint::{Context, Emitter};

declare_rule! {
    /// "agenda item 2", "annex", "paragraph 173" are lower case in running text.
    ///
    /// ## What it checks
    /// References to agenda items, annexes, paragraphs, articles, rules and recommendations are
    /// written in lower case inside a sentence.
    ///
    /// ## Why
    /// The UN Editorial Manual capitalizes these words only at the start of a sentence or in a
    /// heading (and `Article` only for the Charter and the ICJ Statute).
    ///
    /// ## Example
    /// `as decided under Agenda Item 2`
    ///
    /// ## How to fix
    /// Write the words in lower case (the fix does it).
    pub static A701 = { code: "A701", name: "reference-capitalization", family: Style, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Quotes are curly and balanced.
    ///
    /// ## What it checks
    /// Quotation marks are typographic (`“…”`, `‘…’`; French `« … »`) and every opening mark
    /// is closed.
    ///
    /// ## Why
    /// UN documents use directional quotes; straight or unbalanced ones are typing or
    /// extraction residue.
    ///
    /// ## Example
    /// `entitled "Illicit manufacturing of … ammunition", the Conference`
    ///
    /// ## How to fix
    /// Replace straight quotes by curly ones (the fix does it for balanced pairs).
    pub static A702 = { code: "A702", name: "quote-style", family: Style, severity: Warning, fix: Safe };
}

/// Run the style rules.
pub fn check(_cx: &Context<'_>, _out: &mut Emitter<'_>) {}
