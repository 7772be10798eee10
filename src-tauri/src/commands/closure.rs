//! Commands of mediation and closure.
use super::Reply;
use crate::state::AppState;
use tauri::State;
use yunting::closure::{
    self, Award, AwardInput, AwardPreview, ClosureOverview, MediationAttempt,
    MediationAttemptInput, MediationStatement, MediationStatementInput, MinimumWage,
    MinimumWageInput, StatementEventInput, Withdrawal, WithdrawalInput,
};

#[tauri::command]
pub async fn get_closure(state: State<'_, AppState>, case_id: String) -> Reply<ClosureOverview> {
    closure::get_closure(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn record_mediation_attempt(
    state: State<'_, AppState>,
    case_id: String,
    input: MediationAttemptInput,
) -> Reply<MediationAttempt> {
    closure::record_mediation_attempt(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn issue_mediation_statement(
    state: State<'_, AppState>,
    case_id: String,
    input: MediationStatementInput,
) -> Reply<MediationStatement> {
    closure::issue_mediation_statement(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn record_statement_event(
    state: State<'_, AppState>,
    statement_id: String,
    input: StatementEventInput,
) -> Reply<MediationStatement> {
    closure::record_statement_event(state.core()?, &state.actor().await?, &statement_id, input)
        .await
}

#[tauri::command]
pub async fn withdraw_cases(
    state: State<'_, AppState>,
    input: WithdrawalInput,
) -> Reply<Vec<Withdrawal>> {
    closure::withdraw(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn preview_award(
    state: State<'_, AppState>,
    case_id: String,
    input: AwardInput,
) -> Reply<AwardPreview> {
    closure::preview_award(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn make_award(
    state: State<'_, AppState>,
    case_id: String,
    input: AwardInput,
) -> Reply<Award> {
    closure::make_award(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn list_minimum_wages(state: State<'_, AppState>) -> Reply<Vec<MinimumWage>> {
    closure::list_minimum_wages(state.core()?, &state.actor().await?).await
}

#[tauri::command]
pub async fn set_minimum_wage(
    state: State<'_, AppState>,
    input: MinimumWageInput,
) -> Reply<MinimumWage> {
    closure::set_minimum_wage(state.core()?, &state.actor().await?, input).await
}
