//! A609's second half: numbers dropped by a font without a usable encoding, which leave no
//! replacement character behind, only the words around them: `du  au  octobre 2023` for "du 16
//! au 20 octobre 2023", `a las horas`. A month name (from `data/calendar.toml`, through
//! [`crate::datetime::month_name`]) or an hour word directly after a phrase that needs a number
//! between them and it (`data/hygiene/lost-numbers.toml`), or a month name right after a
//! weekday name (`Tuesday,  March`), is reported, once per line. The words
//! of each text line come from the shared pass, with their key hashes: a month name or an hour
//! word costs one probe of a small set.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;
use serde::Deserialize;

use crate::datetime::{Weekday, month_name};
use crate::lint::finding;
use crate::model::Language;
use crate::span::Span;

use super::Sink;
use super::pass::{RawLine, is_hspace};
use super::tokens::{Token, hash_word};

const LOST_NUMBERS_TOML: &str = include_str!("../../../../data/hygiene/lost-numbers.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Phrases {
    month_after: Vec<String>,
    hour_words: Vec<String>,
    hour_after: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    en: Phrases,
    fr: Phrases,
    es: Phrases,
}

/// The phrases of one language, split into lower-case words; the key hashes of its month
/// names and of its hour words.
struct Slots {
    month_after: Vec<Vec<String>>,
    hour_after: Vec<Vec<String>>,
    months: FxHashSet<u64>,
    hours: FxHashSet<u64>,
    /// Hour words written with full stops, lower case (they span several words), and the key
    /// hashes of their first words.
    dotted: Vec<String>,
    dotted_starts: FxHashSet<u64>,
    /// Bit `h % 1024` is set for the hash `h` of every month name and hour word.
    mask: [u64; 16],
    /// Weekday names, lower case: a weekday right before a month lost its day (`mardi  mars`).
    weekdays: Vec<String>,
}

static SLOTS: LazyLock<[Slots; 3]> = LazyLock::new(|| {
    let file: File = toml::from_str(LOST_NUMBERS_TOML)
        .expect("invariant: data/hygiene/lost-numbers.toml is valid (tested)");
    let split = |v: &[String]| -> Vec<Vec<String>> {
        v.iter().map(|p| p.split_whitespace().map(str::to_lowercase).collect()).collect()
    };
    let slots = |p: Phrases, lang: Language| {
        let lower: Vec<String> = p.hour_words.iter().map(|w| w.to_lowercase()).collect();
        let mut slots = Slots {
            month_after: split(&p.month_after),
            hour_after: split(&p.hour_after),
            months: (1..=12).filter_map(|m| month_name(m, lang)).filter_map(hash_word).collect(),
            hours: lower.iter().filter(|w| !w.contains('.')).filter_map(|w| hash_word(w)).collect(),
            dotted_starts: lower
                .iter()
                .filter(|w| w.contains('.'))
                .filter_map(|w| hash_word(w.split('.').next().unwrap_or(w)))
                .collect(),
            dotted: lower.into_iter().filter(|w| w.contains('.')).collect(),
            mask: [0; 16],
            weekdays: Weekday::ALL.iter().map(|d| d.name_in(lang).to_lowercase()).collect(),
        };
        for &h in [&slots.months, &slots.hours, &slots.dotted_starts].into_iter().flatten() {
            let (word, bit) = mask_bit(h);
            slots.mask[word] |= bit;
        }
        slots
    };
    [slots(file.en, Language::En), slots(file.fr, Language::Fr), slots(file.es, Language::Es)]
});

fn slots(lang: Language) -> &'static Slots {
    &SLOTS[match lang {
        Language::En => 0,
        Language::Fr => 1,
        Language::Es => 2,
    }]
}

/// The word of [`Slots::mask`] and the bit there that stand for the key hash `h`.
fn mask_bit(h: u64) -> (usize, u64) {
    ((h >> 6) as usize & 15, 1 << (h & 63))
}

/// Case-insensitive equality of a word as written with a lower-case key, without allocating.
fn same(word: &str, key: &str) -> bool {
    if word.is_ascii() {
        return word.eq_ignore_ascii_case(key);
    }
    word.chars().flat_map(char::to_lowercase).eq(key.chars())
}

/// Check one line, given its words.
pub fn line(text: &str, line: &RawLine, words: &[Token], lang: Language, sink: &mut Sink<'_, '_>) {
    if !line.is_prose() {
        return;
    }
    let slots = slots(lang);
    for t in words {
        // Most words are none of these: one bit of a small mask rules them out.
        let (word, bit) = mask_bit(t.hash);
        if slots.mask[word] & bit == 0 {
            continue;
        }
        let (phrases, end) = if slots.months.contains(&t.hash) {
            (&slots.month_after, t.end)
        } else if slots.hours.contains(&t.hash) && !text[t.end..].starts_with('.') {
            (&slots.hour_after, t.end)
        } else if slots.dotted_starts.contains(&t.hash) {
            let rest = &text[t.start..line.content.end];
            match slots.dotted.iter().find(|d| rest.get(..d.len()).is_some_and(|r| r.eq_ignore_ascii_case(d)))
            {
                Some(d) => (&slots.hour_after, t.start + d.len()),
                None => continue,
            }
        } else {
            continue;
        };
        // A day number after the month (`March 17, 2020`): nothing was lost.
        let next = text[end..line.content.end].trim_start_matches(is_hspace);
        let digits = next.bytes().take_while(u8::is_ascii_digit).count();
        if std::ptr::eq(phrases, &slots.month_after) && (1..=2).contains(&digits) {
            continue;
        }
        let before = words_before(&text[line.content.start..t.start], 3);
        let after_weekday = std::ptr::eq(phrases, &slots.month_after)
            && before
                .first()
                .is_some_and(|&(_, w)| slots.weekdays.iter().any(|d| same(w.trim_end_matches(','), d)));
        if after_weekday {
            report(text, Span::new(line.content.start + before[0].0, end), sink);
            return;
        }
        for phrase in phrases {
            let n = phrase.len();
            if n > before.len() {
                continue;
            }
            // `before` runs backwards from the month: its first `n` words, reversed, are the phrase.
            if before[..n].iter().rev().zip(phrase).all(|(&(_, w), p)| same(w, p)) {
                report(text, Span::new(line.content.start + before[n - 1].0, end), sink);
                return;
            }
        }
    }
}

fn report(text: &str, span: Span, sink: &mut Sink<'_, '_>) {
    let shown = &text[span.start..span.end];
    sink.emit(
        finding(&super::A609, format!("a number is missing in `{shown}`: lost in extraction"), span)
            .with_help("re-extract the document with another extractor, or retype the number from the PDF"),
    );
}

/// Up to `n` whitespace-separated words at the end of `s` (one line), last first, with their
/// offsets; a dash glued before the month (`–October`) counts as a word of its own.
fn words_before(s: &str, n: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::with_capacity(n);
    let mut end = s.len();
    if let Some(c) = s.chars().next_back().filter(|&c| c == '–' || c == '-') {
        let at = end - c.len_utf8();
        if s[..at].chars().next_back().is_none_or(is_hspace) {
            out.push((at, &s[at..end]));
            end = at;
        }
    }
    while out.len() < n {
        let trimmed = s[..end].trim_end_matches(is_hspace);
        if trimmed.is_empty() {
            break;
        }
        let from =
            trimmed.char_indices().rev().find(|&(_, c)| is_hspace(c)).map_or(0, |(i, c)| i + c.len_utf8());
        out.push((from, &trimmed[from..]));
        end = from;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_is_valid() {
        for lang in Language::ALL {
            let s = slots(lang);
            assert_eq!(s.months.len(), 12, "{lang:?}");
            assert!(!s.month_after.is_empty());
            assert!(!s.hours.is_empty() || !s.dotted.is_empty());
        }
        assert_eq!(words_before("du  au  ", 3), vec![(4, "au"), (0, "du")]);
        assert_eq!(words_before("Vienna, –", 3), vec![(8, "–"), (0, "Vienna,")]);
        assert!(same("Octobre", "octobre"));
        assert!(same("ÉTÉ", "été"));
        assert!(!same("octobres", "octobre"));
    }
}
