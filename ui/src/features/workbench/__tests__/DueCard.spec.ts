import { describe, expect, it } from 'vitest'
import DueCard from '../DueCard.vue'
import { DUE_WINDOW_STORAGE_KEY } from '../due'
import { ADMIN, appError, byTestId, click, mockCore, mountPage, type Call } from '@/test/helpers'
import { dueItem, intakeDue } from '@/test/due'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const row = (index: number) => byTestId(`due-row-${index}`)
const days = (index: number) => row(index)?.querySelector('[data-testid="due-days"]') ?? null
const windows = (calls: Call[]) =>
  calls.map((call) => `${call.cmd}:${String(call.args.withinDays)}`).sort()

/** A case deadline 2 days overdue, one due in 5 days, one today; intake duties in 1 and -4. */
const CASES = [
  dueItem({ code: 'T16', due: '2026-12-04', daysLeft: 5, status: 'pending' }, { caseId: 'c-16' }),
  dueItem({ code: 'T5', due: '2026-11-27', daysLeft: -2, status: 'overdue' }, { caseId: 'c-5' }),
  dueItem(
    { code: 'T2', due: '2026-11-29', daysLeft: 0, status: 'pending', uncoveredYears: [2027] },
    { caseId: 'c-2', caseNo: null },
  ),
]
const INTAKE = [
  intakeDue({ intakeId: 'in-1', what: '补交材料：劳动合同', dueOn: '2026-11-30', daysLeft: 1 }),
  intakeDue({ intakeId: 'in-2', what: '转办办理期限', dueOn: '2026-11-25', daysLeft: -4 }),
]

describe('DueCard', { timeout: 30_000 }, () => {
  it('merges case deadlines and intake duties, the most urgent first', async () => {
    const calls = mockCore({ due_soon: CASES, intake_due_soon: INTAKE })
    const { router } = await mountPage(DueCard, { user: CLERK, route: '/workbench' })

    expect(windows(calls)).toEqual(['due_soon:7', 'intake_due_soon:7'])
    const rows = [0, 1, 2, 3, 4].map((i) => text(row(i)))
    expect(rows[0]).toContain('转办办理期限')
    expect(rows[0]).toContain('急难愁盼〔2026〕第002号')
    expect(rows[1]).toContain('答辩期')
    expect(rows[2]).toContain('受理审查')
    expect(rows[2]).toContain('未立案')
    expect(rows[3]).toContain('补交材料：劳动合同')
    expect(rows[4]).toContain('审理期限')
    expect(rows[4]).toContain('西劳人仲案字〔2026〕第16号')
    expect(row(5)).toBeNull()

    expect([0, 1, 2, 3, 4].map((i) => text(days(i)))).toEqual([
      '逾期 4 天',
      '逾期 2 天',
      '今天到期',
      '还剩 1 天',
      '还剩 5 天',
    ])
    // Overdue red, today amber, otherwise plain.
    expect(row(0)?.classList).toContain('due-row--overdue')
    expect(row(1)?.classList).toContain('due-row--overdue')
    expect(row(2)?.classList).toContain('due-row--today')
    expect(row(3)?.classList).toContain('due-row--ahead')

    // A date in a year the holiday calendar lacks is flagged.
    expect(row(2)?.querySelector('[data-testid="due-uncovered"]')).not.toBeNull()
    expect(
      row(2)?.querySelector('[data-testid="due-uncovered"]')?.getAttribute('aria-label'),
    ).toContain('尚未录入 2027 年的节假日安排')
    expect(row(1)?.querySelector('[data-testid="due-uncovered"]')).toBeNull()

    // Each line opens its case file or request.
    await click(row(1)!.querySelector('a')!)
    expect(router.currentRoute.value.name).toBe('case-file')
    expect(router.currentRoute.value.params.id).toBe('c-5')
    await click(row(0)!.querySelector('a')!)
    expect(router.currentRoute.value.name).toBe('intake-item')
    expect(router.currentRoute.value.params.id).toBe('in-2')
  })

  it('remembers the chosen window', async () => {
    const calls = mockCore({ due_soon: [], intake_due_soon: [] })
    await mountPage(DueCard, { user: CLERK, route: '/workbench' })
    expect(text(byTestId('due-empty'))).toContain('近期没有到期事项')
    await click(byTestId('due-window-30')!.querySelector('input')!)
    expect(windows(calls.slice(2))).toEqual(['due_soon:30', 'intake_due_soon:30'])
    expect(localStorage.getItem(DUE_WINDOW_STORAGE_KEY)).toBe('30')
  })

  it('starts from the remembered window', async () => {
    localStorage.setItem(DUE_WINDOW_STORAGE_KEY, '15')
    const calls = mockCore({ due_soon: [], intake_due_soon: [] })
    await mountPage(DueCard, { user: CLERK, route: '/workbench' })
    expect(windows(calls)).toEqual(['due_soon:15', 'intake_due_soon:15'])
    expect(byTestId('due-window-15')?.classList).toContain('is-active')
  })

  it('labels deadlines in English by their code', async () => {
    mockCore({ due_soon: CASES, intake_due_soon: INTAKE })
    await mountPage(DueCard, { user: CLERK, route: '/workbench', locale: 'en' })
    expect(text(row(0))).toContain('Transfer deadline')
    expect(text(row(1))).toContain('Defense period')
    expect(text(days(1))).toBe('Days overdue: 2')
    expect(text(row(3))).toContain('Material to supplement: 劳动合同')
    expect(text(days(4))).toBe('Days left: 5')
  })

  it('still lists one half when the other fails', async () => {
    mockCore({
      due_soon: () => {
        throw appError({ code: 'storage', reason: '', message: '读写数据时出错' })
      },
      intake_due_soon: INTAKE,
    })
    await mountPage(DueCard, { user: CLERK, route: '/workbench' })
    expect(text(byTestId('workbench-due'))).toContain('读写数据时出错')
    expect(text(row(0))).toContain('转办办理期限')
    expect(text(row(1))).toContain('补交材料')
    expect(byTestId('due-empty')).toBeNull()
  })
})
