//! Finding symbols in running text: where a candidate starts and ends, which whitespace inside
//! it the extractor put there, and what the classifier thinks of it.
//!
//! The scan visits only the slashes (found with `memchr`), so text without a `/` costs one
//! vectorized pass and no allocation. From each slash it takes the run of component bytes
//! around it (the *chain*), then tries to join pieces that extraction cut off across a short
//! whitespace gap, trims sentence punctuation, and hands the result to the lexer and the
//! classifier. Every byte is looked at a bounded number of times: chains, tokens and gaps
//! never overlap the part of the text already done (`cursor`).

use memchr::{memchr, memchr_iter, memmem, memrchr};

use super::classify::{Finding, classify};
use super::join::{Extent, Gap, GapKind, chain_end, is_space, is_word_char, join_left, join_right};
use super::lexer::{self, Lexed, is_component_byte};
use super::table::tables;
use super::{SymbolIssue, SymbolMatch};
use crate::span::Span;

/// Find every symbol or symbol-like candidate in `text`, in order; spans are offset by `base`.
pub fn scan(text: &str, base: usize) -> Vec<SymbolMatch> {
    let bytes = text.as_bytes();
    let Some(first) = memchr(b'/', bytes) else {
        return Vec::new();
    };
    let mut scanner = Scanner { text, bytes, base, out: Vec::new() };
    let mut cursor = 0;
    let mut token_end = 0;
    for slash in memchr_iter(b'/', &bytes[first..]).map(|i| i + first) {
        if slash < cursor {
            continue;
        }
        if slash >= token_end {
            // The whitespace-delimited word holding this slash: skip it whole if it is a URL.
            let bound = cursor.max(token_end);
            let mut start = slash;
            while start > bound && !is_space(bytes[start - 1]) {
                start -= 1;
            }
            token_end = bytes[slash..].iter().position(|&b| is_space(b)).map_or(bytes.len(), |n| slash + n);
            if memmem::find(&bytes[start..token_end], b"://").is_some() {
                cursor = token_end;
                continue;
            }
        }
        cursor = scanner.candidate(slash, cursor);
    }
    scanner.out
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    base: usize,
    out: Vec<SymbolMatch>,
}

impl Scanner<'_> {
    /// Examine the chain around `slash`; return the new cursor.
    fn candidate(&mut self, slash: usize, cursor: usize) -> usize {
        let bytes = self.bytes;
        let mut start = slash;
        while start > cursor && is_component_byte(bytes[start - 1]) {
            start -= 1;
        }
        let chain_stop = chain_end(bytes, slash);
        if self.text[..start].chars().next_back().is_some_and(is_word_char) {
            return chain_stop;
        }
        while start < slash && matches!(bytes[start], b'.' | b'-' | b'&') {
            start += 1;
        }
        let last_component = memrchr(b'/', &bytes[start..chain_stop]).map_or(start, |n| start + n + 1);
        let mut ext = Extent { start, end: chain_stop, last_component, gaps: Vec::new() };
        if start == slash {
            join_left(self.text, &mut ext, cursor);
        }
        // A symbol starts with a capital: anything else (`and/or`, `2020/21`) is done with
        // before any joining.
        if !bytes[ext.start].is_ascii_uppercase() {
            return chain_stop;
        }
        while join_right(self.text, &mut ext) {}
        let done = ext.end;

        // A final `.`, `-` or `&` belongs to the sentence (`Rev.` + digit was joined above).
        while ext.end > ext.start && matches!(bytes[ext.end - 1], b'.' | b'-' | b'&') {
            ext.end -= 1;
        }
        // Cheap test before any allocation: a digit somewhere.
        if !bytes[ext.start..ext.end].iter().any(u8::is_ascii_digit) {
            return done;
        }
        if bytes.get(ext.end) == Some(&b'*') && bytes[ext.end - 1].is_ascii_alphanumeric() {
            ext.end += 1;
        }
        let core_end = ext.end;
        let paren = lexer::paren(&self.text[ext.end..]).filter(|(inner, _)| {
            paren_allowed(inner, memmem::find(&bytes[ext.start..core_end], b"RES/").is_some())
        });
        if let Some((_, len)) = paren {
            ext.end += len;
        }
        if self.text[ext.end..].chars().next().is_some_and(is_word_char) {
            return done.max(ext.end);
        }
        self.emit(
            &ext,
            core_end,
            paren.map(|(inner, _)| inner.split_whitespace().collect::<Vec<_>>().join(" ")),
        );
        done.max(ext.end)
    }

    /// Lex and classify the candidate; push a match for each symbol in it (two for a joint
    /// symbol `E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9`).
    fn emit(&mut self, ext: &Extent, core_end: usize, paren: Option<String>) {
        let mut joined = String::with_capacity(core_end - ext.start);
        let mut at = ext.start;
        for gap in &ext.gaps {
            joined.push_str(&self.text[at..gap.start]);
            at = gap.end;
        }
        joined.push_str(&self.text[at..core_end]);

        let map = Mapper { start: ext.start, gaps: &ext.gaps };
        let Some(whole) = lexer::lex(&joined) else { return };
        // Each part is lexed once more on its own, so a chain of joints stays linear.
        let mut from = 0;
        for split in joint_splits(&whole) {
            if let Some(part) = lexer::lex(&joined[from..split]) {
                self.push(&map, &joined, from, &part, map.end(split), None);
            }
            from = split + 1;
        }
        if from == 0 {
            self.push(&map, &joined, 0, &whole, ext.end, paren);
        } else if let Some(part) = lexer::lex(&joined[from..]) {
            self.push(&map, &joined, from, &part, ext.end, paren);
        }
    }

    /// Classify one lexed symbol starting at `from` in `joined` and ending at `end` in the
    /// text; push it when it is symbol-like.
    fn push(
        &mut self,
        map: &Mapper<'_>,
        joined: &str,
        from: usize,
        lexed: &Lexed<'_>,
        end: usize,
        paren: Option<String>,
    ) {
        let start = map.pos(from);
        let spaced = |r: std::ops::Range<usize>| {
            let (a, b) = (map.pos(from + r.start), map.end(from + r.end));
            map.gaps.iter().any(|g| g.kind == GapKind::ModifierSpace && a <= g.start && g.end <= b)
        };
        let Some(findings) = classify(lexed, spaced) else { return };
        let shift = |s: usize, e: usize| Span::new(s + self.base, e + self.base);
        let mut issues = Vec::new();
        let mut fixed: Vec<(usize, usize)> = Vec::new();
        for finding in findings {
            match finding {
                Finding::Malformed { at, reason } => {
                    let (s, e) = (map.pos(from + at.start), map.end(from + at.end));
                    issues.push(SymbolIssue::Malformed { span: shift(s, e), reason });
                }
                Finding::Modifier { at, replacement } => {
                    let (s, e) = (map.pos(from + at.start), map.end(from + at.end));
                    let found = self.text[s..e].to_string();
                    let shown = found.split_whitespace().collect::<Vec<_>>().join(" ");
                    let reason = match &replacement {
                        Some(r) => {
                            fixed.push((s, e));
                            format!("modifier `{shown}` is written `{r}`")
                        }
                        None => format!("modifier `{shown}` has the number zero"),
                    };
                    issues.push(SymbolIssue::ModifierForm { span: shift(s, e), found, replacement, reason });
                }
            }
        }
        let broken: Vec<&Gap> = map
            .gaps
            .iter()
            .filter(|g| g.kind == GapKind::Broken && start <= g.start && g.end <= end)
            .filter(|g| !fixed.iter().any(|&(s, e)| s <= g.start && g.end <= e))
            .collect();
        if !broken.is_empty() {
            let mut repaired = String::with_capacity(end - start);
            let mut at = start;
            for g in &broken {
                repaired.push_str(&self.text[at..g.start]);
                at = g.end;
            }
            repaired.push_str(&self.text[at..end]);
            let line_break = broken.iter().any(|g| self.text[g.start..g.end].contains(['\n', '\r', '\x0c']));
            issues.push(SymbolIssue::Broken {
                span: shift(start, end),
                joined: repaired,
                gaps: broken.iter().map(|g| shift(g.start, g.end)).collect(),
                line_break,
            });
        }
        issues.sort_by_key(|i| (i.span().start, i.span().end));
        let core = &joined[from..from + lexed.components.last().map_or(0, |c| c.offset + c.text.len())];
        self.out.push(SymbolMatch {
            span: shift(start, end),
            text: self.text[start..end].to_string(),
            canonical: core.to_string(),
            reissued: lexed.star,
            parenthetical: paren,
            issues,
        });
    }
}

/// Maps offsets in the joined string (gaps removed) back to offsets in the text.
struct Mapper<'a> {
    start: usize,
    gaps: &'a [Gap],
}

impl Mapper<'_> {
    /// The text offset of joined byte `j`.
    fn pos(&self, j: usize) -> usize {
        let mut p = self.start + j;
        for g in self.gaps {
            if g.start <= p {
                p += g.end - g.start;
            } else {
                break;
            }
        }
        p
    }

    /// The text offset just after joined byte `j - 1` (an exclusive end).
    fn end(&self, j: usize) -> usize {
        if j == 0 { self.start } else { self.pos(j - 1) + 1 }
    }
}

/// In a joint symbol, the offsets of the `-` that start a further symbol: a component
/// `TYPE.n-X` followed by more components, where X is a capital series (`CRP.13-E/CN.15/…`).
fn joint_splits<'a>(lexed: &'a Lexed<'_>) -> impl Iterator<Item = usize> + 'a {
    let comps = &lexed.components;
    comps[..comps.len().saturating_sub(1)].iter().filter_map(|c| {
        let tail = c.rest.strip_prefix('-')?;
        let joint = c.dot
            && !c.index.is_empty()
            && c.index.bytes().all(|b| b.is_ascii_digit())
            && !tail.is_empty()
            && tail.bytes().all(|b| b.is_ascii_uppercase());
        joint.then(|| c.offset + c.text.len() - c.rest.len())
    })
}

/// True when the text of a parenthetical part after a symbol is one that belongs to it:
/// a session in Roman numerals (`III`, `S-VI`, `ES-V`), a word of the table (`Part I`), or a
/// year after a resolution symbol (`S/RES/1440 (2002)`).
pub(super) fn paren_allowed(inner: &str, resolution: bool) -> bool {
    let inner = inner.trim();
    let session = inner.strip_prefix("S-").or_else(|| inner.strip_prefix("ES-")).unwrap_or(inner);
    if lexer::is_roman(session) {
        return true;
    }
    if resolution && inner.len() == 4 && inner.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    tables().parenthetical.words.iter().any(|w| {
        inner.strip_prefix(w.as_str()).is_some_and(|r| {
            let r = r.trim_start();
            !r.is_empty() && r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ')
        })
    })
}
