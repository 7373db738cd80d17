//! A601 split-word: two adjacent fragments whose join is a word.
//!
//! Candidates are pairs of letter runs ([`crate::lexicon::words`]) separated by one ASCII space
//! (or by the doubled spaces of a line that pdfminer printed justified), on a text line outside the masthead and the page furniture. A pair is left
//! alone when its outer sides touch anything but spaces and sentence punctuation, so that list
//! markers (`(g) o f`: the `)` is no word gap), symbols (`WG.6`), numbers and their units
//! (`1990 s`, `10 a.m.`), dotted abbreviations (`a.m.`, `i.e.`), hyphenated words and URLs never
//! form a pair; and when the second half starts a new capitalized word (`Annex B`).
//!
//! Each half is a [`Kind`]: a fragment, a word or a function word. Then:
//! - neither half is a word: the join, when known, is reported with a **safe** fix;
//! - one half is a word: the join, when a built-in or configured word, is reported with an
//!   **unsafe** fix;
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
//! configuration's words. For English, every word of the document goes into a map of first
//! occurrences during the pass ([`DocumentWords`]); the candidates wait for the end of the pass,
//! when the map holds the whole document, and each is then decided by one lookup of its join.
//! The English hot path asks a Bloom filter of the built-in list first (see `vocabulary`): a
//! pair whose join it rules out, and one of whose halves it lets through, cannot be reported, and
//! costs three probes of a 256 KiB table. A half it lets through by mistake (about one
//! non-word in 300) is taken for a word there, which can only keep a pair silent.

use std::fmt::Write as _;

use crate::declare_rule;
use crate::finding::{Applicability, Finding, Fix};
use crate::fold::is_space;
use crate::lexicon::{MAX_WORD_BYTES, WordSource};
use crate::lint::finding;
use crate::span::Span;

use super::Sink;
use super::pass::{RawLine, chunk_end, pull_up};
use super::tokens::{Token, join_hash};
use super::vocabulary::{DocumentWords, Kind, Vocabulary, join, plausible_case};

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

/// How the halves of a pair stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Neither half is a word.
    Fragments,
    /// Neither half is a word, and the second starts the next text line (the only pairs
    /// looked for across a line break).
    FragmentsAcrossLines,
    /// One half is a word.
    OneWord,
    /// Both halves are words (neither a function word).
    TwoWords,
}

impl Class {
    /// True when neither half is a word.
    fn fragments(self) -> bool {
        matches!(self, Class::Fragments | Class::FragmentsAcrossLines)
    }
}

/// A pair to report once the document's words are known, in 24 bytes: a document may hold many
/// (most are never reported), and they wait for the end of the pass (at most
/// [`super::PENDING_LIMIT`] at a time). The join's hash is kept (reading it again from the text cost
/// a 10 MB input more than 1 % of its time). Offsets fit `u32`, since the parser refuses
/// inputs of 4 GiB and more; lengths fit a byte, since a half of a join that fits a word has
/// at most [`MAX_WORD_BYTES`] bytes of key, and each byte of key comes from at most three
/// bytes of text (`’` for `'`, `K` for `k`).
#[derive(Debug, Clone, Copy)]
struct Candidate {
    first: u32,
    second: u32,
    first_len: u8,
    second_len: u8,
    class: Class,
    /// The layer that knows the join without the document, if any.
    known: Option<WordSource>,
    /// Key hash of the join.
    join: u64,
}

impl Candidate {
    fn new(a: &Token, b: &Token, class: Class, known: Option<WordSource>, join: u64) -> Option<Self> {
        Some(Candidate {
            first: u32::try_from(a.start).ok()?,
            second: u32::try_from(b.start).ok()?,
            first_len: u8::try_from(a.end - a.start).ok()?,
            second_len: u8::try_from(b.end - b.start).ok()?,
            class,
            known,
            join,
        })
    }

    fn first(&self) -> Span {
        let start = self.first as usize;
        Span::new(start, start + usize::from(self.first_len))
    }

    fn second(&self) -> Span {
        let start = self.second as usize;
        Span::new(start, start + usize::from(self.second_len))
    }
}

/// The last token of the previous text line, when it ends the line and may start a pair.
#[derive(Debug, Clone, Copy)]
struct Tail {
    token: Token,
    word: bool,
    blank_lines: u32,
}

/// A candidate found reportable: the layer that knows its join, and where the join occurs in
/// the document when that is the layer.
#[derive(Debug, Clone, Copy)]
struct Reported {
    candidate: Candidate,
    source: WordSource,
    elsewhere: Option<Span>,
}

/// The state of rule A601 through the pass.
pub struct SplitWords {
    on: bool,
    /// Candidates waiting for the document's words.
    pending: Vec<Candidate>,
    /// The last candidate found reportable, held until the next one tells whether it stands
    /// (see [`SplitWords::decide`]).
    held: Option<Reported>,
    tail: Option<Tail>,
}

impl SplitWords {
    /// The rule's state; `on` when it is enabled.
    pub fn new(on: bool) -> Self {
        SplitWords { on, pending: Vec::new(), held: None, tail: None }
    }

    /// The number of candidates waiting.
    pub fn waiting(&self) -> usize {
        self.pending.len()
    }

    /// Read one line.
    pub fn line(&mut self, text: &str, line: &RawLine, words: &[Token], voc: &Vocabulary) {
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
        let english = !voc.has_document_layer();
        // The previous token, and whether it may be a word (English: one filter probe per
        // token). Pairs are first weighed by their hashes; the text around them is read only
        // for the few that pass.
        let mut prev: Option<(&Token, bool)> = None;
        let mut justified = None;
        for t in words {
            let word = english && voc.may_be_word(text, t);
            if prev.is_none()
                && t.start == base
                && let Some(held) = &tail
                && worth_a_look(voc, (&held.token, held.word), (t, word))
                && right_ok(s, t.end - base)
            {
                self.pair(text, &held.token, t, true, voc);
            }
            if let Some((p, pw)) = prev
                && is_word_gap(text, p.end, t.start, || *justified.get_or_insert_with(|| is_justified(s)))
                && worth_a_look(voc, (p, pw), (t, word))
                && left_ok(s, p.start - base)
                && right_ok(s, t.end - base)
            {
                self.pair(text, p, t, false, voc);
            }
            prev = Some((t, word));
        }
        self.tail = prev
            .filter(|&(p, _)| p.end == line.content.end && left_ok(s, p.start - base))
            .map(|(token, word)| Tail { token: *token, word, blank_lines: 0 });
    }

    /// Weigh a pair that [`worth_a_look`] let through.
    fn pair(&mut self, text: &str, a: &Token, b: &Token, cross_line: bool, voc: &Vocabulary) {
        let Some(join_key) = join_hash(a, b) else { return };
        let english = !voc.has_document_layer();
        let (ka, kb) = (voc.token_kind(text, a), voc.token_kind(text, b));
        let class = match (ka.is_word(), kb.is_word()) {
            (false, false) if cross_line => Class::FragmentsAcrossLines,
            (false, false) => Class::Fragments,
            _ if cross_line => return,
            (true, true) if ka == Kind::Function || kb == Kind::Function => return,
            (true, true) => Class::TwoWords,
            _ => Class::OneWord,
        };
        let known = if english {
            let known = if voc.may_know_join(join_key) {
                let mut buf = [0; 2 * MAX_WORD_BYTES];
                let Some(joined) = join(a.text(text), b.text(text), &mut buf) else { return };
                voc.known_now(joined)
            } else {
                None
            };
            if class != Class::Fragments && known.is_none() {
                return;
            }
            known
        } else {
            // French and Spanish: the document layer answers at once; two words stay silent.
            if class == Class::TwoWords {
                return;
            }
            let Some(source) = voc.known_hashed(join_key) else { return };
            Some(source)
        };
        if let Some(c) = Candidate::new(a, b, class, known, join_key) {
            self.pending.push(c);
        }
    }

    /// Decide the waiting candidates, in order, now that `document` holds every word of the
    /// document: each is reported or dropped.
    ///
    /// A candidate no layer knows the join of, or one of two words, is reported only when its
    /// join occurs elsewhere in the document. A fragment belongs to one word only: of two
    /// reported pairs that share a fragment (`traffickin g in`: `traffickin g` and `g in`), the
    /// one whose halves are both fragments wins, else the first; so the last reported pair is
    /// held until the next one is weighed.
    pub fn decide(&mut self, text: &str, document: &DocumentWords, sink: &mut Sink<'_, '_>) {
        let mut pending = std::mem::take(&mut self.pending);
        for c in pending.drain(..) {
            self.weigh(text, c, document, sink);
        }
        self.pending = pending;
    }

    fn weigh(&mut self, text: &str, c: Candidate, document: &DocumentWords, sink: &mut Sink<'_, '_>) {
        // French and Spanish know a join of the document's words at once (without its place).
        let elsewhere = if c.known == Some(WordSource::Document) { None } else { document.first(c.join) };
        let source = if elsewhere.is_some() { Some(WordSource::Document) } else { c.known };
        let source = match (c.class, source) {
            (Class::TwoWords, Some(WordSource::Document)) => WordSource::Document,
            (Class::TwoWords, _) | (_, None) => return,
            (_, Some(source)) => source,
        };
        if let Some(last) = &self.held
            && last.candidate.second() == c.first()
        {
            if c.class.fragments() && !last.candidate.class.fragments() {
                self.held = None;
            } else {
                return;
            }
        }
        if let Some(last) = self.held.replace(Reported { candidate: c, source, elsewhere }) {
            sink.emit(report(text, &last));
        }
    }

    /// Report the candidates left, at the end of the pass.
    pub fn finish(mut self, text: &str, document: &DocumentWords, sink: &mut Sink<'_, '_>) {
        self.decide(text, document, sink);
        if let Some(last) = self.held.take() {
            sink.emit(report(text, &last));
        }
    }
}

/// True when a pair may be reported, as far as the hashes tell: the case shape allows a join,
/// it fits a word, and — English — a join that is certainly no built-in or configured word has
/// two halves that are certainly no words (it may then be a word of the document); French and
/// Spanish — the join is a word of the document or the configuration. Each token comes with
/// whether it may be a word ([`Vocabulary::may_be_word`]).
fn worth_a_look(voc: &Vocabulary, (a, wa): (&Token, bool), (b, wb): (&Token, bool)) -> bool {
    if !plausible_case(a, b) {
        return false;
    }
    let Some(join_key) = join_hash(a, b) else { return false };
    if voc.has_document_layer() {
        return voc.known_hashed(join_key).is_some();
    }
    !(wa || wb) || voc.may_know_join(join_key)
}

/// True when bytes `from..to` of `text` separate two words as the line's other gaps do: one
/// space, or the two or more spaces of a line printed justified (pdfminer keeps every gap of
/// such a line doubled).
fn is_word_gap(text: &str, from: usize, to: usize, justified: impl FnOnce() -> bool) -> bool {
    let gap = &text.as_bytes()[from..to];
    gap == b" " || (gap.len() >= 2 && gap.iter().all(|&b| b == b' ') && justified())
}

/// True when line content `s` has at least two runs of two or more spaces: a justified line.
fn is_justified(s: &str) -> bool {
    memchr::memmem::find_iter(s.as_bytes(), "  ")
        .filter(|&i| i == 0 || s.as_bytes()[i - 1] != b' ')
        .nth(1)
        .is_some()
}

/// True when the token at byte `off` of line content `s` may start a pair on its left: at the
/// line start, after an opening bracket or quote, or after a space that follows a word or
/// sentence punctuation (not a number or a symbol: `1990 s`, `10 m`). Decided from the bytes
/// where they are ASCII.
fn left_ok(s: &str, off: usize) -> bool {
    let b = s.as_bytes();
    let Some(&c) = off.checked_sub(1).and_then(|i| b.get(i)) else { return true };
    if c < 0x80 && !matches!(c, b' ' | b'\t') {
        return matches!(c, b'(' | b'[' | b'"');
    }
    // After ASCII spaces, an ASCII character is decided from its byte.
    if c < 0x80 {
        let at = b[..off].iter().rposition(|&c| !matches!(c, b' ' | b'\t' | b'\r' | b'\x0c'));
        match at.map(|i| b[i]) {
            None => return true,
            Some(q) if q < 0x80 => return !(q.is_ascii_digit() || is_symbol(char::from(q))),
            Some(_) => {}
        }
    }
    let before = &s[..off];
    let c = before.chars().next_back().unwrap_or(' ');
    if !is_space(c) {
        return matches!(c, '“' | '‘' | '«' | '¿' | '¡');
    }
    match before.trim_end_matches(is_space).chars().next_back() {
        None => true,
        Some(q) => !(q.is_ascii_digit() || is_symbol(q)),
    }
}

/// True for the symbols that make a space after them no word gap (`10 / s`, `€ m`).
fn is_symbol(q: char) -> bool {
    matches!(q, '/' | '-' | '–' | '_' | '@' | '#' | '&' | '%' | '+' | '=' | '*' | '$' | '€' | '£' | '§')
}

/// True when the token ending at byte `end` of `s` may end a pair on its right: at the line
/// end, before a space or sentence punctuation; a full stop counts only when no letter follows
/// it (`a.m`, `e.g`).
fn right_ok(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    let Some(&c) = b.get(end) else { return true };
    match c {
        b' ' | b'\t' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'"' => true,
        b'.' => !s[end + 1..].chars().next().is_some_and(char::is_alphabetic),
        _ if c < 0x80 => false,
        _ => s[end..].chars().next().is_some_and(|c| is_space(c) || matches!(c, '”' | '’' | '»')),
    }
}

fn report(text: &str, r: &Reported) -> Finding {
    let Reported { candidate: c, source, elsewhere } = *r;
    let (first, second) = (c.first(), c.second());
    let a = &text[first.start..first.end];
    let b = &text[second.start..second.end];
    let joined = format!("{a}{b}");
    let span = Span::new(first.start, second.end);
    let (message, fix) = if c.class == Class::FragmentsAcrossLines {
        let chunk = Span::new(second.start, chunk_end(text, second.start));
        let fix = Fix {
            applicability: Applicability::Safe,
            edits: vec![pull_up(text, Span::empty(first.end), chunk)],
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
        (message, Fix::replace(applicability, Span::new(first.end, second.start), ""))
    };
    let mut help = match source {
        WordSource::Document => format!("join the fragments: `{joined}` occurs elsewhere in the document"),
        WordSource::Builtin => format!("join the fragments: `{joined}` is in the word list"),
        WordSource::Config => format!("join the fragments: `{joined}` is a configured word"),
    };
    match c.class {
        Class::Fragments | Class::FragmentsAcrossLines => {}
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
