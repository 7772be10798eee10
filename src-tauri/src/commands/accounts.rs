//! Commands of accounts, sign-in, the audit log and the app itself.
use super::Reply;
use crate::state::AppState;
use tauri::State;
use yunting::actor::Role;
use yunting::audit::{self, AuditEntry, AuditPage, AuditQuery, AuditVerification};
use yunting::auth::{
    self, NewUser, RosterEntry, SessionUser, SetupStatus, SignInRequest, UserSummary,
};
use yunting::db::AppInfo;

#[tauri::command]
pub async fn setup_status(state: State<'_, AppState>) -> Reply<SetupStatus> {
    auth::setup_status(state.core()?).await
}

#[tauri::command]
pub async fn create_first_admin(state: State<'_, AppState>, input: NewUser) -> Reply<SessionUser> {
    let user = auth::create_first_admin(state.core()?, input).await?;
    state.set_session(Some(user.id.clone()));
    Ok(user)
}

#[tauri::command]
pub async fn sign_in(state: State<'_, AppState>, request: SignInRequest) -> Reply<SessionUser> {
    let user = auth::sign_in(state.core()?, request).await?;
    state.set_session(Some(user.id.clone()));
    Ok(user)
}

#[tauri::command]
pub async fn sign_out(state: State<'_, AppState>) -> Reply<()> {
    state.set_session(None);
    Ok(())
}

#[tauri::command]
pub async fn current_user(state: State<'_, AppState>) -> Reply<Option<SessionUser>> {
    match state.actor().await {
        Ok(actor) => auth::session_user(state.core()?, &actor).await.map(Some),
        Err(_) => Ok(None),
    }
}

#[tauri::command]
pub async fn register(state: State<'_, AppState>, input: NewUser) -> Reply<UserSummary> {
    auth::register(state.core()?, input).await
}

#[tauri::command]
pub async fn list_users(state: State<'_, AppState>) -> Reply<Vec<UserSummary>> {
    auth::list_users(state.core()?, &state.actor().await?).await
}

#[tauri::command]
pub async fn approve_user(
    state: State<'_, AppState>,
    user_id: String,
    role: Role,
) -> Reply<UserSummary> {
    auth::approve_user(state.core()?, &state.actor().await?, &user_id, role).await
}

#[tauri::command]
pub async fn change_role(
    state: State<'_, AppState>,
    user_id: String,
    role: Role,
) -> Reply<UserSummary> {
    auth::change_role(state.core()?, &state.actor().await?, &user_id, role).await
}

#[tauri::command]
pub async fn disable_user(state: State<'_, AppState>, user_id: String) -> Reply<UserSummary> {
    auth::disable_user(state.core()?, &state.actor().await?, &user_id).await
}

#[tauri::command]
pub async fn enable_user(state: State<'_, AppState>, user_id: String) -> Reply<UserSummary> {
    auth::enable_user(state.core()?, &state.actor().await?, &user_id).await
}

#[tauri::command]
pub async fn reset_password(
    state: State<'_, AppState>,
    user_id: String,
    new_password: String,
) -> Reply<UserSummary> {
    auth::reset_password(
        state.core()?,
        &state.actor().await?,
        &user_id,
        &new_password,
    )
    .await
}

#[tauri::command]
pub async fn change_own_password(
    state: State<'_, AppState>,
    old_password: String,
    new_password: String,
) -> Reply<()> {
    auth::change_own_password(
        state.core()?,
        &state.actor().await?,
        &old_password,
        &new_password,
    )
    .await
}

#[tauri::command]
pub async fn list_audit(state: State<'_, AppState>, query: AuditQuery) -> Reply<AuditPage> {
    audit::list(state.core()?, &state.actor().await?, query).await
}

#[tauri::command]
pub async fn verify_audit(state: State<'_, AppState>) -> Reply<AuditVerification> {
    audit::verify(state.core()?, &state.actor().await?).await
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    Ok(state.core()?.info())
}

#[tauri::command]
pub async fn entity_audit(
    state: State<'_, AppState>,
    entity_type: String,
    entity_id: String,
) -> Reply<Vec<AuditEntry>> {
    audit::for_entity(
        state.core()?,
        &state.actor().await?,
        &entity_type,
        &entity_id,
    )
    .await
}

#[tauri::command]
pub async fn roster(state: State<'_, AppState>) -> Reply<Vec<RosterEntry>> {
    auth::roster(state.core()?, &state.actor().await?).await
}
