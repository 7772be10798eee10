import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ServicesPage from '../ServicesPage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  fieldErrors,
  inputOf,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import { CLERK, choose, pickDate } from '@/test/hearings'
import type { DateRange } from '@/bindings/DateRange'
import type { PublicityEvent } from '@/bindings/PublicityEvent'
import type { PublicityInput } from '@/bindings/PublicityInput'
import type { ServiceLog } from '@/bindings/ServiceLog'
import type { ServiceLogInput } from '@/bindings/ServiceLogInput'
import { lastTwelveMonths, monthRange } from '@/features/statistics/ranges'
import { shanghaiDate } from '@/utils/format'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
/** The cells of an entry's row. */
const cells = (id: string) =>
  [...(byTestId(`service-row-${id}`)?.closest('tr')?.querySelectorAll('td') ?? [])].map(
    (td) => td.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  )
const rowText = (id: string) => cells(id).join(' ')
/** A total's label and figure. */
const total = (key: string) =>
  [...(byTestId(`service-total-${key}`)?.children ?? [])]
    .map((el) => el.textContent?.trim())
    .join(' ')
const messageBox = () => document.querySelector('.el-message-box')?.textContent ?? ''
const confirmBox = () =>
  click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)

const TODAY = shanghaiDate()
const MONTH = TODAY.slice(0, 7)
const day = (d: string) => `${MONTH}-${d}`

const log = (partial: Partial<ServiceLog> & Pick<ServiceLog, 'id'>): ServiceLog => ({
  onDate: day('01'),
  kind: 'consultation',
  count: 5,
  note: '',
  createdByName: '李书记',
  ...partial,
})

const LOGS: ServiceLog[] = [
  log({ id: 's-1', onDate: day('01'), kind: 'consultation', count: 12, note: '政策咨询引导' }),
  log({ id: 's-2', onDate: day('01'), kind: 'social_security_card', count: 7 }),
  log({ id: 's-3', onDate: day('01'), kind: 'consultation', count: 3 }),
  log({ id: 's-4', onDate: day('01'), kind: 'self_service', count: 1234 }),
]

/** Types a number into an `el-input-number` and commits it, as leaving the field does. */
async function typeNumber(testId: string, value: string): Promise<void> {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await flushPromises()
}

async function open(core: Record<string, unknown>, user = CLERK) {
  const calls = mockCore({ list_service_logs: LOGS, ...core })
  const mounted = await mountPage(ServicesPage, { user, route: '/settings' })
  return { calls, ...mounted }
}

describe('ServicesPage · 服务台账', { timeout: 30_000 }, () => {
  it('lists this month’s entries with their totals by kind', async () => {
    const { calls } = await open({})
    expect(byTestId('services-page')).not.toBeNull()
    expect(commands(calls, 'list_service_logs')).toEqual([
      { cmd: 'list_service_logs', args: { within: monthRange(MONTH) satisfies DateRange } },
    ])
    expect(cells('s-1')).toEqual([day('01'), '政策咨询', '12', '政策咨询引导', '李书记', '删除'])
    expect(rowText('s-2')).toContain('社保卡服务')
    expect(rowText('s-4')).toContain('1,234')
    // An empty note shows the placeholder dash.
    expect(rowText('s-3')).toContain('—')
    expect(total('all')).toBe('本月合计 1,256')
    expect(total('consultation')).toBe('政策咨询 15')
    expect(total('social_security_card')).toBe('社保卡服务 7')
    expect(total('elderly_special')).toBe('老年人及特殊群体服务 0')
    expect(total('self_service')).toBe('自助设备帮办 1,234')
    expect(total('other')).toBe('其他服务 0')
  })

  it('asks for another month when one is picked', async () => {
    const { calls } = await open({})
    const previous = `${Number(MONTH.slice(0, 4)) - 1}-02`
    await pickDate('service-month', previous)
    expect(commands(calls, 'list_service_logs').at(-1)?.args.within).toEqual({
      from: `${previous}-01`,
      to: monthRange(previous).to,
    })
  })

  it('records an entry and adds it to the month and its totals', async () => {
    const { calls } = await open({
      list_service_logs: [],
      log_service: (args: Record<string, unknown>) => {
        const input = args.input as ServiceLogInput
        return log({ id: 's-new', ...input, createdByName: CLERK.displayName })
      },
    })
    expect(text('service-empty')).toContain('本月还没有登记服务')
    await click('service-new')
    expect(byTestId('service-form')).not.toBeNull()
    expect(inputOf('service-date').value).toBe(TODAY)
    await choose('service-kind', '老年人及特殊群体服务')
    await typeNumber('service-count', '18')
    await typeInto('service-note', ' 帮办代办 ')
    await click('service-submit')

    expect(commands(calls, 'log_service')).toEqual([
      {
        cmd: 'log_service',
        args: {
          input: {
            onDate: TODAY,
            kind: 'elderly_special',
            count: 18,
            note: '帮办代办',
          } satisfies ServiceLogInput,
        },
      },
    ])
    expect(cells('s-new')).toEqual([
      TODAY,
      '老年人及特殊群体服务',
      '18',
      '帮办代办',
      '李书记',
      '删除',
    ])
    expect(total('elderly_special')).toBe('老年人及特殊群体服务 18')
    expect(total('all')).toBe('本月合计 18')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      `已登记：${TODAY} 老年人及特殊群体服务 18 人次`,
    )
  })

  it('asks for the kind before sending, and shows the core’s error under its field', async () => {
    const { calls } = await open({
      log_service: () => {
        throw appError({
          code: 'validation',
          reason: 'date_in_future',
          field: 'onDate',
          message: '服务日期不能晚于今天',
        })
      },
    })
    await click('service-new')
    await click('service-submit')
    expect(commands(calls, 'log_service')).toEqual([])
    expect(fieldErrors()).toEqual(['请选择服务类别'])
    expect(text('service-kind')).toContain('请选择服务类别')

    await choose('service-kind', '政策咨询')
    await click('service-submit')
    expect(commands(calls, 'log_service')).toHaveLength(1)
    expect(byTestId('service-date')?.classList).toContain('is-error')
    expect(text('service-date')).toContain('服务日期不能晚于今天')
    expect(byTestId('service-error')).toBeNull()
    // The dialog stays open with what was entered.
    expect(byTestId('service-form')).not.toBeNull()
  })

  it('deletes an entry made in error after confirming, and recounts', async () => {
    const { calls } = await open({ remove_service_log: null })
    await click('service-delete-s-1')
    expect(messageBox()).toContain('删除误登记的记录？删除会记入审计日志')
    expect(messageBox()).toContain(`${day('01')} 政策咨询 12 人次`)
    expect(commands(calls, 'remove_service_log')).toEqual([])
    await confirmBox()
    expect(commands(calls, 'remove_service_log')).toEqual([
      { cmd: 'remove_service_log', args: { id: 's-1' } },
    ])
    expect(byTestId('service-row-s-1')).toBeNull()
    expect(total('consultation')).toBe('政策咨询 3')
    expect(total('all')).toBe('本月合计 1,244')
  })

  it('keeps the entry when the confirmation is cancelled', async () => {
    const { calls } = await open({ remove_service_log: null })
    await click('service-delete-s-2')
    await click(
      document.querySelector<HTMLElement>(
        '.el-message-box__btns .el-button:not(.el-button--primary)',
      )!,
    )
    expect(commands(calls, 'remove_service_log')).toEqual([])
    expect(byTestId('service-row-s-2')).not.toBeNull()
  })
})

describe('ServicesPage · 宣传活动', { timeout: 30_000 }, () => {
  const EVENT: PublicityEvent = {
    id: 'p-1',
    heldOn: '2026-03-15',
    place: '西峰区南街社区广场',
    topic: '根治欠薪政策宣讲',
    participants: 1200,
    createdByName: '王管理',
  }

  it('lists the events of the last twelve months and records a new one', async () => {
    const { calls } = await open(
      {
        list_publicity: [EVENT],
        record_publicity: (args: Record<string, unknown>) => ({
          ...(args.input as PublicityInput),
          id: 'p-2',
          createdByName: ADMIN.displayName,
        }),
      },
      ADMIN,
    )
    // Not asked until the tab is opened.
    expect(commands(calls, 'list_publicity')).toEqual([])
    await click('publicity-tab')
    expect(commands(calls, 'list_publicity')).toEqual([
      { cmd: 'list_publicity', args: { within: lastTwelveMonths() } },
    ])
    const row = byTestId('publicity-row-p-1')?.closest('tr')?.textContent ?? ''
    expect(row).toContain('西峰区南街社区广场')
    expect(row).toContain('根治欠薪政策宣讲')
    expect(row).toContain('1,200')
    expect(text('publicity-summary')).toBe('共 1 场，参加 1,200 人次')

    await click('publicity-new')
    expect(byTestId('publicity-form')).not.toBeNull()
    await click('publicity-submit')
    expect(fieldErrors()).toEqual(['请填写活动地点', '请填写活动主题'])
    expect(commands(calls, 'record_publicity')).toEqual([])

    await typeInto('publicity-place', '庆阳市人力资源市场')
    await typeInto('publicity-topic', '劳动合同法宣传')
    await typeNumber('publicity-participants', '85')
    await click('publicity-submit')
    expect(commands(calls, 'record_publicity')).toEqual([
      {
        cmd: 'record_publicity',
        args: {
          input: {
            heldOn: TODAY,
            place: '庆阳市人力资源市场',
            topic: '劳动合同法宣传',
            participants: 85,
          } satisfies PublicityInput,
        },
      },
    ])
    await settle()
    expect(byTestId('publicity-row-p-2')?.closest('tr')?.textContent).toContain('劳动合同法宣传')
    expect(text('publicity-summary')).toBe('共 2 场，参加 1,285 人次')
  })
})
