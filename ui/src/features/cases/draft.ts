/**
 * The new-application form's working copy, and the `NewCase` it sends. Parties are
 * referred to by a stable key while the form is edited (rows can be removed) and by
 * their index in `parties` in the payload, as the core expects.
 */
import type { ClaimCategory } from '@/bindings/ClaimCategory'
import type { Channel } from '@/bindings/Channel'
import type { ClaimInput } from '@/bindings/ClaimInput'
import type { EvidenceInput } from '@/bindings/EvidenceInput'
import type { IdType } from '@/bindings/IdType'
import type { NewCase } from '@/bindings/NewCase'
import type { Party } from '@/bindings/Party'
import type { PartyInput } from '@/bindings/PartyInput'
import type { PartyKind } from '@/bindings/PartyKind'
import type { PartySide } from '@/bindings/PartySide'
import type { Sex } from '@/bindings/Sex'
import { creditCodeProblem } from '@/utils/identifiers'

export interface PartyDraft {
  key: number
  side: PartySide
  kind: PartyKind
  name: string
  // a natural person
  idType: IdType
  idNumber: string
  sex: Sex | ''
  birthDate: string | null
  occupation: string
  workplace: string
  mobile: string
  currentLocation: string
  // an organization
  creditCode: string
  creditCodeOverrideReason: string
  /** The override-reason field is shown (the code failed its checksum, M2). */
  overrideOpen: boolean
  legalRepName: string
  legalRepTitle: string
  phone: string
  // both
  domicile: string
  mailingAddress: string
}

export interface ClaimDraft {
  key: number
  category: ClaimCategory | ''
  description: string
  amount: string
  claimant: number | null
  respondent: number | null
}

export interface EvidenceDraft {
  key: number
  party: number | null
  name: string
  purpose: string
  originalAvailable: boolean
}

export interface CaseDraft {
  channel: Channel
  receivedOn: string | null
  cause: string
  facts: string
  priority: boolean
  oralConfirmed: boolean
  parties: PartyDraft[]
  claims: ClaimDraft[]
  evidence: EvidenceDraft[]
  noEvidence: boolean
}

let nextKey = 1
const newKey = () => nextKey++

export function newParty(side: PartySide, kind: PartyKind): PartyDraft {
  return {
    key: newKey(),
    side,
    kind,
    name: '',
    idType: 'resident_id',
    idNumber: '',
    sex: '',
    birthDate: null,
    occupation: '',
    workplace: '',
    mobile: '',
    currentLocation: '',
    creditCode: '',
    creditCodeOverrideReason: '',
    overrideOpen: false,
    legalRepName: '',
    legalRepTitle: '',
    phone: '',
    domicile: '',
    mailingAddress: '',
  }
}

/** The first party on `side`, else any party other than `other`. */
function firstOn(parties: readonly PartyDraft[], side: PartySide, other?: number | null) {
  return (
    parties.find((p) => p.side === side && p.key !== other)?.key ??
    parties.find((p) => p.key !== other)?.key ??
    null
  )
}

export function newClaim(parties: readonly PartyDraft[]): ClaimDraft {
  const claimant = firstOn(parties, 'applicant')
  return {
    key: newKey(),
    category: '',
    description: '',
    amount: '',
    claimant,
    respondent: firstOn(parties, 'respondent', claimant),
  }
}

export function newEvidence(parties: readonly PartyDraft[]): EvidenceDraft {
  return {
    key: newKey(),
    party: firstOn(parties, 'applicant'),
    name: '',
    purpose: '',
    originalAvailable: true,
  }
}

/** A blank application: one worker applying against one employer, one claim. */
export function newCaseDraft(today: string): CaseDraft {
  const parties = [newParty('applicant', 'person'), newParty('respondent', 'organization')]
  return {
    channel: 'written',
    receivedOn: today,
    cause: '',
    facts: '',
    priority: false,
    oralConfirmed: false,
    parties,
    claims: [newClaim(parties)],
    evidence: [],
    noEvidence: false,
  }
}

/** Trimmed text, or undefined when empty (the core treats both alike). */
function opt(value: string | null | undefined): string | undefined {
  const text = (value ?? '').trim()
  return text === '' ? undefined : text
}

/** Drops undefined members, so the payload carries only what was entered. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T
}

/**
 * Whether the credit code's override reason is asked for: the code fails its checksum
 * here, or the core said so (M2).
 */
export function overrideShown(p: PartyDraft): boolean {
  if (p.creditCode.trim() === '') return false
  return p.overrideOpen || creditCodeProblem(p.creditCode) === 'credit_code_checksum'
}

export function partyInput(p: PartyDraft): PartyInput {
  const common = {
    side: p.side,
    kind: p.kind,
    name: p.name.trim(),
    domicile: opt(p.domicile),
    mailingAddress: opt(p.mailingAddress),
  }
  if (p.kind === 'person') {
    const idNumber = opt(p.idNumber)
    return compact<PartyInput>({
      ...common,
      sex: p.sex === '' ? undefined : p.sex,
      birthDate: opt(p.birthDate),
      idType: idNumber ? p.idType : undefined,
      idNumber,
      occupation: opt(p.occupation),
      workplace: opt(p.workplace),
      mobile: opt(p.mobile),
      currentLocation: opt(p.currentLocation),
    })
  }
  const creditCode = opt(p.creditCode)
  return compact<PartyInput>({
    ...common,
    creditCode,
    creditCodeOverrideReason: overrideShown(p) ? opt(p.creditCodeOverrideReason) : undefined,
    legalRepName: opt(p.legalRepName),
    legalRepTitle: opt(p.legalRepTitle),
    phone: opt(p.phone),
  })
}

/** Index of the party with `key`; -1 (refused by the core) when it is gone. */
export function partyIndex(parties: readonly PartyDraft[], key: number | null): number {
  return key === null ? -1 : parties.findIndex((p) => p.key === key)
}

/** What `create_case` receives. */
export function toNewCase(draft: CaseDraft): NewCase {
  const index = (key: number | null) => partyIndex(draft.parties, key)
  const claims: ClaimInput[] = draft.claims.map((c) =>
    compact<ClaimInput>({
      category: c.category as ClaimCategory,
      description: c.description.trim(),
      amount: opt(c.amount),
      claimant: index(c.claimant),
      respondent: index(c.respondent),
    }),
  )
  const evidence: EvidenceInput[] = draft.noEvidence
    ? []
    : draft.evidence.map((e) => ({
        party: index(e.party),
        name: e.name.trim(),
        purpose: e.purpose.trim(),
        originalAvailable: e.originalAvailable,
      }))
  return {
    channel: draft.channel,
    cause: draft.cause.trim(),
    facts: draft.facts.trim(),
    receivedOn: draft.receivedOn ?? '',
    parties: draft.parties.map(partyInput),
    claims,
    evidence,
    noEvidenceDeclared: draft.noEvidence && evidence.length === 0,
    oralConfirmed: draft.channel === 'oral' && draft.oralConfirmed,
    priority: draft.priority,
  }
}

/** Reads a value of the draft by a core field path such as `parties.0.idNumber`. */
export function valueAt(draft: CaseDraft, path: string): unknown {
  let current: unknown = draft
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

/**
 * The form's working copy of an application drafted elsewhere, e.g. by the core from an
 * intake request (`intake_case_draft`): parties get their keys, and claims and evidence
 * refer to them by key instead of by index.
 */
export function caseDraftFromNewCase(input: NewCase): CaseDraft {
  const parties = input.parties.map((p): PartyDraft => {
    const blank = newParty(p.side, p.kind)
    return {
      ...blank,
      name: p.name ?? '',
      idType: p.idType ?? blank.idType,
      idNumber: p.idNumber ?? '',
      sex: p.sex ?? '',
      birthDate: p.birthDate ?? null,
      occupation: p.occupation ?? '',
      workplace: p.workplace ?? '',
      mobile: p.mobile ?? '',
      currentLocation: p.currentLocation ?? '',
      creditCode: p.creditCode ?? '',
      creditCodeOverrideReason: p.creditCodeOverrideReason ?? '',
      overrideOpen: !!p.creditCodeOverrideReason,
      legalRepName: p.legalRepName ?? '',
      legalRepTitle: p.legalRepTitle ?? '',
      phone: p.phone ?? '',
      domicile: p.domicile ?? '',
      mailingAddress: p.mailingAddress ?? '',
    }
  })
  const keyAt = (index: number) => parties[index]?.key ?? null
  const claims = input.claims.map((c): ClaimDraft => ({
    key: newKey(),
    category: c.category,
    description: c.description ?? '',
    amount: c.amount ?? '',
    claimant: keyAt(c.claimant),
    respondent: keyAt(c.respondent),
  }))
  const evidence = input.evidence.map((e): EvidenceDraft => ({
    key: newKey(),
    party: keyAt(e.party),
    name: e.name,
    purpose: e.purpose,
    originalAvailable: e.originalAvailable,
  }))
  return {
    channel: input.channel,
    receivedOn: input.receivedOn || null,
    cause: input.cause ?? '',
    facts: input.facts ?? '',
    priority: input.priority,
    oralConfirmed: input.oralConfirmed,
    parties,
    claims: claims.length > 0 ? claims : [newClaim(parties)],
    evidence,
    noEvidence: input.noEvidenceDeclared,
  }
}

/** The working copy of a registered party, for the 编辑 dialog. */
export function partyDraftFromParty(p: Party): PartyDraft {
  const blank = newParty(p.side, p.kind)
  return {
    ...blank,
    name: p.name,
    idType: p.idType ?? blank.idType,
    idNumber: p.idNumber ?? '',
    sex: p.sex ?? '',
    birthDate: p.birthDate ?? null,
    occupation: p.occupation ?? '',
    workplace: p.workplace ?? '',
    mobile: p.mobile ?? '',
    currentLocation: p.currentLocation ?? '',
    creditCode: p.creditCode ?? '',
    creditCodeOverrideReason: p.creditCodeOverrideReason ?? '',
    overrideOpen: !!p.creditCodeOverrideReason,
    legalRepName: p.legalRepName ?? '',
    legalRepTitle: p.legalRepTitle ?? '',
    phone: p.phone ?? '',
    domicile: p.domicile ?? '',
    mailingAddress: p.mailingAddress ?? '',
  }
}
