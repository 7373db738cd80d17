//! Configuration: an `agendum.toml` file parsed, checked and resolved into the
//! [`LintOptions`] of each file it governs.
//!
//! The library does no file I/O: the command line finds the file (the nearest one above each
//! input, or `--config`), reads it and hands its text here with the folder it governs. Rule
//! selection works in layers, as in ruff: the file's `select` / `extend-select` / `ignore`,
//! then each `[[overrides]]` entry whose globs match the file, then the command line. A layer
//! with `select` replaces the set built so far; `extend-select` adds and `ignore` removes.
//! Severities (`[severity]`, then the overrides' `severity`) are applied to the result.
//!
//! Globs are matched against the path relative to the folder of the configuration file, with
//! `/` as separator. As in `.gitignore`, a pattern without `/` matches a file name at any
//! depth (`*.txt`), a pattern with `/` is anchored to that folder (`legacy/**`).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use serde::Deserialize;

use crate::finding::Severity;
use crate::lint::registry::{self, RULES, RuleMeta};
use crate::lint::{LintOptions, RuleSet};

/// The name of the configuration file.
pub const FILE_NAME: &str = "agendum.toml";

/// The include globs used when the configuration gives none.
pub const DEFAULT_INCLUDE: &[&str] = &["*.txt"];

/// A configuration that cannot be used. The message names the file and the key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct ConfigError {
    /// The file (or `command line`) the problem is in.
    pub origin: String,
    /// What is wrong, naming the key.
    pub message: String,
}

impl ConfigError {
    fn new(origin: &str, message: impl Into<String>) -> Self {
        ConfigError { origin: origin.to_string(), message: message.into() }
    }
}

/// `agendum.toml` as written (kebab-case keys; unknown keys are an error).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    /// Rules to run, replacing the default (every rule).
    pub select: Option<Vec<String>>,
    /// Rules added to the selection.
    #[serde(default)]
    pub extend_select: Vec<String>,
    /// Rules removed from the selection.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// The lowest severity that fails the run (default `error`).
    pub fail_on: Option<Severity>,
    /// Fail when the files governed by this configuration have more warnings.
    pub max_warnings: Option<usize>,
    /// The baseline file of the files governed by this configuration, relative to its folder.
    pub baseline: Option<String>,
    /// Severity per rule selector.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    /// Lexicon additions.
    #[serde(default)]
    pub lexicon: LexiconSection,
    /// Which files a folder run reads.
    #[serde(default)]
    pub files: FilesSection,
    /// Settings for paths matching globs.
    #[serde(default)]
    pub overrides: Vec<OverrideSection>,
}

/// `[lexicon]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LexiconSection {
    /// Words the split-word rule accepts, beyond the built-in list and the document's own.
    #[serde(default)]
    pub words: Vec<String>,
}

/// `[files]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FilesSection {
    /// Globs of the files to read in folders (default `*.txt`).
    pub include: Option<Vec<String>>,
    /// Globs of files and folders to skip.
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// One `[[overrides]]` entry.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct OverrideSection {
    /// Globs of the paths it applies to.
    pub files: Vec<String>,
    /// Rules to run for these paths, replacing the selection.
    pub select: Option<Vec<String>>,
    /// Rules added for these paths.
    #[serde(default)]
    pub extend_select: Vec<String>,
    /// Rules removed for these paths.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Severity per rule selector for these paths.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
}

/// One layer of rule selection: `select` replaces, `extend-select` adds, `ignore` removes.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Replaces the rules selected so far, when present.
    pub select: Option<Vec<&'static RuleMeta>>,
    /// Added.
    pub extend_select: Vec<&'static RuleMeta>,
    /// Removed.
    pub ignore: Vec<&'static RuleMeta>,
}

impl Selection {
    /// Apply this layer to a rule set.
    pub fn apply(&self, rules: &mut RuleSet) {
        if let Some(select) = &self.select {
            for rule in RULES {
                rules.set_enabled(rule, false);
            }
            for rule in select {
                rules.set_enabled(rule, true);
            }
        }
        for rule in &self.extend_select {
            rules.set_enabled(rule, true);
        }
        for rule in &self.ignore {
            rules.set_enabled(rule, false);
        }
    }

    fn is_empty(&self) -> bool {
        self.select.is_none() && self.extend_select.is_empty() && self.ignore.is_empty()
    }
}

/// Resolve rule selectors (code, code prefix, kebab name, `ALL`) into rules.
///
/// `key` names the setting in error messages (`select`, `overrides[1].ignore`).
pub fn resolve_selectors<S: AsRef<str>>(
    selectors: &[S],
    origin: &str,
    key: &str,
) -> Result<Vec<&'static RuleMeta>, ConfigError> {
    let mut out = Vec::new();
    for selector in selectors {
        let selector = selector.as_ref();
        let rules = registry::select(selector);
        if rules.is_empty() {
            return Err(ConfigError::new(
                origin,
                format!(
                    "`{key}`: unknown rule selector `{selector}` (expected a code such as `A601`, a prefix such as `A6`, a rule name, or `ALL`)"
                ),
            ));
        }
        out.extend(rules);
    }
    Ok(out)
}

/// Severity assignments, broadest selector first so that a code beats its prefix.
fn resolve_severities(
    table: &BTreeMap<String, Severity>,
    origin: &str,
    key: &str,
) -> Result<Vec<(&'static RuleMeta, Severity)>, ConfigError> {
    let mut groups = Vec::with_capacity(table.len());
    for (selector, &severity) in table {
        let rules = resolve_selectors(std::slice::from_ref(selector), origin, key)?;
        groups.push((rules, severity));
    }
    // Stable: among selectors of the same breadth the table (sorted key) order stands.
    groups.sort_by_key(|(rules, _)| std::cmp::Reverse(rules.len()));
    Ok(groups.into_iter().flat_map(|(rules, sev)| rules.into_iter().map(move |r| (r, sev))).collect())
}

/// Settings given on the command line; they override every configuration file.
#[derive(Debug, Clone, Default)]
pub struct CliSettings {
    /// `--select`, `--extend-select`, `--ignore`.
    pub selection: Selection,
    /// `--fail-on`.
    pub fail_on: Option<Severity>,
}

/// A set of path globs, matched gitignore-style relative to a base folder.
#[derive(Debug, Clone)]
pub struct PathGlobs {
    set: GlobSet,
}

impl PathGlobs {
    /// Compile globs. A pattern without `/` matches at any depth; a trailing `/**` also
    /// matches the folder itself, so that a folder walk can skip it whole.
    pub fn new<S: AsRef<str>>(patterns: &[S], origin: &str, key: &str) -> Result<PathGlobs, ConfigError> {
        let mut builder = GlobSetBuilder::new();
        for pattern in patterns {
            let pattern = pattern.as_ref();
            let mut variants = Vec::with_capacity(2);
            let trimmed = pattern.strip_suffix('/').map(|p| format!("{p}/**"));
            let pattern_ref = trimmed.as_deref().unwrap_or(pattern);
            let anchored = match pattern_ref.strip_prefix('/') {
                Some(rest) => rest.to_string(),
                None if pattern_ref.contains('/') => pattern_ref.to_string(),
                None => format!("**/{pattern_ref}"),
            };
            if let Some(dir) = anchored.strip_suffix("/**") {
                variants.push(dir.to_string());
            }
            variants.push(anchored);
            for variant in variants {
                let glob = GlobBuilder::new(&variant).literal_separator(true).build().map_err(|e| {
                    ConfigError::new(origin, format!("`{key}`: invalid glob `{pattern}`: {}", e.kind()))
                })?;
                builder.add(glob);
            }
        }
        let set = builder
            .build()
            .map_err(|e| ConfigError::new(origin, format!("`{key}`: invalid glob set: {e}")))?;
        Ok(PathGlobs { set })
    }

    /// True when no pattern was given.
    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    /// True when a relative path (with `/` separators) matches.
    pub fn is_match(&self, relative: &Path) -> bool {
        self.set.is_match(relative)
    }
}

#[derive(Debug)]
struct Override {
    globs: PathGlobs,
    selection: Selection,
    severity: Vec<(&'static RuleMeta, Severity)>,
}

/// What applies to one file: its lint options and its failure threshold.
#[derive(Debug)]
pub struct FileSettings {
    /// Options for [`crate::lint()`].
    pub options: LintOptions,
    /// The lowest severity that fails the run.
    pub fail_on: Severity,
}

/// A resolved configuration: one `agendum.toml` (or none) plus the command line.
#[derive(Debug)]
pub struct Config {
    origin: String,
    base_dir: Option<PathBuf>,
    file_selection: Selection,
    file_severity: Vec<(&'static RuleMeta, Severity)>,
    overrides: Vec<Override>,
    cli: CliSettings,
    include: PathGlobs,
    exclude: PathGlobs,
    fail_on: Severity,
    max_warnings: Option<usize>,
    baseline: Option<PathBuf>,
    extra_words: Vec<String>,
    /// Resolved settings per set of matching overrides (a bit per override).
    cache: Mutex<HashMap<Vec<u64>, Arc<FileSettings>>>,
}

impl Config {
    /// The configuration used when no file is found: defaults plus the command line.
    pub fn default_with(cli: CliSettings) -> Config {
        Config::from_file(ConfigFile::default(), "defaults", None, cli)
            .expect("invariant: the default configuration is valid")
    }

    /// Parse the text of an `agendum.toml`. `origin` names it in messages; `base_dir` is the
    /// folder its globs are relative to.
    pub fn parse(
        text: &str,
        origin: &str,
        base_dir: Option<PathBuf>,
        cli: CliSettings,
    ) -> Result<Config, ConfigError> {
        let file: ConfigFile = toml::from_str(text).map_err(|e| {
            ConfigError::new(origin, format!("invalid configuration: {}", e.to_string().trim_end()))
        })?;
        Config::from_file(file, origin, base_dir, cli)
    }

    /// Check and compile a parsed file.
    pub fn from_file(
        file: ConfigFile,
        origin: &str,
        base_dir: Option<PathBuf>,
        cli: CliSettings,
    ) -> Result<Config, ConfigError> {
        let file_selection = Selection {
            select: file.select.as_deref().map(|s| resolve_selectors(s, origin, "select")).transpose()?,
            extend_select: resolve_selectors(&file.extend_select, origin, "extend-select")?,
            ignore: resolve_selectors(&file.ignore, origin, "ignore")?,
        };
        let file_severity = resolve_severities(&file.severity, origin, "severity")?;
        let mut overrides = Vec::with_capacity(file.overrides.len());
        for (i, o) in file.overrides.iter().enumerate() {
            let key = |k: &str| format!("overrides[{i}].{k}");
            if o.files.is_empty() {
                return Err(ConfigError::new(origin, format!("`{}`: give at least one glob", key("files"))));
            }
            overrides.push(Override {
                globs: PathGlobs::new(&o.files, origin, &key("files"))?,
                selection: Selection {
                    select: o
                        .select
                        .as_deref()
                        .map(|s| resolve_selectors(s, origin, &key("select")))
                        .transpose()?,
                    extend_select: resolve_selectors(&o.extend_select, origin, &key("extend-select"))?,
                    ignore: resolve_selectors(&o.ignore, origin, &key("ignore"))?,
                },
                severity: resolve_severities(&o.severity, origin, &key("severity"))?,
            });
        }
        if overrides.len() > 64 * 64 {
            return Err(ConfigError::new(origin, "`overrides`: too many entries (at most 4096)"));
        }
        let include = match &file.files.include {
            Some(globs) => PathGlobs::new(globs, origin, "files.include")?,
            None => PathGlobs::new(DEFAULT_INCLUDE, origin, "files.include")?,
        };
        let exclude = PathGlobs::new(&file.files.exclude, origin, "files.exclude")?;
        if file.baseline.as_deref().is_some_and(|b| b.trim().is_empty()) {
            return Err(ConfigError::new(origin, "`baseline`: give the path of a baseline file"));
        }
        let baseline = file.baseline.map(|b| base_dir.as_deref().unwrap_or(Path::new("")).join(b));
        Ok(Config {
            origin: origin.to_string(),
            base_dir,
            file_selection,
            file_severity,
            overrides,
            fail_on: cli.fail_on.or(file.fail_on).unwrap_or(Severity::Error),
            cli,
            include,
            exclude,
            max_warnings: file.max_warnings,
            baseline,
            extra_words: file.lexicon.words,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// Where this configuration came from (a path, or `defaults`).
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The folder globs are relative to.
    pub fn base_dir(&self) -> Option<&Path> {
        self.base_dir.as_deref()
    }

    /// `max-warnings` of the file, if set (the command line's `--max-warnings` is separate: it
    /// limits the whole run).
    pub fn max_warnings(&self) -> Option<usize> {
        self.max_warnings
    }

    /// `baseline` of the file, relative to the folder of the file.
    pub fn baseline(&self) -> Option<&Path> {
        self.baseline.as_deref()
    }

    /// The failure threshold of files without a matching override (overrides do not change it).
    pub fn fail_on(&self) -> Severity {
        self.fail_on
    }

    /// The path relative to the base folder, with `/` separators; the path itself (without a
    /// leading `./`) when it is not inside the base folder.
    pub fn relative<'p>(&self, path: &'p Path) -> &'p Path {
        let rel = match self.base_dir.as_deref() {
            Some(base) => path.strip_prefix(base).unwrap_or(path),
            None => path,
        };
        // `Path::components` drops `.` everywhere but at the start.
        rel.strip_prefix(".").unwrap_or(rel)
    }

    /// True when a folder run reads this file (it matches `include` and not `exclude`).
    /// `path` is absolute or relative to the same folder as the base folder.
    pub fn includes_file(&self, path: &Path) -> bool {
        let rel = self.relative(path);
        self.include.is_match(rel) && !self.exclude.is_match(rel)
    }

    /// True when a folder run skips this folder whole.
    pub fn excludes_dir(&self, path: &Path) -> bool {
        !self.exclude.is_empty() && self.exclude.is_match(self.relative(path))
    }

    /// The settings of one file: cached per set of matching overrides, so that files of a
    /// folder share one [`FileSettings`].
    pub fn settings_for(&self, path: &Path) -> Arc<FileSettings> {
        let mut mask = vec![0u64; self.overrides.len().div_ceil(64)];
        if !self.overrides.is_empty() {
            let rel = self.relative(path);
            for (i, o) in self.overrides.iter().enumerate() {
                if o.globs.is_match(rel) {
                    mask[i / 64] |= 1 << (i % 64);
                }
            }
        }
        let mut cache = self.cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(found) = cache.get(&mask) {
            return Arc::clone(found);
        }
        let settings = Arc::new(self.build_settings(&mask));
        cache.insert(mask, Arc::clone(&settings));
        settings
    }

    fn build_settings(&self, mask: &[u64]) -> FileSettings {
        let matching =
            || self.overrides.iter().enumerate().filter(|(i, _)| mask[i / 64] & (1 << (i % 64)) != 0);
        let mut rules = RuleSet::default();
        self.file_selection.apply(&mut rules);
        for (_, o) in matching() {
            o.selection.apply(&mut rules);
        }
        if !self.cli.selection.is_empty() {
            self.cli.selection.apply(&mut rules);
        }
        for &(rule, severity) in &self.file_severity {
            rules.set_severity(rule, severity);
        }
        for (_, o) in matching() {
            for &(rule, severity) in &o.severity {
                rules.set_severity(rule, severity);
            }
        }
        FileSettings {
            options: LintOptions { rules, extra_words: self.extra_words.clone() },
            fail_on: self.fail_on,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(code: &str) -> &'static RuleMeta {
        registry::lookup(code).expect("a known rule")
    }

    fn config(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, "agendum.toml", Some(PathBuf::from("/p")), CliSettings::default())
    }

    #[test]
    fn defaults_enable_every_rule_at_default_severity() {
        let c = Config::default_with(CliSettings::default());
        let s = c.settings_for(Path::new("/p/a.txt"));
        assert_eq!(s.options.rules.enabled_rules().count(), RULES.len());
        assert_eq!(s.fail_on, Severity::Error);
        assert!(c.includes_file(Path::new("x/y/a.txt")));
        assert!(!c.includes_file(Path::new("x/y/a.md")));
    }

    #[test]
    fn selection_layers_and_severity() {
        let c = config(
            r#"
            select = ["A6", "A1"]
            ignore = ["A603"]
            extend-select = ["footnote-undefined"]
            fail-on = "warning"
            max-warnings = 3
            [severity]
            A6 = "error"
            split-word = "info"
            [lexicon]
            words = ["organisation"]
            "#,
        )
        .expect("valid");
        let s = c.settings_for(Path::new("/p/a.txt"));
        let rules = &s.options.rules;
        assert!(rules.is_enabled(rule("A601")) && rules.is_enabled(rule("A101")));
        assert!(!rules.is_enabled(rule("A603")) && !rules.is_enabled(rule("A201")));
        assert!(rules.is_enabled(rule("A301")));
        assert_eq!(rules.severity(rule("A601")), Severity::Info, "a code beats its prefix");
        assert_eq!(rules.severity(rule("A602")), Severity::Error);
        assert_eq!(s.fail_on, Severity::Warning);
        assert_eq!(c.max_warnings(), Some(3));
        assert_eq!(s.options.extra_words, vec!["organisation".to_string()]);
    }

    #[test]
    fn overrides_apply_to_matching_paths_only() {
        let c = config(
            r#"
            [[overrides]]
            files = ["legacy/**"]
            ignore = ["A6"]
            severity = { A101 = "warning" }
            [[overrides]]
            files = ["*-draft.txt"]
            select = ["A1"]
            "#,
        )
        .expect("valid");
        let legacy = c.settings_for(Path::new("/p/legacy/1998/a.txt"));
        assert!(!legacy.options.rules.is_enabled(rule("A601")));
        assert_eq!(legacy.options.rules.severity(rule("A101")), Severity::Warning);
        let other = c.settings_for(Path::new("/p/new/a.txt"));
        assert!(other.options.rules.is_enabled(rule("A601")));
        assert_eq!(other.options.rules.severity(rule("A101")), Severity::Error);
        let draft = c.settings_for(Path::new("/p/new/x-draft.txt"));
        assert_eq!(draft.options.rules.enabled_rules().next().map(|r| r.code), Some("A101"));
        assert!(Arc::ptr_eq(&other, &c.settings_for(Path::new("/p/b.txt"))), "settings are shared");
        assert!(!c.excludes_dir(Path::new("/p/x")));
    }

    #[test]
    fn command_line_comes_last() {
        let cli = CliSettings {
            selection: Selection { select: Some(vec![rule("A603")]), ..Selection::default() },
            fail_on: Some(Severity::Info),
        };
        let c = Config::parse("ignore = [\"A603\"]\nfail-on = \"error\"", "x", None, cli).expect("valid");
        let s = c.settings_for(Path::new("a.txt"));
        assert!(s.options.rules.is_enabled(rule("A603")));
        assert_eq!(s.options.rules.enabled_rules().count(), 1);
        assert_eq!(s.fail_on, Severity::Info);
    }

    #[test]
    fn include_and_exclude_globs() {
        let c = config(
            "[files]\ninclude = [\"*.txt\", \"*.text\"]\nexclude = [\"legacy/**\", \"*.bak.txt\", \"tmp/\"]",
        )
        .expect("valid");
        assert!(c.includes_file(Path::new("/p/a/b.text")));
        assert!(!c.includes_file(Path::new("/p/legacy/b.txt")));
        assert!(!c.includes_file(Path::new("/p/a/b.bak.txt")));
        assert!(c.excludes_dir(Path::new("/p/legacy")));
        assert!(c.excludes_dir(Path::new("/p/tmp")));
        assert!(!c.excludes_dir(Path::new("/p/a")));
        assert!(c.includes_file(Path::new("/elsewhere/a.txt")), "outside the base, the name still matches");
    }

    #[test]
    fn errors_name_the_file_and_key() {
        let cases = [
            ("selct = [\"A1\"]", "unknown field `selct`"),
            ("select = [\"B9\"]", "`select`: unknown rule selector `B9`"),
            ("fail-on = \"fatal\"", "unknown variant `fatal`"),
            ("[severity]\nA601 = \"loud\"", "unknown variant `loud`"),
            ("[severity]\nnope = \"info\"", "`severity`: unknown rule selector `nope`"),
            ("[[overrides]]\nfiles = [\"a/**\"]\nignore = [\"A99\"]", "`overrides[0].ignore`"),
            ("[[overrides]]\nfiles = []", "`overrides[0].files`: give at least one glob"),
            ("[files]\ninclude = [\"[a\"]", "`files.include`: invalid glob `[a`"),
            ("[lexicon]\nword = []", "unknown field `word`"),
            ("max-warnings = -1", "max-warnings"),
        ];
        for (text, expected) in cases {
            let err = config(text).expect_err(text).to_string();
            assert!(err.starts_with("agendum.toml: "), "{err}");
            assert!(err.contains(expected), "{text:?}: {err}");
        }
    }
}
