import { describe, expect, it } from 'vitest'
import {
  checkDays,
  expandRange,
  isValidDay,
  normaliseDay,
  monthCells,
  rowIndexOfField,
  sortByDay,
  weekdayOf,
} from '../days'

describe('calendar days', () => {
  it('knows real dates and their weekdays, Monday first', () => {
    expect(isValidDay('2027-02-28')).toBe(true)
    expect(isValidDay('2027-02-29')).toBe(false)
    expect(isValidDay('2028-02-29')).toBe(true)
    expect(isValidDay('2027-2-3')).toBe(false)
    expect(weekdayOf('2026-10-01')).toBe(3) // Thursday
    expect(weekdayOf('2026-10-10')).toBe(5) // Saturday
    expect(weekdayOf('2026-09-20')).toBe(6) // Sunday
  })

  it('normalises dates typed the usual ways', () => {
    expect(normaliseDay('2027/1/9')).toBe('2027-01-09')
    expect(normaliseDay(' 2027年2月6日 ')).toBe('2027-02-06')
    expect(normaliseDay('2027.10.1')).toBe('2027-10-01')
    expect(normaliseDay('2027-01-09')).toBe('2027-01-09')
    expect(normaliseDay('next friday')).toBe('next friday')
    expect(normaliseDay(null)).toBe('')
  })

  it('lays a month out from Monday', () => {
    const january = monthCells(2026, 1) // 2026-01-01 is a Thursday
    expect(january.slice(0, 4)).toEqual([null, null, null, '2026-01-01'])
    expect(january.at(-1)).toBe('2026-01-31')
    expect(monthCells(2027, 2).filter(Boolean)).toHaveLength(28)
    expect(monthCells(2024, 4)[0]).toBe('2024-04-01') // a Monday: no blank
  })

  it('expands a holiday range day by day, across a month end', () => {
    expect(expandRange('2027-01-30', '2027-02-02', 2027)).toEqual({
      days: ['2027-01-30', '2027-01-31', '2027-02-01', '2027-02-02'],
    })
    expect(expandRange('2027-05-05', '2027-05-01', 2027)).toEqual({ problem: 'order' })
    expect(expandRange('2026-12-31', '2027-01-01', 2027)).toEqual({ problem: 'outsideYear' })
    expect(expandRange('2027-01-01', '2027-03-01', 2027)).toEqual({ problem: 'tooLong' })
    expect(expandRange('', '2027-03-01', 2027)).toEqual({ problem: 'dates' })
  })

  it('checks rows as the core does, reporting every bad row', () => {
    const problems = checkDays(2026, [
      { day: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { day: '2026-10-09', kind: 'workday', name: '国庆节' }, // a Friday
      { day: '2027-01-01', kind: 'holiday', name: '元旦' },
      { day: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { day: '2026-10-10', kind: 'workday', name: ' ' },
      { day: 'soon', kind: 'holiday', name: '国庆节' },
      { day: '2026-10-11', kind: 'holiday', name: '节'.repeat(41) },
      { day: '2026-10-17', kind: 'workday', name: '国庆节' },
    ])
    expect(problems.map((p) => p?.reason ?? null)).toEqual([
      null,
      'workday_not_weekend',
      'date_outside_year',
      'date_duplicate',
      'name_invalid',
      'date_invalid',
      'name_invalid',
      null,
    ])
    expect(problems[3]?.duplicateOf).toBe(0)
  })

  it('sorts by date, undated rows last, and reads the row a core error names', () => {
    const rows = [{ day: '2026-10-02' }, { day: '' }, { day: '2026-01-01' }]
    expect(sortByDay(rows).map((r) => r.day)).toEqual(['2026-01-01', '2026-10-02', ''])
    expect(rowIndexOfField('days.1')).toBe(1)
    expect(rowIndexOfField('input.days.12')).toBe(12)
    expect(rowIndexOfField('source')).toBeNull()
    expect(rowIndexOfField(null)).toBeNull()
  })
})
