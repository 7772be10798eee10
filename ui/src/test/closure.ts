/** Mediation and closure fixtures for component tests: what the core would answer. */
import type { Award } from '@/bindings/Award'
import type { AwardItem } from '@/bindings/AwardItem'
import type { AwardPreview } from '@/bindings/AwardPreview'
import type { CaseSummary } from '@/bindings/CaseSummary'
import type { ClosureOverview } from '@/bindings/ClosureOverview'
import type { MediationAttempt } from '@/bindings/MediationAttempt'
import type { MediationStatement } from '@/bindings/MediationStatement'
import type { MinimumWage } from '@/bindings/MinimumWage'
import { caseSummary } from './cases'
import { APPLICANT, CASE_NO, FILE, RESPONDENT } from './hearings'

export const COUNTER_NO = '庆劳人仲案字〔2025〕第43号'

/** The worker's claim, the lead of the merged group. */
export const CLAIM: CaseSummary = FILE.summary

/** The employer's counterclaim, merged with the claim. */
export const COUNTER: CaseSummary = caseSummary({
  id: 'case-2',
  caseNo: COUNTER_NO,
  status: 'accepted',
  cause: '劳动合同纠纷',
  acceptedOn: '2025-10-16',
  applicants: RESPONDENT.name,
  respondents: APPLICANT.name,
  counterclaimOf: 'case-1',
})

export function overview(partial: Partial<ClosureOverview> = {}): ClosureOverview {
  return {
    leadCaseId: 'case-1',
    cases: [CLAIM, COUNTER],
    attempts: [],
    statements: [],
    award: null,
    withdrawals: [],
    mediationTried: null,
    ...partial,
  }
}

export function attempt(partial: Partial<MediationAttempt> = {}): MediationAttempt {
  return {
    id: 'ma-1',
    hearingId: null,
    phase: 'in_hearing',
    mode: 'video',
    mediators: '仲裁员张仲裁',
    heldOn: '2025-10-28',
    result: 'agreement',
    note: '',
    recordedAt: '2025-10-28T03:00:00Z',
    recordedByName: '李书记',
    ...partial,
  }
}

export function statement(partial: Partial<MediationStatement> = {}): MediationStatement {
  return {
    id: 'ms-1',
    docNo: CASE_NO,
    claimsSummary: '1. 支付 2025 年 6 月至 8 月工资',
    terms: [
      {
        description: '被申请人支付申请人工资',
        amountFen: 1_200_000,
        dueOn: '2025-11-15',
        manner: '银行转账',
      },
    ],
    issuedOn: '2025-10-28',
    status: 'awaiting_receipts',
    events: [],
    awaiting: [APPLICANT.name, RESPONDENT.name],
    effectiveOn: null,
    createdByName: '张仲裁',
    ...partial,
  }
}

export const WAGES: MinimumWage[] = [
  {
    locality: '庆阳市西峰区',
    effectiveFrom: '2025-01-01',
    monthlyFen: 198_000,
    source: '甘肃省人民政府公告',
  },
  {
    locality: '庆阳市西峰区',
    effectiveFrom: '2023-01-01',
    monthlyFen: 188_000,
    source: '甘肃省人民政府公告',
  },
  { locality: '兰州市', effectiveFrom: '2025-01-01', monthlyFen: 208_000, source: '同上' },
]

export const FINAL_NOTICE = '本裁决为终局裁决，自作出之日起发生法律效力。'
export const NON_FINAL_NOTICE =
  '当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，本裁决书发生法律效力。'

export function awardItem(partial: Partial<AwardItem> = {}): AwardItem {
  return {
    position: 1,
    caseId: 'case-1',
    category: 'pay',
    description: '支付工资',
    amountFen: 1_860_000,
    finality: 'final',
    basis: '裁决金额 ¥18,600.00 不超过当地月最低工资标准十二个月金额 ¥23,760.00',
    ...partial,
  }
}

/** Two items: wages within the limit (final), compensation beyond it (non-final). */
export const MIXED: AwardPreview = {
  locality: '庆阳市西峰区',
  minWageFen: 198_000,
  minWageFrom: '2025-01-01',
  thresholdFen: 2_376_000,
  items: [
    awardItem(),
    awardItem({
      position: 2,
      caseId: 'case-2',
      category: 'compensation',
      description: '支付经济补偿',
      amountFen: 3_000_000,
      finality: 'non_final',
      basis: '裁决金额 ¥30,000.00 超过当地月最低工资标准十二个月金额 ¥23,760.00',
    }),
  ],
  finality: 'non_final',
  remedyNotice: NON_FINAL_NOTICE,
  warnings: ['本裁决同时包含终局与非终局事项：裁决书须逐项载明'],
}

export function award(preview: AwardPreview = MIXED, partial: Partial<Award> = {}): Award {
  return {
    id: 'aw-1',
    docNo: CASE_NO,
    madeOn: '2025-11-20',
    preview: { ...preview, warnings: [] },
    createdByName: '张仲裁',
    defense: null,
    facts: null,
    reasons: null,
    ...partial,
  }
}
