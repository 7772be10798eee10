import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import CalendarPage from '../CalendarPage.vue'
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
import type { CalendarDay } from '@/bindings/CalendarDay'
import type { CalendarYear } from '@/bindings/CalendarYear'
import type { CalendarYearInput } from '@/bindings/CalendarYearInput'

const SOURCE_2026 = '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'
const SOURCE_2027 = '国务院办公厅关于2027年部分节假日安排的通知'

function range(name: string, from: string, to: string): CalendarDay[] {
  const out: CalendarDay[] = []
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`);) {
    out.push({ day: d.toISOString().slice(0, 10), kind: 'holiday', name })
    d = new Date(d.getTime() + 86_400_000)
  }
  return out
}

const work = (day: string, name: string): CalendarDay => ({ day, kind: 'workday', name })

/** The 2026 schedule as published (domain doc holidays-cn.md). */
function days2026(): CalendarDay[] {
  return [
    ...range('元旦', '2026-01-01', '2026-01-03'),
    work('2026-01-04', '元旦'),
    work('2026-02-14', '春节'),
    ...range('春节', '2026-02-15', '2026-02-23'),
    work('2026-02-28', '春节'),
    ...range('清明节', '2026-04-04', '2026-04-06'),
    ...range('劳动节', '2026-05-01', '2026-05-05'),
    work('2026-05-09', '劳动节'),
    ...range('端午节', '2026-06-19', '2026-06-21'),
    work('2026-09-20', '国庆节'),
    ...range('中秋节', '2026-09-25', '2026-09-27'),
    ...range('国庆节', '2026-10-01', '2026-10-07'),
    work('2026-10-10', '国庆节'),
  ]
}

function summary(year: number, source: string, days: CalendarDay[]): CalendarYear {
  const holidays = days.filter((d) => d.kind === 'holiday').length
  return {
    year,
    source,
    holidays,
    workdays: days.length - holidays,
    updatedAt: '2025-11-05T02:30:00Z',
  }
}

/** A fake core holding the calendar: `set_calendar_year` replaces a year as the core does. */
function calendarCore(
  options: {
    years?: Record<number, { source: string; days: CalendarDay[] }>
    setYear?: (input: CalendarYearInput) => void
  } = {},
) {
  const store = new Map(
    Object.entries(
      options.years ?? {
        2026: { source: SOURCE_2026, days: days2026() },
        2025: { source: '国务院办公厅关于2025年部分节假日安排的通知', days: [] },
      },
    ).map(([year, entry]) => [Number(year), entry]),
  )
  return mockCore({
    list_calendar_years: () =>
      [...store.entries()]
        .sort(([a], [b]) => b - a)
        .map(([year, entry]) => summary(year, entry.source, entry.days)),
    calendar_year_days: (args: Record<string, unknown>) =>
      store.get(args.year as number)?.days ?? [],
    set_calendar_year: (args: Record<string, unknown>) => {
      const input = args.input as CalendarYearInput
      options.setYear?.(input)
      store.set(input.year, { source: input.source, days: input.days })
      return { ...summary(input.year, input.source, input.days), updatedAt: '2026-11-29T03:00:00Z' }
    },
  })
}

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)

async function mountCalendar() {
  return mountPage(CalendarPage, { user: ADMIN, route: '/admin-calendar' })
}

/** Types a date into an Element date picker (its input commits on `change`). */
async function pickDate(testId: string, value: string): Promise<void> {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await settle()
}

function rowDates(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-testid^="calendar-row-"]')]
    .filter((el) => /^calendar-row-\d+$/.test(el.dataset.testid ?? ''))
    .map((row) => row.querySelector<HTMLInputElement>('.day-row__date input')?.value ?? '')
}

const dayCell = (day: string) =>
  document.querySelector<HTMLElement>(`[data-testid="calendar-year-view"] [data-day="${day}"]`)

const messageBox = () => document.querySelector('.el-message-box')
const confirmBox = () =>
  click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)

beforeEach(() => {
  // 2026-11-29 10:00 in Shanghai: 2026 is covered, 2027 is not yet.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-29T02:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

// The dialog mounts forty rows of Element inputs; happy-dom is slow at that on two cores.
describe('CalendarPage', { timeout: 60_000 }, () => {
  it('lists the covered years and warns that next year is missing', async () => {
    calendarCore()
    await mountCalendar()

    const row = byTestId('calendar-year-2026')!.closest('tr')!
    expect(row.textContent).toContain(SOURCE_2026)
    expect(row.textContent).toContain('33 天')
    expect(row.textContent).toContain('6 天')
    expect(row.textContent).toContain('2025-11-05 10:30')
    expect(byTestId('calendar-year-2025')).not.toBeNull()
    expect(byTestId('calendar-edit-2026')).not.toBeNull()

    const warning = byTestId('calendar-coverage')!
    expect(warning.classList).toContain('el-alert--warning')
    expect(warning.textContent).toContain('尚未录入 2027 年的节假日安排')
    expect(warning.textContent).toContain('只按周六、周日休息计算')
    expect(warning.textContent).not.toContain('2026')

    // The button opens the dialog for that year.
    await click('calendar-coverage-add')
    expect(inputOf('calendar-form-year').value).toBe('2027')
    expect(inputOf('calendar-form-year').disabled).toBe(false)
  })

  it('says nothing about coverage when next year is entered, and guides an empty start', async () => {
    calendarCore({
      years: {
        2027: { source: SOURCE_2027, days: [] },
        2026: { source: SOURCE_2026, days: days2026() },
      },
    })
    await mountCalendar()
    expect(byTestId('calendar-coverage')).toBeNull()

    calendarCore({ years: {} })
    await click(
      document.querySelector<HTMLElement>('.toolbar .el-button:not(.el-button--primary)')!,
    )
    expect(byTestId('calendar-empty')?.textContent).toContain('新增年度')
    expect(byTestId('calendar-coverage')?.textContent).toContain('2026、2027')
    expect(byTestId('calendar-view')).toBeNull()
  })

  it('shows the selected year as twelve months with holidays and make-up days marked', async () => {
    calendarCore()
    await mountCalendar()

    const view = byTestId('calendar-year-view')!
    expect(view.querySelectorAll('.mini-month')).toHaveLength(12)
    // Monday first: 2026-01-01 is a Thursday, after three blanks.
    const january = [...view.querySelectorAll('.mini-month')[0].querySelectorAll('.mini-day')]
    expect(january.findIndex((cell) => cell.getAttribute('data-day') === '2026-01-01')).toBe(3)

    const nationalDay = dayCell('2026-10-01')!
    expect(nationalDay.classList).toContain('is-holiday')
    expect(nationalDay.classList).not.toContain('is-workday')
    expect(nationalDay.getAttribute('title')).toContain('国庆节')

    const makeUp = dayCell('2026-10-10')!
    expect(makeUp.classList).toContain('is-workday')
    expect(makeUp.classList).not.toContain('is-holiday')
    expect(makeUp.textContent).toContain('班')

    expect(dayCell('2026-10-17')!.classList).toContain('is-weekend') // a plain Saturday
    expect(dayCell('2026-10-17')!.classList).not.toContain('is-holiday')
    const monday = dayCell('2026-10-12')!.classList
    expect([...monday].filter((c) => c.startsWith('is-'))).toEqual([])
    expect(view.querySelectorAll('.mini-day.is-holiday')).toHaveLength(33)
    expect(view.querySelectorAll('.mini-day.is-workday')).toHaveLength(6)

    // The list of special days: date, weekday, kind, name.
    const listRow = byTestId('calendar-day-2026-10-10')!.closest('tr')!
    expect(listRow.textContent).toContain('星期六')
    expect(listRow.textContent).toContain('调休上班')
    expect(listRow.textContent).toContain('国庆节')
    expect(listRow.querySelector('.el-tag')?.classList).toContain('el-tag--warning')
    expect(byTestId('calendar-day-2026-10-01')!.closest('tr')!.textContent).toContain('放假')
  })

  it('switches the view to the year clicked', async () => {
    const calls = calendarCore()
    await mountCalendar()
    await click('calendar-year-2025')
    expect(commands(calls, 'calendar_year_days').at(-1)?.args).toEqual({ year: 2025 })
    expect(byTestId('calendar-view')?.textContent).toContain('2025 年节假日安排')
    expect(document.querySelectorAll('.mini-day.is-holiday')).toHaveLength(0)
    expect(byTestId('calendar-view')?.textContent).toContain('没有录入放假或调休上班日期')
  })

  it('expands a holiday range into one row per day', async () => {
    calendarCore()
    await mountCalendar()
    await click('calendar-add')
    expect(inputOf('calendar-form-year').value).toBe('2027')
    expect(byTestId('calendar-rows-empty')).not.toBeNull()

    await typeInto('calendar-range-name', '春节')
    await pickDate('calendar-range-start', '2027-02-05')
    await pickDate('calendar-range-end', '2027-02-11')
    await click('calendar-range-add')

    expect(rowDates()).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ])
    const names = [...document.querySelectorAll<HTMLInputElement>('.day-row__name input')]
    expect(names.map((input) => input.value)).toEqual(Array(7).fill('春节'))
    const kinds = [...document.querySelectorAll('[data-testid$="-kind"]')].map(
      (el) => el.textContent,
    )
    expect(kinds.every((text) => text?.includes('放假'))).toBe(true)
    expect(byTestId('calendar-range-note')?.textContent).toContain('已加入 春节 7 天')
    // The helper is cleared for the next holiday.
    expect(inputOf('calendar-range-name').value).toBe('')

    // A range the wrong way round is refused with a message.
    await typeInto('calendar-range-name', '元旦')
    await pickDate('calendar-range-start', '2027-01-03')
    await pickDate('calendar-range-end', '2027-01-01')
    await click('calendar-range-add')
    expect(byTestId('calendar-range-error')?.textContent).toContain('结束日期不能早于开始日期')
    expect(rowDates()).toHaveLength(7)
  })

  it('enters a new year and sends the whole list', async () => {
    const calls = calendarCore()
    await mountCalendar()
    await click('calendar-add')
    await typeInto('calendar-form-source', `  ${SOURCE_2027} `)
    await typeInto('calendar-range-name', '元旦')
    await pickDate('calendar-range-start', '2027-01-01')
    await pickDate('calendar-range-end', '2027-01-03')
    await click('calendar-range-add')
    await click('calendar-row-add') // a make-up working day, kind preset
    await pickDate('calendar-row-3-date', '2027-01-09')
    await typeInto('calendar-row-3-name', '元旦')
    await click('calendar-save')

    // A new year: nothing to replace, so no confirmation.
    expect(messageBox()).toBeNull()
    expect(commands(calls, 'set_calendar_year')).toEqual([
      {
        cmd: 'set_calendar_year',
        args: {
          input: {
            year: 2027,
            source: SOURCE_2027,
            days: [
              { day: '2027-01-01', kind: 'holiday', name: '元旦' },
              { day: '2027-01-02', kind: 'holiday', name: '元旦' },
              { day: '2027-01-03', kind: 'holiday', name: '元旦' },
              { day: '2027-01-09', kind: 'workday', name: '元旦' },
            ],
          },
        },
      },
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已保存 2027 年节假日安排：放假 3 天，调休上班 1 天',
    )
    // The table is refreshed, the warning gone, and the new year shown.
    expect(commands(calls, 'list_calendar_years')).toHaveLength(2)
    expect(byTestId('calendar-year-2027')).not.toBeNull()
    expect(byTestId('calendar-coverage')).toBeNull()
    expect(byTestId('calendar-view')?.textContent).toContain('2027 年节假日安排')
    expect(dayCell('2027-01-09')?.classList).toContain('is-workday')
  })

  it('checks rows before sending: a make-up day must be a weekend', async () => {
    const calls = calendarCore()
    await mountCalendar()
    await click('calendar-add')
    await typeInto('calendar-form-source', SOURCE_2027)
    await click('calendar-row-add')
    await pickDate('calendar-row-0-date', '2027-01-08') // a Friday
    await typeInto('calendar-row-0-name', '元旦')
    await click('calendar-row-add')
    await pickDate('calendar-row-1-date', '2027-01-08')
    await typeInto('calendar-row-1-name', '元旦')
    await click('calendar-save')

    expect(commands(calls, 'set_calendar_year')).toEqual([])
    expect(byTestId('calendar-row-0-error')?.textContent).toContain(
      '调休上班日应为周六或周日，2027-01-08（星期五）本来就是工作日',
    )
    expect(byTestId('calendar-row-1-error')?.textContent).toContain('与第 1 行日期重复')
    expect(byTestId('calendar-row-0')?.classList).toContain('is-error')
  })

  it('puts a core rejection of days.1 under that row', async () => {
    const calls = calendarCore({
      setYear: (input) => {
        if (input.year === 2026) {
          throw appError({
            code: 'validation',
            reason: 'workday_not_weekend',
            message: '第 2 行：调休上班日应为周六或周日，2026-01-04 本来就是工作日',
            field: 'days.1',
          })
        }
      },
    })
    await mountCalendar()
    await click('calendar-edit-2026')
    expect(inputOf('calendar-form-year').disabled).toBe(true)
    expect(inputOf('calendar-form-source').value).toBe(SOURCE_2026)
    expect(rowDates()).toHaveLength(39)

    await click('calendar-save')
    expect(messageBox()?.textContent).toContain('将替换 2026 年的全部节假日安排')
    await confirmBox()

    expect(commands(calls, 'set_calendar_year')).toHaveLength(1)
    const row = byTestId('calendar-row-1')!
    expect(row.classList).toContain('is-error')
    expect(byTestId('calendar-row-1-error')?.textContent).toContain('调休上班日应为周六或周日')
    expect(byTestId('calendar-row-0')?.classList).not.toContain('is-error')
    expect(byTestId('calendar-row-2')?.classList).not.toContain('is-error')
    expect(document.querySelectorAll('.day-row.is-error')).toHaveLength(1)
    // The dialog stays open for the correction; nothing was reported as saved.
    expect(byTestId('calendar-save')).not.toBeNull()
    expect(document.querySelector('.el-message--success')).toBeNull()

    // Editing the row clears its message.
    await typeInto('calendar-row-1-name', '元旦调休')
    expect(byTestId('calendar-row-1-error')).toBeNull()
  })

  it('replaces an existing year only after confirmation', async () => {
    const calls = calendarCore()
    await mountCalendar()
    await click('calendar-edit-2026')
    await click('calendar-row-0-remove')
    await click('calendar-save')
    expect(messageBox()?.textContent).toContain(
      '原为放假 33 天、调休上班 6 天，保存后为放假 32 天、调休上班 6 天',
    )
    await click(
      document.querySelector<HTMLElement>(
        '.el-message-box__btns .el-button:not(.el-button--primary)',
      )!,
    )
    expect(commands(calls, 'set_calendar_year')).toEqual([])

    await click('calendar-save')
    await confirmBox()
    const sent = commands(calls, 'set_calendar_year')[0]?.args.input as CalendarYearInput
    expect(sent.year).toBe(2026)
    expect(sent.days).toHaveLength(38)
    expect(sent.days[0]).toEqual({ day: '2026-01-02', kind: 'holiday', name: '元旦' })
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已保存 2026 年节假日安排：放假 32 天，调休上班 6 天',
    )
  })

  it('shows a refusal that names no field above the buttons', async () => {
    mockCore({
      list_calendar_years: [],
      calendar_year_days: [],
      set_calendar_year: () => {
        throw appError({ code: 'forbidden', reason: 'forbidden', message: '无权限' })
      },
    })
    await mountCalendar()
    await click('calendar-add')
    await typeInto('calendar-form-source', SOURCE_2027)
    await click('calendar-save')
    expect(byTestId('calendar-form-error')?.textContent).toContain('您没有执行此操作的权限')
  })
})
