//! Running other programs: with inherited output, or with standard output
//! echoed and scanned so that a test layer can be counted.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::Result;

/// `cargo` as invoked us (so rustup's toolchain choice carries over).
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(crate::project_root());
    command
}

/// A readable form of a command line, for messages.
pub fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs to completion with the terminal's output; fails on a non-zero exit.
pub fn run(command: &mut Command) -> Result {
    let status = command.status().map_err(|e| format!("could not start `{}`: {e}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)))
    }
}

/// True when `program --version` (or the given probe) can be started.
pub fn can_run(program: &str, probe_arg: &str) -> bool {
    Command::new(program).arg(probe_arg).stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok()
}

/// Test counts read from a runner's output.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub passed: u64,
    pub failed: u64,
    pub ignored: u64,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.ignored += other.ignored;
    }
}

/// Runs `command`, echoing its standard output line by line and feeding each
/// line to `scan`. Returns whether it exited successfully, and the counts.
pub fn run_counted(command: &mut Command, scan: fn(&str) -> Option<Counts>) -> Result<(bool, Counts)> {
    let mut child = command.stdout(Stdio::piped()).spawn().map_err(|e| format!("could not start `{}`: {e}", describe(command)))?;
    let mut counts = Counts::default();
    let stdout = child.stdout.take().expect("stdout was piped");
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|e| format!("reading test output: {e}"))?;
        println!("{line}");
        if let Some(found) = scan(&line) {
            counts.add(found);
        }
    }
    let status = child.wait().map_err(|e| format!("waiting for `{}`: {e}", describe(command)))?;
    Ok((status.success(), counts))
}

/// libtest's closing line: "test result: ok. 18 passed; 0 failed; 2 ignored; ...".
pub fn scan_libtest(line: &str) -> Option<Counts> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let number_before = |word: &str| -> u64 {
        rest.split(';')
            .find_map(|part| part.trim().trim_start_matches("ok. ").trim_start_matches("FAILED. ").strip_suffix(word))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0)
    };
    Some(Counts { passed: number_before("passed"), failed: number_before("failed"), ignored: number_before("ignored") })
}

/// node's TAP reporter closes with "# pass N", "# fail N", "# skipped N".
pub fn scan_node_tap(line: &str) -> Option<Counts> {
    let line = line.trim();
    let value = |prefix: &str| line.strip_prefix(prefix).and_then(|n| n.trim().parse::<u64>().ok());
    if let Some(n) = value("# pass ") {
        return Some(Counts { passed: n, ..Counts::default() });
    }
    if let Some(n) = value("# fail ") {
        return Some(Counts { failed: n, ..Counts::default() });
    }
    value("# skipped ").map(|n| Counts { ignored: n, ..Counts::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libtest_lines_are_counted() {
        let ok = "test result: ok. 18 passed; 0 failed; 2 ignored; 0 measured; 0 filtered out; finished in 0.01s";
        assert_eq!(scan_libtest(ok), Some(Counts { passed: 18, failed: 0, ignored: 2 }));
        let bad = "test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out";
        assert_eq!(scan_libtest(bad), Some(Counts { passed: 3, failed: 2, ignored: 0 }));
        assert_eq!(scan_libtest("test paths::x ... ok"), None);
    }

    #[test]
    fn node_tap_lines_are_counted() {
        assert_eq!(scan_node_tap("# pass 21"), Some(Counts { passed: 21, ..Counts::default() }));
        assert_eq!(scan_node_tap("# fail 1"), Some(Counts { failed: 1, ..Counts::default() }));
        assert_eq!(scan_node_tap("# skipped 0"), Some(Counts::default()));
        assert_eq!(scan_node_tap("# tests 22"), None);
        assert_eq!(scan_node_tap("ok 1 - a test"), None);
    }
}
