/**
 * The one typed client for the Rust core. Every Tauri command has one function here;
 * nothing else in the UI calls `invoke`. Every failure rejects with an `AppError`.
 */
import { invoke } from '@tauri-apps/api/core'
import type { AppError } from '@/bindings/AppError'
import type { AppInfo } from '@/bindings/AppInfo'
import type { AuditPage } from '@/bindings/AuditPage'
import type { AuditQuery } from '@/bindings/AuditQuery'
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
}

export type Api = typeof api
