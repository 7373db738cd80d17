//! The `agendum` binary: parse arguments, hand over to the command line, exit.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
