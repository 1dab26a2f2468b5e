//! Running `pathway-cli` as a user would: its own empty data folder, the
//! input on standard input, and everything it printed kept.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `pathway-cli ARGS` with `stdin` as its input, in a fresh data folder.
pub fn run_with_input(args: &[&str], stdin: &str) -> Output {
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pathway-cli"))
        .args(args)
        .env("PATHWAY_DATA_DIR", data.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}
