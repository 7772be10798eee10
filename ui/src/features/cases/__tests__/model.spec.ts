import { describe, expect, it } from 'vitest'
import { CLOSURE_FLOW_TYPES, closureTypesFor } from '../model'

describe('closureTypesFor', () => {
  it('leaves mediation and awards to the 调解与结案 tab', () => {
    for (const status of ['accepted', 'in_progress'] as const) {
      const types = closureTypesFor(status)
      expect(types, status).toEqual([
        'withdrawal',
        'deemed_withdrawal',
        'terminated',
        'revoked',
        'transferred',
      ])
      for (const flow of CLOSURE_FLOW_TYPES) expect(types, status).not.toContain(flow)
    }
    expect(CLOSURE_FLOW_TYPES).toEqual(['mediation', 'award_final', 'award_non_final'])
  })

  it('still closes a case not yet accepted by withdrawal', () => {
    expect(closureTypesFor('received')).toEqual(['withdrawal'])
  })

  it('offers nothing once a case is closed or refused', () => {
    expect(closureTypesFor('closed')).toEqual([])
    expect(closureTypesFor('not_accepted')).toEqual([])
  })
})
