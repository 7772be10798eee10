/**
 * Mediation and closure: the enums in display order, their tag colours, who may do
 * what, and the small helpers the tab and its dialogs share. Labels live in i18n under
 * `closure.*` (`closure.phase.before_hearing` …) and `closureType.*`.
 */
import type { AwardCategory } from '@/bindings/AwardCategory'
import type { CaseStatus } from '@/bindings/CaseStatus'
import type { CaseSummary } from '@/bindings/CaseSummary'
import type { Finality } from '@/bindings/Finality'
import type { MediationMode } from '@/bindings/MediationMode'
import type { MediationPhase } from '@/bindings/MediationPhase'
import type { MediationResult } from '@/bindings/MediationResult'
import type { ReceiptMethod } from '@/bindings/ReceiptMethod'
import type { Role } from '@/bindings/Role'
import type { StatementStatus } from '@/bindings/StatementStatus'
import { parseMoney } from '@/utils/money'

export const MEDIATION_PHASES: readonly MediationPhase[] = [
  'before_hearing',
  'in_hearing',
  'after_hearing',
]
export const MEDIATION_MODES: readonly MediationMode[] = ['video', 'phone', 'in_person']
export const MEDIATION_RESULTS: readonly MediationResult[] = [
  'agreement',
  'no_agreement',
  'refused',
]
export const RECEIPT_METHODS: readonly ReceiptMethod[] = ['in_person', 'post', 'electronic']

/** LDMAL Art. 47(1) lists the four money categories; (2) the labour standards. */
export const AWARD_CATEGORIES: readonly AwardCategory[] = [
  'pay',
  'medical',
  'compensation',
  'damages',
  'labor_standards',
  'other',
]
const MONEY_CATEGORIES: readonly AwardCategory[] = ['pay', 'medical', 'compensation', 'damages']

/** Items of these categories need an amount: the finality depends on it (K2). */
export function isMoneyCategory(category: AwardCategory): boolean {
  return MONEY_CATEGORIES.includes(category)
}

export type TagType = 'success' | 'warning' | 'info' | 'danger' | 'primary'

/** An agreement is the good outcome; a refusal needs attention; no agreement is neutral. */
export const RESULT_TAG: Record<MediationResult, TagType> = {
  agreement: 'success',
  no_agreement: 'info',
  refused: 'warning',
}

/** Awaiting receipts needs attention, effective is closed, repudiated is blocked (UI.md). */
export const STATEMENT_TAG: Record<StatementStatus, TagType> = {
  awaiting_receipts: 'warning',
  effective: 'success',
  repudiated: 'danger',
}

/** Final awards bind at once; non-final ones can still go to court. */
export const FINALITY_TAG: Record<Finality, TagType> = {
  final: 'success',
  non_final: 'warning',
}

/** Clerks and arbitrators record mediation, receipts and repudiations (hearing staff). */
export function canRecordMediation(role: Role | null | undefined): boolean {
  return role === 'clerk' || role === 'arbitrator'
}

/** 调解书 and 裁决书 are made by an arbitrator; the core also wants a seat on the tribunal. */
export function canMakeDocuments(role: Role | null | undefined): boolean {
  return role === 'arbitrator'
}

/** Withdrawals are recorded by those who change cases; mediators read only. */
export function canWithdraw(role: Role | null | undefined): boolean {
  return role === 'admin' || role === 'arbitrator' || role === 'clerk'
}

export function isOpen(status: CaseStatus): boolean {
  return status === 'accepted' || status === 'in_progress'
}

export function openCases(cases: readonly CaseSummary[]): CaseSummary[] {
  return cases.filter((c) => isOpen(c.status))
}

/** Every case of the group is closed (or otherwise finished): nothing more to do here. */
export function groupClosed(cases: readonly CaseSummary[]): boolean {
  return cases.length > 0 && cases.every((c) => !isOpen(c.status))
}

/** Why a typed amount cannot be sent, as an i18n key; null when it can. */
export function amountProblem(raw: string, required: boolean): string | null {
  const text = raw.trim()
  if (text === '') return required ? 'closure.validation.amountRequired' : null
  const fen = parseMoney(text)
  if (fen === null) return 'closure.validation.amountInvalid'
  if (fen < 0) return 'closure.validation.amountNegative'
  return null
}

/** The reasoning of an award as typed (LDMAL Art. 46); facts and reasons are required. */
export interface AwardReasoning {
  /** 被申请人答辩意见 (optional). */
  defense: string
  /** 经审理查明. */
  facts: string
  /** 本委认为. */
  reasons: string
}

export const AWARD_REASONING_FIELDS = ['defense', 'facts', 'reasons'] as const

export function emptyReasoning(): AwardReasoning {
  return { defense: '', facts: '', reasons: '' }
}

/** `{ year, month, day }` of a `YYYY-MM-DD` day, for the long dates of headings. */
export function dateParts(day: string): { year: string; month: string; day: string } {
  const [year = day, month = '', dd = ''] = day.split('-')
  return { year, month, day: dd }
}
