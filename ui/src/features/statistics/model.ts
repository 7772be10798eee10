/** Shared pieces of the statistics page. */
import { useI18n } from 'vue-i18n'
import type { Count } from '@/bindings/Count'
import type { Statistics } from '@/bindings/Statistics'

/** The organisation select's value for 全部. */
export const ALL_ORGS = 'all'

/**
 * A labelled count in the UI language: the core's Chinese label in Chinese; otherwise the
 * UI's own message for its key under `prefix` (e.g. `caseStatus`), else the label.
 */
export function useCountLabel(): (count: Pick<Count, 'key' | 'label'>, prefix: string) => string {
  const { t, te, locale } = useI18n()
  return (count, prefix) => {
    if (locale.value.startsWith('zh') && count.label) return count.label
    const key = `${prefix}.${count.key}`
    return te(key) ? t(key) : count.label || count.key
  }
}

/** Nothing recorded at all: no organisation, no case, no request, no service, no event. */
export function isEmptyStatistics(stats: Statistics): boolean {
  return (
    stats.registry.organizations === 0 &&
    stats.mediation.cases === 0 &&
    stats.mediation.concluded === 0 &&
    stats.arbitration.received === 0 &&
    stats.arbitration.closed === 0 &&
    stats.intake.received === 0 &&
    stats.intake.closed === 0 &&
    stats.services.total === 0 &&
    stats.services.publicityEvents === 0
  )
}
