/**
 * The one typed client for the Rust core. Every Tauri command has one function here;
 * nothing else in the UI calls `invoke`. Every failure rejects with an `AppError`.
 */
import { Channel, invoke } from '@tauri-apps/api/core'
import type { AppError } from '@/bindings/AppError'
import type { AppInfo } from '@/bindings/AppInfo'
import type { AuditPage } from '@/bindings/AuditPage'
import type { AuditQuery } from '@/bindings/AuditQuery'
import type { DocumentTemplate } from '@/bindings/DocumentTemplate'
import type { AgreementInput } from '@/bindings/AgreementInput'
import type { DateRange } from '@/bindings/DateRange'
import type { MediationCase } from '@/bindings/MediationCase'
import type { MediationCaseInput } from '@/bindings/MediationCaseInput'
import type { MediationCasePage } from '@/bindings/MediationCasePage'
import type { MediationCaseQuery } from '@/bindings/MediationCaseQuery'
import type { MediationOrg } from '@/bindings/MediationOrg'
import type { Mediator } from '@/bindings/Mediator'
import type { MediatorInput } from '@/bindings/MediatorInput'
import type { NoAgreementInput } from '@/bindings/NoAgreementInput'
import type { OrgDetail } from '@/bindings/OrgDetail'
import type { OrgInput } from '@/bindings/OrgInput'
import type { PublicityEvent } from '@/bindings/PublicityEvent'
import type { PublicityInput } from '@/bindings/PublicityInput'
import type { ReviewInput } from '@/bindings/ReviewInput'
import type { ServiceLog } from '@/bindings/ServiceLog'
import type { ServiceLogInput } from '@/bindings/ServiceLogInput'
import type { SignaturesInput } from '@/bindings/SignaturesInput'
import type { SupervisionVisit } from '@/bindings/SupervisionVisit'
import type { TrainingInput } from '@/bindings/TrainingInput'
import type { TrainingSession } from '@/bindings/TrainingSession'
import type { VisitInput } from '@/bindings/VisitInput'
import type { Statistics } from '@/bindings/Statistics'
import type { StatsQuery } from '@/bindings/StatsQuery'
import type { ExportInput } from '@/bindings/ExportInput'
import type { ExportProgress } from '@/bindings/ExportProgress'
import type { ExportResult } from '@/bindings/ExportResult'
import type { ExportFormat } from '@/bindings/ExportFormat'
import type { DemoSummary } from '@/bindings/DemoSummary'
import type { TemplateInput } from '@/bindings/TemplateInput'
import type { TemplateLayout } from '@/bindings/TemplateLayout'
import type { AuditVerification } from '@/bindings/AuditVerification'
import type { CalendarDay } from '@/bindings/CalendarDay'
import type { CalendarYear } from '@/bindings/CalendarYear'
import type { CalendarYearInput } from '@/bindings/CalendarYearInput'
import type { CaseFile } from '@/bindings/CaseFile'
import type { CasePage } from '@/bindings/CasePage'
import type { CaseQuery } from '@/bindings/CaseQuery'
import type { CloseInput } from '@/bindings/CloseInput'
import type { NewCase } from '@/bindings/NewCase'
import type { NotAcceptInput } from '@/bindings/NotAcceptInput'
import type { NewUser } from '@/bindings/NewUser'
import type { Role } from '@/bindings/Role'
import type { SessionUser } from '@/bindings/SessionUser'
import type { SetupStatus } from '@/bindings/SetupStatus'
import type { SignInRequest } from '@/bindings/SignInRequest'
import type { UserSummary } from '@/bindings/UserSummary'
import type { CaseClock } from '@/bindings/CaseClock'
import type { ClaimLedger } from '@/bindings/ClaimLedger'
import type { CounterclaimWindow } from '@/bindings/CounterclaimWindow'
import type { EventInput } from '@/bindings/EventInput'
import type { MergeInfo } from '@/bindings/MergeInfo'
import type { Recusal } from '@/bindings/Recusal'
import type { RecusalDecision } from '@/bindings/RecusalDecision'
import type { RecusalInput } from '@/bindings/RecusalInput'
import type { Tribunal } from '@/bindings/Tribunal'
import type { TribunalInput } from '@/bindings/TribunalInput'
import type { DueItem } from '@/bindings/DueItem'
import type { IntakeDue } from '@/bindings/IntakeDue'
import type { IntakeItem } from '@/bindings/IntakeItem'
import type { IntakePage } from '@/bindings/IntakePage'
import type { IntakeQuery } from '@/bindings/IntakeQuery'
import type { MaterialInput } from '@/bindings/MaterialInput'
import type { NewIntake } from '@/bindings/NewIntake'
import type { TransferInput } from '@/bindings/TransferInput'
import type { AgentInput } from '@/bindings/AgentInput'
import type { AddClaimInput } from '@/bindings/AddClaimInput'
import type { AddEvidenceInput } from '@/bindings/AddEvidenceInput'
import type { AddPartyInput } from '@/bindings/AddPartyInput'
import type { Circumstances } from '@/bindings/Circumstances'
import type { AuditEntry } from '@/bindings/AuditEntry'
import type { DeadlineRule } from '@/bindings/DeadlineRule'
import type { PartyInput } from '@/bindings/PartyInput'
import type { RosterEntry } from '@/bindings/RosterEntry'
import type { AttestInput } from '@/bindings/AttestInput'
import type { AverageWage } from '@/bindings/AverageWage'
import type { AverageWageInput } from '@/bindings/AverageWageInput'
import type { Checklist } from '@/bindings/Checklist'
import type { ConfirmationStatus } from '@/bindings/ConfirmationStatus'
import type { ConsentChainCheck } from '@/bindings/ConsentChainCheck'
import type { ConsentInput } from '@/bindings/ConsentInput'
import type { ConsentKind } from '@/bindings/ConsentKind'
import type { ConsentPreview } from '@/bindings/ConsentPreview'
import type { ConsentRecord } from '@/bindings/ConsentRecord'
import type { ConvertInput } from '@/bindings/ConvertInput'
import type { DecideSummaryInput } from '@/bindings/DecideSummaryInput'
import type { AttendanceInput } from '@/bindings/AttendanceInput'
import type { EntryInput } from '@/bindings/EntryInput'
import type { Hearing } from '@/bindings/Hearing'
import type { HearingInput } from '@/bindings/HearingInput'
import type { Minutes } from '@/bindings/Minutes'
import type { MinutesCheck } from '@/bindings/MinutesCheck'
import type { MinutesDraft } from '@/bindings/MinutesDraft'
import type { MinutesRecord } from '@/bindings/MinutesRecord'
import type { ReadBack } from '@/bindings/ReadBack'
import type { SignInput } from '@/bindings/SignInput'
import type { RefuseInput } from '@/bindings/RefuseInput'
import type { CorrectionInput } from '@/bindings/CorrectionInput'
import type { Recording } from '@/bindings/Recording'
import type { RecordingInput } from '@/bindings/RecordingInput'
import type { ClosureOverview } from '@/bindings/ClosureOverview'
import type { MediationAttempt } from '@/bindings/MediationAttempt'
import type { MediationAttemptInput } from '@/bindings/MediationAttemptInput'
import type { MediationStatement } from '@/bindings/MediationStatement'
import type { MediationStatementInput } from '@/bindings/MediationStatementInput'
import type { StatementEventInput } from '@/bindings/StatementEventInput'
import type { Withdrawal } from '@/bindings/Withdrawal'
import type { WithdrawalInput } from '@/bindings/WithdrawalInput'
import type { AwardPreview } from '@/bindings/AwardPreview'
import type { Award } from '@/bindings/Award'
import type { AwardInput } from '@/bindings/AwardInput'
import type { MinimumWage } from '@/bindings/MinimumWage'
import type { MinimumWageInput } from '@/bindings/MinimumWageInput'
import type { DocumentRecord } from '@/bindings/DocumentRecord'
import type { DocumentInput } from '@/bindings/DocumentInput'
import type { NoticeInput } from '@/bindings/NoticeInput'
import type { Stage } from '@/bindings/Stage'
import { toAppError } from './errors'

type UnauthenticatedListener = (error: AppError) => void
let onUnauthenticated: UnauthenticatedListener | null = null

/** Called when the core answers `unauthenticated` (e.g. the session ended). */
export function setUnauthenticatedListener(listener: UnauthenticatedListener | null): void {
  onUnauthenticated = listener
}

async function call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  try {
    return await invoke<T>(command, args)
  } catch (raw) {
    const error = toAppError(raw)
    if (error.code === 'unauthenticated' && onUnauthenticated) onUnauthenticated(error)
    throw error
  }
}

export const api = {
  setupStatus: () => call<SetupStatus>('setup_status'),
  createFirstAdmin: (input: NewUser) => call<SessionUser>('create_first_admin', { input }),
  signIn: (request: SignInRequest) => call<SessionUser>('sign_in', { request }),
  signOut: () => call<null>('sign_out'),
  currentUser: () => call<SessionUser | null>('current_user'),
  register: (input: NewUser) => call<UserSummary>('register', { input }),
  listUsers: () => call<UserSummary[]>('list_users'),
  approveUser: (userId: string, role: Role) => call<UserSummary>('approve_user', { userId, role }),
  changeRole: (userId: string, role: Role) => call<UserSummary>('change_role', { userId, role }),
  disableUser: (userId: string) => call<UserSummary>('disable_user', { userId }),
  enableUser: (userId: string) => call<UserSummary>('enable_user', { userId }),
  resetPassword: (userId: string, newPassword: string) =>
    call<UserSummary>('reset_password', { userId, newPassword }),
  changeOwnPassword: (oldPassword: string, newPassword: string) =>
    call<null>('change_own_password', { oldPassword, newPassword }),
  listAudit: (query: AuditQuery) => call<AuditPage>('list_audit', { query }),
  verifyAudit: () => call<AuditVerification>('verify_audit'),
  appInfo: () => call<AppInfo>('app_info'),
  /** The years the holiday calendar covers, newest first. */
  listCalendarYears: () => call<CalendarYear[]>('list_calendar_years'),
  /** One year's special days (放假 / 调休上班), sorted by date. */
  calendarYearDays: (year: number) => call<CalendarDay[]>('calendar_year_days', { year }),
  /** Enters a year or replaces its whole list of special days (admins only). */
  setCalendarYear: (input: CalendarYearInput) => call<CalendarYear>('set_calendar_year', { input }),
  /** Registers an application (仲裁申请) with its parties, claims and evidence, atomically. */
  createCase: (input: NewCase) => call<CaseFile>('create_case', { input }),
  getCase: (caseId: string) => call<CaseFile>('get_case', { caseId }),
  /** Newest received first; `limit` at most 100. */
  listCases: (query: CaseQuery) => call<CasePage>('list_cases', { query }),
  /** 受理: allocates the case number; refused while the application is incomplete. */
  acceptCase: (caseId: string, onDate: string) => call<CaseFile>('accept_case', { caseId, onDate }),
  /** 不予受理, with reasons (and the competent commission when not ours). */
  notAcceptCase: (caseId: string, input: NotAcceptInput) =>
    call<CaseFile>('not_accept_case', { caseId, input }),
  /** 结案 with exactly one closure type. */
  closeCase: (caseId: string, input: CloseInput) => call<CaseFile>('close_case', { caseId, input }),
  caseNumberPattern: () => call<string>('case_number_pattern'),
  /** Admins only; applies to numbers allocated from now on. */
  setCaseNumberPattern: (pattern: string) => call<string>('set_case_number_pattern', { pattern }),
  /** 期限: the case's statutory deadlines (T2–T16) as of today. */
  caseClock: (caseId: string) => call<CaseClock>('case_clock', { caseId }),
  /** 登记事项: a dated event the clock counts from (service, suspension, extension …). */
  recordCaseEvent: (caseId: string, input: EventInput) =>
    call<null>('record_case_event', { caseId, input }),
  getTribunal: (caseId: string) => call<Tribunal>('get_tribunal', { caseId }),
  /** 组成仲裁庭 (admins and arbitrators): a sole arbitrator, or presiding + two members. */
  setTribunal: (caseId: string, input: TribunalInput) =>
    call<Tribunal>('set_tribunal', { caseId, input }),
  /** 回避 applications of a case, oldest first. */
  listRecusals: (caseId: string) => call<Recusal[]>('list_recusals', { caseId }),
  applyRecusal: (caseId: string, input: RecusalInput) =>
    call<Recusal>('apply_recusal', { caseId, input }),
  /** Records the decision of the commission chair or the authorised head (`decidedBy`). */
  decideRecusal: (
    recusalId: string,
    decision: RecusalDecision,
    decidedOn: string,
    decidedBy: string,
    note: string,
  ) => call<Recusal>('decide_recusal', { recusalId, decision, decidedOn, decidedBy, note }),
  /** When the respondent's counterclaim window (the defense period) closes. */
  counterclaimWindow: (caseId: string) =>
    call<CounterclaimWindow>('counterclaim_window', { caseId }),
  /** 反申请 against `caseId`; rejects with `counterclaim_late` after the defense period. */
  fileCounterclaim: (caseId: string, input: NewCase) =>
    call<CaseFile>('file_counterclaim', { caseId, input }),
  /** 合并审理 of `memberCaseId` (e.g. an accepted counterclaim) with `leadCaseId`. */
  mergeCases: (leadCaseId: string, memberCaseId: string, onDate: string) =>
    call<MergeInfo>('merge_cases', { leadCaseId, memberCaseId, onDate }),
  undoMerge: (memberCaseId: string, reason: string) =>
    call<null>('undo_merge', { memberCaseId, reason }),
  /** 请求对照表 of the merge group the case belongs to (or of the case alone). */
  claimLedger: (caseId: string) => call<ClaimLedger>('claim_ledger', { caseId }),
  /** 工作台: deadlines of the user's open cases pending within `withinDays`, or overdue. */
  dueSoon: (withinDays: number) => call<DueItem[]>('due_soon', { withinDays }),
  /** 受理转办: registers a 急难愁盼 request; the core numbers it (急难愁盼〔2026〕第001号). */
  createIntake: (input: NewIntake) => call<IntakeItem>('create_intake', { input }),
  getIntake: (intakeId: string) => call<IntakeItem>('get_intake', { intakeId }),
  /** Newest first; `text` searches number, name, mobile, employer and summary. */
  listIntake: (query: IntakeQuery) => call<IntakePage>('list_intake', { query }),
  /** 转办 to a handling unit with a responsible person and a due date. */
  transferIntake: (intakeId: string, input: TransferInput) =>
    call<IntakeItem>('transfer_intake', { intakeId, input }),
  /** An append-only follow-up note. */
  addIntakeNote: (intakeId: string, text: string) =>
    call<IntakeItem>('add_intake_note', { intakeId, text }),
  /** 办结 with the outcome. */
  closeIntake: (intakeId: string, outcome: string, closedOn: string) =>
    call<IntakeItem>('close_intake', { intakeId, outcome, closedOn }),
  /** 一次性告知: the whole list of materials; issuing it again is recorded as supplementary. */
  setIntakeMaterials: (intakeId: string, materials: MaterialInput[]) =>
    call<IntakeItem>('set_intake_materials', { intakeId, materials }),
  /** A material to be supplemented (容后补缺) was handed in on `on`. */
  intakeMaterialProvided: (materialId: string, on: string) =>
    call<IntakeItem>('intake_material_provided', { materialId, on }),
  /** An application pre-filled from the request, to complete in the case form. */
  intakeCaseDraft: (intakeId: string) => call<NewCase>('intake_case_draft', { intakeId }),
  /** Registers the case from `input` and closes the request, atomically. */
  convertIntakeToCase: (intakeId: string, input: NewCase) =>
    call<CaseFile>('convert_intake_to_case', { intakeId, input }),
  /** Transfers and materials to supplement due within `withinDays`, or overdue. */
  intakeDueSoon: (withinDays: number) => call<IntakeDue[]>('intake_due_soon', { withinDays }),
  /** Edits a party; side and kind stay as they are (`party_role_fixed`). Open cases only. */
  updateParty: (caseId: string, partyId: string, input: PartyInput) =>
    call<CaseFile>('update_party', { caseId, partyId, input }),
  /** 代理人: an agent of a party, with the scope of the power of attorney. */
  addAgent: (caseId: string, input: AgentInput) => call<CaseFile>('add_agent', { caseId, input }),
  /** 增加仲裁请求; after acceptance the award deadline restarts from `onDate` (C5). */
  addClaim: (caseId: string, input: AddClaimInput) =>
    call<CaseFile>('add_claim', { caseId, input }),
  /** 追加当事人; after acceptance the award deadline restarts from `onDate` (C6). */
  addParty: (caseId: string, input: AddPartyInput) =>
    call<CaseFile>('add_party', { caseId, input }),
  /** 添加证据: one more item on the evidence list (ends a "no evidence" declaration). */
  addEvidence: (caseId: string, input: AddEvidenceInput) =>
    call<CaseFile>('add_evidence', { caseId, input }),
  /** 时效与案件情况 for the intake warnings (A6–A8); answers the file with its advisories. */
  setCircumstances: (caseId: string, input: Circumstances) =>
    call<CaseFile>('set_circumstances', { caseId, input }),
  /** The audit trail of one entity (`case`, `intake`), oldest first. */
  entityAudit: (entityType: string, entityId: string) =>
    call<AuditEntry[]>('entity_audit', { entityType, entityId }),
  /** Arbitrators and clerks who may sit on a tribunal (admins, arbitrators, clerks). */
  roster: () => call<RosterEntry[]>('roster'),
  /** 期限规则: each deadline's length and how its days are counted. */
  listDeadlineRules: () => call<DeadlineRule[]>('list_deadline_rules'),
  /** Admins only; `days` 1–365 (`days_invalid`). */
  setDeadlineRule: (rule: DeadlineRule) => call<DeadlineRule>('set_deadline_rule', { rule }),
  /** The exact text a party is asked to agree to (and its SHA-256), shown before recording. */
  consentPreview: (caseId: string, partyId: string, kind: ConsentKind, shortenedToDays?: number) =>
    call<ConsentPreview>('consent_preview', {
      caseId,
      partyId,
      kind,
      shortenedToDays: shortenedToDays ?? null,
    }),
  /** Records a consent, refusal or revocation (append-only; clerks and arbitrators). */
  recordConsent: (caseId: string, input: ConsentInput) =>
    call<ConsentRecord>('record_consent', { caseId, input }),
  /** The consent records of a case, oldest first. */
  listConsents: (caseId: string) => call<ConsentRecord[]>('list_consents', { caseId }),
  /** Checks the hash chain of every consent record. */
  verifyConsents: () => call<ConsentChainCheck>('verify_consents'),
  /** Generates (a new version of) the 简易程序权利义务确认书 from the case data. */
  issueConfirmation: (caseId: string) => call<ConfirmationStatus>('issue_confirmation', { caseId }),
  confirmationStatus: (caseId: string) =>
    call<ConfirmationStatus>('confirmation_status', { caseId }),
  /** 简易处理 checklist (G1–G4, H1/H2/H6, identity) of the case or its merged group. */
  summaryChecklist: (caseId: string) => call<Checklist>('summary_checklist', { caseId }),
  /** An arbitrator of the tribunal attests one judgement item (G1a, G2_*). */
  attestItem: (caseId: string, input: AttestInput) =>
    call<Checklist>('attest_item', { caseId, input }),
  /** 决定适用简易处理; refused (`checklist_unmet`) while a required item is not met. */
  decideSummary: (caseId: string, input: DecideSummaryInput) =>
    call<Checklist>('decide_summary', { caseId, input }),
  /** 转为一般程序 before the time limit expires (`time_limit_expired`). */
  convertToOrdinary: (caseId: string, input: ConvertInput) =>
    call<Checklist>('convert_to_ordinary', { caseId, input }),
  /** 上年度职工年平均工资 per province and year. */
  listAverageWages: () => call<AverageWage[]>('list_average_wages'),
  /** Admins only: records or corrects one province's figure for one year. */
  setAverageWage: (input: AverageWageInput) => call<AverageWage>('set_average_wage', { input }),
  /** Marks a task a decision created (inform both parties) as done, saying how. */
  completeTask: (taskId: string, note: string) =>
    call<Checklist>('complete_task', { taskId, note }),
  /** 安排开庭 for the case (or its merged group); clerks and arbitrators. */
  scheduleHearing: (caseId: string, input: HearingInput) =>
    call<Hearing>('schedule_hearing', { caseId, input }),
  /** 开庭通知送达: the day a party received the written hearing notice (E1). */
  recordHearingNotice: (hearingId: string, input: NoticeInput) =>
    call<Hearing>('record_hearing_notice', { hearingId, input }),
  /** 核对到庭: attendance and identity check of one participant (H3); the latest counts. */
  recordAttendance: (hearingId: string, input: AttendanceInput) =>
    call<Hearing>('record_attendance', { hearingId, input }),
  getHearing: (hearingId: string) => call<Hearing>('get_hearing', { hearingId }),
  /** The hearings of a case or of its merged group, soonest first. */
  listHearings: (caseId: string) => call<Hearing[]>('list_hearings', { caseId }),
  /** 庭审笔录 as it reads now, with the stages and the whole log. */
  getMinutes: (hearingId: string) => call<Minutes>('get_minutes', { hearingId }),
  /** Commits one entry in the current stage (and clears the author's draft). */
  addMinutesEntry: (hearingId: string, input: EntryInput) =>
    call<MinutesRecord>('add_minutes_entry', { hearingId, input }),
  /** A new text for an entry; the original stays in the log. */
  editMinutesEntry: (hearingId: string, entryId: string, text: string) =>
    call<MinutesRecord>('edit_minutes_entry', { hearingId, entryId, text }),
  /** Withdraws an entry with a reason; it stays in the log. */
  deleteMinutesEntry: (hearingId: string, entryId: string, reason: string) =>
    call<MinutesRecord>('delete_minutes_entry', { hearingId, entryId, reason }),
  /** Starts `stage`, or records it skipped with `skipReason` (stages go in order, F1). */
  moveToStage: (hearingId: string, stage: Stage, skipReason?: string) =>
    call<Minutes>('move_to_stage', { hearingId, stage, skipReason: skipReason ?? null }),
  /** Keeps the entry being typed (per user, replaced on every save). */
  saveMinutesDraft: (hearingId: string, draft: MinutesDraft) =>
    call<null>('save_minutes_draft', { hearingId, draft }),
  getMinutesDraft: (hearingId: string) =>
    call<MinutesDraft | null>('get_minutes_draft', { hearingId }),
  /** Walks the minutes' hash chain. */
  verifyMinutes: (hearingId: string) => call<MinutesCheck>('verify_minutes', { hearingId }),
  /** The minutes rendered for reading back, their SHA-256 and who has signed. */
  readBackMinutes: (hearingId: string) => call<ReadBack>('read_back_minutes', { hearingId }),
  signMinutes: (hearingId: string, input: SignInput) =>
    call<ReadBack>('sign_minutes', { hearingId, input }),
  refuseMinutesSignature: (hearingId: string, input: RefuseInput) =>
    call<ReadBack>('refuse_minutes_signature', { hearingId, input }),
  lockMinutes: (hearingId: string) => call<ReadBack>('lock_minutes', { hearingId }),
  recordMinutesCorrection: (hearingId: string, input: CorrectionInput) =>
    call<Minutes>('record_minutes_correction', { hearingId, input }),
  addHearingRecording: (hearingId: string, input: RecordingInput) =>
    call<Recording>('add_hearing_recording', { hearingId, input }),
  listHearingRecordings: (hearingId: string) =>
    call<Recording[]>('list_hearing_recordings', { hearingId }),
  /** Reads the file again and records whether it still hashes the same. */
  verifyHearingRecording: (recordingId: string) =>
    call<Recording>('verify_hearing_recording', { recordingId }),
  /** Opens the hearing's https join link in the system browser. */
  openJoinLink: (hearingId: string) => call<null>('open_join_link', { hearingId }),
  /** The native file dialog; resolves to null when cancelled. */
  pickRecordingFile: () => call<string | null>('pick_recording_file'),
  getClosure: (caseId: string) => call<ClosureOverview>('get_closure', { caseId }),
  recordMediationAttempt: (caseId: string, input: MediationAttemptInput) =>
    call<MediationAttempt>('record_mediation_attempt', { caseId, input }),
  issueMediationStatement: (caseId: string, input: MediationStatementInput) =>
    call<MediationStatement>('issue_mediation_statement', { caseId, input }),
  recordStatementEvent: (statementId: string, input: StatementEventInput) =>
    call<MediationStatement>('record_statement_event', { statementId, input }),
  withdrawCases: (input: WithdrawalInput) => call<Withdrawal[]>('withdraw_cases', { input }),
  previewAward: (caseId: string, input: AwardInput) =>
    call<AwardPreview>('preview_award', { caseId, input }),
  makeAward: (caseId: string, input: AwardInput) => call<Award>('make_award', { caseId, input }),
  listMinimumWages: () => call<MinimumWage[]>('list_minimum_wages'),
  setMinimumWage: (input: MinimumWageInput) => call<MinimumWage>('set_minimum_wage', { input }),
  /** Any kind: notices to a party, the minutes of a hearing, 调解书, 裁决书, decisions. */
  generateDocument: (input: DocumentInput) => call<DocumentRecord>('generate_document', { input }),
  listDocuments: (caseId: string) => call<DocumentRecord[]>('list_documents', { caseId }),
  /** Writes a copy of the PDF to an absolute path; resolves to where it went. */
  saveDocument: (documentId: string, path: string) =>
    call<string>('save_document', { documentId, path }),
  /** The native save dialog, then the copy; null when cancelled. */
  saveDocumentAs: (documentId: string, suggestedName: string) =>
    call<string | null>('save_document_as', { documentId, suggestedName }),
  commissionName: () => call<string>('commission_name'),
  setCommissionName: (name: string) => call<string>('set_commission_name', { name }),
  /** The PDF exactly as issued (raw bytes), for the in-app preview and printing. */
  readDocumentPdf: (documentId: string) => call<ArrayBuffer>('read_document_pdf', { documentId }),
  /** 急难愁盼事项受理转办单 of an intake item, recorded on the item. */
  generateIntakeForm: (intakeId: string) =>
    call<DocumentRecord>('generate_intake_form', { intakeId }),
  listIntakeDocuments: (intakeId: string) =>
    call<DocumentRecord[]>('list_intake_documents', { intakeId }),
  listDocumentTemplates: () => call<DocumentTemplate[]>('list_document_templates'),
  /** Typesets a draft template (not saved) with the latest real document of its layout,
   * or sample data when none exists yet; a template error rejects with its line. */
  previewDocumentTemplate: (input: TemplateInput) =>
    call<ArrayBuffer>('preview_document_template', { input }),
  saveDocumentTemplate: (input: TemplateInput) =>
    call<DocumentTemplate>('save_document_template', { input }),
  resetDocumentTemplate: (layout: TemplateLayout) =>
    call<DocumentTemplate>('reset_document_template', { layout }),
  // 基层调解组织名册
  listMediationOrgs: () => call<MediationOrg[]>('list_mediation_orgs'),
  getMediationOrg: (id: string) => call<OrgDetail>('get_mediation_org', { id }),
  createMediationOrg: (input: OrgInput) => call<MediationOrg>('create_mediation_org', { input }),
  updateMediationOrg: (id: string, input: OrgInput) =>
    call<MediationOrg>('update_mediation_org', { id, input }),
  addMediator: (orgId: string, input: MediatorInput) =>
    call<Mediator>('add_mediator', { orgId, input }),
  updateMediator: (id: string, input: MediatorInput) =>
    call<Mediator>('update_mediator', { id, input }),
  listMediationTrainings: () => call<TrainingSession[]>('list_mediation_trainings'),
  recordMediationTraining: (input: TrainingInput) =>
    call<TrainingSession>('record_mediation_training', { input }),
  recordSupervisionVisit: (orgId: string, input: VisitInput) =>
    call<SupervisionVisit>('record_supervision_visit', { orgId, input }),
  // 调解案件（仲裁前调解）
  createMediationCase: (input: MediationCaseInput) =>
    call<MediationCase>('create_mediation_case', { input }),
  getMediationCase: (id: string) => call<MediationCase>('get_mediation_case', { id }),
  listMediationCases: (query: MediationCaseQuery) =>
    call<MediationCasePage>('list_mediation_cases', { query }),
  recordMediationAgreement: (id: string, input: AgreementInput) =>
    call<MediationCase>('record_mediation_agreement', { id, input }),
  completeAgreementSignatures: (id: string, input: SignaturesInput) =>
    call<MediationCase>('complete_agreement_signatures', { id, input }),
  recordMediationFailure: (id: string, input: NoAgreementInput) =>
    call<MediationCase>('record_mediation_failure', { id, input }),
  applyForAgreementReview: (id: string, input: ReviewInput) =>
    call<MediationCase>('apply_for_agreement_review', { id, input }),
  /** An arbitration application drafted from a failed mediation. */
  mediationArbitrationDraft: (id: string) => call<NewCase>('mediation_arbitration_draft', { id }),
  /** Registers the case (the edited draft) and links it to the mediation case. */
  referMediationToArbitration: (id: string, input: NewCase) =>
    call<CaseFile>('refer_mediation_to_arbitration', { id, input }),
  // 服务台账
  logService: (input: ServiceLogInput) => call<ServiceLog>('log_service', { input }),
  listServiceLogs: (within: DateRange) => call<ServiceLog[]>('list_service_logs', { within }),
  removeServiceLog: (id: string) => call<null>('remove_service_log', { id }),
  recordPublicity: (input: PublicityInput) => call<PublicityEvent>('record_publicity', { input }),
  listPublicity: (within: DateRange) => call<PublicityEvent[]>('list_publicity', { within }),
  // 统计分析
  getStatistics: (query: StatsQuery) => call<Statistics>('get_statistics', { query }),
  /** The native save dialog for an export; null when cancelled. */
  pickExportPath: (format: ExportFormat, suggestedName: string) =>
    call<string | null>('pick_export_path', { format, suggestedName }),
  /** Writes the export, reporting progress as it goes. */
  exportStatistics: (input: ExportInput, onProgress: (p: ExportProgress) => void) => {
    const channel = new Channel<ExportProgress>()
    channel.onmessage = onProgress
    return call<ExportResult>('export_statistics', { input, onProgress: channel })
  },
  /** 演示数据: an invented year of work, into an empty database only (administrators). */
  loadDemoData: () => call<DemoSummary>('load_demo_data'),
}

export type Api = typeof api
