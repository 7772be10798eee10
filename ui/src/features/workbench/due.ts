/**
 * The workbench's 近期期限: case deadlines (`due_soon`) and intake duties
 * (`intake_due_soon`) in one list, the most urgent first.
 */
import type { DueItem } from '@/bindings/DueItem'
import type { IntakeDue } from '@/bindings/IntakeDue'

/** The windows a user can choose (days ahead); 7 unless the user chose otherwise. */
export const DUE_WINDOWS = [3, 7, 15, 30] as const
export type DueWindow = (typeof DUE_WINDOWS)[number]
export const DEFAULT_DUE_WINDOW: DueWindow = 7
export const DUE_WINDOW_STORAGE_KEY = 'yunting.workbench.dueDays'

export function storedDueWindow(): DueWindow {
  try {
    const value = Number(localStorage.getItem(DUE_WINDOW_STORAGE_KEY))
    return (DUE_WINDOWS as readonly number[]).includes(value)
      ? (value as DueWindow)
      : DEFAULT_DUE_WINDOW
  } catch {
    return DEFAULT_DUE_WINDOW
  }
}

export function rememberDueWindow(days: DueWindow): void {
  try {
    localStorage.setItem(DUE_WINDOW_STORAGE_KEY, String(days))
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
}

/** How close a date is: past (red), today (amber), or still ahead. */
export type Urgency = 'overdue' | 'today' | 'ahead'

export function urgency(daysLeft: number, overdue = false): Urgency {
  if (overdue || daysLeft < 0) return 'overdue'
  return daysLeft === 0 ? 'today' : 'ahead'
}

/** The i18n key and parameter of `逾期 N 天` / `今天到期` / `还剩 N 天`. */
export function daysLabel(daysLeft: number, overdue = false): { key: string; days: number } {
  const kind = urgency(daysLeft, overdue)
  const key =
    kind === 'overdue'
      ? 'workbench.due.overdue'
      : kind === 'today'
        ? 'workbench.due.today'
        : 'workbench.due.left'
  return { key, days: Math.abs(daysLeft) }
}

export interface CaseDueRow {
  kind: 'case'
  key: string
  id: string
  due: string | null
  daysLeft: number
  overdue: boolean
  item: DueItem
}

export interface IntakeDueRow {
  kind: 'intake'
  key: string
  id: string
  due: string
  daysLeft: number
  overdue: boolean
  item: IntakeDue
}

export type DueRow = CaseDueRow | IntakeDueRow

/**
 * One list, most urgent first: fewest days left (the longest overdue at the top), then
 * the earlier date, case deadlines before intake duties on the same day.
 */
export function mergeDue(cases: readonly DueItem[], intake: readonly IntakeDue[]): DueRow[] {
  const rows: DueRow[] = [
    ...cases.map((item, i): CaseDueRow => ({
      kind: 'case',
      key: `case-${item.caseId}-${item.deadline.code}-${i}`,
      id: item.caseId,
      due: item.deadline.due,
      // A deadline without a count cannot be placed; it goes last.
      daysLeft: item.deadline.daysLeft ?? Number.MAX_SAFE_INTEGER,
      overdue: item.deadline.status === 'overdue' || (item.deadline.daysLeft ?? 0) < 0,
      item,
    })),
    ...intake.map((item, i): IntakeDueRow => ({
      kind: 'intake',
      key: `intake-${item.intakeId}-${i}`,
      id: item.intakeId,
      due: item.dueOn,
      daysLeft: item.daysLeft,
      overdue: item.daysLeft < 0,
      item,
    })),
  ]
  const rank = (row: DueRow) => (row.overdue ? Math.min(row.daysLeft, -1) : row.daysLeft)
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      (a.kind === b.kind ? 0 : a.kind === 'case' ? -1 : 1),
  )
}

/**
 * The intake duty in the user's language. The core describes it in Chinese: 转办办理期限,
 * or 补交材料：<name>.
 */
export function intakeDueWhat(
  what: string,
  t: (key: string, params?: Record<string, unknown>) => string,
): string {
  if (what === '转办办理期限') return t('workbench.due.intakeTransfer')
  const material = /^补交材料[:：](.*)$/.exec(what)
  if (material) return t('workbench.due.intakeMaterial', { name: material[1] })
  return what
}
