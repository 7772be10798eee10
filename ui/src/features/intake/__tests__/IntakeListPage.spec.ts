import { describe, expect, it } from 'vitest'
import IntakeListPage from '../IntakeListPage.vue'
import {
  ADMIN,
  byTestId,
  click,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import { intakeSummary } from '@/test/intake'
import type { IntakeQuery } from '@/bindings/IntakeQuery'

const ITEMS = [
  intakeSummary(),
  intakeSummary({
    id: 'in-2',
    intakeNo: '急难愁盼〔2026〕第002号',
    channel: 'walk_in',
    requesterName: '钱先生',
    requesterMobile: null,
    employerName: null,
    status: 'transferred',
    handlingUnit: '西峰区劳动人事争议仲裁院',
    dueOn: '2026-03-20',
  }),
  intakeSummary({
    id: 'in-3',
    intakeNo: '急难愁盼〔2026〕第003号',
    requesterName: '孙女士',
    status: 'closed',
  }),
]

const queries = (calls: Call[]) =>
  calls.filter((call) => call.cmd === 'list_intake').map((call) => call.args.query as IntakeQuery)

function listing(args: Record<string, unknown>) {
  const query = args.query as IntakeQuery
  const items = ITEMS.filter(
    (item) =>
      (!query.status || item.status === query.status) &&
      (!query.text || `${item.intakeNo}${item.requesterName}`.includes(query.text)),
  )
  return { items, total: items.length }
}

const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const rowText = (index: number) =>
  byTestId(`intake-row-${index}`)?.closest('tr')?.textContent?.replace(/\s+/g, ' ') ?? ''

describe('IntakeListPage', { timeout: 30_000 }, () => {
  it('lists requests with their number, channel, requester, status and unit', async () => {
    const calls = mockCore({ list_intake: listing })
    await mountPage(IntakeListPage, { user: ADMIN, route: '/intake' })
    expect(queries(calls)).toEqual([{ offset: 0, limit: 20 }])
    expect(text('intake-row-0')).toBe('急难愁盼〔2026〕第001号')
    expect(rowText(0)).toContain('2026-03-02 09:30')
    expect(rowText(0)).toContain('服务热线')
    expect(rowText(0)).toContain('赵女士')
    expect(rowText(0)).toContain('13807310001')
    expect(rowText(0)).toContain('待转办')
    expect(rowText(1)).toContain('现场来访')
    expect(rowText(1)).toContain('已转办')
    expect(rowText(1)).toContain('西峰区劳动人事争议仲裁院')
    expect(rowText(1)).toContain('2026-03-20')
    expect(rowText(2)).toContain('已办结')
  })

  it('filters by status and searches, from the first page', async () => {
    const calls = mockCore({ list_intake: listing })
    const { router } = await mountPage(IntakeListPage, { user: ADMIN, route: '/intake' })
    await click(byTestId('intake-filter-transferred')!.querySelector('input')!)
    expect(queries(calls).at(-1)).toEqual({ status: 'transferred', offset: 0, limit: 20 })
    expect(router.currentRoute.value.query.status).toBe('transferred')

    await click(byTestId('intake-filter-all')!.querySelector('input')!)
    await typeInto('intake-search', '赵女士')
    await new Promise((resolve) => setTimeout(resolve, 400))
    await settle()
    expect(queries(calls).at(-1)).toEqual({ text: '赵女士', offset: 0, limit: 20 })
    expect(router.currentRoute.value.query.q).toBe('赵女士')
    expect(text('intake-row-0')).toBe('急难愁盼〔2026〕第001号')
    expect(byTestId('intake-row-1')).toBeNull()
  })

  it('opens a request from its row', async () => {
    mockCore({ list_intake: listing })
    const { router } = await mountPage(IntakeListPage, { user: ADMIN, route: '/intake' })
    await click(byTestId('intake-row-1')!)
    expect(router.currentRoute.value.name).toBe('intake-item')
    expect(router.currentRoute.value.params.id).toBe('in-2')
  })

  it('says what to do when there is no request yet', async () => {
    mockCore({ list_intake: { items: [], total: 0 } })
    const { router } = await mountPage(IntakeListPage, { user: ADMIN, route: '/intake' })
    expect(text('intake-empty')).toContain('登记求助事项')
    await click('intake-empty-new')
    expect(router.currentRoute.value.name).toBe('intake-new')
  })
})
