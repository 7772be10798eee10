/**
 * The statutory clock (期限) as the case file shows it: one colour per deadline status,
 * the events a user may record in the case's current state, and the deadline to show in
 * the header. Labels live in i18n (`deadlineStatus.*`, `recordableEvent.*`, …).
 */
import { useI18n } from 'vue-i18n'
import type { CaseClock } from '@/bindings/CaseClock'
import type { CaseEvent } from '@/bindings/CaseEvent'
import type { CaseStatus } from '@/bindings/CaseStatus'
import type { Deadline } from '@/bindings/Deadline'
import type { DeadlineStatus } from '@/bindings/DeadlineStatus'
import type { RecordableEvent } from '@/bindings/RecordableEvent'
import type { SuspensionGround } from '@/bindings/SuspensionGround'

export type DeadlineTagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/**
 * UI.md's colours: running blue, met green, met late and paused amber (needs attention),
 * overdue red, and grey for what no longer runs or has not started.
 */
export const DEADLINE_TAG_TYPE: Record<DeadlineStatus, DeadlineTagType> = {
  pending: 'primary',
  met: 'success',
  met_late: 'warning',
  overdue: 'danger',
  expired: 'info',
  waived: 'info',
  paused: 'warning',
  not_started: 'info',
}

/** In the order they usually happen. */
export const RECORDABLE_EVENTS: readonly RecordableEvent[] = [
  'materials_completed',
  'served_respondent',
  'defense_received',
  'defense_waived',
  'tribunal_notified',
  'hearing_scheduled',
  'hearing_notice_served',
  'party_added',
  'claims_changed',
  'transfer_received',
  'suspended',
  'resumed',
  'extension_approved',
]

/** Rules Art. 47, in its order. */
export const SUSPENSION_GROUNDS: readonly SuspensionGround[] = [
  'worker_died',
  'worker_incapacitated',
  'employer_terminated',
  'force_majeure',
  'depends_on_other_case',
  'awaiting_determination',
  'other',
]

/** Events approved by the commission chair or the authorised head (I1, I2). */
export const NEEDS_APPROVER: readonly RecordableEvent[] = ['suspended', 'extension_approved']

/** Whether the last suspension has not been followed by a resumption. */
export function isSuspended(events: readonly CaseEvent[]): boolean {
  const last = [...events].reverse().find((e) => e.kind === 'suspended' || e.kind === 'resumed')
  return last?.kind === 'suspended'
}

/**
 * The events the core would take now: before acceptance only 补正齐全; on an open case
 * the others, with 中止 or 恢复 as the case stands and the one extension not yet used.
 */
export function recordableNow(
  status: CaseStatus,
  events: readonly CaseEvent[],
  clock: CaseClock | null,
): RecordableEvent[] {
  if (status === 'received') return ['materials_completed']
  if (status !== 'accepted' && status !== 'in_progress') return []
  const suspended = clock?.suspended ?? isSuspended(events)
  const extended = events.some((e) => e.kind === 'extension_approved')
  return RECORDABLE_EVENTS.filter((kind) => {
    switch (kind) {
      case 'materials_completed':
        return false
      case 'suspended':
        return !suspended
      case 'resumed':
        return suspended
      case 'extension_approved':
        return !extended
      default:
        return true
    }
  })
}

/** The most urgent running deadline: an overdue one first, else the next to fall due. */
export function nextDeadline(clock: CaseClock | null): Deadline | null {
  const open = (clock?.deadlines ?? []).filter(
    (d) => (d.status === 'pending' || d.status === 'overdue') && d.daysLeft !== null,
  )
  open.sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0))
  return open[0] ?? null
}

/**
 * A deadline's name: the core's Chinese title in Chinese, else the translation of its
 * code (`deadlineTitle.T16`), else the core's title.
 */
export function useDeadlineTitle(): (deadline: Deadline) => string {
  const { t, te, locale } = useI18n()
  return (deadline) => {
    if (locale.value.startsWith('zh') && deadline.title) return deadline.title
    const key = `deadlineTitle.${deadline.code}`
    return te(key) ? t(key) : deadline.title
  }
}

/** `还剩 3 天` / `今日届满` / `已逾期 2 天`, for running and overdue deadlines only. */
export function useDaysLeftText(): (deadline: Deadline) => string {
  const { t } = useI18n()
  return (deadline) => {
    const days = deadline.daysLeft
    if (days === null || (deadline.status !== 'pending' && deadline.status !== 'overdue')) {
      return ''
    }
    if (days > 0) return t('caseClock.daysLeft', { days })
    if (days === 0) return t('caseClock.dueToday')
    return t('caseClock.overdueBy', { days: -days })
  }
}
