import { describe, expect, it } from 'vitest'
import { daysLabel, intakeDueWhat, mergeDue, storedDueWindow, urgency } from '../due'
import { dueItem, intakeDue } from '@/test/due'

describe('due list', () => {
  it('puts the longest overdue first, then by days left, cases before intake on a tie', () => {
    const rows = mergeDue(
      [
        dueItem({ code: 'T16', due: '2026-12-04', daysLeft: 5 }, { caseId: 'a' }),
        dueItem({ code: 'T4', due: '2026-11-30', daysLeft: 1 }, { caseId: 'b' }),
        dueItem({ code: 'T10', due: null, daysLeft: null }, { caseId: 'c' }),
      ],
      [
        intakeDue({ intakeId: 'x', dueOn: '2026-11-30', daysLeft: 1 }),
        intakeDue({ intakeId: 'y', dueOn: '2026-11-19', daysLeft: -10 }),
      ],
    )
    expect(rows.map((row) => row.id)).toEqual(['y', 'b', 'x', 'a', 'c'])
  })

  it('labels overdue, today and days left', () => {
    expect(daysLabel(-3)).toEqual({ key: 'workbench.due.overdue', days: 3 })
    expect(daysLabel(0)).toEqual({ key: 'workbench.due.today', days: 0 })
    expect(daysLabel(4)).toEqual({ key: 'workbench.due.left', days: 4 })
    expect(urgency(2, true)).toBe('overdue')
  })

  it('translates the core’s description of an intake duty', () => {
    const t = (key: string, params?: Record<string, unknown>) =>
      `${key}${params ? JSON.stringify(params) : ''}`
    expect(intakeDueWhat('转办办理期限', t)).toBe('workbench.due.intakeTransfer')
    expect(intakeDueWhat('补交材料：劳动合同', t)).toBe(
      'workbench.due.intakeMaterial{"name":"劳动合同"}',
    )
    expect(intakeDueWhat('别的', t)).toBe('别的')
  })

  it('falls back to 7 days for a stored value it does not offer', () => {
    localStorage.setItem('yunting.workbench.dueDays', '9')
    expect(storedDueWindow()).toBe(7)
  })
})
