import { describe, expect, it } from 'vitest'
import CaseListPage from '../CaseListPage.vue'
import { ADMIN, byTestId, click, mockCore, mountPage, type Call } from '@/test/helpers'
import { caseSummary } from '@/test/cases'
import type { CaseQuery } from '@/bindings/CaseQuery'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

const CASES = [
  caseSummary({ id: 'c-new', cause: '追索劳动报酬', receivedOn: '2025-10-09' }),
  caseSummary({
    id: 'c-acc',
    caseNo: '西劳人仲案字〔2025〕第15号',
    status: 'accepted',
    cause: '经济补偿',
    receivedOn: '2025-10-01',
    acceptedOn: '2025-10-03',
    priority: true,
  }),
  caseSummary({ id: 'c-na', status: 'not_accepted', receivedOn: '2025-09-20' }),
  caseSummary({ id: 'c-closed', caseNo: '西劳人仲案字〔2025〕第3号', status: 'closed' }),
]

const queries = (calls: Call[]) =>
  calls.filter((call) => call.cmd === 'list_cases').map((call) => call.args.query as CaseQuery)

function listing(args: Record<string, unknown>) {
  const query = args.query as CaseQuery
  const cases = query.status ? CASES.filter((c) => c.status === query.status) : CASES
  return { cases, total: cases.length }
}

const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const tags = () => [
  ...document.querySelectorAll('.cases-table .el-table__body .el-tag:not(.cases-priority)'),
]

describe('CaseListPage', () => {
  it('lists cases with their number, or 未立案, and one colour per status', async () => {
    const calls = mockCore({ list_cases: listing })
    await mountPage(CaseListPage, { user: CLERK, route: '/cases' })

    expect(queries(calls)).toEqual([{ offset: 0, limit: 20 }])
    expect(text('case-row-0')).toBe('未立案')
    expect(byTestId('case-row-0')?.querySelector('.cases-unfiled')).not.toBeNull()
    expect(text('case-row-1')).toBe('西劳人仲案字〔2025〕第15号')
    expect(tags().map((tag) => tag.textContent?.trim())).toEqual([
      '已收件',
      '已受理',
      '不予受理',
      '已结案',
    ])
    const colour = (i: number) =>
      [...tags()[i].classList].find((c) =>
        /^el-tag--(info|primary|success|danger|warning)$/.test(c),
      )
    expect([0, 1, 2, 3].map(colour)).toEqual([
      'el-tag--info',
      'el-tag--primary',
      'el-tag--danger',
      'el-tag--success',
    ])
    expect(document.querySelector('.cases-table')?.textContent).toContain('优先')
  })

  it('asks the core for the chosen status, from the first page', async () => {
    const calls = mockCore({ list_cases: listing })
    const { router } = await mountPage(CaseListPage, { user: CLERK, route: '/cases' })
    await click(byTestId('cases-filter-accepted')!.querySelector('input')!)

    expect(queries(calls).at(-1)).toEqual({ status: 'accepted', offset: 0, limit: 20 })
    expect(text('case-row-0')).toBe('西劳人仲案字〔2025〕第15号')
    expect(byTestId('case-row-1')).toBeNull()
    expect(router.currentRoute.value.query.status).toBe('accepted')

    await click(byTestId('cases-filter-all')!.querySelector('input')!)
    expect(queries(calls).at(-1)).toEqual({ offset: 0, limit: 20 })
  })

  it('opens a case file from its row', async () => {
    mockCore({ list_cases: listing })
    const { router } = await mountPage(CaseListPage, { user: CLERK, route: '/cases' })
    await click(byTestId('case-row-1')!)
    expect(router.currentRoute.value.name).toBe('case-file')
    expect(router.currentRoute.value.params.id).toBe('c-acc')
  })

  it('says what to do when there is no case yet', async () => {
    mockCore({ list_cases: { cases: [], total: 0 } })
    const { router } = await mountPage(CaseListPage, { user: CLERK, route: '/cases' })
    expect(text('cases-empty')).toContain('登记仲裁申请')
    await click('cases-empty-new')
    expect(router.currentRoute.value.name).toBe('case-new')
  })

  it('gives mediators no button to register applications', async () => {
    mockCore({ list_cases: { cases: [], total: 0 } })
    await mountPage(CaseListPage, { user: MEDIATOR, route: '/cases' })
    expect(byTestId('cases-new')).toBeNull()
    expect(byTestId('cases-empty-new')).toBeNull()
    expect(text('cases-empty')).toContain('书记员登记仲裁申请后')
  })
})
