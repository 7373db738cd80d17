//! A608 unicode-artifact and A609 glyph-loss: characters the extractor should not have left.
//!
//! One scan of the text that skips ordinary ASCII in bulk and decodes only the other bytes.
//! A608 reports each run of adjacent artifacts — ligatures U+FB00–FB06, soft hyphens,
//! zero-width characters, a byte-order mark inside the text, bidirectional controls, control
//! characters other than tab, line feed, carriage return and form feed — with a safe fix that
//! replaces ligatures by their letters, line-break controls (vertical tab, U+0085, U+2028,
//! U+2029) by a space, and deletes the rest.
//!
//! A609 reports, once per line, text that is lost: U+FFFD, bytes that were not valid UTF-8
//! (which [`crate::source::Source`] reads as U+001A; a U+001A that is really in the input is a
//! control character, A608's), and private-use characters left by fonts without a Unicode
//! mapping. A lone private-use character outside a word is a symbol-font bullet (``), not lost
//! text, and is not reported. Digits dropped from a date (`Vienna,  October 2018`) cannot be
//! told from the text alone and are not looked for.

use crate::declare_rule;
use crate::finding::{Applicability, Fix};
use crate::fold::ligature;
use crate::lint::{Context, finding};
use crate::source::{SUBSTITUTE, Undecodable};
use crate::span::Span;

use super::Sink;

declare_rule! {
    /// Ligatures, soft hyphens, zero-width and stray control characters.
    ///
    /// ## What it checks
    /// Characters the extractor should have resolved: ligatures U+FB00–FB06 (`ﬁ`), soft
    /// hyphens, zero-width spaces and joiners, a byte-order mark inside the text,
    /// bidirectional controls, and control characters other than tab, line feed, carriage
    /// return and form feed.
    ///
    /// ## Why
    /// They are invisible or look like ordinary letters, and break search and comparison.
    ///
    /// ## Example
    /// `Oﬃce of Legal Aﬀairs`
    ///
    /// ## How to fix
    /// Replace ligatures by their letters and line-break controls by a space, and delete the
    /// others (the fix does it).
    pub static A608 = { code: "A608", name: "unicode-artifact", family: Hygiene, severity: Warning, fix: Safe };
}

declare_rule! {
    /// Unreadable text from lost font encodings, or U+FFFD.
    ///
    /// ## What it checks
    /// Replacement characters (U+FFFD), bytes that were not valid UTF-8, and private-use
    /// characters left by fonts without a Unicode mapping (a lone one outside a word is taken
    /// for a symbol-font bullet); one finding per line.
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

/// What a character is to these rules.
enum Class {
    Ordinary,
    /// An A608 artifact: its name and its replacement.
    Artifact(&'static str, &'static str),
    /// Lost text: replacement character, invalid byte, private use.
    Lost(Loss),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Loss {
    Replacement,
    Invalid,
    PrivateUse,
}

/// A run of adjacent artifacts.
struct Artifacts {
    span: Span,
    name: &'static str,
    first: char,
    count: usize,
    replacement: String,
}

/// The lost characters of one line.
#[derive(Default)]
struct Lost {
    span: Option<Span>,
    replacement: usize,
    invalid: usize,
    private: usize,
    private_in_word: bool,
}

/// Run A608 and A609 over the text.
pub fn check(cx: &Context<'_>, sink: &mut Sink<'_, '_>, a608: bool, a609: bool) {
    let text = cx.source.text();
    let raw = cx.source.raw();
    let invalid_input = matches!(cx.source.problem(), Some(Undecodable::InvalidUtf8 { .. }));
    let bytes = text.as_bytes();
    let mut i = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut run: Option<Artifacts> = None;
    let mut lost = Lost::default();
    while i < bytes.len() {
        if run.is_none() {
            // Skip what cannot matter in bulk; a line feed matters only to close `lost`.
            i = skip(bytes, i, lost.span.is_some());
            if i >= bytes.len() {
                break;
            }
        }
        let b = bytes[i];
        if b == b'\n' {
            flush_lost(text, &mut lost, sink, a609);
        }
        let (class, len) = if b < 0x80 {
            let class = if !interesting(b) {
                Class::Ordinary
            } else if b == SUBSTITUTE && invalid_input && raw.get(i) != Some(&SUBSTITUTE) {
                Class::Lost(Loss::Invalid)
            } else {
                control(b as char)
            };
            (class, 1)
        } else {
            let c = text[i..].chars().next().expect("invariant: i is a char boundary below the length");
            (classify(c), c.len_utf8())
        };
        match class {
            Class::Artifact(name, replacement) if a608 => {
                let c = text[i..].chars().next().unwrap_or('\0');
                let span = Span::new(i, i + len);
                match run.as_mut() {
                    Some(r) if r.span.end == i => {
                        r.span.end = span.end;
                        r.count += 1;
                        r.replacement.push_str(replacement);
                    }
                    _ => {
                        flush_artifacts(text, run.take(), sink);
                        run = Some(Artifacts {
                            span,
                            name,
                            first: c,
                            count: 1,
                            replacement: replacement.to_string(),
                        });
                    }
                }
            }
            Class::Lost(kind) if a609 => {
                flush_artifacts(text, run.take(), sink);
                let span = Span::new(i, i + len);
                lost.span = Some(lost.span.map_or(span, |s| s.cover(span)));
                match kind {
                    Loss::Replacement => lost.replacement += 1,
                    Loss::Invalid => lost.invalid += 1,
                    Loss::PrivateUse => {
                        lost.private += 1;
                        let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
                        lost.private_in_word |=
                            letter(text[..i].chars().next_back()) || letter(text[i + len..].chars().next());
                    }
                }
            }
            _ => flush_artifacts(text, run.take(), sink),
        }
        i += len;
    }
    flush_artifacts(text, run.take(), sink);
    flush_lost(text, &mut lost, sink, a609);
}

/// The first byte at or after `i` worth decoding (or a line feed, when `newline`): ordinary
/// ASCII is skipped eight bytes at a time.
fn skip(b: &[u8], mut i: usize, newline: bool) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    loop {
        while let Some(chunk) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().expect("invariant: eight bytes"));
            // A byte of 0x80 or more, below 0x20, or DEL.
            let below = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
            let del = {
                let x = w ^ (ONES * 0x7f);
                x.wrapping_sub(ONES) & !x & HIGH
            };
            if (w & HIGH) | below | del != 0 {
                break;
            }
            i += 8;
        }
        let end = (i + 8).min(b.len());
        while i < end {
            if interesting(b[i]) || (newline && b[i] == b'\n') {
                return i;
            }
            i += 1;
        }
        if i >= b.len() {
            return b.len();
        }
    }
}

/// Bytes worth decoding: controls other than tab, line feed, carriage return and form feed;
/// DEL; and every byte of a non-ASCII character.
fn interesting(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b >= 0x7f
}

fn control(c: char) -> Class {
    match c {
        '\u{b}' => Class::Artifact("vertical tab (U+000B)", " "),
        _ if (c as u32) < 0x20 || c == '\u{7f}' => Class::Artifact("control character", ""),
        _ => Class::Ordinary,
    }
}

fn classify(c: char) -> Class {
    if let Some(letters) = ligature(c) {
        return Class::Artifact("ligature", letters);
    }
    match c {
        '\u{ad}' => Class::Artifact("soft hyphen (U+00AD)", ""),
        '\u{200b}' => Class::Artifact("zero-width space (U+200B)", ""),
        '\u{200c}' => Class::Artifact("zero-width non-joiner (U+200C)", ""),
        '\u{200d}' => Class::Artifact("zero-width joiner (U+200D)", ""),
        '\u{2060}' => Class::Artifact("word joiner (U+2060)", ""),
        '\u{feff}' => Class::Artifact("byte-order mark inside the text (U+FEFF)", ""),
        '\u{85}' => Class::Artifact("next-line control (U+0085)", " "),
        '\u{2028}' => Class::Artifact("line separator (U+2028)", " "),
        '\u{2029}' => Class::Artifact("paragraph separator (U+2029)", " "),
        '\u{80}'..='\u{9f}' => Class::Artifact("control character", ""),
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Class::Artifact("bidirectional control", "")
        }
        '\u{fffd}' => Class::Lost(Loss::Replacement),
        '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{ffffd}' | '\u{100000}'..='\u{10fffd}' => {
            Class::Lost(Loss::PrivateUse)
        }
        _ => Class::Ordinary,
    }
}

fn flush_artifacts(text: &str, run: Option<Artifacts>, sink: &mut Sink<'_, '_>) {
    let Some(r) = run else { return };
    let name = match r.name {
        "ligature" => format!("ligature `{}`", r.first),
        "control character" | "bidirectional control" => format!("{} U+{:04X}", r.name, r.first as u32),
        other => other.to_string(),
    };
    let what = if r.count == 1 {
        name
    } else {
        format!("{} characters left by the extractor, the first a {name}", r.count)
    };
    let word = word_around(text, r.span);
    let help = match r.replacement.as_str() {
        "" => "delete the character".to_string(),
        letters if letters.trim().is_empty() => "replace the character with a space".to_string(),
        letters => format!("write the letters `{letters}`"),
    };
    sink.emit(
        finding(&super::A608, format!("{what} in `{word}`"), r.span).with_help(help).with_fix(Fix::replace(
            Applicability::Safe,
            r.span,
            r.replacement,
        )),
    );
}

fn flush_lost(text: &str, lost: &mut Lost, sink: &mut Sink<'_, '_>, on: bool) {
    let l = std::mem::take(lost);
    let Some(span) = l.span else { return };
    if !on || (l.replacement == 0 && l.invalid == 0 && l.private < 2 && !l.private_in_word) {
        return;
    }
    let n = l.replacement + l.invalid + l.private;
    let what = match (l.replacement, l.invalid, l.private) {
        (_, 0, 0) => plural(n, "replacement character (U+FFFD)", "replacement characters (U+FFFD)"),
        (0, _, 0) => plural(n, "byte that is not valid UTF-8", "bytes that are not valid UTF-8"),
        (0, 0, _) => plural(n, "private-use character", "private-use characters"),
        _ => plural(n, "unreadable character", "unreadable characters"),
    };
    let shown = word_around(text, span);
    sink.emit(
        finding(&super::A609, format!("text lost in extraction: {what} in `{shown}`"), span)
            .with_help("re-extract the document with another extractor, or retype the text from the PDF"),
    );
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// The text of `span` widened to whole words, at most a few dozen bytes, on one line, without
/// the invisible characters (a bidirectional control must not reorder the message).
fn word_around(text: &str, span: Span) -> String {
    const REACH: usize = 20;
    let mut from = span.start.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (span.end + REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = &text[from..span.start];
    let before = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    let after = &text[span.end..to];
    let after = after.find(char::is_whitespace).map_or(after, |i| &after[..i]);
    let visible =
        |c: &char| !c.is_control() && !matches!(classify(*c), Class::Artifact(name, _) if name != "ligature");
    before.chars().chain(text[span.start..span.end].chars()).chain(after.chars()).filter(visible).collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::{LintOptions, lint};
    use crate::parser::parse;
    use crate::source::Source;

    #[test]
    fn skip_stops_where_a_byte_at_a_time_would() {
        // Every byte but NUL at every position of a word and of the tail, among ordinary ones.
        for b in 1..=255u8 {
            for len in [1, 7, 8, 9, 17] {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    for newline in [false, true] {
                        for from in [0, at, at.saturating_sub(3)] {
                            let naive = bytes[from..]
                                .iter()
                                .position(|&c| super::interesting(c) || (newline && c == b'\n'))
                                .map_or(len, |i| from + i);
                            assert_eq!(super::skip(&bytes, from, newline), naive, "{b:#x} at {at} of {len}");
                        }
                    }
                }
            }
        }
    }

    /// The A608 and A609 findings on a line of text: `(code, fixed text)`, the fixed text being
    /// the line with the fix applied (or `-` without a fix).
    fn findings(raw: &[u8]) -> Vec<(&'static str, String)> {
        let source = Source::new(raw);
        let doc = parse(&source);
        let text = source.text();
        lint(&source, &doc, &LintOptions::default())
            .into_iter()
            .filter(|f| matches!(f.code, "A608" | "A609"))
            .map(|f| {
                let fixed = f.fix.as_ref().map_or("-".to_string(), |x| {
                    let e = &x.edits[0];
                    format!("{}{}{}", &text[..e.span.start], e.replacement, &text[e.span.end..])
                });
                (f.code, fixed)
            })
            .collect()
    }

    /// An input line and the findings it must give (see [`findings`]).
    type Case = (&'static [u8], &'static [(&'static str, &'static str)]);

    #[test]
    fn artifacts_and_losses() {
        let cases: &[Case] = &[
            (
                "the Oﬃce of Legal Aﬀairs\n".as_bytes(),
                &[("A608", "the Office of Legal Aﬀairs\n"), ("A608", "the Oﬃce of Legal Affairs\n")],
            ),
            ("organi\u{ad}zation\n".as_bytes(), &[("A608", "organization\n")]),
            ("a\u{200b}\u{200d}b\n".as_bytes(), &[("A608", "ab\n")]),
            ("end\u{b}Next\n".as_bytes(), &[("A608", "end Next\n")]),
            ("safe \u{202e}txt\n".as_bytes(), &[("A608", "safe txt\n")]),
            // A byte-order mark that starts the text is not an artifact; one inside it is.
            ("\u{feff}text\u{feff}\n".as_bytes(), &[("A608", "\u{feff}text\n")]),
            // Tabs, form feeds, curly quotes, dashes and no-break spaces are text.
            ("a\tb\u{c}“c” – d\u{a0}:\n".as_bytes(), &[]),
            ("Vienna, \u{fffd}\u{fffd} October\n".as_bytes(), &[("A609", "-")]),
            // A lone private-use character outside a word is a symbol-font bullet.
            ("\u{f0b7} use of drones\n".as_bytes(), &[]),
            ("\u{e001}\u{e002} lost\n".as_bytes(), &[("A609", "-")]),
            ("wo\u{e001}rd\n".as_bytes(), &[("A609", "-")]),
            // Bytes that are not UTF-8 are lost text; a real U+001A is a control character.
            (b"r\xe9union \x1a\n", &[("A609", "-"), ("A608", "r\u{1a}union \n")]),
        ];
        for &(raw, want) in cases {
            let got = findings(raw);
            let want: Vec<(&str, String)> = want.iter().map(|&(c, t)| (c, t.to_string())).collect();
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(raw));
        }
    }
}
