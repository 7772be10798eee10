/**
 * 文书: the kinds the core can generate, what each needs (a party it is addressed to, a
 * hearing it concerns), who may generate, and how a record is shown and saved.
 */
import type { CaseStatus } from '@/bindings/CaseStatus'
import type { DocumentKind } from '@/bindings/DocumentKind'
import type { Hearing } from '@/bindings/Hearing'
import type { PartySide } from '@/bindings/PartySide'
import type { Role } from '@/bindings/Role'

/**
 * Each kind the core generates, in the order a case produces them. A record over the
 * whole union, so that a kind added to the core must be placed here.
 */
const ORDER: Record<DocumentKind, number> = {
  not_acceptance_notice: 0,
  acceptance_notice: 1,
  respond_notice: 2,
  tribunal_notice: 3,
  summary_confirmation: 4,
  hearing_notice: 5,
  minutes: 6,
  mediation_statement: 7,
  withdrawal_decision: 8,
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = (Object.keys(ORDER) as DocumentKind[]).sort(
  (a, b) => ORDER[a] - ORDER[b],
)

/** The notices addressed to one party, and the sides that party may be on. */
const ADDRESSED: Partial<Record<DocumentKind, readonly PartySide[] | null>> = {
  not_acceptance_notice: ['applicant'],
  acceptance_notice: ['applicant'],
  respond_notice: ['respondent'],
  tribunal_notice: null,
  hearing_notice: null,
}

/** A case not accepted gets only its 不予受理通知书; any other case every other kind. */
export function kindsFor(status: CaseStatus): DocumentKind[] {
  return DOCUMENT_KINDS.filter(
    (k) => (k === 'not_acceptance_notice') === (status === 'not_accepted'),
  )
}

export function needsParty(kind: DocumentKind | null): boolean {
  return kind !== null && kind in ADDRESSED
}

export function needsHearing(kind: DocumentKind | null): boolean {
  return kind === 'hearing_notice' || kind === 'minutes'
}

/** Whether a party on `side` may receive a `kind` (any side for notices without a limit). */
export function addresseeAllowed(kind: DocumentKind | null, side: PartySide): boolean {
  if (!needsParty(kind)) return false
  const sides = ADDRESSED[kind as DocumentKind]
  return !sides || sides.includes(side)
}

/** A cancelled hearing gets neither a notice nor minutes (unless it is the one asked for). */
export function hearingChoices(hearings: readonly Hearing[], keep: string | null): Hearing[] {
  return hearings.filter((h) => h.status !== 'cancelled' || h.id === keep)
}

/** Hearing staff generate documents; the core refuses anyone else. */
export function canGenerateDocuments(role: Role | null | undefined): boolean {
  return role === 'clerk' || role === 'arbitrator'
}

const KB = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** `45.3` (kilobytes, one decimal, never below 0.1). */
export function kilobytes(bytes: number): string {
  return KB.format(Math.max(bytes / 1024, 0.1))
}

/** Characters Windows, macOS or Linux refuse in a file name. */
const UNSAFE = /[\u0000-\u001f\\/:*?"<>|]+/g

/**
 * `庆劳人仲案字〔2025〕第42号-开庭通知书-赵丽`: the name offered in the save dialog
 * (the core adds `.pdf`). Empty parts are left out and unsafe characters replaced.
 */
export function suggestedName(caseNo: string | null, title: string, addressee: string): string {
  const name = [caseNo ?? '', title, addressee]
    .map((part) => part.replace(UNSAFE, '_').trim())
    .filter((part) => part !== '')
    .join('-')
  return name.slice(0, 120)
}

/** An absolute path on Windows (`D:\…`, `D:/…`, `\\server\…`) or elsewhere (`/…`). */
export function isAbsolutePath(path: string): boolean {
  return /^([A-Za-z]:[\\/]|\\\\|\/)/.test(path.trim())
}
