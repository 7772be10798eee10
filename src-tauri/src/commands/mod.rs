//! Tauri commands: each takes the session's actor and the typed input, makes one call
//! into the core and returns its result. No rules live here.
use crate::state::AppState;
use tauri::State;
use yunting::Error;
use yunting::actor::Role;
use yunting::audit::{self, AuditEntry, AuditPage, AuditQuery, AuditVerification};
use yunting::auth::{
    self, NewUser, RosterEntry, SessionUser, SetupStatus, SignInRequest, UserSummary,
};
use yunting::calendar::{self, CalendarDay, CalendarYear, CalendarYearInput};
use yunting::cases::{
    self, AddClaimInput, AddEvidenceInput, AddPartyInput, AgentInput, CaseFile, CasePage,
    CaseQuery, Circumstances, CloseInput, NewCase, NotAcceptInput, PartyInput,
};
use yunting::db::AppInfo;
use yunting::deadlines::{self, CaseClock, DeadlineRule, DueItem, EventInput};
use yunting::intake::{
    self, IntakeDue, IntakeItem, IntakePage, IntakeQuery, MaterialInput, NewIntake, TransferInput,
};
use yunting::merge::{self, ClaimLedger, CounterclaimWindow, MergeInfo};
use yunting::tribunal::{self, Recusal, RecusalDecision, RecusalInput, Tribunal, TribunalInput};

mod closure;
mod demo;
mod desktop;
mod documents;
mod hearings;
mod mediation;
mod procedure;
mod statistics;

type Reply<T> = Result<T, Error>;

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        setup_status,
        create_first_admin,
        sign_in,
        sign_out,
        current_user,
        register,
        list_users,
        approve_user,
        change_role,
        disable_user,
        enable_user,
        reset_password,
        change_own_password,
        roster,
        list_audit,
        verify_audit,
        app_info,
        list_calendar_years,
        calendar_year_days,
        set_calendar_year,
        create_case,
        get_case,
        list_cases,
        accept_case,
        not_accept_case,
        close_case,
        case_number_pattern,
        set_case_number_pattern,
        update_party,
        add_agent,
        add_claim,
        add_party,
        add_evidence,
        set_circumstances,
        entity_audit,
        case_clock,
        due_soon,
        record_case_event,
        list_deadline_rules,
        set_deadline_rule,
        get_tribunal,
        set_tribunal,
        list_recusals,
        apply_recusal,
        decide_recusal,
        counterclaim_window,
        file_counterclaim,
        merge_cases,
        undo_merge,
        claim_ledger,
        create_intake,
        get_intake,
        list_intake,
        transfer_intake,
        add_intake_note,
        close_intake,
        set_intake_materials,
        intake_material_provided,
        intake_case_draft,
        convert_intake_to_case,
        intake_due_soon,
        procedure::consent_preview,
        procedure::record_consent,
        procedure::list_consents,
        procedure::verify_consents,
        procedure::issue_confirmation,
        procedure::confirmation_status,
        procedure::summary_checklist,
        procedure::attest_item,
        procedure::decide_summary,
        procedure::convert_to_ordinary,
        procedure::list_average_wages,
        procedure::set_average_wage,
        procedure::complete_task,
        hearings::schedule_hearing,
        hearings::record_hearing_notice,
        hearings::record_attendance,
        hearings::get_hearing,
        hearings::list_hearings,
        hearings::get_minutes,
        hearings::add_minutes_entry,
        hearings::edit_minutes_entry,
        hearings::delete_minutes_entry,
        hearings::move_to_stage,
        hearings::save_minutes_draft,
        hearings::get_minutes_draft,
        hearings::verify_minutes,
        hearings::read_back_minutes,
        hearings::sign_minutes,
        hearings::refuse_minutes_signature,
        hearings::lock_minutes,
        hearings::record_minutes_correction,
        hearings::add_hearing_recording,
        hearings::list_hearing_recordings,
        hearings::verify_hearing_recording,
        documents::generate_document,
        documents::list_documents,
        documents::save_document,
        documents::save_document_as,
        documents::commission_name,
        documents::set_commission_name,
        documents::read_document_pdf,
        documents::generate_intake_form,
        documents::list_intake_documents,
        documents::list_document_templates,
        documents::preview_document_template,
        documents::save_document_template,
        documents::reset_document_template,
        mediation::list_mediation_orgs,
        mediation::get_mediation_org,
        mediation::create_mediation_org,
        mediation::update_mediation_org,
        mediation::add_mediator,
        mediation::update_mediator,
        mediation::list_mediation_trainings,
        mediation::record_mediation_training,
        mediation::record_supervision_visit,
        mediation::create_mediation_case,
        mediation::get_mediation_case,
        mediation::list_mediation_cases,
        mediation::record_mediation_agreement,
        mediation::complete_agreement_signatures,
        mediation::record_mediation_failure,
        mediation::apply_for_agreement_review,
        mediation::mediation_arbitration_draft,
        mediation::refer_mediation_to_arbitration,
        mediation::log_service,
        mediation::list_service_logs,
        mediation::remove_service_log,
        mediation::record_publicity,
        mediation::list_publicity,
        statistics::get_statistics,
        statistics::pick_export_path,
        statistics::export_statistics,
        desktop::open_join_link,
        desktop::pick_recording_file,
        closure::get_closure,
        closure::record_mediation_attempt,
        closure::issue_mediation_statement,
        closure::record_statement_event,
        closure::withdraw_cases,
        closure::preview_award,
        closure::make_award,
        closure::list_minimum_wages,
        closure::set_minimum_wage,
        demo::load_demo_data,
    ]
}

#[tauri::command]
async fn setup_status(state: State<'_, AppState>) -> Reply<SetupStatus> {
    auth::setup_status(state.core()?).await
}

#[tauri::command]
async fn create_first_admin(state: State<'_, AppState>, input: NewUser) -> Reply<SessionUser> {
    let user = auth::create_first_admin(state.core()?, input).await?;
    state.set_session(Some(user.id.clone()));
    Ok(user)
}

#[tauri::command]
async fn sign_in(state: State<'_, AppState>, request: SignInRequest) -> Reply<SessionUser> {
    let user = auth::sign_in(state.core()?, request).await?;
    state.set_session(Some(user.id.clone()));
    Ok(user)
}

#[tauri::command]
async fn sign_out(state: State<'_, AppState>) -> Reply<()> {
    state.set_session(None);
    Ok(())
}

#[tauri::command]
async fn current_user(state: State<'_, AppState>) -> Reply<Option<SessionUser>> {
    match state.actor().await {
        Ok(actor) => auth::session_user(state.core()?, &actor).await.map(Some),
        Err(_) => Ok(None),
    }
}

#[tauri::command]
async fn register(state: State<'_, AppState>, input: NewUser) -> Reply<UserSummary> {
    auth::register(state.core()?, input).await
}

#[tauri::command]
async fn list_users(state: State<'_, AppState>) -> Reply<Vec<UserSummary>> {
    auth::list_users(state.core()?, &state.actor().await?).await
}

#[tauri::command]
async fn approve_user(
    state: State<'_, AppState>,
    user_id: String,
    role: Role,
) -> Reply<UserSummary> {
    auth::approve_user(state.core()?, &state.actor().await?, &user_id, role).await
}

#[tauri::command]
async fn change_role(
    state: State<'_, AppState>,
    user_id: String,
    role: Role,
) -> Reply<UserSummary> {
    auth::change_role(state.core()?, &state.actor().await?, &user_id, role).await
}

#[tauri::command]
async fn disable_user(state: State<'_, AppState>, user_id: String) -> Reply<UserSummary> {
    auth::disable_user(state.core()?, &state.actor().await?, &user_id).await
}

#[tauri::command]
async fn enable_user(state: State<'_, AppState>, user_id: String) -> Reply<UserSummary> {
    auth::enable_user(state.core()?, &state.actor().await?, &user_id).await
}

#[tauri::command]
async fn reset_password(
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
async fn change_own_password(
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
async fn list_audit(state: State<'_, AppState>, query: AuditQuery) -> Reply<AuditPage> {
    audit::list(state.core()?, &state.actor().await?, query).await
}

#[tauri::command]
async fn verify_audit(state: State<'_, AppState>) -> Reply<AuditVerification> {
    audit::verify(state.core()?, &state.actor().await?).await
}

#[tauri::command]
async fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    Ok(state.core()?.info())
}

#[tauri::command]
async fn list_calendar_years(state: State<'_, AppState>) -> Reply<Vec<CalendarYear>> {
    calendar::list_years(state.core()?, &state.actor().await?).await
}

#[tauri::command]
async fn calendar_year_days(state: State<'_, AppState>, year: i32) -> Reply<Vec<CalendarDay>> {
    calendar::year_days(state.core()?, &state.actor().await?, year).await
}

#[tauri::command]
async fn set_calendar_year(
    state: State<'_, AppState>,
    input: CalendarYearInput,
) -> Reply<CalendarYear> {
    calendar::set_year(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
async fn create_case(state: State<'_, AppState>, input: NewCase) -> Reply<CaseFile> {
    cases::create(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
async fn get_case(state: State<'_, AppState>, case_id: String) -> Reply<CaseFile> {
    cases::get(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
async fn list_cases(state: State<'_, AppState>, query: CaseQuery) -> Reply<CasePage> {
    cases::list(state.core()?, &state.actor().await?, query).await
}

#[tauri::command]
async fn accept_case(
    state: State<'_, AppState>,
    case_id: String,
    on_date: String,
) -> Reply<CaseFile> {
    cases::accept(state.core()?, &state.actor().await?, &case_id, &on_date).await
}

#[tauri::command]
async fn not_accept_case(
    state: State<'_, AppState>,
    case_id: String,
    input: NotAcceptInput,
) -> Reply<CaseFile> {
    cases::not_accept(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
async fn close_case(
    state: State<'_, AppState>,
    case_id: String,
    input: CloseInput,
) -> Reply<CaseFile> {
    cases::close(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
async fn case_number_pattern(state: State<'_, AppState>) -> Reply<String> {
    state.actor().await?;
    cases::case_number_pattern(state.core()?).await
}

#[tauri::command]
async fn set_case_number_pattern(state: State<'_, AppState>, pattern: String) -> Reply<String> {
    cases::set_case_number_pattern(state.core()?, &state.actor().await?, &pattern).await
}

#[tauri::command]
async fn case_clock(state: State<'_, AppState>, case_id: String) -> Reply<CaseClock> {
    deadlines::case_clock(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
async fn due_soon(state: State<'_, AppState>, within_days: u32) -> Reply<Vec<DueItem>> {
    deadlines::due_soon(state.core()?, &state.actor().await?, within_days).await
}

#[tauri::command]
async fn record_case_event(
    state: State<'_, AppState>,
    case_id: String,
    input: EventInput,
) -> Reply<()> {
    deadlines::record_event(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
async fn list_deadline_rules(state: State<'_, AppState>) -> Reply<Vec<DeadlineRule>> {
    deadlines::list_rules(state.core()?, &state.actor().await?).await
}

#[tauri::command]
async fn set_deadline_rule(state: State<'_, AppState>, rule: DeadlineRule) -> Reply<DeadlineRule> {
    deadlines::set_rule(state.core()?, &state.actor().await?, rule).await
}

#[tauri::command]
async fn get_tribunal(state: State<'_, AppState>, case_id: String) -> Reply<Tribunal> {
    tribunal::get_tribunal(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
async fn set_tribunal(
    state: State<'_, AppState>,
    case_id: String,
    input: TribunalInput,
) -> Reply<Tribunal> {
    tribunal::set_tribunal(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
async fn list_recusals(state: State<'_, AppState>, case_id: String) -> Reply<Vec<Recusal>> {
    tribunal::list_recusals(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
async fn apply_recusal(
    state: State<'_, AppState>,
    case_id: String,
    input: RecusalInput,
) -> Reply<Recusal> {
    tribunal::apply_recusal(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
async fn decide_recusal(
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
async fn counterclaim_window(
    state: State<'_, AppState>,
    case_id: String,
) -> Reply<CounterclaimWindow> {
    merge::counterclaim_window(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
async fn file_counterclaim(
    state: State<'_, AppState>,
    case_id: String,
    input: NewCase,
) -> Reply<CaseFile> {
    merge::file_counterclaim(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
async fn merge_cases(
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
async fn undo_merge(
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
async fn claim_ledger(state: State<'_, AppState>, case_id: String) -> Reply<ClaimLedger> {
    merge::claim_ledger(state.core()?, &state.actor().await?, &case_id).await
}

#[tauri::command]
async fn create_intake(state: State<'_, AppState>, input: NewIntake) -> Reply<IntakeItem> {
    intake::create(state.core()?, &state.actor().await?, input).await
}

#[tauri::command]
async fn get_intake(state: State<'_, AppState>, intake_id: String) -> Reply<IntakeItem> {
    intake::get(state.core()?, &state.actor().await?, &intake_id).await
}

#[tauri::command]
async fn list_intake(state: State<'_, AppState>, query: IntakeQuery) -> Reply<IntakePage> {
    intake::list(state.core()?, &state.actor().await?, query).await
}

#[tauri::command]
async fn transfer_intake(
    state: State<'_, AppState>,
    intake_id: String,
    input: TransferInput,
) -> Reply<IntakeItem> {
    intake::transfer(state.core()?, &state.actor().await?, &intake_id, input).await
}

#[tauri::command]
async fn add_intake_note(
    state: State<'_, AppState>,
    intake_id: String,
    text: String,
) -> Reply<IntakeItem> {
    intake::add_note(state.core()?, &state.actor().await?, &intake_id, &text).await
}

#[tauri::command]
async fn close_intake(
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
async fn set_intake_materials(
    state: State<'_, AppState>,
    intake_id: String,
    materials: Vec<MaterialInput>,
) -> Reply<IntakeItem> {
    intake::set_materials(state.core()?, &state.actor().await?, &intake_id, materials).await
}

#[tauri::command]
async fn intake_material_provided(
    state: State<'_, AppState>,
    material_id: String,
    on: String,
) -> Reply<IntakeItem> {
    intake::material_provided(state.core()?, &state.actor().await?, &material_id, &on).await
}

#[tauri::command]
async fn intake_case_draft(state: State<'_, AppState>, intake_id: String) -> Reply<NewCase> {
    intake::case_draft(state.core()?, &state.actor().await?, &intake_id).await
}

#[tauri::command]
async fn convert_intake_to_case(
    state: State<'_, AppState>,
    intake_id: String,
    input: NewCase,
) -> Reply<CaseFile> {
    intake::convert_to_case(state.core()?, &state.actor().await?, &intake_id, input).await
}

#[tauri::command]
async fn intake_due_soon(state: State<'_, AppState>, within_days: u32) -> Reply<Vec<IntakeDue>> {
    intake::due_soon(state.core()?, &state.actor().await?, within_days).await
}

#[tauri::command]
async fn update_party(
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
async fn add_agent(
    state: State<'_, AppState>,
    case_id: String,
    input: AgentInput,
) -> Reply<CaseFile> {
    cases::add_agent(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
async fn entity_audit(
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
async fn roster(state: State<'_, AppState>) -> Reply<Vec<RosterEntry>> {
    auth::roster(state.core()?, &state.actor().await?).await
}

#[tauri::command]
async fn add_claim(
    state: State<'_, AppState>,
    case_id: String,
    input: AddClaimInput,
) -> Reply<CaseFile> {
    cases::add_claim(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
async fn add_party(
    state: State<'_, AppState>,
    case_id: String,
    input: AddPartyInput,
) -> Reply<CaseFile> {
    cases::add_party(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
async fn add_evidence(
    state: State<'_, AppState>,
    case_id: String,
    input: AddEvidenceInput,
) -> Reply<CaseFile> {
    cases::add_evidence(state.core()?, &state.actor().await?, &case_id, input).await
}

#[tauri::command]
async fn set_circumstances(
    state: State<'_, AppState>,
    case_id: String,
    input: Circumstances,
) -> Reply<CaseFile> {
    cases::set_circumstances(state.core()?, &state.actor().await?, &case_id, input).await
}
