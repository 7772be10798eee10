import { describe, expect, it } from 'vitest'
import { formatCaseNumber, patternProblem } from '../caseNumber'

describe('case-number pattern', () => {
  it('fills in the year and the (padded) sequence', () => {
    expect(formatCaseNumber('西劳人仲案字〔{year}〕第{seq}号', 2026, 15)).toBe(
      '西劳人仲案字〔2026〕第15号',
    )
    expect(formatCaseNumber('湘劳人仲字〔{year}〕{seq:4}号', 2026, 15)).toBe(
      '湘劳人仲字〔2026〕0015号',
    )
  })

  it('refuses what the core refuses, in the core’s order', () => {
    expect(patternProblem('西劳人仲案字〔{year}〕第号')).toBe('pattern_needs_seq')
    expect(patternProblem('西劳人仲案字第{seq:7}号〔{year}〕')).toBe('pattern_needs_seq')
    expect(patternProblem('西劳人仲案字第{seq}号')).toBe('pattern_needs_year')
    expect(patternProblem(`${'字'.repeat(50)}{year}{seq}`)).toBe('pattern_too_long')
    expect(patternProblem(' 西劳人仲案字〔{year}〕第{seq:3}号 ')).toBeNull()
  })
})
