//! The command line: the only code that touches files, folders, standard streams and exit
//! codes. It parses arguments, finds the inputs and their configuration, runs the library on
//! each file (in parallel, in bounded chunks, output in path order) and turns the totals into
//! an exit status.
//!
//! Exit status: 0 when no finding reaches the failure threshold and warnings are within
//! limits; 1 when they do not (or, with `--diff`, when there is something to fix); 2 on a
//! usage or configuration error, a path named on the command line that cannot be read, or
//! when no input matched.

mod args;
mod baseline;
mod inputs;
mod output;
mod process;
mod rule;

use std::io::IsTerminal;
use std::process::ExitCode;

use agendum::config::{CliSettings, Selection, resolve_selectors};
use clap::Parser;

use args::{Cli, Command};

/// The exit statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing at or above the threshold.
    Success = 0,
    /// The threshold or a limit was reached.
    Failure = 1,
    /// Usage, configuration or input error.
    Error = 2,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        ExitCode::from(status as u8)
    }
}

/// An error that ends the run with status 2; the message names what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    message: String,
}

impl Failure {
    fn new(message: impl Into<String>) -> Self {
        Failure { message: message.into() }
    }
}

/// Run the command line and return the exit status.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with status 0; usage errors to stderr with 2.
            let _ = e.print();
            return if e.use_stderr() { Status::Error.into() } else { Status::Success.into() };
        }
    };
    let result = match cli.command {
        Command::Parse(args) => process::parse(args),
        Command::Lint(args) => lint(args),
        Command::Rule(args) => rule::rule(&args),
        Command::Schema => rule::schema(),
    };
    match result {
        Ok(status) => status.into(),
        Err(failure) => {
            eprintln!("agendum: {}", failure.message);
            Status::Error.into()
        }
    }
}

fn lint(args: args::LintArgs) -> Result<Status, Failure> {
    let origin = "command line";
    let selectors = |values: &[String], key: &str| {
        resolve_selectors(values, origin, key).map_err(|e| Failure::new(e.message))
    };
    let cli = CliSettings {
        selection: Selection {
            select: if args.select.is_empty() { None } else { Some(selectors(&args.select, "--select")?) },
            extend_select: selectors(&args.extend_select, "--extend-select")?,
            ignore: selectors(&args.ignore, "--ignore")?,
        },
        fail_on: args.fail_on.map(|s| match s {
            args::SeverityArg::Error => agendum::Severity::Error,
            args::SeverityArg::Warning => agendum::Severity::Warning,
            args::SeverityArg::Info => agendum::Severity::Info,
        }),
    };
    process::lint(args, cli)
}

/// True when colors should be used for output going to stdout (`to_stdout`).
fn use_color(choice: args::ColorChoice, to_stdout: bool) -> bool {
    match choice {
        args::ColorChoice::Always => true,
        args::ColorChoice::Never => false,
        args::ColorChoice::Auto => {
            to_stdout
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}
