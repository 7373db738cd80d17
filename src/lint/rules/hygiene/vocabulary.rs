//! Is this fragment a word? The question rules A601 (split-word) and A607
//! (line-end-hyphenation) ask of the two halves of a suspected split, and of their join.
//!
//! English asks the built-in word list and the configuration (`crate::lexicon`); the document's
//! own words are asked later, in one search for all candidate joins (see `occurrences`), since
//! building the whole document layer would cost more than every other hygiene rule together.
//! French and Spanish have no built-in list: their document layer is built up front, and a
//! fragment is a word when it occurs elsewhere in the document, is a function word of the
//! language or a configuration word.

use crate::lexicon::{Lexicon, MAX_WORD_BYTES, WordSource, is_function_word};
use crate::model::Language;

/// What a fragment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Not a word on its own.
    Fragment,
    /// A word.
    Word,
    /// A closed-class word (`in`, `may`, `de`): a pair with one is usually meant as written.
    Function,
}

impl Kind {
    /// True for a word of either class.
    pub fn is_word(self) -> bool {
        self != Kind::Fragment
    }
}

/// The lexicon of one document, as the split-word rules ask it.
pub struct Vocabulary {
    lang: Language,
    lexicon: Lexicon,
    /// True when the lexicon holds the document layer (French and Spanish).
    document: bool,
}

impl Vocabulary {
    /// The vocabulary of a document in `lang` whose text is `text`, with the configuration's
    /// extra words. Builds the document layer only for French and Spanish, and only when
    /// `needed` (a rule that asks is enabled).
    pub fn new(lang: Language, text: &str, extra_words: &[String], needed: bool) -> Self {
        let document = needed && lang != Language::En;
        let mut lexicon = Lexicon::new().with_config_words(extra_words);
        if document {
            lexicon.add_document_text(text);
        }
        Vocabulary { lang, lexicon, document }
    }

    /// True when the document layer is at hand (French and Spanish): joins are decided at once.
    pub fn has_document_layer(&self) -> bool {
        self.document
    }

    /// What `fragment` is, apart from this occurrence of it.
    pub fn kind(&self, fragment: &str) -> Kind {
        let mut chars = fragment.chars();
        let first = chars.next();
        if let (Some(c), None) = (first, chars.next()) {
            return self.letter_kind(fragment, c);
        }
        if is_function_word(fragment, self.lang) {
            return Kind::Function;
        }
        let word = if self.document {
            self.lexicon.is_config_word(fragment) || self.lexicon.document_count(fragment) >= 2
        } else {
            self.lexicon.source_outside_document(fragment).is_some()
        };
        if word { Kind::Word } else { Kind::Fragment }
    }

    /// A lone letter is a word only as English `a`, `A`, `I`, or as a French or Spanish function
    /// word that is not an elided form: `à`, `y`, `o`, but not the `l`, `d`, `s` of `l’`, `d’`,
    /// `s’`, which never stand without their apostrophe.
    fn letter_kind(&self, fragment: &str, c: char) -> Kind {
        let word = match self.lang {
            Language::En => matches!(c, 'a' | 'A' | 'I'),
            Language::Fr | Language::Es => {
                is_function_word(fragment, self.lang) && !(c.is_ascii_alphabetic() && !is_vowel(c))
            }
        };
        if word { Kind::Function } else { Kind::Fragment }
    }

    /// Which layer knows `join` without a search of the document: in English the built-in
    /// list or the configuration; in French and Spanish the document (when the word occurs in
    /// it) or the configuration.
    pub fn known_now(&self, join: &str) -> Option<WordSource> {
        if self.document {
            if self.lexicon.document_count(join) >= 1 {
                Some(WordSource::Document)
            } else {
                self.lexicon.is_config_word(join).then_some(WordSource::Config)
            }
        } else {
            self.lexicon.source_outside_document(join)
        }
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// `a` and `b` written together, in `buf`; `None` when too long to be a word.
pub fn join<'b>(a: &str, b: &str, buf: &'b mut [u8; 2 * MAX_WORD_BYTES]) -> Option<&'b str> {
    let n = a.len() + b.len();
    if n > MAX_WORD_BYTES {
        return None;
    }
    buf[..a.len()].copy_from_slice(a.as_bytes());
    buf[a.len()..n].copy_from_slice(b.as_bytes());
    std::str::from_utf8(&buf[..n]).ok()
}

/// The case shape of a pair: a join is only plausible when the second half does not start a
/// new capitalized word (`Annex B`, `Fire Arms`) and an acronym is not followed by lower case.
pub fn plausible_case(a: &str, b: &str) -> bool {
    let upper = |s: &str| s.chars().all(|c| !c.is_lowercase());
    if b.chars().any(char::is_uppercase) {
        return upper(a) && upper(b);
    }
    !(a.chars().count() >= 2 && upper(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_kinds() {
        let v = Vocabulary::new(Language::En, "", &["Unitaid".to_string()], true);
        let cases = [
            ("r", Kind::Fragment),
            ("a", Kind::Function),
            ("I", Kind::Function),
            ("i", Kind::Fragment),
            ("einforcing", Kind::Fragment),
            ("par", Kind::Word),
            ("ties", Kind::Word),
            ("in", Kind::Function),
            ("may", Kind::Function),
            ("Unitaid", Kind::Word),
        ];
        for (w, k) in cases {
            assert_eq!(v.kind(w), k, "{w}");
        }
        assert!(!v.has_document_layer());
        assert_eq!(v.known_now("parties"), Some(WordSource::Builtin));
        assert_eq!(v.known_now("unitaid"), Some(WordSource::Config));
    }

    #[test]
    fn french_kinds_come_from_the_document() {
        let text = "Les recommandations et la recommandation s de la Documentatio n. Documentation";
        let v = Vocabulary::new(Language::Fr, text, &[], true);
        assert!(v.has_document_layer());
        assert_eq!(v.kind("s"), Kind::Fragment);
        assert_eq!(v.kind("n"), Kind::Fragment);
        assert_eq!(v.kind("y"), Kind::Function);
        assert_eq!(v.kind("à"), Kind::Function);
        assert_eq!(v.kind("de"), Kind::Function);
        assert_eq!(v.kind("Documentatio"), Kind::Fragment);
        assert_eq!(v.known_now("recommandations"), Some(WordSource::Document));
        assert_eq!(v.known_now("documentation"), Some(WordSource::Document));
        assert_eq!(v.known_now("regard"), None);
    }

    #[test]
    fn case_shapes() {
        assert!(plausible_case("r", "einforcing"));
        assert!(plausible_case("Traffickin", "g"));
        assert!(plausible_case("PAR", "TIES"));
        assert!(!plausible_case("Annex", "B"));
        assert!(!plausible_case("UN", "der"));
        let mut buf = [0; 2 * MAX_WORD_BYTES];
        assert_eq!(join("par", "ties", &mut buf), Some("parties"));
    }
}
