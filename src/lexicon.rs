//! The lexicon of rule A601 (split-word): is this token a word? Three layers answer, in the
//! order PRODUCT.md gives: the document's own words, an English word list in Oxford spelling
//! compiled into the binary, then the configuration's extra words. The built-in list is
//! `data/lexicon/words.txt` (selected from SCOWL, see `data/lexicon/README.md` for its source,
//! licence and selection) plus `supplement.txt`, minus `exclude.txt`; the closed-class words that
//! keep `in to` and `may be` silent are `data/lexicon/function-words.toml`.
//!
//! Lookups fold case (`Regard`, `REGARD`), read curly apostrophes as straight ones (`State’s`),
//! strip a trailing possessive (`State’s`, `States’`) and never allocate: they fold into a stack
//! buffer, and lower-case ASCII input is looked up as it is. A lone letter is never a word, except
//! `a`, `A` and `I`, so that `o f` can be joined safely.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use crate::bloom::Filter;
use crate::model::Language;

/// Longest token, in bytes as written and once case-folded, that any layer can hold. Longer
/// tokens are never words; the bound lets a lookup fold into a stack buffer instead of
/// allocating. The longest built-in entry is 45 bytes.
pub const MAX_WORD_BYTES: usize = 64;

const FUNCTION_WORDS: &str = include_str!("../data/lexicon/function-words.toml");

/// The built-in list's lookup keys (`data/lexicon/words.txt` plus `supplement.txt`, minus
/// `exclude.txt`, about 112,000), sorted, one a line: `build.rs` prepares them at compile
/// time, so that no process spends its start-up on the list.
const BUILTIN_KEYS: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin-words.txt"));

// `BUILTIN_STARTS` (the offset of each key in `BUILTIN_KEYS`) and `BUILTIN_FILTER_WORDS`.
include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

/// A Bloom filter of the built-in list's key hashes (`crate::bloom`), filled at compile time.
pub static BUILTIN_FILTER: Filter<&'static [u64]> = Filter::from_words(&BUILTIN_FILTER_WORDS);

/// True when the built-in list holds the lookup key `key`: a binary search of the sorted keys.
fn is_builtin_key(key: &str) -> bool {
    // Key `i` ends with the newline before the next key's start (every key ends with one).
    let keys = BUILTIN_KEYS.as_bytes();
    let entry = |i: usize| {
        let start = BUILTIN_STARTS[i] as usize;
        let next = BUILTIN_STARTS.get(i + 1).map_or(keys.len(), |&n| n as usize);
        keys.get(start..next.saturating_sub(1)).unwrap_or_default()
    };
    let (mut lo, mut hi) = (0, BUILTIN_STARTS.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match entry(mid).cmp(key.as_bytes()) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Closed-class words per language, as written in `function-words.toml`.
#[derive(Deserialize)]
struct FunctionWordLists {
    en: FxHashSet<String>,
    fr: FxHashSet<String>,
    es: FxHashSet<String>,
}

static FUNCTION: LazyLock<FunctionWordLists> = LazyLock::new(|| {
    toml::from_str(FUNCTION_WORDS).expect("invariant: data/lexicon/function-words.toml is valid")
});

/// True when `word` is in the built-in English list (Oxford spelling).
///
/// Case-insensitive; curly apostrophes count as straight ones; a trailing possessive (`’s`,
/// or `’` after a plural) is ignored. A lone letter is a word only as `a`, `A` or `I`.
pub fn is_english_word(word: &str) -> bool {
    resolve(word, |key| is_builtin_key(key).then_some(())).is_some()
}

/// True when `word` is a closed-class word of `lang` (article, preposition, conjunction,
/// pronoun, determiner, auxiliary): A601 keeps `in to`, `may be`, `any one` silent. Case-insensitive.
pub fn is_function_word(word: &str, lang: Language) -> bool {
    let lists = &*FUNCTION;
    let list = match lang {
        Language::En => &lists.en,
        Language::Fr => &lists.fr,
        Language::Es => &lists.es,
    };
    let mut buf = [0; MAX_WORD_BYTES];
    fold(word, &mut buf).is_some_and(|key| list.contains(key))
}

/// Every entry of the built-in English list, as a lookup key (lower case, straight
/// apostrophes), for callers that index the list their own way.
pub fn builtin_words() -> impl Iterator<Item = &'static str> {
    BUILTIN_KEYS.lines()
}

/// The closed-class words of `lang`, lower case.
pub fn function_words(lang: Language) -> impl Iterator<Item = &'static str> {
    let lists = &*FUNCTION;
    let list = match lang {
        Language::En => &lists.en,
        Language::Fr => &lists.fr,
        Language::Es => &lists.es,
    };
    list.iter().map(String::as_str)
}

/// Which layer of a [`Lexicon`] knows a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordSource {
    /// The word occurs in the document being checked.
    Document,
    /// The word is in the built-in English list.
    Builtin,
    /// The word was added by the configuration.
    Config,
}

impl WordSource {
    /// A short noun phrase for diagnostics ("known from the …").
    pub fn description(self) -> &'static str {
        match self {
            WordSource::Document => "document",
            WordSource::Builtin => "built-in word list",
            WordSource::Config => "configuration",
        }
    }
}

/// The layered lexicon of one document: its own words (with their counts), the built-in
/// English list, then the configuration's extra words.
///
/// A fragment of a split word is itself a token of the document, so the document layer knows
/// every fragment: to ask whether a half is a word apart from its own occurrence, use
/// [`Lexicon::source_outside_document`], or [`Lexicon::document_count`] to see whether it occurs
/// elsewhere.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    document: FxHashMap<Box<str>, u32>,
    config: FxHashSet<Box<str>>,
}

impl Lexicon {
    /// A lexicon with the built-in list only.
    pub fn new() -> Self {
        Lexicon::default()
    }

    /// A lexicon whose document layer holds the words of `text` (see [`words`]).
    pub fn from_document_text(text: &str) -> Self {
        let mut lexicon = Lexicon::new();
        lexicon.add_document_text(text);
        lexicon
    }

    /// A lexicon whose document layer holds `words`, as the caller tokenized them.
    pub fn from_document_words<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut lexicon = Lexicon::new();
        for word in words {
            lexicon.add_document_word(word);
        }
        lexicon
    }

    /// Adds the configuration's extra words (builder style).
    #[must_use]
    pub fn with_config_words<S: AsRef<str>>(mut self, words: impl IntoIterator<Item = S>) -> Self {
        for word in words {
            let mut buf = [0; MAX_WORD_BYTES];
            if let Some(key) = fold(word.as_ref(), &mut buf) {
                let key = strip_possessive(key).unwrap_or(key);
                self.config.insert(key.into());
            }
        }
        self
    }

    /// Adds every word of `text` to the document layer.
    pub fn add_document_text(&mut self, text: &str) {
        for (_, word) in words(text) {
            self.add_document_word(word);
        }
    }

    /// Counts one occurrence of `word` in the document layer. Tokens longer than
    /// [`MAX_WORD_BYTES`] are ignored: they can never be words.
    pub fn add_document_word(&mut self, word: &str) {
        let mut buf = [0; MAX_WORD_BYTES];
        let Some(key) = fold(word, &mut buf) else { return };
        let key = strip_possessive(key).unwrap_or(key);
        // Look up before inserting so that a word seen again costs no allocation.
        match self.document.get_mut(key) {
            Some(count) => *count = count.saturating_add(1),
            None => {
                self.document.insert(key.into(), 1);
            }
        }
    }

    /// How many times `word` (folded like a lookup) occurs in the document layer.
    pub fn document_count(&self, word: &str) -> u32 {
        let mut buf = [0; MAX_WORD_BYTES];
        let Some(key) = fold(word, &mut buf) else { return 0 };
        let key = strip_possessive(key).unwrap_or(key);
        self.document.get(key).copied().unwrap_or(0)
    }

    /// True when some layer knows `word`.
    pub fn contains(&self, word: &str) -> bool {
        self.source(word).is_some()
    }

    /// The first layer that knows `word`: document, then built-in list, then configuration.
    pub fn source(&self, word: &str) -> Option<WordSource> {
        resolve(word, |key| {
            if self.document.contains_key(key) {
                Some(WordSource::Document)
            } else {
                self.source_outside_document_key(key)
            }
        })
    }

    /// The first layer other than the document that knows `word`: built-in list, then
    /// configuration. This is the question for the halves of a suspected split word, which
    /// the document layer always knows since they occur in it.
    pub fn source_outside_document(&self, word: &str) -> Option<WordSource> {
        resolve(word, |key| self.source_outside_document_key(key))
    }

    /// True when the configuration's extra words hold `word`, whatever the other layers say
    /// (French and Spanish documents have no built-in list to ask).
    pub fn is_config_word(&self, word: &str) -> bool {
        resolve(word, |key| self.config.contains(key).then_some(())).is_some()
    }

    fn source_outside_document_key(&self, key: &str) -> Option<WordSource> {
        if is_builtin_key(key) {
            Some(WordSource::Builtin)
        } else if self.config.contains(key) {
            Some(WordSource::Config)
        } else {
            None
        }
    }
}

/// The words of `text` with their byte offsets: maximal runs of letters, with apostrophes
/// (straight or curly) kept between two letters (`State’s`, `o'clock`). Hyphens, digits,
/// punctuation and spaces separate words, so `capacity-building` gives two.
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator returned by [`words`].
#[derive(Debug, Clone)]
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        let mut start = self.pos;
        while letter_len(text, start).is_none() {
            let Some(c) = text.get(start..).and_then(|rest| rest.chars().next()) else {
                self.pos = text.len();
                return None;
            };
            start += c.len_utf8();
        }
        let mut end = start;
        loop {
            if let Some(len) = letter_len(text, end) {
                end += len;
                continue;
            }
            // An apostrophe belongs to the word only between two letters.
            match apostrophe_len(text, end) {
                Some(len) if letter_len(text, end + len).is_some() => end += len,
                _ => break,
            }
        }
        self.pos = end;
        Some((start, &text[start..end]))
    }
}

impl std::iter::FusedIterator for Words<'_> {}

/// Apostrophes as extractors leave them: straight, right single quotation mark, modifier letter.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// Byte length of the letter at byte `i` of `text`, if a letter starts there. ASCII is decided
/// from the byte alone, since almost every byte of an agenda is ASCII.
fn letter_len(text: &str, i: usize) -> Option<usize> {
    let byte = *text.as_bytes().get(i)?;
    if byte.is_ascii() {
        return byte.is_ascii_alphabetic().then_some(1);
    }
    let c = text.get(i..)?.chars().next()?;
    c.is_alphabetic().then(|| c.len_utf8())
}

/// Byte length of the apostrophe at byte `i` of `text`, if one starts there.
fn apostrophe_len(text: &str, i: usize) -> Option<usize> {
    let c = text.get(i..)?.chars().next()?;
    is_apostrophe(c).then(|| c.len_utf8())
}

/// Looks `word` up through `probe`, which receives folded keys: the whole word, then the word
/// without a trailing possessive. Applies the lone-letter rule first.
fn resolve<T>(word: &str, probe: impl Fn(&str) -> Option<T>) -> Option<T> {
    let mut buf = [0; MAX_WORD_BYTES];
    let key = fold(word, &mut buf)?;
    if is_one_char(key) {
        // Only `a` and `I` stand alone; lower-case `i` is a fragment (`i nvestigating`).
        return if matches!(word, "a" | "A" | "I") { probe(key) } else { None };
    }
    probe(key).or_else(|| strip_possessive(key).filter(|stem| !is_one_char(stem)).and_then(probe))
}

/// The lookup key of `word`: lower case, apostrophes straight. Borrows `word` when it is
/// already a key (lower-case ASCII without curly apostrophes), else folds into `buf`; `None`
/// when `word` or its key is longer than [`MAX_WORD_BYTES`].
fn fold<'a>(word: &'a str, buf: &'a mut [u8; MAX_WORD_BYTES]) -> Option<&'a str> {
    if word.len() > MAX_WORD_BYTES {
        return None;
    }
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Some(word);
    }
    let mut len = 0;
    let mut i = 0;
    while let Some(&byte) = word.as_bytes().get(i) {
        if byte.is_ascii() {
            *buf.get_mut(len)? = byte.to_ascii_lowercase();
            len += 1;
            i += 1;
            continue;
        }
        let c = word.get(i..)?.chars().next()?;
        i += c.len_utf8();
        if is_apostrophe(c) {
            *buf.get_mut(len)? = b'\'';
            len += 1;
        } else {
            for lower in c.to_lowercase() {
                let end = len + lower.len_utf8();
                lower.encode_utf8(buf.get_mut(len..end)?);
                len = end;
            }
        }
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// The key without a trailing possessive: `state's` → `state`, `states'` → `states`.
fn strip_possessive(key: &str) -> Option<&str> {
    key.strip_suffix("'s").or_else(|| key.strip_suffix('\'')).filter(|stem| !stem.is_empty())
}

fn is_one_char(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some() && chars.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// (token, is a built-in English word). The seed's split-word fragments must not be
    /// words, the whole words and the real halves must.
    const ENGLISH: &[(&str, bool)] = &[
        // Fragments of the seed's split words.
        ("r", false),
        ("einforcing", false),
        ("egard", false),
        ("o", false),
        ("f", false),
        ("inves", false),
        ("tigating", false),
        ("traffickin", false),
        ("g", false),
        ("s", false),
        // Their joined forms and the real halves of `par ties`.
        ("of", true),
        ("par", true),
        ("ties", true),
        ("parties", true),
        ("reinforcing", true),
        ("regard", true),
        ("investigating", true),
        ("trafficking", true),
        // Oxford spelling: -ize with British -our, -re, -mme, judgement; not -ise.
        ("organization", true),
        ("recognize", true),
        ("programme", true),
        ("judgement", true),
        ("labour", true),
        ("centre", true),
        ("organisation", false),
        ("recognise", false),
        // UN institutional vocabulary, from SCOWL or the supplement.
        ("intergovernmental", true),
        ("capacity", true),
        ("building", true),
        ("deactivation", true),
        ("counterproposals", true),
        ("transposition", true),
        ("jurisdictions", true),
        ("multidisciplinary", true),
        ("modus", true),
        ("operandi", true),
        ("modi", true),
        ("alia", true),
        ("prosecutorial", true),
        ("subprogramme", true),
        // Curated exclusions: fragment-like short entries.
        ("re", false),
        ("pro", false),
        ("ion", false),
        ("ting", false),
        ("es", false),
        // Lone letters: only `a` and `I`.
        ("a", true),
        ("A", true),
        ("I", true),
        ("i", false),
        ("x", false),
        ("é", false),
        // Case folding.
        ("Regard", true),
        ("REGARD", true),
        ("Programme", true),
        ("ÉLAN", true),
        // Apostrophes and possessives.
        ("State’s", true),
        ("State's", true),
        ("States’", true),
        ("parties'", true),
        ("don’t", true),
        ("o'clock", true),
        ("it’s", true),
        ("r's", false),
        ("traffickin’s", false),
        // Not words at all.
        ("", false),
        ("'", false),
        ("'s", false),
        ("2020", false),
        ("capacity-building", false),
    ];

    #[test]
    fn english_words() {
        let wrong: Vec<_> =
            ENGLISH.iter().filter(|&&(word, expected)| is_english_word(word) != expected).collect();
        assert!(wrong.is_empty(), "wrong answers (word, expected): {wrong:?}");
    }

    const WORDS: &str = include_str!("../data/lexicon/words.txt");
    const SUPPLEMENT: &str = include_str!("../data/lexicon/supplement.txt");
    const EXCLUDE: &str = include_str!("../data/lexicon/exclude.txt");

    /// The entries of a word-list file: one per line, `#` comments and blank lines skipped.
    fn list_entries(text: &'static str) -> impl Iterator<Item = &'static str> {
        text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
    }

    #[test]
    fn the_compiled_list_is_the_data_files() {
        let mut expected: FxHashSet<&str> = list_entries(WORDS).chain(list_entries(SUPPLEMENT)).collect();
        for word in list_entries(EXCLUDE) {
            expected.remove(word);
        }
        let compiled: Vec<&str> = builtin_words().collect();
        assert!(compiled.windows(2).all(|w| w[0] < w[1]), "the compiled keys are sorted, once each");
        assert_eq!(compiled.len(), expected.len());
        assert!(compiled.iter().all(|w| expected.contains(w)));
        assert_eq!(BUILTIN_STARTS.len(), compiled.len());
        assert!(compiled.iter().all(|w| is_builtin_key(w)));
        for absent in ["", "aa", "zzzz", "parties ", "re", "organisation"] {
            assert!(!is_builtin_key(absent), "{absent:?}");
        }
    }

    #[test]
    fn builtin_list_has_no_lone_letters_but_a_and_i() {
        let letters: Vec<_> = builtin_words().filter(|w| is_one_char(w)).collect();
        assert_eq!(letters, ["a", "i"]);
    }

    #[test]
    fn data_files_are_clean() {
        // Each built-in entry is already a lookup key, so that lower-case lookups borrow.
        for word in builtin_words() {
            let mut buf = [0; MAX_WORD_BYTES];
            assert_eq!(fold(word, &mut buf), Some(word), "entry is not folded: {word}");
        }
        // Every exclusion removes a real entry, every supplement adds a new one.
        let words: FxHashSet<&str> = list_entries(WORDS).collect();
        for word in list_entries(EXCLUDE) {
            assert!(words.contains(word), "exclude.txt lists `{word}`, which words.txt lacks");
            assert!(!is_english_word(word), "`{word}` is excluded but still a word");
        }
        for word in list_entries(SUPPLEMENT) {
            assert!(!words.contains(word), "supplement.txt repeats `{word}` from words.txt");
            assert!(is_english_word(word), "`{word}` is supplemented but not a word");
        }
        // words.txt is sorted and free of duplicates, as generate.py writes it.
        assert!(list_entries(WORDS).zip(list_entries(WORDS).skip(1)).all(|(a, b)| a < b));
    }

    /// (token, language, is a function word).
    const FUNCTION_CASES: &[(&str, Language, bool)] = &[
        ("in", Language::En, true),
        ("to", Language::En, true),
        ("may", Language::En, true),
        ("be", Language::En, true),
        ("any", Language::En, true),
        ("one", Language::En, true),
        ("on", Language::En, true),
        ("at", Language::En, true),
        ("a", Language::En, true),
        ("I", Language::En, true),
        ("In", Language::En, true),
        ("MAY", Language::En, true),
        ("par", Language::En, false),
        ("ties", Language::En, false),
        ("regard", Language::En, false),
        ("de", Language::En, false),
        ("de", Language::Fr, true),
        ("Dans", Language::Fr, true),
        ("à", Language::Fr, true),
        ("À", Language::Fr, true),
        ("parties", Language::Fr, false),
        ("del", Language::Es, true),
        ("según", Language::Es, true),
        ("in", Language::Es, false),
        ("", Language::En, false),
    ];

    #[test]
    fn function_words() {
        let wrong: Vec<_> = FUNCTION_CASES
            .iter()
            .filter(|&&(word, lang, expected)| is_function_word(word, lang) != expected)
            .collect();
        assert!(wrong.is_empty(), "wrong answers (word, language, expected): {wrong:?}");
    }

    #[test]
    fn function_word_lists_are_lower_case() {
        let lists = &*FUNCTION;
        for word in lists.en.iter().chain(&lists.fr).chain(&lists.es) {
            assert_eq!(&word.to_lowercase(), word);
        }
    }

    #[test]
    fn layered_sources() {
        let text = "States par ties shall, in that r egard, consult the CTOC secretariat. \
                    The States’ parties met.";
        let lexicon = Lexicon::from_document_text(text).with_config_words(["Unitaid", "UNODC’s"]);
        let cases: &[(&str, Option<WordSource>)] = &[
            ("ctoc", Some(WordSource::Document)),
            ("Parties", Some(WordSource::Document)),
            ("egard", Some(WordSource::Document)),
            ("regard", Some(WordSource::Builtin)),
            ("Unitaid", Some(WordSource::Config)),
            ("unitaid’s", Some(WordSource::Config)),
            ("unodc", Some(WordSource::Config)),
            ("r", None),
            ("einforcing", None),
            ("A", Some(WordSource::Builtin)),
            ("THE", Some(WordSource::Document)),
        ];
        for &(word, expected) in cases {
            assert_eq!(lexicon.source(word), expected, "source of `{word}`");
            assert_eq!(lexicon.contains(word), expected.is_some(), "contains `{word}`");
        }
        // Outside the document layer, the fragment is no word but the real half is.
        assert_eq!(lexicon.source_outside_document("egard"), None);
        assert_eq!(lexicon.source_outside_document("ties"), Some(WordSource::Builtin));
        assert_eq!(lexicon.source_outside_document("UNODC"), Some(WordSource::Config));
        assert_eq!(lexicon.source_outside_document("CTOC"), None);
        assert_eq!(lexicon.document_count("states"), 2);
        assert_eq!(lexicon.document_count("PARTIES"), 1);
        assert_eq!(lexicon.document_count("r"), 1);
        assert_eq!(lexicon.document_count("reinforcing"), 0);
        // The built-in layer alone.
        assert_eq!(Lexicon::new().source("regard"), Some(WordSource::Builtin));
        assert_eq!(Lexicon::new().source("CTOC"), None);
        let from_words = Lexicon::from_document_words(["CTOC", "ctoc"]);
        assert_eq!(from_words.document_count("Ctoc"), 2);
    }

    #[test]
    fn tokenizer() {
        let text = "The State’s capacity-building, o'clock 'quoted' 2020s naïve x-ray States’ end";
        let got: Vec<&str> = words(text).map(|(_, w)| w).collect();
        let expected = [
            "The",
            "State’s",
            "capacity",
            "building",
            "o'clock",
            "quoted",
            "s",
            "naïve",
            "x",
            "ray",
            "States",
            "end",
        ];
        assert_eq!(got, expected);
        for (offset, word) in words(text) {
            assert_eq!(&text[offset..offset + word.len()], word);
        }
        assert_eq!(words("").count(), 0);
        assert_eq!(words(" ,;12 ").count(), 0);
    }

    proptest! {
        #[test]
        fn lookups_never_panic(word in any::<String>(), text in any::<String>()) {
            let _ = is_english_word(&word);
            for lang in Language::ALL {
                let _ = is_function_word(&word, lang);
            }
            let lexicon = Lexicon::from_document_text(&text).with_config_words([&word]);
            prop_assert_eq!(lexicon.contains(&word), lexicon.source(&word).is_some());
            prop_assert_ne!(lexicon.source_outside_document(&word), Some(WordSource::Document));
            if is_english_word(&word) {
                prop_assert_eq!(Lexicon::new().source(&word), Some(WordSource::Builtin));
            }
            // Every token of the document is known, except lone letters and overlong tokens.
            for (_, token) in words(&text) {
                let mut buf = [0; MAX_WORD_BYTES];
                let Some(key) = fold(token, &mut buf) else { continue };
                if !is_one_char(strip_possessive(key).unwrap_or(key)) {
                    prop_assert!(lexicon.contains(token), "document token `{}` unknown", token);
                    prop_assert!(lexicon.document_count(token) >= 1);
                }
            }
        }

        #[test]
        fn words_are_letter_runs_inside_the_text(text in "\\PC{0,80}") {
            let mut last_end = 0;
            for (offset, word) in words(&text) {
                prop_assert!(offset >= last_end);
                prop_assert_eq!(text.get(offset..offset + word.len()), Some(word));
                prop_assert!(word.chars().next().is_some_and(char::is_alphabetic));
                prop_assert!(word.chars().last().is_some_and(char::is_alphabetic));
                last_end = offset + word.len();
            }
        }
    }
}
