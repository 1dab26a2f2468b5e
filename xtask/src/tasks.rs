//! The smaller tasks: run, bundle, bench and fixture.

use std::path::PathBuf;
use std::process::Command;

use crate::process::{self, cargo};
use crate::{project_root, system, Result};

/// The debug binary `cargo build -p pathway` writes.
pub fn app_binary() -> PathBuf {
    let name = if cfg!(windows) { "pathway.exe" } else { "pathway" };
    target_dir().join("debug").join(name)
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| project_root().join("target"))
}

/// `cargo xtask run`: prerequisites, build, open the window.
pub fn run() -> Result {
    system::ensure_build_prerequisites()?;
    if cfg!(target_os = "linux") && std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        return Err("there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). \
                    On a headless machine, `cargo xtask test` still runs everything under a virtual screen."
            .into());
    }
    process::run(cargo().args(["build", "--package", "pathway"]))?;
    println!("xtask: opening Pathway ({})", app_binary().display());
    process::run(&mut Command::new(app_binary()))
}

/// `cargo xtask bundle`: the installers this system can build. Never with the
/// `e2e` feature: the shipped app keeps least privilege.
pub fn bundle() -> Result {
    system::ensure_build_prerequisites()?;
    let root = project_root();
    npm_install()?;
    let mut tauri = npx();
    tauri.args(["tauri", "build"]).current_dir(&root);
    if cfg!(target_os = "linux") {
        // AppImage tooling downloads from the web, so it is left to the release workflow.
        tauri.args(["--bundles", "deb,rpm"]);
    }
    process::run(&mut tauri)?;
    println!("xtask: installers are under {}", target_dir().join("release").join("bundle").display());
    Ok(())
}

/// The build tools from package.json. `npm install`, not `npm ci`: the lock
/// file cannot list the Tauri CLI's binary for every platform (the registry
/// mirror here lacks some), and `npm ci` refuses such a lock, while
/// `npm install` fetches the one this system needs and leaves the lock alone.
pub fn npm_install() -> Result {
    process::run(npm().args(["install", "--no-audit", "--no-fund"]).current_dir(project_root()))
}

fn npm() -> Command {
    Command::new(if cfg!(windows) { "npm.cmd" } else { "npm" })
}

fn npx() -> Command {
    Command::new(if cfg!(windows) { "npx.cmd" } else { "npx" })
}

/// `cargo xtask protocol`: writes `ui/js/protocol.d.ts` again, through the
/// test that otherwise fails while the file is stale (`src-tauri/tests/protocol.rs`).
pub fn protocol() -> Result {
    process::run(
        cargo()
            .args(["test", "--package", "pathway", "--test", "protocol", "--", "the_uis_declarations_are_generated_from_the_rust_types"])
            .env("PATHWAY_WRITE_PROTOCOL", "1"),
    )
}

/// `cargo xtask bench [ARGS]`: criterion benchmarks of the core.
/// `cargo xtask bench [ARGS]`: the core's criterion benchmarks; `cargo xtask
/// bench window`: start-up and memory against a bare Tauri window.
pub fn bench(args: &[String]) -> Result {
    if args.first().map(String::as_str) == Some("window") {
        return crate::e2e::window_bench();
    }
    process::run(cargo().args(["bench", "--package", "pathway-core"]).args(args))
}

/// `cargo xtask fixture [--force]`: the sample database for the newest schema.
pub fn fixture(args: &[String]) -> Result {
    use pathway_core::store::{sample, LATEST_SCHEMA_VERSION};

    let force = args.iter().any(|a| a == "--force");
    let path = project_root().join("core/tests/fixtures").join(sample::fixture_file_name(LATEST_SCHEMA_VERSION));
    if path.exists() && !force {
        return Err(format!(
            "{} exists. A fixture that has shipped must not change; pass --force only for an unreleased schema.",
            path.display()
        ));
    }
    sample::write_fixture(&path).map_err(|e| e.to_string())?;
    println!("xtask: wrote {} (schema version {LATEST_SCHEMA_VERSION})", path.display());
    Ok(())
}
