//! Builds the built-in English word list at compile time, so that a process that lints one
//! file does not spend its start-up on it (it did: some 80 million instructions, more than
//! the lint of a seed-sized file). Writes to `OUT_DIR`:
//!
//! - `builtin-words.txt`: the list's lookup keys (`data/lexicon/words.txt` plus
//!   `supplement.txt`, minus `exclude.txt`), sorted and without duplicates, one a line;
//! - `lexicon.rs`: the byte offset of each key there, for a binary search, and the words of
//!   the list's Bloom filter (`src/bloom.rs`), which the split-word rules probe by hash.
//!
//! `crate::lexicon`'s tests rebuild both from the data files at run time and compare.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

#[path = "src/bloom.rs"]
#[allow(dead_code)]
mod bloom;

/// Bits of the built-in list's filter: about 18 per word, one non-word in 300 let through.
const FILTER_BITS: usize = 1 << 21;

/// `crate::lexicon::MAX_WORD_BYTES`: a longer key is no word and gets no hash.
const MAX_WORD_BYTES: usize = 64;

fn main() {
    let data = Path::new("data/lexicon");
    let read = |name: &str| {
        let path = data.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    };
    let (words, supplement, exclude) = (read("words.txt"), read("supplement.txt"), read("exclude.txt"));
    println!("cargo::rerun-if-changed=src/bloom.rs");

    let excluded: std::collections::HashSet<&str> = entries(&exclude).collect();
    let mut keys: Vec<&str> =
        entries(&words).chain(entries(&supplement)).filter(|k| !excluded.contains(k)).collect();
    keys.sort_unstable();
    keys.dedup();

    let mut text = String::new();
    let mut starts = String::new();
    let mut filter = bloom::Filter::with_bits(FILTER_BITS);
    for (i, key) in keys.iter().enumerate() {
        let sep = if i % 16 == 0 { "\n    " } else { " " };
        write!(starts, "{sep}{},", text.len()).expect("invariant: writing to a String");
        text.push_str(key);
        text.push('\n');
        if is_plain_key(key) {
            filter.insert(bloom::key_hash(key.as_bytes()));
        }
    }
    assert!(u32::try_from(text.len()).is_ok(), "the word list outgrew u32 offsets");

    let mut bits = String::new();
    for (i, w) in filter.words().iter().enumerate() {
        let sep = if i % 8 == 0 { "\n    " } else { " " };
        write!(bits, "{sep}{w:#x},").expect("invariant: writing to a String");
    }
    let rust = format!(
        "/// Byte offset of each key of [`BUILTIN_KEYS`], in key order.\n\
         static BUILTIN_STARTS: [u32; {}] = [{starts}\n];\n\n\
         /// The words of the built-in list's Bloom filter (`crate::bloom`).\n\
         static BUILTIN_FILTER_WORDS: [u64; {}] = [{bits}\n];\n",
        keys.len(),
        filter.words().len(),
    );
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    write_if_changed(&out.join("builtin-words.txt"), &text);
    write_if_changed(&out.join("lexicon.rs"), &rust);
}

/// The entries of a word-list file: one per line, `#` comments and blank lines skipped.
fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// True when `key` is one word as the split-word tokenizer reads it and already its own
/// lookup key: letters that are their own lower case, straight apostrophes between letters,
/// at most `MAX_WORD_BYTES` bytes. Its hash is then the hash of its bytes.
fn is_plain_key(key: &str) -> bool {
    let chars: Vec<char> = key.chars().collect();
    let letter = |c: char| c.is_alphabetic() && c.to_lowercase().eq([c]);
    key.len() <= MAX_WORD_BYTES
        && chars.first().is_some_and(|&c| letter(c))
        && chars
            .iter()
            .enumerate()
            .all(|(i, &c)| letter(c) || (c == '\'' && chars.get(i + 1).is_some_and(|&n| letter(n))))
}

fn write_if_changed(path: &Path, contents: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    fs::write(path, contents).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
