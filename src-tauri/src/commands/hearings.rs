//! Commands of hearings and their live minutes.
use super::Reply;
use crate::state::AppState;
use tauri::State;
use yunting::hearings::{
    self, AttendanceInput, Hearing, HearingInput, NoticeInput, Recording, RecordingInput,
};
use yunting::minutes::{
    self, CorrectionInput, EntryInput, Minutes, MinutesCheck, MinutesDraft, MinutesRecord,
    ReadBack, RefuseInput, SignInput, Stage,
};

#[tauri::command]
pub async fn schedule_hearing(
    state: State<'_, AppState>,
    case_id: String,
    input: HearingInput,
) -> Reply<Hearing> {
    hearings::schedule_hearing(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
pub async fn record_hearing_notice(
    state: State<'_, AppState>,
    hearing_id: String,
    input: NoticeInput,
) -> Reply<Hearing> {
    hearings::record_notice(state.core()?, &state.actor().await?, &hearing_id, input).await
}

#[tauri::command]
pub async fn record_attendance(
    state: State<'_, AppState>,
    hearing_id: String,
    input: AttendanceInput,
) -> Reply<Hearing> {
    hearings::record_attendance(state.core()?, &state.actor().await?, &hearing_id, input).await
}

#[tauri::command]
pub async fn get_hearing(state: State<'_, AppState>, hearing_id: String) -> Reply<Hearing> {
    hearings::get_hearing(state.core()?, &state.actor().await?, &hearing_id).await
}

#[tauri::command]
pub async fn list_hearings(state: State<'_, AppState>, case_id: String) -> Reply<Vec<Hearing>> {
    hearings::list_hearings(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
pub async fn get_minutes(state: State<'_, AppState>, hearing_id: String) -> Reply<Minutes> {
    minutes::get_minutes(state.core()?, &state.actor().await?, &hearing_id).await
}

#[tauri::command]
pub async fn add_minutes_entry(
    state: State<'_, AppState>,
    hearing_id: String,
    input: EntryInput,
) -> Reply<MinutesRecord> {
    minutes::add_entry(state.core()?, &state.actor().await?, &hearing_id, input).await
}

#[tauri::command]
pub async fn edit_minutes_entry(
    state: State<'_, AppState>,
    hearing_id: String,
    entry_id: String,
    text: String,
) -> Reply<MinutesRecord> {
    minutes::edit_entry(
        state.core()?,
        &state.actor().await?,
        &hearing_id,
        &entry_id,
        &text,
    )
    .await
}

#[tauri::command]
pub async fn delete_minutes_entry(
    state: State<'_, AppState>,
    hearing_id: String,
    entry_id: String,
    reason: String,
) -> Reply<MinutesRecord> {
    minutes::delete_entry(
        state.core()?,
        &state.actor().await?,
        &hearing_id,
        &entry_id,
        &reason,
    )
    .await
}

#[tauri::command]
pub async fn move_to_stage(
    state: State<'_, AppState>,
    hearing_id: String,
    stage: Stage,
    skip_reason: Option<String>,
) -> Reply<Minutes> {
    minutes::move_to_stage(
        state.core()?,
        &state.actor().await?,
        &hearing_id,
        stage,
        skip_reason,
    )
    .await
}

#[tauri::command]
pub async fn save_minutes_draft(
    state: State<'_, AppState>,
    hearing_id: String,
    draft: MinutesDraft,
) -> Reply<()> {
    minutes::save_draft(state.core()?, &state.actor().await?, &hearing_id, draft).await
}

#[tauri::command]
pub async fn get_minutes_draft(
    state: State<'_, AppState>,
    hearing_id: String,
) -> Reply<Option<MinutesDraft>> {
    minutes::get_draft(state.core()?, &state.actor().await?, &hearing_id).await
}

#[tauri::command]
pub async fn verify_minutes(state: State<'_, AppState>, hearing_id: String) -> Reply<MinutesCheck> {
    minutes::verify_minutes(state.core()?, &state.actor().await?, &hearing_id).await
}

#[tauri::command]
pub async fn read_back_minutes(state: State<'_, AppState>, hearing_id: String) -> Reply<ReadBack> {
    minutes::read_back(state.core()?, &state.actor().await?, &hearing_id).await
}

#[tauri::command]
pub async fn sign_minutes(
    state: State<'_, AppState>,
    hearing_id: String,
    input: SignInput,
) -> Reply<ReadBack> {
    minutes::sign_minutes(state.core()?, &state.actor().await?, &hearing_id, input).await
}

#[tauri::command]
pub async fn refuse_minutes_signature(
    state: State<'_, AppState>,
    hearing_id: String,
    input: RefuseInput,
) -> Reply<ReadBack> {
    minutes::refuse_signature(state.core()?, &state.actor().await?, &hearing_id, input).await
}

#[tauri::command]
pub async fn lock_minutes(state: State<'_, AppState>, hearing_id: String) -> Reply<ReadBack> {
    minutes::lock_minutes(state.core()?, &state.actor().await?, &hearing_id).await
}

#[tauri::command]
pub async fn record_minutes_correction(
    state: State<'_, AppState>,
    hearing_id: String,
    input: CorrectionInput,
) -> Reply<Minutes> {
    minutes::record_correction(state.core()?, &state.actor().await?, &hearing_id, input).await
}

#[tauri::command]
pub async fn add_hearing_recording(
    state: State<'_, AppState>,
    hearing_id: String,
    input: RecordingInput,
) -> Reply<Recording> {
    hearings::add_recording(state.core()?, &state.actor().await?, &hearing_id, input).await
}

#[tauri::command]
pub async fn list_hearing_recordings(
    state: State<'_, AppState>,
    hearing_id: String,
) -> Reply<Vec<Recording>> {
    hearings::list_recordings(state.core()?, &state.actor().await?, &hearing_id).await
}

#[tauri::command]
pub async fn verify_hearing_recording(
    state: State<'_, AppState>,
    recording_id: String,
) -> Reply<Recording> {
    hearings::verify_recording(state.core()?, &state.actor().await?, &recording_id).await
}
