//! A3xx: footnote references and definitions.
//!
//! - `notes`: A301 undefined, A302 unreferenced, A303 numbering, A305 asterisk notes;
//! - `placement`: A304 where the indicator stands against punctuation.
//!
//! References are the [`crate::model::FootnoteRef`]s the parser found in titles and
//! paragraphs, plus the asterisks that end the masthead symbol, the title and the
//! `Item 2 of the provisional agenda*` line.

mod notes;
mod placement;

use crate::declare_rule;
use crate::lint::{Context, Emitter};

declare_rule! {
    /// A footnote reference has no definition.
    ///
    /// ## What it checks
    /// Every footnote marker in the text (`controls.1`, `issues.2`) has a footnote with the
    /// same marker.
    ///
    /// ## Why
    /// The Editorial Manual asks editors to "check all indicator numbers against the footnotes";
    /// a marker without a note is a note lost in editing.
    ///
    /// ## Example
    /// `…among other issues.3` when only footnotes 1 and 2 exist.
    ///
    /// ## How to fix
    /// Add the footnote, or remove or correct the marker.
    pub static A301 = { code: "A301", name: "footnote-undefined", family: Footnotes, severity: Error, fix: None };
}

declare_rule! {
    /// A footnote definition has no reference.
    ///
    /// ## What it checks
    /// Every footnote is referenced at least once in the text.
    ///
    /// ## Why
    /// An unreferenced note is usually left over from deleted text, or its marker was lost.
    ///
    /// ## Example
    /// ` 2  A/CONF.234/PM.1, paragraph 173.` with no `2` marker in the text.
    ///
    /// ## How to fix
    /// Restore the marker where the note belongs, or delete the note.
    pub static A302 = { code: "A302", name: "footnote-unreferenced", family: Footnotes, severity: Warning, fix: None };
}

declare_rule! {
    /// Footnotes are numbered 1…n in order of first reference, with no repeat or skip.
    ///
    /// ## What it checks
    /// Numbered footnote definitions run 1, 2, 3 … through the document, and their markers
    /// first appear in the text in that order.
    ///
    /// ## Why
    /// The Editorial Manual: check "that no numbers have been repeated incorrectly or skipped".
    ///
    /// ## Example
    /// Footnotes 1, 2, 4.
    ///
    /// ## How to fix
    /// Renumber the footnotes and their markers.
    pub static A303 = { code: "A303", name: "footnote-sequence", family: Footnotes, severity: Error, fix: None };
}

declare_rule! {
    /// Footnote markers go after punctuation in English, before it in French and Spanish.
    ///
    /// ## What it checks
    /// In English a footnote marker follows the punctuation mark (`controls.1`); in French and
    /// Spanish it precedes it (`contrôles1.`).
    ///
    /// ## Why
    /// This is the placement rule of the UN Editorial Manual for each language.
    ///
    /// ## Example
    /// English `licensing controls1.`
    ///
    /// ## How to fix
    /// Move the marker across the punctuation (the fix does it, as an unsafe fix: a marker
    /// next to a closing quote may be meant for the quotation).
    pub static A304 = { code: "A304", name: "footnote-indicator-placement", family: Footnotes, severity: Warning, fix: Unsafe };
}

declare_rule! {
    /// Every `*` indicator has its `*` note.
    ///
    /// ## What it checks
    /// An asterisk indicator — on the symbol (`A/76/100*`), the title, or an
    /// `Item 2 of the provisional agenda*` line — has a note beginning with `*`.
    ///
    /// ## Why
    /// Asterisk notes carry the agenda symbol or the reissue reason; an asterisk without its
    /// note leaves the reader without either.
    ///
    /// ## Example
    /// `Item 2 of the provisional agenda*` with no `* CTOC/COP/2020/1.` note.
    ///
    /// ## How to fix
    /// Add the note, or remove the asterisk.
    pub static A305 = { code: "A305", name: "asterisk-note", family: Footnotes, severity: Warning, fix: None };
}

/// Run the footnote rules.
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let refs = notes::references(cx.doc);
    if out.enabled(&A301) || out.enabled(&A302) || out.enabled(&A303) || out.enabled(&A305) {
        notes::check(cx, out, &refs);
    }
    if out.enabled(&A304) {
        placement::check(cx, out, &refs);
    }
}
