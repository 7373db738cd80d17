//! A6xx: text hygiene after PDF extraction: artifacts the extractor left in the text.

use crate::declare_rule;
use crate::lint::{Context, Emitter};

declare_rule! {
    /// A word split by a stray space.
    ///
    /// ## What it checks
    /// Two adjacent fragments whose join is a word: the document's own words first, then an
    /// English word list in Oxford spelling, then the configuration's extra words. The fix is
    /// safe when neither fragment is a word (`r einforcing`, `o f`); when both are words it is
    /// reported as unsafe, and only when the joined word occurs elsewhere in the document and
    /// neither half is a common function word (`par ties` beside "States parties"; `in to`,
    /// `may be` stay silent). Abbreviations such as `a.m.` are not split words.
    ///
    /// ## Why
    /// PDF extractors insert spaces where Word kerned glyph runs; the split words break search,
    /// title comparison and every reader's trust.
    ///
    /// ## Example
    /// `by r einforcing, inter alia`, `the precedent traffickin g activity`.
    ///
    /// ## How to fix
    /// Join the fragments (the fix does it).
    pub static A601 = { code: "A601", name: "split-word", family: Hygiene, severity: Warning, fix: SafeOrUnsafe };
}

declare_rule! {
    /// A space before punctuation or a closing quote.
    ///
    /// ## What it checks
    /// In English, no space goes before `, . ; : ) ]` or a closing `”`, nor after `(` or an
    /// opening `“`. French spacing (a no-break space before `: ; ? !` and inside `« »`) is correct
    /// and not reported.
    ///
    /// ## Why
    /// Such spaces are extraction residue and survive into every re-use of the text.
    ///
    /// ## Example
    /// `the Protocols thereto ”, the Conference`
    ///
    /// ## How to fix
    /// Remove the space (the fix does it).
    pub static A602 = { code: "A602", name: "space-before-punctuation", family: Hygiene, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Runs of spaces inside a line.
    ///
    /// ## What it checks
    /// Two or more spaces between words inside a line, the residue of justified text. The gap
    /// after a footnote label and the columns of `-layout` tables are not reported.
    ///
    /// ## Why
    /// Doubled spaces break phrase search and title comparison.
    ///
    /// ## Example
    /// `firearms,  their parts`
    ///
    /// ## How to fix
    /// Collapse the run to one space (the fix does it).
    pub static A603 = { code: "A603", name: "multiple-spaces", family: Hygiene, severity: Info, fix: Safe };
}

declare_rule! {
    /// Page furniture left in the body: headers, footers, barcodes, link dumps.
    ///
    /// ## What it checks
    /// Lines that belong to the page rather than the text — running headers (the symbol),
    /// footers (job number and page counter), barcodes, and hyperlink URLs printed as lines.
    ///
    /// ## Why
    /// The parser sets them aside, but they remain in the text file and in any naive re-use.
    ///
    /// ## Example
    /// `http://undocs.org/CTOC/COP/WG.6/2018/4`, twice, between two paragraphs.
    ///
    /// ## How to fix
    /// Delete the lines (the fix does it).
    pub static A604 = { code: "A604", name: "page-furniture", family: Hygiene, severity: Info, fix: Safe };
}

declare_rule! {
    /// A paragraph cut by a page break or a footnote block.
    ///
    /// ## What it checks
    /// A paragraph whose sentence continues after a page break, footnotes or link lines.
    ///
    /// ## Why
    /// The parser re-joins it, but the text file still has the two halves apart.
    ///
    /// ## Example
    /// `…implementation of comprehensive` / footnotes / `firearms control regimes, …`
    ///
    /// ## How to fix
    /// Move the interruption after the paragraph (the fix does it, keeping every line).
    pub static A605 = { code: "A605", name: "broken-paragraph", family: Hygiene, severity: Info, fix: Safe };
}

declare_rule! {
    /// A footnote marker flattened into the text with a space.
    ///
    /// ## What it checks
    /// A superscript footnote marker that the extractor printed as an ordinary number after a
    /// space (`controls. 1`). Markers glued to the text (`issues.2`) are read silently.
    ///
    /// ## Why
    /// The spaced number reads as part of the sentence.
    ///
    /// ## Example
    /// `strengthening national transfer and licensing controls. 1`
    ///
    /// ## How to fix
    /// Remove the space (the fix does it).
    pub static A606 = { code: "A606", name: "flattened-footnote-marker", family: Hygiene, severity: Info, fix: Safe };
}

declare_rule! {
    /// A word hyphenated at a line end.
    ///
    /// ## What it checks
    /// A line ending in `fragment-` whose join with the next line's first fragment is a known
    /// word (`organi-` ⏎ `zation`). Real compounds (`record-keeping`) are left alone.
    ///
    /// ## Why
    /// Hyphenation belongs to the page layout, not the text.
    ///
    /// ## Example
    /// `organi-` ⏎ `zation`
    ///
    /// ## How to fix
    /// Join the word (an unsafe fix: the hyphen may be real).
    pub static A607 = { code: "A607", name: "line-end-hyphenation", family: Hygiene, severity: Warning, fix: Unsafe };
}

declare_rule! {
    /// Ligatures, soft hyphens, zero-width and stray control characters.
    ///
    /// ## What it checks
    /// Characters the extractor should have resolved: ligatures U+FB00–FB06 (`ﬁ`), soft
    /// hyphens, zero-width spaces and joiners, bidirectional controls, and control characters
    /// other than tab, line feed, carriage return and form feed.
    ///
    /// ## Why
    /// They are invisible or look like ordinary letters, and break search and comparison.
    ///
    /// ## Example
    /// `Oﬃce of Legal Aﬀairs`
    ///
    /// ## How to fix
    /// Replace ligatures by their letters and delete the others (the fix does it).
    pub static A608 = { code: "A608", name: "unicode-artifact", family: Hygiene, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Unreadable text from lost font encodings, or U+FFFD.
    ///
    /// ## What it checks
    /// Replacement characters (U+FFFD) and bytes that were not valid UTF-8, and runs of
    /// private-use characters left by fonts without a Unicode mapping.
    ///
    /// ## Why
    /// The text is lost; it cannot be repaired from the extract, only from the PDF.
    ///
    /// ## Example
    /// `Vienna, � October 2018`
    ///
    /// ## How to fix
    /// Re-extract the document with another extractor, or retype the text from the PDF.
    pub static A609 = { code: "A609", name: "glyph-loss", family: Hygiene, severity: Error, fix: None };
}

/// Run the hygiene rules.
pub fn check(_cx: &Context<'_>, _out: &mut Emitter<'_>) {}
