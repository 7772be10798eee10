/**
 * The case-number pattern (案号格式), as the core reads it (`src/cases/numbering.rs`):
 * `{year}` is the acceptance year, `{seq}` the per-year sequence, `{seq:N}` the sequence
 * zero-padded to N digits, e.g. `西劳人仲案字〔{year}〕第{seq}号`.
 */

export const PATTERN_MAX_LENGTH = 60

export type PatternReason = 'pattern_needs_seq' | 'pattern_needs_year' | 'pattern_too_long'

export function formatCaseNumber(pattern: string, year: number, seq: number): string {
  let out = pattern.split('{year}').join(String(year))
  let start = out.indexOf('{seq')
  while (start >= 0) {
    const end = out.indexOf('}', start)
    if (end < 0) break
    const spec = out.slice(start + 4, end)
    const width = /^:\d+$/.test(spec) ? Number(spec.slice(1)) : 0
    out = out.slice(0, start) + String(seq).padStart(width, '0') + out.slice(end + 1)
    start = out.indexOf('{seq')
  }
  return out
}

/** Why the core would refuse the pattern, checked in the core's order. */
export function patternProblem(raw: string): PatternReason | null {
  const pattern = raw.trim()
  const hasSeq = pattern.includes('{seq}') || /\{seq:[1-6]\}/.test(pattern)
  if (!hasSeq) return 'pattern_needs_seq'
  if (!pattern.includes('{year}')) return 'pattern_needs_year'
  if ([...pattern].length > PATTERN_MAX_LENGTH) return 'pattern_too_long'
  return null
}
