//! A0xx: problems with the input itself. These are raised by the parser (A001, A003) and by the
//! command line (A004, A005), never by a check over the tree; the declarations live here so the
//! registry, the documentation and the configuration treat them like every other rule.

use crate::declare_rule;

declare_rule! {
    /// Text the parser could not place in the document structure.
    ///
    /// ## What it checks
    /// Every byte of the input ends up in a node of the document tree, in page furniture, or in
    /// `unrecognized`. Each run of unrecognized text is reported once, with its span.
    ///
    /// ## Why
    /// The parser never drops text silently. Text it cannot place is usually an extraction
    /// artifact the front end does not know yet, or a part of the agenda in an unusual shape;
    /// either way a reader of the JSON would otherwise not see it.
    ///
    /// ## Example
    /// A line of garbled glyphs between the agenda list and the annotations.
    ///
    /// ## How to fix
    /// Check the text at the span. If it belongs to the agenda, correct its shape (a missing
    /// item number, a heading with a typo); if it is furniture, remove it.
    pub static A001 = { code: "A001", name: "unrecognized-text", family: Input, severity: Warning, fix: None };
}

declare_rule! {
    /// The input is not valid UTF-8, or is binary.
    ///
    /// ## What it checks
    /// The input must be UTF-8 text. A file holding NUL bytes is taken as binary and its
    /// structure is not parsed; invalid UTF-8 sequences are reported at the first one and
    /// read as U+001A so that the rest can still be parsed.
    ///
    /// ## Why
    /// Spans and fixes are byte offsets into the text; an undecodable byte cannot be shown or
    /// fixed, and a binary file (a PDF given by mistake) has no agenda to read.
    ///
    /// ## Example
    /// A Latin-1 file with `é` as the byte `0xE9`; a PDF passed instead of its extracted text.
    ///
    /// ## How to fix
    /// Re-extract or convert the file to UTF-8 (`iconv -f latin1 -t utf-8`).
    pub static A003 = { code: "A003", name: "invalid-encoding", family: Input, severity: Error, fix: None };
}

declare_rule! {
    /// The tool failed on this file.
    ///
    /// ## What it checks
    /// A failure inside agendum while processing one file is caught and reported as a finding on
    /// that file, and the run goes on with the other files.
    ///
    /// ## Why
    /// One bad file must never stop a folder run over an archive.
    ///
    /// ## Example
    /// An internal invariant that did not hold for an unusual input.
    ///
    /// ## How to fix
    /// This is a bug in agendum: report it with the file that triggers it.
    pub static A004 = { code: "A004", name: "internal-error", family: Input, severity: Error, fix: None };
}

declare_rule! {
    /// A file in a folder run could not be read.
    ///
    /// ## What it checks
    /// Files found while walking a folder that cannot be opened or read (permission denied, a
    /// file that vanished, a symlink loop) are reported and skipped.
    ///
    /// ## Why
    /// A folder run reports every problem and goes on; the exit status says that something was
    /// not read.
    ///
    /// ## Example
    /// `legacy/1998/E-CN7-1998-1.txt` with mode `000`.
    ///
    /// ## How to fix
    /// Fix the permissions or the link, or exclude the path in `agendum.toml`.
    pub static A005 = { code: "A005", name: "unreadable-file", family: Input, severity: Error, fix: None };
}
