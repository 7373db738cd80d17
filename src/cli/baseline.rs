//! Baselines on the command line (`--baseline`, `--write-baseline`, `--prune-baseline`, and
//! the configuration's `baseline` key): reading the files, hiding the baselined findings of
//! each document of each file in the workers, gathering what the run found, and at the end
//! reporting the stale entries and writing a pruned or a new baseline atomically. The
//! matching itself is the library's ([`agendum::baseline`]).
//!
//! Paths in a baseline are relative to its folder; they are computed lexically (`..` resolved,
//! links not followed), as the configuration's globs see paths.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use agendum::Span;
use agendum::baseline::{Baseline, ByDocument, DocumentId, Entry, FileCounts, Recorder, Stale, Usage};
use agendum::config::{Config, FileSettings};
use agendum::finding::Finding;
use agendum::lint::registry::{self, RULES};
use agendum::model::Language;
use agendum::render::BaselineSummary;

use super::inputs::{DistinctSettings, Job, Origin};
use super::output::write_file;
use super::{Failure, Status};

/// Stale entries listed on standard error before the rest are summed up.
const STALE_SHOWN: usize = 20;

/// The baseline flags of a run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--baseline FILE`: instead of the configured baselines.
    pub baseline: Option<PathBuf>,
    /// `--write-baseline FILE`.
    pub write: Option<PathBuf>,
    /// `--prune-baseline`.
    pub prune: bool,
    /// `--pass-on-stale-baseline`.
    pub pass_on_stale: bool,
}

/// The inputs a run would read, for telling a deleted document from one not looked at.
#[derive(Debug, Default)]
struct Scope {
    files: HashSet<PathBuf>,
    dirs: Vec<PathBuf>,
}

impl Scope {
    /// The scope of the command line's paths (`-` is standard input, read as `stdin_name`).
    fn new(cwd: &Path, paths: &[PathBuf], stdin_name: Option<&Path>) -> Scope {
        let mut scope = Scope::default();
        for path in paths {
            let path = if path.as_os_str() == "-" {
                match stdin_name {
                    Some(name) => name,
                    None => continue,
                }
            } else {
                path
            };
            let abs = absolute(cwd, path);
            if abs.is_dir() {
                scope.dirs.push(abs);
            } else {
                scope.files.insert(abs);
            }
        }
        scope
    }

    fn contains(&self, abs: &Path) -> bool {
        self.files.contains(abs) || self.dirs.iter().any(|d| abs.starts_with(d))
    }
}

/// One baseline file in use.
struct File {
    /// As named (on the command line, or the configuration's folder joined with its value).
    shown: PathBuf,
    /// Its folder, absolute: paths in it are relative to this.
    dir: PathBuf,
    baseline: Baseline,
    /// `--write-baseline`: the baseline the new one is merged into.
    replaced: Option<Baseline>,
}

/// The documents of a file as a baseline knows them, in order: each one's span in the file and
/// its [`agendum::baseline::document_symbol`].
pub type DocumentSymbols = Vec<(Span, Option<(String, Language)>)>;

/// What a worker hands back about one document of a file, for the end of the run.
#[derive(Debug)]
pub struct FileRecord {
    file: usize,
    id: DocumentId,
    entry: Option<usize>,
    counts: FileCounts,
}

/// The baselines of a run: what the workers share.
#[derive(Default)]
pub struct Baselines {
    cwd: PathBuf,
    files: Vec<File>,
    /// The baseline of each configuration met so far (by index in the run's configurations).
    by_config: Vec<Option<usize>>,
    /// `--baseline` or `--write-baseline`: the one file every configuration uses.
    only: Option<usize>,
    writing: bool,
    prune: bool,
    pass_on_stale: bool,
    scope: Scope,
}

/// What the run found, gathered in the main thread for the end of the run: per baseline file,
/// its usage, or (`--write-baseline`) the new baseline being built.
pub struct Gathered {
    usage: Vec<Usage>,
    recorders: Vec<Option<Recorder>>,
    /// The settings of every file of the run (the rules enabled for any input).
    settings: DistinctSettings,
}

impl Gathered {
    /// In the main thread, in path order: take note of each file's settings and of the records
    /// of its documents.
    pub fn absorb(&mut self, baselines: &Baselines, settings: &Arc<FileSettings>, records: Vec<FileRecord>) {
        self.settings.note(settings);
        if records.is_empty() {
            return;
        }
        self.catch_up(baselines);
        let enabled =
            |code: &str| registry::lookup(code).is_some_and(|r| settings.options.rules.is_enabled(r));
        for record in records {
            if let Some(Some(recorder)) = self.recorders.get_mut(record.file) {
                recorder.add(record.id, &record.counts, enabled);
            } else if let (Some(entry), Some(usage)) = (record.entry, self.usage.get_mut(record.file)) {
                usage.record(&baselines.files[record.file].baseline, entry, &record.counts, enabled);
            }
        }
    }

    /// Make room for the baselines named by configurations met during the run.
    fn catch_up(&mut self, baselines: &Baselines) {
        while self.usage.len() < baselines.files.len() {
            self.usage.push(Usage::new(&baselines.files[self.usage.len()].baseline));
            self.recorders.push(None);
        }
    }

    /// The rules enabled for any input, by index in [`RULES`].
    fn enabled_in_run(&self) -> Vec<bool> {
        let mut enabled = vec![false; RULES.len()];
        for settings in self.settings.iter() {
            for (on, rule) in enabled.iter_mut().zip(RULES) {
                *on |= settings.options.rules.is_enabled(rule);
            }
        }
        enabled
    }
}

impl Baselines {
    /// No baseline.
    pub fn off() -> Self {
        Baselines::default()
    }

    /// Load the baselines the run uses: `--write-baseline`'s file (to merge into, when it
    /// exists), else `--baseline`'s, else those the configurations found so far name (see
    /// [`Baselines::adopt`] for those found later). `paths` are the command line's,
    /// `stdin_name` the name of standard input.
    pub fn load(
        options: &Options,
        configs: &[Arc<Config>],
        paths: &[PathBuf],
        stdin_name: Option<&Path>,
    ) -> Result<Self, Failure> {
        let cwd = std::env::current_dir()
            .map_err(|e| Failure::new(format!("cannot read the current folder: {e}")))?;
        let scope = Scope::new(&cwd, paths, stdin_name);
        let mut this = Baselines {
            by_config: Vec::new(),
            only: None,
            writing: options.write.is_some(),
            prune: options.prune,
            pass_on_stale: options.pass_on_stale,
            scope,
            files: Vec::new(),
            cwd,
        };
        if let Some(path) = &options.write {
            // Fail before the run, not after it.
            let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            if !folder.is_dir() {
                return Err(Failure::new(format!(
                    "cannot write baseline `{}`: folder `{}` does not exist",
                    path.display(),
                    folder.display()
                )));
            }
            let old = match fs::read_to_string(path) {
                Ok(text) => parse(path, &text)?,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Baseline::default(),
                Err(e) => {
                    return Err(Failure::new(format!("cannot read baseline `{}`: {e}", path.display())));
                }
            };
            this.only = Some(this.add(path, Some(old), Baseline::default()));
        } else if let Some(path) = &options.baseline {
            let baseline = read(path)?;
            this.only = Some(this.add(path, None, baseline));
        }
        this.adopt(configs)?;
        if this.prune && this.files.is_empty() {
            return Err(Failure::new(
                "--prune-baseline: no baseline in use (give --baseline FILE or set `baseline` in agendum.toml)",
            ));
        }
        Ok(this)
    }

    /// Take in the configurations found since the last call (the walk finds them as it goes),
    /// loading the baselines they name.
    pub fn adopt(&mut self, configs: &[Arc<Config>]) -> Result<(), Failure> {
        for config in &configs[self.by_config.len().min(configs.len())..] {
            let index = match (self.only, config.baseline()) {
                (Some(only), _) => Some(only),
                (None, None) => None,
                (None, Some(path)) => {
                    let abs = absolute(&self.cwd, path);
                    match self.files.iter().position(|f| absolute(&self.cwd, &f.shown) == abs) {
                        Some(index) => Some(index),
                        None => {
                            // Name it as the user would: relative to the current folder when inside it.
                            let shown = path.strip_prefix(&self.cwd).unwrap_or(path);
                            let baseline = read(shown)?;
                            Some(self.add(shown, None, baseline))
                        }
                    }
                }
            };
            self.by_config.push(index);
        }
        Ok(())
    }

    fn add(&mut self, shown: &Path, replaced: Option<Baseline>, baseline: Baseline) -> usize {
        let abs = absolute(&self.cwd, shown);
        let dir = abs.parent().map_or_else(|| abs.clone(), Path::to_path_buf);
        self.files.push(File { shown: shown.to_path_buf(), dir, baseline, replaced });
        self.files.len() - 1
    }

    /// Start gathering what the run finds (takes the baseline a `--write-baseline` replaces).
    pub fn gather(&mut self) -> Gathered {
        Gathered {
            usage: self.files.iter().map(|f| Usage::new(&f.baseline)).collect(),
            recorders: self.files.iter_mut().map(|f| f.replaced.take().map(Recorder::new)).collect(),
            settings: DistinctSettings::default(),
        }
    }

    /// True when a baseline is in use (documents' identities are then needed).
    pub fn is_active(&self) -> bool {
        !self.files.is_empty()
    }

    /// In a worker: the findings a file reports (the baselined ones of each of its documents
    /// hidden), in their order, how many it hides, and what the end of the run needs to know
    /// about each document. `documents` are the file's documents (all of it as one document
    /// without a symbol when empty); a finding is its document's whose span holds its start.
    pub fn apply<'f>(
        &self,
        job: &Job,
        documents: DocumentSymbols,
        findings: &'f [Finding],
    ) -> (Cow<'f, [Finding]>, Option<BaselineSummary>, Vec<FileRecord>) {
        let Some(index) = self.by_config.get(job.config).copied().flatten() else {
            return (Cow::Borrowed(findings), None, Vec::new());
        };
        let file = &self.files[index];
        let path = match job.origin {
            Origin::Stdin if job.path.as_os_str() == "-" => "-".to_string(),
            _ => relative(&file.dir, &absolute(&self.cwd, &job.path)),
        };
        let documents = if documents.is_empty() { vec![(Span::empty(0), None)] } else { documents };
        let spans: Vec<Span> = documents.iter().map(|(span, _)| *span).collect();
        let by_document = ByDocument::new(&spans, findings);
        let ids: Vec<DocumentId> = documents
            .into_iter()
            .zip(1..)
            .map(|((_, symbol), document)| DocumentId { symbol, path: path.clone(), document })
            .collect();
        let (reported, baselined, entries) = if self.writing {
            // Everything found is recorded, so nothing is new.
            (Cow::Owned(Vec::new()), findings.len() as u64, vec![None; ids.len()])
        } else {
            let entries: Vec<Option<usize>> = ids.iter().map(|id| file.baseline.resolve(id)).collect();
            let recorded: Vec<Option<&Entry>> =
                entries.iter().map(|e| e.and_then(|i| file.baseline.entries().get(i))).collect();
            let (reported, hidden) = by_document.filter(&recorded, findings);
            (reported, hidden, entries)
        };
        let summary = BaselineSummary { baselined, stale: 0 };
        let records = ids
            .into_iter()
            .zip(entries)
            .zip(by_document.into_counts())
            .map(|((id, entry), counts)| FileRecord { file: index, id, entry, counts })
            .collect();
        (reported, Some(summary), records)
    }

    /// At the end of the run: report stale entries (on standard error), write the pruned or
    /// the new baseline, and add the stale count to the summary; nothing of this when the run
    /// was cut short (`incomplete`: an error, a closed pipe). The status says whether stale
    /// entries fail the run.
    pub fn finish(
        &self,
        mut gathered: Gathered,
        incomplete: bool,
        summary: &mut Option<BaselineSummary>,
    ) -> Result<Status, Failure> {
        let mut status = Status::Success;
        let enabled_in_run = gathered.enabled_in_run();
        let enabled = |code: &str| registry::lookup(code).is_some_and(|r| enabled_in_run[r.index()]);
        gathered.catch_up(self);
        let found = self.files.iter().zip(gathered.usage).zip(gathered.recorders);
        for ((file, usage), recorder) in found {
            let in_scope = |path: &str| self.scope.contains(&absolute(&file.dir, Path::new(path)));
            if let Some(recorder) = recorder {
                if incomplete {
                    eprintln!(
                        "agendum: baseline `{}` not written: the run did not finish",
                        file.shown.display()
                    );
                    continue;
                }
                let documents = recorder.documents();
                let new = recorder.finish(in_scope, enabled);
                write(&file.shown, &new)?;
                eprintln!(
                    "agendum: recorded {} in baseline `{}`, which holds {} of {}",
                    plural(documents as u64, "document"),
                    file.shown.display(),
                    plural(new.total(), "finding"),
                    plural(new.entries().len() as u64, "document"),
                );
                continue;
            }
            if incomplete {
                continue;
            }
            let stale = usage.stale(&file.baseline, in_scope, enabled);
            if stale.is_empty() {
                continue;
            }
            if self.prune {
                let pruned = file.baseline.pruned(&stale);
                write(&file.shown, &pruned)?;
                eprintln!(
                    "agendum: pruned {} of baseline `{}`",
                    plural_entries(stale.len()),
                    file.shown.display()
                );
                continue;
            }
            summary.get_or_insert_default().stale += stale.len() as u64;
            eprint!("{}", describe_stale(&file.shown, &file.baseline, &stale));
            if !self.pass_on_stale {
                status = Status::Failure;
            }
        }
        if status == Status::Failure {
            eprintln!(
                "agendum: run with --prune-baseline to lower them, or with --pass-on-stale-baseline not to fail on them"
            );
        }
        Ok(status)
    }
}

/// The stale entries of one file, for standard error.
fn describe_stale(shown: &Path, baseline: &Baseline, stale: &[Stale]) -> String {
    let mut text = format!(
        "agendum: baseline `{}` has {} (fewer findings than recorded):\n",
        shown.display(),
        plural_entries(stale.len())
    );
    for s in stale.iter().take(STALE_SHOWN) {
        let key = baseline.entries()[s.entry].key();
        let _ = writeln!(text, "  {key} {}: {} recorded, {} found", s.code, s.recorded, s.found);
    }
    if stale.len() > STALE_SHOWN {
        let _ = writeln!(text, "  … and {} more", stale.len() - STALE_SHOWN);
    }
    text
}

fn plural(n: u64, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn plural_entries(n: usize) -> String {
    format!("{n} stale {}", if n == 1 { "entry" } else { "entries" })
}

fn read(path: &Path) -> Result<Baseline, Failure> {
    let text = fs::read_to_string(path).map_err(|e| {
        Failure::new(if e.kind() == std::io::ErrorKind::NotFound {
            format!("baseline `{0}` does not exist: create it with --write-baseline {0}", path.display())
        } else {
            format!("cannot read baseline `{}`: {e}", path.display())
        })
    })?;
    parse(path, &text)
}

fn parse(path: &Path, text: &str) -> Result<Baseline, Failure> {
    Baseline::parse(text).map_err(|e| Failure::new(format!("baseline `{}`: {e}", path.display())))
}

fn write(path: &Path, baseline: &Baseline) -> Result<(), Failure> {
    write_file(path, baseline.to_json().as_bytes())
        .map_err(|e| Failure::new(format!("cannot write baseline `{}`: {e}", path.display())))
}

/// `path` made absolute against `cwd` and normalized lexically: `.` dropped, `..` taking off
/// the component before it (links are not followed: paths are compared as written).
fn absolute(cwd: &Path, path: &Path) -> PathBuf {
    let mut abs = PathBuf::new();
    for component in cwd.join(path).components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                abs.pop();
            }
            other => abs.push(other),
        }
    }
    abs
}

/// `path` relative to `dir` (both absolute and normalized), `/`-separated, with `..` for each
/// folder of `dir` it is not inside.
fn relative(dir: &Path, path: &Path) -> String {
    let dir: Vec<Component> = dir.components().collect();
    let path: Vec<Component> = path.components().collect();
    let common = dir.iter().zip(&path).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<Cow<'_, str>> = vec![Cow::Borrowed(".."); dir.len() - common];
    parts.extend(path[common..].iter().map(|c| c.as_os_str().to_string_lossy()));
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_to_the_baseline_folder() {
        let cwd = Path::new("/work/corpus");
        let dir = absolute(cwd, Path::new("ci"));
        assert_eq!(dir, Path::new("/work/corpus/ci"));
        assert_eq!(relative(&dir, &absolute(cwd, Path::new("ci/docs/./a.txt"))), "docs/a.txt");
        assert_eq!(relative(&dir, &absolute(cwd, Path::new("docs/../legacy/b.txt"))), "../legacy/b.txt");
        assert_eq!(relative(&dir, &absolute(cwd, Path::new("/elsewhere/c.txt"))), "../../../elsewhere/c.txt");
        assert_eq!(relative(&dir, &dir), "");
    }

    #[test]
    fn scope_holds_named_files_and_everything_under_named_folders() {
        let dir = tempfile::tempdir().expect("a folder");
        fs::create_dir(dir.path().join("docs")).expect("docs");
        let scope =
            Scope::new(dir.path(), &["docs".into(), "one.txt".into(), "-".into()], Some(Path::new("in.txt")));
        let at = |p: &str| absolute(dir.path(), Path::new(p));
        assert!(scope.contains(&at("docs/sub/a.txt")));
        assert!(scope.contains(&at("one.txt")));
        assert!(scope.contains(&at("in.txt")));
        assert!(!scope.contains(&at("docsx/a.txt")));
        assert!(!scope.contains(&at("two.txt")));
    }
}
