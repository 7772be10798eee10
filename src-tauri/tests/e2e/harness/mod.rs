//! Launches the app under tauri-driver on a fresh database and offers the few helpers the
//! journeys need: wait for an element, fill an Element Plus input, pick a date, choose an
//! option, tick a checkbox, click, read text, and take numbered screenshots.
//!
//! This module holds launching, the app's lifecycle, screenshots and failure reports;
//! `wait` waits for and reads the page, `actions` clicks, types and chooses.

use std::fs::{self, File};
use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use tempfile::TempDir;

mod actions;
mod wait;

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
