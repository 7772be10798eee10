/**
 * 文书: the kinds the core can generate, what each needs (a party it is addressed to, a
 * hearing it concerns, the documents it serves), who may generate, and how a record is
 * shown and saved.
 */
import type { CaseSummary } from '@/bindings/CaseSummary'
import type { ClosureType } from '@/bindings/ClosureType'
import type { DocumentKind } from '@/bindings/DocumentKind'
import type { DocumentRecord } from '@/bindings/DocumentRecord'
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
  award: 8,
  withdrawal_decision: 9,
  service_receipt: 10,
  intake_transfer: 11,
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = (Object.keys(ORDER) as DocumentKind[]).sort(
  (a, b) => ORDER[a] - ORDER[b],
)

/** What generating a kind needs besides the case. */
export interface KindNeeds {
  /** The sides the party it is addressed to may be on; null when it has no addressee. */
  party: readonly PartySide[] | null
  /** The hearing it concerns. */
  hearing: boolean
  /** The case's documents it lists (送达回证: the documents served together). */
  documents: boolean
}

const ANY_SIDE: readonly PartySide[] = ['applicant', 'respondent', 'third_party']
const NOTHING: KindNeeds = { party: null, hearing: false, documents: false }

/** Over the whole union, so that a kind added to the core must say what it needs. */
const NEEDS: Record<DocumentKind, KindNeeds> = {
  not_acceptance_notice: { ...NOTHING, party: ['applicant'] },
  acceptance_notice: { ...NOTHING, party: ['applicant'] },
  respond_notice: { ...NOTHING, party: ['respondent'] },
  tribunal_notice: { ...NOTHING, party: ANY_SIDE },
  summary_confirmation: NOTHING,
  hearing_notice: { ...NOTHING, party: ANY_SIDE, hearing: true },
  minutes: { ...NOTHING, hearing: true },
  mediation_statement: NOTHING,
  award: NOTHING,
  withdrawal_decision: NOTHING,
  // Served on whichever party receives the documents, third parties included.
  service_receipt: { ...NOTHING, party: ANY_SIDE, documents: true },
  // Generated from the intake item, not from a case.
  intake_transfer: NOTHING,
}

export function kindNeeds(kind: DocumentKind | null): KindNeeds {
  return kind ? NEEDS[kind] : NOTHING
}

/** Kinds never generated from a case's 文书 tab. */
const NOT_FROM_CASE: readonly DocumentKind[] = ['intake_transfer']

/** A case ended by one of these has a 裁决书. */
const AWARD_CLOSURES: readonly (ClosureType | null)[] = ['award_final', 'award_non_final']

/**
 * The kinds a case can have. A case not accepted gets only its 不予受理通知书 and the
 * 送达回证 serving it; any other case every other kind, the 裁决书 once it was closed by
 * an award. The 受理转办单 belongs to an intake item.
 */
export function kindsFor(summary: Pick<CaseSummary, 'status' | 'closureType'>): DocumentKind[] {
  const notAccepted = summary.status === 'not_accepted'
  return DOCUMENT_KINDS.filter((k) => {
    if (NOT_FROM_CASE.includes(k)) return false
    if (k === 'service_receipt') return true
    if ((k === 'not_acceptance_notice') !== notAccepted) return false
    return k !== 'award' || AWARD_CLOSURES.includes(summary.closureType)
  })
}

export function needsParty(kind: DocumentKind | null): boolean {
  return kindNeeds(kind).party !== null
}

export function needsHearing(kind: DocumentKind | null): boolean {
  return kindNeeds(kind).hearing
}

export function needsDocuments(kind: DocumentKind | null): boolean {
  return kindNeeds(kind).documents
}

/** Whether a party on `side` may receive a `kind`. */
export function addresseeAllowed(kind: DocumentKind | null, side: PartySide): boolean {
  return kindNeeds(kind).party?.includes(side) ?? false
}

/** The documents a 送达回证 can list: any of the case's but another 送达回证. */
export function servableDocuments(documents: readonly DocumentRecord[]): DocumentRecord[] {
  return documents.filter((d) => d.kind !== 'service_receipt' && d.kind !== 'intake_transfer')
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
