//! The installed-app smoke test: what users really install. Builds the
//! `.deb`, installs it with dpkg, starts the installed program under a
//! virtual screen with a throwaway home folder, checks that its window comes
//! up and that it made its database in the platform data folder, then
//! removes the package (and checks the user's data is kept). Runs under
//! `CI=true` and with `cargo xtask test --bundle`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::e2e::VirtualDisplay;
use crate::process::{self, Counts};
use crate::test::Outcome;
use crate::{system, tasks, Result};

const PACKAGE: &str = "pathway";
const INSTALLED: &str = "/usr/bin/pathway";
const IDENTIFIER: &str = "org.pathwayapp.pathway";

pub fn layer() -> Outcome {
    if !cfg!(target_os = "linux") || !process::can_run("dpkg", "--version") {
        return Outcome::Skipped("the installer smoke test installs a .deb, so it runs on Debian and Ubuntu".into());
    }
    let mut checks = Checks::default();
    match run(&mut checks) {
        Ok(()) => Outcome::Ran { ok: checks.counts.failed == 0, counts: checks.counts },
        Err(message) => {
            let _ = dpkg(&["-r", PACKAGE]);
            Outcome::Broken(message)
        }
    }
}

#[derive(Default)]
struct Checks {
    counts: Counts,
}

impl Checks {
    fn check(&mut self, what: &str, ok: bool) {
        println!("{} {what}", if ok { "ok" } else { "FAILED" });
        if ok {
            self.counts.passed += 1
        } else {
            self.counts.failed += 1
        }
    }
}

fn run(checks: &mut Checks) -> Result {
    let started = Instant::now();
    tasks::bundle()?;
    let built = started.elapsed();
    let deb = newest(&tasks::target_dir().join("release/bundle/deb"), "deb")?;
    report_sizes(&deb, built);
    checks.check("the .deb is under 20 MB", file_size(&deb) < 20 * 1024 * 1024);

    dpkg(&["-i", &deb.to_string_lossy()])?;
    checks.check("dpkg installed the program", Path::new(INSTALLED).is_file());
    let home = tasks::target_dir().join("installer-home");
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).map_err(|e| format!("{}: {e}", home.display()))?;
    let display = VirtualDisplay::start_if_needed()?;
    let mut app = start_installed(&home, display.name.as_deref())?;
    let database = home.join(".local/share").join(IDENTIFIER).join("pathway.sqlite3");
    let window = wait_for(Duration::from_secs(40), || window_titles(display.name.as_deref()).contains("Pathway"));
    checks.check("the installed app opened its window", window);
    checks.check(&format!("it created its database at {}", database.display()), wait_for(Duration::from_secs(30), || database.is_file()));
    // The app logs this once the page has drawn its first view: the screenshot waits for it.
    let log = home.join("pathway.log");
    let painted = wait_for(Duration::from_secs(30), || std::fs::read_to_string(&log).is_ok_and(|text| text.contains("first view painted")));
    checks.check("its first view was drawn", painted);
    screenshot(display.name.as_deref());
    let _ = app.kill();
    let _ = app.wait();

    dpkg(&["-r", PACKAGE])?;
    checks.check("dpkg removed the program", !Path::new(INSTALLED).exists());
    checks.check("removing it kept the user's data", database.is_file());
    println!(
        "xtask: the installer smoke test took {:.0} s (building the installers {:.0} s)",
        started.elapsed().as_secs_f64(),
        built.as_secs_f64()
    );
    Ok(())
}

fn start_installed(home: &Path, display: Option<&str>) -> Result<Child> {
    let log = std::fs::File::create(home.join("pathway.log")).map_err(|e| format!("{}: {e}", home.display()))?;
    let mut command = Command::new("dbus-run-session");
    command.args(["--", INSTALLED]).env("HOME", home).stdout(Stdio::null()).stderr(log);
    for name in ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "PATHWAY_DATA_DIR", "DBUS_SESSION_BUS_ADDRESS"] {
        command.env_remove(name);
    }
    if let Some(display) = display {
        command.env("DISPLAY", display);
    }
    command.spawn().map_err(|e| format!("could not start {INSTALLED}: {e}"))
}

fn wait_for(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    done()
}

fn window_titles(display: Option<&str>) -> String {
    let mut command = Command::new("xwininfo");
    command.args(["-root", "-tree"]);
    if let Some(display) = display {
        command.env("DISPLAY", display);
    }
    command.output().map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default()
}

/// The installed app's first screen, to be looked at.
fn screenshot(display: Option<&str>) {
    let path = tasks::target_dir().join("e2e-screens").join("installed-first-screen.png");
    let _ = std::fs::create_dir_all(path.parent().expect("a folder"));
    let mut command = Command::new("import");
    command.args(["-window", "root"]).arg(&path);
    if let Some(display) = display {
        command.env("DISPLAY", display);
    }
    match command.status() {
        Ok(status) if status.success() => println!("xtask: screenshot of the installed app: {}", path.display()),
        _ => println!("xtask: no screenshot (ImageMagick's `import` is missing)"),
    }
}

fn dpkg(args: &[&str]) -> Result {
    let root = system::is_root();
    let mut command = Command::new(if root { "dpkg" } else { "sudo" });
    if !root {
        command.arg("dpkg");
    }
    process::run(command.args(args))
}

fn newest(dir: &Path, extension: &str) -> Result<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
    files.pop().ok_or_else(|| format!("no .{extension} in {}", dir.display()))
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

fn report_sizes(deb: &Path, built: Duration) {
    let mib = |bytes: u64| bytes as f64 / 1024.0 / 1024.0;
    let binary = tasks::target_dir().join("release").join("pathway");
    println!("xtask: .deb {:.1} MiB ({})", mib(file_size(deb)), deb.display());
    if let Ok(rpm) = newest(&tasks::target_dir().join("release/bundle/rpm"), "rpm") {
        println!("xtask: .rpm {:.1} MiB ({})", mib(file_size(&rpm)), rpm.display());
    }
    println!("xtask: app binary {:.1} MiB; installers built in {:.0} s", mib(file_size(&binary)), built.as_secs_f64());
}
