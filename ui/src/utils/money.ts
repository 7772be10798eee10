/**
 * Money as the core reads it (`src/types/money.rs`): typed text such as `18,600.00`,
 * `12400元` or `¥1,234.5`, held in fen. Shown as `¥18,600.00` (UI.md).
 */
import { normaliseWidth } from './identifiers'

/** The amount in fen, or null when the text is not an amount the core would accept. */
export function parseMoney(raw: string): number | null {
  let s = normaliseWidth(raw)
  s = s.replace(/^[¥￥]+/, '').replace(/元+$/, '')
  let negative = false
  if (s.startsWith('-')) {
    negative = true
    s = s.slice(1)
  }
  const dot = s.indexOf('.')
  const intPart = dot >= 0 ? s.slice(0, dot) : s
  const fracPart = dot >= 0 ? s.slice(dot + 1) : ''
  if (intPart === '' || fracPart.length > 2 || !/^\d*$/.test(fracPart)) return null
  if (dot >= 0 && fracPart === '') return null
  const groups = intPart.split(',')
  const groupingOk =
    groups.length === 1 ||
    (groups[0] !== '' && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3))
  if (!groupingOk || !groups.every((g) => /^\d+$/.test(g))) return null
  const yuan = Number(groups.join(''))
  const fen = yuan * 100 + Number(fracPart.padEnd(2, '0'))
  // The core keeps fen in an i64; beyond 2^53 a double would round, so refuse it here.
  if (!Number.isSafeInteger(fen)) return null
  return negative ? -fen : fen
}

export type MoneyReason = 'money_invalid' | 'amount_not_positive'

/** Why a claim amount would be refused; empty text is a non-monetary claim. */
export function claimAmountProblem(raw: string): MoneyReason | null {
  if (raw.trim() === '') return null
  const fen = parseMoney(raw)
  if (fen === null) return 'money_invalid'
  if (fen <= 0) return 'amount_not_positive'
  return null
}

/** `¥18,600.00`; negative amounts as `-¥20.00`, like the core. */
export function formatMoney(fen: number): string {
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${fen < 0 ? '-' : ''}¥${grouped}.${cents}`
}
