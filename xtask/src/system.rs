//! What the operating system must provide, checked before building or
//! testing. On Debian and Ubuntu the missing packages are installed with
//! apt-get (through sudo when not root), each with the reason it is needed.
//! Elsewhere the task names what is missing and stops.

use std::process::Command;

use crate::process;
use crate::Result;

/// A Debian package and why Pathway needs it.
pub struct Need {
    pub package: &'static str,
    pub why: &'static str,
}

/// To build and open the app.
pub const BUILD_NEEDS: &[Need] = &[
    Need { package: "libwebkit2gtk-4.1-dev", why: "WebKitGTK, the web view that draws Pathway's window" },
    Need { package: "build-essential", why: "a C compiler, for the SQLite built into Pathway" },
    Need { package: "pkg-config", why: "lets the build find GTK and WebKitGTK" },
    Need { package: "libxdo-dev", why: "keyboard shortcuts in native menus (Tauri on Linux)" },
    Need { package: "librsvg2-dev", why: "draws the app's SVG icons in GTK" },
];

/// Also needed to run the end-to-end tests in a real window.
pub const TEST_NEEDS: &[Need] = &[
    Need { package: "xvfb", why: "a virtual screen for the window when there is no display" },
    Need { package: "webkit2gtk-driver", why: "WebKitWebDriver, which drives the real window in tests" },
    Need { package: "dbus", why: "dbus-run-session, so each test has its own private D-Bus session" },
    Need { package: "poppler-utils", why: "pdftotext, pdfinfo and pdffonts, which check the plan PDF in tests" },
    Need { package: "x11-utils", why: "xwininfo, which reads the native window title in tests" },
    Need { package: "imagemagick", why: "import, which takes the installed app's screenshot in the installer test" },
];

/// Makes sure the platform can build and show the app.
pub fn ensure_build_prerequisites() -> Result {
    if cfg!(target_os = "linux") {
        ensure_debian_packages(BUILD_NEEDS)
    } else if cfg!(windows) {
        windows_webview2_version().map(|_| ()).ok_or_else(|| {
            "Microsoft Edge WebView2 Runtime was not found. Pathway's window needs it. \
             Windows 11 includes it; on Windows 10 install the 'Evergreen Bootstrapper' \
             from Microsoft's WebView2 page, then run this again."
                .to_string()
        })
    } else if cfg!(target_os = "macos") {
        let found = Command::new("xcode-select").arg("-p").output().is_ok_and(|o| o.status.success());
        if found {
            Ok(())
        } else {
            Err("the Xcode command-line tools are missing; run `xcode-select --install`, then run this again".into())
        }
    } else {
        Ok(())
    }
}

/// Build prerequisites plus what the end-to-end layer needs (Linux only).
pub fn ensure_test_prerequisites() -> Result {
    ensure_build_prerequisites()?;
    if cfg!(target_os = "linux") {
        ensure_debian_packages(TEST_NEEDS)?;
    }
    Ok(())
}

fn ensure_debian_packages(needs: &[Need]) -> Result {
    if !is_debian_like() {
        return match needs.iter().filter(|need| !linux_need_met_elsewhere(need)).count() {
            0 => Ok(()),
            _ => Err(format!("this is not Debian or Ubuntu, so nothing was installed. Install the equivalents of:\n{}", list(needs))),
        };
    }
    let missing: Vec<&Need> = needs.iter().filter(|need| !dpkg_installed(need.package)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("xtask: installing {} missing system package(s):", missing.len());
    println!("{}", list(missing.iter().copied()));
    apt_get(&["update", "-qq"])?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend(missing.iter().map(|need| need.package));
    apt_get(&args)
}

fn list<'a>(needs: impl IntoIterator<Item = &'a Need>) -> String {
    needs.into_iter().map(|n| format!("  {:<24} {}", n.package, n.why)).collect::<Vec<_>>().join("\n")
}

fn is_debian_like() -> bool {
    let release = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let debian_family = release
        .lines()
        .any(|line| (line.starts_with("ID=") || line.starts_with("ID_LIKE=")) && (line.contains("debian") || line.contains("ubuntu")));
    debian_family && process::can_run("dpkg-query", "--version")
}

fn dpkg_installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
}

/// On other distributions we cannot ask a package manager, so we probe for
/// the program or library itself.
fn linux_need_met_elsewhere(need: &Need) -> bool {
    match need.package {
        "libwebkit2gtk-4.1-dev" => pkg_config_has("webkit2gtk-4.1"),
        "librsvg2-dev" => pkg_config_has("librsvg-2.0"),
        "build-essential" => process::can_run("cc", "--version"),
        "pkg-config" => process::can_run("pkg-config", "--version"),
        "xvfb" => process::can_run("Xvfb", "-help"),
        "webkit2gtk-driver" => process::can_run("WebKitWebDriver", "--version"),
        "dbus" => process::can_run("dbus-run-session", "--version"),
        "poppler-utils" => process::can_run("pdftotext", "-v"),
        "x11-utils" => process::can_run("xwininfo", "-version"),
        "imagemagick" => process::can_run("import", "-version"),
        _ => false,
    }
}

fn pkg_config_has(library: &str) -> bool {
    Command::new("pkg-config").args(["--exists", library]).status().is_ok_and(|s| s.success())
}

/// True when running as root (then no sudo is needed for apt-get or dpkg).
pub fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

fn apt_get(args: &[&str]) -> Result {
    let mut command = if is_root() {
        Command::new("apt-get")
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg("apt-get");
        sudo
    };
    command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    process::run(&mut command)
}

/// The installed WebView2 runtime's version, from the registry.
pub fn windows_webview2_version() -> Option<String> {
    const CLIENT: &str = r"Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}";
    let keys = [format!(r"HKLM\SOFTWARE\WOW6432Node\{CLIENT}"), format!(r"HKLM\SOFTWARE\{CLIENT}"), format!(r"HKCU\Software\{CLIENT}")];
    keys.iter().find_map(|key| {
        let output = Command::new("reg").args(["query", key, "/v", "pv"]).output().ok()?;
        let text = String::from_utf8_lossy(&output.stdout);
        let version = text.lines().find(|l| l.contains("REG_SZ"))?.split_whitespace().last()?.to_string();
        (version != "0.0.0.0").then_some(version)
    })
}
