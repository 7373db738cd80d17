//! Fixture folders as the tests read them: listed, filtered and sorted, so that every run
//! visits the same entries in the same order.

use std::path::{Path, PathBuf};

/// The entries of `dir` that `keep` accepts, sorted; panics when `dir` cannot be read.
pub fn sorted(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display())).path())
        .filter(|p| keep(p))
        .collect();
    out.sort();
    out
}

/// The files of `dir` whose extension is `ext`, sorted.
pub fn with_extension(dir: &Path, ext: &str) -> Vec<PathBuf> {
    sorted(dir, |p| p.extension().is_some_and(|x| x == ext))
}

/// The folders in `dir`, sorted.
pub fn folders(dir: &Path) -> Vec<PathBuf> {
    sorted(dir, Path::is_dir)
}
