//! Launches the app under tauri-driver on a fresh database and offers the few helpers the
//! journeys need: wait for an element, fill an Element Plus input, click, read text, and
//! take numbered screenshots.

use std::fs::{self, File};
use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
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
    pub async fn launch() -> App {
        assert!(
            std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some(),
            "no display: run the end-to-end tests under `xvfb-run -a dbus-run-session -- ...` \
             (see scripts/test.sh)"
        );
        let shot_dir = artifacts_dir();
        fs::create_dir_all(&shot_dir).expect("create artifacts/e2e");
        for entry in fs::read_dir(&shot_dir)
            .expect("read artifacts/e2e")
            .flatten()
        {
            let p = entry.path();
            if p.extension()
                .is_some_and(|e| e == "png" || e == "html" || e == "log")
            {
                let _ = fs::remove_file(p);
            }
        }

        let dir = tempfile::Builder::new()
            .prefix("yunting-e2e-")
            .tempdir()
            .expect("temp dir");
        for sub in ["config", "data", "cache"] {
            fs::create_dir_all(dir.path().join(sub)).expect("xdg dirs");
        }
        let log_path = shot_dir.join("tauri-driver.log");
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
            shots: AtomicUsize::new(0),
            shot_dir,
            driver,
            dir,
        };
        // Not fatal: WebKitWebDriver may refuse to resize a window the app already sized.
        if let Err(e) = app.client.set_window_size(1280, 800).await {
            eprintln!("[e2e] set_window_size: {e}");
        }
        app
    }

    /// The database file this app instance uses.
    #[allow(dead_code)]
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

    /// Saves `artifacts/e2e/NN-name.png`.
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
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(el) = self.first_displayed(css).await {
                return el;
            }
            if Instant::now() >= deadline {
                return self
                    .fail(format!("no visible element `{css}` within {TIMEOUT:?}"))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
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

    /// Clicks the element with this `data-testid`.
    pub async fn click_id(&self, id: &str) {
        self.click(&tid(id)).await;
    }

    /// Replaces the value of the `el-input` with this `data-testid` by typing `text`.
    pub async fn fill(&self, id: &str, text: &str) {
        let css = input(id);
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
}

fn read_log(path: &Path) -> String {
    let mut s = String::new();
    if let Ok(mut f) = File::open(path) {
        let _ = f.read_to_string(&mut s);
    }
    s
}
