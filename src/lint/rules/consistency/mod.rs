//! A2xx: consistency between the agenda list, the annotations, the annex and the text.
//!
//! - `coverage`: A201 one annotation per entry, A202 the same title;
//! - `annex`: A203–A206 the organization-of-work table against the agenda;
//! - `references`: A207 item references in the text;
//! - `documentation`: A208 Documentation blocks;
//! - `schedule`: A209 stated meeting counts, session dates and opening against the annex;
//! - `outline` indexes the items once, and `titles` compares titles.

mod annex;
mod coverage;
mod documentation;
mod outline;
mod references;
mod schedule;
mod titles;

use crate::declare_rule;
use crate::lint::{Context, Emitter};

declare_rule! {
    /// Every item and sub-item has exactly one annotation heading, and vice versa.
    ///
    /// ## What it checks
    /// In an annotated agenda each list item and sub-item has one annotation heading with its
    /// number or marker, and no annotation heading exists without a list entry. An item whose
    /// annotation has no sub-item headings at all is annotated as a whole; once it has some,
    /// every sub-item needs one.
    ///
    /// ## Why
    /// An annotation lost in editing, or one left over from a deleted item, is the most common
    /// structural error of annotated agendas.
    ///
    /// ## Example
    /// The list has `4. Other matters.` but there is no ` 4. Other matters` heading.
    ///
    /// ## How to fix
    /// Add the missing annotation or remove the orphaned one.
    pub static A201 = { code: "A201", name: "annotation-coverage", family: Consistency, severity: Error, fix: None };
}

declare_rule! {
    /// An annotation heading repeats its list title.
    ///
    /// ## What it checks
    /// The title of each annotation heading equals the title of its list entry after
    /// normalization: whitespace, quotes and dashes folded, final punctuation dropped, and
    /// words split by extraction joined. Case counts (UN titles are in sentence case, so
    /// "Working Group" and "working group" differ), except for the first letter and for a
    /// title printed all in capitals.
    ///
    /// ## Why
    /// When a title is amended in the list, its annotation heading is easily forgotten.
    ///
    /// ## Example
    /// List: `3. Investigative and prosecutorial approaches …`; heading:
    /// ` 3. Investigative approaches …`.
    ///
    /// ## How to fix
    /// Make both titles the same; the finding shows the list's wording.
    pub static A202 = { code: "A202", name: "annotation-title-mismatch", family: Consistency, severity: Error, fix: Display };
}

declare_rule! {
    /// An annex row cites an item that is not on the agenda.
    ///
    /// ## What it checks
    /// Every item and sub-item cited in the organization-of-work table exists in the agenda list.
    ///
    /// ## Why
    /// A row left pointing at a renumbered or deleted item schedules a discussion of nothing.
    ///
    /// ## Example
    /// Annex row `6 Closure of the meeting` in a five-item agenda.
    ///
    /// ## How to fix
    /// Correct the row's item number, or add the item to the agenda.
    pub static A203 = { code: "A203", name: "annex-unknown-item", family: Consistency, severity: Error, fix: None };
}

declare_rule! {
    /// An agenda item appears in no annex row.
    ///
    /// ## What it checks
    /// When the annex has an organization-of-work table, every list item (or each of its
    /// sub-items) is scheduled in at least one row.
    ///
    /// ## Why
    /// An unscheduled item is usually a row lost when the table was edited.
    ///
    /// ## Example
    /// Item 3 appears in no time slot of the annex.
    ///
    /// ## How to fix
    /// Schedule the item, or explain in the annex why it is not scheduled.
    pub static A204 = { code: "A204", name: "annex-unscheduled-item", family: Consistency, severity: Warning, fix: None };
}

declare_rule! {
    /// An annex row's title equals the list title, ignoring `(continued)`.
    ///
    /// ## What it checks
    /// The title in each organization-of-work row equals the list title of the item it cites,
    /// after normalization (as for A202) and ignoring `(continued)`, `(suite)` or
    /// `(continuación)`. A row citing a whole item may carry the title of one of its sub-items.
    ///
    /// ## Why
    /// The annex repeats the titles; an amended list title is easily left unchanged there.
    ///
    /// ## Example
    /// Annex row `2 Responsiveness of the Protocol …` against list item 2
    /// `Responsiveness of the Firearms Protocol …`.
    ///
    /// ## How to fix
    /// Copy the list title into the row; the finding shows it.
    pub static A205 = { code: "A205", name: "annex-title-mismatch", family: Consistency, severity: Warning, fix: Display };
}

declare_rule! {
    /// Later slots of the same item carry `(continued)`; the first does not.
    ///
    /// ## What it checks
    /// In the organization-of-work table, the second and later rows of an item end with
    /// `(continued)` (French `(suite)`, Spanish `(continuación)`), and its first row does not.
    ///
    /// ## Why
    /// This is how UN programmes show that consideration of an item carries over.
    ///
    /// ## Example
    /// Item 2 scheduled again in the afternoon without `(continued)`.
    ///
    /// ## How to fix
    /// Add or remove the marker (the fix does it).
    pub static A206 = { code: "A206", name: "continued-marker", family: Consistency, severity: Warning, fix: Safe };
}

declare_rule! {
    /// References such as "agenda item 6" or "item 2 (b)" point to existing items.
    ///
    /// ## What it checks
    /// Item references in the text — "agenda item 3", "under item 4", "item 2 (b)", "items 2
    /// and 3", French "point 2 b)", Spanish "tema 2 a)" — name an item (and sub-item) of the
    /// agenda. A reference to an item of another document ("item 4 of the agenda of its
    /// sixty-sixth session", "item 2 of resolution 5/1") is not checked.
    ///
    /// ## Why
    /// Item numbers drift when the agenda is edited; references in the annotations are where
    /// the drift shows.
    ///
    /// ## Example
    /// "As no issues to be raised under item 7 …" in a five-item agenda.
    ///
    /// ## How to fix
    /// Correct the number of the reference.
    pub static A207 = { code: "A207", name: "dangling-item-reference", family: Consistency, severity: Error, fix: None };
}

declare_rule! {
    /// Documentation entries are `Description (SYMBOL)`, and a paper cited for an item is listed under it.
    ///
    /// ## What it checks
    /// Each entry of a `Documentation` block ends with a document symbol in parentheses (or, in
    /// the two-column tables of the Human Rights Council and others, begins with the symbol:
    /// `A/HRC/58/2   Annual report …`); a symbol the annotation text cites in parentheses as the
    /// paper for the item appears in that item's Documentation block; one symbol is not listed
    /// under two items.
    ///
    /// ## Why
    /// Delegations prepare from the Documentation lists; a paper cited but not listed, or listed
    /// with the wrong symbol, is missed.
    ///
    /// ## Example
    /// The text cites `(CTOC/COP/WG.6/2020/2)` but the Documentation block lists `…/2020/4`.
    ///
    /// ## How to fix
    /// List the paper under its item with the symbol the text cites.
    pub static A208 = { code: "A208", name: "documentation-consistency", family: Consistency, severity: Warning, fix: None };
}

declare_rule! {
    /// Stated meeting counts, session dates and the opening date and time agree with the annex.
    ///
    /// ## What it checks
    /// A stated number of meetings over a number of days ("four plenary meetings over two
    /// days") equals the number of time slots and days of the annex; the session dates of the
    /// masthead ("Vienna, 17 and 18 March 2020") include every day of the annex, and dates in
    /// the text naming as many days as the annex name the same ones; the opening date and time
    /// given in the first item's annotation ("will be opened on Tuesday, 17 March 2020, at
    /// 10 a.m.") are the annex's first day and the start of its first slot.
    ///
    /// ## Why
    /// These facts are stated twice and edited separately.
    ///
    /// ## Example
    /// "three plenary meetings" with four time slots in the annex.
    ///
    /// ## How to fix
    /// Correct the text or the annex so that both say the same.
    pub static A209 = { code: "A209", name: "schedule-consistency", family: Consistency, severity: Warning, fix: None };
}

/// Run the consistency rules.
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    if out.enabled(&A201) || out.enabled(&A202) {
        coverage::check(cx, out);
    }
    let outline = outline::Outline::of(cx.doc);
    annex::check(cx, out, &outline);
    if out.enabled(&A207) {
        references::check(cx, out, &outline);
    }
    if out.enabled(&A208) {
        documentation::check(cx, out);
    }
    if out.enabled(&A209) {
        schedule::check(cx, out);
    }
}
