//! The realistic texts the property tests mutate and the benchmarks concatenate (the
//! throughput benchmark includes this file by path): the seed, and the generated corpus's
//! extractions when they are there.
//!
//! The seed is `corpus/seed/` once the corpus is in the repository, else PRODUCT.md's
//! `../shared/seeds/`. `AGENDUM_CORPUS` names another corpus folder (any `*.txt` under it).

use std::path::{Path, PathBuf};

const SEED: &str = "000_46dd32e2a39a25f9.txt";

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The seed document's bytes.
pub fn seed() -> Vec<u8> {
    let places =
        [manifest_dir().join("corpus/seed").join(SEED), manifest_dir().join("../shared/seeds").join(SEED)];
    places
        .iter()
        .find_map(|p| std::fs::read(p).ok())
        .unwrap_or_else(|| panic!("the seed document is in none of {places:?}"))
}

/// Every `*.txt` of the corpus other than the seed, in path order (empty without a corpus).
pub fn generated() -> Vec<Vec<u8>> {
    let root = std::env::var_os("AGENDUM_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("corpus/generated"));
    let mut paths = Vec::new();
    collect_txt(&root, &mut paths);
    paths.sort();
    paths.iter().filter(|p| !p.ends_with(SEED)).filter_map(|p| std::fs::read(p).ok()).collect()
}

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_txt(&path, out);
        } else if path.extension().is_some_and(|x| x == "txt") {
            out.push(path);
        }
    }
}
