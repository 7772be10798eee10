//! Commands of generated documents.
use super::Reply;
use crate::state::AppState;
use tauri::ipc::Response;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use yunting::Error;
use yunting::documents::{
    self, DocumentInput, DocumentRecord, DocumentTemplate, TemplateInput, TemplateLayout,
};

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

/// The PDF as issued, as raw bytes (an ArrayBuffer in the UI), for preview and printing.
#[tauri::command]
pub async fn read_document_pdf(state: State<'_, AppState>, document_id: String) -> Reply<Response> {
    documents::document_pdf(state.core()?, &state.actor().await?, &document_id)
        .await
        .map(Response::new)
}

#[tauri::command]
pub async fn generate_intake_form(
    state: State<'_, AppState>,
    intake_id: String,
) -> Reply<DocumentRecord> {
    documents::generate_intake_form(state.core()?, &state.actor().await?, &intake_id).await
}

#[tauri::command]
pub async fn list_intake_documents(
    state: State<'_, AppState>,
    intake_id: String,
) -> Reply<Vec<DocumentRecord>> {
    documents::list_intake_documents(state.core()?, &state.actor().await?, &intake_id).await
}

#[tauri::command]
pub async fn list_document_templates(state: State<'_, AppState>) -> Reply<Vec<DocumentTemplate>> {
    documents::list_document_templates(state.core()?, &state.actor().await?).await
}

/// A draft typeset as PDF bytes, not saved.
#[tauri::command]
pub async fn preview_document_template(
    state: State<'_, AppState>,
    input: TemplateInput,
) -> Reply<Response> {
    documents::preview_document_template(state.core()?, &state.actor().await?, input)
        .await
        .map(Response::new)
}

#[tauri::command]
pub async fn save_document_template(
    state: State<'_, AppState>,
    input: TemplateInput,
) -> Reply<DocumentTemplate> {
    documents::save_document_template(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn reset_document_template(
    state: State<'_, AppState>,
    layout: TemplateLayout,
) -> Reply<DocumentTemplate> {
    documents::reset_document_template(state.core()?, &state.actor().await?, layout).await
}
