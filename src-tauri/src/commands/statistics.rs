//! Commands of the statistics dashboard and its export.
use super::Reply;
use crate::state::AppState;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use yunting::Error;
use yunting::statistics::{
    self, ExportFormat, ExportInput, ExportProgress, ExportResult, Statistics, StatsQuery,
};

#[tauri::command]
pub async fn get_statistics(state: State<'_, AppState>, query: StatsQuery) -> Reply<Statistics> {
    statistics::statistics(state.core()?, &state.actor().await?, query).await
}

/// Asks where to write an export in the native dialog; None if cancelled.
#[tauri::command]
pub async fn pick_export_path(
    app: AppHandle,
    format: ExportFormat,
    suggested_name: String,
) -> Reply<Option<String>> {
    let (extension, filter) = match format {
        ExportFormat::Csv => ("csv", "CSV"),
        ExportFormat::Xlsx => ("xlsx", "Excel"),
    };
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title("导出统计数据")
        .set_file_name(format!("{suggested_name}.{extension}"))
        .add_filter(filter, &[extension])
        .save_file(move |path| {
            let _ = tx.send(path);
        });
    let picked = rx.await.map_err(|_| Error::internal("文件对话框未返回"))?;
    Ok(picked
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}

/// Writes the export, sending its progress on `on_progress`.
#[tauri::command]
pub async fn export_statistics(
    state: State<'_, AppState>,
    input: ExportInput,
    on_progress: Channel<ExportProgress>,
) -> Reply<ExportResult> {
    statistics::export_statistics(state.core()?, &state.actor().await?, input, move |p| {
        let _ = on_progress.send(p);
    })
    .await
}
