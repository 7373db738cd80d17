//! The command line's grammar (clap derive): commands, flags and their help.

use std::path::PathBuf;

use agendum::render::Format;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Parse UN-style (annotated) provisional agendas from PDF-extracted text into JSON, and lint
/// them.
#[derive(Debug, Parser)]
#[command(name = "agendum", version, about, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse agendas and print their document tree as JSON.
    Parse(ParseArgs),
    /// Check agendas and report findings.
    Lint(LintArgs),
    /// Print the documentation of a rule, or of all rules.
    Rule(RuleArgs),
    /// Print the JSON Schema of the `parse` output.
    Schema,
}

/// Where the inputs come from: shared by `parse` and `lint`.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files or folders to read (folders recursively; `*.txt` unless the configuration says
    /// otherwise), or `-` for standard input. Default: `.`.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Use this configuration file for every input instead of the nearest `agendum.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// The path to report (and to match configuration globs against) for standard input.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,

    /// Number of files processed in parallel (default: one per CPU).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,

    /// Write the report to FILE instead of standard output.
    #[arg(short = 'o', long = "output-file", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `agendum parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,

    /// `json`: one document per input; `json-lines`: one document per line (the default
    /// when there are several inputs).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub output_format: Option<ParseFormat>,

    /// Indent the JSON (only when a single document is printed).
    #[arg(long)]
    pub pretty: bool,
}

/// Output formats of `parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParseFormat {
    /// JSON.
    Json,
    /// JSON Lines.
    JsonLines,
}

/// `agendum lint`.
#[derive(Debug, Args)]
pub struct LintArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format (default: `full` on a terminal, `concise` otherwise).
    #[arg(long, value_name = "FORMAT", value_parser = lint_format())]
    pub output_format: Option<Format>,

    /// Rules to run: codes (`A601`), prefixes (`A6`), names (`split-word`) or `ALL`;
    /// replaces the configured selection.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub select: Vec<String>,

    /// Rules to add to the selection.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub extend_select: Vec<String>,

    /// Rules not to run.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub ignore: Vec<String>,

    /// The lowest severity that makes the run fail (default `error`).
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<SeverityArg>,

    /// Fail when there are more than N warnings in all.
    #[arg(long, value_name = "N")]
    pub max_warnings: Option<u64>,

    /// Exit with status 0 even when findings reach the failure threshold.
    #[arg(long)]
    pub exit_zero: bool,

    /// Apply safe fixes in place (with `-`: print the fixed text).
    #[arg(long)]
    pub fix: bool,

    /// With `--fix` or `--diff`, apply unsafe fixes too.
    #[arg(long)]
    pub unsafe_fixes: bool,

    /// Print a unified diff of what `--fix` would change; write nothing.
    #[arg(long)]
    pub diff: bool,

    /// Print the number of findings per rule instead of the findings.
    #[arg(long)]
    pub statistics: bool,

    /// Hide the findings recorded in this baseline file (instead of the configured one);
    /// fail only on the others.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// Record the findings of every document in this baseline file (merged into it when it
    /// exists); report none of them.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["baseline", "prune_baseline", "diff"])]
    pub write_baseline: Option<PathBuf>,

    /// Lower the counts of the baseline in use to what the run found.
    #[arg(long, conflicts_with = "diff")]
    pub prune_baseline: bool,

    /// Do not fail on stale baseline entries (counts above what the run found).
    #[arg(long)]
    pub pass_on_stale_baseline: bool,

    /// Colors in `full` output.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// The `--output-format` values of `lint`: the renderers' formats.
fn lint_format() -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(Format::ALL.map(Format::name))
        .map(|name| Format::from_name(&name).expect("invariant: clap checked the name"))
}

/// A severity on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    /// Errors.
    Error,
    /// Warnings and errors.
    Warning,
    /// Every finding.
    Info,
}

/// When to color.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When writing to a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// `agendum rule`.
#[derive(Debug, Args)]
pub struct RuleArgs {
    /// A rule code (`A601`) or name (`split-word`).
    #[arg(value_name = "CODE|NAME", required_unless_present = "all", conflicts_with = "all")]
    pub rule: Option<String>,

    /// Every rule.
    #[arg(long)]
    pub all: bool,

    /// `text` or `json`.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = RuleFormat::Text)]
    pub output_format: RuleFormat,
}

/// Output formats of `rule`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RuleFormat {
    /// The documentation as text.
    Text,
    /// JSON objects.
    Json,
}
