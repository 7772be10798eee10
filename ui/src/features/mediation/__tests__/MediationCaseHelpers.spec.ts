import { describe, expect, it } from 'vitest'
import { daysBetween, dueTag, signaturesComplete } from '../cases'

const TODAY = '2026-03-10'

describe('the mediation deadline (Art. 14)', () => {
  it('counts calendar days, across months', () => {
    expect(daysBetween('2026-02-25', '2026-03-12')).toBe(15)
    expect(daysBetween(TODAY, '2026-03-08')).toBe(-2)
  })

  it('is grey while more than three days are left', () => {
    expect(dueTag(TODAY, '2026-03-14', 'open')).toEqual({
      type: 'info',
      key: 'workbench.due.left',
      days: 4,
    })
  })

  it('turns amber for the last three days, today included', () => {
    expect(dueTag(TODAY, '2026-03-13', 'open')?.type).toBe('warning')
    expect(dueTag(TODAY, TODAY, 'open')).toEqual({
      type: 'warning',
      key: 'workbench.due.today',
      days: 0,
    })
  })

  it('turns red once past', () => {
    expect(dueTag(TODAY, '2026-03-09', 'open')).toEqual({
      type: 'danger',
      key: 'workbench.due.overdue',
      days: 1,
    })
  })

  it('stops running once the mediation has ended', () => {
    expect(dueTag(TODAY, '2026-03-09', 'agreement')).toBeNull()
    expect(dueTag(TODAY, '2026-03-09', 'no_agreement')).toBeNull()
  })
})

describe('an agreement’s effect', () => {
  const all = { signedApplicant: true, signedRespondent: true, signedMediator: true, sealed: true }
  it('needs both parties, the mediator and the seal', () => {
    expect(signaturesComplete(all)).toBe(true)
    for (const key of Object.keys(all)) {
      expect(signaturesComplete({ ...all, [key]: false })).toBe(false)
    }
  })
})
