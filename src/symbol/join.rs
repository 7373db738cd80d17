//! Gluing back what PDF extraction cut apart: the whitespace gaps a symbol may hold
//! (`A/CONF.234/1/Rev.` ⏎ `1`, `CTOC/COP/WG.6/2020 /2`, `A` ⏎ `/76/100*`, `A/C.6/7 5 /1`),
//! and the rules that tell such a gap from the space between a symbol and the next word.
//!
//! Each rule needs a sign that the symbol is not finished: a final slash, a next piece that
//! starts with a slash, a dotted head without its number, or a digit fragment followed by a
//! slash. A symbol followed by a word (`A/75/1 and`) is never glued.

use memchr::memrchr;

use super::lexer::is_component_byte;
use super::table::tables;

/// Longest whitespace run that may sit inside a broken symbol: blank lines and the
/// indentation of a `-layout` extract, not a page of empty lines.
const MAX_GAP: usize = 120;
/// Most line breaks inside one gap (a doubled blank line, as some extractors leave).
const MAX_GAP_LINES: usize = 4;
/// Longest digit fragment glued back when cut on both sides (`A/C.6/7 5 /1`).
const MAX_FRAGMENT: usize = 5;
/// Most gaps joined into one candidate. A real symbol is cut in one to three places; the cap
/// keeps the gap bookkeeping constant per candidate on hostile input (` /1 /1 /1 …`).
const MAX_GAPS: usize = 6;

/// Why whitespace inside a symbol was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GapKind {
    /// The extractor cut the symbol (A502).
    Broken,
    /// A space typed between a modifier and its number, `Rev. 1` (A503).
    ModifierSpace,
}

/// Whitespace inside a candidate, in offsets of the scanned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap {
    /// First whitespace byte.
    pub start: usize,
    /// One past the last whitespace byte.
    pub end: usize,
    /// Why it was removed.
    pub kind: GapKind,
}

/// A candidate symbol: its bytes and the gaps inside them.
#[derive(Debug)]
pub struct Extent {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Start of the last component (just after the last slash).
    pub last_component: usize,
    /// The whitespace runs inside, in order.
    pub gaps: Vec<Gap>,
}

/// ASCII whitespace, form feed (a page break) included.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A byte of a component or a slash between components.
fn is_chain_byte(b: u8) -> bool {
    is_component_byte(b) || b == b'/'
}

/// True when `c` would make a symbol part of a longer word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The whitespace run starting at `at`: its end and whether it holds a line break. `None`
/// when there is none, or it is too long to sit inside a symbol.
fn gap_after(bytes: &[u8], at: usize) -> Option<(usize, bool)> {
    let mut i = at;
    let mut lines = 0;
    while i < bytes.len() && is_space(bytes[i]) {
        lines += usize::from(matches!(bytes[i], b'\n' | 0x0c));
        i += 1;
        if i - at > MAX_GAP || lines > MAX_GAP_LINES {
            return None;
        }
    }
    (i > at).then(|| (i, lines > 0 || bytes[at..i].contains(&b'\r')))
}

/// The whitespace run ending at `at`, not reaching before `bound`: its start.
fn gap_before(bytes: &[u8], at: usize, bound: usize) -> Option<usize> {
    let mut i = at;
    let mut lines = 0;
    while i > bound && is_space(bytes[i - 1]) {
        i -= 1;
        lines += usize::from(matches!(bytes[i], b'\n' | 0x0c));
        if at - i > MAX_GAP || lines > MAX_GAP_LINES {
            return None;
        }
    }
    (i < at).then_some(i)
}

/// The end of the run of component bytes and slashes starting at `from`.
pub fn chain_end(bytes: &[u8], from: usize) -> usize {
    bytes[from..].iter().position(|&b| !is_chain_byte(b)).map_or(bytes.len(), |n| from + n)
}

/// `A` ⏎ `/76/100*`: glue a series word to a chain that starts with a slash.
pub fn join_left(text: &str, ext: &mut Extent, bound: usize) {
    let bytes = text.as_bytes();
    if !bytes.get(ext.start + 1).is_some_and(u8::is_ascii_alphanumeric) {
        return;
    }
    let Some(gap_start) = gap_before(bytes, ext.start, bound) else {
        return;
    };
    let mut word = gap_start;
    while word > bound && is_component_byte(bytes[word - 1]) {
        word -= 1;
    }
    if word == gap_start
        || !tables().series_heads.contains(&text[word..gap_start])
        || text[..word].chars().next_back().is_some_and(is_word_char)
    {
        return;
    }
    ext.gaps.insert(0, Gap { start: gap_start, end: ext.start, kind: GapKind::Broken });
    ext.start = word;
}

/// Glue the next piece after a whitespace gap when the symbol plainly goes on there.
pub fn join_right(text: &str, ext: &mut Extent) -> bool {
    let bytes = text.as_bytes();
    if ext.gaps.len() + 2 > MAX_GAPS {
        return false;
    }
    let Some((gap_end, line_break)) = gap_after(bytes, ext.end) else {
        return false;
    };
    let piece_end = chain_end(bytes, gap_end);
    let Some(&lead) = bytes[gap_end..piece_end].first() else {
        return false;
    };
    let t = tables();
    let last = &text[ext.last_component..ext.end];
    let mut gaps = [Some(Gap { start: ext.end, end: gap_end, kind: GapKind::Broken }), None];
    let mut new_end = piece_end;
    let joined = if last.is_empty() {
        // `…/2020/` ⏎ `2`: a symbol never ends with a slash.
        lead.is_ascii_digit() || lead.is_ascii_uppercase()
    } else if lead == b'/' {
        // `…/2020 /2`: no word of a sentence starts with a slash.
        bytes.get(gap_end + 1).is_some_and(u8::is_ascii_alphanumeric)
    } else if lead.is_ascii_digit() {
        let head = last.strip_suffix('.').unwrap_or(last);
        let modifier = t.modifier(head).is_some_and(|(_, m)| m.numbered);
        if modifier && !line_break {
            // `Rev. 1`, `Rev 1`: typed that way, a modifier-form matter.
            gaps[0] = gaps[0].map(|g| Gap { kind: GapKind::ModifierSpace, ..g });
        }
        if last.ends_with('.') && head.bytes().all(|b| b.is_ascii_alphabetic()) {
            // `Rev.` ⏎ `1`, `CONF.` ⏎ `234`: a dotted head waits for its number.
            modifier || t.takes_dot(head)
        } else if modifier && !line_break {
            true
        } else {
            // `A/C.6/7 5 /1`: a digit fragment cut off on both sides.
            let fragment = &bytes[gap_end..piece_end];
            let fits = fragment.len() <= MAX_FRAGMENT && fragment.iter().all(u8::is_ascii_digit);
            match gap_after(bytes, piece_end).filter(|_| fits) {
                Some((slash, _))
                    if bytes.get(slash) == Some(&b'/')
                        && bytes.get(slash + 1).is_some_and(u8::is_ascii_alphanumeric) =>
                {
                    gaps[1] = Some(Gap { start: piece_end, end: slash, kind: GapKind::Broken });
                    new_end = chain_end(bytes, slash);
                    true
                }
                _ => false,
            }
        }
    } else {
        false
    };
    if !joined {
        return false;
    }
    ext.gaps.extend(gaps.into_iter().flatten());
    if let Some(n) = memrchr(b'/', &bytes[gap_end..new_end]) {
        ext.last_component = gap_end + n + 1;
    }
    ext.end = new_end;
    true
}
