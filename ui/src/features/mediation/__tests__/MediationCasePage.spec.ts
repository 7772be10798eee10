import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import MediationCasePage from '../MediationCasePage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  inputOf,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import { dayFromToday } from '@/test/intake'
import type { AgreementInput } from '@/bindings/AgreementInput'
import type { MediationCase } from '@/bindings/MediationCase'
import type { MediationCaseSummary } from '@/bindings/MediationCaseSummary'
import type { SessionUser } from '@/bindings/SessionUser'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

function mediationCase(
  partial: Partial<MediationCase> = {},
  summary: Partial<MediationCaseSummary> = {},
): MediationCase {
  return {
    summary: {
      id: 'mc-1',
      caseNo: '西峰调〔2026〕第001号',
      orgId: 'org-1',
      orgName: '董志镇劳动争议调解委员会',
      mediatorName: '王调解员',
      applicantName: '赵女士',
      respondentName: '西峰区某环保公司',
      appliedOn: dayFromToday(-5),
      dueOn: dayFromToday(10),
      mode: 'in_person',
      status: 'open',
      concludedOn: null,
      effectiveOn: null,
      ...summary,
    },
    mediatorId: 'm-1',
    jointArbitratorId: 'u-arb',
    jointArbitratorName: '李仲裁员',
    application: 'oral',
    oralRecord: '赵女士，湖南长沙人；请求支付拖欠工资；2026 年 3 月 2 日来访口述',
    applicantMobile: '13807310001',
    respondentContact: '刘经理 0934-8666666',
    matter: '拖欠 2026 年 1 月至 2 月工资',
    categories: ['pay_compensation'],
    amountFen: 960_000,
    agreementTerms: null,
    performanceDueOn: null,
    signedApplicant: false,
    signedRespondent: false,
    signedMediator: false,
    sealed: false,
    noAgreementReason: null,
    reviewAppliedOn: null,
    reviewDueOn: null,
    referredCaseId: null,
    events: [{ at: '2026-03-02T01:30:00Z', summary: '登记口头调解申请', by: '王调解员' }],
    ...partial,
  }
}

const SIGNED = {
  signedApplicant: true,
  signedRespondent: true,
  signedMediator: true,
  sealed: true,
}

/** An agreement in effect since `effective`, reviewable until `reviewDue`. */
function effective(effectiveOn: string, reviewDueOn: string, extra: Partial<MediationCase> = {}) {
  return mediationCase(
    {
      ...SIGNED,
      agreementTerms: '被申请人于 2026 年 3 月 20 日前支付工资 9,600 元',
      performanceDueOn: '2026-03-20',
      reviewDueOn,
      ...extra,
    },
    { status: 'agreement', concludedOn: effectiveOn, effectiveOn },
  )
}

const FAILED = mediationCase(
  { noAgreementReason: '双方对赔偿金额分歧较大' },
  { status: 'no_agreement', concludedOn: dayFromToday(-1) },
)

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? ''
const text = (testId: string) => clean(byTestId(testId)?.textContent)
const messageBox = () => document.querySelector('.el-message-box')?.textContent ?? ''
const confirmBox = () =>
  click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)
const ACTIONS = ['agreement-open', 'failure-open', 'signatures-open', 'review-open', 'refer-open']
const shown = () => ACTIONS.filter((id) => byTestId(id) !== null)

async function open(
  found: MediationCase,
  user: SessionUser = CLERK,
  core: Record<string, unknown> = {},
) {
  const calls = mockCore({ get_mediation_case: found, ...core })
  const mounted = await mountPage(MediationCasePage, {
    user,
    route: '/cases',
    props: { id: found.summary.id },
  })
  // The app's mediation routes, which the shared test router lacks.
  const component = defineComponent({ render: () => null })
  mounted.router.addRoute({ path: '/mediation/cases', name: 'mediation-cases', component })
  mounted.router.addRoute({
    path: '/mediation/cases/:id/refer',
    name: 'mediation-refer',
    component,
  })
  return { calls, ...mounted }
}

async function pickDate(testId: string, value: string): Promise<void> {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await settle()
}

async function tick(testId: string): Promise<void> {
  await click(byTestId(testId)!.querySelector('input')!)
}

describe('MediationCasePage', { timeout: 45_000 }, () => {
  it('shows the case: header, application with the oral record, matter and history', async () => {
    const { calls } = await open(mediationCase())
    expect(commands(calls, 'get_mediation_case')).toEqual([
      { cmd: 'get_mediation_case', args: { id: 'mc-1' } },
    ])
    expect(byTestId('mediation-case')).not.toBeNull()
    const crumbs = document.querySelector('.el-breadcrumb')?.textContent ?? ''
    expect(crumbs).toContain('调解案件')
    expect(crumbs).toContain('西峰调〔2026〕第001号')

    expect(text('mediation-case-no')).toBe('西峰调〔2026〕第001号')
    expect(text('mediation-status')).toBe('调解中')
    expect(byTestId('mediation-status')?.classList).toContain('el-tag--primary')
    const header = text('mediation-header')
    for (const part of [
      '董志镇劳动争议调解委员会',
      '王调解员',
      '李仲裁员',
      '现场',
      dayFromToday(-5),
      dayFromToday(10),
      '还剩 10 天',
      '¥9,600.00',
    ]) {
      expect(header).toContain(part)
    }
    expect(byTestId('mediation-due-days')?.classList).toContain('el-tag--info')

    expect(text('mediation-application')).toContain('口头申请')
    expect(text('mediation-oral-record')).toContain('2026 年 3 月 2 日来访口述')
    expect(text('mediation-application')).toContain('13807310001')
    expect(text('mediation-matter')).toContain('劳动报酬、工伤医疗费、经济补偿或者赔偿金')
    expect(text('mediation-matter')).toContain('拖欠 2026 年 1 月至 2 月工资')
    expect(text('mediation-result')).toContain(`${dayFromToday(10)} 前`)
    expect(text('mediation-events')).toContain('登记口头调解申请')
    expect(text('mediation-events')).toContain('2026-03-02 09:30')
  })

  it('turns the deadline amber in its last three days and red once past', async () => {
    await open(mediationCase({}, { dueOn: dayFromToday(3) }))
    expect(text('mediation-due-days')).toBe('还剩 3 天')
    expect(byTestId('mediation-due-days')?.classList).toContain('el-tag--warning')
  })

  it('marks an overdue mediation red', async () => {
    await open(mediationCase({}, { dueOn: dayFromToday(-2) }))
    expect(text('mediation-due-days')).toBe('逾期 2 天')
    expect(byTestId('mediation-due-days')?.classList).toContain('el-tag--danger')
  })

  it('offers the actions each state allows', async () => {
    await open(mediationCase())
    expect(shown()).toEqual(['agreement-open', 'failure-open'])
  })

  it('offers to complete the signatures of an agreement not yet in effect', async () => {
    await open(
      mediationCase(
        { agreementTerms: '支付工资', signedApplicant: true, signedMediator: true },
        { status: 'agreement', concludedOn: dayFromToday(-1) },
      ),
    )
    expect(shown()).toEqual(['signatures-open'])
    expect(text('mediation-effect')).toContain('未生效')
    expect(text('mediation-sign-signedApplicant')).toContain('✓')
    expect(text('mediation-sign-signedRespondent')).toContain('✗')
    expect(text('mediation-sign-sealed')).toContain('✗')
    expect(text('mediation-review')).toContain('协议生效后十五日内可以共同申请仲裁审查')
  })

  it('offers review only while the window is open and nothing was applied', async () => {
    await open(effective(dayFromToday(-3), dayFromToday(12)))
    expect(shown()).toEqual(['review-open'])
    expect(byTestId('mediation-status')?.classList).toContain('el-tag--success')
    expect(text('mediation-effect')).toBe(`已生效（${dayFromToday(-3)}）`)
    expect(text('mediation-review')).toContain(`双方可于 ${dayFromToday(12)} 前共同申请仲裁审查`)
    // An ended mediation has no running deadline.
    expect(byTestId('mediation-due-days')).toBeNull()
  })

  it('offers no review once the window closed', async () => {
    await open(effective(dayFromToday(-20), dayFromToday(-5)))
    expect(shown()).toEqual([])
    expect(text('mediation-review')).toContain(`已于 ${dayFromToday(-5)} 届满`)
  })

  it('offers no review once it was applied for', async () => {
    await open(effective(dayFromToday(-3), dayFromToday(12), { reviewAppliedOn: dayFromToday(-1) }))
    expect(shown()).toEqual([])
    expect(text('mediation-review')).toContain(`双方已于 ${dayFromToday(-1)} 共同申请仲裁审查`)
  })

  it('offers staff, not mediators, to refer a failed mediation to arbitration', async () => {
    const { router } = await open(FAILED)
    expect(shown()).toEqual(['refer-open'])
    expect(text('mediation-status')).toBe('调解不成')
    expect(byTestId('mediation-status')?.classList).toContain('el-tag--warning')
    expect(text('mediation-failure-reason')).toBe('双方对赔偿金额分歧较大')
    await click('refer-open')
    expect(router.currentRoute.value.name).toBe('mediation-refer')
    expect(router.currentRoute.value.params.id).toBe('mc-1')
  })

  it('offers a mediator no referral', async () => {
    await open(FAILED, MEDIATOR)
    expect(shown()).toEqual([])
    expect(text('mediation-refer-hint')).toContain('可以依法申请仲裁')
  })

  it('links a referred mediation to its arbitration case', async () => {
    const { router } = await open({ ...FAILED, referredCaseId: 'case-9' })
    expect(shown()).toEqual([])
    await click('mediation-case-link')
    expect(router.currentRoute.value.name).toBe('case-file')
    expect(router.currentRoute.value.params.id).toBe('case-9')
  })

  it('records an agreement signed by all: it takes effect on the day', async () => {
    const today = shanghaiDate()
    const { calls } = await open(mediationCase(), MEDIATOR, {
      record_mediation_agreement: (args: Record<string, unknown>) => {
        const input = args.input as AgreementInput
        return effective(input.concludedOn, dayFromToday(15), {
          agreementTerms: input.terms,
          performanceDueOn: input.performanceDueOn ?? null,
        })
      },
    })
    await click('agreement-open')
    expect(byTestId('agreement-form')).not.toBeNull()
    expect(text('agreement-effect')).toContain('协议暂不生效')

    // The terms are required.
    await click('agreement-submit')
    expect(commands(calls, 'record_mediation_agreement')).toEqual([])
    expect(text('agreement-terms')).toContain('请填写协议内容')

    await typeInto('agreement-terms', ' 被申请人于 2026 年 3 月 20 日前支付工资 9,600 元 ')
    await pickDate('agreement-performance-due', dayFromToday(10))
    for (const key of ['signedApplicant', 'signedRespondent', 'signedMediator', 'sealed']) {
      await tick(`agreement-sign-${key}`)
    }
    expect(text('agreement-effect')).toContain(`协议自 ${today} 起生效`)
    await click('agreement-submit')

    expect(commands(calls, 'record_mediation_agreement')).toEqual([
      {
        cmd: 'record_mediation_agreement',
        args: {
          id: 'mc-1',
          input: {
            concludedOn: today,
            terms: '被申请人于 2026 年 3 月 20 日前支付工资 9,600 元',
            performanceDueOn: dayFromToday(10),
            signedApplicant: true,
            signedRespondent: true,
            signedMediator: true,
            sealed: true,
          } satisfies AgreementInput,
        },
      },
    ])
    expect(text('mediation-status')).toBe('达成协议')
    expect(text('mediation-effect')).toBe(`已生效（${today}）`)
    expect(text('mediation-terms')).toContain('9,600 元')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      `已登记调解协议，协议自 ${today} 起生效`,
    )
    expect(shown()).toEqual(['review-open'])
  })

  it('completes the signatures later: the marks already there stay', async () => {
    const pending = mediationCase(
      { agreementTerms: '支付工资', signedApplicant: true, signedMediator: true },
      { status: 'agreement', concludedOn: dayFromToday(-2) },
    )
    const today = shanghaiDate()
    const { calls } = await open(pending, CLERK, {
      complete_agreement_signatures: effective(today, dayFromToday(15)),
    })
    await click('signatures-open')
    expect(byTestId('signatures-sign-signedApplicant')?.classList).toContain('is-disabled')
    expect(byTestId('signatures-sign-signedApplicant')?.classList).toContain('is-checked')
    await tick('signatures-sign-signedRespondent')
    expect(text('signatures-effect')).toContain('仍有未签名或盖章的项目')
    await tick('signatures-sign-sealed')
    expect(text('signatures-effect')).toContain(`协议自 ${today} 起生效`)
    await click('signatures-submit')
    expect(commands(calls, 'complete_agreement_signatures').map((c) => c.args)).toEqual([
      { id: 'mc-1', input: { on: today, ...SIGNED } },
    ])
    expect(shown()).toEqual(['review-open'])
  })

  it('records no agreement after asking, with the reason', async () => {
    const { calls } = await open(mediationCase(), CLERK, { record_mediation_failure: FAILED })
    await click('failure-open')
    expect(byTestId('failure-form')).not.toBeNull()
    await click('failure-submit')
    expect(text('failure-reason')).toContain('请填写调解不成的原因')

    await typeInto('failure-reason', '双方对赔偿金额分歧较大')
    await click('failure-submit')
    expect(messageBox()).toContain('不能再登记调解协议')
    expect(commands(calls, 'record_mediation_failure')).toEqual([])
    await confirmBox()
    expect(commands(calls, 'record_mediation_failure').map((c) => c.args)).toEqual([
      { id: 'mc-1', input: { concludedOn: shanghaiDate(), reason: '双方对赔偿金额分歧较大' } },
    ])
    expect(text('mediation-status')).toBe('调解不成')
    expect(shown()).toEqual(['refer-open'])
  })

  it('applies for review only when both parties apply, showing the last day', async () => {
    const due = dayFromToday(12)
    const { calls } = await open(effective(dayFromToday(-3), due), CLERK, {
      apply_for_agreement_review: effective(dayFromToday(-3), due, {
        reviewAppliedOn: shanghaiDate(),
      }),
    })
    await click('review-open')
    expect(byTestId('review-form')).not.toBeNull()
    expect(text('review-last-day')).toContain(`最后一日为 ${due}（还剩 12 天）`)

    await click('review-submit')
    expect(commands(calls, 'apply_for_agreement_review')).toEqual([])
    expect(text('review-joint')).toContain('仲裁审查须由双方当事人共同申请')

    await tick('review-joint-check')
    await click('review-submit')
    expect(commands(calls, 'apply_for_agreement_review').map((c) => c.args)).toEqual([
      { id: 'mc-1', input: { appliedOn: shanghaiDate(), joint: true } },
    ])
    expect(text('mediation-review')).toContain(`双方已于 ${shanghaiDate()} 共同申请仲裁审查`)
    expect(shown()).toEqual([])
  })

  it('tells the core’s refusal in the dialog, in the user’s words', async () => {
    await open(effective(dayFromToday(-3), dayFromToday(12)), CLERK, {
      apply_for_agreement_review: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'review_out_of_time',
          message: '已超过申请期限',
        })
      },
    })
    await click('review-open')
    await tick('review-joint-check')
    await click('review-submit')
    expect(text('review-error')).toBe('已超过协议生效之日起十五日的申请期限，不能再申请仲裁审查')
  })

  it('offers a retry when the case cannot be loaded', async () => {
    const { calls } = await open(mediationCase(), CLERK, {
      get_mediation_case: () => {
        throw appError({ code: 'not_found', reason: 'not_found', message: '找不到' })
      },
    })
    expect(document.querySelector('.el-result')?.textContent).toContain('调解案件加载失败')
    await click(document.querySelector<HTMLElement>('.el-result .el-button--primary')!)
    expect(commands(calls, 'get_mediation_case')).toHaveLength(2)
  })
})
