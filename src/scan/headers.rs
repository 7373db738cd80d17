//! running-header with a header-title: running headers that print a title beside the
//! document symbol, as General Assembly resolutions do — `A/RES/80/10 International Day of the
//! World’s Indigenous Women and Girls` at the top of even pages, `International Day …
//! A/RES/80/10` on odd ones. The furniture is the whole line.
//!
//! A body line may begin or end with a symbol too (`A/80/150 contains the draft …`, an entry
//! `(a) A/80/123 Report of the Secretary-General`, a note `2 A/RES/70/1.`), so a line is read
//! as such a header only when everything agrees:
//! - it stands where a running header stands: just after a form feed or just before one,
//!   before the page's other furniture with only blank lines between, or after the links Tika
//!   prints at a page end (every extractor prints the header before the footer, so the first
//!   body line of a page, after the footer, is not in the place);
//! - the symbol is its first or last word and the rest a short title: a capital first, no
//!   final punctuation of a sentence or an entry, no other symbol;
//! - the same title beside the same symbol is printed on two pages or more, or it is the
//!   document's title (whole lines among the first lines of the document);
//! - the symbol is the document's (the running-header or the masthead symbol), or, repeated
//!   beside the document's title, another one: a wrong header, which A504 reports.
//!
//! `United Nations` beside a symbol is a masthead's first line (of a document printed after
//! another in the same text), never a header.

use super::{MASTHEAD_LINES, Role, looks_like_symbol, slice, words};
use crate::fold::{fold_whitespace, is_space, key};
use crate::lexer::{Line, LineKind};
use crate::model::FurnitureKind;
use crate::vocab;

/// A title beside a symbol is at most this long (a running header fits one line).
const MAX_TITLE_BYTES: usize = 200;

/// And at most this many words.
const MAX_TITLE_WORDS: usize = 30;

/// The document's title is looked for among this many first non-blank lines: it follows the
/// masthead (the title of A/RES/80/10 is its 18th), and the lines of the text further on
/// (headings, an item's title) are not the document's title.
const TITLE_LINES: usize = 40;

/// At most this many distinct titles are looked for there (each look is bounded by
/// [`TITLE_LINES`] and the title's words: the whole is linear).
const TITLE_LOOKS: usize = 8;

/// A line that may be a titled header.
struct Candidate {
    line: usize,
    /// The symbol, without a final `*`.
    symbol: String,
    /// The title, whitespace folded.
    title: String,
}

/// Mark the titled running headers among the content lines. `symbols` are the document's
/// symbols (running header, masthead) where known.
pub(super) fn mark(text: &str, lines: &[Line], roles: &mut [Role], symbols: [Option<&str>; 2]) {
    let mut candidates = Vec::new();
    let mut content = 0usize;
    let mut prev: Option<usize> = None;
    // A form feed since the previous non-blank line (that line's own included).
    let mut form_feed = false;
    for (i, l) in lines.iter().enumerate() {
        form_feed |= l.form_feed().is_some();
        if l.is_blank() {
            continue;
        }
        if roles[i] == Role::Content
            && l.kind == LineKind::Text
            && content >= MASTHEAD_LINES
            // The place first: it asks a line or two around, the text test reads words.
            && (form_feed || furniture_place(lines, roles, prev, i))
            && let Some((symbol, title)) = split(slice(text, l.text()))
            && !is_organization(title)
        {
            candidates.push(Candidate { line: i, symbol: symbol.to_string(), title: fold_whitespace(title) });
        }
        content += usize::from(roles[i] == Role::Content);
        prev = Some(i);
        form_feed = false;
    }
    if candidates.is_empty() {
        return;
    }
    // The document's first lines, for the title (read once, when a title is looked for).
    let region = &lines[..candidates[0].line];
    let first_lines = std::cell::OnceCell::new();
    let the_title = |t: &str| {
        let content: &Vec<&str> = first_lines.get_or_init(|| {
            region.iter().filter(|l| !l.is_blank()).take(TITLE_LINES).map(|l| slice(text, l.text())).collect()
        });
        is_document_title(content, t)
    };
    let is_ours = |s: &str| symbols.iter().flatten().any(|d| d.trim_end_matches('*') == s);
    // The same symbol and title together (candidates are few: sorting them is cheap).
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&candidates[a], &candidates[b]);
        (&a.symbol, &a.title, a.line).cmp(&(&b.symbol, &b.title, b.line))
    });
    let mut looks = 0usize;
    let same = |&a: &usize, &b: &usize| {
        candidates[a].symbol == candidates[b].symbol && candidates[a].title == candidates[b].title
    };
    for group in order.chunk_by(same) {
        let first = &candidates[group[0]];
        let (repeated, ours) = (group.len() >= 2, is_ours(&first.symbol));
        let accepted = if repeated && ours {
            true
        } else if (repeated || ours) && looks < TITLE_LOOKS {
            looks += 1;
            the_title(&first.title)
        } else {
            false
        };
        if accepted {
            for &k in group {
                roles[candidates[k].line] = Role::Furniture(FurnitureKind::RunningHeader);
            }
        }
    }
}

/// True when the nearest non-blank line after `i` is page furniture (a footnote separator is
/// not: it belongs to the text's page) or begins after a form feed, or the nearest before it
/// (`prev`) is a link line (Tika prints a page's links at its end, the next page's header
/// after them).
fn furniture_place(lines: &[Line], roles: &[Role], prev: Option<usize>, i: usize) -> bool {
    let furniture =
        |k: usize| matches!(roles[k], Role::Furniture(kind) if kind != FurnitureKind::FootnoteSeparator);
    // Blank lines are crossed once: from the non-blank line before them.
    let next = (i + 1..lines.len()).find(|&k| !lines[k].is_blank() || lines[k].form_feed().is_some());
    prev.is_some_and(|k| roles[k] == Role::Furniture(FurnitureKind::LinkDump))
        || next.is_some_and(|k| furniture(k) || lines[k].form_feed().is_some())
}

/// The symbol and the title of a line that begins or ends with a symbol, the rest being a
/// title. Byte tests first: most lines have no `/`.
pub(super) fn split(s: &str) -> Option<(&str, &str)> {
    let b = s.as_bytes();
    memchr::memchr(b'/', b)?;
    if b.first().is_some_and(u8::is_ascii_uppercase) {
        let end = s.find(is_space).unwrap_or(s.len());
        let symbol = &s[..end];
        if symbol.contains('/') && looks_like_symbol(symbol) && is_title(&s[end..]) {
            return Some((symbol.trim_end_matches('*'), s[end..].trim_matches(is_space)));
        }
    }
    if b.last().is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'*' | b')')) {
        let start = s.rfind(is_space).map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
        let symbol = &s[start..];
        if symbol.contains('/') && looks_like_symbol(symbol) && is_title(&s[..start]) {
            return Some((symbol.trim_end_matches('*'), s[..start].trim_matches(is_space)));
        }
    }
    None
}

/// The symbol part of a running header's text: the whole text, or the symbol a title stands
/// beside (see [`split`]). The offsets are within `s`.
pub fn symbol_range(s: &str) -> std::ops::Range<usize> {
    match split(s) {
        // `split` returns a slice of `s`.
        Some((symbol, _)) => {
            let start = symbol.as_ptr() as usize - s.as_ptr() as usize;
            start..start + symbol.len()
        }
        None => 0..s.len(),
    }
}

/// A short title: a capital first (after an opening quote), not ending as a sentence or an
/// entry does, with no other symbol in it.
fn is_title(s: &str) -> bool {
    let s = s.trim_matches(is_space);
    let first = s.trim_start_matches(['“', '«', '"', '‘']).chars().next();
    let mut ws = words(s);
    s.len() <= MAX_TITLE_BYTES
        && first.is_some_and(char::is_uppercase)
        && !s.ends_with(['.', ',', ';', ':'])
        && ws.by_ref().take(MAX_TITLE_WORDS).all(|w| !(w.contains('/') && looks_like_symbol(w)))
        && ws.next().is_none()
}

/// True when `title` is printed as whole lines among the `lines` (trimmed, not blank): from
/// the start of a line (after a number such as `80/10.` or `1.`) to the end of the same line or
/// of one a few lines on.
fn is_document_title(lines: &[&str], title: &str) -> bool {
    let want: Vec<&str> = words(title).collect();
    (0..lines.len()).any(|k| {
        let mut rest = want.as_slice();
        for (n, line) in lines[k..].iter().enumerate() {
            let mut ws = words(line).peekable();
            if n == 0 && ws.peek().is_some_and(|w| is_number_label(w)) {
                ws.next();
            }
            for w in ws {
                match rest.split_first() {
                    Some((x, tail)) if *x == w => rest = tail,
                    _ => return false,
                }
            }
            if rest.is_empty() {
                return true;
            }
        }
        false
    })
}

/// `United Nations`, `Nations Unies`: beside a symbol, the first line of a masthead (of a
/// document that follows another in the same text), not a header.
fn is_organization(title: &str) -> bool {
    let k = key(title);
    vocab::all().iter().any(|v| v.united_nations.contains(&k))
}

/// `80/10.`, `1.`: the number a resolution's or an item's title follows.
fn is_number_label(w: &str) -> bool {
    w.strip_suffix('.').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_and_title() {
        let title = "International Day of the World’s Indigenous Women and Girls";
        let even = format!("A/RES/80/10 {title}");
        let odd = format!("{title} A/RES/80/10");
        assert_eq!(split(&even), Some(("A/RES/80/10", title)));
        assert_eq!(split(&odd), Some(("A/RES/80/10", title)));
        assert_eq!(
            split("CTOC/COP/WG.6/2020/1   Provisional agenda"),
            Some(("CTOC/COP/WG.6/2020/1", "Provisional agenda"))
        );
        assert_eq!(
            split("E/2025/1* Journée internationale de la femme"),
            Some(("E/2025/1", "Journée internationale de la femme"))
        );
        // Running text, entries and notes are no titles.
        assert_eq!(split("A/80/150 contains the draft programme"), None);
        assert_eq!(split("(a) A/80/123 Report of the Secretary-General"), None);
        assert_eq!(split("2 A/RES/70/1."), None);
        assert_eq!(split("A/80/150 Report of the Secretary-General."), None);
        assert_eq!(split("See A/80/150 and A/80/151"), None);
        assert_eq!(split("A/RES/80/10"), None);
        let s = &even;
        assert_eq!(&s[symbol_range(s)], "A/RES/80/10");
        assert_eq!(&odd[symbol_range(&odd)], "A/RES/80/10");
        assert_eq!(symbol_range("A/75/1"), 0..6);
    }

    #[test]
    fn document_titles_are_whole_lines() {
        let text = "United Nations\n 80/10. International Day of the World’s\nIndigenous Women and Girls\nThe General Assembly,\n";
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        let title = |t: &str| is_document_title(&lines, t);
        assert!(title("International Day of the World’s Indigenous Women and Girls"));
        assert!(title("United Nations"));
        assert!(!title("Day of the World’s Indigenous Women and Girls"));
        assert!(!title("Indigenous Women"));
        assert!(!title("The General Assembly"));
    }

    /// The headers of a three-page resolution as each of the six extractors lays out its
    /// pages (`tika`: furniture at the start of the next page, after the links; `pdftotext`,
    /// `pdfminer` and `-layout`: the header after the form feed, the footer before it; `pypdf`
    /// and `PyMuPDF`: the header after the page's last line, before the footer).
    #[test]
    fn titled_headers_in_every_extractors_layout() {
        const SYMBOL: &str = "E/RES/2026/7";
        const TITLE: &str = "Journée internationale de la femme rurale";
        let masthead = [
            "Nations Unies",
            SYMBOL,
            "Conseil économique et social",
            "Distr. générale",
            "30 juillet 2026",
            "26-12345 (F)",
            "*2612345*",
            "Session de 2026",
            "Point 18 de l’ordre du jour",
        ];
        let title = format!("2026/7. {TITLE}");
        let body = |page: usize| {
            vec![
                format!("Le Conseil économique et social, page {page},"),
                "rappelant ses résolutions antérieures sur la question,".to_string(),
            ]
        };
        let even = format!("{SYMBOL} {TITLE}");
        let odd = format!("{TITLE} {SYMBOL}");
        let footers = ["2/3 26-12345", "26-12345 3/3"];
        // The lines between two pages' body text, from the header and the footer.
        type Layout = fn(&str, &str) -> Vec<String>;
        let shapes: [(&str, Layout); 6] = [
            ("tika", |h, f| {
                vec![
                    "https://undocs.org/fr/E/RES/2025/4".into(),
                    String::new(),
                    String::new(),
                    format!("{h} "),
                    String::new(),
                    " ".into(),
                    String::new(),
                    format!("{f} "),
                    " ".into(),
                    String::new(),
                ]
            }),
            ("pdftotext", |h, f| vec![f.into(), String::new(), format!("\u{c}{h}"), String::new()]),
            ("pdftotext-layout", |h, f| {
                // The symbol and the title apart by a wide gap.
                let wide = h
                    .replace(&format!("{SYMBOL} "), &format!("{SYMBOL}{:20}", ""))
                    .replace(&format!(" {SYMBOL}"), &format!("{:20}{SYMBOL}", ""));
                vec![f.to_string(), format!("\u{c}          {wide}")]
            }),
            ("pdfminer", |h, f| vec![format!("{f} "), format!("\u{c}{h} "), String::new()]),
            ("pypdf", |h, f| vec![format!("{h} "), format!("{f} ")]),
            ("pymupdf", |h, f| {
                let (a, b) = f.split_once(' ').unwrap_or((f, ""));
                vec![format!("{h} "), a.into(), format!("{b} ")]
            }),
        ];
        for (name, shape) in shapes {
            let mut lines: Vec<String> = masthead.iter().map(|s| s.to_string()).collect();
            lines.push(title.clone());
            for page in 1..=3 {
                lines.extend(body(page));
                if page < 3 {
                    let h = if page == 1 { &even } else { &odd };
                    lines.extend(shape(h, footers[page - 1]));
                }
            }
            let text = &lines.join("\n");
            let scan = super::super::scan(text, crate::lexer::lex(text, 0));
            let headers: Vec<&str> = scan
                .furniture
                .iter()
                .filter(|f| f.kind == FurnitureKind::RunningHeader)
                .map(|f| text[f.span.start..f.span.end].trim())
                .collect();
            assert_eq!(headers.len(), 2, "{name}: {headers:?}\n{text}");
            assert!(
                headers
                    .iter()
                    .all(|h| split(h).is_some_and(|(s, t)| s == SYMBOL && fold_whitespace(t) == TITLE)),
                "{name}: {headers:?}"
            );
        }
    }
}
