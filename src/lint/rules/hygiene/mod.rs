//! A6xx: text hygiene after PDF extraction: artifacts the extractor left in the text.
//!
//! These rules read the raw text, not only the tree. The line-based ones (A601 split words,
//! A602 and A603 spacing, A604 page furniture, A607 line-end hyphenation) share one pass over
//! the lines (`pass`); A608 and A609 share one scan of the characters; A605 and A606 read the
//! paragraphs and footnote references of the tree. A601 and A607 find the words they want
//! elsewhere in the document in a map of its words that the pass fills
//! (`vocabulary::DocumentWords`).
//!
//! Every fix is a byte edit of the raw input; the safe ones are idempotent: applied, re-parsed
//! and re-linted, the text gives no finding for the same thing again.

mod breaks;
mod chars;
mod furniture;
mod hyphen;
mod lost_numbers;
mod pass;
mod spacing;
mod split;
#[cfg(test)]
mod tests;
mod tokens;
mod vocabulary;

pub use breaks::{A605, A606};
pub use chars::{A608, A609};
pub use furniture::A604;
pub use hyphen::A607;
pub use spacing::{A602, A603};
pub use split::A601;

use crate::finding::Finding;
use crate::lint::registry::RuleMeta;
use crate::lint::{Context, Emitter, finding};
use crate::span::Span;

/// Findings one rule reports in one document at most. Past it, one finding says how many more
/// there were: a pathological input (a soft hyphen after every letter) must not turn into
/// gigabytes of findings.
const MAX_FINDINGS_PER_RULE: u32 = 10_000;

/// Candidates of rules A601 and A607 that may wait for the end of the pass, when the document's
/// words are all known; past it, the rest of the document is read at once and the candidates
/// are decided as they come (a bound on memory for pathological inputs: a real document has a
/// handful).
const PENDING_LIMIT: usize = 100_000;

#[cfg(test)]
thread_local! {
    /// A lower [`PENDING_LIMIT`] for the tests of this thread: deciding candidates early must
    /// report what waiting for the end reports.
    static TEST_PENDING_LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(PENDING_LIMIT) };
}

/// [`PENDING_LIMIT`], or the tests' own.
fn pending_limit() -> usize {
    #[cfg(test)]
    return TEST_PENDING_LIMIT.get();
    #[cfg(not(test))]
    PENDING_LIMIT
}

/// The emitter, with a bound on the findings of each rule of the family.
pub struct Sink<'o, 'e> {
    out: &'o mut Emitter<'e>,
    counts: [u32; 9],
    dropped: [(u32, Span); 9],
}

impl<'o, 'e> Sink<'o, 'e> {
    fn new(out: &'o mut Emitter<'e>) -> Self {
        Sink { out, counts: [0; 9], dropped: [(0, Span::default()); 9] }
    }

    /// Report a finding of an A6xx rule.
    pub fn emit(&mut self, f: Finding) {
        let Some(i) = family_index(f.code) else {
            self.out.emit(f);
            return;
        };
        if self.counts[i] < MAX_FINDINGS_PER_RULE {
            self.counts[i] += 1;
            self.out.emit(f);
        } else {
            let (n, first) = &mut self.dropped[i];
            if *n == 0 {
                *first = f.span;
            }
            *n += 1;
        }
    }

    fn finish(self) {
        for (i, &(n, span)) in self.dropped.iter().enumerate() {
            if n > 0 {
                let rule = RULES[i];
                self.out.emit(
                    finding(
                        rule,
                        format!("{n} more `{}` findings in this file are not reported", rule.code),
                        span,
                    )
                    .with_help("fix the ones reported and lint again"),
                );
            }
        }
    }
}

const RULES: [&RuleMeta; 9] = [&A601, &A602, &A603, &A604, &A605, &A606, &A607, &A608, &A609];

fn family_index(code: &str) -> Option<usize> {
    RULES.iter().position(|r| r.code == code)
}

/// Run the hygiene rules.
pub fn check(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let on: [bool; 9] = RULES.map(|r| out.enabled(r));
    let [a601, a602, a603, a604, a605, a606, a607, a608, a609] = on;
    let text = cx.source.text();
    let mut sink = Sink::new(out);

    let mut furniture_fixed = Vec::new();
    if a601 || a602 || a603 || a604 || a607 || a609 {
        let mut voc =
            vocabulary::Vocabulary::new(cx.doc.language, text, &cx.options.extra_words, a601 || a607);
        let mut split = split::SplitWords::new(a601);
        let mut hyphen = hyphen::Hyphenation::new(a607);
        hyphen.across_breaks(text, cx.doc, &voc);
        let mut spacing = spacing::Spacing::new(cx, a602, a603);
        let mut furniture = furniture::PageFurniture::new(cx, a604);
        let mut words: Vec<tokens::Token> = Vec::new();
        let limit = pending_limit();
        for line in pass::Lines::new(text, cx.doc) {
            words.clear();
            // The document's words (for A601 and A607) are those of every line; the rules
            // read the text lines'.
            let read =
                if line.is_prose() { a601 || a607 || a609 } else { !line.is_blank() && (a601 || a607) };
            if read {
                tokens::push_tokens(
                    &text[line.content.start..line.content.end],
                    line.content.start,
                    &mut words,
                );
                voc.document_mut().add_line(text, &words);
                if !line.is_prose() {
                    words.clear();
                }
            }
            split.line(text, &line, &words, &voc);
            if a609 {
                lost_numbers::line(text, &line, &words, cx.doc.language, &mut sink);
            }
            hyphen.line(text, &line, &voc);
            spacing.line(text, &line, &words, &mut sink);
            furniture.line(text, &line);
            if split.waiting().max(hyphen.waiting()) >= limit {
                // Too many candidates wait for the end: read the rest of the document now, and
                // decide them (and every later one) at once.
                voc.document_mut().complete(text, line.next);
                split.decide(text, voc.document(), &mut sink);
                hyphen.decide(text, voc.document(), &mut sink);
            }
        }
        split.finish(text, voc.document(), &mut sink);
        hyphen.finish(text, voc.document(), &mut sink);
        spacing.finish(text, &mut sink);
        furniture_fixed = furniture.finish(text, &mut sink);
    }
    if a605 {
        breaks::broken_paragraphs(cx, &furniture_fixed, &mut sink);
    }
    if a606 {
        breaks::spaced_markers(cx, &mut sink);
    }
    if a608 || a609 {
        chars::check(cx, &mut sink, a608, a609);
    }
    sink.finish();
}
