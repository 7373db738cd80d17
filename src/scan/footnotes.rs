//! footnote-block: the lines after a `__________________` separator, up to the end of the
//! page, read into footnote definitions (footnote-def), each introduced by a footnote-marker.
//!
//! Extractors print a definition in one of three shapes: the marker and its text on one line
//! (` 1  CTOC/COP/WG.6/2018/4, recommendation 6.`, Tika and pypdf); the marker alone on a line
//! with its text on the next (PyMuPDF, `pdftotext -layout`); or all the markers first and then
//! all the texts (pdftotext). A marker held back waits for the next text line that begins a
//! note; a text line that does not begin one continues the previous note.

use std::collections::VecDeque;

use super::Role;
use crate::fold::{fold_whitespace, is_space, push_folded};
use crate::lexer::Line;
use crate::model::FurnitureKind;
use crate::span::Span;

/// A footnote definition as the front end found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawFootnote {
    /// `1` or `*`.
    pub marker: String,
    /// Where the marker is.
    pub marker_span: Span,
    /// The text, lines joined with one space.
    pub text: String,
    /// The definition from marker to the end of its text.
    pub span: Span,
    /// 1-based page.
    pub page: usize,
}

/// Read every footnote block, marking its lines as footnote lines. A block that ends at a
/// line beginning with the stray space of a new page adds that page start to `starts`.
pub(super) fn collect(
    text: &str,
    lines: &[Line],
    roles: &mut [Role],
    starts: &mut Vec<usize>,
    double_spaced: bool,
    out: &mut Vec<RawFootnote>,
) {
    let mut last_number: Option<u32> = None;
    let n = lines.len();
    // Page starts found here, in order; merged into `starts` at the end (an insertion each
    // into `starts` moved all the later ones: quadratic over a document of many such pages).
    // None of them can change the page end of a later block: the scan resumes at each.
    let mut found = Vec::new();
    let mut i = 0;
    while i < n {
        if roles[i] != Role::Furniture(FurnitureKind::FootnoteSeparator) {
            i += 1;
            continue;
        }
        let next_page = starts.partition_point(|&s| s <= i);
        let end = starts.get(next_page).copied().unwrap_or(n);
        let stop = block(text, lines, roles, i + 1, end, end == n, double_spaced, &mut last_number, out);
        if stop < end && stop < n && double_spaced && lines[stop].indent == 1 && roles[stop] == Role::Content
        {
            found.push(stop);
        }
        i = stop.max(i + 1);
    }
    if !found.is_empty() {
        starts.extend(found);
        starts.sort_unstable();
    }
    // The texts grew a line at a time: give back what they reserved ahead.
    for note in out.iter_mut() {
        note.text.shrink_to_fit();
    }
}

/// Read one block from line `from` to `end` (exclusive); returns where scanning resumes.
#[allow(clippy::too_many_arguments)]
fn block(
    text: &str,
    lines: &[Line],
    roles: &mut [Role],
    from: usize,
    end: usize,
    open_ended: bool,
    double_spaced: bool,
    last_number: &mut Option<u32>,
    out: &mut Vec<RawFootnote>,
) -> usize {
    let mut stop = end;
    if let Some(k) = (from..end).find(|&k| roles[k] == Role::Furniture(FurnitureKind::FootnoteSeparator)) {
        stop = k;
    }
    let content: Vec<usize> = (from..stop).filter(|&k| roles[k] == Role::Content).collect();
    // Text lines not yet read, to know when held-back markers must take the next line.
    let mut texts_left =
        content.iter().filter(|&&k| bare_marker(line_str(text, &lines[k]), None).is_none()).count();
    let first_new = out.len();
    let mut pending: VecDeque<(String, Span)> = VecDeque::new();
    // The lines added to the last note after its first: where each began in its text and the
    // note's span before it.
    let mut added: Vec<(usize, Span, Span)> = Vec::new();
    for &j in &content {
        let l = &lines[j];
        let s = line_str(text, l);
        if let Some(marker) = bare_marker(s, *last_number) {
            note_number(&marker, last_number);
            pending.push_back((marker, l.text()));
            roles[j] = Role::Footnote;
            continue;
        }
        texts_left = texts_left.saturating_sub(1);
        if let Some((marker, marker_len, body_at)) = inline_marker(s, *last_number) {
            note_number(marker, last_number);
            let m = Span::new(l.text().start, l.text().start + marker_len);
            let body = Span::new(l.text().start + body_at, l.text().end);
            out.push(start_note(text, marker.to_string(), m, body));
            added.clear();
            roles[j] = Role::Footnote;
            continue;
        }
        let have_note = out.len() > first_new;
        let last_open = have_note && out.last().is_some_and(|f| !ends_note(&f.text));
        // The stray space of Tika's page start after a finished note: the page went on.
        if double_spaced && have_note && !last_open && pending.is_empty() && l.indent == 1 {
            return j;
        }
        let must_start = pending.len() > texts_left;
        if let Some((marker, m)) = pending.pop_front_if(|_| !last_open || must_start) {
            out.push(start_note(text, marker, m, l.text()));
            added.clear();
            roles[j] = Role::Footnote;
        } else if have_note && (!open_ended || last_open) {
            let f = out.last_mut().expect("invariant: checked non-empty");
            added.push((f.text.len(), f.span, l.text()));
            f.span = f.span.cover(l.text());
            f.text.push(' ');
            push_folded(&mut f.text, s);
            roles[j] = Role::Footnote;
        } else {
            // Not a footnote line: the block ended before the page did.
            return j;
        }
    }
    if out.len() > first_new {
        marker_after_text(&mut pending, &added, out);
    }
    stop.max(from)
}

/// pdfminer prints the marker of a page's last note after the note's text: the marker left
/// waiting at the end of the block, when it is the next number, takes the lines of the note
/// before from the last one that begins a sentence after a line ending that note
/// (`… paras. 263 and 264.` ⏎ `Ibid., … chap. V.` ⏎ `2`).
fn marker_after_text(
    pending: &mut VecDeque<(String, Span)>,
    added: &[(usize, Span, Span)],
    out: &mut Vec<RawFootnote>,
) {
    let Some(last) = out.last_mut() else { return };
    let next = last.marker.parse::<u32>().ok().map(|n| (n + 1).to_string());
    if pending.len() != 1 || pending.front().map(|(m, _)| m) != next.as_ref() {
        return;
    }
    let begins = |&(at, _, _): &(usize, Span, Span)| {
        ends_note(&last.text[..at]) && last.text[at..].trim_start().starts_with(char::is_uppercase)
    };
    let Some(k) = added.iter().rposition(begins) else { return };
    let (at, before, first) = added[k];
    let (marker, m) = pending.pop_front().expect("invariant: one marker waits");
    let body = first.cover(added.last().map_or(first, |a| a.2));
    let note = RawFootnote {
        marker,
        marker_span: m,
        text: last.text[at..].trim_start().to_string(),
        span: body.cover(m),
        page: 0,
    };
    last.text.truncate(at);
    last.span = before;
    out.push(note);
}

fn line_str<'t>(text: &'t str, l: &Line) -> &'t str {
    &text[l.text().start..l.text().end]
}

fn start_note(text: &str, marker: String, marker_span: Span, body: Span) -> RawFootnote {
    RawFootnote {
        marker,
        marker_span,
        text: fold_whitespace(&text[body.start..body.end]),
        span: marker_span.cover(body),
        page: 0,
    }
}

/// A note's text usually ends a sentence; one that does not continues on the next line.
fn ends_note(s: &str) -> bool {
    s.trim_end().ends_with(['.', ')', ']', '”', '"', '’', '!', '?'])
}

fn note_number(marker: &str, last: &mut Option<u32>) {
    if let Ok(n) = marker.parse::<u32>() {
        *last = Some(n);
    }
}

fn plausible(n: u32, last: Option<u32>) -> bool {
    match last {
        None => n <= 20,
        Some(p) => n == 1 || (n > p && n <= p + 3),
    }
}

/// The number of the note that line `s` begins (`1  text`), when it can follow note `last`.
pub(super) fn begins_note(s: &str, last: Option<u32>) -> Option<u32> {
    let (marker, _, _) = inline_marker(s, last)?;
    marker.parse().ok()
}

/// `1`, `23`, `1/` or `*` alone on a line.
fn bare_marker(s: &str, last: Option<u32>) -> Option<String> {
    if !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b == b'*') {
        return Some(s.to_string());
    }
    let s = s.strip_suffix('/').unwrap_or(s);
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = s.parse().ok()?;
    (last.is_none() || plausible(n, last)).then(|| s.to_string())
}

/// `1  text`, `1/ text` or `* text`: the marker (without the slash of the older form), the
/// length of what marks it and where the text begins.
fn inline_marker(s: &str, last: Option<u32>) -> Option<(&str, usize, usize)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, numeric) =
        if digits == 0 { (s.bytes().take_while(|&b| b == b'*').count(), false) } else { (digits, true) };
    if digits == 0 || digits > 3 {
        return None;
    }
    let marker_len = if numeric && s.as_bytes().get(digits) == Some(&b'/') { digits + 1 } else { digits };
    let rest = &s[marker_len..];
    let body = rest.trim_start_matches(is_space);
    if body.len() == rest.len() || body.is_empty() {
        return None;
    }
    if numeric {
        let n: u32 = s[..digits].parse().ok()?;
        // A year or a quantity at the start of a continuation line is not a marker.
        let first = body.chars().next()?;
        if !plausible(n, last) || first.is_lowercase() {
            return None;
        }
    }
    Some((&s[..digits], marker_len, s.len() - body.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(bare_marker("1", None).as_deref(), Some("1"));
        assert_eq!(bare_marker("*", Some(3)).as_deref(), Some("*"));
        assert_eq!(bare_marker("9", Some(2)), None);
        assert_eq!(inline_marker("1  CTOC/COP/WG.6/2018/4, recommendation 6.", None).map(|m| m.2), Some(3));
        assert_eq!(inline_marker("2 A/CONF.234/PM.1, paragraph 173.", Some(1)).map(|m| m.0), Some("2"));
        assert_eq!(inline_marker("2018 reports were", Some(1)), None);
        assert_eq!(inline_marker("3 and more", Some(2)), None);
        // The older form, `1/`: the marker is the number, its span takes the slash.
        assert_eq!(bare_marker("2/", Some(1)).as_deref(), Some("2"));
        assert_eq!(inline_marker("1/ A/48/803.", None), Some(("1", 2, 3)));
        assert_eq!(inline_marker("12/ See A/C.5/48/SR.59.", Some(11)), Some(("12", 3, 4)));
        assert_eq!(inline_marker("9/2 of the Conference", Some(8)), None);
    }
}
