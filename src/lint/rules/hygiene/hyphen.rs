//! A607 line-end-hyphenation: `organi-` ⏎ `zation`.
//!
//! A text line that ends with a word and a hyphen (`-` or U+2010), followed — after at most one
//! empty line, or across the end of its page (footnotes, furniture, form feed and the empty
//! lines around them) — by a text line that starts with a lower-case word. The pair is reported when
//! the join is a known word and the hyphenated form is not a compound the document uses
//! elsewhere (`record-keeping`); when both halves are words on their own (`capacity-`
//! ⏎ `building`), the join must also occur elsewhere in the document, since such a hyphen is
//! more often real. French and Spanish documents need the join in the document itself. The fix
//! is unsafe — the hyphen may be real — and pulls the second half up, keeping the line break.

use crate::declare_rule;
use crate::finding::{Applicability, Fix};
use crate::fold::is_space;
use crate::lexicon::{MAX_WORD_BYTES, WordSource, words};
use crate::lint::finding;
use crate::model::Document;
use crate::span::Span;

use rustc_hash::FxHashMap;

use super::Sink;
use super::pass::{RawLine, Role, chunk_end, pull_up};
use super::tokens::{hyphen_hash, join_hash, tokens};
use super::vocabulary::{DocumentWords, Vocabulary, join};

declare_rule! {
    /// A word hyphenated at a line end.
    ///
    /// ## What it checks
    /// A line ending in `fragment-` whose join with the next line's first word is a known word
    /// (`organi-` ⏎ `zation`). Compounds the document writes with a hyphen elsewhere, and
    /// pairs of real words whose join the document never uses (`record-` ⏎ `keeping`,
    /// `capacity-` ⏎ `building`), are left alone.
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

/// A line ending `word-`.
#[derive(Debug, Clone, Copy)]
struct Open {
    word: Span,
    hyphen: Span,
    blank_lines: u32,
    /// A page end (form feed, furniture, footnotes) lies between.
    crossed: bool,
}

#[derive(Debug, Clone, Copy)]
struct Candidate {
    first: Span,
    hyphen: Span,
    second: Span,
    both_words: bool,
    known: Option<WordSource>,
    /// Key hash of the join.
    join: u64,
    /// Key hash of the hyphenated form.
    compound: u64,
}

/// The state of rule A607 through the pass.
pub struct Hyphenation {
    on: bool,
    open: Option<Open>,
    /// Candidates of the line pass waiting for the document's words.
    pending: Vec<Candidate>,
    /// Candidates across the page breaks inside paragraphs, found before the pass; `None`
    /// once the line pass pairs the same hyphen.
    across: Vec<Option<Candidate>>,
    /// Index in `across` of the candidate of each hyphen (by its first byte).
    across_at: FxHashMap<usize, usize>,
}

impl Hyphenation {
    /// The rule's state; `on` when it is enabled.
    pub fn new(on: bool) -> Self {
        Hyphenation {
            on,
            open: None,
            pending: Vec::new(),
            across: Vec::new(),
            across_at: FxHashMap::default(),
        }
    }

    /// The number of candidates waiting.
    pub fn waiting(&self) -> usize {
        self.pending.len()
    }

    /// Read one line.
    pub fn line(&mut self, text: &str, line: &RawLine, voc: &Vocabulary) {
        if !self.on {
            return;
        }
        if let Some(open) = self.open.as_mut() {
            // The word may continue on the next page, after the footnotes, the furniture and
            // the page's empty lines (`decla-` / footnotes / `ration`).
            open.crossed |=
                line.body > line.start || line.footnote || matches!(line.role, Role::Furniture(_));
            let waits = match line.role {
                Role::Blank => open.crossed || line.carries(&mut open.blank_lines),
                Role::Furniture(_) => true,
                Role::Text => line.footnote,
            };
            if waits {
                return;
            }
        }
        if !line.is_prose() || line.footnote {
            self.open = None;
            return;
        }
        let s = &text[line.content.start..line.content.end];
        if let Some(open) = self.open.take()
            && let Some((0, w)) = words(s).next()
            && w.chars().next().is_some_and(char::is_lowercase)
        {
            let second = Span::new(line.content.start, line.content.start + w.len());
            if let Some(c) = candidate(text, open, second, voc) {
                // A pair across a page break is the line pass's when it finds it too.
                if let Some(&i) = self.across_at.get(&c.hyphen.start) {
                    self.across[i] = None;
                }
                self.pending.push(c);
            }
        }
        self.open = line_end_hyphen(s).map(|(word, hyphen)| Open {
            word: word.shift(line.content.start),
            hyphen: hyphen.shift(line.content.start),
            blank_lines: 0,
            crossed: false,
        });
    }

    /// Read the pairs of lines a page break or footnotes separate inside a paragraph (the
    /// line pass sees them apart): `decla-` / footnotes / `ration`. Called before the pass,
    /// which drops those it pairs itself.
    pub fn across_breaks(&mut self, text: &str, doc: &Document, voc: &Vocabulary) {
        if !self.on {
            return;
        }
        for p in doc.paragraphs() {
            for br in &p.breaks {
                let before = p.lines.iter().rev().find(|l| l.end <= br.start);
                let after = p.lines.iter().find(|l| l.start >= br.end);
                let (Some(before), Some(after)) = (before, after) else { continue };
                let Some((word, hyphen)) = line_end_hyphen(&text[before.start..before.end]) else { continue };
                let open = Open {
                    word: word.shift(before.start),
                    hyphen: hyphen.shift(before.start),
                    blank_lines: 0,
                    crossed: true,
                };
                if self.across_at.contains_key(&open.hyphen.start) {
                    continue;
                }
                let s = &text[after.start..after.end];
                if let Some((0, w)) = words(s).next()
                    && w.chars().next().is_some_and(char::is_lowercase)
                    && let Some(c) = candidate(text, open, Span::new(after.start, after.start + w.len()), voc)
                {
                    self.across_at.insert(c.hyphen.start, self.across.len());
                    self.across.push(Some(c));
                }
            }
        }
    }

    /// Decide the waiting candidates of the line pass, now that `document` holds every word
    /// of the document.
    pub fn decide(&mut self, text: &str, document: &DocumentWords, sink: &mut Sink<'_, '_>) {
        for c in self.pending.drain(..) {
            weigh(text, &c, document, sink);
        }
    }

    /// Report the candidates left, at the end of the pass: the line pass's, then those across
    /// page breaks.
    pub fn finish(mut self, text: &str, document: &DocumentWords, sink: &mut Sink<'_, '_>) {
        self.decide(text, document, sink);
        for c in self.across.iter().flatten() {
            weigh(text, c, document, sink);
        }
    }
}

/// The candidate of a line ending `open` and the first word of a later line, `second`, if
/// their join may be a word.
fn candidate(text: &str, open: Open, second: Span, voc: &Vocabulary) -> Option<Candidate> {
    let a = &text[open.word.start..open.word.end];
    let b = &text[second.start..second.end];
    let mut buf = [0; 2 * MAX_WORD_BYTES];
    let joined = join(a, b, &mut buf)?;
    let known = if voc.has_document_layer() { None } else { voc.known_now(joined) };
    let both_words = voc.kind(a).is_word() && voc.kind(b).is_word();
    let (ta, tb) = (tokens(a, 0).next()?, tokens(b, 0).next()?);
    Some(Candidate {
        first: open.word,
        hyphen: open.hyphen,
        second,
        both_words,
        known,
        join: join_hash(&ta, &tb)?,
        compound: hyphen_hash(&ta, &tb)?,
    })
}

/// Report a candidate when the document's words say so: not when the document writes the
/// hyphenated form elsewhere (a compound), nor, for two words, when it never writes the join.
fn weigh(text: &str, c: &Candidate, document: &DocumentWords, sink: &mut Sink<'_, '_>) {
    let joined = document.first(c.join);
    if document.first(c.compound).is_some() || (c.both_words && joined.is_none()) {
        return;
    }
    let source = if joined.is_some() { Some(WordSource::Document) } else { c.known };
    let Some(source) = source else { return };
    let a = &text[c.first.start..c.first.end];
    let b = &text[c.second.start..c.second.end];
    let word = format!("{a}{b}");
    let hyphen = &text[c.hyphen.start..c.hyphen.end];
    let chunk = Span::new(c.second.start, chunk_end(text, c.second.start));
    let fix = Fix { applicability: Applicability::Unsafe, edits: vec![pull_up(text, c.hyphen, chunk)] };
    let why = match source {
        WordSource::Document => "occurs elsewhere in the document",
        WordSource::Builtin => "is in the word list",
        WordSource::Config => "is a configured word",
    };
    let mut f = finding(
        &A607,
        format!("`{a}{hyphen}` ⏎ `{b}` looks like `{word}` hyphenated at a line end"),
        Span::new(c.first.start, c.hyphen.end),
    )
    .with_label(format!("`{b}` continues it"), c.second)
    .with_help(format!("join the word (`{word}` {why}), unless `{a}{hyphen}{b}` is a compound"))
    .with_fix(fix);
    if let Some(other) = joined {
        f = f.with_label(format!("`{word}` here"), other);
    }
    sink.emit(f);
}

/// The word and the hyphen that end line content `s`, when it ends `word-` and the word stands
/// alone (not the last part of a compound such as `state-of-the-`).
fn line_end_hyphen(s: &str) -> Option<(Span, Span)> {
    let hyphen = s.chars().next_back().filter(|&c| c == '-' || c == '\u{2010}')?;
    let h = s.len() - hyphen.len_utf8();
    let (off, w) = words(&s[..h]).last()?;
    if off + w.len() != h {
        return None;
    }
    let before = s[..off].chars().next_back();
    if !before.is_none_or(|c| is_space(c) || "([“\"‘".contains(c)) {
        return None;
    }
    Some((Span::new(off, h), Span::new(h, s.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends() {
        assert_eq!(line_end_hyphen("the organi-"), Some((Span::new(4, 10), Span::new(10, 11))));
        assert_eq!(line_end_hyphen("(organi\u{2010}"), Some((Span::new(1, 7), Span::new(7, 10))));
        assert_eq!(line_end_hyphen("state-of-the-"), None);
        assert_eq!(line_end_hyphen("10-"), None);
        assert_eq!(line_end_hyphen("a - "), None);
        assert_eq!(line_end_hyphen("organization"), None);
    }
}
