//! `cargo xtask`: the project's own build and test driver, so that a fresh
//! machine needs exactly two commands (`cargo xtask run`, `cargo xtask test`).
//! It uses only the standard library, `pathway-core` and `serde_json`, so it
//! builds in seconds before anything else.

mod e2e;
mod installer;
mod layers;
mod licenses;
mod map;
mod process;
mod system;
mod tasks;
mod test;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub type Result<T = ()> = std::result::Result<T, String>;

const HELP: &str = "\
cargo xtask <TASK>

TASKS:
    run          Install missing system packages (Debian/Ubuntu), build Pathway and open it
    test         Install what the tests need, then run every test layer:
                 core, command wiring, UI (node --test), workflows (actionlint) and
                 end-to-end (real window); with CI=true or --bundle also the installer
                 smoke test (build the .deb, install it, start it, remove it)
    bundle       Build the installers for this system (.deb and .rpm on Linux)
    e2e [FILE]   Run the end-to-end layer alone, or one file of tests/tests/ (e2e one_answer)
    bench        Run the criterion benchmarks (extra arguments go to cargo bench)
    bench window Start-up and memory against a bare Tauri v2 window (release builds,
                 A B A B, five rounds; the figures also go to target/bench-window.json)
    layers       Check the import order (app → domain → store) and that no modules import each other
    licenses     Write ui/licenses.json: the licence of everything the app ships
    fixture      Write the schema fixture for the newest schema version (--force to redo it)
    protocol     Write ui/js/protocol.d.ts, the UI's declarations, from the Rust types and the command list
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]);
    let result = match args.first().map(String::as_str) {
        Some("run") => tasks::run(),
        Some("test") => test::test(rest),
        Some("bundle") => tasks::bundle(),
        Some("bench") => tasks::bench(rest),
        Some("fixture") => tasks::fixture(rest),
        Some("licenses") => licenses::write(),
        Some("protocol") => tasks::protocol(),
        Some("layers") => layers::report(&project_root()),
        Some("e2e") => test::e2e_only(rest),
        None | Some("help" | "-h" | "--help") => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => Err(format!("unknown task '{other}'\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (xtask lives one level below it).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits inside the workspace").to_path_buf()
}

/// True when running under CI (`CI=true`): no prompts, no windows left open.
pub fn is_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}
