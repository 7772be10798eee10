import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { EChartsOption } from 'echarts'
import StatisticsPage from '../StatisticsPage.vue'
import { useEcharts } from '../useEcharts'
import { lastTwelveMonths } from '../ranges'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  mockCore,
  mountPage,
  settle,
  type Call,
} from '@/test/helpers'
import { CLERK, choose } from '@/test/hearings'
import type { ExportInput } from '@/bindings/ExportInput'
import type { ExportProgress } from '@/bindings/ExportProgress'
import type { ExportResult } from '@/bindings/ExportResult'
import type { MediationOrg } from '@/bindings/MediationOrg'
import type { OrgRow } from '@/bindings/OrgRow'
import type { Statistics } from '@/bindings/Statistics'
import type { StatsQuery } from '@/bindings/StatsQuery'
import { shanghaiDate } from '@/utils/format'

// ECharts does not draw in happy-dom: the charts hand their options to a stand-in.
vi.mock('../useEcharts', () => ({ useEcharts: vi.fn() }))

// --- what get_statistics answers ---------------------------------------------------------
const RATE_DEFINITION = '调解成功率 = 统计期间内达成调解协议的案件数 ÷ 统计期间内办结的调解案件数'
const ONLINE_DEFINITION = '线上调解：以视频或电话方式进行的调解'

const ORG_ROWS: OrgRow[] = [
  {
    orgId: 'org-1',
    name: '西峰区北街街道劳动争议调解委员会',
    category: 'township',
    cases: 120,
    online: 80,
    offline: 40,
    concluded: 100,
    agreements: 80,
    successRate: 0.8,
  },
  {
    orgId: 'org-2',
    name: '庆阳万达广场劳动争议调解室',
    category: 'commercial',
    cases: 30,
    online: 10,
    offline: 20,
    concluded: 25,
    agreements: 15,
    successRate: 0.6,
  },
  {
    orgId: 'org-3',
    name: '外卖骑手劳动争议调解工作室',
    category: 'new_business',
    cases: 0,
    online: 0,
    offline: 0,
    concluded: 0,
    agreements: 0,
    successRate: null,
  },
]

function statistics(partial: Partial<Statistics> = {}): Statistics {
  return {
    from: '2025-12-01',
    to: '2026-11-30',
    orgId: null,
    registry: {
      organizations: 40,
      active: 38,
      mediators: 112,
      byCategory: [{ key: 'township', label: '乡镇（街道）', count: 20 }],
    },
    mediation: {
      cases: 1234,
      online: 800,
      offline: 434,
      byMode: [],
      concluded: 1000,
      agreements: 754,
      open: 234,
      successRate: 0.754,
      rateDefinition: RATE_DEFINITION,
      onlineDefinition: ONLINE_DEFINITION,
      byOrg: ORG_ROWS,
      byCategory: [
        {
          category: 'township',
          label: '乡镇（街道）',
          organizations: 20,
          cases: 900,
          concluded: 700,
          agreements: 560,
          successRate: 0.8,
        },
        {
          category: 'commercial',
          label: '商业综合体',
          organizations: 6,
          cases: 334,
          concluded: 300,
          agreements: 194,
          successRate: 0.6467,
        },
      ],
    },
    arbitration: {
      received: 86,
      byStatus: [
        { key: 'accepted', label: '已受理', count: 10 },
        { key: 'in_progress', label: '审理中', count: 30 },
        { key: 'closed', label: '已结案', count: 46 },
      ],
      byProcedure: [],
      closed: 50,
      byClosure: [
        { key: 'mediation', label: '调解结案', count: 20 },
        { key: 'award_final', label: '终局裁决', count: 18 },
        { key: 'withdrawal', label: '撤回仲裁申请', count: 12 },
      ],
      heard: 40,
      heardOnline: 25,
      onlineShare: 0.625,
    },
    intake: { received: 210, closed: 180, converted: 35 },
    services: {
      total: 5678,
      byKind: [
        { key: 'consultation', label: '政策咨询', count: 3000 },
        { key: 'social_security_card', label: '社保卡服务', count: 1678 },
        { key: 'elderly_special', label: '老年人及特殊群体服务', count: 500 },
        { key: 'self_service', label: '自助设备帮办', count: 400 },
        { key: 'other', label: '其他服务', count: 100 },
      ],
      publicityEvents: 12,
      publicityParticipants: 3456,
    },
    byMonth: [
      {
        month: '2026-10',
        mediationCases: 100,
        online: 60,
        agreements: 70,
        arbitrationCases: 8,
        intakeItems: 20,
      },
      {
        month: '2026-11',
        mediationCases: 90,
        online: 50,
        agreements: 60,
        arbitrationCases: 7,
        intakeItems: 18,
      },
    ],
    ...partial,
  }
}

/** No record of any kind. */
function emptyStatistics(): Statistics {
  const s = statistics()
  return {
    ...s,
    registry: { organizations: 0, active: 0, mediators: 0, byCategory: [] },
    mediation: {
      ...s.mediation,
      cases: 0,
      online: 0,
      offline: 0,
      concluded: 0,
      agreements: 0,
      open: 0,
      successRate: null,
      byOrg: [],
      byCategory: [],
    },
    arbitration: {
      ...s.arbitration,
      received: 0,
      byStatus: [],
      closed: 0,
      byClosure: [],
      heard: 0,
      heardOnline: 0,
      onlineShare: null,
    },
    intake: { received: 0, closed: 0, converted: 0 },
    services: { total: 0, byKind: [], publicityEvents: 0, publicityParticipants: 0 },
    byMonth: [],
  }
}

// --- helpers -----------------------------------------------------------------------------

const queries = (calls: Call[]) =>
  calls.filter((c) => c.cmd === 'get_statistics').map((c) => c.args.query as StatsQuery)
const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const value = (name: string) => text(`kpi-${name}-value`)
const orgRows = () =>
  [...document.querySelectorAll('[data-testid="stats-org-row"]')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
  )
const message = (kind: 'success' | 'error') =>
  document.querySelector(`.el-message--${kind}`)?.textContent?.trim() ?? ''
/** The options handed to the charts, by the order they were mounted. */
const chartOptions = () =>
  vi.mocked(useEcharts).mock.calls.map(([, option]) => option.value as EChartsOption)

/** Types a period into the range picker, as a user would. */
async function typeRange(testId: string, from: string, to: string): Promise<void> {
  const [start, end] = byTestId(testId)!.querySelectorAll('input')
  for (const [input, day] of [
    [start, from],
    [end, to],
  ] as const) {
    input.value = day
    input.dispatchEvent(new Event('input', { bubbles: true }))
    input.dispatchEvent(new Event('change', { bubbles: true }))
    await flushPromises()
  }
  await settle()
}

/** Opens the export menu and picks an item. */
async function exportAs(testId: string): Promise<void> {
  await click(byTestId('stats-export')!)
  await click(byTestId(testId)!)
}

const ORGS: MediationOrg[] = ORG_ROWS.map((row) => ({
  id: row.orgId,
  name: row.name,
  category: row.category,
  address: '庆阳市西峰区',
  contactName: '联系人',
  contactPhone: '0934-8888888',
  foundedOn: null,
  active: true,
  mediatorCount: 3,
  caseCount: row.cases,
}))

async function open(core: Record<string, unknown> = {}, options: { locale?: 'en' } = {}) {
  const calls = mockCore({
    get_statistics: statistics(),
    list_mediation_orgs: ORGS,
    ...core,
  })
  const mounted = await mountPage(StatisticsPage, { user: ADMIN, route: '/cases', ...options })
  await settle()
  return { calls, ...mounted }
}

// --- tests -------------------------------------------------------------------------------

describe('StatisticsPage', { timeout: 30_000 }, () => {
  beforeEach(() => vi.mocked(useEcharts).mockClear())

  it('loads the last twelve months and shows the headline figures', async () => {
    const { calls } = await open()
    const today = shanghaiDate()
    expect(queries(calls)).toEqual([{ from: lastTwelveMonths(today).from, to: today }])
    expect(lastTwelveMonths('2026-11-30')).toEqual({ from: '2025-12-01', to: '2026-11-30' })
    expect(lastTwelveMonths('2026-12-01').from).toBe('2025-12-02')
    expect(lastTwelveMonths('2024-02-29').from).toBe('2023-03-01')
    expect(value('organizations')).toBe('40')
    expect(text('kpi-organizations')).toContain('调解员 112 名')
    expect(value('mediation-cases')).toBe('1,234')
    expect(value('online')).toBe('800 / 434')
    expect(value('success-rate')).toBe('75.4%')
    expect(text('rate-definition')).toBe(RATE_DEFINITION)
    expect(byTestId('rate-definition')!.closest('[data-testid="kpi-success-rate"]')).not.toBeNull()
    expect(text('online-definition')).toBe(ONLINE_DEFINITION)
    expect(value('arbitration')).toBe('86')
    expect(text('kpi-arbitration')).toContain('线上庭审占比 62.5%')
    expect(value('intake')).toBe('210 / 180')
    expect(value('services')).toBe('5,678')
    expect(value('publicity')).toBe('12 / 3,456')
  })

  it('shows — for a rate with nothing concluded', async () => {
    const s = statistics()
    await open({
      get_statistics: { ...s, mediation: { ...s.mediation, successRate: null } },
    })
    expect(value('success-rate')).toBe('—')
    expect(text('rate-definition')).toBe(RATE_DEFINITION)
  })

  it('asks again for the chosen period and organisation and shows the new figures', async () => {
    const s = statistics()
    const { calls } = await open({
      get_statistics: (args: Record<string, unknown>) => {
        const query = args.query as StatsQuery
        return query.from === '2026-01-01'
          ? {
              ...s,
              mediation: { ...s.mediation, cases: 321, successRate: 0.5, byOrg: [ORG_ROWS[1]] },
            }
          : s
      },
    })
    await typeRange('stats-range', '2026-01-01', '2026-03-31')
    // Nothing is asked until 查询.
    expect(queries(calls)).toHaveLength(1)
    await choose('stats-org', ORG_ROWS[1].name)
    await click('stats-apply')
    expect(queries(calls).at(-1)).toEqual({ from: '2026-01-01', to: '2026-03-31', orgId: 'org-2' })
    expect(value('mediation-cases')).toBe('321')
    expect(value('success-rate')).toBe('50.0%')
    expect(orgRows().map((row) => row[0])).toEqual([ORG_ROWS[1].name, '合计'])

    await choose('stats-org', '全部调解组织')
    await click('stats-apply')
    expect(queries(calls).at(-1)).toEqual({ from: '2026-01-01', to: '2026-03-31' })
  })

  it('lists every organisation with a total row, and sorts by a column', async () => {
    await open()
    expect(orgRows()).toEqual([
      [ORG_ROWS[0].name, '乡镇（街道）', '120', '80', '40', '100', '80', '80.0%'],
      [ORG_ROWS[1].name, '商业综合体', '30', '10', '20', '25', '15', '60.0%'],
      [ORG_ROWS[2].name, '新业态', '0', '0', '0', '0', '0', '—'],
      ['合计', '150', '90', '60', '125', '95', '76.0%'],
    ])
    expect(orgRows()).toHaveLength(ORG_ROWS.length + 1)

    await click('stats-org-sort-offline')
    expect(orgRows().map((row) => row[0])).toEqual([
      ORG_ROWS[0].name,
      ORG_ROWS[1].name,
      ORG_ROWS[2].name,
      '合计',
    ])
    await click('stats-org-sort-offline')
    expect(orgRows().map((row) => row[0])).toEqual([
      ORG_ROWS[2].name,
      ORG_ROWS[1].name,
      ORG_ROWS[0].name,
      '合计',
    ])
    await click('stats-org-sort-rate')
    expect(orgRows().map((row) => row.at(-1))).toEqual(['80.0%', '60.0%', '—', '76.0%'])
  })

  it('draws the charts from the figures', async () => {
    await open()
    for (const name of [
      'monthly',
      'by-category',
      'online-offline',
      'arbitration-status',
      'arbitration-closure',
      'services',
    ]) {
      expect(byTestId(`chart-${name}`), name).not.toBeNull()
    }
    expect(text('chart-monthly')).toContain('调解案件月度趋势')
    const [monthly, category, share, status, closure, services] = chartOptions()
    expect(monthly.xAxis).toMatchObject({ data: ['2026-10', '2026-11'] })
    expect(monthly.series).toMatchObject([
      { type: 'bar', name: '调解案件', data: [100, 90] },
      { type: 'bar', name: '线上调解', data: [60, 50] },
      { type: 'line', name: '达成协议', data: [70, 60] },
    ])
    expect(category.xAxis).toMatchObject({ data: ['乡镇（街道）', '商业综合体'] })
    expect(category.series).toMatchObject([{ data: [900, 334] }, { data: [20, 6] }])
    expect(share.series).toMatchObject([
      {
        type: 'pie',
        data: [
          { name: '线上调解', value: 800 },
          { name: '线下调解', value: 434 },
        ],
      },
    ])
    expect(status.yAxis).toMatchObject({ data: ['已受理', '审理中', '已结案'] })
    expect(closure.series).toMatchObject([{ data: [20, 18, 12] }])
    expect(services.series).toMatchObject([{ data: [3000, 1678, 500, 400, 100] }])
    expect(monthly.animation).toBe(false)
  })

  it('labels the charts and categories in English from their keys', async () => {
    await open({}, { locale: 'en' })
    expect(value('success-rate')).toBe('75.4%')
    expect(orgRows()[1][1]).toBe('Commercial complex')
    const [, category, , status, closure, services] = chartOptions()
    expect(category.xAxis).toMatchObject({ data: ['Township (street)', 'Commercial complex'] })
    expect((status.yAxis as { data: string[] }).data[1]).toBe('In progress')
    expect((closure.yAxis as { data: string[] }).data[0]).not.toBe('调解结案')
    expect((services.yAxis as { data: string[] }).data[0]).toBe('Policy advice')
  })

  it('does nothing when the save dialog is cancelled', async () => {
    const { calls } = await open({ pick_export_path: null, export_statistics: null })
    await exportAs('export-csv-org')
    expect(commands(calls, 'pick_export_path')).toEqual([
      {
        cmd: 'pick_export_path',
        args: {
          format: 'csv',
          suggestedName: `调解统计_${lastTwelveMonths().from}_${shanghaiDate()}`,
        },
      },
    ])
    expect(commands(calls, 'export_statistics')).toEqual([])
    expect(byTestId('export-progress')).toBeNull()
    expect(message('success')).toBe('')
  })

  it('exports the cases to the chosen file, showing the progress', async () => {
    let finish: (result: ExportResult) => void = () => {}
    const { calls } = await open({
      pick_export_path: '/home/li/调解案件明细.csv',
      export_statistics: (args: Record<string, unknown>) => {
        const channel = args.onProgress as { onmessage: (p: ExportProgress) => void }
        channel.onmessage({ done: 3, total: 10 })
        return new Promise<ExportResult>((resolve) => (finish = resolve))
      },
    })
    await exportAs('export-csv-cases')
    const query = { from: lastTwelveMonths().from, to: shanghaiDate() }
    expect(commands(calls, 'pick_export_path')[0].args).toEqual({
      format: 'csv',
      suggestedName: `调解案件明细_${query.from}_${query.to}`,
    })
    expect(commands(calls, 'export_statistics').map((c) => c.args.input)).toEqual([
      {
        query,
        format: 'csv',
        table: 'mediation_cases',
        path: '/home/li/调解案件明细.csv',
      } satisfies ExportInput,
    ])
    expect(text('export-progress')).toContain('3/10')

    finish({ path: '/home/li/调解案件明细.csv', rows: 1234 })
    await settle()
    expect(message('success')).toBe('已导出 1234 行：/home/li/调解案件明细.csv')
    expect(byTestId('export-progress')?.closest('.el-overlay')).toSatisfy(
      (overlay: HTMLElement | null | undefined) => !overlay || overlay.style.display === 'none',
    )
  })

  it('exports every table to Excel for the applied organisation', async () => {
    const { calls } = await open({
      pick_export_path: '/home/li/统计.xlsx',
      export_statistics: { path: '/home/li/统计.xlsx', rows: 45 },
    })
    await choose('stats-org', ORG_ROWS[0].name)
    await click('stats-apply')
    await exportAs('export-xlsx')
    expect(commands(calls, 'pick_export_path')[0].args.format).toBe('xlsx')
    expect(commands(calls, 'export_statistics')[0].args.input).toMatchObject({
      query: { orgId: 'org-1' },
      format: 'xlsx',
      table: 'by_org',
      path: '/home/li/统计.xlsx',
    })
    expect(message('success')).toBe('已导出 45 行：/home/li/统计.xlsx')
  })

  it('exports to a typed path without the native dialog, refusing a relative one', async () => {
    const { calls } = await open({
      export_statistics: (args: Record<string, unknown>) => {
        const input = args.input as ExportInput
        if (input.path.startsWith('/readonly')) {
          throw appError({
            code: 'validation',
            reason: 'write_failed',
            field: 'path',
            message: '无法写入该位置',
          })
        }
        return { path: `${input.path}.csv`, rows: 3 }
      },
    })
    await exportAs('export-to-path')
    const path = () => byTestId('export-path')!.querySelector<HTMLInputElement>('input')!
    const typeIn = async (value: string) => {
      path().value = value
      path().dispatchEvent(new Event('input', { bubbles: true }))
      await flushPromises()
      await click('export-path-confirm')
    }
    await typeIn('统计.csv')
    expect(byTestId('export-path')!.textContent).toContain('请填写完整路径')
    expect(commands(calls, 'export_statistics')).toEqual([])
    await typeIn('/readonly/统计')
    expect(byTestId('export-path')!.textContent).toContain('无法写入该位置')
    await typeIn('/home/li/统计')
    expect(commands(calls, 'pick_export_path')).toEqual([])
    expect(commands(calls, 'export_statistics').at(-1)!.args.input).toMatchObject({
      format: 'csv',
      table: 'by_org',
      path: '/home/li/统计',
    })
    expect(message('success')).toBe('已导出 3 行：/home/li/统计.csv')
  })

  it('says why an export failed', async () => {
    await open({
      pick_export_path: '/readonly/统计.csv',
      export_statistics: () => {
        throw appError({ code: 'storage', reason: 'write_failed', message: '无法写入文件' })
      },
    })
    await exportAs('export-csv-org')
    expect(message('error')).toBe('导出失败：无法写入文件')
  })

  it('prints the report with its period, organisation and time', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    await open()
    await click('stats-print')
    expect(print).toHaveBeenCalledTimes(1)
    const header = text('stats-print-header')
    expect(header).toContain(`统计期间：${lastTwelveMonths().from} 至 ${shanghaiDate()}`)
    expect(header).toContain('调解组织：全部调解组织')
    expect(header).toMatch(/生成时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    vi.unstubAllGlobals()
  })

  it('shows skeletons while loading and says what to do when there is no data', async () => {
    let answer: (s: Statistics) => void = () => {}
    mockCore({
      get_statistics: () => new Promise<Statistics>((resolve) => (answer = resolve)),
      list_mediation_orgs: [],
    })
    const { router } = await mountPage(StatisticsPage, { user: ADMIN, route: '/cases' })
    expect(byTestId('stats-loading')).not.toBeNull()
    answer(emptyStatistics())
    await settle()
    expect(byTestId('stats-loading')).toBeNull()
    expect(text('stats-empty')).toContain('可在“设置”中载入演示数据')
    expect(byTestId('kpi-mediation-cases')).toBeNull()
    await click('stats-empty-demo')
    expect(router.currentRoute.value.name).toBe('settings')
  })

  it('asks others to start recording instead', async () => {
    mockCore({ get_statistics: emptyStatistics(), list_mediation_orgs: [] })
    await mountPage(StatisticsPage, { user: CLERK, route: '/cases' })
    await settle()
    expect(byTestId('stats-empty-demo')).toBeNull()
    expect(text('stats-empty')).toContain('登记调解案件、受理转办事项和服务台账后')
  })
})
