//! The English word list for split-word detection (placeholder until the module lands).

/// True when `word` is an English word.
pub fn is_english_word(_word: &str) -> bool {
    false
}
