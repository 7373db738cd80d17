//! A5xx: UN document symbols, hyperlinks, the masthead and the job number.

use crate::declare_rule;
use crate::lint::{Context, Emitter};

declare_rule! {
    /// A document symbol breaks the symbol grammar.
    ///
    /// ## What it checks
    /// Symbols are components separated by `/`: an upper-case series (`A`, `CTOC`), subsidiary
    /// bodies with a dot and a number (`CN.7`, `WG.6`), a session or year, document types with
    /// their number (`L.1`, `CRP.13`), modifiers (`Add.1`). Empty components, missing dots,
    /// types without numbers are reported.
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
    /// then `1` on the next line, `A/C.6/7 5 /1`) is reported.
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
    /// The modifier is capitalized, followed by a full stop and a positive number, with no space.
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
    /// Every running header repeats the masthead symbol; the job number in the footers is the
    /// masthead's; the barcode repeats the job number's digits; the job number's year matches
    /// the date of issue; its language letter matches the document's language.
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
    /// Each `undocs.org` link printed at a page end names a symbol cited on that page.
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
    /// or Restricted, the date of issue and `Original:` with a language.
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
    /// The job number has the duty-station prefix, a two-digit year, a hyphen, five digits and
    /// the language letter in parentheses.
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
pub fn check(_cx: &Context<'_>, _out: &mut Emitter<'_>) {}
