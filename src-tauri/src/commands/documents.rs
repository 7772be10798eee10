//! Commands of generated documents.
use super::Reply;
use crate::state::AppState;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use yunting::Error;
use yunting::documents::{self, DocumentInput, DocumentRecord};

#[tauri::command]
pub async fn generate_document(
    state: State<'_, AppState>,
    input: DocumentInput,
) -> Reply<DocumentRecord> {
    documents::generate_document(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn list_documents(
    state: State<'_, AppState>,
    case_id: String,
) -> Reply<Vec<DocumentRecord>> {
    documents::list_documents(state.core()?, &state.actor().await?, &case_id).await
}

/// Writes a copy of the PDF to `path`.
#[tauri::command]
pub async fn save_document(
    state: State<'_, AppState>,
    document_id: String,
    path: String,
) -> Reply<String> {
    documents::save_document(state.core()?, &state.actor().await?, &document_id, &path).await
}

/// Asks where to save in the native dialog, then writes the copy; None if cancelled.
#[tauri::command]
pub async fn save_document_as(
    app: AppHandle,
    state: State<'_, AppState>,
    document_id: String,
    suggested_name: String,
) -> Reply<Option<String>> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title("保存文书")
        .set_file_name(format!("{suggested_name}.pdf"))
        .add_filter("PDF", &["pdf"])
        .save_file(move |path| {
            let _ = tx.send(path);
        });
    let picked = rx.await.map_err(|_| Error::internal("文件对话框未返回"))?;
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    documents::save_document(
        state.core()?,
        &state.actor().await?,
        &document_id,
        &path.display().to_string(),
    )
    .await
    .map(Some)
}

#[tauri::command]
pub async fn commission_name(state: State<'_, AppState>) -> Reply<String> {
    documents::commission_name(state.core()?, &state.actor().await?).await
}

#[tauri::command]
pub async fn set_commission_name(state: State<'_, AppState>, name: String) -> Reply<String> {
    documents::set_commission_name(state.core()?, &state.actor().await?, &name).await
}
