//! A601 split-word: two adjacent fragments whose join is a word.
//!
//! Candidates are pairs of letter runs ([`crate::lexicon::words`]) separated by exactly one
//! ASCII space, on a text line outside the masthead and the page furniture. A pair is left
//! alone when its outer sides touch anything but spaces and sentence punctuation, so that list
//! markers (`(g) o f`: the `)` is no word gap), symbols (`WG.6`), numbers and their units
//! (`1990 s`, `10 a.m.`), dotted abbreviations (`a.m.`, `i.e.`), hyphenated words and URLs never
//! form a pair; and when the second half starts a new capitalized word (`Annex B`).
//!
//! Each half is a [`Kind`]: a fragment, a word or a function word. Then:
//! - neither half is a word: the join, when known, is reported with a **safe** fix;
//! - one half is a word: the join, when known, is reported with an **unsafe** fix;
//! - both are words: reported (unsafe) only when the join is a word that occurs elsewhere in
//!   the document and neither half is a function word (`par ties` beside "States parties";
//!   `in to`, `may be`, `any one` stay silent). French and Spanish documents, which have no
//!   built-in word list, never report two words.
//!
//! Words split across a line break are reported only when that is clearly a split — neither
//! half is a word, the join is, and at most one empty line lies between — since a line break
//! inside a word is a layout accident, unlike a kerning gap. The fix then pulls the second
//! fragment up to the first, keeping both line breaks.
//!
//! "Known" asks the document's own words first, then the built-in list, then the
//! configuration's words; for English the document is asked in one search after the pass.

use std::fmt::Write as _;

use crate::declare_rule;
use crate::finding::{Applicability, Finding, Fix};
use crate::fold::is_space;
use crate::lexicon::{MAX_WORD_BYTES, WordSource, words};
use crate::lint::finding;
use crate::span::Span;

use super::Sink;
use super::occurrences::{Found, Occurrences};
use super::pass::{RawLine, chunk_end, pull_up};
use super::vocabulary::{Kind, Vocabulary, join, plausible_case};

declare_rule! {
    /// A word split by a stray space.
    ///
    /// ## What it checks
    /// Two adjacent fragments whose join is a word: the document's own words first, then an
    /// English word list in Oxford spelling, then the configuration's extra words. The fix is
    /// safe when neither fragment is a word (`r einforcing`, `o f`); when one is, it is unsafe;
    /// when both are words it is reported (unsafe) only when the joined word occurs elsewhere in
    /// the document and neither half is a common function word (`par ties` beside "States
    /// parties"; `in to`, `may be` stay silent). Abbreviations such as `a.m.`, list markers,
    /// symbols and numbers are not split words. A word split across a line break is reported
    /// only when neither fragment is a word. French and Spanish documents are checked against
    /// their own words and function words only, and two real words are never reported there.
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

/// Candidates waiting for the document search before this many are dropped: a bound on memory
/// for pathological inputs (a real document has a handful).
const PENDING_LIMIT: usize = 100_000;

/// How the halves of a pair stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Neither half is a word.
    Fragments,
    /// One half is a word.
    OneWord,
    /// Both halves are words (neither a function word).
    TwoWords,
}

/// A pair to report once the document has been searched for its join.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    first: Span,
    second: Span,
    class: Class,
    /// The layer that knows the join without the document, if any.
    known: Option<WordSource>,
    /// Id of the join in the document search (English).
    join: u32,
    /// The halves are on two lines.
    cross_line: bool,
}

/// The last token of the previous text line, when it ends the line and may start a pair.
#[derive(Debug, Clone, Copy)]
struct Tail {
    token: Span,
    blank_lines: u32,
}

/// The state of rule A601 through the pass.
pub struct SplitWords {
    on: bool,
    pending: Vec<Candidate>,
    tail: Option<Tail>,
}

impl SplitWords {
    /// The rule's state; `on` when it is enabled.
    pub fn new(on: bool) -> Self {
        SplitWords { on, pending: Vec::new(), tail: None }
    }

    /// Read one line.
    pub fn line(
        &mut self,
        text: &str,
        line: &RawLine,
        voc: &Vocabulary,
        occ: &mut Occurrences,
        sink: &mut Sink<'_, '_>,
    ) {
        if !self.on {
            return;
        }
        if !line.is_prose() {
            if !self.tail.as_mut().is_some_and(|t| line.carries(&mut t.blank_lines)) {
                self.tail = None;
            }
            return;
        }
        let base = line.content.start;
        let s = &text[line.content.start..line.content.end];
        let tail = self.tail.take();
        let mut prev: Option<(Span, bool)> = None;
        for (off, w) in words(s) {
            let span = Span::new(base + off, base + off + w.len());
            let right = right_ok(s, off + w.len());
            if prev.is_none()
                && off == 0
                && right
                && let Some(t) = tail
            {
                self.pair(text, t.token, span, true, voc, occ, sink);
            }
            if let Some((p, left)) = prev
                && left
                && right
                && p.end + 1 == span.start
                && text.as_bytes()[p.end] == b' '
            {
                self.pair(text, p, span, false, voc, occ, sink);
            }
            prev = Some((span, left_ok(s, off)));
        }
        self.tail = prev
            .filter(|&(p, left)| left && p.end == line.content.end)
            .map(|(token, _)| Tail { token, blank_lines: 0 });
    }

    #[allow(clippy::too_many_arguments)]
    fn pair(
        &mut self,
        text: &str,
        first: Span,
        second: Span,
        cross_line: bool,
        voc: &Vocabulary,
        occ: &mut Occurrences,
        sink: &mut Sink<'_, '_>,
    ) {
        let (a, b) = (&text[first.start..first.end], &text[second.start..second.end]);
        if !plausible_case(a, b) {
            return;
        }
        let (ka, kb) = (voc.kind(a), voc.kind(b));
        let class = match (ka.is_word(), kb.is_word()) {
            (false, false) => Class::Fragments,
            (true, true) if ka == Kind::Function || kb == Kind::Function => return,
            (true, true) => Class::TwoWords,
            _ => Class::OneWord,
        };
        if cross_line && class != Class::Fragments {
            return;
        }
        let mut buf = [0; 2 * MAX_WORD_BYTES];
        let Some(joined) = join(a, b, &mut buf) else { return };
        let known = voc.known_now(joined);
        if voc.has_document_layer() {
            // French and Spanish: the document layer has answered already.
            if class == Class::TwoWords {
                return;
            }
            if let Some(source) = known {
                let c = Candidate { first, second, class, known, join: 0, cross_line };
                sink.emit(report(text, &c, source, None));
            }
            return;
        }
        if class == Class::TwoWords && known.is_none() {
            return;
        }
        if self.pending.len() < PENDING_LIMIT {
            let join = occ.add(joined);
            self.pending.push(Candidate { first, second, class, known, join, cross_line });
        }
    }

    /// Report the English candidates, now that the document has been searched.
    pub fn finish(self, text: &str, found: &[Found], sink: &mut Sink<'_, '_>) {
        for c in &self.pending {
            let f = found.get(c.join as usize).copied().unwrap_or_default();
            let source = if f.count > 0 { Some(WordSource::Document) } else { c.known };
            match (c.class, source) {
                (Class::TwoWords, Some(WordSource::Document))
                | (Class::Fragments | Class::OneWord, Some(_)) => {
                    let source = source.expect("invariant: matched Some");
                    sink.emit(report(text, c, source, f.first));
                }
                _ => {}
            }
        }
    }
}

/// True when the token at byte `off` of line content `s` may start a pair on its left: at the
/// line start, after an opening bracket or quote, or after a space that follows a word or
/// sentence punctuation (not a number or a symbol: `1990 s`, `10 m`).
fn left_ok(s: &str, off: usize) -> bool {
    let before = &s[..off];
    match before.chars().next_back() {
        None => true,
        Some(c) if is_space(c) => {
            let q = before.trim_end_matches(is_space).chars().next_back();
            !q.is_some_and(|q| q.is_ascii_digit() || "/-–_@#&%+=*$€£§".contains(q))
        }
        Some(c) => "([“\"‘«¿¡".contains(c),
    }
}

/// True when the token ending at byte `end` of `s` may end a pair on its right: at the line
/// end, before a space or sentence punctuation; a full stop counts only when no letter follows
/// it (`a.m`, `e.g`).
fn right_ok(s: &str, end: usize) -> bool {
    let mut rest = s[end..].chars();
    match rest.next() {
        None => true,
        Some(c) if is_space(c) => true,
        Some('.') => !rest.next().is_some_and(char::is_alphabetic),
        Some(c) => ",;:!?)]”\"’»".contains(c),
    }
}

fn report(text: &str, c: &Candidate, source: WordSource, elsewhere: Option<Span>) -> Finding {
    let a = &text[c.first.start..c.first.end];
    let b = &text[c.second.start..c.second.end];
    let joined = format!("{a}{b}");
    let span = Span::new(c.first.start, c.second.end);
    let (message, fix) = if c.cross_line {
        let chunk = Span::new(c.second.start, chunk_end(text, c.second.start));
        let fix = Fix {
            applicability: Applicability::Safe,
            edits: vec![pull_up(text, Span::empty(c.first.end), chunk)],
        };
        (format!("`{a}` ⏎ `{b}` looks like `{joined}` split across a line break"), fix)
    } else {
        let applicability =
            if c.class == Class::Fragments { Applicability::Safe } else { Applicability::Unsafe };
        let message = if c.class == Class::TwoWords {
            format!("`{a} {b}` may be the word `{joined}` split by a stray space")
        } else {
            format!("`{a} {b}` looks like the word `{joined}` split by a stray space")
        };
        (message, Fix::replace(applicability, Span::new(c.first.end, c.second.start), ""))
    };
    let mut help = match source {
        WordSource::Document => format!("join the fragments: `{joined}` occurs elsewhere in the document"),
        WordSource::Builtin => format!("join the fragments: `{joined}` is in the word list"),
        WordSource::Config => format!("join the fragments: `{joined}` is a configured word"),
    };
    match c.class {
        Class::Fragments => {}
        Class::OneWord => help.push_str("; one fragment is a word on its own, so check the sentence first"),
        Class::TwoWords => {
            let _ = write!(help, "; `{a}` and `{b}` are both words, so check the sentence first");
        }
    }
    let mut f = finding(&A601, message, span).with_help(help).with_fix(fix);
    if let Some(other) = elsewhere.filter(|_| source == WordSource::Document) {
        f = f.with_label(format!("`{joined}` here"), other);
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pair_edges() {
        let s = "(g) o f 1990 s WG.6 a.m. e.g. (recommendation 10); traffickin g. then";
        let off = |w: &str| s.find(w).expect("present");
        assert!(left_ok(s, off("o f")));
        assert!(!left_ok(s, off("s WG")));
        assert!(right_ok(s, off("traffickin g.") + "traffickin g".len()));
        assert!(!right_ok(s, off("a.m.") + 1));
        // A full stop before a digit may be a glued footnote marker (`issues.2`).
        assert!(right_ok(s, off("WG") + 2));
        assert!(left_ok(s, off("recommendation")));
        assert!(left_ok(s, 0));
    }
}
