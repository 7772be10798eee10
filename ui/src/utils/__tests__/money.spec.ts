import { describe, expect, it } from 'vitest'
import { claimAmountProblem, formatMoney, parseMoney } from '../money'

describe('money', () => {
  it('parses the spellings the core accepts', () => {
    for (const [raw, fen] of [
      ['1234.56', 123_456],
      ['1,234.56', 123_456],
      ['1234.56元', 123_456],
      ['¥1,234.5', 123_450],
      ['0.07', 7],
      ['1,000,000', 100_000_000],
      ['-20', -2_000],
      ['１２３４.５６', 123_456],
      ['18,600.00', 1_860_000],
      ['12400元', 1_240_000],
    ] as const) {
      expect(parseMoney(raw), raw).toBe(fen)
    }
  })

  it('refuses ambiguous or malformed amounts', () => {
    for (const raw of [
      '',
      '12.345',
      '1,23.00',
      '12,',
      '.5',
      '5.',
      'abc',
      '1e3',
      '99999999999999999999',
    ]) {
      expect(parseMoney(raw), raw).toBeNull()
    }
  })

  it('judges claim amounts: empty is non-monetary, zero is refused', () => {
    expect(claimAmountProblem('')).toBeNull()
    expect(claimAmountProblem('18,600.00')).toBeNull()
    expect(claimAmountProblem('0')).toBe('amount_not_positive')
    expect(claimAmountProblem('-5')).toBe('amount_not_positive')
    expect(claimAmountProblem('一万')).toBe('money_invalid')
  })

  it('formats fen as yuan with grouping', () => {
    expect(formatMoney(123_456)).toBe('¥1,234.56')
    expect(formatMoney(5)).toBe('¥0.05')
    expect(formatMoney(100_000_000)).toBe('¥1,000,000.00')
    expect(formatMoney(-2_000)).toBe('-¥20.00')
  })
})
