/** Intake fixtures for component tests: what the core would answer. */
import type { IntakeItem } from '@/bindings/IntakeItem'
import type { IntakeSummary } from '@/bindings/IntakeSummary'
import type { Material } from '@/bindings/Material'
import type { NewCase } from '@/bindings/NewCase'
import { shanghaiDate } from '@/utils/format'

/** `YYYY-MM-DD`, `days` from today in Asia/Shanghai. */
export function dayFromToday(days: number): string {
  return shanghaiDate(new Date(Date.now() + days * 86_400_000))
}

export function intakeSummary(partial: Partial<IntakeSummary> = {}): IntakeSummary {
  return {
    id: 'in-1',
    intakeNo: '急难愁盼〔2026〕第001号',
    channel: 'hotline',
    receivedAt: '2026-03-02T01:30:00Z',
    requesterName: '赵女士',
    requesterMobile: '13807310001',
    employerName: '西峰区某环保公司',
    summary:
      '反映西峰区某环保公司拖欠工资并无故将其辞退，她现已返回湖南老家，不方便到现场申请劳动仲裁。',
    status: 'open',
    handlingUnit: null,
    dueOn: null,
    caseId: null,
    ...partial,
  }
}

export function material(partial: Partial<Material> & Pick<Material, 'id' | 'name'>): Material {
  return {
    position: 1,
    status: 'provided',
    dueOn: null,
    providedOn: '2026-03-02',
    ...partial,
  }
}

/** The seed's request: a worker back in Hunan, calling the hotline about unpaid wages. */
export function intakeItem(
  partial: Partial<IntakeItem> = {},
  summary: Partial<IntakeSummary> = {},
): IntakeItem {
  return {
    summary: intakeSummary(summary),
    requesterLocation: '湖南省长沙市',
    categories: ['pay_compensation', 'dismissal'],
    responsiblePerson: null,
    transferredOn: null,
    outcome: null,
    closedOn: null,
    notes: [],
    materials: [],
    ...partial,
  }
}

/** What `intake_case_draft` answers for `intakeItem()`. */
export function intakeDraft(): NewCase {
  return {
    channel: 'transferred',
    cause: '劳动报酬、工伤医疗费、经济补偿或者赔偿金',
    facts: intakeSummary().summary,
    receivedOn: '2026-03-02',
    parties: [
      {
        side: 'applicant',
        kind: 'person',
        name: '赵女士',
        mobile: '13807310001',
        currentLocation: '湖南省长沙市',
      },
      { side: 'respondent', kind: 'organization', name: '西峰区某环保公司' },
    ],
    claims: [
      { category: 'pay_compensation', description: '', claimant: 0, respondent: 1 },
      { category: 'dismissal', description: '', claimant: 0, respondent: 1 },
    ],
    evidence: [],
    noEvidenceDeclared: false,
    oralConfirmed: false,
    priority: false,
  }
}
