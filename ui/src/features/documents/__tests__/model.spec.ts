import { describe, expect, it } from 'vitest'
import { addresseeAllowed, kindsFor } from '../model'

describe('document kinds', () => {
  it('offers a case not accepted only its 不予受理通知书, and any other case everything else', () => {
    expect(kindsFor('not_accepted')).toEqual(['not_acceptance_notice'])
    const accepted = kindsFor('accepted')
    expect(accepted).not.toContain('not_acceptance_notice')
    expect(accepted).toContain('summary_confirmation')
    expect(accepted[0]).toBe('acceptance_notice')
  })

  it('addresses the non-acceptance notice to an applicant only', () => {
    expect(addresseeAllowed('not_acceptance_notice', 'applicant')).toBe(true)
    expect(addresseeAllowed('not_acceptance_notice', 'respondent')).toBe(false)
    expect(addresseeAllowed('summary_confirmation', 'applicant')).toBe(false)
  })
})
