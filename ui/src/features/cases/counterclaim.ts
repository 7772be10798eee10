/**
 * The counterclaim (反申请) form's starting content: the parties of the case countered,
 * with applicants and respondents swapped and the same identifiers (the core matches
 * parties by ID number or credit code), and no claims yet (C1, Rules Art. 36).
 */
import type { Party } from '@/bindings/Party'
import type { PartySide } from '@/bindings/PartySide'
import { newParty, type CaseDraft, type PartyDraft } from './draft'

export function reversedSide(side: PartySide): PartySide {
  if (side === 'applicant') return 'respondent'
  if (side === 'respondent') return 'applicant'
  return side
}

/** A party of the case as a form row on `side`. */
export function partyDraftOf(p: Party, side: PartySide): PartyDraft {
  return {
    ...newParty(side, p.kind),
    name: p.name,
    idType: p.idType ?? 'resident_id',
    idNumber: p.idNumber ?? '',
    sex: p.sex ?? '',
    birthDate: p.birthDate,
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

const SIDE_ORDER: readonly PartySide[] = ['applicant', 'respondent', 'third_party']

/** The counterclaim as first shown: new applicants (the respondents) first, no claims. */
export function counterclaimDraft(parties: readonly Party[], today: string): CaseDraft {
  const rows = [...parties]
    .sort((a, b) => a.position - b.position)
    .map((p) => partyDraftOf(p, reversedSide(p.side)))
  rows.sort((a, b) => SIDE_ORDER.indexOf(a.side) - SIDE_ORDER.indexOf(b.side))
  return {
    channel: 'written',
    receivedOn: today,
    cause: '',
    facts: '',
    priority: false,
    oralConfirmed: false,
    parties: rows,
    claims: [],
    evidence: [],
    noEvidence: false,
  }
}
