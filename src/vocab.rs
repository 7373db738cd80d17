//! Vocabularies per language, read from `data/vocab/*.toml`.
