//! From the paths on the command line to the sorted list of files to process: finding each
//! file's configuration (the nearest `agendum.toml`, cached per folder), walking folders
//! (symlinks followed, loops reported), and filtering by the include/exclude globs.
//!
//! Files named on the command line are always read; globs filter only what a folder walk
//! finds. A problem met while walking (a loop, an unreadable folder, a broken link) becomes an
//! unreadable input, reported as A005 on its path; a missing or unreadable path named on the
//! command line is an error of the whole run.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ffi::OsStr;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use agendum::config::{CliSettings, Config, FILE_NAME, FileSettings};
use walkdir::WalkDir;

use super::Failure;

/// Folders a walk never enters: version-control metadata.
const SKIPPED_DIRS: &[&str] = &[".git", ".hg", ".svn"];

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
    by_dir: HashMap<PathBuf, usize>,
    all: Vec<Arc<Config>>,
    default: Option<usize>,
}

impl Configs {
    /// Start discovery; with `--config`, that file governs every input.
    pub fn new(cli: CliSettings, explicit: Option<&Path>) -> Result<Self, Failure> {
        let cwd = std::env::current_dir()
            .map_err(|e| Failure::new(format!("cannot read the current folder: {e}")))?;
        let mut configs =
            Configs { cwd, cli, explicit: None, by_dir: HashMap::new(), all: Vec::new(), default: None };
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
            if candidate.is_file() {
                let config = self.load(&candidate)?;
                found = Some(self.push(config));
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

/// Collect the jobs for the paths of the command line, sorted by path.
pub fn collect(
    paths: &[PathBuf],
    stdin_filename: Option<&Path>,
    configs: &mut Configs,
) -> Result<Vec<Job>, Failure> {
    let mut jobs = Vec::new();
    let mut seen = HashSet::new();
    let mut stdin_done = false;
    for path in paths {
        if path.as_os_str() == "-" {
            if !stdin_done {
                stdin_done = true;
                let shown = stdin_filename.unwrap_or(Path::new("-"));
                let (config, settings) = configs.settings(shown)?;
                jobs.push(Job {
                    path: shown.to_path_buf(),
                    display: shown.to_string_lossy().into_owned(),
                    origin: Origin::Stdin,
                    settings,
                    config,
                });
            }
            continue;
        }
        let meta =
            fs::metadata(path).map_err(|e| Failure::new(format!("cannot read `{}`: {e}", path.display())))?;
        if meta.is_dir() {
            walk(path, configs, &mut seen, &mut jobs)?;
        } else if seen.insert(configs.absolute(path)) {
            let (config, settings) = configs.settings(path)?;
            jobs.push(Job {
                path: path.clone(),
                display: path.to_string_lossy().into_owned(),
                origin: Origin::File { explicit: true },
                settings,
                config,
            });
        }
    }
    jobs.sort_by(|a, b| Path::new(&a.display).cmp(Path::new(&b.display)));
    Ok(jobs)
}

fn walk(
    root: &Path,
    configs: &mut Configs,
    seen: &mut HashSet<PathBuf>,
    jobs: &mut Vec<Job>,
) -> Result<(), Failure> {
    // The entry filter and the loop body both need the configurations.
    let configs = RefCell::new(configs);
    let failure: RefCell<Option<Failure>> = RefCell::new(None);
    let skip_dir = |path: &Path| -> bool {
        if path.file_name().is_some_and(|n| SKIPPED_DIRS.iter().any(|s| OsStr::new(s) == n)) {
            return true;
        }
        // Whether to enter a folder is up to the configuration of the folder holding it.
        let mut configs = configs.borrow_mut();
        match configs.for_path(path) {
            Ok(i) => configs.all[i].excludes_dir(&configs.absolute(path)),
            Err(e) => {
                failure.borrow_mut().get_or_insert(e);
                true
            }
        }
    };
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_type().is_dir() || !skip_dir(e.path()));
    for entry in walker {
        if let Some(e) = failure.borrow_mut().take() {
            return Err(e);
        }
        match entry {
            Ok(entry) => {
                if !entry.file_type().is_file() {
                    continue;
                }
                let path = entry.path();
                let mut configs = configs.borrow_mut();
                let config = configs.for_path(path)?;
                let abs = configs.absolute(path);
                if !configs.all[config].includes_file(&abs) {
                    continue;
                }
                let settings = configs.all[config].settings_for(&abs);
                if !seen.insert(abs) {
                    continue;
                }
                jobs.push(Job {
                    path: path.to_path_buf(),
                    display: display_walked(root, path),
                    origin: Origin::File { explicit: false },
                    settings,
                    config,
                });
            }
            Err(error) => {
                let Some(path) = error.path().map(Path::to_path_buf) else {
                    return Err(Failure::new(format!("cannot read `{}`: {error}", root.display())));
                };
                if error.depth() == 0 {
                    return Err(Failure::new(format!(
                        "cannot read `{}`: {}",
                        root.display(),
                        describe(&error)
                    )));
                }
                let mut configs = configs.borrow_mut();
                let (config, settings) = configs.settings(&path)?;
                let is_dir =
                    error.loop_ancestor().is_some() || fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
                let abs = configs.absolute(&path);
                let wanted = if is_dir {
                    !configs.all[config].excludes_dir(&abs)
                } else {
                    configs.all[config].includes_file(&abs)
                };
                if !wanted || !seen.insert(abs) {
                    continue;
                }
                jobs.push(Job {
                    display: display_walked(root, &path),
                    path,
                    origin: Origin::Unreadable(describe(&error)),
                    settings,
                    config,
                });
            }
        }
    }
    match failure.into_inner() {
        Some(e) => Err(e),
        None => Ok(()),
    }
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
