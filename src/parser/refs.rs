//! footnote-ref: footnote references flattened into the text by the extractor: `controls.1`, `issues.2`,
//! `controls. 1` (a superscript printed after a space), `contrôles1.` (French placement),
//! `Programme of Action 9  and` (Tika's spaced superscript after a word), `agenda*`.
//!
//! A number is read as a marker only where a superscript stands — glued to a word or to the
//! punctuation after it — and only if a footnote with that marker exists or it is the next
//! marker in sequence. `agenda item 2` at a line end, `paragraph 173.`, `WG.6`, `Rev.1` and
//! `3.5` are not markers.

use crate::bytes::{bytes_between, digit_bytes, find_byte};
use crate::fold::is_space;
use crate::model::FootnoteRef;
use crate::span::Span;

use super::flow::Ctx;

/// Abbreviations after which a dotted number is part of a reference, not a marker.
const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "rev", "add", "corr", "amend", "para", "paras", "art", "arts", "p", "pp", "vol", "chap",
    "sect", "sess", "op",
];

/// Running state of reference detection through a document.
#[derive(Debug, Default)]
pub struct RefState {
    /// The next marker number expected.
    pub next: u32,
    /// The last answer of [`note_on_page`]: the marker, the page, and whether a note with that
    /// marker stands on that page (asked again only when either changes).
    note_on_page: Option<(u32, usize, bool)>,
}

/// Footnote references in a piece of text (a trimmed line, or a title), in order.
pub fn find(cx: &Ctx<'_>, span: Span, state: &mut RefState) -> Vec<FootnoteRef> {
    let s = cx.slice(span);
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // From one asterisk or digit to the next.
    while let Some(k) = find_byte(b, i, digit_or_asterisk) {
        i = k;
        if b[i] == b'*' {
            if let Some(r) = asterisk(s, i, span.start) {
                out.push(r);
            }
            i += 1;
            continue;
        }
        let j = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if let Some(r) = digits(s, i, j, span.start, cx, state) {
            out.push(r);
        }
        i = j;
    }
    out
}

/// The digits and asterisks of a word of eight bytes, marked for [`find_byte`].
pub(super) fn digit_or_asterisk(word: u64) -> u64 {
    digit_bytes(word) | bytes_between(word, b'*' - 1, b'*' + 1)
}

/// True when `rest`, the text after a marker's digits, lets them be a marker: it ends the
/// line, or a space or punctuation follows.
fn marker_ends(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| is_space(c) || matches!(c, '.' | ',' | ';' | ':' | ')'))
}

/// Where the slash of an older-style marker (`1/`, `1 /` as extractors space it) ends, when
/// the text after the digits at `j` is one and a space, punctuation or the line end follows
/// (not a number: `2 / 3`).
fn slash_end(s: &str, j: usize) -> Option<usize> {
    let after = &s[j..];
    let slash = after.len() - after.trim_start_matches(is_space).len();
    if slash > 1 || after.as_bytes().get(slash) != Some(&b'/') {
        return None;
    }
    let end = j + slash + 1;
    let next = s[end..].trim_start_matches(is_space).bytes().next();
    (marker_ends(&s[end..]) && !next.is_some_and(|b| b.is_ascii_digit())).then_some(end)
}

fn defined(cx: &Ctx<'_>, marker: &str) -> bool {
    cx.defined.contains(marker)
}

fn digits(
    s: &str,
    i: usize,
    j: usize,
    base: usize,
    cx: &Ctx<'_>,
    state: &mut RefState,
) -> Option<FootnoteRef> {
    if (5..=6).contains(&(j - i)) {
        return after_year(s, i, j, base, cx, state);
    }
    if j - i > 3 || i == 0 {
        return None;
    }
    let marker = &s[i..j];
    let n: u32 = marker.parse().ok()?;
    if n == 0 {
        return None;
    }
    if let Some(end) = slash_end(s, j) {
        // The older form, after a space: `Haití 1/ y`, `Presupuesto 2 /,` (a defined note only).
        let spaced_word = s[..i].chars().next_back().is_some_and(is_space);
        if !(spaced_word && defined(cx, marker)) {
            return None;
        }
        state.next = state.next.max(n + 1);
        return Some(FootnoteRef {
            marker: marker.to_string(),
            span: Span::new(base + i, base + end),
            spaced: false,
        });
    }
    let at_end = j == s.len();
    if !marker_ends(&s[j..]) {
        return None;
    }
    let before = &s[..i];
    let p = before.chars().next_back()?;
    // A marker with a note, or one near the next in sequence (a skipped or undefined marker is
    // still a marker: A301 and A303 report it).
    let next = state.next.max(1);
    let known = defined(cx, marker) || (n >= next && n <= next + 2);
    // The next marker in sequence, with a note: what a less certain place may still hold.
    let in_sequence = || n == next && defined(cx, marker);
    let (accepted, spaced) = if is_closing(p) {
        // Glued after punctuation: `controls.1`, `”,2`.
        let word = before[..before.len() - p.len_utf8()].rsplit(is_space).next().unwrap_or("");
        // After a number or a symbol (`resolution 5/1.1`, `(A/HRC/55/48).2`) only the next
        // marker in sequence that has a note is read as a marker.
        (known && (glued_after_punct_ok(word, p) || (!is_abbreviation(word) && in_sequence())), false)
    } else if p.is_alphabetic() {
        // Glued to a word: French placement `contrôles1.`, or a misplaced English marker.
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        // The token without an elided article (`l’application2.`).
        let token = before.rsplit(is_space).next().unwrap_or("");
        let token = token.rsplit(['’', '\'']).next().unwrap_or(token);
        // A capitalized word (`United Nations1 are`) takes only the next marker in sequence
        // that has a note: `Rev1`, `Item2` are no calls.
        let mut chars = word.chars();
        let capitalized = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
        let ok = word.chars().count() >= 3
            && (word.chars().all(char::is_lowercase) || (capitalized && in_sequence()))
            && token.chars().all(char::is_alphabetic)
            && (defined(cx, marker) || n == next);
        (ok, false)
    } else if is_space(p) {
        // Spaced: `controls. 1` — only a defined marker, at a line end or before a new sentence.
        let rest = before.trim_end_matches(is_space);
        let q = rest.chars().next_back();
        let next_upper = s[j..].trim_start_matches(is_space).chars().next().is_some_and(char::is_uppercase);
        let ok = q.is_some_and(|q| {
            (at_end && matches!(q, '.' | ',' | ';' | ':' | '”' | '’' | ')')) || (next_upper && q == '.')
        }) && defined(cx, marker)
            && !reference_word_before(rest);
        let after = &s[j..];
        (
            ok || (in_sequence()
                && (spaced_before_punct(cx, rest, after)
                    || spaced_after_comma(rest, after)
                    || (spaced_after_word(before, after) && note_on_page(cx, state, n, base + i)))),
            true,
        )
    } else {
        (false, false)
    };
    if !accepted {
        return None;
    }
    state.next = state.next.max(n + 1);
    Some(FootnoteRef { marker: marker.to_string(), span: Span::new(base + i, base + j), spaced })
}

/// A marker glued to a year (French placement: `tenue … du 16 au 20 octobre 20232.`): the
/// digits after a year from 1900 to 2099 that stands alone, when they are the next marker in
/// sequence and it has a note.
fn after_year(
    s: &str,
    i: usize,
    j: usize,
    base: usize,
    cx: &Ctx<'_>,
    state: &mut RefState,
) -> Option<FootnoteRef> {
    let year: u32 = s.get(i..i + 4)?.parse().ok()?;
    let marker = s.get(i + 4..j)?;
    let n: u32 = marker.parse().ok()?;
    let alone = s[..i].chars().next_back().is_none_or(is_space);
    if !(1900..=2099).contains(&year)
        || !alone
        || !marker_ends(&s[j..])
        || n != state.next.max(1)
        || !defined(cx, marker)
    {
        return None;
    }
    state.next = n + 1;
    Some(FootnoteRef { marker: marker.to_string(), span: Span::new(base + i + 4, base + j), spaced: false })
}

/// Nouns a number follows in running text (`au titre du point 2.`), in every language.
const NUMBERED_NOUNS: &[&str] = &[
    "item",
    "items",
    "paragraph",
    "paragraphs",
    "article",
    "articles",
    "rule",
    "rules",
    "annex",
    "chapter",
    "section",
    "resolution",
    "decision",
    "recommendation",
    "point",
    "points",
    "paragraphe",
    "paragraphes",
    "alinéa",
    "annexe",
    "chapitre",
    "résolution",
    "décision",
    "règle",
    "goal",
    "goals",
    "target",
    "targets",
    "principle",
    "part",
    "phase",
    "volume",
    "objectif",
    "objectifs",
    "cible",
    "principe",
    "tema",
    "temas",
    "objetivo",
    "objetivos",
    "meta",
    "metas",
    "principio",
    "artículo",
    "párrafo",
    "anexo",
    "capítulo",
    "sección",
    "resolución",
    "decisión",
    "regla",
    "recomendación",
];

/// A marker printed with a space before the punctuation it precedes (French and Spanish place
/// the call before the punctuation: `l’état de droit 1.`, as pdftotext prints a superscript): in
/// those languages, after a word no number follows (the caller asks for the next marker in
/// sequence, with a note).
fn spaced_before_punct(cx: &Ctx<'_>, rest: &str, after: &str) -> bool {
    let word = rest.rsplit(is_space).next().unwrap_or("");
    let word = word.rsplit(['’', '\'']).next().unwrap_or(word);
    cx.lang != crate::model::Language::En
        && matches!(after.trim_end_matches(is_space), "." | "," | ";" | ":")
        && running_word(word, 2)
}

/// True when `word` is a word of running text of `min` letters or more that no number
/// follows (not `paragraph`, `item`, `tema`).
fn running_word(word: &str, min: usize) -> bool {
    word.chars().count() >= min
        && word.chars().all(char::is_alphabetic)
        && !NUMBERED_NOUNS.contains(&word.to_lowercase().as_str())
}

/// A marker printed with spaces after a comma, inside a sentence (`Cultural Rights, 2 the
/// International Convention`, as Tika prints a superscript): after a word (not a number:
/// `paragraphs 1, 2 and 3`) and before a lower-case word (the caller asks for the next marker in
/// sequence, with a note).
fn spaced_after_comma(rest: &str, after: &str) -> bool {
    let Some(head) = rest.strip_suffix(',') else { return false };
    let word = head.rsplit(is_space).next().unwrap_or("");
    running_word(word, 3) && lower_word_first(after.trim_start_matches(is_space))
}

/// A marker printed after a word with no punctuation, as Tika prints a superscript: one space
/// before it and two after, then a lower-case word (`Programme of Action 9  and the`). A bare
/// number in running text is ambiguous (`paragraph 9 and`, `the 11 Member States`): the two
/// spaces are the extractor's signature, and the word before must be one no number follows
/// (not `paragraph`, `item`, `Goal`, an article or a preposition, nor an abbreviation such as
/// `Rev`). `before` is the text
/// before the digits, `after` the text after them (the caller asks for the next marker in
/// sequence, with a note on the page).
fn spaced_after_word(before: &str, after: &str) -> bool {
    let Some(head) = before.strip_suffix(' ') else { return false };
    let word = head.rsplit(is_space).next().unwrap_or("");
    // `Programme d’action 9  et`: the word without its elided article.
    let word = word.rsplit(['’', '\'']).next().unwrap_or(word);
    let next = after.trim_start_matches(' ');
    after.len() - next.len() >= 2
        && running_word(word, 3)
        && !is_abbreviation(word)
        // `the 3  regional groups`: a number follows the article, not a superscript.
        && crate::vocab::stopword_languages(word) == 0
        && lower_word_first(next)
}

/// True when `s` begins with a word of small letters (`and the`, not `Member States`, `70/1`).
fn lower_word_first(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
        && s.split(is_space).next().is_some_and(|w| w.chars().all(char::is_alphabetic))
}

/// True when a note with marker `n` stands on the page of `at` (an offset of the text). The
/// notes are in text order, so a page's are found by two binary searches; the answer is kept
/// for the next asking, about the same marker (the next in sequence) on the same page.
fn note_on_page(cx: &Ctx<'_>, state: &mut RefState, n: u32, at: usize) -> bool {
    let page = crate::scan::page_number(&cx.scan.pages, at);
    if let Some((m, p, known)) = state.note_on_page
        && m == n
        && p == page
    {
        return known;
    }
    let notes = &cx.scan.footnotes;
    let from = notes.partition_point(|f| f.page < page);
    let to = notes.partition_point(|f| f.page <= page);
    let known = notes[from..to.max(from)].iter().any(|f| f.marker.parse::<u32>() == Ok(n));
    state.note_on_page = Some((n, page, known));
    known
}

fn is_closing(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '”' | '’' | '"' | ')' | '!' | '?')
}

/// A number glued after a full stop is a marker unless the word before is an abbreviation,
/// a symbol component (`WG.6`, `PM.1`) or a number (`3.5`).
fn glued_after_punct_ok(word: &str, p: char) -> bool {
    if word.is_empty() || word.contains('/') {
        return false;
    }
    let last = word.chars().next_back().unwrap_or(' ');
    if last.is_ascii_digit() {
        return false;
    }
    if p == '.' {
        let w = word.trim_start_matches(['(', '“', '"', '‘']);
        let lower = w.to_lowercase();
        if ABBREVIATIONS.contains(&lower.as_str()) {
            return false;
        }
        if w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase()) {
            return false;
        }
        if w.contains('.') && w.len() <= 5 {
            // `a.m.1` and other dotted abbreviations.
            return !w.chars().filter(|c| c.is_alphabetic()).all(char::is_lowercase);
        }
    }
    true
}

/// True for `Rev`, `Add`, `No` and the like, and short capital components (`WG`, `PM`).
fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '“', '"', '‘']);
    let last = w.rsplit(['/', '.']).next().unwrap_or(w);
    ABBREVIATIONS.contains(&last.to_lowercase().as_str())
        || (last.len() <= 4 && !last.is_empty() && last.chars().all(|c| c.is_ascii_uppercase()))
}

/// `(see paragraph. 3` is rare; `item 2` is the common false positive, caught by requiring
/// punctuation before the space. This also rules out `paragraph 173, 174`.
fn reference_word_before(rest: &str) -> bool {
    let w = rest.trim_end_matches(['.', ',', ';', ':']).rsplit(is_space).next().unwrap_or("");
    // A year ends a sentence (`held in 2019. 1`); it is no paragraph number.
    let year = w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y));
    w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() && !year
}

fn asterisk(s: &str, i: usize, base: usize) -> Option<FootnoteRef> {
    let before = s[..i].chars().next_back()?;
    if !(before.is_alphanumeric() || is_closing(before)) {
        return None;
    }
    if !marker_ends(&s[i + 1..]) {
        return None;
    }
    Some(FootnoteRef { marker: "*".to_string(), span: Span::new(base + i, base + i + 1), spaced: false })
}

#[cfg(test)]
mod tests {
    use super::{digit_or_asterisk, slash_end, spaced_after_word};
    use crate::bytes::find_byte;

    #[test]
    fn spaced_after_a_word_only_with_the_signature() {
        // (text before the digits, text after them) → Tika's spaced superscript after a word.
        let read = |before: &str, after: &str| spaced_after_word(before, after);
        assert!(read("the Durban Declaration and Programme of Action ", "  and the"));
        assert!(read("Sustainable Development ", "  and that the"));
        assert!(read("le Programme d’action ", "  et le"));
        // One space after: an ordinary number.
        assert!(!read("Programme of Action ", " and the"));
        // Two before, or none: not the superscript's place.
        assert!(!read("Action  ", "  and"));
        // A word a number follows, an article, an abbreviation.
        assert!(!read("as provided in paragraph ", "  and the annex"));
        assert!(!read("Sustainable Development Goal ", "  and"));
        assert!(!read("which the ", "  regional groups"));
        assert!(!read("see Rev ", "  and"));
        // Not before a lower-case word.
        assert!(!read("the ", "  Member States"));
        assert!(!read("Action ", "  And"));
        assert!(!read("resolution ", "/1"));
    }

    #[test]
    fn older_markers_end_after_their_slash() {
        // (text, the digits' end) → where the marker ends.
        let end = |s: &str, digits: &str| slash_end(s, s.find(digits).map(|i| i + digits.len())?);
        assert_eq!(end("Haití 1/ y", "1"), Some("Haití 1/".len()));
        assert_eq!(end("Presupuesto 2 /,", "2"), Some("Presupuesto 2 /".len()));
        assert_eq!(end("the Council 3/", "3"), Some("the Council 3/".len()));
        assert_eq!(end("resolution 48/246", "48"), None);
        assert_eq!(end("A 2 / 3", "2"), None);
        assert_eq!(end("2  /", "2"), None);
    }

    proptest::proptest! {
        #[test]
        fn digits_and_asterisks_found_a_word_at_a_time(text in "[\u{0}-\u{7f}é\u{80}-\u{ff}]{0,40}") {
            let b = text.as_bytes();
            let want = b.iter().position(|&c| c == b'*' || c.is_ascii_digit());
            proptest::prop_assert_eq!(find_byte(b, 0, digit_or_asterisk), want);
        }
    }
}
