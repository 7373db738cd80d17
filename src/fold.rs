//! Folding text for comparison: whitespace, quotes, dashes, case and final punctuation.
//!
//! Output text keeps the characters of the input; folding is only for keys that decide whether
//! two pieces of text say the same (a list title and its annotation heading), and for matching
//! headings against the vocabularies.

/// True for the whitespace characters PDF extractors leave: ASCII space and tab, no-break
/// space, narrow no-break space, thin space and the other Unicode spaces, form feed, CR.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\r' | '\u{c}' | '\u{a0}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// `s` without leading and trailing [`is_space`] characters.
pub fn trim(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// Byte offsets of `trim(s)` inside `s`. ASCII ends are decided from the bytes; characters
/// only when an end is not ASCII (it may be a space of another kind).
pub fn trim_range(s: &str) -> (usize, usize) {
    let b = s.as_bytes();
    let ascii_space = |c: u8| matches!(c, b' ' | b'\t' | b'\r' | b'\x0c');
    let start = b.iter().position(|&c| !ascii_space(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|&c| !ascii_space(c)).map_or(start, |i| i + 1);
    if b.get(start).is_some_and(|&c| c >= 0x80) || (end > start && b[end - 1] >= 0x80) {
        let start = s.len() - s.trim_start_matches(is_space).len();
        let end = s.trim_end_matches(is_space).len();
        return (start, end.max(start));
    }
    (start, end)
}

/// Join whitespace runs (line breaks included) into one ASCII space and trim.
pub fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_folded(&mut out, s);
    out
}

/// [`fold_whitespace`] of a string of one's own: kept as it is when folding would not change
/// it (most titles), not copied.
pub fn fold_whitespace_owned(s: String) -> String {
    if single_spaced(&s) { s } else { fold_whitespace(&s) }
}

/// Append [`fold_whitespace`] of `s` to `out` (no string of its own for it).
pub fn push_folded(out: &mut String, s: &str) {
    if single_spaced(s) {
        out.push_str(s);
    } else {
        push_words(out, s);
    }
}

/// Append the words of `s`, one ASCII space between them.
fn push_words(out: &mut String, s: &str) {
    let mut first = true;
    for word in s.split(|c| is_space(c) || c == '\n').filter(|w| !w.is_empty()) {
        if !first {
            out.push(' ');
        }
        out.push_str(word);
        first = false;
    }
}

/// Like [`fold_whitespace`] for text that runs over several lines: a line that ends with a
/// hyphen after a letter joins the next without a space (`sixty-` ⏎ `sixth` is `sixty-sixth`;
/// a hyphen that only split a word stays, for the hyphenation rule to report).
pub fn fold_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    let mut newline = false;
    for c in s.chars() {
        if is_space(c) || c == '\n' {
            pending = !out.is_empty();
            newline |= c == '\n';
        } else {
            if pending && !(newline && ends_with_hyphen(&out)) {
                out.push(' ');
            }
            pending = false;
            newline = false;
            out.push(c);
        }
    }
    out
}

/// True when `s` ends with a hyphen that follows a letter.
pub fn ends_with_hyphen(s: &str) -> bool {
    let mut it = s.chars().rev();
    it.next() == Some('-') && it.next().is_some_and(char::is_alphabetic)
}

/// A comparison key: whitespace folded, lower case, typographic quotes, apostrophes and dashes
/// made ASCII, final `. : ;` and spaces dropped.
pub fn key(s: &str) -> String {
    fold_key(s, true)
}

/// [`key`] with case kept, for comparisons where capitalization matters (a list title and its
/// annotation heading).
pub fn key_cased(s: &str) -> String {
    fold_key(s, false)
}

/// The start of `s` that its [`key`] keeps but for case, up to `limit` bytes: printable ASCII
/// but the backquote, words apart by single spaces, from the first byte of `s` to the last
/// letter or digit (empty when `s` begins otherwise, with whitespace say). The key of `s`
/// begins with it in lower case, so a lookup can often be settled from the text alone.
pub fn plain_head(s: &str, limit: usize) -> &str {
    let b = &s.as_bytes()[..s.len().min(limit)];
    let odd = |c: u8| !matches!(c, b' '..=b'~') || c == b'`';
    // Most texts are plain throughout: one vectorized pass tells.
    let plain_to = if !b.starts_with(b" ") && single_spaces_only(b, odd) {
        b.len()
    } else {
        let cut = |i: usize| odd(b[i]) || (b[i] == b' ' && (i == 0 || b[i - 1] == b' '));
        (0..b.len()).find(|&i| cut(i)).unwrap_or(b.len())
    };
    let end = b[..plain_to].iter().rposition(u8::is_ascii_alphanumeric).map_or(0, |i| i + 1);
    &s[..end]
}

/// True when the [`key`] of `s` begins with `prefix` (a key), settled from the plain head of
/// `s` when that is as long as the prefix or differs from it; else the key is built.
pub fn key_begins_with(s: &str, prefix: &str) -> bool {
    let s = s.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let head = plain_head(s, prefix.len() + 1).as_bytes();
    let n = head.len().min(prefix.len());
    if !head[..n].eq_ignore_ascii_case(&prefix.as_bytes()[..n]) {
        return false;
    }
    head.len() >= prefix.len() || key(s).starts_with(prefix)
}

/// True when the [`key`] of a text is its [`plain_head`] in lower case: what follows the head
/// (`rest`) is only whitespace and the final punctuation keys drop.
pub fn only_final_marks(rest: &str) -> bool {
    rest.bytes().all(|b| matches!(b, b'.' | b':' | b';' | b',' | b' ' | b'\t' | b'\r' | b'\n' | b'\x0c'))
}

fn fold_key(s: &str, lower: bool) -> String {
    let mut k = KeyBuilder { out: String::with_capacity(s.len()), pending: false, lower };
    k.push(s);
    let len = k.key().len();
    let mut out = k.out;
    out.truncate(len);
    out
}

/// A [`key`] built from consecutive pieces of a text: the key of everything pushed so far is
/// the key of the pieces written together, at the cost of the new piece only (a title that
/// grows a line at a time is not folded again from its start).
#[derive(Debug, Clone, Default)]
pub struct KeyBuilder {
    out: String,
    pending: bool,
    lower: bool,
}

impl KeyBuilder {
    /// An empty key; `lower` folds case (as [`key`]), else case is kept (as [`key_cased`]).
    pub fn new(lower: bool) -> Self {
        KeyBuilder { out: String::new(), pending: false, lower }
    }

    /// The key of the text pushed so far.
    pub fn key(&self) -> &str {
        self.out.trim_end_matches(['.', ':', ';', ' ', ','])
    }

    /// Add the text that follows what was pushed so far.
    pub fn push(&mut self, s: &str) {
        let KeyBuilder { out, pending, lower } = self;
        let lower = *lower;
        out.reserve(s.len());
        let mut rest = s;
        while !rest.is_empty() {
            // ASCII runs, the bulk of any text, copied a span at a time.
            let ascii =
                if rest.is_ascii() { rest.len() } else { rest.bytes().take_while(u8::is_ascii).count() };
            push_ascii(out, &rest[..ascii], pending, lower);
            rest = &rest[ascii..];
            let Some(c) = rest.chars().next() else { break };
            rest = &rest[c.len_utf8()..];
            let c = match c {
                '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' => '\'',
                '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                '\u{fb00}'..='\u{fb06}' => {
                    push_ligature(out, c, pending);
                    continue;
                }
                '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{feff}' => continue,
                c => c,
            };
            if is_space(c) {
                *pending = !out.is_empty();
                continue;
            }
            if *pending {
                out.push(' ');
                *pending = false;
            }
            if lower {
                out.extend(c.to_lowercase());
            } else {
                out.push(c);
            }
        }
    }
}

/// Add a run of ASCII text to a key: spans whose words are parted by single spaces are copied
/// as they are; other whitespace runs become one pending space.
fn push_ascii(out: &mut String, run: &str, pending: &mut bool, lower: bool) {
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c');
    let bytes = run.as_bytes();
    let at = out.len();
    // The common case: words apart by single spaces, nothing to replace. The run is copied
    // whole, but for a space at either end.
    if plain_run(bytes) {
        let inner = run.strip_prefix(' ').unwrap_or(run);
        if inner.len() < run.len() {
            *pending = !out.is_empty();
        }
        let (inner, trailing) = inner.strip_suffix(' ').map_or((inner, false), |i| (i, true));
        push_span(out, inner, pending);
        if lower {
            out[at..].make_ascii_lowercase();
        }
        if trailing {
            *pending = !out.is_empty();
        }
        return;
    }
    // Start of the span not yet copied; it starts at a non-space byte.
    let mut from = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !is_space(b) || (b == b' ' && i > from && bytes.get(i + 1).is_some_and(|&n| !is_space(n))) {
            i += 1;
            continue;
        }
        push_span(out, &run[from..i], pending);
        *pending = !out.is_empty();
        while bytes.get(i).is_some_and(|&b| is_space(b)) {
            i += 1;
        }
        from = i;
    }
    push_span(out, &run[from..], pending);
    if lower {
        out[at..].make_ascii_lowercase();
    }
    if run.contains('`') {
        let tail = out.split_off(at);
        out.push_str(&tail.replace('`', "'"));
    }
}

/// True when an ASCII run holds no whitespace but single spaces, no control character and no
/// backquote: its key is its text in lower case.
fn plain_run(b: &[u8]) -> bool {
    single_spaces_only(b, |c| c < b' ' || c == b'`')
}

/// True when `s` holds no whitespace but single ASCII spaces between words, which
/// [`fold_whitespace`] keeps as they are. The only bytes that begin a Unicode space of
/// [`is_space`] are 0xC2, 0xE2 and 0xE3 (a text with one of them, or with any control
/// character, is folded to find out).
fn single_spaced(s: &str) -> bool {
    let odd = |c: u8| c < b' ' || matches!(c, 0xc2 | 0xe2 | 0xe3);
    single_spaces_only(s.as_bytes(), odd) && !s.starts_with(' ') && !s.ends_with(' ')
}

/// True when `b` holds no two spaces in a row and no byte that `odd` picks. One pass without
/// an early exit, which the compiler vectorizes: most texts tested are short lines, where
/// setting up a search for each kind of byte costs more than the search.
fn single_spaces_only(b: &[u8], odd: impl Fn(u8) -> bool) -> bool {
    let any_odd = b.iter().fold(false, |acc, &c| acc | odd(c));
    let pairs = b.iter().zip(b.iter().skip(1));
    let doubled = pairs.fold(false, |acc, (&x, &y)| acc | ((x == b' ') & (y == b' ')));
    !(any_odd | doubled)
}

/// Add text without leading or trailing whitespace to a key, after the pending space.
fn push_span(out: &mut String, span: &str, pending: &mut bool) {
    if span.is_empty() {
        return;
    }
    if *pending {
        out.push(' ');
        *pending = false;
    }
    out.push_str(span);
}

fn push_ligature(out: &mut String, c: char, pending: &mut bool) {
    if *pending {
        out.push(' ');
        *pending = false;
    }
    out.push_str(ligature(c).unwrap_or(""));
}

/// The letters of a Latin ligature code point (U+FB00–FB06).
pub fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{fb00}' => "ff",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        '\u{fb03}' => "ffi",
        '\u{fb04}' => "ffl",
        '\u{fb05}' | '\u{fb06}' => "st",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_heads_begin_the_keys() {
        let cases = [
            ("Agenda item", "Agenda item"),
            ("Item 1. Opening", "Item 1. Opening"),
            ("Adoption of the agenda:", "Adoption of the agenda"),
            ("ab  cd", "ab"),
            ("ab\tcd", "ab"),
            ("l’ordre", "l"),
            ("(a) x`y", "(a) x"),
            (" abc", ""),
            ("...", ""),
        ];
        for (s, want) in cases {
            let head = plain_head(s, usize::MAX);
            assert_eq!(head, want, "{s:?}");
            assert!(key(s).starts_with(&head.to_ascii_lowercase()), "{s:?}");
            if only_final_marks(&s[head.len()..]) {
                assert_eq!(key(s), head.to_ascii_lowercase(), "{s:?}");
            }
        }
        assert_eq!(plain_head("Agenda item", 4), "Agen");
    }

    #[test]
    fn single_spaced_text_is_what_folding_leaves_alone() {
        let texts = [
            "",
            "a",
            "Adoption of the agenda",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\u{a0}b",
            "l’ordre",
            "a b c",
            "x\ny",
        ];
        for s in texts {
            if single_spaced(s) {
                assert_eq!(fold_whitespace(s), s, "{s:?}");
            }
        }
        assert!(single_spaced("Adoption of the agenda") && single_spaced(""));
        assert!(
            !single_spaced(" a")
                && !single_spaced("a ")
                && !single_spaced("a  b")
                && !single_spaced("a\u{a0}b")
        );
    }

    #[test]
    fn trim_range_like_any_text() {
        for s in ["", " ", "\t a b \r", "\u{a0}x\u{3000}", " é ", "x\u{2009} ", "\u{c}\u{c}", "a"] {
            let start = s.len() - s.trim_start_matches(is_space).len();
            let end = s.trim_end_matches(is_space).len().max(start);
            assert_eq!(trim_range(s), (start, end), "{s:?}");
        }
    }

    #[test]
    fn a_key_built_in_pieces_is_the_key_of_the_whole() {
        let text = "Oﬃce – “Vienna”:\n\n  Adoption of the  agenda;  ";
        for cut in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for lower in [true, false] {
                let mut k = KeyBuilder::new(lower);
                k.push(&text[..cut]);
                k.push(&text[cut..]);
                assert_eq!(k.key(), fold_key(text, lower), "cut at {cut}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn plain_heads_fold_to_the_start_of_the_key(text in "[aB1` \t.:;(\u{a0}\u{2019}]{0,16}", limit in 0usize..20) {
            let head = plain_head(&text, limit).to_ascii_lowercase();
            let k = key(&text);
            proptest::prop_assert!(k.starts_with(&head), "{:?} {:?}", k, head);
            if limit >= text.len() && only_final_marks(&text[head.len()..]) {
                proptest::prop_assert_eq!(&k, &head);
            }
            for prefix in ["a", "ab", "b1 a", "a.", "a (", "\u{2019}"] {
                proptest::prop_assert_eq!(key_begins_with(&text, prefix), k.starts_with(prefix));
            }
        }

        #[test]
        fn ascii_spans_fold_like_one_byte_at_a_time(text in "[aB` \t\n.]{0,24}", pending: bool, lower: bool) {
            // The byte-at-a-time definition that `push_ascii` copies spans of.
            let (mut want, mut want_pending) = (String::from("x"), pending);
            for b in text.bytes() {
                if matches!(b, b' ' | b'\t' | b'\n') {
                    want_pending = true;
                    continue;
                }
                if std::mem::take(&mut want_pending) {
                    want.push(' ');
                }
                let b = if b == b'`' { b'\'' } else if lower { b.to_ascii_lowercase() } else { b };
                want.push(char::from(b));
            }
            let (mut got, mut got_pending) = (String::from("x"), pending);
            push_ascii(&mut got, &text, &mut got_pending, lower);
            proptest::prop_assert_eq!((got, got_pending), (want, want_pending));
        }
    }

    #[test]
    fn keys_fold_what_extraction_and_typing_vary() {
        let cases = [
            ("Organizational matters:", "organizational matters"),
            (
                "  Adoption of the\n\nagenda  and organization of work; ",
                "adoption of the agenda and organization of work",
            ),
            ("Projet d’organisation des travaux", "projet d'organisation des travaux"),
            ("Oﬃce – “Vienna”", "office - \"vienna\""),
            ("Other\u{a0}matters.", "other matters"),
        ];
        for (input, want) in cases {
            assert_eq!(key(input), want, "{input:?}");
        }
        assert_eq!(key_cased(" Other  Matters;"), "Other Matters");
    }

    #[test]
    fn whitespace_folding_and_trimming() {
        assert_eq!(fold_whitespace("  a \n\n b\u{a0}\tc  "), "a b c");
        assert_eq!(fold_lines("on its sixty-\n\nsixth session"), "on its sixty-sixth session");
        assert_eq!(fold_lines("a - b\nc"), "a - b c");
        assert_eq!(trim("\u{a0} x \u{c}"), "x");
        assert_eq!(trim_range("  ab "), (2, 4));
        assert_eq!(trim_range("   "), (3, 3));
    }
}
