//! Commands of case files: registration, acceptance, closure, parties, claims, evidence.
use super::Reply;
use crate::state::AppState;
use tauri::State;
use yunting::cases::{
    self, AddClaimInput, AddEvidenceInput, AddPartyInput, AgentInput, CaseFile, CasePage,
    CaseQuery, Circumstances, CloseInput, NewCase, NotAcceptInput, PartyInput,
};

#[tauri::command]
pub async fn create_case(state: State<'_, AppState>, input: NewCase) -> Reply<CaseFile> {
    cases::create(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn get_case(state: State<'_, AppState>, case_id: String) -> Reply<CaseFile> {
    cases::get(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn list_cases(state: State<'_, AppState>, query: CaseQuery) -> Reply<CasePage> {
    cases::list(state.core()?, &state.actor().await?, query).await
}

#[tauri::command]
pub async fn accept_case(
    state: State<'_, AppState>,
    case_id: String,
    on_date: String,
) -> Reply<CaseFile> {
    cases::accept(state.core()?, &state.actor().await?, &case_id, &on_date).await
}

#[tauri::command]
pub async fn not_accept_case(
    state: State<'_, AppState>,
    case_id: String,
    input: NotAcceptInput,
) -> Reply<CaseFile> {
    cases::not_accept(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn close_case(
    state: State<'_, AppState>,
    case_id: String,
    input: CloseInput,
) -> Reply<CaseFile> {
    cases::close(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn case_number_pattern(state: State<'_, AppState>) -> Reply<String> {
    state.actor().await?;
    cases::case_number_pattern(state.core()?).await
}

#[tauri::command]
pub async fn set_case_number_pattern(state: State<'_, AppState>, pattern: String) -> Reply<String> {
    cases::set_case_number_pattern(state.core()?, &state.actor().await?, &pattern).await
}

#[tauri::command]
pub async fn update_party(
    state: State<'_, AppState>,
    case_id: String,
    party_id: String,
    input: PartyInput,
) -> Reply<CaseFile> {
    cases::update_party(
        state.core()?,
        &state.actor().await?,
        &case_id,
        &party_id,
        input,
    )
    .await
}

#[tauri::command]
pub async fn add_agent(
    state: State<'_, AppState>,
    case_id: String,
    input: AgentInput,
) -> Reply<CaseFile> {
    cases::add_agent(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn add_claim(
    state: State<'_, AppState>,
    case_id: String,
    input: AddClaimInput,
) -> Reply<CaseFile> {
    cases::add_claim(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn add_party(
    state: State<'_, AppState>,
    case_id: String,
    input: AddPartyInput,
) -> Reply<CaseFile> {
    cases::add_party(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn add_evidence(
    state: State<'_, AppState>,
    case_id: String,
    input: AddEvidenceInput,
) -> Reply<CaseFile> {
    cases::add_evidence(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn set_circumstances(
    state: State<'_, AppState>,
    case_id: String,
    input: Circumstances,
) -> Reply<CaseFile> {
    cases::set_circumstances(state.core()?, &state.actor().await?, &case_id, input).await
}
