//! Vocabularies per language, read from `data/vocab/{en,fr,es}.toml`: document titles, section
//! headings, table headers, the `(continued)` tag and masthead words.
//!
//! Headings are matched on [`crate::fold::key`]s, so case, whitespace, curly apostrophes and
//! final punctuation do not matter. The files are compiled in and parsed once.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::fold::{key, only_final_marks, plain_head};
use crate::model::{DocumentKind, Language};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TitleEntry {
    text: String,
    kind: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVocab {
    title: Vec<TitleEntry>,
    title_prefixes: Vec<String>,
    list_heading: Vec<String>,
    annotations_heading: Vec<String>,
    documentation_heading: Vec<String>,
    annex_heading: Vec<String>,
    organization_of_work: Vec<String>,
    table_header: Vec<String>,
    continued: Vec<String>,
    original: String,
    distribution: Vec<String>,
    united_nations: Vec<String>,
    item_line_words: Vec<String>,
    item_line_tail: Vec<String>,
    item_reference_words: Vec<String>,
    item_reference_joiners: Vec<String>,
    reference_nouns: Vec<String>,
    reference_nouns_bare: Vec<String>,
    reference_proper_names: Vec<String>,
    opening_words: Vec<String>,
    stopwords: Vec<String>,
}

/// A masthead label (`Distr.`, `Original`), found in a line as printed or in the capitals of
/// older documents (`ORIGINAL: ENGLISH`), by searchers built once.
#[derive(Debug)]
pub struct Label {
    printed: memchr::memmem::Finder<'static>,
    capitals: Option<memchr::memmem::Finder<'static>>,
}

impl Label {
    /// The label as the vocabulary gives it; its final dots are not looked for (`Distr:`).
    fn new(label: &str) -> Self {
        let label = label.trim_end_matches('.');
        let capitals = label.to_uppercase();
        Label {
            printed: memchr::memmem::Finder::new(label).into_owned(),
            capitals: (capitals != label).then(|| memchr::memmem::Finder::new(&capitals).into_owned()),
        }
    }

    /// Where the label first stands in `s` as printed, else in capitals, and its length there.
    pub fn find(&self, s: &str) -> Option<(usize, usize)> {
        let found = |f: &memchr::memmem::Finder<'_>| f.find(s.as_bytes()).map(|at| (at, f.needle().len()));
        found(&self.printed).or_else(|| self.capitals.as_ref().and_then(found))
    }
}

/// The vocabulary of one language.
#[derive(Debug)]
pub struct Vocab {
    /// Its language.
    pub language: Language,
    /// Title prefixes (keys) that begin a longer title line.
    pub title_prefixes: Vec<String>,
    /// `(continued)` forms as printed.
    pub continued: Vec<String>,
    /// Table header cells (keys).
    pub table_header: Vec<String>,
    /// The word of `Original: English`.
    pub original: Label,
    /// `Distr.` forms.
    pub distribution: Vec<Label>,
    /// `United Nations` forms (keys).
    pub united_nations: Vec<String>,
    /// `Item`, `Point`, `Tema` (keys).
    pub item_line_words: Vec<String>,
    /// `of the provisional agenda` (keys).
    pub item_line_tail: Vec<String>,
    /// Words introducing item references in running text (keys).
    pub item_reference_words: Vec<String>,
    /// Words joining the numbers of a multiple item reference, `and`, `to` (keys).
    pub item_reference_joiners: Vec<String>,
    /// Reference words written in lower case in running text, `agenda item`, `annex` (keys).
    pub reference_nouns: Vec<String>,
    /// Those of [`Vocab::reference_nouns`] checked even without a number after them (keys).
    pub reference_nouns_bare: Vec<String>,
    /// Names after which a reference word keeps its capital, `Charter` (as printed).
    pub reference_proper_names: Vec<String>,
    /// Words of the sentence giving the opening date and time, `opened` (keys).
    pub opening_words: Vec<String>,
    /// Annex heading words (keys).
    pub annex_words: Vec<String>,
    /// Frequent words of the language, for detecting it.
    pub stopwords: Vec<String>,
}

/// A heading recognized by the vocabularies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    /// The document title, and what kind of document it announces.
    Title(DocumentKind),
    /// The heading of the agenda list.
    List,
    /// The heading of the annotations.
    Annotations,
    /// A `Documentation` heading.
    Documentation,
    /// The title of an organization-of-work annex.
    OrganizationOfWork,
}

struct Tables {
    vocabs: Vec<Vocab>,
    /// key → every (heading, language) it can mean.
    headings: rustc_hash::FxHashMap<String, Vec<(Heading, Language)>>,
    /// Byte lengths a heading line can have, with room for spacing and punctuation around it.
    shortest_heading: usize,
    longest_heading: usize,
    /// The ASCII bytes a heading key can start with (lower case): most body lines start with
    /// another letter, and need no key.
    heading_starts: [bool; 128],
    /// The keys by their first four bytes: a text whose key begins with four bytes known from
    /// the text itself (see [`key_head`]) needs no key unless they are among them, and then
    /// only when one of those keys begins with its [`plain_head`].
    heading_heads: rustc_hash::FxHashMap<[u8; 4], Vec<String>>,
    /// The byte length of the longest title prefix.
    longest_title_prefix: usize,
}

static TABLES: LazyLock<Tables> = LazyLock::new(build);

fn raw(lang: Language) -> RawVocab {
    let text = match lang {
        Language::En => include_str!("../data/vocab/en.toml"),
        Language::Fr => include_str!("../data/vocab/fr.toml"),
        Language::Es => include_str!("../data/vocab/es.toml"),
    };
    toml::from_str(text).expect("invariant: the vocabulary files are checked by the test suite")
}

fn kind_of(name: &str) -> DocumentKind {
    match name {
        "annotated" => DocumentKind::Annotated,
        "plain" => DocumentKind::Plain,
        "annotations-only" => DocumentKind::AnnotationsOnly,
        _ => DocumentKind::Unknown,
    }
}

fn build() -> Tables {
    let mut headings: rustc_hash::FxHashMap<String, Vec<(Heading, Language)>> = Default::default();
    let mut vocabs = Vec::new();
    for lang in Language::ALL {
        let r = raw(lang);
        let mut add = |text: &str, h: Heading| headings.entry(key(text)).or_default().push((h, lang));
        for t in &r.title {
            add(&t.text, Heading::Title(kind_of(&t.kind)));
        }
        for t in &r.list_heading {
            add(t, Heading::List);
        }
        for t in &r.annotations_heading {
            add(t, Heading::Annotations);
        }
        for t in &r.documentation_heading {
            add(t, Heading::Documentation);
        }
        for t in &r.organization_of_work {
            add(t, Heading::OrganizationOfWork);
        }
        let keys = |v: &[String]| v.iter().map(|s| key(s)).collect::<Vec<_>>();
        vocabs.push(Vocab {
            language: lang,
            title_prefixes: keys(&r.title_prefixes),
            continued: r.continued.clone(),
            table_header: keys(&r.table_header),
            original: Label::new(&r.original),
            distribution: r.distribution.iter().map(|d| Label::new(d)).collect(),
            united_nations: keys(&r.united_nations),
            item_line_words: keys(&r.item_line_words),
            item_line_tail: keys(&r.item_line_tail),
            item_reference_words: keys(&r.item_reference_words),
            item_reference_joiners: keys(&r.item_reference_joiners),
            reference_nouns: keys(&r.reference_nouns),
            reference_nouns_bare: keys(&r.reference_nouns_bare),
            reference_proper_names: r.reference_proper_names.clone(),
            opening_words: keys(&r.opening_words),
            annex_words: keys(&r.annex_heading),
            stopwords: r.stopwords.clone(),
        });
    }
    let longest = headings.keys().map(String::len).max().unwrap_or(0);
    let shortest = headings.keys().map(String::len).min().unwrap_or(0);
    let mut heading_starts = [false; 128];
    for k in headings.keys() {
        match k.bytes().next() {
            Some(b) if b.is_ascii() => heading_starts[usize::from(b)] = true,
            // A key that starts outside ASCII: any start can lead to it.
            Some(_) => heading_starts = [true; 128],
            None => {}
        }
    }
    let mut heading_heads: rustc_hash::FxHashMap<[u8; 4], Vec<String>> = Default::default();
    for k in headings.keys() {
        if let Some(&h) = k.as_bytes().first_chunk::<4>() {
            heading_heads.entry(h).or_default().push(k.clone());
        }
    }
    let longest_title_prefix =
        vocabs.iter().flat_map(|v| &v.title_prefixes).map(String::len).max().unwrap_or(0);
    Tables {
        heading_heads,
        longest_title_prefix,
        vocabs,
        headings,
        shortest_heading: shortest,
        longest_heading: longest + longest / 2 + 8,
        heading_starts,
    }
}

/// The vocabulary of a language.
pub fn vocab(lang: Language) -> &'static Vocab {
    let t = &*TABLES;
    t.vocabs.iter().find(|v| v.language == lang).expect("invariant: one vocabulary per language")
}

/// Every meaning the text of a line can have as a heading, in any language.
pub fn headings(text: &str) -> &'static [(Heading, Language)] {
    let t = &*TABLES;
    // Most lines are body text, longer than any heading: no key is built for them.
    if text.len() > t.longest_heading || text.len() < t.shortest_heading {
        return &[];
    }
    // The key's first byte, when the text starts with an ASCII character that is kept as is.
    if let Some(&b) = text.as_bytes().iter().find(|b| !b.is_ascii_whitespace())
        && b.is_ascii()
        && b != b'`'
        && !t.heading_starts[usize::from(b.to_ascii_lowercase())]
    {
        return &[];
    }
    let s = text.trim_start_matches(|c: char| c.is_ascii_whitespace());
    if let Some(h) = key_head(s) {
        let Some(keys) = t.heading_heads.get(&h) else { return &[] };
        let head = plain_head(s, t.longest_heading);
        let mut keys = keys.iter().filter(|k| begins_with(k, head));
        if only_final_marks(&s[head.len()..]) {
            // The text's key is its head: that key, or none.
            let k = keys.find(|k| k.len() == head.len());
            return k.and_then(|k| t.headings.get(k)).map_or(&[], Vec::as_slice);
        }
        if keys.next().is_none() {
            return &[];
        }
    }
    t.headings.get(&key(text)).map_or(&[], Vec::as_slice)
}

/// The first four bytes of the key of `s` (which begins with no whitespace), when the bytes
/// of `s` tell them: ASCII letters and digits, maybe with single spaces between words, in
/// lower case. The key keeps such a start as it is.
fn key_head(s: &str) -> Option<[u8; 4]> {
    let b = s.as_bytes();
    let head: [u8; 4] = b.get(..4)?.try_into().ok()?;
    let word = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let kept = (0..4).all(|i| word(i) || (b[i] == b' ' && i > 0 && word(i - 1) && word(i + 1)));
    kept.then(|| head.map(|c| c.to_ascii_lowercase()))
}

/// True when `k` (a key) begins with `head` (ASCII, in any case).
fn begins_with(k: &str, head: &str) -> bool {
    k.as_bytes().get(..head.len()).is_some_and(|p| p.eq_ignore_ascii_case(head.as_bytes()))
}

/// The heading meaning of a line for a given language, preferring that language.
pub fn heading(text: &str, lang: Language) -> Option<Heading> {
    let all = headings(text);
    all.iter().find(|(_, l)| *l == lang).or_else(|| all.first()).map(|(h, _)| *h)
}

/// If `text` is an annex heading (`Annex`, `Annex II`, `Annexe I`, `Anexo`), the label after
/// the word (`II`), or `""`.
pub fn annex_heading(text: &str) -> Option<String> {
    if text.len() > 32 || !text.trim_start().starts_with(['A', 'a']) {
        return None;
    }
    // The key begins with the head: it must begin with an annex word or begin one.
    let head = plain_head(text.trim_start_matches(|c: char| c.is_ascii_whitespace()), usize::MAX);
    let words = || TABLES.vocabs.iter().flat_map(|v| &v.annex_words);
    if !head.is_empty() && !words().any(|w| begins_with(w, head) || begins_with(head, w)) {
        return None;
    }
    let k = key(text);
    if k.len() > 24 {
        return None;
    }
    for v in &TABLES.vocabs {
        for w in &v.annex_words {
            if let Some(rest) = k.strip_prefix(w.as_str()) {
                let rest = rest.trim();
                if rest.is_empty() || is_annex_label(rest) {
                    return Some(rest.to_ascii_uppercase());
                }
            }
        }
    }
    None
}

fn is_annex_label(s: &str) -> bool {
    (s.len() <= 6 && s.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l')))
        || (s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()))
        || (s.len() == 1 && s.chars().all(|c| c.is_ascii_lowercase()))
}

/// True when `text` begins a long title such as `Provisional agenda for the 10026th meeting`.
pub fn is_title_prefix(text: &str) -> Option<Language> {
    let first = text.trim_start().chars().next()?.to_lowercase().next()?;
    if !TABLES.vocabs.iter().any(|v| v.title_prefixes.iter().any(|p| p.starts_with(first))) {
        return None;
    }
    // The key begins with the head read from the bytes: a prefix no longer than it is decided
    // by it, and no prefix can begin another way.
    let s = text.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let head = plain_head(s, TABLES.longest_title_prefix + 1);
    let mut undecided = false;
    for v in &TABLES.vocabs {
        for p in &v.title_prefixes {
            if begins_with(p, head) && p.len() > head.len() {
                undecided = true;
            } else if !undecided && begins_with(head, p) {
                return Some(v.language);
            }
        }
    }
    if !undecided {
        return None;
    }
    let k = key(text);
    TABLES
        .vocabs
        .iter()
        .find(|v| v.title_prefixes.iter().any(|p| k.starts_with(p.as_str())))
        .map(|v| v.language)
}

/// Every vocabulary.
pub fn all() -> &'static [Vocab] {
    &TABLES.vocabs
}

/// The stopwords' keys ([`short_key`]), each with the languages that have it as a bit set,
/// and a filter in front of them.
struct Stopwords {
    langs: rustc_hash::FxHashMap<u64, u8>,
    /// For each byte length, the [`filter_bit`]s of the keys of that length: most words of a
    /// text are no stopword, and a bit tells before any hashing.
    bits: [u64; 9],
}

static STOPWORDS: LazyLock<Stopwords> = LazyLock::new(|| {
    let mut sw = Stopwords { langs: Default::default(), bits: [0; 9] };
    for (i, v) in TABLES.vocabs.iter().enumerate() {
        for w in &v.stopwords {
            let key = short_key(w).expect("invariant: stopwords have at most 8 bytes (tested)");
            *sw.langs.entry(key).or_insert(0) |= 1 << i;
            sw.bits[key_len(key)] |= filter_bit(key);
        }
    }
    sw
});

/// The byte length of a word from its key (its last byte is not zero).
fn key_len(key: u64) -> usize {
    (64 - key.leading_zeros() as usize).div_ceil(8)
}

/// One of 64 bits, picked by the top bits of a multiplicative hash of the key.
fn filter_bit(key: u64) -> u64 {
    1 << (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58)
}

/// The languages of a stopword key, as a bit set (0 for a key that is no stopword's).
fn stopword_mask(key: u64) -> u8 {
    let sw = &*STOPWORDS;
    if sw.bits[key_len(key)] & filter_bit(key) == 0 {
        return 0;
    }
    sw.langs.get(&key).copied().unwrap_or(0)
}

/// Which languages have `word` (in any case) among their frequent words, as a bit set indexed
/// like [`Language::ALL`].
pub fn stopword_languages(word: &str) -> u8 {
    short_key(word).map_or(0, stopword_mask)
}

/// [`stopword_languages`] of a word of at most 8 ASCII letters, given as bytes (language
/// detection reads them so).
pub fn stopword_languages_ascii(word: &[u8]) -> u8 {
    stopword_mask(ascii_key(word))
}

/// The key of a word of at most 8 ASCII letters: its bytes in lower case (the case bit 0x20
/// set) packed into an integer, the first lowest (little-endian, as [`short_key`] packs any
/// word).
fn ascii_key(word: &[u8]) -> u64 {
    word.iter().rev().fold(0, |key, &b| key << 8 | u64::from(b | 0x20))
}

/// The lower case of a word of letters of at most 8 bytes, packed into an integer (zero bytes
/// after it). Stopwords and the letter runs of language detection are the only words keyed.
fn short_key(word: &str) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    if word.is_ascii() {
        return Some(ascii_key(word.as_bytes()));
    }
    let mut buf = [0u8; 8];
    let mut n = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let end = n + c.len_utf8();
        c.encode_utf8(buf.get_mut(n..end)?);
        n = end;
    }
    Some(u64::from_le_bytes(buf))
}

/// The masthead tables of `data/masthead.toml`, read by the parser (distribution words) and by
/// A506/A507 (categories, limited document types).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MastheadTables {
    /// Category (`general`, `limited`, `restricted`) → the words that print it.
    pub distribution: BTreeMap<String, Vec<String>>,
    /// Document types of limited distribution.
    pub limited: LimitedTypes,
}

/// The `[limited]` table of `data/masthead.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitedTypes {
    /// Document types of limited distribution (`L`).
    pub doctypes: Vec<String>,
}

/// The masthead tables, parsed once.
pub fn masthead() -> &'static MastheadTables {
    static TABLES: LazyLock<MastheadTables> = LazyLock::new(|| {
        toml::from_str(include_str!("../data/masthead.toml"))
            .expect("invariant: data/masthead.toml is valid (tested)")
    });
    &TABLES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_heads_begin_the_keys() {
        for s in ["Agenda item", "ab cd", "Item 1", "The Committee", "a b c", "AB1 x"] {
            let h = key_head(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(&key(s).as_bytes()[..4], &h, "{s}");
        }
        for s in ["ab  cd", "abc ", "abc", "ab\tcd", "abc.", "Ab\u{ad}cd", " abc"] {
            assert!(key_head(s).is_none(), "{s:?}");
        }
    }

    #[test]
    fn headings_and_title_prefixes_settled_from_the_text() {
        // Read from the text alone, or from its key: the same answers.
        for s in [
            "Provisional agenda",
            "Provisional agenda.",
            "Provisional  agenda",
            "PROVISIONAL AGENDA:",
            "Provisional agenda for the 10026th meeting",
            "Provisional agenda and annotations",
            "Provisional",
            "Annex",
            "Annex II",
            "Annexe I.",
            "Annual report",
        ] {
            let k = key(s);
            assert_eq!(headings(s), TABLES.headings.get(&k).map_or(&[][..], Vec::as_slice), "{s}");
            let by_key = TABLES
                .vocabs
                .iter()
                .find(|v| v.title_prefixes.iter().any(|p| k.starts_with(p.as_str())))
                .map(|v| v.language);
            assert_eq!(is_title_prefix(s), by_key, "{s}");
        }
    }

    #[test]
    fn masthead_tables_load() {
        let t = masthead();
        assert_eq!(t.distribution.keys().collect::<Vec<_>>(), ["general", "limited", "restricted"]);
        assert!(t.distribution["general"].iter().any(|w| w == "générale"));
        assert_eq!(t.limited.doctypes, ["L"]);
    }

    #[test]
    fn vocabulary_files_load() {
        for lang in Language::ALL {
            let v = vocab(lang);
            assert_eq!(v.language, lang);
            assert!(!v.continued.is_empty());
            assert!(v.stopwords.iter().all(|w| short_key(w).is_some()), "a stopword of more than 8 bytes");
        }
        assert_eq!(stopword_languages("The"), 1);
    }

    #[test]
    fn headings_match_in_every_language() {
        let cases = [
            ("  Annotated provisional agenda ", Heading::Title(DocumentKind::Annotated), Language::En),
            ("Ordre du jour provisoire annoté", Heading::Title(DocumentKind::Annotated), Language::Fr),
            ("Programa provisional anotado", Heading::Title(DocumentKind::Annotated), Language::Es),
            ("Documentación", Heading::Documentation, Language::Es),
            ("Projet d'organisation des travaux", Heading::OrganizationOfWork, Language::Fr),
            ("Anotaciones", Heading::Annotations, Language::Es),
        ];
        for (text, want, lang) in cases {
            assert_eq!(heading(text, lang), Some(want), "{text}");
        }
        assert_eq!(heading("Provisional agenda", Language::En), Some(Heading::Title(DocumentKind::Plain)));
        assert!(headings("Other matters").is_empty());
    }

    #[test]
    fn annex_headings() {
        assert_eq!(annex_heading("Annex").as_deref(), Some(""));
        assert_eq!(annex_heading(" Annex II ").as_deref(), Some("II"));
        assert_eq!(annex_heading("Annexe I").as_deref(), Some("I"));
        assert_eq!(annex_heading("Anexo").as_deref(), Some(""));
        assert_eq!(annex_heading("Annex to the report"), None);
    }
}
