//! A207: references to agenda items in running text — "agenda item 3", "under item 4",
//! "item 2 (b)", "items 2 and 3", French "point 2 b)", Spanish "tema 2 a)" — name items (and
//! sub-items) of the agenda.
//!
//! The finder reads the words of `data/vocab/*.toml` (`item_reference_words`,
//! `item_reference_joiners`, `item_line_tail`). A reference followed by "of" and anything
//! but "the (provisional) agenda" of this document ("item 4 of the agenda of its sixty-sixth
//! session", "item 2 of resolution 5/1") names an item of another document and is skipped.

use std::ops::Range;

use crate::bytes::{digit_bytes, find_byte};
use crate::fold::{is_space, key};
use crate::lint::text::lines_have_digit;
use crate::lint::{Context, Emitter, finding};
use crate::model::Language;
use crate::parser::lead::is_marker_word;
use crate::vocab::vocab;

use super::super::structure::entry::marker_in;
use super::A207;
use super::outline::Outline;

/// One item cited by a reference: its number and, when given, its sub-item marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Target {
    /// The item number.
    pub number: u32,
    /// The sub-item marker (`b` of `item 2 (b)`), and below it a sub-sub-item (`ii`).
    pub marker: Option<String>,
    /// The sub-sub-item marker.
    pub sub_marker: Option<String>,
    /// Bytes of the number and markers in the searched text.
    pub range: Range<usize>,
}

/// An item reference in running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ItemRef {
    /// The word `item` / `items` / `point` / `tema` as printed.
    pub word: Range<usize>,
    /// Every item cited, in order.
    pub targets: Vec<Target>,
}

/// Byte offset of the next non-space character at or after `at`.
fn skip_spaces(text: &str, at: usize) -> usize {
    at + (text[at..].len() - text[at..].trim_start_matches(|c: char| is_space(c) || c == '\n').len())
}

/// 1 to 3 digits at `at` that end a token: not `4.2`, `3,5`, `5/1`, `12a`.
fn number_at(text: &str, at: usize) -> Option<(u32, usize)> {
    let b = text.as_bytes();
    let len = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
    if len == 0 || len > 3 {
        return None;
    }
    let end = at + len;
    let next = b.get(end).copied();
    let after = b.get(end + 1).copied();
    let token_goes_on = match next {
        Some(c) if c.is_ascii_alphanumeric() || c == b'/' => true,
        Some(b'.' | b',') => after.is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    };
    if token_goes_on {
        return None;
    }
    Some((text[at..end].parse().ok()?, end))
}

/// A sub-item marker at `at`: `(b)`, or `b)` (French, Spanish; also accepted in English).
/// Returns the marker and the end offset.
fn marker_at(text: &str, at: usize) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let open = usize::from(b.get(at) == Some(&b'('));
    let start = at + open;
    let len = b[start.min(b.len())..].iter().take(6).take_while(|c| c.is_ascii_lowercase()).count();
    let inner = text.get(start..start + len)?;
    if len == 0 || len > 5 || b.get(start + len) != Some(&b')') || !is_marker_word(inner) {
        return None;
    }
    // `b)` must end the token: not `b)c`.
    let end = start + len + 1;
    if text[end..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some((inner.to_string(), end))
}

/// A target at `at`: a number, then up to two markers, each after at most one space.
fn target_at(text: &str, at: usize) -> Option<Target> {
    let (number, mut end) = number_at(text, at)?;
    let mut markers = Vec::new();
    while markers.len() < 2 {
        let m_at = if text[end..].starts_with(' ') { end + 1 } else { end };
        match marker_at(text, m_at) {
            Some((m, e)) => {
                markers.push(m);
                end = e;
            }
            None => break,
        }
    }
    let mut it = markers.into_iter();
    Some(Target { number, marker: it.next(), sub_marker: it.next(), range: at..end })
}

/// The joiner (`,`, `and`, `to`, a dash) after `at`, and where the next target would begin.
fn joiner_after(text: &str, lower: &str, at: usize, joiners: &[String]) -> Option<usize> {
    let rest = &text[at..];
    if let Some(r) =
        rest.strip_prefix(',').or_else(|| rest.strip_prefix('\u{2013}')).or_else(|| rest.strip_prefix('-'))
    {
        return Some(skip_spaces(text, text.len() - r.len()));
    }
    let word_at = skip_spaces(text, at);
    if word_at == at {
        return None;
    }
    let w = &lower[word_at..];
    joiners.iter().find_map(|j| {
        let after = w.strip_prefix(j.as_str())?;
        after.starts_with(' ').then(|| skip_spaces(text, text.len() - after.len()))
    })
}

/// True when the reference ending at `end` names an item of another document: it goes on with
/// "of …" and that is not "of the (provisional) agenda" of this one.
fn names_another_document(text: &str, end: usize, lang: Language) -> bool {
    let v = vocab(lang);
    let rest = &text[skip_spaces(text, end)..];
    let head: String = rest.chars().take(80).collect();
    let k = key(&head);
    let links: Vec<&str> = v.item_line_tail.iter().filter_map(|t| t.split(' ').next()).collect();
    let first_word = k.split(' ').next().unwrap_or("");
    if !links.contains(&first_word) {
        return false;
    }
    match v.item_line_tail.iter().filter(|t| k.starts_with(t.as_str())).max_by_key(|t| t.len()) {
        // "item 3 of the provisional agenda" — of this agenda unless it goes on "of …".
        Some(tail) => {
            let after = k[tail.len()..].trim_start();
            after.starts_with(char::is_alphanumeric) && links.contains(&after.split(' ').next().unwrap_or(""))
        }
        None => true,
    }
}

/// The reference words of `text` (whole words, ASCII case folded) that a number follows after
/// spaces, in order: every reference has one. Numbers are rarer than the letters of the words,
/// so the search runs from them, looking back past the spaces for the word.
fn reference_words(text: &str, words: &[String]) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(digit) = find_byte(b, from, digit_bytes) {
        from = digit + b[digit..].iter().take_while(|c| c.is_ascii_digit()).count();
        let end = text[..digit].trim_end_matches(|c: char| is_space(c) || c == '\n').len();
        if end == digit {
            continue;
        }
        let word = words.iter().find_map(|w| {
            let start = end.checked_sub(w.len())?;
            text.get(start..end).filter(|t| t.eq_ignore_ascii_case(w)).map(|_| start..end)
        });
        if let Some(word) = word
            && !text[..word.start].chars().next_back().is_some_and(char::is_alphanumeric)
        {
            out.push(word);
        }
    }
    out
}

/// Every item reference of `text`, in order.
pub(crate) fn find_item_refs(text: &str, lang: Language) -> Vec<ItemRef> {
    let v = vocab(lang);
    let starts = reference_words(text, &v.item_reference_words);
    if starts.is_empty() {
        return Vec::new();
    }
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut floor = 0;
    for word in starts {
        if word.start < floor {
            continue;
        }
        let at = skip_spaces(text, word.end);
        if at == word.end {
            continue;
        }
        let Some(first) = target_at(text, at) else { continue };
        let mut end = first.range.end;
        let mut targets = vec![first];
        while let Some(next_at) = joiner_after(text, &lower, end, &v.item_reference_joiners) {
            let Some(t) = target_at(text, next_at) else { break };
            end = t.range.end;
            targets.push(t);
        }
        floor = end;
        if names_another_document(text, end, lang) {
            continue;
        }
        out.push(ItemRef { word, targets });
    }
    out
}

/// A207: every reference in the paragraphs names an item of the agenda.
pub(super) fn check(cx: &Context<'_>, out: &mut Emitter<'_>, outline: &Outline<'_>) {
    if outline.is_empty() {
        return;
    }
    let lang = cx.doc.language;
    let source = if outline.from_list { "agenda list" } else { "annotations" };
    let last = outline.items.iter().map(|(n, _)| *n).max().unwrap_or(0);
    let text = cx.source.text();
    for p in cx.doc.paragraphs() {
        // Every reference has an item number: most paragraphs have no digit at all.
        if !lines_have_digit(text, &p.lines) {
            continue;
        }
        let joined = &cx.paragraph(p);
        for r in find_item_refs(&joined.text, lang) {
            for t in &r.targets {
                let span = joined.span(r.word.start.min(t.range.start), t.range.end);
                let span = if r.targets.len() > 1 { joined.span(t.range.start, t.range.end) } else { span };
                if p.footnote_refs.iter().any(|f| span.contains(f.span)) {
                    continue;
                }
                let printed = &joined.text[t.range.clone()];
                let Some(item) = outline.item(t.number) else {
                    let mut f = finding(
                        &A207,
                        format!("reference to item {}, which is not on the agenda", t.number),
                        span,
                    )
                    .with_primary_label("reference")
                    .with_help(format!("correct the item number: the agenda has items 1 to {last}"));
                    if let Some(src) = outline.source {
                        f = f.with_label(source, src);
                    }
                    out.emit(f);
                    continue;
                };
                let Some(m) = &t.marker else { continue };
                let sub = t.sub_marker.as_deref().unwrap_or("");
                if outline.sub(t.number, m, sub).is_none() {
                    let what = if sub.is_empty() {
                        format!("sub-item {}", marker_in(m, lang))
                    } else {
                        format!("sub-item {} {}", marker_in(m, lang), marker_in(sub, lang))
                    };
                    out.emit(
                        finding(
                            &A207,
                            format!("reference to item `{printed}`, but item {} has no {what}", t.number),
                            span,
                        )
                        .with_primary_label("reference")
                        .with_label(format!("item {} in the {source}", t.number), item.span)
                        .with_help("correct the sub-item of the reference"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The references of `text` as `number[marker[sub]]` strings.
    fn refs(text: &str, lang: Language) -> Vec<String> {
        find_item_refs(text, lang)
            .iter()
            .flat_map(|r| r.targets.iter())
            .map(|t| {
                format!(
                    "{}{}{}",
                    t.number,
                    t.marker.as_deref().map(|m| format!("({m})")).unwrap_or_default(),
                    t.sub_marker.as_deref().map(|m| format!("({m})")).unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn english_references() {
        let cases: &[(&str, &[&str])] = &[
            ("While agenda item 2 was adopted, comments were made on agenda item 3.", &["2", "3"]),
            ("As no issues to be raised under item 4 have come to the attention", &["4"]),
            ("consideration of item 2 (b), and of Item 5(a)(ii) later", &["2(b)", "5(a)(ii)"]),
            ("under items 2 and 3, and items 4, 5 and 7", &["2", "3", "4", "5", "7"]),
            ("under items 4 to 6", &["4", "6"]),
            ("The background paper prepared for consideration of item 3 addresses", &["3"]),
            ("Item 2 of the provisional agenda", &["2"]),
            // Items of other documents, and numbers that are not item numbers.
            ("under item 4 of the agenda of its sixty-sixth session", &[]),
            ("item 2 of resolution 5/1", &[]),
            ("item 4.2 of the programme; item 3,5", &[]),
            ("items of business; itemized; agenda item", &[]),
            ("under item 3 (see annex)", &["3"]),
        ];
        for (text, want) in cases {
            assert_eq!(refs(text, Language::En), *want, "{text}");
        }
    }

    #[test]
    fn french_and_spanish_references() {
        assert_eq!(refs("au titre du point 2 b) de l’ordre du jour", Language::Fr), ["2(b)"]);
        assert_eq!(refs("les points 3 et 4, et le point 6", Language::Fr), ["3", "4", "6"]);
        assert_eq!(refs("en relación con el tema 2 a) del programa", Language::Es), ["2(a)"]);
        assert_eq!(refs("los temas 2 a 4", Language::Es), ["2", "4"]);
        assert_eq!(refs("le point de vue; un point 5/1", Language::Fr), Vec::<String>::new());
    }

    #[test]
    fn reference_ranges_cover_number_and_markers() {
        let text = "under item 2 (b) today";
        let r = &find_item_refs(text, Language::En)[0];
        assert_eq!(&text[r.word.clone()], "item");
        assert_eq!(&text[r.targets[0].range.clone()], "2 (b)");
    }
}
