//! From the paths on the command line to the files to process, one at a time in path order:
//! finding each file's configuration (the nearest `agendum.toml`, cached per folder), walking
//! folders lazily in name order (symlinks followed, loops reported), and filtering by the
//! include/exclude globs.
//!
//! Files named on the command line are always read; globs filter only what a folder walk
//! finds. A problem met while walking (a loop, an unreadable folder, a broken link) becomes an
//! unreadable input, reported as A005 on its path; a missing or unreadable path named on the
//! command line is an error of the whole run.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::ffi::OsStr;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use agendum::config::{CliSettings, Config, FILE_NAME, FileSettings};
use walkdir::WalkDir;

use super::Failure;

/// Folders a walk never enters: version-control metadata.
const SKIPPED_DIRS: &[&str] = &[".git", ".hg", ".svn"];

/// Folders whose configuration is remembered; past this the memo starts afresh, so that it
/// does not grow with the tree (a walk asks about the folders of one branch at a time).
const REMEMBERED_DIRS: usize = 4096;

/// What a job reads.
#[derive(Debug)]
pub enum Origin {
    /// A file on disk.
    File {
        /// True when named on the command line (a read error is then fatal).
        explicit: bool,
    },
    /// Standard input (read before processing).
    Stdin,
    /// A path the walk could not enter or read: why.
    Unreadable(String),
}

/// One input to process.
#[derive(Debug)]
pub struct Job {
    /// The path to read.
    pub path: PathBuf,
    /// The path as shown (as given, or the folder as given joined with the walked path).
    pub display: String,
    /// What to read.
    pub origin: Origin,
    /// The settings that apply.
    pub settings: Arc<FileSettings>,
    /// Index of its configuration in [`Configs::all`].
    pub config: usize,
}

/// Configurations found so far, by folder.
pub struct Configs {
    cwd: PathBuf,
    cli: CliSettings,
    explicit: Option<usize>,
    /// The configuration of each folder asked about (a memo, bounded).
    by_dir: HashMap<PathBuf, usize>,
    /// Each configuration file loaded, by path, so that one is loaded once.
    by_file: HashMap<PathBuf, usize>,
    all: Vec<Arc<Config>>,
    default: Option<usize>,
}

impl Configs {
    /// Start discovery; with `--config`, that file governs every input.
    pub fn new(cli: CliSettings, explicit: Option<&Path>) -> Result<Self, Failure> {
        let cwd = std::env::current_dir()
            .map_err(|e| Failure::new(format!("cannot read the current folder: {e}")))?;
        let mut configs = Configs {
            cwd,
            cli,
            explicit: None,
            by_dir: HashMap::new(),
            by_file: HashMap::new(),
            all: Vec::new(),
            default: None,
        };
        if let Some(path) = explicit {
            let config = configs.load(path)?;
            configs.explicit = Some(configs.push(config));
        }
        Ok(configs)
    }

    /// Every configuration in use.
    pub fn all(&self) -> &[Arc<Config>] {
        &self.all
    }

    fn push(&mut self, config: Config) -> usize {
        self.all.push(Arc::new(config));
        self.all.len() - 1
    }

    /// The absolute form of a path (lexically: `..` and links are left alone, as the globs
    /// see paths as written).
    pub fn absolute(&self, path: &Path) -> PathBuf {
        let mut abs = self.cwd.clone();
        for component in path.components() {
            if component != Component::CurDir {
                abs.push(component);
            }
        }
        abs
    }

    fn load(&self, path: &Path) -> Result<Config, Failure> {
        let text = fs::read_to_string(path)
            .map_err(|e| Failure::new(format!("cannot read configuration `{}`: {e}", path.display())))?;
        let base = self.absolute(path).parent().map(Path::to_path_buf);
        // Name the file as the user would: relative to the current folder when inside it.
        let shown = path.strip_prefix(&self.cwd).unwrap_or(path).display().to_string();
        Config::parse(&text, &shown, base, self.cli.clone()).map_err(|e| Failure::new(e.to_string()))
    }

    /// The configuration governing files in `dir`: the nearest `agendum.toml` at or above it.
    pub fn for_dir(&mut self, dir: &Path) -> Result<usize, Failure> {
        if let Some(i) = self.explicit {
            return Ok(i);
        }
        let dir = self.absolute(dir);
        let mut visited = Vec::new();
        let mut found = None;
        for ancestor in dir.ancestors() {
            if let Some(&i) = self.by_dir.get(ancestor) {
                found = Some(i);
                break;
            }
            visited.push(ancestor.to_path_buf());
            let candidate = ancestor.join(FILE_NAME);
            if let Some(&i) = self.by_file.get(&candidate) {
                found = Some(i);
                break;
            }
            if candidate.is_file() {
                let config = self.load(&candidate)?;
                let i = self.push(config);
                self.by_file.insert(candidate, i);
                found = Some(i);
                break;
            }
        }
        let i = match found {
            Some(i) => i,
            None => match self.default {
                Some(i) => i,
                None => {
                    let i = self.push(Config::default_with(self.cli.clone()));
                    self.default = Some(i);
                    i
                }
            },
        };
        if self.by_dir.len() + visited.len() > REMEMBERED_DIRS {
            self.by_dir.clear();
        }
        for dir in visited {
            self.by_dir.insert(dir, i);
        }
        Ok(i)
    }

    /// The configuration governing a path (that of its folder).
    fn for_path(&mut self, path: &Path) -> Result<usize, Failure> {
        self.for_dir(parent(path))
    }

    /// The configuration and settings of a file.
    fn settings(&mut self, path: &Path) -> Result<(usize, Arc<FileSettings>), Failure> {
        let i = self.for_path(path)?;
        Ok((i, self.all[i].settings_for(&self.absolute(path))))
    }
}

/// The folder of a path (`.` for a bare file name).
fn parent(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// How a walked path is shown: the folder as given joined with the path below it (just the
/// path below it when the folder is `.`).
fn display_walked(root: &Path, path: &Path) -> String {
    let shown = if root == Path::new(".") { path.strip_prefix(".").unwrap_or(path) } else { path };
    shown.to_string_lossy().into_owned()
}

/// The order of the output: by the path as shown, compared component by component (so that
/// a folder's files come before `folder-2/`, as a walk in name order yields them).
fn path_order(a: &str, b: &str) -> Ordering {
    Path::new(a).cmp(Path::new(b))
}

/// The distinct settings of a set of files (they share few: one per configuration and set of
/// matching overrides).
#[derive(Default)]
pub struct DistinctSettings(Vec<Arc<FileSettings>>);

impl DistinctSettings {
    /// Count a file's settings in.
    pub fn note(&mut self, settings: &Arc<FileSettings>) {
        if !self.0.iter().any(|s| Arc::ptr_eq(s, settings)) {
            self.0.push(Arc::clone(settings));
        }
    }

    /// Each distinct settings once.
    pub fn iter(&self) -> impl Iterator<Item = &FileSettings> {
        self.0.iter().map(|s| s.as_ref())
    }
}

/// What a path of the command line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Stdin,
    File,
    Folder,
}

/// A path of the command line.
struct Root {
    path: PathBuf,
    /// How its jobs are shown, up to the root: every job of the root sorts at or after it.
    shown: String,
    kind: Kind,
}

/// The next job of a root, waiting in [`Jobs::heads`] (or the root itself, not started).
struct Head {
    root: usize,
    job: Option<Job>,
}

impl Head {
    fn key(&self, roots: &[Root]) -> String {
        match &self.job {
            Some(job) => job.display.clone(),
            None => roots[self.root].shown.clone(),
        }
    }
}

/// A [`Head`] with its sort key: the path as shown, then the command line's order.
struct Keyed {
    key: String,
    head: Head,
}

impl Ord for Keyed {
    fn cmp(&self, other: &Self) -> Ordering {
        path_order(&self.key, &other.key).then(self.head.root.cmp(&other.head.root))
    }
}

impl PartialOrd for Keyed {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Keyed {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Keyed {}

/// The jobs of the command line's paths, one at a time, sorted by the path as shown.
///
/// Nothing is gathered: each folder is walked lazily in name order, which is path order, and
/// the roots (the command line's paths) are merged by their next job, a root entering the
/// merge only when the output reaches its path. Memory is thus that of one folder listing
/// per level being walked, whatever the number of files. A file reached twice (a file named
/// and inside a named folder, a folder named twice) shows up as the same path from two
/// roots, one after the other: the first root on the command line keeps it. Only when two
/// roots reach the same files under different spellings (`docs` and `./docs`) are the
/// absolute paths remembered, to drop the second sight.
pub struct Jobs {
    configs: Configs,
    roots: Vec<Root>,
    heads: BinaryHeap<Reverse<Keyed>>,
    walks: Vec<Option<Walk>>,
    /// The path of the last file yielded.
    last: Option<String>,
    /// Absolute paths yielded so far, kept only when roots overlap under different spellings.
    seen: Option<HashSet<PathBuf>>,
    /// An error ended the walk.
    failed: bool,
}

impl Jobs {
    /// The jobs for the paths of the command line (`-` is standard input, shown as
    /// `stdin_filename`). A path that cannot be read is an error of the run.
    pub fn new(paths: &[PathBuf], stdin_filename: Option<&Path>, configs: Configs) -> Result<Self, Failure> {
        let mut roots = Vec::new();
        for path in paths {
            if path.as_os_str() == "-" {
                if !roots.iter().any(|r: &Root| r.kind == Kind::Stdin) {
                    let shown = stdin_filename.unwrap_or(Path::new("-"));
                    let shown_text = shown.to_string_lossy().into_owned();
                    roots.push(Root { path: shown.to_path_buf(), shown: shown_text, kind: Kind::Stdin });
                }
                continue;
            }
            let meta = fs::metadata(path)
                .map_err(|e| Failure::new(format!("cannot read `{}`: {e}", path.display())))?;
            let (kind, shown) = if meta.is_dir() {
                (Kind::Folder, display_walked(path, path))
            } else {
                (Kind::File, path.to_string_lossy().into_owned())
            };
            roots.push(Root { path: path.clone(), shown, kind });
        }
        let seen = overlap_spelled_apart(&roots, &configs).then(HashSet::new);
        let mut jobs = Jobs {
            configs,
            roots,
            heads: BinaryHeap::new(),
            walks: Vec::new(),
            last: None,
            seen,
            failed: false,
        };
        jobs.load_configs()?;
        jobs.rewind();
        Ok(jobs)
    }

    /// Load every configuration the run will meet, so that a broken one is an error of the
    /// run before any output rather than when the walk reaches it: the folders of each walk
    /// (not their files), entered as the walk enters them, and the folder of each named file.
    fn load_configs(&mut self) -> Result<(), Failure> {
        if self.configs.explicit.is_some() {
            return Ok(());
        }
        for root in &self.roots {
            match root.kind {
                Kind::Stdin => {}
                Kind::File => {
                    self.configs.for_path(&root.path)?;
                }
                Kind::Folder => {
                    let mut walk =
                        WalkDir::new(&root.path).follow_links(true).sort_by_file_name().into_iter();
                    while let Some(entry) = walk.next() {
                        // What cannot be read is the walk's to report, as a finding.
                        let Ok(entry) = entry else { continue };
                        if !entry.file_type().is_dir() {
                            continue;
                        }
                        if entry.depth() > 0 && skip_dir(entry.path(), &mut self.configs)? {
                            walk.skip_current_dir();
                            continue;
                        }
                        self.configs.for_dir(entry.path())?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Start again from the first job (the folders are walked again).
    pub fn rewind(&mut self) {
        self.heads.clear();
        for root in 0..self.roots.len() {
            self.push(Head { root, job: None });
        }
        self.walks = (0..self.roots.len()).map(|_| None).collect();
        self.last = None;
        if let Some(seen) = &mut self.seen {
            seen.clear();
        }
        self.failed = false;
    }

    /// The configurations found so far.
    pub fn configs(&self) -> &Configs {
        &self.configs
    }

    /// The settings of every job, for what must be known before the first is processed (the
    /// rules SARIF lists up front): a walk of its own, then [`Jobs::rewind`].
    pub fn distinct_settings(&mut self) -> Result<DistinctSettings, Failure> {
        let mut distinct = DistinctSettings::default();
        for job in self.by_ref() {
            distinct.note(&job?.settings);
        }
        self.rewind();
        Ok(distinct)
    }

    fn push(&mut self, head: Head) {
        let key = head.key(&self.roots);
        self.heads.push(Reverse(Keyed { key, head }));
    }

    /// The next job in path order, duplicates included.
    fn next_any(&mut self) -> Result<Option<Job>, Failure> {
        while let Some(Reverse(Keyed { head, .. })) = self.heads.pop() {
            let root = head.root;
            match head.job {
                Some(job) => {
                    self.advance(root)?;
                    return Ok(Some(job));
                }
                None => self.start(root)?,
            }
        }
        Ok(None)
    }

    /// A root's turn has come: queue its first job.
    fn start(&mut self, root: usize) -> Result<(), Failure> {
        let Root { path, shown, kind } = &self.roots[root];
        let origin = match kind {
            Kind::Folder => {
                self.walks[root] = Some(Walk::new(path));
                return self.advance(root);
            }
            Kind::Stdin => Origin::Stdin,
            Kind::File => Origin::File { explicit: true },
        };
        let (config, settings) = self.configs.settings(path)?;
        let job = Job { path: path.clone(), display: shown.clone(), origin, settings, config };
        self.push(Head { root, job: Some(job) });
        Ok(())
    }

    /// Queue the next job of a folder root, if any.
    fn advance(&mut self, root: usize) -> Result<(), Failure> {
        let Some(walk) = &mut self.walks[root] else { return Ok(()) };
        match walk.next(&mut self.configs)? {
            Some(job) => self.push(Head { root, job: Some(job) }),
            None => self.walks[root] = None,
        }
        Ok(())
    }

    /// True for a file yielded already (standard input is never one).
    fn repeats(&mut self, job: &Job) -> bool {
        if matches!(job.origin, Origin::Stdin) {
            return false;
        }
        // As paths: `docs/./a.txt` is `docs/a.txt`.
        if self.last.as_deref().is_some_and(|last| Path::new(last) == Path::new(&job.display)) {
            return true;
        }
        if let Some(seen) = &mut self.seen
            && !seen.insert(self.configs.absolute(&job.path))
        {
            return true;
        }
        self.last = Some(job.display.clone());
        false
    }
}

impl Iterator for Jobs {
    type Item = Result<Job, Failure>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.failed {
            match self.next_any() {
                Ok(Some(job)) if self.repeats(&job) => continue,
                Ok(job) => return job.map(Ok),
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

/// True when two roots reach the same files under different spellings (`docs` and
/// `./docs/sub`): their jobs then do not meet in the merge, and only a set of the paths
/// seen tells the second sight.
fn overlap_spelled_apart(roots: &[Root], configs: &Configs) -> bool {
    let mut by_path: Vec<(PathBuf, &Root)> =
        roots.iter().filter(|r| r.kind != Kind::Stdin).map(|r| (configs.absolute(&r.path), r)).collect();
    by_path.sort_by(|a, b| a.0.cmp(&b.0));
    // Sorted by components, the roots inside a root follow it: keep the chain of enclosing ones.
    let mut enclosing: Vec<(PathBuf, &Root)> = Vec::new();
    for (abs, root) in by_path {
        while enclosing.last().is_some_and(|(outer, _)| !abs.starts_with(outer)) {
            enclosing.pop();
        }
        for (outer_abs, outer) in &enclosing {
            let below = abs.strip_prefix(outer_abs).unwrap_or(&abs);
            if Path::new(&outer.shown).join(below) != Path::new(&root.shown) {
                return true;
            }
        }
        enclosing.push((abs, root));
    }
    false
}

/// A folder root being walked, in name order.
struct Walk {
    root: PathBuf,
    entries: walkdir::IntoIter,
}

impl Walk {
    fn new(root: &Path) -> Self {
        // Sorted as the output is: by name as shown (the same as by bytes for UTF-8 names).
        let entries = WalkDir::new(root)
            .follow_links(true)
            .sort_by(|a, b| a.file_name().to_string_lossy().cmp(&b.file_name().to_string_lossy()))
            .into_iter();
        Walk { root: root.to_path_buf(), entries }
    }

    /// The next file the walk reads (or reports as unreadable).
    fn next(&mut self, configs: &mut Configs) -> Result<Option<Job>, Failure> {
        let root = self.root.as_path();
        while let Some(entry) = self.entries.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => match unreadable(root, &error, configs)? {
                    Some(job) => return Ok(Some(job)),
                    None => continue,
                },
            };
            let path = entry.path();
            if entry.file_type().is_dir() {
                if entry.depth() > 0 && skip_dir(path, configs)? {
                    self.entries.skip_current_dir();
                }
                continue;
            }
            if !entry.file_type().is_file() {
                continue;
            }
            let config = configs.for_path(path)?;
            let abs = configs.absolute(path);
            if !configs.all[config].includes_file(&abs) {
                continue;
            }
            let settings = configs.all[config].settings_for(&abs);
            let job = Job {
                path: path.to_path_buf(),
                display: display_walked(root, path),
                origin: Origin::File { explicit: false },
                settings,
                config,
            };
            return Ok(Some(job));
        }
        Ok(None)
    }
}

/// True for a folder the walk does not enter: version-control metadata, or excluded by the
/// configuration of the folder holding it.
fn skip_dir(path: &Path, configs: &mut Configs) -> Result<bool, Failure> {
    if path.file_name().is_some_and(|n| SKIPPED_DIRS.iter().any(|s| OsStr::new(s) == n)) {
        return Ok(true);
    }
    let i = configs.for_path(path)?;
    Ok(configs.all[i].excludes_dir(&configs.absolute(path)))
}

/// The job reporting a path the walk could not read, unless the configuration leaves it out;
/// an error of the run when it is the root itself.
fn unreadable(root: &Path, error: &walkdir::Error, configs: &mut Configs) -> Result<Option<Job>, Failure> {
    let Some(path) = error.path().map(Path::to_path_buf) else {
        return Err(Failure::new(format!("cannot read `{}`: {error}", root.display())));
    };
    if error.depth() == 0 {
        return Err(Failure::new(format!("cannot read `{}`: {}", root.display(), describe(error))));
    }
    let (config, settings) = configs.settings(&path)?;
    let is_dir = error.loop_ancestor().is_some() || fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
    let abs = configs.absolute(&path);
    let wanted = if is_dir {
        !configs.all[config].excludes_dir(&abs)
    } else {
        configs.all[config].includes_file(&abs)
    };
    Ok(wanted.then(|| Job {
        display: display_walked(root, &path),
        path,
        origin: Origin::Unreadable(describe(error)),
        settings,
        config,
    }))
}

/// A walk error in the words of a finding message.
fn describe(error: &walkdir::Error) -> String {
    if let Some(ancestor) = error.loop_ancestor() {
        return format!("symbolic link loop: it leads back to `{}`", ancestor.display());
    }
    match error.io_error() {
        Some(io) if io.kind() == std::io::ErrorKind::NotFound => {
            "broken symbolic link or vanished file".to_string()
        }
        Some(io) => io.to_string(),
        None => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree of files (`name/` makes a folder) in a fresh temporary folder.
    fn tree(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("a temporary folder");
        // Written in reverse, so that no order comes from the file system's.
        for name in files.iter().rev() {
            let path = dir.path().join(name);
            if name.ends_with('/') {
                fs::create_dir_all(&path).expect("a folder");
            } else {
                fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
                fs::write(&path, "1. Opening of the session.\n").expect("a file");
            }
        }
        dir
    }

    fn jobs(paths: &[PathBuf]) -> Jobs {
        let configs = Configs::new(CliSettings::default(), None).expect("configurations");
        Jobs::new(paths, None, configs).expect("the jobs")
    }

    /// The paths of the jobs, below `base`, and whether each was named.
    fn shown(jobs: Jobs, base: &Path) -> Vec<(String, bool)> {
        jobs.map(|job| {
            let job = job.expect("a job");
            let below = Path::new(&job.display).strip_prefix(base).expect("below the base");
            (below.display().to_string(), matches!(job.origin, Origin::File { explicit: true }))
        })
        .collect()
    }

    const MIXED: &[&str] = &[
        "a.txt",
        "a-b.txt",
        "a/z.txt",
        "a/b/c.txt",
        "a b/x.txt",
        "B.txt",
        "9.txt",
        "10.txt",
        "é.txt",
        "e.txt",
        "ab/y.txt",
        "a/b.txt",
        "a/b-c/d.txt",
        "notes.md",
        ".git/HEAD.txt",
    ];

    #[test]
    fn a_walk_yields_files_in_path_order() {
        let dir = tree(MIXED);
        let walked: Vec<String> =
            shown(jobs(&[dir.path().to_path_buf()]), dir.path()).into_iter().map(|(path, _)| path).collect();
        let mut expected: Vec<&str> =
            MIXED.iter().copied().filter(|p| p.ends_with(".txt") && !p.starts_with(".git")).collect();
        expected.sort_by(|a, b| Path::new(a).cmp(Path::new(b)));
        assert_eq!(walked, expected);
        assert_eq!(walked[..5], ["10.txt", "9.txt", "B.txt", "a/b/c.txt", "a/b-c/d.txt"]);
    }

    #[test]
    fn roots_merge_in_path_order_and_a_file_reached_twice_is_read_once() {
        let dir = tree(MIXED);
        let at = |p: &str| dir.path().join(p);
        // A folder inside another, a file inside a folder named before and after it, a folder
        // named twice, roots out of order.
        let paths = [at("e.txt"), at("a/b"), at("a/z.txt"), at("a"), at("a-b.txt"), at("a"), at("a/b.txt")];
        let walked = shown(jobs(&paths), dir.path());
        let expected = [
            ("a/b/c.txt", false),
            ("a/b-c/d.txt", false),
            ("a/b.txt", false),
            ("a/z.txt", true),
            ("a-b.txt", true),
            ("e.txt", true),
        ];
        let expected: Vec<(String, bool)> =
            expected.iter().map(|&(p, named)| (p.to_string(), named)).collect();
        assert_eq!(walked, expected);
    }

    #[test]
    fn the_same_folder_spelled_two_ways_is_walked_once() {
        let dir = tree(&["docs/a.txt", "docs/sub/b.txt"]);
        let plain = dir.path().join("docs");
        let dotted = dir.path().join("./docs/../docs/sub").join(".");
        let spelled: PathBuf = [dir.path(), Path::new("."), Path::new("docs")].iter().collect();
        let count = |paths: &[PathBuf]| jobs(paths).count();
        assert_eq!(count(&[plain.clone(), spelled.clone()]), 2);
        // `..` is kept lexically, as the globs see it: not the same path.
        assert_eq!(count(&[plain.join("sub"), dotted]), 2);
        assert_eq!(count(&[spelled, plain.join("sub/b.txt")]), 2);
    }

    #[test]
    fn the_walk_is_lazy() {
        let dir = tree(&["a/1.txt", "b/2.txt", "c/3.txt"]);
        let mut jobs = jobs(&[dir.path().to_path_buf()]);
        let first = jobs.next().expect("a job").expect("no error");
        assert!(first.display.ends_with("1.txt"));
        // The walk is one file ahead, in `b`: a file added to `c` now is seen.
        fs::write(dir.path().join("c/4.txt"), "text").expect("a file");
        let rest: Vec<String> = jobs.map(|j| j.expect("a job").display).collect();
        assert_eq!(rest.len(), 3, "{rest:?}");
        assert!(rest[2].ends_with("4.txt"));
    }

    #[test]
    fn settings_of_every_job_then_the_jobs_again() {
        let dir = tree(&["a/1.txt", "b/2.txt"]);
        let mut jobs = jobs(&[dir.path().to_path_buf()]);
        assert_eq!(jobs.distinct_settings().expect("settings").iter().count(), 1);
        assert_eq!(jobs.count(), 2);
    }
}
