//! A5xx: UN document symbols, hyperlinks, the masthead and the job number.
//!
//! The family reads what the parser set aside as well as the text: A501–A503 judge every
//! symbol of the body (one scan of the raw text, `grammar.rs`); A504 compares the masthead
//! with the running headers, footers and barcodes (`agreement.rs`); A505 compares each link
//! dump with the symbols of its page (`links.rs`); A506 and A507 check the masthead's fields
//! and the job-number lines (`masthead.rs`). Page furniture belongs to A504 and A505, so the
//! grammar rules skip it: every symbol is reported once, where it stands in the body.

mod agreement;
mod grammar;
mod links;
mod masthead;
#[cfg(test)]
mod tests;

use std::hash::Hash;

use rustc_hash::FxHashMap;

use crate::declare_rule;
use crate::finding::Finding;
use crate::lint::{Context, Emitter};
use crate::model::{Furniture, FurnitureKind};
use crate::span::Span;

declare_rule! {
    /// A document symbol breaks the symbol grammar.
    ///
    /// ## What it checks
    /// Symbols are components separated by `/`: an upper-case series (`A`, `CTOC`), subsidiary
    /// bodies with a dot and a number (`CN.7`, `WG.6`), a session or year, document types with
    /// their number (`L.1`, `CRP.13`), modifiers (`Add.1`). Empty components, missing dots,
    /// types without numbers are reported. Symbols in the text are checked wherever they stand
    /// (masthead, paragraphs, footnotes, Documentation entries); running headers and link
    /// dumps are page furniture, compared by A504 and A505 instead. Numbers such as
    /// `resolution 9/2` and words such as `HIV/AIDS` are not symbols.
    ///
    /// ## Why
    /// A malformed symbol cannot be looked up in the Official Document System.
    ///
    /// ## Example
    /// `E/CN7/2020/L9`, `A//75/1`.
    ///
    /// ## How to fix
    /// Correct the symbol to its registered form.
    pub static A501 = { code: "A501", name: "symbol-malformed", family: Symbols, severity: Error, fix: None };
}

declare_rule! {
    /// A symbol is split by a space or a line break.
    ///
    /// ## What it checks
    /// A symbol never holds whitespace; a symbol cut by the extractor (`A/CONF.234/1/Rev.`
    /// then `1` on the next line, `A/C.6/7 5 /1`, `CTOC/COP/WG.6/2020 /2`) is reported, with
    /// the whitespace runs to delete.
    ///
    /// ## Why
    /// A split symbol is not found by search or by the cross-checks.
    ///
    /// ## Example
    /// `A/CONF.234/1/Rev.` ⏎ `1`
    ///
    /// ## How to fix
    /// Remove the whitespace (the fix does it).
    pub static A502 = { code: "A502", name: "symbol-broken-by-extraction", family: Symbols, severity: Error, fix: Safe };
}

declare_rule! {
    /// Symbol modifiers are written exactly `Add.1`, `Corr.1`, `Rev.1`, `Amend.1`.
    ///
    /// ## What it checks
    /// The modifier is capitalized, followed by a full stop and a positive number, with no
    /// space. `Corr.0` is reported without a fix: the right number is not knowable.
    ///
    /// ## Why
    /// This is the registered form; other spellings do not resolve.
    ///
    /// ## Example
    /// `A/75/1/add.1`, `A/75/1/Rev1`, `A/75/1/Rev. 1`.
    ///
    /// ## How to fix
    /// Rewrite the modifier (the fix does it).
    pub static A503 = { code: "A503", name: "symbol-modifier-form", family: Symbols, severity: Warning, fix: Safe };
}

declare_rule! {
    /// The masthead symbol, the running headers and the job number agree.
    ///
    /// ## What it checks
    /// Every running header repeats the masthead symbol (a header that prints the title beside
    /// the symbol, `A/RES/80/10 International Day …`, is compared by its symbol, and reported
    /// there); the job number in the footers is the
    /// masthead's (or, without one, the first footer's); every barcode repeats the job number's
    /// digits; the job number's year is the year of the date of issue (a year apart is
    /// accepted across the new year when the date's month is known); its language letter
    /// (`E`, `F`, `S`) is the document's language. A wrong text is reported once, at its first
    /// place, with the place it disagrees with and its repeats as labels.
    ///
    /// ## Why
    /// A header copied from another document, or a job number not updated, misfiles the
    /// document.
    ///
    /// ## Example
    /// Masthead `CTOC/COP/WG.6/2020/1`, running header `CTOC/COP/WG.6/2020/2`.
    ///
    /// ## How to fix
    /// Correct the header, footer or masthead so that all agree.
    pub static A504 = { code: "A504", name: "symbol-self-consistency", family: Symbols, severity: Error, fix: None };
}

declare_rule! {
    /// A hyperlink names a symbol that does not occur on its page.
    ///
    /// ## What it checks
    /// Each `undocs.org` link printed at a page end (as Tika prints a page's links) names a
    /// symbol cited on that page: in its text, its footnotes, or the footnotes of the page
    /// before. Both symbols of a joint link must be there. A link to a resolution or decision
    /// (`…/A/RES/70/1`) is satisfied by its number in the text (`resolution 70/1`). The link's
    /// own line does not count. Each link is reported once per page, even when printed twice.
    ///
    /// ## Why
    /// Links are separate from the text in a PDF; a link to the wrong symbol survives edits of
    /// the visible text.
    ///
    /// ## Example
    /// Link `http://undocs.org/CTOC/COP/WG.6/2018/4` on a page that cites `…/2018/5`.
    ///
    /// ## How to fix
    /// Correct the hyperlink of the symbol in the source document.
    pub static A505 = { code: "A505", name: "link-mismatch", family: Symbols, severity: Warning, fix: None };
}

declare_rule! {
    /// A masthead has symbol, distribution, date and original language.
    ///
    /// ## What it checks
    /// When a masthead is present it has the document symbol, `Distr.:` with General, Limited
    /// or Restricted (French `générale`, `limitée`, `restreinte`; Spanish `general`,
    /// `limitada`, `reservada`), the date of issue and `Original:` with a language. A symbol
    /// with an `L.` component is of limited distribution and must say Limited. Body-only
    /// extracts, without a masthead, are not reported, nor documents that are not agendas
    /// (A106 `no agenda found`: a resolution prints no `Original:`).
    ///
    /// ## Why
    /// These fields identify the document; the Editorial Manual requires them.
    ///
    /// ## Example
    /// A masthead without its `Original: English` line.
    ///
    /// ## How to fix
    /// Add the missing field.
    pub static A506 = { code: "A506", name: "masthead-fields", family: Symbols, severity: Warning, fix: None };
}

declare_rule! {
    /// Job numbers read `V.20-00123 (E)`, `GE.20-01234 (E)` or `20-01234 (E)`.
    ///
    /// ## What it checks
    /// A line that is a job number (alone, or with a page counter or processing dates) has
    /// the duty-station prefix, a two-digit year, a hyphen, five digits and, when printed, the
    /// language letter in parentheses after a space, and processing dates that are DDMMYY
    /// dates. Repeats of one malformed number are reported once.
    ///
    /// ## Why
    /// The job number files the document in its duty station's workflow.
    ///
    /// ## Example
    /// `V.2O-07297 (E)` (a letter O), `V.20-7297(E)`.
    ///
    /// ## How to fix
    /// Correct the job number.
    pub static A507 = { code: "A507", name: "job-number-format", family: Symbols, severity: Warning, fix: None };
}

/// Run the symbol rules.
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    if out.enabled(&A501) || out.enabled(&A502) || out.enabled(&A503) {
        grammar::check(cx, out);
    }
    if out.enabled(&A504) {
        agreement::check(cx, out);
    }
    if out.enabled(&A505) {
        links::check(cx, out);
    }
    if out.enabled(&A506) {
        masthead::fields(cx, out);
    }
    if out.enabled(&A507) {
        masthead::job_numbers(cx, out);
    }
}

/// True when `span` overlaps a furniture line that carries text of its own: a running header
/// or footer, a barcode or a link dump. (Page breaks and footnote separators hold no symbol.)
/// `furniture` is sorted by position, as the parser leaves it.
fn in_furniture(furniture: &[Furniture], span: Span) -> bool {
    let from = furniture.partition_point(|f| f.span.end <= span.start);
    furniture[from..].iter().take_while(|f| f.span.start < span.end.max(span.start + 1)).any(|f| {
        matches!(
            f.kind,
            FurnitureKind::RunningHeader
                | FurnitureKind::RunningFooter
                | FurnitureKind::Barcode
                | FurnitureKind::LinkDump
        )
    })
}

/// Several places that print the same thing, reported once: the first place with the
/// others as labels. Groups keep the order of their first place, so findings come out in text
/// order.
struct Groups<K> {
    index: FxHashMap<K, usize>,
    groups: Vec<(K, Vec<Span>)>,
}

impl<K: Hash + Eq + Clone> Groups<K> {
    fn new() -> Self {
        Groups { index: FxHashMap::default(), groups: Vec::new() }
    }

    /// Add a place.
    fn add(&mut self, key: K, span: Span) {
        match self.index.get(&key) {
            Some(&i) => self.groups[i].1.push(span),
            None => {
                self.index.insert(key.clone(), self.groups.len());
                self.groups.push((key, vec![span]));
            }
        }
    }

    fn into_groups(self) -> Vec<(K, Vec<Span>)> {
        self.groups
    }
}

/// The job number that takes the first `len` bytes of `s` (as `check_job_number` measures
/// it), up to its language letter: `V.20-00127 (E)` without the processing dates after it.
fn printed_job(s: &str, len: usize) -> &str {
    let s = s.get(..len).unwrap_or(s);
    match s.find(')') {
        Some(i) => &s[..=i],
        None => s.split(crate::fold::is_space).next().unwrap_or(s),
    }
}

/// At most this many repeats of a group are labelled: a renderer draws every label, and a
/// header wrong on a thousand pages needs only a few to show the pattern.
const MAX_REPEAT_LABELS: usize = 8;

/// Label the repeats of a group (the places after the first, up to [`MAX_REPEAT_LABELS`]).
fn label_repeats(mut finding: Finding, spans: &[Span], label: &str) -> Finding {
    for &span in spans.iter().skip(1).take(MAX_REPEAT_LABELS) {
        finding = finding.with_label(label, span);
    }
    finding
}
