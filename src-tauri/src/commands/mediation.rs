//! Commands of grassroots mediation and the service records.
use super::Reply;
use crate::state::AppState;
use tauri::State;
use yunting::cases::{CaseFile, NewCase};
use yunting::mediation::{
    self, AgreementInput, DateRange, MediationCase, MediationCaseInput, MediationCasePage,
    MediationCaseQuery, MediationOrg, Mediator, MediatorInput, NoAgreementInput, OrgDetail,
    OrgInput, PublicityEvent, PublicityInput, ReviewInput, ServiceLog, ServiceLogInput,
    SignaturesInput, SupervisionVisit, TrainingInput, TrainingSession, VisitInput,
};

#[tauri::command]
pub async fn list_mediation_orgs(state: State<'_, AppState>) -> Reply<Vec<MediationOrg>> {
    mediation::list_orgs(state.core()?, &state.actor().await?).await
}

#[tauri::command]
pub async fn get_mediation_org(state: State<'_, AppState>, id: String) -> Reply<OrgDetail> {
    mediation::get_org(state.core()?, &state.actor().await?, &id).await
}

#[tauri::command]
pub async fn create_mediation_org(
    state: State<'_, AppState>,
    input: OrgInput,
) -> Reply<MediationOrg> {
    mediation::create_org(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn update_mediation_org(
    state: State<'_, AppState>,
    id: String,
    input: OrgInput,
) -> Reply<MediationOrg> {
    mediation::update_org(state.core()?, &state.actor().await?, &id, input).await
}

#[tauri::command]
pub async fn add_mediator(
    state: State<'_, AppState>,
    org_id: String,
    input: MediatorInput,
) -> Reply<Mediator> {
    mediation::add_mediator(state.core()?, &state.actor().await?, &org_id, input).await
}

#[tauri::command]
pub async fn update_mediator(
    state: State<'_, AppState>,
    id: String,
    input: MediatorInput,
) -> Reply<Mediator> {
    mediation::update_mediator(state.core()?, &state.actor().await?, &id, input).await
}

#[tauri::command]
pub async fn list_mediation_trainings(state: State<'_, AppState>) -> Reply<Vec<TrainingSession>> {
    mediation::list_trainings(state.core()?, &state.actor().await?).await
}

#[tauri::command]
pub async fn record_mediation_training(
    state: State<'_, AppState>,
    input: TrainingInput,
) -> Reply<TrainingSession> {
    mediation::record_training(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn record_supervision_visit(
    state: State<'_, AppState>,
    org_id: String,
    input: VisitInput,
) -> Reply<SupervisionVisit> {
    mediation::record_visit(state.core()?, &state.actor().await?, &org_id, input).await
}

#[tauri::command]
pub async fn create_mediation_case(
    state: State<'_, AppState>,
    input: MediationCaseInput,
) -> Reply<MediationCase> {
    mediation::create_mediation_case(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn get_mediation_case(state: State<'_, AppState>, id: String) -> Reply<MediationCase> {
    mediation::get_mediation_case(state.core()?, &state.actor().await?, &id).await
}

#[tauri::command]
pub async fn list_mediation_cases(
    state: State<'_, AppState>,
    query: MediationCaseQuery,
) -> Reply<MediationCasePage> {
    mediation::list_mediation_cases(state.core()?, &state.actor().await?, query).await
}

#[tauri::command]
pub async fn record_mediation_agreement(
    state: State<'_, AppState>,
    id: String,
    input: AgreementInput,
) -> Reply<MediationCase> {
    mediation::record_agreement(state.core()?, &state.actor().await?, &id, input).await
}

#[tauri::command]
pub async fn complete_agreement_signatures(
    state: State<'_, AppState>,
    id: String,
    input: SignaturesInput,
) -> Reply<MediationCase> {
    mediation::complete_signatures(state.core()?, &state.actor().await?, &id, input).await
}

#[tauri::command]
pub async fn record_mediation_failure(
    state: State<'_, AppState>,
    id: String,
    input: NoAgreementInput,
) -> Reply<MediationCase> {
    mediation::record_no_agreement(state.core()?, &state.actor().await?, &id, input).await
}

#[tauri::command]
pub async fn apply_for_agreement_review(
    state: State<'_, AppState>,
    id: String,
    input: ReviewInput,
) -> Reply<MediationCase> {
    mediation::apply_for_review(state.core()?, &state.actor().await?, &id, input).await
}

#[tauri::command]
pub async fn mediation_arbitration_draft(state: State<'_, AppState>, id: String) -> Reply<NewCase> {
    mediation::arbitration_draft(state.core()?, &state.actor().await?, &id).await
}

#[tauri::command]
pub async fn refer_mediation_to_arbitration(
    state: State<'_, AppState>,
    id: String,
    input: NewCase,
) -> Reply<CaseFile> {
    mediation::refer_to_arbitration(state.core()?, &state.actor().await?, &id, input).await
}

#[tauri::command]
pub async fn log_service(state: State<'_, AppState>, input: ServiceLogInput) -> Reply<ServiceLog> {
    mediation::log_service(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn list_service_logs(
    state: State<'_, AppState>,
    within: DateRange,
) -> Reply<Vec<ServiceLog>> {
    mediation::list_service_logs(state.core()?, &state.actor().await?, within).await
}

#[tauri::command]
pub async fn remove_service_log(state: State<'_, AppState>, id: String) -> Reply<()> {
    mediation::remove_service_log(state.core()?, &state.actor().await?, &id).await
}

#[tauri::command]
pub async fn record_publicity(
    state: State<'_, AppState>,
    input: PublicityInput,
) -> Reply<PublicityEvent> {
    mediation::record_publicity(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
pub async fn list_publicity(
    state: State<'_, AppState>,
    within: DateRange,
) -> Reply<Vec<PublicityEvent>> {
    mediation::list_publicity(state.core()?, &state.actor().await?, within).await
}
