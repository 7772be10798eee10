import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import MediationReferPage from '../MediationReferPage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  inputOf,
  mockCore,
  mountPage,
  typeInto,
  type Call,
} from '@/test/helpers'
import { caseFile } from '@/test/cases'
import type { MediationCase } from '@/bindings/MediationCase'
import type { NewCase } from '@/bindings/NewCase'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }

function failed(partial: Partial<MediationCase> = {}): MediationCase {
  return {
    summary: {
      id: 'mc-1',
      caseNo: '西峰调〔2026〕第001号',
      orgId: 'org-1',
      orgName: '董志镇劳动争议调解委员会',
      mediatorName: '王调解员',
      applicantName: '赵女士',
      respondentName: '西峰区某环保公司',
      appliedOn: '2026-03-02',
      dueOn: '2026-03-17',
      mode: 'in_person',
      status: 'no_agreement',
      concludedOn: '2026-03-16',
      effectiveOn: null,
    },
    mediatorId: 'm-1',
    jointArbitratorId: null,
    jointArbitratorName: null,
    application: 'written',
    oralRecord: null,
    applicantMobile: '13807310001',
    respondentContact: null,
    matter: '拖欠 2026 年 1 月至 2 月工资',
    categories: ['pay_compensation'],
    amountFen: 960_000,
    agreementTerms: null,
    performanceDueOn: null,
    signedApplicant: false,
    signedRespondent: false,
    signedMediator: false,
    sealed: false,
    noAgreementReason: '双方对赔偿金额分歧较大',
    reviewAppliedOn: null,
    reviewDueOn: null,
    referredCaseId: null,
    events: [],
    ...partial,
  }
}

/** What `mediation_arbitration_draft` answers for `failed()`. */
function draft(): NewCase {
  return {
    channel: 'transferred',
    cause: '劳动报酬、工伤医疗费、经济补偿或者赔偿金',
    facts: '拖欠 2026 年 1 月至 2 月工资。经董志镇劳动争议调解委员会调解不成。',
    receivedOn: '2026-03-16',
    parties: [
      { side: 'applicant', kind: 'person', name: '赵女士', mobile: '13807310001' },
      { side: 'respondent', kind: 'organization', name: '西峰区某环保公司' },
    ],
    claims: [
      {
        category: 'pay_compensation',
        description: '',
        amount: '9,600.00',
        claimant: 0,
        respondent: 1,
      },
    ],
    evidence: [],
    noEvidenceDeclared: false,
    oralConfirmed: false,
    priority: false,
  }
}

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

async function open(core: Record<string, unknown>) {
  const calls = mockCore({
    get_mediation_case: failed(),
    mediation_arbitration_draft: draft(),
    ...core,
  })
  const mounted = await mountPage(MediationReferPage, {
    user: CLERK,
    route: '/cases',
    props: { id: 'mc-1' },
  })
  // The app's mediation routes, which the shared test router lacks.
  const component = defineComponent({ render: () => null })
  mounted.router.addRoute({ path: '/mediation/cases/:id', name: 'mediation-case', component })
  return { calls, ...mounted }
}

describe('MediationReferPage', { timeout: 45_000 }, () => {
  it('pre-fills the case form from the draft and registers it by referral', async () => {
    const { calls, router } = await open({
      refer_mediation_to_arbitration: () => caseFile({}, { id: 'case-77', cause: '追索劳动报酬' }),
    })
    expect(commands(calls, 'mediation_arbitration_draft')).toEqual([
      { cmd: 'mediation_arbitration_draft', args: { id: 'mc-1' } },
    ])
    const crumbs = document.querySelector('.el-breadcrumb')?.textContent ?? ''
    expect(crumbs).toContain('调解案件')
    expect(crumbs).toContain('西峰调〔2026〕第001号')
    expect(crumbs).toContain('转为仲裁申请')
    expect(text('mediation-refer-intro')).toContain('由调解案件 西峰调〔2026〕第001号 预填')
    expect(inputOf('party-0-name').value).toBe('赵女士')
    expect(inputOf('party-1-name').value).toBe('西峰区某环保公司')
    expect(inputOf('claim-0-amount').value).toBe('9,600.00')

    // The claim's content is the clerk's to write.
    await click('case-form-submit')
    expect(commands(calls, 'refer_mediation_to_arbitration')).toEqual([])

    await typeInto('claim-0-description', '支付拖欠的 2026 年 1 月至 2 月工资')
    await click('case-form-submit')
    expect(commands(calls, 'refer_mediation_to_arbitration')).toEqual([
      {
        cmd: 'refer_mediation_to_arbitration',
        args: {
          id: 'mc-1',
          input: {
            ...draft(),
            claims: [
              {
                category: 'pay_compensation',
                description: '支付拖欠的 2026 年 1 月至 2 月工资',
                amount: '9,600.00',
                claimant: 0,
                respondent: 1,
              },
            ],
          } satisfies NewCase,
        },
      },
    ])
    expect(commands(calls, 'create_case')).toEqual([])
    expect(router.currentRoute.value.name).toBe('case-file')
    expect(router.currentRoute.value.params.id).toBe('case-77')
  })

  it('shows the core’s refusal in the form', async () => {
    await open({
      refer_mediation_to_arbitration: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'already_referred',
          message: '该调解案件已转为仲裁申请',
        })
      },
    })
    await typeInto('claim-0-description', '支付拖欠工资')
    await click('case-form-submit')
    expect(text('case-form-error')).toContain('该调解案件已转为仲裁申请')
  })

  it('says so when the mediation was already referred, and links the case', async () => {
    const { calls, router } = await open({
      get_mediation_case: failed({ referredCaseId: 'case-9' }),
    })
    expect(byTestId('case-form-submit')).toBeNull()
    expect(commands(calls, 'mediation_arbitration_draft')).toEqual([])
    await click('mediation-refer-case')
    expect(router.currentRoute.value.name).toBe('case-file')
    expect(router.currentRoute.value.params.id).toBe('case-9')
  })

  it('explains why no draft can be made, and offers a retry', async () => {
    const { calls } = await open({
      mediation_arbitration_draft: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'mediation_not_failed',
          message: '调解未终结',
        })
      },
    })
    expect(byTestId('case-form-submit')).toBeNull()
    const result = document.querySelector('.el-result')?.textContent ?? ''
    expect(result).toContain('只有调解不成的案件才能转为仲裁申请')
    await click(document.querySelector<HTMLElement>('.el-result .el-button--primary')!)
    expect(commands(calls, 'mediation_arbitration_draft')).toHaveLength(2)
  })
})
