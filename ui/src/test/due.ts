/** Workbench fixtures: what `due_soon` and `intake_due_soon` answer. */
import type { Deadline } from '@/bindings/Deadline'
import type { DueItem } from '@/bindings/DueItem'
import type { IntakeDue } from '@/bindings/IntakeDue'

export function dueItem(
  deadline: Partial<Deadline> & Pick<Deadline, 'code'>,
  partial: Partial<Omit<DueItem, 'deadline'>> = {},
): DueItem {
  const caseId = partial.caseId ?? 'case-1'
  return {
    caseId,
    caseNo: `西劳人仲案字〔2026〕第${deadline.code.slice(1)}号`,
    cause: '追索劳动报酬',
    parties: '赵女士 与 西峰区某环保公司',
    ...partial,
    deadline: {
      title: `期限 ${deadline.code}`,
      basis: '《劳动争议调解仲裁法》',
      countedFrom: '2026-11-01',
      due: '2026-12-01',
      status: 'pending',
      doneOn: null,
      daysLeft: 2,
      days: 5,
      dayCount: 'working',
      uncoveredYears: [],
      note: '',
      ...deadline,
    },
  }
}

export function intakeDue(partial: Partial<IntakeDue> = {}): IntakeDue {
  return {
    intakeId: 'in-1',
    intakeNo: partial.intakeId === 'in-2' ? '急难愁盼〔2026〕第002号' : '急难愁盼〔2026〕第001号',
    requesterName: '赵女士',
    what: '转办办理期限',
    dueOn: '2026-12-01',
    daysLeft: 2,
    ...partial,
  }
}
