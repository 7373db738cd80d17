//! The calendar vocabulary of `data/calendar.toml`, parsed once and indexed for look-ups that
//! do not allocate (words are lower-cased into a stack buffer).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::model::Language;

use super::calendar::Weekday;
use super::scan::Leads;

/// The data file, compiled in.
const CALENDAR_TOML: &str = include_str!("../../data/calendar.toml");

/// Longest word looked up: longer words are no calendar word.
pub(crate) const MAX_WORD_CHARS: usize = 24;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    en: LangFile,
    fr: LangFile,
    es: LangFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LangFile {
    dates: DatesFile,
    times: TimesFile,
    counts: CountsFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DatesFile {
    weekdays: Vec<String>,
    weekday_abbreviations: Vec<Vec<String>>,
    months: Vec<String>,
    month_abbreviations: Vec<Vec<String>>,
    abbreviation_dot: DotRule,
    aliases: BTreeMap<String, String>,
    lower_case_names: bool,
    day_suffixes: Vec<String>,
    first_day_suffix: String,
    month_link: String,
    year_link: String,
    weekday_comma: CommaRule,
    month_first: bool,
    clause_comma: bool,
    pair_words: Vec<String>,
    range_words: Vec<String>,
    range_dash: String,
    intro_connectors: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimesFile {
    am: String,
    pm: String,
    am_variants: Vec<String>,
    pm_variants: Vec<String>,
    hour_words: Vec<String>,
    hour_only_after: Vec<String>,
    minutes_after_unit: bool,
    noon: Vec<String>,
    midnight: Vec<String>,
    noon_replaces_12: bool,
    whole: String,
    with_minutes: String,
    bare_whole: String,
    bare_with_minutes: String,
    range_words: Vec<String>,
    range_intros: Vec<String>,
    range_dash: String,
    intro_connectors: BTreeMap<String, String>,
    shared_meridiem: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountsFile {
    numbers: BTreeMap<String, u32>,
    meeting_nouns: Vec<String>,
    meeting_adjectives: Vec<String>,
    day_links: Vec<String>,
    day_nouns: Vec<String>,
}

/// Whether an abbreviated name needs its full stop to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum DotRule {
    Optional,
    Required,
}

/// What follows a weekday before the day number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum CommaRule {
    /// `Tuesday, 17 March`.
    Required,
    /// `mardi 17 mars`.
    Forbidden,
    /// Either.
    Optional,
}

/// How a calendar name was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameForm {
    /// The full name, in any case.
    Full,
    /// A listed short form.
    Abbreviation,
    /// A listed misspelling.
    Alias,
}

/// What a lower-cased word can name (a Spanish `mar.` is both Tuesday and March).
#[derive(Debug, Clone, Copy, Default)]
struct NameEntry {
    weekday: Option<(Weekday, NameForm)>,
    month: Option<(u32, NameForm)>,
}

/// Date vocabulary of one language.
pub(crate) struct DateVocab {
    pub weekdays: Vec<String>,
    pub months: Vec<String>,
    names: FxHashMap<Box<[u8]>, NameEntry>,
    pub abbreviation_dot_required: bool,
    pub lower_case_names: bool,
    /// Longest first, so that the first match is the longest.
    pub day_suffixes: Vec<String>,
    pub first_day_suffix: String,
    pub month_link: String,
    pub year_link: String,
    pub weekday_comma: CommaRule,
    pub month_first: bool,
    pub clause_comma: bool,
    pub pair_words: Vec<String>,
    pub range_words: Vec<String>,
    pub range_dash: String,
    /// Lower-case introducing word → the word that joins the ends after it.
    pub intro_connectors: BTreeMap<String, String>,
    /// What a day number goes on with in a date: a suffix, a connector (a dash or a word), a
    /// month link or a month name.
    pub after_day: Leads,
}

/// Time vocabulary of one language.
pub(crate) struct TimeVocab {
    pub am: String,
    pub pm: String,
    pub am_variants: Vec<String>,
    pub pm_variants: Vec<String>,
    pub hour_words: Vec<String>,
    pub hour_only_after: Vec<String>,
    pub minutes_after_unit: bool,
    pub noon: Vec<String>,
    pub midnight: Vec<String>,
    pub noon_replaces_12: bool,
    pub whole: String,
    pub with_minutes: String,
    pub bare_whole: String,
    pub bare_with_minutes: String,
    pub range_words: Vec<String>,
    pub range_intros: Vec<String>,
    pub range_dash: String,
    /// Lower-case introducing word → the word that joins the ends after it.
    pub intro_connectors: BTreeMap<String, String>,
    pub shared_meridiem: bool,
    /// What an hour (with its minutes) goes on with in a time: a unit, a dash or a range word.
    pub after_hour: Leads,
}

/// Meeting-count vocabulary of one language.
pub(crate) struct CountVocab {
    numbers: FxHashMap<Box<[u8]>, u32>,
    /// A searcher for each meeting noun (its needle is the noun), longest first; built once.
    pub meeting_nouns: Vec<memchr::memmem::Finder<'static>>,
    pub meeting_adjectives: Vec<String>,
    pub day_links: Vec<String>,
    pub day_nouns: Vec<String>,
}

/// Everything `data/calendar.toml` says about one language.
pub(crate) struct LangVocab {
    pub dates: DateVocab,
    pub times: TimeVocab,
    pub counts: CountVocab,
    /// Weekday names (shortcut to `dates.weekdays`).
    pub weekdays: Vec<String>,
    /// Month names (shortcut to `dates.months`).
    pub months: Vec<String>,
}

struct Vocabularies {
    en: LangVocab,
    fr: LangVocab,
    es: LangVocab,
}

static VOCAB: LazyLock<Vocabularies> = LazyLock::new(|| {
    let file: CalendarFile =
        toml::from_str(CALENDAR_TOML).expect("invariant: data/calendar.toml is valid (tested)");
    Vocabularies { en: build(file.en), fr: build(file.fr), es: build(file.es) }
});

/// The vocabulary of `lang`.
pub(crate) fn vocab(lang: Language) -> &'static LangVocab {
    match lang {
        Language::En => &VOCAB.en,
        Language::Fr => &VOCAB.fr,
        Language::Es => &VOCAB.es,
    }
}

/// Longest phrase first, so that alternatives can be tried in order.
fn longest_first(mut v: Vec<String>) -> Vec<String> {
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v
}

fn lower_keys(map: BTreeMap<String, String>) -> BTreeMap<String, String> {
    map.into_iter().map(|(k, v)| (k.to_lowercase(), v)).collect()
}

fn build(file: LangFile) -> LangVocab {
    let d = file.dates;
    assert!(
        d.weekdays.len() == 7 && d.weekday_abbreviations.len() == 7,
        "invariant: data/calendar.toml lists 7 weekdays"
    );
    assert!(
        d.months.len() == 12 && d.month_abbreviations.len() == 12,
        "invariant: data/calendar.toml lists 12 months"
    );
    let mut names: FxHashMap<Box<[u8]>, NameEntry> = FxHashMap::default();
    let mut add = |word: &str, f: &dyn Fn(&mut NameEntry)| {
        let key: Box<[u8]> = word.to_lowercase().into_bytes().into();
        f(names.entry(key).or_default());
    };
    for (i, (name, abbreviations)) in d.weekdays.iter().zip(&d.weekday_abbreviations).enumerate() {
        let w = Weekday::from_index(i);
        add(name, &|e| e.weekday = Some((w, NameForm::Full)));
        for a in abbreviations {
            add(a, &|e| e.weekday = e.weekday.or(Some((w, NameForm::Abbreviation))));
        }
    }
    for (i, (name, abbreviations)) in d.months.iter().zip(&d.month_abbreviations).enumerate() {
        let m = i as u32 + 1;
        add(name, &|e| e.month = Some((m, NameForm::Full)));
        for a in abbreviations {
            add(a, &|e| e.month = e.month.or(Some((m, NameForm::Abbreviation))));
        }
    }
    for (alias, canonical) in &d.aliases {
        let canonical = canonical.to_lowercase();
        let target = names.get(canonical.as_bytes()).copied().unwrap_or_default();
        let entry = NameEntry {
            weekday: target.weekday.map(|(w, _)| (w, NameForm::Alias)),
            month: target.month.map(|(m, _)| (m, NameForm::Alias)),
        };
        assert!(
            entry.weekday.is_some() || entry.month.is_some(),
            "invariant: every alias in data/calendar.toml names a weekday or month"
        );
        names.insert(alias.to_lowercase().into_bytes().into(), entry);
    }
    let t = file.times;
    let c = file.counts;
    let months =
        names.iter().filter(|(_, e)| e.month.is_some()).map(|(k, _)| std::str::from_utf8(k).unwrap_or(""));
    let month_link = Some(d.month_link.as_str()).filter(|l| !l.is_empty());
    let after_day = Leads::of(
        [&d.day_suffixes, &d.pair_words, &d.range_words]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(month_link)
            .chain(months)
            .chain(["-"]),
    );
    let after_hour = Leads::of(
        [&t.am_variants, &t.pm_variants, &t.hour_words, &t.noon, &t.range_words]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(["-"]),
    );
    let dates = DateVocab {
        weekdays: d.weekdays.clone(),
        months: d.months.clone(),
        names,
        abbreviation_dot_required: d.abbreviation_dot == DotRule::Required,
        lower_case_names: d.lower_case_names,
        day_suffixes: longest_first(d.day_suffixes),
        first_day_suffix: d.first_day_suffix,
        month_link: d.month_link,
        year_link: d.year_link,
        weekday_comma: d.weekday_comma,
        month_first: d.month_first,
        clause_comma: d.clause_comma,
        pair_words: longest_first(d.pair_words),
        range_words: longest_first(d.range_words),
        range_dash: d.range_dash,
        intro_connectors: lower_keys(d.intro_connectors),
        after_day,
    };
    let times = TimeVocab {
        am: t.am,
        pm: t.pm,
        am_variants: longest_first(t.am_variants),
        pm_variants: longest_first(t.pm_variants),
        hour_words: longest_first(t.hour_words),
        hour_only_after: t.hour_only_after,
        minutes_after_unit: t.minutes_after_unit,
        noon: t.noon,
        midnight: t.midnight,
        noon_replaces_12: t.noon_replaces_12,
        whole: t.whole,
        with_minutes: t.with_minutes,
        bare_whole: t.bare_whole,
        bare_with_minutes: t.bare_with_minutes,
        range_words: longest_first(t.range_words),
        range_intros: longest_first(t.range_intros),
        range_dash: t.range_dash,
        intro_connectors: lower_keys(t.intro_connectors),
        shared_meridiem: t.shared_meridiem,
        after_hour,
    };
    let counts = CountVocab {
        numbers: c.numbers.into_iter().map(|(k, v)| (k.to_lowercase().into_bytes().into(), v)).collect(),
        meeting_nouns: longest_first(c.meeting_nouns)
            .iter()
            .map(|n| memchr::memmem::Finder::new(n.as_bytes()).into_owned())
            .collect(),
        meeting_adjectives: longest_first(c.meeting_adjectives),
        day_links: longest_first(c.day_links),
        day_nouns: longest_first(c.day_nouns),
    };
    LangVocab { weekdays: d.weekdays, months: d.months, dates, times, counts }
}

/// Run `f` on the bytes of `word` lower-cased in a stack buffer (UTF-8, unchecked again);
/// `None` for a word too long to be a calendar word.
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let mut buf = [0u8; MAX_WORD_CHARS * 4];
    if word.len() > buf.len() {
        return None;
    }
    // Most words are ASCII: lower-case them byte by byte.
    if word.is_ascii() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        return Some(f(b));
    }
    let mut len = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let n = c.len_utf8();
        if len + n > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[len..]);
        len += n;
    }
    Some(f(&buf[..len]))
}

/// The joining word required after the word that ends just before `pos` (skipping a gap), when
/// that word introduces a range: `from` → `to`.
pub(crate) fn intro_connector<'v>(
    text: &str,
    pos: usize,
    connectors: &'v BTreeMap<String, String>,
) -> Option<&'v str> {
    if connectors.is_empty() {
        return None;
    }
    let w = super::scan::word_ending_at(text, super::scan::gap_start_before(text, pos))?;
    with_lower(&text[w], |w| std::str::from_utf8(w).ok().and_then(|w| connectors.get(w)).map(String::as_str))
        .flatten()
}

impl DateVocab {
    /// The weekday `word` names, in any case.
    pub fn weekday_word(&self, word: &str) -> Option<(Weekday, NameForm)> {
        with_lower(word, |w| self.names.get(w).and_then(|e| e.weekday)).flatten()
    }

    /// The month (1–12) `word` names, in any case.
    pub fn month_word(&self, word: &str) -> Option<(u32, NameForm)> {
        with_lower(word, |w| self.names.get(w).and_then(|e| e.month)).flatten()
    }
}

impl CountVocab {
    /// The value of a number word, in any case.
    pub fn number_word(&self, word: &str) -> Option<u32> {
        with_lower(word, |w| self.numbers.get(w).copied()).flatten()
    }
}
