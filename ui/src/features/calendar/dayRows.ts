/**
 * The rows of a year's special days as the calendar dialog edits them, and what it says
 * about them. Free of Vue state so the rules can be tested alone; messages are
 * translated through the caller's `t`.
 */
import type { CalendarDay } from '@/bindings/CalendarDay'
import type { DayKind } from '@/bindings/DayKind'
import {
  NAME_MAX_LENGTH,
  dayText,
  expandRange,
  sortByDay,
  weekdayKey,
  type RangeProblem,
  type RowReason,
} from './days'

type Translate = (key: string, params?: Record<string, unknown>) => string

export const KINDS: readonly DayKind[] = ['holiday', 'workday']

/** One editable row; `key` keeps a row's identity (and its message) across sorting. */
export interface DayRow {
  key: number
  day: string
  kind: DayKind
  name: string
}

type DayFields = Pick<CalendarDay, 'day' | 'kind' | 'name'>

/** Makes rows with keys unique to one maker (one dialog). */
export function rowMaker(): (day: DayFields) => DayRow {
  let nextKey = 1
  return (day) => {
    const row = { key: nextKey, day: day.day, kind: day.kind, name: day.name }
    nextKey += 1
    return row
  }
}

/** The rows as the core receives them: every text trimmed. */
export function toInputDays(rows: readonly DayRow[]): DayFields[] {
  return rows.map((row) => ({ day: dayText(row.day), kind: row.kind, name: dayText(row.name) }))
}

/** Where date pickers open: January of the year being entered (else of this year). */
export function pickerDefault(year: number | null): Date {
  return new Date(year ?? new Date().getFullYear(), 0, 1)
}

/** Picker dates outside the year being entered are disabled; any date while it is unknown. */
export function isOutsideYear(year: number | null, date: Date): boolean {
  return year !== null && date.getFullYear() !== year
}

export function weekdayText(t: Translate, day: string): string {
  const key = weekdayKey(dayText(day))
  return key ? t(`calendar.weekdayLong.${key}`) : ''
}

/**
 * The message for a row's problem, or null when there is nothing better to say (a
 * duplicate with no earlier row: the caller falls back to the core's own text).
 * `duplicateOf` is known for client checks; for a core error it is looked up.
 */
export function rowMessage(
  t: Translate,
  rows: readonly DayRow[],
  index: number,
  reason: RowReason,
  year: number | string,
  duplicateOf?: number,
): string | null {
  const row = rows[index]
  if (!row) return null
  switch (reason) {
    case 'date_outside_year':
      return t('calendar.rowErrors.date_outside_year', { year })
    case 'date_duplicate': {
      const earlier =
        duplicateOf ?? rows.findIndex((other) => dayText(other.day) === dayText(row.day))
      return earlier >= 0 && earlier < index
        ? t('calendar.rowErrors.date_duplicate', { row: earlier + 1 })
        : null
    }
    case 'workday_not_weekend':
      return t('calendar.rowErrors.workday_not_weekend', {
        day: dayText(row.day),
        weekday: weekdayText(t, row.day),
      })
    default:
      return t(`calendar.rowErrors.${reason}`)
  }
}

export interface RangeFields {
  name: string
  start: string
  end: string
}

/** A holiday range's days and name, or the message that says why it cannot be added. */
export function checkRange(
  t: Translate,
  range: RangeFields,
  year: number | null,
): { name: string; days: string[] } | { error: string } {
  const name = dayText(range.name)
  if (name === '' || [...name].length > NAME_MAX_LENGTH) {
    return { error: t('calendar.validation.rangeName') }
  }
  const result = expandRange(dayText(range.start), dayText(range.end), year)
  if ('problem' in result) {
    const keys: Record<RangeProblem, string> = {
      dates: 'rangeDates',
      order: 'rangeOrder',
      outsideYear: 'rangeOutsideYear',
      tooLong: 'rangeTooLong',
    }
    return { error: t(`calendar.validation.${keys[result.problem]}`, { year: year ?? '' }) }
  }
  return { name, days: result.days }
}

/** The rows with one holiday row for each of `days`, replacing rows of the same dates, sorted. */
export function mergeHolidays(
  rows: readonly DayRow[],
  name: string,
  days: readonly string[],
  makeRow: (day: DayFields) => DayRow,
): DayRow[] {
  const added = new Set(days)
  const kept = rows.filter((row) => !added.has(dayText(row.day)))
  const fresh = days.map((day) => makeRow({ day, kind: 'holiday', name }))
  return sortByDay([...kept, ...fresh])
}
