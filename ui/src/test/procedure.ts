/** Summary-handling and consent fixtures for component tests: what the core would answer. */
import type { Checklist } from '@/bindings/Checklist'
import type { ChecklistItem } from '@/bindings/ChecklistItem'
import type { ConfirmationStatus } from '@/bindings/ConfirmationStatus'
import type { ConsentPreview } from '@/bindings/ConsentPreview'
import type { ConsentRecord } from '@/bindings/ConsentRecord'
import { EMPLOYER, WORKER } from './cases'

export const HASH_A = 'a'.repeat(64)
export const HASH_B = 'b'.repeat(64)

export function item(partial: Partial<ChecklistItem> & Pick<ChecklistItem, 'code'>): ChecklistItem {
  return {
    rule: partial.code.split('_')[0].replace(/[a-c]$/, ''),
    group: 'grounds',
    status: 'met',
    required: false,
    attestable: false,
    title: partial.code,
    reason: '',
    basis: '《劳动人事争议仲裁办案规则》第五十六条',
    ...partial,
  }
}

/** A checklist that is not ready: G1a awaits the arbitrator, the whereabouts exclusion too. */
export const ITEMS: ChecklistItem[] = [
  item({
    code: 'G1',
    status: 'met',
    required: true,
    title: '具备简易处理的适用理由之一',
    reason: '已具备：争议金额不超过上年度职工年平均工资',
  }),
  item({
    code: 'G1a',
    status: 'needs_attestation',
    attestable: true,
    title: '事实清楚、权利义务关系明确、争议不大',
    reason: '尚待仲裁员确认',
  }),
  item({
    code: 'G1b',
    status: 'met',
    title: '争议金额不超过上年度职工年平均工资',
    reason: '争议金额 ¥31,000.50，不超过甘肃省 2024 年度职工年平均工资 ¥98,765.00',
  }),
  item({
    code: 'G1c',
    status: 'not_met',
    title: '双方当事人同意简易处理',
    reason: '长沙某某科技有限公司尚未同意简易处理',
  }),
  item({
    code: 'G2_whereabouts',
    rule: 'G2',
    group: 'exclusions',
    status: 'needs_attestation',
    required: true,
    attestable: true,
    title: '被申请人下落不明（含需公告送达）',
    reason: '尚待仲裁员确认不存在此情形',
    basis: '《劳动人事争议仲裁办案规则》第五十七条',
  }),
  item({
    code: 'G4',
    group: 'consents',
    status: 'not_required',
    title: '被申请人同意放弃或缩短答辩期',
    reason: '未记录放弃答辩期，答辩期按十日计算',
    basis: '《劳动人事争议仲裁办案规则》第五十八条',
  }),
  item({
    code: 'H6',
    group: 'consents',
    status: 'needs_data',
    required: true,
    title: '双方签署简易程序权利义务确认书（现行版本）',
    reason: '尚未生成确认书',
  }),
  item({
    code: 'H1',
    group: 'online',
    status: 'not_met',
    title: '各方当事人同意在线开庭（按环节分别同意）',
    reason: '张三尚未同意在线开庭',
  }),
  item({
    code: 'M_identity',
    rule: 'M',
    group: 'identity',
    status: 'met',
    title: '当事人身份信息完整',
    reason: '身份信息已核对',
  }),
]

export function checklist(partial: Partial<Checklist> = {}): Checklist {
  return {
    leadCaseId: 'case-1',
    groupCaseIds: ['case-1'],
    ruleSet: {
      id: 'rs-1',
      version: 1,
      name: '简易处理检查规则',
      effectiveOn: '2017-07-01',
      province: '甘肃省',
      items: ITEMS.map((i) => i.code),
    },
    items: ITEMS,
    ready: false,
    procedure: 'ordinary',
    decisions: [],
    tasks: [],
    ...partial,
  }
}

/** Every required item met. */
export const READY: Checklist = checklist({
  ready: true,
  items: ITEMS.map((i) => (i.required ? { ...i, status: 'met' } : i)),
})

export const NO_CONFIRMATION: ConfirmationStatus = {
  latest: null,
  currentText: '简易程序权利义务确认书\n案件：西劳人仲案字〔2025〕第15号',
  currentSha256: HASH_B,
  stale: false,
}

export function preview(text: string, textSha256 = HASH_A): ConsentPreview {
  return { text, textSha256, documentId: null }
}

export function consentRecord(
  partial: Partial<ConsentRecord> & Pick<ConsentRecord, 'id' | 'seq'>,
): ConsentRecord {
  return {
    caseId: 'case-1',
    partyId: WORKER.id,
    partyName: WORKER.name,
    kind: 'summary_handling',
    action: 'grant',
    revokes: null,
    reason: null,
    method: 'e_sign_platform',
    methodRef: 'ESIGN-2025-0001',
    videoOffsetS: null,
    artifactSha256: null,
    text: '本人张三同意本案适用简易处理。',
    textSha256: HASH_A,
    documentId: null,
    shortenedToDays: null,
    givenOn: '2025-10-12',
    recordedAt: '2025-10-12T02:00:00Z',
    recordedBy: 'u-clerk',
    recordedByName: '赵书记',
    revoked: false,
    hash: 'c'.repeat(64),
    ...partial,
  }
}

export const WORKER_GRANT = consentRecord({ id: 'k-1', seq: 1 })
export const EMPLOYER_WAIVER = consentRecord({
  id: 'k-2',
  seq: 2,
  partyId: EMPLOYER.id,
  partyName: EMPLOYER.name,
  kind: 'defense_waiver',
  method: 'oral_video',
  methodRef: '第一次开庭录像',
  videoOffsetS: 754,
  shortenedToDays: 5,
  text: '被申请人同意将答辩期缩短为五日。',
  textSha256: HASH_B,
})
