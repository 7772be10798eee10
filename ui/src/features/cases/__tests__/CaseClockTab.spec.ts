import { describe, expect, it } from 'vitest'
import CaseFilePage from '../CaseFilePage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  inputOf,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import { caseFile } from '@/test/cases'
import type { CaseClock } from '@/bindings/CaseClock'
import type { CaseFile } from '@/bindings/CaseFile'
import type { Deadline } from '@/bindings/Deadline'
import type { SessionUser } from '@/bindings/SessionUser'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

const ACCEPTED: CaseFile = caseFile(
  {},
  { status: 'accepted', caseNo: '西劳人仲案字〔2025〕第15号', acceptedOn: '2025-10-10' },
)

function deadline(partial: Partial<Deadline> & Pick<Deadline, 'code' | 'title' | 'status'>) {
  return {
    basis: '《劳动争议调解仲裁法》第三十条',
    countedFrom: null,
    due: null,
    doneOn: null,
    daysLeft: null,
    days: 5,
    dayCount: 'working',
    uncoveredYears: [],
    note: '',
    ...partial,
  } satisfies Deadline
}

/** One deadline in each status but paused (a suspended clock has its own test). */
const CLOCK: CaseClock = {
  caseId: 'case-1',
  suspended: false,
  awardOverdue: false,
  deadlines: [
    deadline({
      code: 'T2',
      title: '受理审查：作出受理或不予受理决定',
      status: 'met',
      countedFrom: '2025-10-09',
      due: '2025-10-16',
      doneOn: '2025-10-10',
    }),
    deadline({
      code: 'T4',
      title: '向被申请人送达仲裁申请书副本',
      status: 'overdue',
      countedFrom: '2025-10-10',
      due: '2025-10-17',
      daysLeft: -3,
    }),
    deadline({
      code: 'T5',
      title: '被申请人答辩期',
      status: 'expired',
      days: 10,
      countedFrom: '2025-10-11',
      due: '2025-10-27',
      note: '自被申请人收到申请书副本之日起算',
    }),
    deadline({ code: 'T8', title: '反申请受理审查', status: 'waived' }),
    deadline({
      code: 'T10',
      title: '组成仲裁庭并书面通知当事人',
      status: 'met_late',
      due: '2025-10-17',
      doneOn: '2025-10-20',
    }),
    deadline({ code: 'T13', title: '开庭通知送达（开庭五日前）', status: 'not_started' }),
    deadline({
      code: 'T16',
      title: '审理期限：作出裁决',
      status: 'pending',
      days: 45,
      dayCount: 'calendar',
      countedFrom: '2025-10-10',
      due: '2025-11-24',
      daysLeft: 20,
      uncoveredYears: [2026],
    }),
  ],
}

async function open(
  file: CaseFile = ACCEPTED,
  clock: CaseClock = CLOCK,
  core: Record<string, unknown> = {},
  user: SessionUser = CLERK,
  locale: 'zh-CN' | 'en' = 'zh-CN',
) {
  const calls = mockCore({ get_case: file, case_clock: clock, ...core })
  const mounted = await mountPage(CaseFilePage, {
    user,
    locale,
    route: `/cases/${file.summary.id}`,
    props: { id: file.summary.id },
  })
  return { calls, ...mounted }
}

/** Opens an el-select inside `[data-testid=testId]` and picks the option labelled `label`. */
async function choose(testId: string, label: string): Promise<void> {
  const item = byTestId(testId)
  await click(item!.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item!.querySelector('input')!.getAttribute('aria-controls')!
  const options = [
    ...document.getElementById(listbox)!.querySelectorAll('.el-select-dropdown__item'),
  ]
  const option = options.find((el) => el.textContent?.trim() === label)
  if (!option) throw new Error(`no option ${label} in ${testId}`)
  await click(option as HTMLElement)
}

function optionLabels(testId: string): string[] {
  const listbox = byTestId(testId)!.querySelector('input')!.getAttribute('aria-controls')!
  return [...document.getElementById(listbox)!.querySelectorAll('.el-select-dropdown__item')].map(
    (el) => el.textContent?.trim() ?? '',
  )
}

/** Types into an el-input-number (it commits on `change`). */
async function typeNumber(testId: string, value: string): Promise<void> {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await settle()
}

describe('the 期限 tab', () => {
  it('lists every deadline with its period, due date and a status colour', async () => {
    const { calls } = await open()
    expect(commands(calls, 'case_clock')).toEqual([
      { cmd: 'case_clock', args: { caseId: 'case-1' } },
    ])
    await click('case-tab-clock')

    const expected: [string, string, string][] = [
      ['T2', '按期完成', 'el-tag--success'],
      ['T4', '已逾期', 'el-tag--danger'],
      ['T5', '已届满', 'el-tag--info'],
      ['T8', '已放弃', 'el-tag--info'],
      ['T10', '逾期完成', 'el-tag--warning'],
      ['T13', '未开始', 'el-tag--info'],
      ['T16', '进行中', 'el-tag--primary'],
    ]
    for (const [code, label, colour] of expected) {
      expect(byTestId(`clock-row-${code}`), code).not.toBeNull()
      expect(text(`clock-status-${code}`), code).toBe(label)
      expect(byTestId(`clock-status-${code}`)?.classList, code).toContain(colour)
    }
    const rows = [...document.querySelectorAll('[data-testid^="clock-row-"]')].map((row) =>
      row.getAttribute('data-testid'),
    )
    expect(rows).toEqual(expected.map(([code]) => `clock-row-${code}`))

    expect(text('clock-row-T2')).toContain('受理审查：作出受理或不予受理决定')
    expect(text('clock-row-T2')).toContain('5 个工作日')
    expect(text('clock-row-T2')).toContain('2025-10-16')
    expect(text('clock-row-T5')).toContain('10 个工作日')
    expect(text('clock-row-T5')).toContain('自被申请人收到申请书副本之日起算')
    expect(text('clock-row-T16')).toContain('45 个自然日')
    expect(text('clock-row-T16')).toContain('还剩 20 天')
    expect(text('clock-row-T4')).toContain('已逾期 3 天')
    // Not covered by the holiday calendar: said so, on that row only.
    expect(byTestId('clock-uncovered-T16')).not.toBeNull()
    expect(text('clock-row-T16')).toContain('未录入 2026 年的节假日安排')
    expect(byTestId('clock-uncovered-T2')).toBeNull()
  })

  it('shows the most urgent deadline in the header, and 逾期 when the award is late', async () => {
    await open(ACCEPTED, { ...CLOCK, awardOverdue: true })
    expect(text('case-next-deadline')).toContain('向被申请人送达仲裁申请书副本')
    expect(text('case-next-deadline')).toContain('2025-10-17')
    expect(text('case-next-deadline')).toContain('已逾期 3 天')
    expect(text('case-overdue')).toBe('逾期')
    expect(byTestId('case-overdue')?.classList).toContain('el-tag--danger')
  })

  it('shows the next pending deadline with the days left, and no 逾期 tag in time', async () => {
    const onTime: CaseClock = {
      ...CLOCK,
      deadlines: CLOCK.deadlines.filter((d) => d.status !== 'overdue'),
    }
    await open(ACCEPTED, onTime)
    expect(text('case-next-deadline')).toContain('审理期限：作出裁决')
    expect(text('case-next-deadline')).toContain('还剩 20 天')
    expect(byTestId('case-overdue')).toBeNull()
  })

  it('marks a suspended case and its paused time limit', async () => {
    const paused: CaseClock = {
      ...CLOCK,
      suspended: true,
      deadlines: [
        deadline({ code: 'T16', title: '审理期限：作出裁决', status: 'paused', days: 45 }),
      ],
    }
    await open(ACCEPTED, paused)
    expect(text('case-suspended')).toBe('中止审理中')
    await click('case-tab-clock')
    expect(text('clock-status-T16')).toBe('已中止')
    expect(byTestId('clock-status-T16')?.classList).toContain('el-tag--warning')
    expect(text('clock-suspended')).toContain('恢复审理')
  })

  it('names the deadlines by code in English', async () => {
    await open(ACCEPTED, CLOCK, {}, CLERK, 'en')
    await click('case-tab-clock')
    expect(text('clock-row-T4')).toContain('Serve the application copy on the respondent')
    expect(text('clock-row-T4')).not.toContain('向被申请人送达')
    expect(text('clock-status-T4')).toBe('Overdue')
    expect(text('clock-row-T16')).toContain('45 calendar days')
  })

  it('lets mediators read the clock but not record events', async () => {
    await open(ACCEPTED, CLOCK, {}, MEDIATOR)
    await click('case-tab-clock')
    expect(byTestId('clock-row-T16')).not.toBeNull()
    expect(byTestId('clock-record')).toBeNull()
  })
})

describe('登记事项', () => {
  it('offers only 补正齐全 before acceptance', async () => {
    await open(caseFile(), {
      ...CLOCK,
      deadlines: [deadline({ code: 'T2', title: '受理审查', status: 'pending', daysLeft: 3 })],
    })
    await click('case-tab-clock')
    await click('clock-record')
    await click(byTestId('event-kind')!.querySelector<HTMLElement>('.el-select__wrapper')!)
    expect(optionLabels('event-kind')).toEqual(['申请材料补正齐全'])
  })

  it('records an extension with its days and approver, then reloads the file and clock', async () => {
    const { calls } = await open(ACCEPTED, CLOCK, { record_case_event: null })
    await click('case-tab-clock')
    await click('clock-record')
    await choose('event-kind', '延长审理期限')
    expect(text('event-hint')).toContain('不得超过十五日')
    expect(byTestId('event-ground')).toBeNull()

    // Nothing is sent without the days and the approver.
    await click('event-confirm')
    expect(commands(calls, 'record_case_event')).toEqual([])
    expect(text('event-days')).toContain('请填写延长天数')
    expect(text('event-approver')).toContain('请填写批准人')

    await typeNumber('event-days', '10')
    await typeInto('event-approver', '李主任')
    await typeInto('event-detail', '案情复杂，需要补充鉴定')
    await click('event-confirm')

    expect(commands(calls, 'record_case_event')).toEqual([
      {
        cmd: 'record_case_event',
        args: {
          caseId: 'case-1',
          input: {
            kind: 'extension_approved',
            onDate: shanghaiDate(),
            detail: '案情复杂，需要补充鉴定',
            approver: '李主任',
            days: 10,
          },
        },
      },
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已登记：延长审理期限',
    )
    expect(commands(calls, 'get_case')).toHaveLength(2)
    expect(commands(calls, 'case_clock')).toHaveLength(2)
  })

  it('shows the core’s approver error under the approver', async () => {
    const { calls } = await open(ACCEPTED, CLOCK, {
      record_case_event: () => {
        throw appError({
          code: 'validation',
          reason: 'approver_required',
          field: 'approver',
          message: '延长审理期限须经仲裁委员会主任或其授权的仲裁院院长书面批准，请填写批准人',
        })
      },
    })
    await click('case-tab-clock')
    await click('clock-record')
    await choose('event-kind', '延长审理期限')
    await typeNumber('event-days', '15')
    await typeInto('event-approver', '？')
    await click('event-confirm')

    expect(commands(calls, 'record_case_event')).toHaveLength(1)
    expect(byTestId('event-approver')?.classList).toContain('is-error')
    expect(text('event-approver')).toContain('请填写批准人（仲裁委员会主任或其授权的仲裁院院长）')
    expect(byTestId('event-error')).toBeNull()
    // The dialog stays open and nothing was reloaded.
    expect(byTestId('event-confirm')).not.toBeNull()
    expect(commands(calls, 'case_clock')).toHaveLength(1)
  })

  it('asks a suspension for its ground of Art. 47 and sends no days', async () => {
    const { calls } = await open(ACCEPTED, CLOCK, { record_case_event: null })
    await click('case-tab-clock')
    await click('clock-record')
    await choose('event-kind', '中止审理')
    expect(byTestId('event-days')).toBeNull()
    await choose('event-ground', '案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论')
    await typeInto('event-approver', '李主任')
    await click('event-confirm')
    expect(commands(calls, 'record_case_event').map((c) => c.args.input)).toEqual([
      {
        kind: 'suspended',
        onDate: shanghaiDate(),
        detail: '',
        approver: '李主任',
        ground: 'awaiting_determination',
      },
    ])
  })

  it('puts a refusal without a field above the buttons', async () => {
    await open(ACCEPTED, CLOCK, {
      record_case_event: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'not_served',
          message: '尚未登记被申请人收到申请书副本，答辩期尚未开始',
        })
      },
    })
    await click('case-tab-clock')
    await click('clock-record')
    await choose('event-kind', '收到答辩书')
    await click('event-confirm')
    expect(text('event-error')).toContain('尚未登记被申请人收到申请书副本')
  })
})
