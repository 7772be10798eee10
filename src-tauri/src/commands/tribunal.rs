//! Commands of the tribunal and recusal, counterclaims and merged hearings.
use super::Reply;
use crate::state::AppState;
use tauri::State;
use yunting::cases::{CaseFile, NewCase};
use yunting::merge::{self, ClaimLedger, CounterclaimWindow, MergeInfo};
use yunting::tribunal::{self, Recusal, RecusalDecision, RecusalInput, Tribunal, TribunalInput};

#[tauri::command]
pub async fn get_tribunal(state: State<'_, AppState>, case_id: String) -> Reply<Tribunal> {
    tribunal::get_tribunal(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn set_tribunal(
    state: State<'_, AppState>,
    case_id: String,
    input: TribunalInput,
) -> Reply<Tribunal> {
    tribunal::set_tribunal(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn list_recusals(state: State<'_, AppState>, case_id: String) -> Reply<Vec<Recusal>> {
    tribunal::list_recusals(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn apply_recusal(
    state: State<'_, AppState>,
    case_id: String,
    input: RecusalInput,
) -> Reply<Recusal> {
    tribunal::apply_recusal(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn decide_recusal(
    state: State<'_, AppState>,
    recusal_id: String,
    decision: RecusalDecision,
    decided_on: String,
    decided_by: String,
    note: String,
) -> Reply<Recusal> {
    let actor = state.actor().await?;
    tribunal::decide_recusal(
        state.core()?,
        &actor,
        &recusal_id,
        decision,
        &decided_on,
        &decided_by,
        &note,
    )
    .await
}

#[tauri::command]
pub async fn counterclaim_window(
    state: State<'_, AppState>,
    case_id: String,
) -> Reply<CounterclaimWindow> {
    merge::counterclaim_window(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn file_counterclaim(
    state: State<'_, AppState>,
    case_id: String,
    input: NewCase,
) -> Reply<CaseFile> {
    merge::file_counterclaim(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn merge_cases(
    state: State<'_, AppState>,
    lead_case_id: String,
    member_case_id: String,
    on_date: String,
) -> Reply<MergeInfo> {
    merge::merge(
        state.core()?,
        &state.actor().await?,
        &lead_case_id,
        &member_case_id,
        &on_date,
    )
    .await
}

#[tauri::command]
pub async fn undo_merge(
    state: State<'_, AppState>,
    member_case_id: String,
    reason: String,
) -> Reply<()> {
    merge::undo_merge(
        state.core()?,
        &state.actor().await?,
        &member_case_id,
        &reason,
    )
    .await
}

#[tauri::command]
pub async fn claim_ledger(state: State<'_, AppState>, case_id: String) -> Reply<ClaimLedger> {
    merge::claim_ledger(state.core()?, &state.actor().await?, &case_id).await
}
