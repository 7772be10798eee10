import { describe, expect, it } from 'vitest'
import {
  DOCUMENT_KINDS,
  addresseeAllowed,
  kindNeeds,
  kindsFor,
  needsDocuments,
  needsHearing,
  needsParty,
  servableDocuments,
} from '../model'
import { documentRecord } from '@/test/documents'

const open = { status: 'in_progress', closureType: null } as const

describe('document kinds', () => {
  it('offers a case not accepted its 不予受理通知书 and the 送达回证 serving it', () => {
    expect(kindsFor({ status: 'not_accepted', closureType: 'not_accepted' })).toEqual([
      'not_acceptance_notice',
      'service_receipt',
    ])
  })

  it('offers any other case everything else but the 裁决书 and the 受理转办单', () => {
    const accepted = kindsFor({ status: 'accepted', closureType: null })
    expect(accepted).not.toContain('not_acceptance_notice')
    expect(accepted).toContain('summary_confirmation')
    expect(accepted).toContain('service_receipt')
    expect(accepted).not.toContain('award')
    expect(accepted).not.toContain('intake_transfer')
    expect(accepted[0]).toBe('acceptance_notice')
    expect(kindsFor(open)).toEqual(accepted)
  })

  it('offers the 裁决书 only once the case was closed by an award', () => {
    for (const closureType of ['award_final', 'award_non_final'] as const) {
      const kinds = kindsFor({ status: 'closed', closureType })
      expect(kinds, closureType).toContain('award')
      expect(kinds.indexOf('award')).toBe(kinds.indexOf('mediation_statement') + 1)
    }
    for (const closureType of ['mediation', 'withdrawal', 'terminated'] as const) {
      expect(kindsFor({ status: 'closed', closureType }), closureType).not.toContain('award')
    }
  })

  it('never offers the 受理转办单 on a case: it belongs to an intake item', () => {
    expect(DOCUMENT_KINDS).toContain('intake_transfer')
    expect(kindsFor({ status: 'closed', closureType: 'award_final' })).not.toContain(
      'intake_transfer',
    )
    expect(needsParty('intake_transfer')).toBe(false)
  })

  it('addresses the non-acceptance notice to an applicant only', () => {
    expect(addresseeAllowed('not_acceptance_notice', 'applicant')).toBe(true)
    expect(addresseeAllowed('not_acceptance_notice', 'respondent')).toBe(false)
    expect(addresseeAllowed('summary_confirmation', 'applicant')).toBe(false)
  })

  it('says what each kind needs besides the case', () => {
    const needs = Object.fromEntries(
      DOCUMENT_KINDS.map((k) => [
        k,
        [
          needsParty(k) ? 'party' : '',
          needsHearing(k) ? 'hearing' : '',
          needsDocuments(k) ? 'documents' : '',
        ]
          .filter(Boolean)
          .join('+'),
      ]),
    )
    expect(needs).toEqual({
      not_acceptance_notice: 'party',
      acceptance_notice: 'party',
      respond_notice: 'party',
      tribunal_notice: 'party',
      summary_confirmation: '',
      hearing_notice: 'party+hearing',
      minutes: 'hearing',
      mediation_statement: '',
      award: '',
      withdrawal_decision: '',
      service_receipt: 'party+documents',
      intake_transfer: '',
    })
    expect(kindNeeds(null)).toEqual({ party: null, hearing: false, documents: false })
  })

  it('serves a 送达回证 on a party on any side', () => {
    expect(addresseeAllowed('service_receipt', 'applicant')).toBe(true)
    expect(addresseeAllowed('service_receipt', 'respondent')).toBe(true)
    expect(addresseeAllowed('service_receipt', 'third_party')).toBe(true)
    expect(addresseeAllowed('award', 'applicant')).toBe(false)
  })

  it('lists any document of the case on a 送达回证 but another 送达回证', () => {
    const notice = documentRecord({ id: 'd-1' })
    const award = documentRecord({ id: 'd-2', kind: 'award', title: '裁决书', addressee: '' })
    const receipt = documentRecord({ id: 'd-3', kind: 'service_receipt', title: '送达回证' })
    expect(servableDocuments([notice, receipt, award]).map((d) => d.id)).toEqual(['d-1', 'd-2'])
  })
})
