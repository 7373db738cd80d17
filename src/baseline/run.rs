//! What a run gathers against a baseline: the counts it found for each entry, from which the
//! stale ones follow ([`Usage`]), or, when it writes one, the new baseline ([`Recorder`]).

use std::collections::{BTreeMap, HashMap};

use super::{Baseline, DocumentId, Entry, FileCounts, Key};

/// A recorded count above what the run found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// Index of the entry in [`Baseline::entries`].
    pub entry: usize,
    /// The rule code.
    pub code: String,
    /// The recorded count.
    pub recorded: u64,
    /// The number found (the largest, when several documents resolved to the entry).
    pub found: u64,
}

/// What a run found for the entries of one baseline, for finding the stale ones.
#[derive(Debug, Clone, Default)]
pub struct Usage {
    /// Per entry, per code in the entry's order: the most found by a document that ran the
    /// rule (`None`: no such document).
    found: Vec<Option<Vec<Option<u64>>>>,
}

impl Usage {
    /// Nothing found yet.
    pub fn new(baseline: &Baseline) -> Self {
        Usage { found: vec![None; baseline.entries.len()] }
    }

    /// Record a document that resolved to `entry` with these counts; `enabled` says whether
    /// the document ran a rule (a rule not run says nothing about its entry).
    pub fn record(
        &mut self,
        baseline: &Baseline,
        entry: usize,
        counts: &FileCounts,
        enabled: impl Fn(&str) -> bool,
    ) {
        let (Some(recorded), Some(slot)) = (baseline.entries.get(entry), self.found.get_mut(entry)) else {
            return;
        };
        let found = slot.get_or_insert_with(|| vec![None; recorded.counts.len()]);
        for (code, seen) in recorded.counts.keys().zip(found.iter_mut()) {
            if enabled(code) {
                let n = counts.get(code.as_str()).copied().unwrap_or(0);
                *seen = Some(seen.map_or(n, |m| m.max(n)));
            }
        }
    }

    /// The stale counts: of entries some document resolved to, the codes found fewer times than
    /// recorded; of the other entries, when `in_scope` says the run would have read their path
    /// (the document was deleted, moved or excluded, or its file now holds fewer documents),
    /// every code `enabled` in the run.
    pub fn stale(
        &self,
        baseline: &Baseline,
        in_scope: impl Fn(&str) -> bool,
        enabled: impl Fn(&str) -> bool,
    ) -> Vec<Stale> {
        let mut stale = Vec::new();
        for (i, (entry, found)) in baseline.entries.iter().zip(&self.found).enumerate() {
            let stale_code = |code: &String, recorded: u64, found: u64| Stale {
                entry: i,
                code: code.clone(),
                recorded,
                found,
            };
            match found {
                Some(found) => {
                    stale.extend(entry.counts.iter().zip(found).filter_map(|((code, &n), seen)| {
                        seen.filter(|&m| m < n).map(|m| stale_code(code, n, m))
                    }))
                }
                None if in_scope(&entry.path) => stale.extend(
                    entry
                        .counts
                        .iter()
                        .filter(|(code, _)| enabled(code))
                        .map(|(code, &n)| stale_code(code, n, 0)),
                ),
                None => {}
            }
        }
        stale
    }
}

/// Builds the baseline of a run (`--write-baseline`), merged into the one it replaces.
///
/// The documents of the run get their current counts; counts of rules a document did not run
/// are carried over from its old entry. Old entries of documents the run did not see are kept,
/// except, when the run would have read their path, the counts of the rules it ran. A document
/// is recorded under its symbol and language, unless another document of the run has them too
/// (two extractions of one document, in two files or in one): each is then recorded under its
/// path and its place in the file.
#[derive(Debug, Default)]
pub struct Recorder {
    old: Baseline,
    resolved: Vec<bool>,
    documents: Vec<(DocumentId, BTreeMap<String, u64>)>,
}

impl Recorder {
    /// Start from the baseline being replaced (an empty one for a new file).
    pub fn new(old: Baseline) -> Self {
        Recorder { resolved: vec![false; old.entries.len()], old, documents: Vec::new() }
    }

    /// Record a document's counts; `enabled` says whether it ran a rule.
    pub fn add(&mut self, id: DocumentId, counts: &FileCounts, enabled: impl Fn(&str) -> bool) {
        let mut own: BTreeMap<String, u64> = counts.iter().map(|(code, &n)| (code.to_string(), n)).collect();
        if let Some(i) = self.old.resolve(&id) {
            self.resolved[i] = true;
            for (code, &n) in &self.old.entries[i].counts {
                if !enabled(code) {
                    own.entry(code.clone()).or_insert(n);
                }
            }
        }
        self.documents.push((id, own));
    }

    /// Number of documents recorded so far.
    pub fn documents(&self) -> usize {
        self.documents.len()
    }

    /// The new baseline. `in_scope` and `enabled` are as in [`Usage::stale`].
    pub fn finish(self, in_scope: impl Fn(&str) -> bool, enabled: impl Fn(&str) -> bool) -> Baseline {
        let mut uses: HashMap<Key, usize> = HashMap::new();
        for (id, _) in &self.documents {
            if id.symbol.is_some() {
                *uses.entry(id.key()).or_default() += 1;
            }
        }
        let kept = self.old.entries.into_iter().zip(self.resolved).filter(|(_, resolved)| !resolved).map(
            |(mut entry, _)| {
                if in_scope(&entry.path) {
                    entry.counts.retain(|code, _| !enabled(code));
                }
                entry
            },
        );
        // The run's documents come last, so that they win over a kept entry with their key.
        let recorded = self.documents.into_iter().map(|(id, counts)| {
            let shared = uses.get(&id.key()).is_some_and(|&n| n > 1);
            let (symbol, language) = match id.symbol {
                Some((symbol, language)) if !shared => (Some(symbol), Some(language.code().to_string())),
                _ => (None, None),
            };
            Entry { symbol, language, path: id.path, document: id.document, counts }
        });
        Baseline::from_entries(kept.chain(recorded))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::baseline::count;
    use crate::baseline::tests::{entry, findings, id};
    use crate::model::Language;

    const ALL: fn(&str) -> bool = |_| true;

    #[test]
    fn stale_counts_only_for_rules_that_ran_and_paths_in_scope() {
        let baseline = Baseline::from_entries([
            entry(Some("A/1"), "a.txt", &[("A104", 3), ("A601", 2), ("A702", 1)]),
            entry(None, "gone/b.txt", &[("A104", 1)]),
            entry(None, "elsewhere/c.txt", &[("A104", 1)]),
        ]);
        let mut usage = Usage::new(&baseline);
        let a = baseline.resolve(&id(Some(("A/1", Language::En)), "a.txt")).expect("resolved");
        // Two copies of the document: the larger count counts. A702 was not run.
        let no_a702 = |code: &str| code != "A702";
        usage.record(&baseline, a, &count(&findings(&["A104", "A601"])), no_a702);
        usage.record(&baseline, a, &count(&findings(&["A104", "A104"])), no_a702);
        let stale = usage.stale(&baseline, |p| !p.starts_with("elsewhere/"), ALL);
        let summary: Vec<(String, &str, u64, u64)> = stale
            .iter()
            .map(|s| (baseline.entries()[s.entry].key().to_string(), s.code.as_str(), s.recorded, s.found))
            .collect();
        assert_eq!(
            summary,
            [
                ("A/1 (en)".to_string(), "A104", 3, 2),
                ("A/1 (en)".into(), "A601", 2, 1),
                ("gone/b.txt".into(), "A104", 1, 0)
            ]
        );
        let pruned = baseline.pruned(&stale);
        assert_eq!(pruned.entries().len(), 2);
        assert_eq!(
            pruned.entries()[0].counts,
            entry(None, "", &[("A104", 2), ("A601", 1), ("A702", 1)]).counts
        );
        assert_eq!(pruned.entries()[1].path, "elsewhere/c.txt");
    }

    #[test]
    fn records_shared_symbols_by_path_and_merges_with_the_old_baseline() {
        let old = Baseline::from_entries([
            entry(Some("A/1"), "a.txt", &[("A104", 5), ("A702", 4)]),
            entry(None, "kept/x.txt", &[("A104", 1)]),
            entry(None, "gone.txt", &[("A104", 1), ("A702", 2)]),
        ]);
        let mut recorder = Recorder::new(old);
        let no_a702 = |code: &str| code != "A702";
        let en = Language::En;
        recorder.add(id(Some(("A/1", en)), "a.txt"), &count(&findings(&["A104"])), no_a702);
        recorder.add(id(Some(("A/2", en)), "b1.txt"), &count(&findings(&["A104"])), no_a702);
        recorder.add(id(Some(("A/2", en)), "b2.txt"), &count(&findings(&["A104", "A104"])), no_a702);
        recorder.add(id(Some(("A/2", Language::Fr)), "b-fr.txt"), &count(&findings(&["A104"])), no_a702);
        recorder.add(id(None, "clean.txt"), &FileCounts::new(), no_a702);
        assert_eq!(recorder.documents(), 5);
        let new = recorder.finish(|p| !p.starts_with("kept/"), no_a702);
        let keys: Vec<(String, Vec<(String, u64)>)> = new
            .entries()
            .iter()
            .map(|e| (e.key().to_string(), e.counts.iter().map(|(c, &n)| (c.clone(), n)).collect()))
            .collect();
        let counts = |c: &[(&str, u64)]| c.iter().map(|&(c, n)| (c.to_string(), n)).collect::<Vec<_>>();
        assert_eq!(
            keys,
            [
                ("A/1 (en)".to_string(), counts(&[("A104", 1), ("A702", 4)])),
                ("A/2 (fr)".into(), counts(&[("A104", 1)])),
                ("b1.txt".into(), counts(&[("A104", 1)])),
                ("b2.txt".into(), counts(&[("A104", 2)])),
                ("gone.txt".into(), counts(&[("A702", 2)])),
                ("kept/x.txt".into(), counts(&[("A104", 1)])),
            ]
        );
    }

    #[test]
    fn records_each_document_of_a_file_and_finds_the_missing_ones_stale() {
        let en = Language::En;
        let nth = |document: u32, id: DocumentId| DocumentId { document, ..id };
        let mut recorder = Recorder::new(Baseline::default());
        // A dump of three documents; the first and the third share a symbol and a language.
        recorder.add(nth(1, id(Some(("A/1", en)), "dump.txt")), &count(&findings(&["A104"])), ALL);
        recorder.add(nth(2, id(None, "dump.txt")), &count(&findings(&["A104", "A104"])), ALL);
        recorder.add(nth(3, id(Some(("A/1", en)), "dump.txt")), &count(&findings(&["A601"])), ALL);
        recorder.add(nth(4, id(Some(("A/4", en)), "dump.txt")), &count(&findings(&["A702"])), ALL);
        assert_eq!(recorder.documents(), 4);
        let baseline = recorder.finish(|_| true, ALL);
        let keys: Vec<(String, u32)> =
            baseline.entries().iter().map(|e| (e.key().to_string(), e.document)).collect();
        assert_eq!(
            keys,
            [
                ("A/4 (en)".to_string(), 4),
                ("dump.txt".into(), 1),
                ("dump.txt (document 2)".into(), 2),
                ("dump.txt (document 3)".into(), 3)
            ]
        );

        // The file now holds its first two documents: the others' entries are stale.
        let mut usage = Usage::new(&baseline);
        for (document, symbol, codes) in [(1, Some(("A/1", en)), &["A104"][..]), (2, None, &["A104", "A104"])]
        {
            let entry = baseline.resolve(&nth(document, id(symbol, "dump.txt"))).expect("resolved");
            usage.record(&baseline, entry, &count(&findings(codes)), ALL);
        }
        let stale: Vec<String> = usage
            .stale(&baseline, |path| path == "dump.txt", ALL)
            .iter()
            .map(|s| format!("{} {}", baseline.entries()[s.entry].key(), s.code))
            .collect();
        assert_eq!(stale, ["A/4 (en) A702", "dump.txt (document 3) A601"]);
    }
}
