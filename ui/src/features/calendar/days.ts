/**
 * Plain-date arithmetic for the holiday calendar. Dates are `YYYY-MM-DD` strings with no
 * time zone: every computation runs on UTC midnight, so no local offset can shift a day.
 * The checks mirror the core's `calendar::validate` (same order, same reasons).
 */
import type { CalendarDay } from '@/bindings/CalendarDay'
import type { DayKind } from '@/bindings/DayKind'

export const MIN_YEAR = 2000
export const MAX_YEAR = 2100
export const NAME_MAX_LENGTH = 40
/** A holiday range longer than this is almost certainly a typo (the longest is 9 days). */
export const MAX_RANGE_DAYS = 31

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** Monday = 0 … Sunday = 6 (the week starts on Monday in China). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number]

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** A text field's value, trimmed; pickers and inputs may hold `null` after clearing. */
export function dayText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

/**
 * A typed date in the usual written forms (`2027-1-9`, `2027/01/09`, `2027.1.9`,
 * `2027年1月9日`) as `YYYY-MM-DD`; anything else is returned trimmed, unchanged.
 */
export function normaliseDay(value: unknown): string {
  const text = dayText(value)
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text)
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : text
}

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** Milliseconds of UTC midnight of a real calendar date, else null. */
function toUtc(value: string): number | null {
  const match = DATE_PATTERN.exec(dayText(value))
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, day)
  const date = new Date(ms)
  // Date.UTC rolls 2027-02-30 over to March: such a date does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null
  return ms
}

function fromUtc(ms: number): string {
  const date = new Date(ms)
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

export function isValidDay(value: string): boolean {
  return toUtc(value) !== null
}

export function yearOf(value: string): number | null {
  return toUtc(value) === null ? null : Number(dayText(value).slice(0, 4))
}

/** Monday = 0 … Sunday = 6; null for an invalid date. */
export function weekdayOf(value: string): Weekday | null {
  const ms = toUtc(value)
  return ms === null ? null : (((new Date(ms).getUTCDay() + 6) % 7) as Weekday)
}

export function weekdayKey(value: string): WeekdayKey | null {
  const weekday = weekdayOf(value)
  return weekday === null ? null : WEEKDAY_KEYS[weekday]
}

export function isWeekend(value: string): boolean {
  const weekday = weekdayOf(value)
  return weekday === 5 || weekday === 6
}

export function isValidYear(year: number | null | undefined): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * One month as a Monday-first grid: `null` for the blanks before the 1st, then every
 * date. Rows are filled by the caller's CSS grid (7 columns).
 */
export function monthCells(year: number, month: number): (string | null)[] {
  const first = weekdayOf(isoDay(year, month, 1)) ?? 0
  const cells: (string | null)[] = Array.from({ length: first }, () => null)
  for (let day = 1; day <= daysInMonth(year, month); day += 1) {
    cells.push(isoDay(year, month, day))
  }
  return cells
}

export type RangeProblem = 'dates' | 'order' | 'outsideYear' | 'tooLong'

/**
 * Every date from `start` to `end` inclusive, or why the range cannot be expanded.
 * `year`, when given, must contain the whole range.
 */
export function expandRange(
  start: string,
  end: string,
  year?: number | null,
): { days: string[] } | { problem: RangeProblem } {
  const from = toUtc(start)
  const to = toUtc(end)
  if (from === null || to === null) return { problem: 'dates' }
  if (to < from) return { problem: 'order' }
  if (isValidYear(year) && (yearOf(start) !== year || yearOf(end) !== year)) {
    return { problem: 'outsideYear' }
  }
  const count = Math.round((to - from) / DAY_MS) + 1
  if (count > MAX_RANGE_DAYS) return { problem: 'tooLong' }
  return { days: Array.from({ length: count }, (_, i) => fromUtc(from + i * DAY_MS)) }
}

/** The reasons the core gives for a row of `days`, in the order it checks them. */
export type RowReason =
  'date_invalid' | 'date_outside_year' | 'date_duplicate' | 'workday_not_weekend' | 'name_invalid'

export interface RowProblem {
  reason: RowReason
  /** For `date_duplicate`: the index of the earlier row with the same date. */
  duplicateOf?: number
}

const ROW_REASONS: readonly string[] = [
  'date_invalid',
  'date_outside_year',
  'date_duplicate',
  'workday_not_weekend',
  'name_invalid',
] satisfies readonly RowReason[]

export function isRowReason(reason: string): reason is RowReason {
  return ROW_REASONS.includes(reason)
}

/** Counted in characters (code points), as the core counts them. */
const charLength = (value: string) => [...value].length

/**
 * The first problem of each row (null when the row is fine), judged as the core would.
 * Unlike the core, which stops at the first bad row, this reports every row.
 */
export function checkDays(
  year: number | null | undefined,
  days: readonly Pick<CalendarDay, 'day' | 'kind' | 'name'>[],
): (RowProblem | null)[] {
  const seen = new Map<string, number>()
  return days.map((row, index) => {
    const day = dayText(row.day)
    if (!isValidDay(day)) return { reason: 'date_invalid' }
    if (isValidYear(year) && yearOf(day) !== year) return { reason: 'date_outside_year' }
    const earlier = seen.get(day)
    if (earlier !== undefined) return { reason: 'date_duplicate', duplicateOf: earlier }
    seen.set(day, index)
    if (row.kind === 'workday' && !isWeekend(day)) return { reason: 'workday_not_weekend' }
    const name = dayText(row.name)
    if (name === '' || charLength(name) > NAME_MAX_LENGTH) return { reason: 'name_invalid' }
    return null
  })
}

export function countKinds(days: readonly { kind: DayKind }[]): {
  holidays: number
  workdays: number
} {
  const holidays = days.filter((day) => day.kind === 'holiday').length
  return { holidays, workdays: days.length - holidays }
}

/** Sorted by date; rows without a valid date keep their order at the end. */
export function sortByDay<T extends { day: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => {
    const av = isValidDay(a.day)
    const bv = isValidDay(b.day)
    if (av && bv) return dayText(a.day).localeCompare(dayText(b.day))
    return av === bv ? 0 : av ? -1 : 1
  })
}

/** `days.3` (or `input.days.3`) → 3: the row of the submitted list a core error names. */
export function rowIndexOfField(field: string | null | undefined): number | null {
  if (!field) return null
  const match = /(?:^|\.)days\.(\d+)$/.exec(field) ?? /(?:^|\.)days\[(\d+)\]$/.exec(field)
  return match ? Number(match[1]) : null
}
