//! The end-to-end layer: the real app window under a virtual screen, driven
//! through tauri-driver and WebKitWebDriver by the tests in `tests/`.
//!
//! xtask provides what the tests cannot: the display (its own Xvfb when there
//! is none, or always under CI), tauri-driver (installed once with
//! `cargo install --locked`), and the app built with the `e2e` feature. Each
//! test then starts its own driver, D-Bus session and data folders.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::process::{self, cargo};
use crate::test::{counted, Outcome};
use crate::{is_ci, system, tasks, Result};

/// The tauri-driver release the harness was written against.
const TAURI_DRIVER_VERSION: &str = "2.1.0";

pub fn layer() -> Outcome {
    only(None)
}

/// The layer, or one of its test files (`cargo xtask e2e one_answer`).
pub fn only(test_file: Option<&str>) -> Outcome {
    if let Some(reason) = skip_reason() {
        return Outcome::Skipped(reason);
    }
    match prepare_and_run(test_file) {
        Ok(outcome) => outcome,
        Err(message) => Outcome::Broken(message),
    }
}

fn skip_reason() -> Option<String> {
    if cfg!(target_os = "macos") {
        return Some("tauri-driver does not support macOS".into());
    }
    if cfg!(windows) {
        return windows_driver_mismatch();
    }
    None
}

fn prepare_and_run(test_file: Option<&str>) -> Result<Outcome> {
    let driver = ensure_tauri_driver()?;
    let display = VirtualDisplay::start_if_needed()?;
    process::run(cargo().args(["build", "--package", "pathway", "--features", "e2e"]))?;

    let screens = tasks::target_dir().join("e2e-screens");
    std::fs::create_dir_all(&screens).map_err(|e| format!("cannot create {}: {e}", screens.display()))?;
    let mut command = cargo();
    command.args(["test", "--no-fail-fast", "--package", "pathway-e2e"]);
    if let Some(file) = test_file {
        command.args(["--test", file]);
    }
    command
        .args(["--", "--test-threads=1"])
        .env("PATHWAY_E2E_APP", tasks::app_binary())
        .env("PATHWAY_E2E_DRIVER", driver)
        .env("PATHWAY_E2E_SCREENS", &screens);
    if let Some(name) = &display.name {
        command.env("DISPLAY", name);
    }
    Ok(counted(&mut command, process::scan_libtest))
}

/// `cargo xtask bench window`: Pathway's release build against a bare Tauri
/// v2 window (bench/bare-window), both driven as the e2e tests drive the app,
/// alternating, five rounds; the figures go to standard output and
/// `target/bench-window.json`.
pub fn window_bench() -> Result<()> {
    if let Some(reason) = skip_reason() {
        return Err(format!("the window benchmark needs tauri-driver: {reason}"));
    }
    let driver = ensure_tauri_driver()?;
    let display = VirtualDisplay::start_if_needed()?;
    process::run(cargo().args(["build", "--release", "--package", "pathway", "--package", "bare-window"]))?;
    let release = tasks::target_dir().join("release");
    let binary = |name: &str| release.join(if cfg!(windows) { format!("{name}.exe") } else { name.to_string() });
    let screens = tasks::target_dir().join("e2e-screens");
    std::fs::create_dir_all(&screens).map_err(|e| format!("cannot create {}: {e}", screens.display()))?;
    let mut command = cargo();
    command
        .args(["test", "--package", "pathway-e2e", "--test", "window_bench", "--", "--ignored", "--nocapture", "--test-threads=1"])
        .env("PATHWAY_BENCH_APP", binary("pathway"))
        .env("PATHWAY_BENCH_BARE", binary("bare-window"))
        .env("PATHWAY_E2E_DRIVER", driver)
        .env("PATHWAY_E2E_SCREENS", &screens);
    if let Some(name) = &display.name {
        command.env("DISPLAY", name);
    }
    process::run(&mut command)
}

/// Finds tauri-driver, installing it into cargo's bin folder the first time.
fn ensure_tauri_driver() -> Result<PathBuf> {
    let name = if cfg!(windows) { "tauri-driver.exe" } else { "tauri-driver" };
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|home| home.join("bin").join(name));
    if let Some(path) = cargo_bin.as_ref().filter(|p| p.is_file()) {
        return Ok(path.clone());
    }
    if process::can_run("tauri-driver", "--help") {
        return Ok(PathBuf::from("tauri-driver"));
    }
    println!("xtask: installing tauri-driver {TAURI_DRIVER_VERSION} (the WebDriver bridge for Tauri apps), once");
    process::run(cargo().args(["install", "tauri-driver", "--locked", "--version", TAURI_DRIVER_VERSION]))?;
    cargo_bin.filter(|p| p.is_file()).ok_or_else(|| "tauri-driver was installed but cannot be found".into())
}

/// An Xvfb server that lives as long as this value.
pub(crate) struct VirtualDisplay {
    child: Option<Child>,
    /// The display to use, when this value started one.
    pub(crate) name: Option<String>,
}

impl VirtualDisplay {
    pub(crate) fn start_if_needed() -> Result<VirtualDisplay> {
        if !cfg!(target_os = "linux") || (std::env::var_os("DISPLAY").is_some() && !is_ci()) {
            return Ok(VirtualDisplay { child: None, name: None });
        }
        let number = (99..200)
            .find(|n| !PathBuf::from(format!("/tmp/.X11-unix/X{n}")).exists() && !PathBuf::from(format!("/tmp/.X{n}-lock")).exists())
            .ok_or("no free X display number between :99 and :199")?;
        let child = Command::new("Xvfb")
            .args([format!(":{number}").as_str(), "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start Xvfb: {e}"))?;
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
        let deadline = Instant::now() + Duration::from_secs(10);
        while !socket.exists() {
            if Instant::now() > deadline {
                return Err("Xvfb did not come up within 10 s".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        println!("xtask: started a virtual screen (Xvfb) on :{number}");
        Ok(VirtualDisplay { child: Some(child), name: Some(format!(":{number}")) })
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// On Windows, tauri-driver needs an msedgedriver whose major version
/// matches the installed WebView2 runtime.
fn windows_driver_mismatch() -> Option<String> {
    let Some(webview) = system::windows_webview2_version() else {
        return Some("the WebView2 runtime was not found".into());
    };
    let output = Command::new("msedgedriver").arg("--version").output().ok();
    let Some(driver) = output.map(|o| String::from_utf8_lossy(&o.stdout).into_owned()) else {
        return Some(format!("msedgedriver is not on PATH (it must match WebView2 {webview})"));
    };
    let major = |v: &str| v.split('.').next().map(str::to_owned);
    let driver_version = driver.split_whitespace().find(|w| w.contains('.')).unwrap_or("");
    if major(driver_version) == major(&webview) {
        None
    } else {
        Some(format!("msedgedriver {driver_version} does not match WebView2 {webview}"))
    }
}
