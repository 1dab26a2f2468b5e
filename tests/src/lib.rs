//! The end-to-end harness: launches the real Pathway binary through
//! tauri-driver and WebKitWebDriver, and gives tests a few plain helpers
//! (fill a field, click by accessible name, read a text, save a screenshot).
//!
//! Every launch is isolated: its own data folder (`PATHWAY_DATA_DIR`), XDG
//! config/data/cache folders, its own D-Bus session (`dbus-run-session`), and
//! its own driver ports. Every WebDriver call has a timeout, because a driver
//! that lost its display hangs instead of failing.
//!
//! `cargo xtask test` provides the environment: `PATHWAY_E2E_APP` (the binary,
//! built with the `e2e` feature), `PATHWAY_E2E_DRIVER` (tauri-driver),
//! `PATHWAY_E2E_SCREENS` (where screenshots go) and a `DISPLAY`.

use std::future::Future;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// Long enough for a cold WebKit start on a loaded 2-core machine.
const STEP_TIMEOUT: Duration = Duration::from_secs(30);
/// How long `wait_for_*` helpers poll before failing.
const WAIT: Duration = Duration::from_secs(15);

fn required_env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: run the end-to-end tests with `cargo xtask test`, which builds the app and provides the driver and display"
        )
    })
}

/// Options for one launch.
#[derive(Default)]
pub struct Launch {
    /// Reuse these folders (for restart tests) instead of fresh ones.
    pub folders: Option<Folders>,
    /// Ask GTK, and so WebKit, for the dark variant.
    pub dark: bool,
}

/// The per-launch folders. Kept alive (and deleted on drop) by the owner.
pub struct Folders {
    root: tempfile::TempDir,
}

impl Folders {
    pub fn new() -> Folders {
        Folders { root: tempfile::Builder::new().prefix("pathway-e2e-").tempdir().expect("temp folder") }
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root.path().join("pathway-data")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }
}

impl Default for Folders {
    fn default() -> Self {
        Folders::new()
    }
}

/// The running app and its WebDriver session.
pub struct App {
    client: Option<Client>,
    driver: Driver,
    folders: Option<Folders>,
    dark: bool,
}

impl App {
    pub async fn launch() -> App {
        App::launch_with(Launch::default()).await
    }

    pub async fn launch_with(launch: Launch) -> App {
        App::launch_pathway(launch, false).await
    }

    /// Launches with WebKit's compositing layers on, which the app turns off
    /// on Linux. Only for a screen that does not scroll: there
    /// WebKitWebDriver's screenshot (page or element) never answers while
    /// WebKit draws without compositing, although the window itself is drawn
    /// (found with the recovery screen, WebKitGTK 2.50). What the screen
    /// shows is the same either way.
    pub async fn launch_with_compositing(launch: Launch) -> App {
        App::launch_pathway(launch, true).await
    }

    async fn launch_pathway(launch: Launch, compositing: bool) -> App {
        let folders = launch.folders.unwrap_or_default();
        let driver = Driver::start(&folders, launch.dark, compositing);
        let client = driver.connect(&required_env("PATHWAY_E2E_APP")).await;
        App { client: Some(client), driver, folders: Some(folders), dark: launch.dark }
    }

    /// Launches another Tauri binary through the same harness (the bare
    /// window `cargo xtask bench window` measures Pathway against).
    pub async fn launch_application(application: &Path) -> App {
        let folders = Folders::new();
        let driver = Driver::start(&folders, false, false);
        let client = driver.connect(&application.to_string_lossy()).await;
        App { client: Some(client), driver, folders: Some(folders), dark: false }
    }

    /// The app and the WebKit processes it started (the processes under the
    /// driver, less the driver's own: tauri-driver, WebKitWebDriver, the
    /// private D-Bus), each with its proportional set size split into
    /// anonymous memory (heaps, JIT), file-backed pages (the binary,
    /// libraries, fonts) and shared memory: where the memory goes.
    pub fn app_memory(&self) -> Vec<ProcessMemory> {
        let Some(root) = self.driver.child.as_ref().map(Child::id) else { return Vec::new() };
        const HARNESS: [&str; 4] = ["tauri-driver", "WebKitWebDriver", "dbus-daemon", "dbus-run-session"];
        descendants(root)
            .into_iter()
            .map(|pid| (pid, process_name(pid)))
            .filter(|(_, name)| !HARNESS.contains(&name.as_str()))
            .map(|(pid, name)| process_memory(pid, name))
            .collect()
    }

    /// Quits the app and starts it again on the same folders.
    pub async fn restart(mut self) -> App {
        let folders = self.folders.take().expect("folders are present until close");
        let dark = self.dark;
        self.close().await;
        App::launch_with(Launch { folders: Some(folders), dark }).await
    }

    /// Quits and starts again on the same folders, in light or dark mode.
    pub async fn restart_with_dark(mut self, dark: bool) -> App {
        self.dark = dark;
        self.restart().await
    }

    /// Ends the session (which quits the app) and stops the driver.
    pub async fn close(mut self) {
        if let Some(client) = self.client.take() {
            let _ = tokio::time::timeout(STEP_TIMEOUT, client.close()).await;
        }
        self.driver.stop();
    }

    pub fn data_dir(&self) -> PathBuf {
        self.folders.as_ref().expect("folders are present until close").data_dir()
    }

    /// Quits the app and hands back its folders (for a later launch on them).
    pub async fn close_keeping_folders(mut self) -> Folders {
        let folders = self.folders.take().expect("folders are present until close");
        self.close().await;
        folders
    }

    fn client(&self) -> &Client {
        self.client.as_ref().expect("the session is open")
    }

    /// Runs one WebDriver step with a timeout, failing with the driver's log.
    async fn step<T, E: std::fmt::Debug>(&self, what: &str, step: impl Future<Output = Result<T, E>>) -> T {
        match tokio::time::timeout(STEP_TIMEOUT, step).await {
            Ok(Ok(value)) => value,
            Ok(Err(error)) => panic!("{what}: {error:?}\n{}", self.driver.log_tail()),
            Err(_) => panic!("{what}: no answer within {STEP_TIMEOUT:?}\n{}", self.driver.log_tail()),
        }
    }

    /// Polls `check` until it returns `Some`, or fails after [`WAIT`].
    async fn poll<T, F, Fut>(&self, what: &str, mut check: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Option<T>>,
    {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(value) = check().await {
                return value;
            }
            if Instant::now() > deadline {
                let page = self.failure_evidence(what).await;
                panic!("timed out waiting for {what}\n{page}\n{}", self.driver.log_tail());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// What the page shows now: its text, and a screenshot saved beside the others.
    async fn failure_evidence(&self, what: &str) -> String {
        let client = self.client();
        let text = tokio::time::timeout(STEP_TIMEOUT, client.execute("return document.body.innerText", vec![]))
            .await
            .ok()
            .and_then(Result::ok)
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .unwrap_or_else(|| "(the page did not answer)".into());
        let name: String = what.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
        let shot = match tokio::time::timeout(STEP_TIMEOUT, client.screenshot()).await {
            Ok(Ok(png)) => {
                let path = PathBuf::from(required_env("PATHWAY_E2E_SCREENS")).join(format!("FAILED-{name}.png"));
                std::fs::write(&path, png).map(|_| path.display().to_string()).unwrap_or_default()
            }
            _ => "(no screenshot)".into(),
        };
        format!("--- the page's text ---\n{text}\n--- screenshot: {shot}")
    }

    async fn find_now(&self, locator: Locator<'_>) -> Option<Element> {
        tokio::time::timeout(STEP_TIMEOUT, self.client().find(locator)).await.ok()?.ok()
    }

    /// Polls `check` until it gives a value, failing with the page's evidence after the wait.
    pub async fn poll_value<T, F, Fut>(&self, what: &str, check: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Option<T>>,
    {
        self.poll(what, check).await
    }

    /// The text of the first element matching `css`, once it contains `expected`.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        self.poll(&format!("{css} to contain {expected:?}"), || async {
            let element = self.find_now(Locator::Css(css)).await?;
            let text = element.text().await.ok()?;
            text.contains(expected).then_some(text)
        })
        .await
    }

    /// The text of the first element matching `css`, waiting for it to exist.
    pub async fn text(&self, css: &str) -> String {
        self.wait_for_text(css, "").await
    }

    /// Clicks the button or link whose accessible name (text or aria-label)
    /// is `name`. While a modal dialog is open only its controls can be
    /// reached, as for a person, so the search stays inside it.
    pub async fn click(&self, name: &str) {
        let literal = xpath_literal(name);
        let control = format!("*[self::button or self::a or @role='button'][normalize-space(.)={literal} or @aria-label={literal}]");
        let xpath = format!("(//dialog[@open]//{control}) | (//body[not(.//dialog[@open])]//{control})");
        let element = self
            .poll(&format!("a button named {name:?}"), || async {
                let element = self.find_now(Locator::XPath(&xpath)).await?;
                element.is_enabled().await.ok()?.then_some(element)
            })
            .await;
        self.centre(&element).await;
        self.step(&format!("click {name:?}"), element.click()).await;
    }

    /// Clicks the first element matching `css` (for controls whose accessible
    /// name is long, such as a rating's example sentence).
    pub async fn click_at(&self, css: &str) {
        let element = self.poll(&format!("an element matching {css:?}"), || async { self.find_now(Locator::Css(css)).await }).await;
        self.centre(&element).await;
        self.step(&format!("click {css:?}"), element.click()).await;
    }

    /// Scrolls `element` to the middle of the view: scrolled only to an edge,
    /// a sticky bar, a toast or a scrollbar could take the click instead.
    async fn centre(&self, element: &Element) {
        let arg = serde_json::to_value(element).expect("an element serializes");
        self.step("scroll into view", self.client().execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg])).await;
    }

    /// Types `value` into the field labelled `label` (a <label> or aria-label), replacing its content.
    pub async fn fill(&self, label: &str, value: &str) {
        let literal = xpath_literal(label);
        let xpath = format!(
            "//*[@id=//label[normalize-space(.)={literal}]/@for] | //input[@aria-label={literal}] | //textarea[@aria-label={literal}]"
        );
        let field = self.poll(&format!("a field labelled {label:?}"), || async { self.find_now(Locator::XPath(&xpath)).await }).await;
        self.step(&format!("clear {label:?}"), field.clear()).await;
        self.step(&format!("type into {label:?}"), field.send_keys(value)).await;
    }

    /// Sets the window's outer size, as a user dragging its corner would
    /// (1366×860 is a common laptop; 880×600 is the app's minimum).
    pub async fn resize(&self, width: u32, height: u32) {
        self.step(&format!("resize to {width}×{height}"), self.client().set_window_size(width, height)).await;
        self.after_next_paint().await;
    }

    /// Saves a screenshot of the window to `target/e2e-screens/NAME.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        self.after_next_paint().await;
        let png = self.step("screenshot", self.client().screenshot()).await;
        let path = PathBuf::from(required_env("PATHWAY_E2E_SCREENS")).join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        path
    }

    /// Screenshots at the laptop size and the app's smallest (1366×860 and
    /// 880×600), each with the element `target` (a JS expression) scrolled
    /// into view, named `{name}-{width}x{height}-{theme}`; the window is
    /// left at the laptop size.
    pub async fn shots_at_both_sizes(&self, name: &str, theme: &str, target: &str, block: &str) {
        for (width, height) in [(1366, 860), (880, 600)] {
            self.resize(width, height).await;
            self.script(&format!("{target}.scrollIntoView({{block: '{block}'}}); return null;")).await;
            self.screenshot(&format!("{name}-{width}x{height}-{theme}")).await;
        }
        self.resize(1366, 860).await;
    }

    /// Waits until WebKit has painted the DOM as it is now: the second
    /// animation frame runs after the first one's paint. Without this a
    /// screenshot can show an older frame than the text a test just read.
    pub async fn after_next_paint(&self) {
        const SCRIPT: &str = "const done = arguments[0];
            requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
        self.step("wait for paint", self.client().execute_async(SCRIPT, vec![])).await;
    }

    /// Calls a backend command from the page, as the UI's bridge would.
    /// Returns `Ok(value)` or `Err({code, message})`.
    pub async fn invoke(&self, command: &str, args: Value) -> Result<Value, Value> {
        const SCRIPT: &str = "const [command, args, done] = arguments;
            window.__TAURI__.core.invoke(command, args).then((ok) => done({ ok }), (err) => done({ err }));";
        let reply = self.step(&format!("invoke {command}"), self.client().execute_async(SCRIPT, vec![json!(command), args])).await;
        match reply.get("err") {
            Some(error) => Err(error.clone()),
            None => Ok(reply.get("ok").cloned().unwrap_or(Value::Null)),
        }
    }

    /// Evaluates `script` in the page (a function body; `return` a value).
    pub async fn script(&self, script: &str) -> Value {
        self.step("run a script", self.client().execute(script, vec![])).await
    }

    /// Answers the next native file dialog with `path` (`None`: the user cancels).
    pub async fn answer_next_dialog(&self, path: Option<&Path>) {
        self.invoke("e2e_answer_next_dialog", json!({ "path": path })).await.expect("the app was built with the e2e feature");
    }

    /// Ticks (or picks) the checkbox or radio button whose label is `label`.
    pub async fn choose(&self, label: &str) {
        let xpath = format!("//label[normalize-space(.)={}]", xpath_literal(label));
        let element = self.poll(&format!("a choice labelled {label:?}"), || async { self.find_now(Locator::XPath(&xpath)).await }).await;
        self.step(&format!("choose {label:?}"), element.click()).await;
    }

    /// Saves `draft` as the profile through the backend and reloads, so the
    /// page starts again from a known profile without clicking through set-up.
    pub async fn save_profile(&self, draft: Value) {
        self.invoke("save_profile", json!({ "draft": draft })).await.expect("the profile draft saves");
        self.reload().await;
    }

    /// Waits for the first-run set-up screen, then skips past it with `draft`.
    pub async fn past_setup(&self, draft: Value) {
        self.wait_for_text("h1", "Set up Pathway").await;
        self.save_profile(draft).await;
    }

    /// Reloads the page (the app keeps running).
    pub async fn reload(&self) {
        self.step("reload", self.client().refresh()).await;
    }

    /// Presses Tab from the top of the page until focus comes round again,
    /// and returns the controls it never reached (empty when the keyboard
    /// reaches everything). A radio group counts once, as browsers tab into
    /// a group once and move inside it with the arrow keys.
    pub async fn controls_missed_by_tab(&self) -> Vec<String> {
        const KEY_OF: &str = "const keyOf = (el) => el.type === 'radio' ? 'radio:' + el.name
            : el.id || (el.name ? el.tagName + ':' + el.name + '=' + el.value : el.tagName + ':' + el.textContent.trim());";
        let expected = self
            .script(&format!(
                "{KEY_OF}
                // A modal dialog makes the rest of the page inert: only its controls count.
                const scope = document.querySelector('dialog[open]') ?? document;
                const all = [...scope.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                  .filter((el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0
                    && !el.closest('[hidden], dialog:not([open])')
                    // A closed <details> shows only its summary.
                    && !(el.closest('details:not([open])') && !el.closest('summary')));
                return [...new Set(all.map(keyOf))];"
            ))
            .await;
        let expected: Vec<String> = serde_json::from_value(expected).expect("a list of keys");
        self.script(
            "const d = document.querySelector('dialog[open]');
             if (d) { d.focus(); } else { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }
             return null;",
        )
        .await;
        let mut reached: Vec<String> = Vec::new();
        // Date and time inputs take one Tab per part (hour, minute, ...).
        for _ in 0..(expected.len() * 3 + 10) {
            self.press_key(fantoccini::key::Key::Tab).await;
            let key = self.script(&format!("{KEY_OF} return keyOf(document.activeElement);")).await;
            let key = key.as_str().unwrap_or_default().to_string();
            if reached.first() == Some(&key) {
                break;
            }
            reached.push(key);
        }
        expected.into_iter().filter(|key| !reached.contains(key)).collect()
    }

    /// Presses and releases one key, as a keyboard does: on whatever has
    /// focus, without WebDriver first re-focusing an element.
    pub async fn press_key(&self, key: fantoccini::key::Key) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let value: char = key.into();
        let actions = KeyActions::new("keyboard".into()).then(KeyAction::Down { value }).then(KeyAction::Up { value });
        self.step("press a key", self.client().perform_actions(actions)).await;
    }

    /// Presses a chord such as Ctrl+S: every key down in order, then up in reverse.
    pub async fn press_chord(&self, keys: &[char]) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut actions = KeyActions::new("keyboard".into());
        for &value in keys {
            actions = actions.then(KeyAction::Down { value });
        }
        for &value in keys.iter().rev() {
            actions = actions.then(KeyAction::Up { value });
        }
        self.step("press a chord", self.client().perform_actions(actions)).await;
    }

    /// Sends keys to whatever has focus (for keyboard navigation tests).
    pub async fn press(&self, keys: &str) {
        let active = self.step("active element", self.client().active_element()).await;
        self.step("send keys", active.send_keys(keys)).await;
    }
}

impl Drop for App {
    fn drop(&mut self) {
        // A test that panicked never reached `close()`; stop the processes anyway.
        self.driver.stop();
    }
}

/// An XPath string literal for any text (XPath 1.0 has no escapes).
fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// tauri-driver (and, below it, WebKitWebDriver and the app) in its own
/// process group and D-Bus session.
struct Driver {
    child: Option<Child>,
    port: u16,
    /// WebKitWebDriver's port, behind tauri-driver.
    native_port: u16,
    log: PathBuf,
}

impl Driver {
    fn start(folders: &Folders, dark: bool, compositing: bool) -> Driver {
        let (port, native_port) = (free_port(), free_port());
        let log = folders.path(&format!("driver-{port}.log"));
        let log_file = std::fs::File::create(&log).expect("driver log");
        let mut command = driver_command(&required_env("PATHWAY_E2E_DRIVER"));
        command
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("PATHWAY_DATA_DIR", folders.data_dir())
            .env("XDG_CONFIG_HOME", folders.path("config"))
            .env("XDG_DATA_HOME", folders.path("xdg-data"))
            .env("XDG_CACHE_HOME", folders.path("cache"))
            .env("GTK_THEME", if dark { "Adwaita:dark" } else { "Adwaita" })
            .envs(compositing.then_some(("WEBKIT_DISABLE_COMPOSITING_MODE", "0")))
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log handle"))
            .stderr(log_file);
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let child = command.spawn().unwrap_or_else(|e| panic!("starting tauri-driver: {e}"));
        let driver = Driver { child: Some(child), port, native_port, log };
        driver.wait_until_listening();
        driver
    }

    /// Both tauri-driver and the WebKitWebDriver it starts must listen before
    /// a session is asked for: a request that reaches tauri-driver first is
    /// refused ("client error (Connect)") on a loaded machine.
    fn wait_until_listening(&self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        for port in [self.port, self.native_port] {
            while TcpStream::connect(("127.0.0.1", port)).is_err() {
                assert!(Instant::now() < deadline, "the WebDriver servers did not listen on {port}\n{}", self.log_tail());
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }

    async fn connect(&self, application: &str) -> Client {
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("wry"));
        capabilities.insert("tauri:options".into(), json!({ "application": application }));
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let mut builder = ClientBuilder::new(connector);
        builder.capabilities(capabilities);
        let url = format!("http://127.0.0.1:{}", self.port);
        let connecting = builder.connect(&url);
        match tokio::time::timeout(STEP_TIMEOUT, connecting).await {
            Ok(Ok(client)) => client,
            Ok(Err(error)) => panic!("starting the app through WebDriver: {error}\n{}", self.log_tail()),
            Err(_) => panic!("the app did not start within {STEP_TIMEOUT:?}\n{}", self.log_tail()),
        }
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        format!("--- driver and app log (last lines) ---\n{}", lines[lines.len().saturating_sub(30)..].join("\n"))
    }

    fn stop(&mut self) {
        let Some(mut child) = self.child.take() else { return };
        #[cfg(unix)]
        {
            // SIGTERM to the whole group: a SIGKILLed tauri-driver leaves
            // WebKitWebDriver orphaned on its port (build notes, section 10).
            let group = child.id() as libc::pid_t;
            unsafe { libc::kill(-group, libc::SIGTERM) };
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            unsafe { libc::kill(-group, libc::SIGKILL) };
        }
        let _ = child.kill();
        let _ = child.wait();
    }
}

fn driver_command(driver: &str) -> Command {
    if cfg!(target_os = "linux") {
        // A private session bus: the app (and later its single-instance lock)
        // never meets the desktop's bus or another test's.
        let mut command = Command::new("dbus-run-session");
        command.args(["--", driver]);
        command
    } else {
        Command::new(driver)
    }
}

/// Every process below `root`, from /proc (Linux).
fn descendants(root: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
                .filter_map(|pid| Some((pid, parent_of(pid)?)))
                .collect()
        })
        .unwrap_or_default();
    let mut found = vec![root];
    let mut index = 0;
    while index < found.len() {
        let parent = found[index];
        found.extend(parents.iter().filter(|(_, p)| *p == parent).map(|(pid, _)| *pid));
        index += 1;
    }
    found.remove(0);
    found
}

/// The parent of `pid`: the field after the command's closing parenthesis in /proc/PID/stat.
fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()
}

fn process_name(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm")).map(|name| name.trim().to_string()).unwrap_or_default()
}

/// One process's proportional set size (its share of every page it maps), in KiB.
#[derive(Debug, Clone)]
pub struct ProcessMemory {
    pub name: String,
    pub pss_kib: u64,
    pub anon_kib: u64,
    pub file_kib: u64,
    pub shmem_kib: u64,
}

impl ProcessMemory {
    pub fn to_json(&self) -> Value {
        json!({"name": self.name, "pss_kib": self.pss_kib, "anon_kib": self.anon_kib, "file_kib": self.file_kib, "shmem_kib": self.shmem_kib})
    }
}

/// A process's PSS and its parts, from smaps_rollup.
fn process_memory(pid: u32, name: String) -> ProcessMemory {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    let field = |key: &str| -> u64 {
        text.lines().find(|l| l.starts_with(key)).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()).unwrap_or(0)
    };
    ProcessMemory {
        name,
        pss_kib: field("Pss:"),
        anon_kib: field("Pss_Anon:"),
        file_kib: field("Pss_File:"),
        shmem_kib: field("Pss_Shmem:"),
    }
}

fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0)).and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

#[cfg(test)]
mod tests {
    use super::xpath_literal;

    #[test]
    fn xpath_literals_quote_any_text() {
        assert_eq!(xpath_literal("Save"), "'Save'");
        assert_eq!(xpath_literal("Don't"), "\"Don't\"");
        assert_eq!(xpath_literal(r#"a'b"c"#), r#"concat('a', "'", 'b"c')"#);
    }
}
