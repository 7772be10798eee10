import { describe, expect, it } from 'vitest'
import {
  checkRange,
  isOutsideYear,
  mergeHolidays,
  rowMaker,
  rowMessage,
  toInputDays,
} from '../dayRows'

/** Shows which message was chosen and with what, instead of translating it. */
const t = (key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key

describe('calendar dialog rows', () => {
  it('gives every row its own key and sends trimmed rows', () => {
    const make = rowMaker()
    const rows = [
      make({ day: ' 2027-01-09 ', kind: 'workday', name: ' 元旦 ' }),
      make({ day: '', kind: 'holiday', name: '' }),
    ]
    expect(rows.map((row) => row.key)).toEqual([1, 2])
    expect(toInputDays(rows)).toEqual([
      { day: '2027-01-09', kind: 'workday', name: '元旦' },
      { day: '', kind: 'holiday', name: '' },
    ])
  })

  it('merges a holiday range over rows of the same dates, sorted by date', () => {
    const make = rowMaker()
    const rows = [
      make({ day: '2027-02-06', kind: 'workday', name: '春节' }),
      make({ day: '', kind: 'workday', name: '' }),
      make({ day: '2027-02-11', kind: 'workday', name: '旧' }),
    ]
    const merged = mergeHolidays(rows, '春节', ['2027-02-10', '2027-02-11'], make)
    expect(merged.map((row) => [row.day, row.kind, row.name])).toEqual([
      ['2027-02-06', 'workday', '春节'],
      ['2027-02-10', 'holiday', '春节'],
      ['2027-02-11', 'holiday', '春节'],
      ['', 'workday', ''],
    ])
    expect(merged.map((row) => row.key)).toEqual([1, 4, 5, 2])
  })

  it('checks a range: its name first, then its dates within the year', () => {
    const range = { name: ' 春节 ', start: '2027-02-05', end: '2027-02-07' }
    expect(checkRange(t, range, 2027)).toEqual({
      name: '春节',
      days: ['2027-02-05', '2027-02-06', '2027-02-07'],
    })
    expect(checkRange(t, { ...range, name: ' ' }, 2027)).toEqual({
      error: 'calendar.validation.rangeName',
    })
    expect(checkRange(t, { ...range, name: '节'.repeat(41) }, 2027)).toEqual({
      error: 'calendar.validation.rangeName',
    })
    expect(checkRange(t, range, 2026)).toEqual({
      error: 'calendar.validation.rangeOutsideYear {"year":2026}',
    })
    expect(checkRange(t, { ...range, end: '' }, null)).toEqual({
      error: 'calendar.validation.rangeDates {"year":""}',
    })
  })

  it('words a row problem, naming the earlier row of a duplicate and the weekday', () => {
    const make = rowMaker()
    const rows = [
      make({ day: '2027-01-08', kind: 'workday', name: '元旦' }), // a Friday
      make({ day: '2027-01-08', kind: 'holiday', name: '元旦' }),
    ]
    expect(rowMessage(t, rows, 0, 'workday_not_weekend', 2027)).toBe(
      'calendar.rowErrors.workday_not_weekend {"day":"2027-01-08","weekday":"calendar.weekdayLong.fri"}',
    )
    // A core error names no earlier row: it is looked up.
    expect(rowMessage(t, rows, 1, 'date_duplicate', 2027)).toBe(
      'calendar.rowErrors.date_duplicate {"row":1}',
    )
    // The first of the pair has no earlier row: the caller keeps the core's text.
    expect(rowMessage(t, rows, 0, 'date_duplicate', 2027)).toBeNull()
    expect(rowMessage(t, rows, 1, 'date_outside_year', 2026)).toBe(
      'calendar.rowErrors.date_outside_year {"year":2026}',
    )
    expect(rowMessage(t, rows, 1, 'name_invalid', 2027)).toBe('calendar.rowErrors.name_invalid')
    expect(rowMessage(t, rows, 5, 'name_invalid', 2027)).toBeNull()
  })

  it('offers only dates of the year being entered, any while it is unknown', () => {
    expect(isOutsideYear(2027, new Date(2027, 11, 31))).toBe(false)
    expect(isOutsideYear(2027, new Date(2028, 0, 1))).toBe(true)
    expect(isOutsideYear(null, new Date(1999, 0, 1))).toBe(false)
  })
})
