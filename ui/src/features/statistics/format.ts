/** How the statistics pages write their figures. */

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** `1234` → `1,234`. */
export function formatCount(value: number): string {
  return counts.format(value)
}

/** A fraction as a percentage with one decimal (`0.754` → `75.4%`); `—` when null. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—'
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** agreements ÷ concluded, or null when nothing was concluded. */
export function successRate(agreements: number, concluded: number): number | null {
  return concluded > 0 ? agreements / concluded : null
}
