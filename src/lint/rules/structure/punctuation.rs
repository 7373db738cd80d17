//! A103, A104 and A105: how list markers are written, how list entries end, and that headings
//! end bare.
//!
//! Fixes here are safe: they rewrite a marker or a closing mark and keep every other byte. In
//! French a no-break space goes before `:` and `;`; a mark that has one keeps it, and a `:` or
//! `;` the fix adds gets one.

use crate::finding::{Applicability, Fix};
use crate::fold::is_space;
use crate::lint::{Context, Emitter, finding};
use crate::model::{AnnotationSub, Item, Language, MarkerStyle, Punct, SubItem, Text};
use crate::span::Span;

use super::entry::{expected_style, walk, write_marker};
use super::{A103, A104, A105};

/// The language, with its article: `an English`.
fn language_name(lang: Language) -> &'static str {
    match lang {
        Language::En => "an English",
        Language::Fr => "a French",
        Language::Es => "a Spanish",
    }
}

/// The language's adjective, `English`.
fn language_adjective(lang: Language) -> &'static str {
    &language_name(lang)[language_name(lang).find(' ').map_or(0, |i| i + 1)..]
}

/// A103: every sub-item marker of the list and of the annotation headings.
pub(super) fn check_marker_style(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let lang = cx.doc.language;
    let want = expected_style(lang);
    let mut one = |marker: &str, style: MarkerStyle, span: Span| {
        if style == want {
            return;
        }
        let printed = cx.text(span);
        let fixed = write_marker(marker, want);
        out.emit(
            finding(&A103, format!("sub-item marker `{printed}` in {} document", language_name(lang)), span)
                .with_primary_label(format!("expected `{fixed}`"))
                .with_help(format!(
                    "write `{fixed}`: {} documents mark sub-items `{}`",
                    language_adjective(lang),
                    write_marker("a", want)
                ))
                .with_fix(Fix::replace(Applicability::Safe, span, fixed)),
        );
    };
    let mut subs: Vec<&SubItem> = Vec::new();
    if let Some(agenda) = &cx.doc.agenda {
        for it in &agenda.items {
            walk(&it.sub_items, &mut subs);
        }
    }
    for s in subs {
        one(&s.marker, s.marker_style, s.marker_span);
    }
    let mut anns: Vec<&AnnotationSub> = Vec::new();
    for a in &cx.doc.annotations {
        walk(&a.sub_items, &mut anns);
    }
    for s in anns {
        one(&s.marker, s.marker_style, s.marker_span);
    }
}

/// Why an entry of the list must end with a given mark.
#[derive(Clone, Copy)]
enum Role {
    /// An item or sub-item that introduces sub-items: `:`.
    Introduces,
    /// A sub-item followed by another: `;`.
    Continues,
    /// The last sub-item of an item: `.`.
    Last,
    /// An item without sub-items: `.`.
    Alone,
}

impl Role {
    fn mark(self) -> char {
        match self {
            Role::Introduces => ':',
            Role::Continues => ';',
            Role::Last | Role::Alone => '.',
        }
    }
}

/// One entry of the list to check: its name in messages, title and punctuation.
struct ListEntry<'a> {
    name: String,
    title: &'a str,
    title_span: Span,
    punct: Option<&'a Punct>,
}

/// A104: the closing mark of every item and sub-item of the agenda list.
pub(super) fn check_list_punctuation(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let Some(agenda) = &cx.doc.agenda else { return };
    for it in &agenda.items {
        check_item(cx, out, it);
    }
}

fn check_item(cx: &Context<'_>, out: &mut Emitter<'_>, it: &Item) {
    let entry = ListEntry {
        name: format!("item {}", it.number),
        title: &it.title,
        title_span: it.title_span,
        punct: it.punct.as_ref(),
    };
    if it.sub_items.is_empty() {
        check_entry(cx, out, &entry, Role::Alone);
        return;
    }
    check_entry(cx, out, &entry, Role::Introduces);
    // The leaves of the item, in order: each ends `;` but the very last, which ends `.`.
    let mut leaves: Vec<(ListEntry<'_>, bool)> = Vec::new();
    collect(cx, &it.sub_items, &format!("item {}", it.number), &mut leaves);
    let n_leaves = leaves.iter().filter(|(_, leaf)| *leaf).count();
    let mut seen = 0;
    for (e, leaf) in &leaves {
        let role = if !leaf {
            Role::Introduces
        } else {
            seen += 1;
            if seen == n_leaves { Role::Last } else { Role::Continues }
        };
        check_entry(cx, out, e, role);
    }
}

/// Sub-items in list order, each with whether it is a leaf (has no sub-items of its own).
fn collect<'a>(cx: &Context<'_>, subs: &'a [SubItem], parent: &str, acc: &mut Vec<(ListEntry<'a>, bool)>) {
    for s in subs {
        let name = format!("{parent} {}", cx.text(s.marker_span));
        acc.push((
            ListEntry {
                name: name.clone(),
                title: &s.title,
                title_span: s.title_span,
                punct: s.punct.as_ref(),
            },
            s.sub_items.is_empty(),
        ));
        collect(cx, &s.sub_items, &name, acc);
    }
}

fn check_entry(cx: &Context<'_>, out: &mut Emitter<'_>, e: &ListEntry<'_>, role: Role) {
    if e.title.is_empty() || e.title_span.is_empty() {
        return;
    }
    let want = role.mark();
    let lang = cx.doc.language;
    // The mark and its span; a title that ends with a comma has the comma as its mark.
    let (have, mark_span, spaced) = match e.punct {
        Some(p) => {
            let mark = p.text.trim_start_matches(is_space);
            let Some(c) = mark.chars().next() else { return };
            let at = p.span.end - c.len_utf8();
            (Some(c), Span::new(at, p.span.end), mark.len() < p.text.len())
        }
        None => {
            let raw = cx.text(e.title_span);
            if raw.ends_with(',') {
                (Some(','), Span::new(e.title_span.end - 1, e.title_span.end), false)
            } else {
                (None, Span::empty(e.title_span.end), false)
            }
        }
    };
    if have == Some(want) {
        return;
    }
    let needs_nbsp = lang == Language::Fr && matches!(want, ':' | ';') && !spaced;
    let replacement = if needs_nbsp { format!("\u{a0}{want}") } else { want.to_string() };
    let why = match role {
        Role::Introduces => "an entry that introduces sub-items ends with `:`",
        Role::Continues => "a sub-item followed by another ends with `;`",
        Role::Last => "the last sub-item of an item ends with `.`",
        Role::Alone => "an item without sub-items ends with `.`",
    };
    let message = match have {
        Some(c) => format!("{} ends with `{c}`: {why}", e.name),
        None => format!("{} has no closing punctuation: {why}", e.name),
    };
    let span = if mark_span.is_empty() { e.title_span } else { mark_span };
    out.emit(
        finding(&A104, message, span)
            .with_primary_label(format!("expected `{want}`"))
            .with_help(format!("end {} with `{want}`", e.name))
            .with_fix(Fix::replace(Applicability::Safe, mark_span, replacement)),
    );
}

/// A105: annotation headings, `Documentation` headings and annex headings and titles.
pub(super) fn check_heading_punctuation(cx: &Context<'_>, out: &mut Emitter<'_>) {
    let doc = cx.doc;
    for a in &doc.annotations {
        if let Some(p) = &a.punct {
            heading_mark(out, &format!("annotation heading of item {}", a.number), p.span, &p.text);
        }
        for b in &a.body {
            documentation_heading(cx, out, b);
        }
        sub_headings(cx, out, &a.sub_items, &format!("item {}", a.number));
    }
    for annex in &doc.annexes {
        text_heading(cx, out, "annex heading", &annex.heading);
        if let Some(t) = &annex.title {
            text_heading(cx, out, "annex title", t);
        }
        for b in &annex.body {
            documentation_heading(cx, out, b);
        }
    }
}

fn sub_headings(cx: &Context<'_>, out: &mut Emitter<'_>, subs: &[AnnotationSub], parent: &str) {
    for s in subs {
        let name = format!("{parent} {}", cx.text(s.marker_span));
        if let Some(p) = &s.punct {
            heading_mark(out, &format!("annotation heading of {name}"), p.span, &p.text);
        }
        for b in &s.body {
            documentation_heading(cx, out, b);
        }
        sub_headings(cx, out, &s.sub_items, &name);
    }
}

fn documentation_heading(cx: &Context<'_>, out: &mut Emitter<'_>, block: &crate::model::Block) {
    if let crate::model::Block::Documentation(d) = block {
        text_heading(cx, out, "`Documentation` heading", &d.heading);
    }
}

/// A heading given as text: its final mark, if any, with the spaces before it.
fn text_heading(cx: &Context<'_>, out: &mut Emitter<'_>, what: &str, t: &Text) {
    let raw = cx.text(t.span);
    let body = raw.trim_end_matches(is_space);
    let Some(c) = body.chars().next_back().filter(|c| matches!(c, '.' | ':' | ';')) else { return };
    let mark_at = body.len() - c.len_utf8();
    let start = body[..mark_at].trim_end_matches(is_space).len();
    if start == 0 {
        return;
    }
    let span = Span::new(t.span.start + start, t.span.start + body.len());
    heading_mark(out, what, span, &raw[start..body.len()]);
}

/// Report a heading's final mark (with the spaces before it, which go with it).
fn heading_mark(out: &mut Emitter<'_>, what: &str, span: Span, text: &str) {
    let mark = text.trim_start_matches(is_space);
    out.emit(
        finding(&A105, format!("{what} ends with `{mark}`"), span)
            .with_primary_label("closing punctuation")
            .with_help(format!("remove the final `{mark}`: headings carry no closing punctuation"))
            .with_fix(Fix::replace(Applicability::Safe, span, "")),
    );
}
