/**
 * The case-file enums in display order, their status colours, and who may change a case.
 * Labels live in i18n under the enum's name (`caseStatus.received`, `closureType.mediation` …).
 */
import type { AgentKind } from '@/bindings/AgentKind'
import type { CaseStatus } from '@/bindings/CaseStatus'
import type { Channel } from '@/bindings/Channel'
import type { ClaimCategory } from '@/bindings/ClaimCategory'
import type { ClosureType } from '@/bindings/ClosureType'
import type { IdType } from '@/bindings/IdType'
import type { NotAcceptedKind } from '@/bindings/NotAcceptedKind'
import type { PartyKind } from '@/bindings/PartyKind'
import type { PartySide } from '@/bindings/PartySide'
import type { Role } from '@/bindings/Role'

/** The list filter's order: the way a case moves, refusals last. */
export const CASE_STATUSES: readonly CaseStatus[] = [
  'received',
  'accepted',
  'in_progress',
  'closed',
  'not_accepted',
]

export type StatusTagType = 'info' | 'primary' | 'success' | 'danger'

/**
 * One colour per status (UI.md): received waits for a decision (grey), accepted and in
 * progress are being handled (blue), closed is green, and a refused application is
 * blocked from going further (red).
 */
export const STATUS_TAG_TYPE: Record<CaseStatus, StatusTagType> = {
  received: 'info',
  accepted: 'primary',
  in_progress: 'primary',
  closed: 'success',
  not_accepted: 'danger',
}

export const CHANNELS: readonly Channel[] = ['written', 'oral', 'online', 'transferred']
export const PARTY_SIDES: readonly PartySide[] = ['applicant', 'respondent', 'third_party']
export const PARTY_KINDS: readonly PartyKind[] = ['person', 'organization']
export const ID_TYPES: readonly IdType[] = [
  'resident_id',
  'hk_macao_permit',
  'taiwan_permit',
  'residence_permit',
  'foreign_permanent',
  'passport',
  'other',
]

/** LDMAL Art. 2, in the statute's order. */
export const CLAIM_CATEGORIES: readonly ClaimCategory[] = [
  'labor_relation',
  'contract',
  'dismissal',
  'hours_rest_insurance',
  'pay_compensation',
  'other',
]

export const NOT_ACCEPTED_KINDS: readonly NotAcceptedKind[] = [
  'out_of_scope',
  'no_definite_claim',
  'no_standing',
  'no_jurisdiction',
]

/**
 * Every closure type the generic 结案 dialog may offer. 不予受理 has its own decision;
 * 调解结案 and 裁决结案 go through the 调解与结案 tab (the 调解书 takes effect on the
 * parties' receipt, the award states its finality), and the core refuses them here
 * (`use_closure_flow`).
 */
const CLOSING_TYPES: readonly ClosureType[] = [
  'withdrawal',
  'deemed_withdrawal',
  'terminated',
  'revoked',
  'transferred',
]

/** Closure types only the 调解与结案 tab records. */
export const CLOSURE_FLOW_TYPES: readonly ClosureType[] = [
  'mediation',
  'award_final',
  'award_non_final',
]

/** The closure types the core allows from `status` (before acceptance only withdrawal). */
export function closureTypesFor(status: CaseStatus): ClosureType[] {
  switch (status) {
    case 'received':
      return ['withdrawal']
    case 'accepted':
    case 'in_progress':
      return [...CLOSING_TYPES]
    default:
      return []
  }
}

/** Roles that register applications and decide on them; mediators read only. */
export const CASE_WRITERS: readonly Role[] = ['admin', 'arbitrator', 'clerk']

export function canWriteCases(role: Role | null | undefined): boolean {
  return !!role && CASE_WRITERS.includes(role)
}

/** Roles that may see a party's whole identity number (UI.md, Identifiers). */
export function canRevealIdNumbers(role: Role | null | undefined): boolean {
  return canWriteCases(role)
}

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value)
}

/** Rules Art. 24: award files are kept at least 10 years, the others at least 5 (J6). */
export function retentionYears(type: ClosureType): number {
  return type === 'award_final' || type === 'award_non_final' ? 10 : 5
}

export const AGENT_KINDS: readonly AgentKind[] = [
  'lawyer',
  'legal_worker',
  'employee',
  'relative',
  'union',
  'other',
]

/** Parties and agents change while the case is open: received, accepted or in progress. */
export function partiesEditable(status: CaseStatus | null | undefined): boolean {
  return status === 'received' || status === 'accepted' || status === 'in_progress'
}
