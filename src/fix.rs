//! Applying fixes: the edits of findings, spliced into the raw input.
//!
//! Fixes are applied to the raw bytes, so that bytes outside the edits (even undecodable ones)
//! come through unchanged. A fix is taken whole or not at all; a fix with an edit that
//! overlaps or touches an edit already taken waits for the next round. [`fix_until_stable`]
//! re-checks the fixed text and repeats until no fix applies, so that fixing a fixed file
//! changes nothing. Writing the result is the command line's work.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::finding::{Applicability, Finding, Fix};
use crate::source::Source;

/// Rounds of fix, re-check, fix… before giving up on reaching a fixed point.
pub const MAX_ROUNDS: usize = 10;

/// True when `--fix` applies this fix (`unsafe_fixes`: with `--unsafe-fixes`).
pub fn is_applicable(fix: &Fix, unsafe_fixes: bool) -> bool {
    match fix.applicability {
        Applicability::Safe => true,
        Applicability::Unsafe => unsafe_fixes,
        Applicability::Display => false,
    }
}

/// The result of one round: the new bytes and how many findings were fixed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The fixed input.
    pub bytes: Vec<u8>,
    /// Number of findings whose fix was applied.
    pub fixes: usize,
}

/// Apply every applicable fix that does not conflict with one taken before it (in order of
/// position). `None` when no fix applies.
///
/// A fix whose edit lies outside the input, is reversed, or cuts a character of the decoded
/// text is skipped rather than trusted.
pub fn apply(source: &Source<'_>, findings: &[Finding], unsafe_fixes: bool) -> Option<Applied> {
    let text = source.text();
    let valid = |at: usize| at <= text.len() && text.is_char_boundary(at);
    let mut candidates: Vec<&Fix> = findings
        .iter()
        .filter_map(|f| f.fix.as_ref())
        .filter(|fix| is_applicable(fix, unsafe_fixes) && !fix.edits.is_empty())
        .filter(|fix| {
            fix.edits.iter().all(|e| e.span.start <= e.span.end && valid(e.span.start) && valid(e.span.end))
        })
        .collect();
    candidates.sort_by_key(|fix| fix.edits.iter().map(|e| (e.span.start, e.span.end)).min());

    // Taken edits by start → (end, replacement). Touching edits conflict too: their order
    // would be ambiguous for insertions, and the next round takes the other fix anyway.
    let mut taken: BTreeMap<usize, (usize, &str)> = BTreeMap::new();
    let mut fixes = 0;
    'fixes: for fix in candidates {
        let mut edits: Vec<_> = fix.edits.iter().collect();
        edits.sort_by_key(|e| (e.span.start, e.span.end));
        for (i, e) in edits.iter().enumerate() {
            let before = taken.range(..=e.span.start).next_back();
            let after = taken.range(e.span.start..).next();
            // Edits of one fix must not overlap each other either.
            let inside =
                edits.get(i + 1).is_some_and(|n| n.span.start < e.span.end || n.span.start == e.span.start);
            if before.is_some_and(|(_, &(end, _))| end >= e.span.start)
                || after.is_some_and(|(&start, _)| start <= e.span.end)
                || inside
            {
                continue 'fixes;
            }
        }
        for e in edits {
            taken.insert(e.span.start, (e.span.end, e.replacement.as_str()));
        }
        fixes += 1;
    }
    if fixes == 0 {
        return None;
    }
    let raw = source.raw();
    let mut bytes = Vec::with_capacity(raw.len() + 64);
    let mut at = 0;
    for (&start, &(end, replacement)) in &taken {
        bytes.extend_from_slice(&raw[at..start]);
        bytes.extend_from_slice(replacement.as_bytes());
        at = end;
    }
    bytes.extend_from_slice(&raw[at..]);
    Some(Applied { bytes, fixes })
}

/// What [`fix_until_stable`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixOutcome {
    /// The fixed input, or `None` when nothing was changed.
    pub fixed: Option<Vec<u8>>,
    /// Number of findings fixed over all rounds.
    pub applied: usize,
    /// The findings that remain, with spans into the fixed input.
    pub findings: Vec<Finding>,
}

/// Check, fix, check again, until no fix applies (or [`MAX_ROUNDS`] rounds).
///
/// `check` parses and lints a source; it is a parameter so that the command line can run the
/// same pipeline it uses without `--fix`.
pub fn fix_until_stable(
    raw: &[u8],
    unsafe_fixes: bool,
    mut check: impl FnMut(&Source<'_>) -> Vec<Finding>,
) -> FixOutcome {
    let mut fixed: Option<Vec<u8>> = None;
    let mut applied = 0;
    for _ in 0..MAX_ROUNDS {
        let source = Source::new(fixed.as_deref().unwrap_or(raw));
        let findings = check(&source);
        match apply(&source, &findings, unsafe_fixes) {
            None => return FixOutcome { fixed, applied, findings },
            Some(round) => {
                applied += round.fixes;
                fixed = Some(round.bytes);
            }
        }
    }
    let findings = check(&Source::new(fixed.as_deref().unwrap_or(raw)));
    FixOutcome { fixed, applied, findings }
}

/// A unified diff of a fix, `--- path` / `+++ path` headers, three lines of context.
/// Undecodable bytes are shown as U+FFFD. Empty when the texts are equal.
pub fn unified_diff(path: &str, old: &[u8], new: &[u8]) -> String {
    let old = String::from_utf8_lossy(old);
    let new = String::from_utf8_lossy(new);
    similar::TextDiff::configure()
        // Myers is O(N·D); the deadline bounds it on huge inputs with many changes, where
        // the diff stays correct but may be less minimal.
        .timeout(Duration::from_secs(5))
        .diff_lines(old.as_ref(), new.as_ref())
        .unified_diff()
        .context_radius(3)
        .header(path, path)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::registry;
    use crate::span::Span;

    fn finding(span: (usize, usize), fix: Option<Fix>) -> Finding {
        let rule = registry::lookup("A603").expect("a rule");
        let mut f = crate::lint::finding(rule, "m", Span::new(span.0, span.1));
        f.fix = fix;
        f
    }

    fn safe(start: usize, end: usize, with: &str) -> Option<Fix> {
        Some(Fix::replace(Applicability::Safe, Span::new(start, end), with))
    }

    fn applied(text: &str, findings: &[Finding], unsafe_fixes: bool) -> Option<(String, usize)> {
        let source = Source::from_str(text);
        apply(&source, findings, unsafe_fixes).map(|a| (String::from_utf8(a.bytes).expect("utf-8"), a.fixes))
    }

    #[test]
    fn applies_safe_fixes_and_skips_others() {
        let text = "a  b  c  d";
        let findings = [
            finding((1, 3), safe(1, 3, " ")),
            finding((4, 6), Some(Fix::replace(Applicability::Unsafe, Span::new(4, 6), " "))),
            finding((7, 9), Some(Fix::replace(Applicability::Display, Span::new(7, 9), " "))),
            finding((0, 1), None),
        ];
        assert_eq!(applied(text, &findings, false), Some(("a b  c  d".into(), 1)));
        assert_eq!(applied(text, &findings, true), Some(("a b c  d".into(), 2)));
        assert_eq!(applied(text, &findings[2..], true), None);
    }

    #[test]
    fn conflicting_fixes_wait() {
        let text = "abcdef";
        let findings = [
            finding((0, 3), safe(0, 3, "X")),
            finding((2, 4), safe(2, 4, "Y")), // overlaps the first
            finding((3, 3), safe(3, 3, "+")), // touches the first
            finding((4, 4), safe(4, 4, "<")), // insertion
            finding((4, 4), safe(4, 4, ">")), // same insertion point
            finding((5, 6), safe(5, 6, "F")),
            finding((9, 12), safe(9, 12, "out of range")), // past the end
            finding((2, 1), safe(2, 1, "reversed")),       // reversed
        ];
        assert_eq!(applied(text, &findings, false), Some(("Xd<eF".into(), 3)));
    }

    #[test]
    fn multi_edit_fixes_are_all_or_nothing() {
        let text = "“quoted”  text";
        let both = Fix {
            applicability: Applicability::Safe,
            edits: vec![
                crate::finding::Edit { span: Span::new(0, 3), replacement: "\"".into() },
                crate::finding::Edit { span: Span::new(9, 12), replacement: "\"".into() },
            ],
        };
        let clash = safe(10, 13, "!");
        let first = [finding((0, 3), Some(both.clone())), finding((10, 13), clash.clone())];
        assert_eq!(applied(text, &first, false), Some(("\"quoted\"  text".into(), 1)));
        let second = [finding((10, 13), clash), finding((12, 12), Some(both))];
        assert_eq!(applied(text, &second, false).map(|(_, n)| n), Some(1));
    }

    #[test]
    fn edits_never_cut_a_character() {
        let text = "é  x";
        assert_eq!(applied(text, &[finding((1, 2), safe(1, 2, "e"))], false), None);
    }

    #[test]
    fn undecodable_bytes_outside_edits_survive() {
        let raw = b"a  b\xff";
        let source = Source::new(raw);
        let out = apply(&source, &[finding((1, 3), safe(1, 3, " "))], false).expect("applied");
        assert_eq!(out.bytes, b"a b\xff");
    }

    /// A checker that reports every double space with a fix to one space, so that a run of
    /// four spaces needs two rounds when the fixes of one round touch each other.
    fn double_spaces(source: &Source<'_>) -> Vec<Finding> {
        let bytes = source.text().as_bytes();
        (0..bytes.len().saturating_sub(1))
            .filter(|&i| bytes[i] == b' ' && bytes[i + 1] == b' ')
            .map(|i| finding((i, i + 2), safe(i, i + 2, " ")))
            .collect()
    }

    #[test]
    fn fixes_until_stable_and_is_idempotent() {
        let raw = b"a    b  c";
        let out = fix_until_stable(raw, false, double_spaces);
        assert_eq!(out.fixed.as_deref(), Some(&b"a b c"[..]));
        assert!(out.applied >= 3, "{}", out.applied);
        assert!(out.findings.is_empty());
        let again = fix_until_stable(b"a b c", false, double_spaces);
        assert_eq!(again.fixed, None);
        assert_eq!(again.applied, 0);
    }

    #[test]
    fn gives_up_after_max_rounds() {
        // A checker whose fix never converges: it always inserts one more `x`.
        let out = fix_until_stable(b"", false, |s| {
            if s.len() < 1000 { vec![finding((0, 0), safe(0, 0, "x"))] } else { Vec::new() }
        });
        assert_eq!(out.applied, MAX_ROUNDS);
        assert_eq!(out.fixed.map(|b| b.len()), Some(MAX_ROUNDS));
        assert_eq!(out.findings.len(), 1);
    }

    #[test]
    fn diff_shows_the_change() {
        let diff = unified_diff("a.txt", b"one\ntwo  words\nthree\n", b"one\ntwo words\nthree\n");
        assert!(diff.starts_with("--- a.txt\n+++ a.txt\n@@ -1,3 +1,3 @@\n"), "{diff}");
        assert!(diff.contains("-two  words\n+two words\n"), "{diff}");
        assert_eq!(unified_diff("a.txt", b"same\n", b"same\n"), "");
    }
}
