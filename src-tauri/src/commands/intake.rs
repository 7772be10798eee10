//! Commands of intake-and-transfer requests (急难愁盼事项).
use super::Reply;
use crate::state::AppState;
use tauri::State;
use yunting::cases::{CaseFile, NewCase};
use yunting::intake::{
    self, IntakeDue, IntakeItem, IntakePage, IntakeQuery, MaterialInput, NewIntake, TransferInput,
};

#[tauri::command]
pub async fn create_intake(state: State<'_, AppState>, input: NewIntake) -> Reply<IntakeItem> {
    intake::create(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn get_intake(state: State<'_, AppState>, intake_id: String) -> Reply<IntakeItem> {
    intake::get(state.core()?, &state.actor().await?, &intake_id).await
}

#[tauri::command]
pub async fn list_intake(state: State<'_, AppState>, query: IntakeQuery) -> Reply<IntakePage> {
    intake::list(state.core()?, &state.actor().await?, query).await
}

#[tauri::command]
pub async fn transfer_intake(
    state: State<'_, AppState>,
    intake_id: String,
    input: TransferInput,
) -> Reply<IntakeItem> {
    intake::transfer(state.core()?, &state.actor().await?, &intake_id, input).await
}

#[tauri::command]
pub async fn add_intake_note(
    state: State<'_, AppState>,
    intake_id: String,
    text: String,
) -> Reply<IntakeItem> {
    intake::add_note(state.core()?, &state.actor().await?, &intake_id, &text).await
}

#[tauri::command]
pub async fn close_intake(
    state: State<'_, AppState>,
    intake_id: String,
    outcome: String,
    closed_on: String,
) -> Reply<IntakeItem> {
    intake::close(
        state.core()?,
        &state.actor().await?,
        &intake_id,
        &outcome,
        &closed_on,
    )
    .await
}

#[tauri::command]
pub async fn set_intake_materials(
    state: State<'_, AppState>,
    intake_id: String,
    materials: Vec<MaterialInput>,
) -> Reply<IntakeItem> {
    intake::set_materials(state.core()?, &state.actor().await?, &intake_id, materials).await
}

#[tauri::command]
pub async fn intake_material_provided(
    state: State<'_, AppState>,
    material_id: String,
    on: String,
) -> Reply<IntakeItem> {
    intake::material_provided(state.core()?, &state.actor().await?, &material_id, &on).await
}

#[tauri::command]
pub async fn intake_case_draft(state: State<'_, AppState>, intake_id: String) -> Reply<NewCase> {
    intake::case_draft(state.core()?, &state.actor().await?, &intake_id).await
}

#[tauri::command]
pub async fn convert_intake_to_case(
    state: State<'_, AppState>,
    intake_id: String,
    input: NewCase,
) -> Reply<CaseFile> {
    intake::convert_to_case(state.core()?, &state.actor().await?, &intake_id, input).await
}

#[tauri::command]
pub async fn intake_due_soon(
    state: State<'_, AppState>,
    within_days: u32,
) -> Reply<Vec<IntakeDue>> {
    intake::due_soon(state.core()?, &state.actor().await?, within_days).await
}
