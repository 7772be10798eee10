//! End-to-end tests: they drive the real, built `yunting` binary in a real window through
//! tauri-driver and WebKitWebDriver, the way a user would, and save a screenshot of each
//! step to `artifacts/e2e/<test>/` at the repository root.
//!
//! Build the UI first and run under a display and a session bus, as `scripts/test.sh` does:
//!
//! ```text
//! npm --prefix ui run build
//! WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a dbus-run-session -- \
//!   cargo test --workspace --features tauri/custom-protocol --test e2e -- --test-threads=1
//! ```
//!
//! Without `tauri/custom-protocol` the binary is a dev build that loads `devUrl` and shows a
//! blank page. Each test launches its own app on a fresh database in a temporary directory;
//! `YUNTING_E2E_APP=/path/to/yunting` drives another build (e.g. `target/release/yunting`).
//! Screenshots, the tauri-driver log and, on failure, the page source go to
//! `artifacts/e2e/<test>/` (`first-run/`, `case-files/`).
//!
//! - `journey`: first-run setup, sign-in both ways, registration and approval, lockout.
//! - `case_journey`: a hotline request transferred and converted into a case, accepted,
//!   its defense period, a counterclaim merged with the claims ledger, a late counterclaim.
//! - `steps`: setup and sign-in steps the journeys share; `harness`: the app and helpers.
#![cfg(target_os = "linux")]

mod case_journey;
mod harness;
mod hearing_journey;
mod journey;
mod seed;
mod statistics_journey;
mod steps;
mod summary_journey;
