//! Launches the app under tauri-driver on a fresh database and offers the few helpers the
//! journeys need: wait for an element, fill an Element Plus input, pick a date, choose an
//! option, tick a checkbox, click, read text, and take numbered screenshots.

use std::fs::{self, File};
use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use tempfile::TempDir;

/// How long any single UI expectation may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(20);
const POLL: Duration = Duration::from_millis(100);
/// Starting the app and its WebDriver session (a cold WebKit start under Xvfb takes seconds).
const SESSION_TIMEOUT: Duration = Duration::from_secs(60);

const NUDGE_START: &str = "\
    let n = document.getElementById('__e2e_nudge');
    if (!n) {
      n = document.createElement('div');
      n.id = '__e2e_nudge';
      n.setAttribute('aria-hidden', 'true');
      n.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;' +
        'pointer-events:none;z-index:2147483647';
      document.body.appendChild(n);
    }
    let k = 0;
    clearInterval(window.__e2eNudge);
    window.__e2eNudge = setInterval(() => {
      k += 1;
      n.style.background = k % 2 ? 'rgba(0,0,0,0.01)' : 'rgba(0,0,0,0.02)';
      if (k > 400) clearInterval(window.__e2eNudge);
    }, 50);";

const NUDGE_STOP: &str = "\
    clearInterval(window.__e2eNudge);
    document.getElementById('__e2e_nudge')?.remove();";

/// Collects the page's uncaught errors and unhandled promise rejections (a lazily loaded
/// page that fails to load shows nothing but a rejected `router.push`), so that a failing
/// test can say why the page did not change.
const ERROR_HOOK: &str = "\
    if (!window.__e2eErrors) {
      window.__e2eErrors = [];
      const keep = (what) => {
        const text = String(what);
        // Benign, and reported by WebKit whenever a layout settles late.
        if (!text.startsWith('ResizeObserver loop')) window.__e2eErrors.push(text.slice(0, 500));
      };
      window.addEventListener('error', (e) =>
        keep(`${e.message} @ ${e.filename}:${e.lineno}:${e.colno}`));
      window.addEventListener('unhandledrejection', (e) => {
        const r = e.reason;
        keep(r && r.message !== undefined
          ? `${r.name}: ${r.message} @ ${r.sourceURL ?? ''}:${r.line ?? ''}` : r);
      });
    }";

/// `<repo root>/artifacts/e2e` (git-ignored).
pub fn artifacts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("src-tauri has a parent")
        .join("artifacts")
        .join("e2e")
}

/// The CSS selector of an element by its `data-testid`.
pub fn tid(id: &str) -> String {
    format!("[data-testid=\"{id}\"]")
}

/// The `<input>` inside an `el-input` whose wrapper carries the `data-testid`.
pub fn input(id: &str) -> String {
    format!("[data-testid=\"{id}\"] input")
}

/// The text field (`<input>` or `<textarea>`) inside the element with this `data-testid`
/// (form-field test ids sit on the `el-form-item`).
pub fn field(id: &str) -> String {
    format!("[data-testid=\"{id}\"] input, [data-testid=\"{id}\"] textarea")
}

/// Element Plus message boxes (`ElMessageBox.confirm`): the primary (confirm) button.
pub const CONFIRM_BOX: &str = ".el-message-box__btns .el-button--primary";

/// Marks the first displayed element matching `arguments[0]` whose trimmed text equals
/// `arguments[1]` (or contains it, when `arguments[2]`) with `data-e2e-pick`; true if found.
const MARK_BY_TEXT: &str = "\
    const [css, text, partial] = arguments;
    document.querySelectorAll('[data-e2e-pick]').forEach(e => e.removeAttribute('data-e2e-pick'));
    for (const e of document.querySelectorAll(css)) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(e);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const t = (e.innerText || e.textContent || '').trim();
      if (partial ? t.includes(text) : t === text) {
        e.setAttribute('data-e2e-pick', '1');
        return true;
      }
    }
    return false;";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("no free local port")
}

fn find_tauri_driver() -> PathBuf {
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("tauri-driver"))
            .find(|p| p.is_file())
    });
    let in_cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|h| h.join("bin").join("tauri-driver"))
        .filter(|p| p.is_file());
    on_path.or(in_cargo_home).unwrap_or_else(|| {
        panic!(
            "tauri-driver not found on PATH or in ~/.cargo/bin.\n\
             Install it with:  cargo install tauri-driver --locked --version ^2\n\
             (scripts/deps.sh --test does this), and the Debian package webkit2gtk-driver."
        )
    })
}

/// tauri-driver (and through it WebKitWebDriver and the app) in its own process group,
/// killed as a group when dropped, so that no process outlives the test, even on panic.
struct Driver {
    child: Child,
}

impl Driver {
    fn signal_group(&self, signal: &str) {
        // Negative pid: the whole process group the driver leads.
        let _ = Command::new("kill")
            .args([signal, "--", &format!("-{}", self.child.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            self.signal_group("-TERM");
            let deadline = Instant::now() + Duration::from_secs(3);
            while Instant::now() < deadline && matches!(self.child.try_wait(), Ok(None)) {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        // Whatever is left of the group (the app, WebKit helpers) goes now.
        self.signal_group("-KILL");
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Element Plus's opening transitions (dialogs, overlays, select dropdowns): input during
/// them can land in the wrong place (a dialog focuses its first field when it has opened).
const OPENING: &str = ".dialog-fade-enter-active, .el-overlay-fade-enter-active, \
                       .el-zoom-in-top-enter-active";

/// One running app with a WebDriver session on it.
pub struct App {
    pub client: Client,
    shots: AtomicUsize,
    shot_dir: PathBuf,
    // Field order is drop order: the driver group dies before the temp dir goes.
    driver: Driver,
    dir: TempDir,
}

impl App {
    /// Starts tauri-driver, which starts the app on an empty database in a temp dir.
    /// Screenshots, the driver log and failure pages go to `artifacts/e2e/<name>/`, which
    /// is emptied first (each test has its own folder, so tests do not wipe each other's).
    pub async fn launch(name: &str) -> App {
        Self::launch_seeded(name, async |_: PathBuf| {}).await
    }

    /// Like `launch`, but `seed` first writes to the database file (through the core)
    /// before the app opens it: staff accounts and a case a journey starts from.
    pub async fn launch_seeded(name: &str, seed: impl AsyncFnOnce(PathBuf)) -> App {
        assert!(
            std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some(),
            "no display: run the end-to-end tests under `xvfb-run -a dbus-run-session -- ...` \
             (see scripts/test.sh)"
        );
        let shot_dir = artifacts_dir().join(name);
        fs::create_dir_all(&shot_dir).expect("create artifacts/e2e/<test>");
        // This test's folder, and loose files left at the top by older harness versions.
        for dir in [shot_dir.as_path(), artifacts_dir().as_path()] {
            for entry in fs::read_dir(dir).expect("read artifacts/e2e").flatten() {
                let p = entry.path();
                if p.extension()
                    .is_some_and(|e| e == "png" || e == "html" || e == "log")
                {
                    let _ = fs::remove_file(p);
                }
            }
        }

        let dir = tempfile::Builder::new()
            .prefix("yunting-e2e-")
            .tempdir()
            .expect("temp dir");
        for sub in ["config", "data", "cache"] {
            fs::create_dir_all(dir.path().join(sub)).expect("xdg dirs");
        }
        seed(dir.path().join("yunting.db")).await;
        Self::start(shot_dir, dir, 0, "tauri-driver.log").await
    }

    /// Kills the app and everything under the driver with SIGKILL, as a crash or a power
    /// cut would, then starts it again on the same database and profile. Screenshots go
    /// on numbering in the same folder.
    pub async fn crash_and_restart(self) -> App {
        let App {
            client,
            shots,
            shot_dir,
            driver,
            dir,
        } = self;
        drop(client);
        driver.signal_group("-KILL");
        drop(driver);
        let shots = shots.into_inner();
        Self::start(shot_dir, dir, shots, "tauri-driver-restarted.log").await
    }

    /// Starts tauri-driver (which starts the app) on the profile in `dir`.
    async fn start(shot_dir: PathBuf, dir: TempDir, shots: usize, log_name: &str) -> App {
        let log_path = shot_dir.join(log_name);
        let log = File::create(&log_path).expect("driver log");

        let port = free_port();
        let mut native_port = free_port();
        while native_port == port {
            native_port = free_port();
        }

        // The binary cargo built for this test; YUNTING_E2E_APP may point at another
        // build of it (e.g. target/release/yunting).
        let app_bin = std::env::var("YUNTING_E2E_APP")
            .unwrap_or_else(|_| env!("CARGO_BIN_EXE_yunting").to_owned());
        let child = Command::new(find_tauri_driver())
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .env("YUNTING_DB", dir.path().join("yunting.db"))
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_CACHE_HOME", dir.path().join("cache"))
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("driver log"))
            .stderr(log)
            .process_group(0)
            .spawn()
            .expect("spawn tauri-driver");
        let mut driver = Driver { child };

        // Wait until tauri-driver listens.
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            if let Ok(Some(status)) = driver.child.try_wait() {
                panic!(
                    "tauri-driver exited early ({status}):\n{}",
                    read_log(&log_path)
                );
            }
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not listen on port {port} within {TIMEOUT:?}:\n{}",
                read_log(&log_path)
            );
            tokio::time::sleep(POLL).await;
        }

        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert("tauri:options".into(), json!({ "application": &app_bin }));
        let url = format!("http://127.0.0.1:{port}");

        // tauri-driver may take a moment to bring up WebKitWebDriver behind it; a session
        // request can also hang for good (no display), hence the overall limit.
        let hint = "Is there a display (xvfb-run -a) and a session bus (dbus-run-session)? \
                    The app is single-instance: another Yunting on the same session bus \
                    makes the new one exit at once.";
        let connect = async {
            let mut attempt = 0;
            loop {
                attempt += 1;
                match ClientBuilder::new(HttpConnector::new())
                    .capabilities(caps.clone())
                    .connect(&url)
                    .await
                {
                    Ok(c) => break c,
                    Err(e) if attempt < 5 => {
                        eprintln!("[e2e] new session attempt {attempt} failed: {e}; retrying");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                    Err(e) => panic!(
                        "could not start a WebDriver session on {app_bin}: {e}\n{hint}\n\
                         --- tauri-driver log:\n{}",
                        read_log(&log_path)
                    ),
                }
            }
        };
        let client = match tokio::time::timeout(SESSION_TIMEOUT, connect).await {
            Ok(client) => client,
            Err(_) => panic!(
                "no WebDriver session on {app_bin} within {SESSION_TIMEOUT:?}.\n{hint}\n\
                 --- tauri-driver log:\n{}",
                read_log(&log_path)
            ),
        };

        let app = App {
            client,
            shots: AtomicUsize::new(shots),
            shot_dir,
            driver,
            dir,
        };
        // Not fatal: WebKitWebDriver may refuse to resize a window the app already sized.
        if let Err(e) = app.client.set_window_size(1280, 800).await {
            eprintln!("[e2e] set_window_size: {e}");
        }
        if let Err(e) = app.client.execute(ERROR_HOOK, vec![]).await {
            eprintln!("[e2e] installing the page error hook: {e}");
        }
        app
    }

    /// The database file this app instance uses.
    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join("yunting.db")
    }

    /// Ends the WebDriver session (the app closes); the driver group is killed on drop.
    pub async fn finish(self) {
        let App { client, driver, .. } = self;
        if let Err(e) = client.close().await {
            eprintln!("[e2e] closing the session: {e}");
        }
        drop(driver);
    }

    /// Runs `steps`, failing the test when they take longer than `limit` (a WebDriver
    /// call can hang for good when WebKitWebDriver or the app dies).
    pub async fn run_within(&self, limit: Duration, steps: impl Future<Output = ()>) {
        if tokio::time::timeout(limit, steps).await.is_err() {
            panic!(
                "the journey did not finish within {limit:?} (a WebDriver call hung?)\n\
                 --- tauri-driver log:\n{}",
                read_log(&self.shot_dir.join("tauri-driver.log"))
            );
        }
    }

    /// Saves `artifacts/e2e/<test>/NN-name.png`.
    ///
    /// WebKitWebDriver answers a screenshot only after the page renders its next frame,
    /// and a page at rest renders none: the request would hang for good. So a 1-pixel,
    /// almost transparent element in the corner flickers while the screenshot is taken.
    pub async fn shot(&self, name: &str) -> PathBuf {
        match self.try_shot(name).await {
            Some(path) => path,
            None => panic!("could not take screenshot {name}"),
        }
    }

    async fn try_shot(&self, name: &str) -> Option<PathBuf> {
        // Let loading masks go first (a while at most: a shot is no assertion).
        let settle = Instant::now() + Duration::from_secs(3);
        while Instant::now() < settle && self.visible(".el-loading-mask").await {
            tokio::time::sleep(POLL).await;
        }
        let n = self.shots.fetch_add(1, Ordering::SeqCst) + 1;
        let path = self.shot_dir.join(format!("{n:02}-{name}.png"));
        eprintln!("[e2e] {n:02} {name}");
        let _ = self.client.execute(NUDGE_START, vec![]).await;
        let mut saved = false;
        for _ in 0..2 {
            match tokio::time::timeout(Duration::from_secs(10), self.client.screenshot()).await {
                Ok(Ok(png)) => {
                    fs::write(&path, png).expect("write screenshot");
                    saved = true;
                    break;
                }
                Ok(Err(e)) => eprintln!("[e2e] screenshot {name} failed: {e}"),
                Err(_) => eprintln!("[e2e] screenshot {name} timed out"),
            }
            let _ = self.client.execute(NUDGE_START, vec![]).await;
        }
        let _ = self.client.execute(NUDGE_STOP, vec![]).await;
        saved.then_some(path)
    }

    /// Saves a screenshot and the page source, then fails the test with `msg`.
    pub async fn fail<T>(&self, msg: String) -> T {
        let errors = self
            .client
            .execute("return (window.__e2eErrors || []).join('\\n');", vec![])
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let msg = if errors.is_empty() {
            msg
        } else {
            format!("{msg}\n--- errors in the page:\n{errors}")
        };
        let shot = self.try_shot("FAILED").await;
        if let Ok(html) = self.client.source().await {
            let _ = fs::write(self.shot_dir.join("FAILED-page.html"), html);
        }
        match shot {
            Some(path) => panic!("{msg}\n(screenshot: {})", path.display()),
            None => panic!("{msg}"),
        }
    }

    /// Like `assert!`, but saves a screenshot and the page source first.
    pub async fn ensure(&self, ok: bool, msg: impl FnOnce() -> String) {
        if !ok {
            self.fail::<()>(msg()).await;
        }
    }

    async fn first_displayed(&self, css: &str) -> Option<Element> {
        let found = self.client.find_all(Locator::Css(css)).await.ok()?;
        for el in found {
            if el.is_displayed().await.unwrap_or(false) {
                return Some(el);
            }
        }
        None
    }

    /// Is an element matching `css` displayed right now?
    pub async fn visible(&self, css: &str) -> bool {
        self.first_displayed(css).await.is_some()
    }

    /// Waits until an element matching `css` is displayed.
    pub async fn wait(&self, css: &str) -> Element {
        self.wait_within(css, TIMEOUT).await
    }

    /// Waits up to `limit` (for long work such as loading the demo data).
    pub async fn wait_within(&self, css: &str, limit: Duration) -> Element {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(el) = self.first_displayed(css).await {
                return el;
            }
            if Instant::now() >= deadline {
                return self
                    .fail(format!("no visible element `{css}` within {limit:?}"))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The visible text of every displayed element matching `css`, in document order.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let found = self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default();
        let mut out = Vec::new();
        for el in found {
            if el.is_displayed().await.unwrap_or(false)
                && let Ok(t) = self.inner_text(&el).await
            {
                out.push(t);
            }
        }
        out
    }

    /// Waits until one of `selectors` is displayed; returns its index.
    pub async fn wait_any(&self, selectors: &[&str]) -> usize {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            for (i, css) in selectors.iter().enumerate() {
                if self.visible(css).await {
                    return i;
                }
            }
            if Instant::now() >= deadline {
                return self
                    .fail(format!(
                        "none of {selectors:?} became visible within {TIMEOUT:?}"
                    ))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until nothing matching `css` is displayed.
    pub async fn wait_gone(&self, css: &str) {
        let deadline = Instant::now() + TIMEOUT;
        while self.visible(css).await {
            if Instant::now() >= deadline {
                self.fail::<()>(format!("`{css}` still visible after {TIMEOUT:?}"))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Clicks the displayed element matching `css`, retrying while something (an overlay,
    /// an animation) intercepts the click.
    pub async fn click(&self, css: &str) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let el = self.wait(css).await;
            // Into the middle of its scroll area: WebDriver scrolls only until the element
            // is in view, which can leave it under a sticky header or footer.
            let arg = serde_json::to_value(&el).expect("element reference");
            let _ = self
                .client
                .execute(
                    "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                    vec![arg],
                )
                .await;
            match el.click().await {
                Ok(()) => return,
                Err(e) if Instant::now() < deadline => {
                    eprintln!("[e2e] click on `{css}` failed ({e}); retrying");
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err(e) => self.fail(format!("cannot click `{css}`: {e}")).await,
            }
        }
    }

    /// Opens the `el-dropdown` whose trigger has the `data-testid` `trigger` and clicks its
    /// item `item`. The menu zooms in; a click during that transition can miss the item,
    /// so the click waits for it, and is made again while the item is still shown.
    pub async fn menu(&self, trigger: &str, item: &str) {
        let item_css = tid(item);
        for attempt in 0..3 {
            if !self.visible(&item_css).await {
                self.click_id(trigger).await;
                self.wait(&item_css).await;
            }
            self.wait_gone(OPENING).await;
            self.click(&item_css).await;
            let deadline = Instant::now() + Duration::from_secs(3);
            while self.visible(&item_css).await && Instant::now() < deadline {
                tokio::time::sleep(POLL).await;
            }
            if !self.visible(&item_css).await {
                return;
            }
            eprintln!("[e2e] menu item `{item}` still shown after click {attempt}; again");
        }
        self.fail(format!("the menu item `{item}` did not take the click"))
            .await
    }

    /// Clicks the element with this `data-testid`.
    pub async fn click_id(&self, id: &str) {
        self.click(&tid(id)).await;
    }

    /// Replaces the value of the `el-input` (an `<input>` or a `<textarea>`) inside the
    /// element with this `data-testid` by typing `text`.
    pub async fn fill(&self, id: &str, text: &str) {
        self.fill_css(&field(id), text).await;
    }

    /// Replaces the value of the displayed text field matching `css` by typing `text`.
    pub async fn fill_css(&self, css: &str, text: &str) {
        let css = css.to_owned();
        // A dialog focuses its first field when its opening transition ends (`opened`);
        // typing before that would send the rest of the keys to that field.
        self.wait_gone(OPENING).await;
        for _ in 0..3 {
            let el = self.wait(&css).await;
            // Clear through an `input` event so that Vue's v-model sees it
            // (WebDriver's Element Clear only fires `change`).
            let arg = serde_json::to_value(&el).expect("element reference");
            if let Err(e) = self
                .client
                .execute(
                    "const i = arguments[0]; i.focus(); i.value = ''; \
                     i.dispatchEvent(new Event('input', { bubbles: true }));",
                    vec![arg],
                )
                .await
            {
                self.fail::<()>(format!("cannot clear `{css}`: {e}")).await;
            }
            if let Err(e) = el.send_keys(text).await {
                self.fail::<()>(format!("cannot type into `{css}`: {e}"))
                    .await;
            }
            if el.prop("value").await.ok().flatten().as_deref() == Some(text) {
                return;
            }
        }
        self.fail(format!("`{css}` does not hold the typed text"))
            .await
    }

    /// The element's `innerText`. WebKitWebDriver's Get Element Text drops some table
    /// cells' text (seen with Element Plus tables), so read it from the page instead.
    async fn inner_text(&self, el: &Element) -> Result<String, fantoccini::error::CmdError> {
        let arg = serde_json::to_value(el).expect("element reference");
        let v = self
            .client
            .execute("return arguments[0].innerText;", vec![arg])
            .await?;
        Ok(v.as_str().unwrap_or_default().to_owned())
    }

    /// The visible text of the displayed element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        let el = self.wait(css).await;
        match self.inner_text(&el).await {
            Ok(t) => t,
            Err(e) => self.fail(format!("cannot read text of `{css}`: {e}")).await,
        }
    }

    /// Waits until the element matching `css` shows a text containing `needle`; returns it.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        let mut last = String::new();
        loop {
            if let Some(el) = self.first_displayed(css).await
                && let Ok(t) = self.inner_text(&el).await
            {
                if t.contains(needle) {
                    return t;
                }
                last = t;
            }
            if Instant::now() >= deadline {
                return self
                    .fail(format!(
                        "`{css}` never showed {needle:?} within {TIMEOUT:?}; last text: {last:?}"
                    ))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until the element's `class` attribute does not contain `class` (e.g. an
    /// Element Plus button leaving `is-loading`).
    pub async fn wait_not_class(&self, css: &str, class: &str) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let classes = match self.first_displayed(css).await {
                Some(el) => el.attr("class").await.ok().flatten().unwrap_or_default(),
                None => String::new(),
            };
            if !classes.split_whitespace().any(|c| c == class) {
                return;
            }
            if Instant::now() >= deadline {
                self.fail::<()>(format!("`{css}` kept class `{class}` for {TIMEOUT:?}"))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Marks the displayed element matching `css` whose text is `text` (or contains it,
    /// when `partial`) as `[data-e2e-pick]`; false if there is none right now.
    async fn mark_by_text(&self, css: &str, text: &str, partial: bool) -> bool {
        self.client
            .execute(MARK_BY_TEXT, vec![json!(css), json!(text), json!(partial)])
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }

    /// Clicks the displayed element matching `css` whose text contains `text` (a button,
    /// a menu item, a radio button), waiting for it to appear.
    pub async fn click_text(&self, css: &str, text: &str) {
        let deadline = Instant::now() + TIMEOUT;
        while !self.mark_by_text(css, text, true).await {
            if Instant::now() >= deadline {
                self.fail::<()>(format!(
                    "no visible `{css}` with the text {text:?} within {TIMEOUT:?}"
                ))
                .await;
            }
            tokio::time::sleep(POLL).await;
        }
        self.click("[data-e2e-pick]").await;
    }

    /// Sends one key (e.g. `Key::Enter`) to the displayed element matching `css`.
    pub async fn press(&self, css: &str, key: Key) {
        let el = self.wait(css).await;
        if let Err(e) = el.send_keys(&key.to_string()).await {
            self.fail::<()>(format!("cannot press {key:?} in `{css}`: {e}"))
                .await;
        }
    }

    /// Sets the `el-date-picker` inside the element with this `data-testid` to `date`
    /// (`YYYY-MM-DD`) by typing it and pressing Enter, then checks that the picker took it
    /// (a date the picker disables is not taken).
    pub async fn pick_date(&self, id: &str, date: &str) {
        let css = input(id);
        self.fill_css(&css, date).await;
        self.press(&css, Key::Enter).await;
        // The picker's panel closes on Enter; a second Enter would go to the form.
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let value = match self.first_displayed(&css).await {
                Some(el) => el.prop("value").await.ok().flatten().unwrap_or_default(),
                None => String::new(),
            };
            let panel_open = self
                .visible(".el-picker__popper .el-date-picker, .el-picker__popper .el-picker-panel")
                .await;
            if value == date && !panel_open {
                return;
            }
            if Instant::now() >= deadline {
                self.fail::<()>(format!(
                    "the date picker `{id}` did not take {date} (shows {value:?}, panel open: \
                     {panel_open})"
                ))
                .await;
            }
            if panel_open && value == date {
                // Some pickers keep the panel open until the input loses focus.
                let _ = self
                    .client
                    .execute("document.activeElement?.blur();", vec![])
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Chooses `label` in the element with this `data-testid`: an `el-select` (open it,
    /// click the option with that label) or a group of radio buttons / radios.
    pub async fn choose(&self, id: &str, label: &str) {
        let root = tid(id);
        self.wait(&root).await;
        self.wait_gone(OPENING).await;
        let select = format!("{root} .el-select__wrapper, {root}.el-select .el-select__wrapper");
        if self.visible(&select).await {
            self.click(&select).await;
            let deadline = Instant::now() + TIMEOUT;
            while !self
                .mark_by_text(".el-select-dropdown__item", label, false)
                .await
            {
                if Instant::now() >= deadline {
                    self.fail::<()>(format!(
                        "the select `{id}` offers no option {label:?} within {TIMEOUT:?}"
                    ))
                    .await;
                }
                tokio::time::sleep(POLL).await;
            }
            // The dropdown zooms in; a click during that transition can miss the item.
            self.wait_gone(OPENING).await;
            self.click("[data-e2e-pick]").await;
            self.wait_gone(".el-select-dropdown__item[data-e2e-pick]")
                .await;
            self.wait_text(&root, label).await;
        } else {
            let options = format!(
                "{root} .el-radio-button, {root} .el-radio, {root}.el-radio-button, \
                 {root} .el-check-tag, {root} .el-segmented__item"
            );
            self.click_text(&options, label).await;
            let picked = format!(
                "{root} .is-active, {root} .is-checked, {root}.is-active, {root} .is-selected"
            );
            self.wait_text(&picked, label).await;
        }
    }

    /// Ticks the `el-checkbox` (or `el-check-tag`) with this `data-testid`, unless it is
    /// ticked already.
    pub async fn check(&self, id: &str) {
        let css = tid(id);
        let checked = |classes: &str| {
            classes
                .split_whitespace()
                .any(|c| c == "is-checked" || c == "is-active")
        };
        let state = |el: Element| async move {
            let own = el.attr("class").await.ok().flatten().unwrap_or_default();
            // The test id may sit on a wrapper of the checkbox.
            let inner = el
                .find(Locator::Css(".el-checkbox, .el-check-tag"))
                .await
                .ok();
            match inner {
                Some(i) if !own.contains("el-checkbox") && !own.contains("el-check-tag") => {
                    i.attr("class").await.ok().flatten().unwrap_or_default()
                }
                _ => own,
            }
        };
        if checked(&state(self.wait(&css).await).await) {
            return;
        }
        self.click(&css).await;
        let deadline = Instant::now() + TIMEOUT;
        while !checked(&state(self.wait(&css).await).await) {
            if Instant::now() >= deadline {
                self.fail::<()>(format!("`{css}` did not become ticked"))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The texts of the toasts (`ElMessage`) shown right now, joined by newlines.
    pub async fn toasts(&self) -> String {
        self.client
            .execute(
                "return [...document.querySelectorAll('.el-message')]\
                 .map(e => e.innerText.trim()).join('\\n');",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// Waits until some displayed element matching `css` shows a text containing
    /// `needle`; returns that element's text.
    pub async fn wait_text_any(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if self.mark_by_text(css, needle, true).await
                && let Some(el) = self.first_displayed("[data-e2e-pick]").await
                && let Ok(t) = self.inner_text(&el).await
            {
                return t;
            }
            if Instant::now() >= deadline {
                return self
                    .fail(format!(
                        "no visible `{css}` showed {needle:?} within {TIMEOUT:?}; toasts: {:?}",
                        self.toasts().await
                    ))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Scrolls the displayed element matching `css` into the middle of the view (before a
    /// screenshot of it).
    pub async fn scroll_to(&self, css: &str) {
        let el = self.wait(css).await;
        let arg = serde_json::to_value(&el).expect("element reference");
        let _ = self
            .client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                vec![arg],
            )
            .await;
    }

    /// Scrolls the element into view and rests the mouse on it, for actions that show
    /// on hover (a minutes line's 修改 / 删除 / 补正).
    pub async fn hover(&self, css: &str) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        self.scroll_to(css).await;
        let el = self.wait(css).await;
        let actions = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
            element: el,
            duration: None,
            x: 0.0,
            y: 0.0,
        });
        if let Err(e) = self.client.perform_actions(actions).await {
            self.fail::<()>(format!("cannot move the mouse onto `{css}`: {e}"))
                .await;
        }
    }

    /// The current value of the text field inside the element with this `data-testid`.
    pub async fn value(&self, id: &str) -> String {
        let css = field(id);
        let el = self.wait(&css).await;
        el.prop("value").await.ok().flatten().unwrap_or_default()
    }
}

fn read_log(path: &Path) -> String {
    let mut s = String::new();
    if let Ok(mut f) = File::open(path) {
        let _ = f.read_to_string(&mut s);
    }
    s
}

/// A calendar day, as days since 1970-01-01.
#[derive(Clone, Copy)]
pub struct Day(i64);

impl Day {
    /// Today in Asia/Shanghai (UTC+8, no daylight saving), as the app counts days.
    pub fn today() -> Day {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("clock after 1970")
            .as_secs() as i64;
        Day((secs + 8 * 3600).div_euclid(86_400))
    }

    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    pub fn minus(self, days: i64) -> Day {
        Day(self.0 - days)
    }

    /// `YYYY-MM-DD` (H. Hinnant's civil-from-days).
    pub fn iso(self) -> String {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        format!("{y:04}-{m:02}-{d:02}")
    }
}
