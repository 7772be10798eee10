//! Yunting desktop shell: opens the core's database, holds the session, and hosts the
//! Vue UI in one window. All rules live in the `yunting` core crate.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod cli;
mod commands;
mod state;

use state::AppState;
use std::path::PathBuf;
use std::process::ExitCode;
use tauri::Manager;
use yunting::Core;
use yunting::db::{DB_ENV_VAR, resolve_db_path};

fn main() -> ExitCode {
    #[cfg(target_os = "linux")]
    avoid_blank_webkit_window();

    let options = match cli::parse(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if options.help {
        print!("{}", cli::HELP);
        return ExitCode::SUCCESS;
    }
    if options.version {
        println!("yunting {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let db_arg = options.db.clone();
    let env_db = std::env::var_os(DB_ENV_VAR).map(PathBuf::from);

    if let Some(destination) = options.backup {
        return backup(db_arg, env_db, &destination);
    }
    if options.demo_data {
        return demo_data(db_arg, env_db);
    }
    run(db_arg, env_db);
    ExitCode::SUCCESS
}

/// WebKitGTK's DMA-BUF renderer shows a blank window on many Linux setups (virtual
/// machines, Xvfb, some GPUs). Respect the user's choice when they set it.
#[cfg(target_os = "linux")]
fn avoid_blank_webkit_window() {
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // SAFETY: called first thing in `main`, before any other thread exists.
        unsafe { std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1") };
    }
}

fn run(db_arg: Option<PathBuf>, env_db: Option<PathBuf>) {
    tauri::Builder::default()
        // First, so a second launch only focuses the running window.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(
                    tauri_plugin_window_state::StateFlags::SIZE
                        | tauri_plugin_window_state::StateFlags::MAXIMIZED,
                )
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            let app_data = app.path().app_data_dir()?;
            let path = resolve_db_path(db_arg, env_db, &app_data);
            let core = tauri::async_runtime::block_on(Core::open(&path));
            if let Err(e) = &core {
                eprintln!("yunting: cannot open {}: {}", path.display(), e.message);
            }
            app.manage(AppState::new(core));
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("Yunting could not start its window");
}

/// `--backup PATH`: a consistent copy of the database, without opening a window.
fn backup(
    db_arg: Option<PathBuf>,
    env_db: Option<PathBuf>,
    destination: &std::path::Path,
) -> ExitCode {
    let Some(app_data) = default_app_data_dir() else {
        eprintln!(
            "无法确定应用数据目录，请用 --db 指定数据库 / cannot find the app-data directory; pass --db"
        );
        return ExitCode::FAILURE;
    };
    let source = resolve_db_path(db_arg, env_db, &app_data);
    if !source.exists() {
        eprintln!("数据库不存在 / no database at {}", source.display());
        return ExitCode::FAILURE;
    }
    let result = tauri::async_runtime::block_on(yunting::db::backup_file(&source, destination));
    match result {
        Ok(()) => {
            println!(
                "已备份 / backed up {} → {}",
                source.display(),
                destination.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("备份失败 / backup failed: {}", e.message);
            ExitCode::FAILURE
        }
    }
}

/// `--demo-data`: loads the demo year into the (empty) database, without a window.
fn demo_data(db_arg: Option<PathBuf>, env_db: Option<PathBuf>) -> ExitCode {
    let Some(app_data) = default_app_data_dir() else {
        eprintln!(
            "无法确定应用数据目录，请用 --db 指定数据库 / cannot find the app-data directory; pass --db"
        );
        return ExitCode::FAILURE;
    };
    let path = resolve_db_path(db_arg, env_db, &app_data);
    let result = tauri::async_runtime::block_on(async {
        let core = Core::open(&path).await?;
        let summary = yunting::demo::load_demo_data_fresh(&core).await;
        core.close().await;
        summary
    });
    match result {
        Ok(summary) => {
            print!("{}", cli::demo_report(&summary, &path));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("未载入演示数据 / demo data not loaded: {}", e.message);
            ExitCode::FAILURE
        }
    }
}

/// The same directory Tauri's `app_data_dir()` gives, computed without starting Tauri.
fn default_app_data_dir() -> Option<PathBuf> {
    let identifier = "cn.yunting.app";
    #[cfg(target_os = "linux")]
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")));
    #[cfg(target_os = "macos")]
    let base =
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join("Library/Application Support"));
    #[cfg(target_os = "windows")]
    let base = std::env::var_os("APPDATA").map(PathBuf::from);
    #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
    let base: Option<PathBuf> = None;
    base.map(|b| b.join(identifier))
}
