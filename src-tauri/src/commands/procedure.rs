//! Commands of the summary procedure: consents, the confirmation, the checklist,
//! attestations, decisions, the wage table and the tasks decisions create.
use super::Reply;
use crate::state::AppState;
use tauri::State;
use yunting::consent::{
    self, ConfirmationStatus, ConsentChainCheck, ConsentInput, ConsentKind, ConsentPreview,
    ConsentRecord,
};
use yunting::procedure::{
    self, AttestInput, AverageWage, AverageWageInput, Checklist, ConvertInput, DecideSummaryInput,
};

#[tauri::command]
pub async fn consent_preview(
    state: State<'_, AppState>,
    case_id: String,
    party_id: String,
    kind: ConsentKind,
    shortened_to_days: Option<u32>,
) -> Reply<ConsentPreview> {
    let actor = state.actor().await?;
    consent::consent_preview(
        state.core()?,
        &actor,
        &case_id,
        &party_id,
        kind,
        shortened_to_days,
    )
    .await
}

#[tauri::command]
pub async fn record_consent(
    state: State<'_, AppState>,
    case_id: String,
    input: ConsentInput,
) -> Reply<ConsentRecord> {
    consent::record_consent(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn list_consents(
    state: State<'_, AppState>,
    case_id: String,
) -> Reply<Vec<ConsentRecord>> {
    consent::list_consents(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn verify_consents(state: State<'_, AppState>) -> Reply<ConsentChainCheck> {
    state.actor().await?;
    consent::verify_consents(state.core()?).await
}

#[tauri::command]
pub async fn issue_confirmation(
    state: State<'_, AppState>,
    case_id: String,
) -> Reply<ConfirmationStatus> {
    consent::issue_confirmation(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn confirmation_status(
    state: State<'_, AppState>,
    case_id: String,
) -> Reply<ConfirmationStatus> {
    consent::confirmation_status(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn summary_checklist(state: State<'_, AppState>, case_id: String) -> Reply<Checklist> {
    procedure::summary_checklist(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn attest_item(
    state: State<'_, AppState>,
    case_id: String,
    input: AttestInput,
) -> Reply<Checklist> {
    procedure::attest(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn decide_summary(
    state: State<'_, AppState>,
    case_id: String,
    input: DecideSummaryInput,
) -> Reply<Checklist> {
    procedure::decide_summary(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn convert_to_ordinary(
    state: State<'_, AppState>,
    case_id: String,
    input: ConvertInput,
) -> Reply<Checklist> {
    procedure::convert_to_ordinary(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn list_average_wages(state: State<'_, AppState>) -> Reply<Vec<AverageWage>> {
    procedure::list_average_wages(state.core()?, &state.actor().await?).await
}

#[tauri::command]
pub async fn set_average_wage(
    state: State<'_, AppState>,
    input: AverageWageInput,
) -> Reply<AverageWage> {
    procedure::set_average_wage(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn complete_task(
    state: State<'_, AppState>,
    task_id: String,
    note: String,
) -> Reply<Checklist> {
    procedure::complete_task(state.core()?, &state.actor().await?, &task_id, &note).await
}
