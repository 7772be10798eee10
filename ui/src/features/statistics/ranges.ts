/**
 * Date ranges for the statistics filters and the service ledger. Days are `YYYY-MM-DD`
 * strings in Asia/Shanghai; months are `YYYY-MM`.
 */
import { shanghaiDate } from '@/utils/format'

export interface DayRange {
  from: string
  to: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** `2026-03` plus `n` months (negative goes back). */
export function addMonths(month: string, n: number): string {
  const [year, mon] = month.split('-').map(Number)
  const index = year * 12 + (mon - 1) + n
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/** The last day of a month: `2026-02` → `2026-02-28`. */
export function monthEnd(month: string): string {
  const [year, mon] = month.split('-').map(Number)
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate()
  return `${month}-${pad(days)}`
}

/** The whole of a month: `2026-02` → 2026-02-01 … 2026-02-28. */
export function monthRange(month: string): DayRange {
  return { from: `${month}-01`, to: monthEnd(month) }
}

/** The current month up to today. */
export function thisMonth(today: string = shanghaiDate()): DayRange {
  return { from: `${today.slice(0, 7)}-01`, to: today }
}

/** The current quarter up to today. */
export function thisQuarter(today: string = shanghaiDate()): DayRange {
  const month = Number(today.slice(5, 7))
  const first = month - ((month - 1) % 3)
  return { from: `${today.slice(0, 4)}-${pad(first)}-01`, to: today }
}

/** The current year up to today. */
export function thisYear(today: string = shanghaiDate()): DayRange {
  return { from: `${today.slice(0, 4)}-01-01`, to: today }
}

/** The rolling year ending today: from the day after the same date a year ago. */
export function lastTwelveMonths(today: string = shanghaiDate()): DayRange {
  const [year, month, day] = today.split('-').map(Number)
  // A year before 29 February is 28 February (Date.UTC would roll it into March).
  const sameDay = Math.min(day, new Date(Date.UTC(year - 1, month, 0)).getUTCDate())
  const from = new Date(Date.UTC(year - 1, month - 1, sameDay + 1))
  return {
    from: `${from.getUTCFullYear()}-${pad(from.getUTCMonth() + 1)}-${pad(from.getUTCDate())}`,
    to: today,
  }
}

/** A day as the local-time `Date` a date picker works with. */
export function pickerDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year, month - 1, date)
}
