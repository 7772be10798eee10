//! Commands that reach the desktop: the system browser for a meeting's join link, and
//! the native file dialog for picking a recording. Both plugins are called from Rust,
//! so the window holds no plugin permissions and can open only what these allow.
use super::Reply;
use crate::state::AppState;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use yunting::{Error, hearings};

/// Opens the hearing's stored join link in the system browser; https links only.
#[tauri::command]
pub async fn open_join_link(
    app: AppHandle,
    state: State<'_, AppState>,
    hearing_id: String,
) -> Reply<()> {
    let hearing = hearings::get_hearing(state.core()?, &state.actor().await?, &hearing_id).await?;
    let url = hearing
        .join_url
        .filter(|u| u.starts_with("https://"))
        .ok_or_else(|| Error::precondition("no_join_link", "该次开庭没有 https 入会链接"))?;
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|e| Error::internal(format!("无法打开浏览器：{e}")))
}

/// Lets the clerk pick an audio or video file; returns its path, or None if cancelled.
#[tauri::command]
pub async fn pick_recording_file(app: AppHandle) -> Reply<Option<String>> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title("选择庭审录音录像文件")
        .add_filter(
            "录音录像",
            &[
                "mp4", "m4a", "mov", "wav", "mp3", "webm", "mkv", "flv", "aac",
            ],
        )
        .pick_file(move |path| {
            let _ = tx.send(path);
        });
    let picked = rx.await.map_err(|_| Error::internal("文件对话框未返回"))?;
    Ok(picked
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}
