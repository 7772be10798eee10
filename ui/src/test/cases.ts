/** Case-file fixtures for component tests: what the core would answer. */
import type { CaseFile } from '@/bindings/CaseFile'
import type { CaseSummary } from '@/bindings/CaseSummary'
import type { Claim } from '@/bindings/Claim'
import type { Party } from '@/bindings/Party'

export function caseSummary(partial: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: 'case-1',
    caseNo: null,
    status: 'received',
    procedure: 'ordinary',
    channel: 'written',
    cause: '追索劳动报酬',
    receivedOn: '2025-10-09',
    acceptedOn: null,
    closedOn: null,
    closureType: null,
    applicants: '张三',
    respondents: '长沙某某科技有限公司',
    priority: false,
    counterclaimOf: null,
    ...partial,
  }
}

export function party(partial: Partial<Party> & Pick<Party, 'id' | 'name'>): Party {
  return {
    side: 'applicant',
    kind: 'person',
    position: 1,
    sex: null,
    birthDate: null,
    idType: null,
    idNumber: null,
    occupation: null,
    workplace: null,
    creditCode: null,
    creditCodeOverrideReason: null,
    legalRepName: null,
    legalRepTitle: null,
    domicile: null,
    mailingAddress: null,
    mobile: null,
    phone: null,
    currentLocation: null,
    ...partial,
  }
}

export const WORKER = party({
  id: 'p-worker',
  name: '张三',
  sex: 'female',
  birthDate: '1990-03-07',
  idType: 'resident_id',
  idNumber: '430102199003071242',
  occupation: '软件测试',
  workplace: '长沙某某科技有限公司',
  domicile: '湖南省长沙市芙蓉区五一大道 1 号',
  mailingAddress: '湖南省长沙市芙蓉区五一大道 1 号',
  mobile: '13800138000',
})

export const EMPLOYER = party({
  id: 'p-employer',
  side: 'respondent',
  kind: 'organization',
  name: '长沙某某科技有限公司',
  creditCode: '9131000063159284XQ',
  legalRepName: '李四',
  legalRepTitle: '总经理',
  domicile: '湖南省长沙市岳麓区麓谷大道 2 号',
  mailingAddress: '湖南省长沙市岳麓区麓谷大道 2 号',
  phone: '0731-88888888',
})

export function claim(partial: Partial<Claim> & Pick<Claim, 'id' | 'position'>): Claim {
  return {
    category: 'pay_compensation',
    description: '裁决被申请人支付拖欠的工资',
    amountFen: null,
    claimantPartyId: WORKER.id,
    respondentPartyId: EMPLOYER.id,
    status: 'pending',
    ...partial,
  }
}

/** A complete application, received and ready to accept unless told otherwise. */
export function caseFile(partial: Partial<CaseFile> = {}, summary: Partial<CaseSummary> = {}) {
  return {
    summary: caseSummary(summary),
    facts: '申请人于 2024 年 3 月入职，被申请人拖欠 2025 年 6 月至 8 月工资。',
    notAcceptedKind: null,
    notAcceptedReason: null,
    competentCommission: null,
    closureNote: null,
    oralConfirmed: false,
    noEvidenceDeclared: false,
    parties: [WORKER, EMPLOYER],
    claims: [
      claim({
        id: 'c1',
        position: 1,
        amountFen: 1_860_000,
        description: '支付 2025 年 6 月至 8 月工资',
      }),
      claim({
        id: 'c2',
        position: 2,
        amountFen: 1_240_050,
        description: '支付解除劳动合同经济补偿',
      }),
      claim({ id: 'c3', position: 3, category: 'contract', description: '出具解除劳动合同证明' }),
    ],
    evidence: [
      {
        id: 'e1',
        partyId: WORKER.id,
        position: 1,
        name: '劳动合同',
        purpose: '证明双方存在劳动关系',
        originalAvailable: true,
      },
    ],
    events: [
      {
        id: 'ev1',
        kind: 'received',
        onDate: '2025-10-09',
        detail: '收到仲裁申请',
        createdAt: '2025-10-09T02:00:00Z',
        createdBy: '赵书记',
      },
    ],
    missingForAcceptance: [],
    agents: [],
    priorWithdrawals: [],
    circumstances: {
      knewOn: null,
      employmentStatus: 'unknown',
      employmentEndedOn: null,
      limitationInterruptedOn: null,
      limitationSuspendedDays: 0,
      dispatchDispute: false,
      employerUnlicensed: false,
      collectiveContract: false,
    },
    advisories: [],
    ...partial,
  } satisfies CaseFile
}
