//! Running the built `agendum` binary on a fresh copy of a fixture tree, for the tests that
//! check what it does to files (baselines, fixes).

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_agendum");

/// A fresh temporary copy of the folder `from`.
pub fn copy_tree(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.expect("a readable fixture");
        let to = dir.path().join(entry.path().strip_prefix(from).expect("inside the tree"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&to).expect("a folder");
        } else {
            fs::copy(entry.path(), &to).expect("a copy");
        }
    }
    dir
}

/// The binary in `cwd`, set up like every test run: no debug hooks, no `NO_COLOR`, a fixed
/// width; `env` added.
pub fn command(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(cwd)
        .env_remove("NO_COLOR")
        .env_remove("AGENDUM_DEBUG_PANIC")
        .env_remove("AGENDUM_DEBUG_WRITE")
        .env("COLUMNS", "100");
    for (k, v) in env {
        command.env(k, v);
    }
    command
}

/// Run the binary in `cwd` to its end, with `stdin` as its standard input.
pub fn run(cwd: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&[u8]>) -> Output {
    let mut command = command(cwd, args, env);
    command.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().expect("the binary runs");
    if let Some(bytes) = stdin {
        use std::io::Write;
        let mut pipe = child.stdin.take().expect("a stdin pipe");
        pipe.write_all(bytes).expect("stdin written");
    }
    child.wait_with_output().expect("the binary finishes")
}

/// The exit status of a run.
pub fn status(output: &Output) -> i32 {
    output.status.code().expect("an exit code, not a signal")
}

/// Standard output of a run, as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// Temporary files agendum left anywhere under `dir`.
pub fn leftovers(dir: &Path) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".agendum-"))
        .collect()
}
