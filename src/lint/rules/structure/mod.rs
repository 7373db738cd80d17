//! A1xx: structure and numbering of the agenda list and the annotations.
//!
//! - `numbering`: A101 item numbers, A102 sub-item letters;
//! - `punctuation`: A103 marker style, A104 list punctuation, A105 heading punctuation;
//! - `sections`: A106 the required parts of an agenda of its kind;
//! - `sequence`: where a 1, 2, 3 … sequence breaks (also used for footnotes);
//! - `entry`: what list sub-items and annotation sub-headings have in common.

pub(crate) mod entry;
#[cfg(test)]
mod fixture_fixes;
mod numbering;
mod punctuation;
mod sections;
pub(crate) mod sequence;

use crate::declare_rule;
use crate::lint::{Context, Emitter};

declare_rule! {
    /// Agenda items are numbered 1…n, with no gap, duplicate or disorder.
    ///
    /// ## What it checks
    /// The items of the agenda list, and the item headings of the annotations, are numbered
    /// 1, 2, 3 … in order: no number is skipped, repeated or out of order.
    ///
    /// ## Why
    /// Items are cited by number everywhere (annotations, annex, other documents); a gap or a
    /// duplicate usually means an item was deleted or inserted without renumbering.
    ///
    /// ## Example
    /// ```text
    /// 3. Investigative and prosecutorial approaches … jurisdictions.
    /// 5. Other matters.
    /// ```
    ///
    /// ## How to fix
    /// Renumber the items consecutively, and update the annotations, the annex and every
    /// reference to the renumbered items.
    pub static A101 = { code: "A101", name: "item-sequence", family: Structure, severity: Error, fix: Display };
}

declare_rule! {
    /// Sub-items run (a), (b), (c)… in each item, and (i), (ii)… below them.
    ///
    /// ## What it checks
    /// Sub-item letters are consecutive and restart at (a) under each item; sub-sub-items run
    /// (i), (ii), (iii) …; in the list and in the annotation headings.
    ///
    /// ## Why
    /// A skipped or repeated letter means a sub-item was dropped or duplicated when the list was
    /// edited, and references such as "item 2 (c)" become ambiguous.
    ///
    /// ## Example
    /// ```text
    /// 1. Organizational matters:
    ///   (a) Opening of the meeting;
    ///   (c) Adoption of the agenda and organization of work.
    /// ```
    ///
    /// ## How to fix
    /// Reletter the sub-items consecutively and update references to them.
    pub static A102 = { code: "A102", name: "subitem-sequence", family: Structure, severity: Error, fix: Display };
}

declare_rule! {
    /// Sub-item markers follow the language: `(a)` in English, `a)` in French and Spanish.
    ///
    /// ## What it checks
    /// English documents write sub-item markers `(a)`, French and Spanish ones `a)`; a document
    /// uses one style throughout.
    ///
    /// ## Why
    /// The UN Editorial Manual fixes the marker style per language; a mixed style is a sign of
    /// text pasted from another language version.
    ///
    /// ## Example
    /// An English list with `a) Opening of the session;`.
    ///
    /// ## How to fix
    /// Rewrite the marker in the document's style (the fix does it).
    pub static A103 = { code: "A103", name: "list-marker-style", family: Structure, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Agenda list punctuation: `:` before sub-items, `;` between them, `.` at the end.
    ///
    /// ## What it checks
    /// In the agenda list, an item that introduces sub-items ends with a colon, each sub-item
    /// but the last ends with a semicolon, the last ends with a full stop, and every other item
    /// ends with a full stop.
    ///
    /// ## Why
    /// This is the punctuation of every UN agenda list (General Assembly, UNODC, HRC,
    /// UNFCCC); a wrong mark usually survives from an edit that moved or added an entry.
    ///
    /// ## Example
    /// ```text
    /// (a) Opening of the meeting.
    /// (b) Adoption of the agenda and organization of work.
    /// ```
    ///
    /// ## How to fix
    /// Replace the final mark (the fix does it).
    pub static A104 = { code: "A104", name: "agenda-list-punctuation", family: Structure, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Annotation, documentation and annex headings carry no final `.`, `:` or `;`.
    ///
    /// ## What it checks
    /// Headings repeat the list title without its list punctuation: an annotation heading, a
    /// `Documentation` heading or an annex title ends without a full stop, colon or semicolon.
    ///
    /// ## Why
    /// Headings are not sentences; in every UN specimen they end bare.
    ///
    /// ## Example
    /// ` 4. Other matters.` as an annotation heading.
    ///
    /// ## How to fix
    /// Remove the mark (the fix does it).
    pub static A105 = { code: "A105", name: "heading-punctuation", family: Structure, severity: Warning, fix: Safe };
}

declare_rule! {
    /// The title, the agenda list and (for annotated agendas) the annotations are present, in order.
    ///
    /// ## What it checks
    /// A document has a title; an agenda has its list; an annotated agenda has the
    /// `Annotations` part after the list. Headings are recognized in English, French and Spanish.
    ///
    /// A document with no agenda title, no list heading, no list at its start and no
    /// `Annotations` heading is not read as an agenda at all (a resolution, a report in a mixed
    /// folder): its masthead is read, its numbered paragraphs are paragraphs, its text is placed
    /// as body text, and it gets this one finding, `no agenda found`, instead of a finding for
    /// every part.
    ///
    /// ## Why
    /// When a heading is missing or misspelled, the parts merge: annotations end up read as
    /// list items, and every other check becomes unreliable.
    ///
    /// ## Example
    /// An annotated provisional agenda whose `Annotations` heading was deleted.
    ///
    /// ## How to fix
    /// Restore the missing heading, spelled as in the language's usage.
    pub static A106 = { code: "A106", name: "required-sections", family: Structure, severity: Error, fix: None };
}

/// Run the structure rules.
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    if out.enabled(&A101) {
        numbering::check_items(cx, out);
    }
    if out.enabled(&A102) {
        numbering::check_sub_items(cx, out);
    }
    if out.enabled(&A103) {
        punctuation::check_marker_style(cx, out);
    }
    if out.enabled(&A104) {
        punctuation::check_list_punctuation(cx, out);
    }
    if out.enabled(&A105) {
        punctuation::check_heading_punctuation(cx, out);
    }
    if out.enabled(&A106) {
        sections::check(cx, out);
    }
}
