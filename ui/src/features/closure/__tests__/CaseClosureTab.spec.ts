import { describe, expect, it } from 'vitest'
import CaseClosureTab from '../CaseClosureTab.vue'
import {
  appError,
  byTestId,
  click,
  fieldErrors,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import { caseFile, party } from '@/test/cases'
import {
  APPLICANT,
  ARBITRATOR,
  CASE_NO,
  CLERK,
  FILE,
  RESPONDENT,
  check,
  choose,
} from '@/test/hearings'
import {
  CLAIM,
  COUNTER,
  COUNTER_NO,
  MIXED,
  NON_FINAL_NOTICE,
  WAGES,
  attempt,
  award,
  overview,
  statement,
} from '@/test/closure'
import type { AwardInput } from '@/bindings/AwardInput'
import type { ClosureOverview } from '@/bindings/ClosureOverview'
import type { SessionUser } from '@/bindings/SessionUser'
import type { StatementEventInput } from '@/bindings/StatementEventInput'
import type { WithdrawalInput } from '@/bindings/WithdrawalInput'
import { shanghaiDate } from '@/utils/format'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const messageBox = () => document.querySelector('.el-message-box')?.textContent ?? ''
const confirmBox = () =>
  click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)
const radio = (testId: string) => click(byTestId(testId)!.querySelector<HTMLElement>('input')!)

const TRIED = '2025-10-28 已进行调解'

async function open(
  core: Record<string, unknown>,
  user: SessionUser = CLERK,
  first: ClosureOverview = overview(),
) {
  const calls = mockCore({ get_closure: first, ...core })
  const mounted = await mountPage(CaseClosureTab, {
    user,
    route: '/cases/case-1',
    props: { file: FILE },
  })
  return { calls, ...mounted }
}

describe('the 调解与结案 tab', () => {
  it('shows the merged group and warns that mediation comes before the award', async () => {
    const { calls } = await open({})
    expect(commands(calls, 'get_closure')).toEqual([
      { cmd: 'get_closure', args: { caseId: 'case-1' } },
    ])
    expect(text('closure-case-case-1')).toContain(CASE_NO)
    expect(text('closure-case-case-2')).toContain(COUNTER_NO)
    expect(text('closure-case-case-2')).toContain('反申请')
    const j1 = byTestId('closure-j1')!
    expect(j1.classList).toContain('el-alert--warning')
    expect(j1.textContent).toContain(
      '尚未调解：裁决前应当先行调解（《劳动争议调解仲裁法》第四十二条）',
    )
    expect(text('closure-attempts-empty')).toContain('点击“登记调解”')
  })

  it('says how mediation was tried once it was', async () => {
    await open({}, CLERK, overview({ attempts: [attempt()], mediationTried: TRIED }))
    const j1 = byTestId('closure-j1')!
    expect(j1.classList).toContain('el-alert--success')
    expect(j1.textContent?.trim()).toBe(`已调解：${TRIED}`)
    const row = byTestId('closure-attempts')!.querySelector('.el-table__body tr')!
    expect(row.textContent).toContain('仲裁员张仲裁')
    expect(row.textContent).toContain('达成调解协议')
  })

  it('records a mediation attempt', async () => {
    const today = shanghaiDate()
    const { calls } = await open({
      record_mediation_attempt: () => attempt({ heldOn: today, result: 'refused' }),
    })
    await click('attempt-open')
    expect(byTestId('attempt-dialog')).not.toBeNull()
    await click('attempt-confirm')
    expect(fieldErrors()).toEqual(['请填写主持调解的人员'])
    await radio('attempt-phase-before_hearing')
    await radio('attempt-mode-phone')
    await typeInto('attempt-mediators', '仲裁员张仲裁')
    await radio('attempt-result-refused')
    await typeInto('attempt-note', '被申请人明确表示不同意调解')
    await click('attempt-confirm')
    expect(commands(calls, 'record_mediation_attempt')).toEqual([
      {
        cmd: 'record_mediation_attempt',
        args: {
          caseId: 'case-1',
          input: {
            phase: 'before_hearing',
            mode: 'phone',
            mediators: '仲裁员张仲裁',
            heldOn: today,
            result: 'refused',
            note: '被申请人明确表示不同意调解',
          },
        },
      },
    ])
    // The tab reloads the group afterwards.
    expect(commands(calls, 'get_closure')).toHaveLength(2)
  })

  it('withdraws the claim and the counterclaim together after a settlement', async () => {
    const today = shanghaiDate()
    const { calls, wrapper } = await open({
      withdraw_cases: () => [
        {
          id: 'w-1',
          caseId: 'case-1',
          caseNo: CASE_NO,
          kind: 'voluntary',
          afterSettlement: true,
          onDate: today,
          reason: '',
          recordedByName: '李书记',
        },
        {
          id: 'w-2',
          caseId: 'case-2',
          caseNo: COUNTER_NO,
          kind: 'voluntary',
          afterSettlement: true,
          onDate: today,
          reason: '',
          recordedByName: '李书记',
        },
      ],
    })
    await click('withdraw-open')
    const box = (id: string) =>
      byTestId(`withdraw-case-${id}`)!.querySelector<HTMLInputElement>('input')!
    expect(box('case-1').checked).toBe(true)
    expect(box('case-2').checked).toBe(true)
    expect(text(`withdraw-case-case-2`)).toContain(`申请人：${RESPONDENT.name}`)
    await click('withdraw-settled')
    await typeInto('withdraw-reason', '双方已自行和解')
    await click('withdraw-confirm')
    expect(messageBox()).toContain(`${CASE_NO}、${COUNTER_NO}`)
    expect(messageBox()).toContain('撤回仲裁申请')
    expect(commands(calls, 'withdraw_cases')).toEqual([])
    await confirmBox()

    expect(commands(calls, 'withdraw_cases')).toEqual([
      {
        cmd: 'withdraw_cases',
        args: {
          input: {
            caseIds: ['case-1', 'case-2'],
            kind: 'voluntary',
            afterSettlement: true,
            onDate: today,
            reason: '双方已自行和解',
          } satisfies WithdrawalInput,
        },
      },
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain(COUNTER_NO)
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  it('wants the assessment before a deemed withdrawal and shows the core’s refusal', async () => {
    const { calls } = await open({
      withdraw_cases: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'notice_not_served',
          message: '未能证明书面开庭通知已送达，不能按撤回处理（《劳动争议调解仲裁法》第三十六条）',
        })
      },
    })
    await click('withdraw-open')
    // Only the claim this time.
    await check('withdraw-case-case-2')
    await radio('withdraw-kind-deemed')
    expect(byTestId('withdraw-settled')).toBeNull()
    await click('withdraw-confirm')
    expect(document.querySelector('.el-message-box')).toBeNull()
    expect(commands(calls, 'withdraw_cases')).toEqual([])
    expect(byTestId('withdraw-reason')?.classList).toContain('is-error')
    expect(fieldErrors()).toEqual([
      '按撤回处理须记明申请人经书面通知、无正当理由拒不到庭或未经许可中途退庭的情况',
    ])

    await typeInto('withdraw-reason', '经书面通知，申请人无正当理由未到庭')
    await click('withdraw-confirm')
    expect(messageBox()).toContain('按撤回仲裁申请处理')
    expect(messageBox()).not.toContain(COUNTER_NO)
    await confirmBox()
    expect(commands(calls, 'withdraw_cases').map((c) => c.args.input)).toEqual([
      {
        caseIds: ['case-1'],
        kind: 'deemed',
        afterSettlement: false,
        onDate: shanghaiDate(),
        reason: '经书面通知，申请人无正当理由未到庭',
      },
    ])
    expect(text('withdraw-error')).toContain('未能证明书面开庭通知已送达')
  })

  it('records a party’s receipt of the 调解书', async () => {
    const today = shanghaiDate()
    const first = overview({
      attempts: [attempt()],
      mediationTried: TRIED,
      statements: [statement()],
    })
    const signed = statement({
      events: [
        {
          partyId: RESPONDENT.id,
          partyName: RESPONDENT.name,
          kind: 'receipt',
          onDate: today,
          method: 'post',
          note: '',
          recordedAt: '2025-11-01T02:00:00Z',
        },
      ],
      awaiting: [APPLICANT.name],
    })
    const { calls } = await open({ record_statement_event: () => signed }, CLERK, first)
    expect(text('statement-status-0')).toBe('待签收')
    expect(text('statement-0')).toContain('¥12,000.00')
    expect(text('statement-0')).toContain(`待签收：${APPLICANT.name}、${RESPONDENT.name}`)

    await click('statement-event-open-0')
    await choose('statement-event-party', `被申请人：${RESPONDENT.name}`)
    await choose('statement-event-method', '邮寄送达')
    await click('statement-event-confirm')
    // Not the last receipt: no confirmation needed.
    expect(document.querySelector('.el-message-box')).toBeNull()
    expect(commands(calls, 'record_statement_event')).toEqual([
      {
        cmd: 'record_statement_event',
        args: {
          statementId: 'ms-1',
          input: {
            partyId: RESPONDENT.id,
            kind: 'receipt',
            onDate: today,
            method: 'post',
            note: '',
          } satisfies StatementEventInput,
        },
      },
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      `已登记${RESPONDENT.name}签收`,
    )
  })

  it('says what the last receipt does before recording it', async () => {
    const pending = statement({
      events: [
        {
          partyId: RESPONDENT.id,
          partyName: RESPONDENT.name,
          kind: 'receipt',
          onDate: '2025-10-30',
          method: 'post',
          note: '',
          recordedAt: '2025-10-30T02:00:00Z',
        },
      ],
      awaiting: [APPLICANT.name],
    })
    const { calls } = await open(
      { record_statement_event: () => ({ ...pending, status: 'effective' }) },
      ARBITRATOR,
      overview({ attempts: [attempt()], mediationTried: TRIED, statements: [pending] }),
    )
    await click('statement-event-open-0')
    // Only the applicant is left to choose.
    await click('statement-event-confirm')
    expect(messageBox()).toContain('最后一方')
    expect(messageBox()).toContain(`${CASE_NO}、${COUNTER_NO}`)
    await confirmBox()
    expect(commands(calls, 'record_statement_event').map((c) => c.args.input)).toEqual([
      {
        partyId: APPLICANT.id,
        kind: 'receipt',
        onDate: shanghaiDate(),
        method: 'in_person',
        note: '',
      },
    ])
  })

  it('takes the parties who sign from the lead case when opened on the counterclaim', async () => {
    const counterFile = caseFile(
      {
        parties: [
          party({ id: 'p-c-env', name: RESPONDENT.name, kind: 'organization' }),
          party({ id: 'p-c-zhao', name: APPLICANT.name, side: 'respondent' }),
        ],
      },
      COUNTER,
    )
    const calls = mockCore({
      get_closure: overview({
        attempts: [attempt()],
        mediationTried: TRIED,
        statements: [statement()],
      }),
      get_case: FILE,
      record_statement_event: () => statement(),
    })
    await mountPage(CaseClosureTab, { user: CLERK, props: { file: counterFile } })
    expect(commands(calls, 'get_closure')).toEqual([
      { cmd: 'get_closure', args: { caseId: 'case-2' } },
    ])
    expect(commands(calls, 'get_case')).toEqual([{ cmd: 'get_case', args: { caseId: 'case-1' } }])
    await click('statement-event-open-0')
    await choose('statement-event-party', `申请人：${APPLICANT.name}`)
    await click('statement-event-confirm')
    expect(commands(calls, 'record_statement_event').map((c) => c.args.input)).toEqual([
      {
        partyId: APPLICANT.id,
        kind: 'receipt',
        onDate: shanghaiDate(),
        method: 'in_person',
        note: '',
      },
    ])
  })

  it('speaks English', async () => {
    mockCore({ get_closure: overview() })
    await mountPage(CaseClosureTab, { user: ARBITRATOR, locale: 'en', props: { file: FILE } })
    expect(text('closure-j1')).toContain('Not yet mediated')
    expect(text('closure-case-case-2')).toContain('Counterclaim')
    expect(text('award-open')).toBe('Make award')
  })

  it('lets only arbitrators make the 调解书 and the award', async () => {
    const group = overview({ attempts: [attempt()], mediationTried: TRIED })
    await open({}, CLERK, group)
    expect(byTestId('attempt-open')).not.toBeNull()
    expect(byTestId('withdraw-open')).not.toBeNull()
    expect(byTestId('statement-open')).toBeNull()
    expect(byTestId('award-open')).toBeNull()

    document.body.innerHTML = ''
    await open({}, ARBITRATOR, group)
    expect(byTestId('statement-open')).not.toBeNull()
    expect(byTestId('statement-open')?.hasAttribute('disabled')).toBe(false)
    expect(byTestId('award-open')).not.toBeNull()
  })

  it('issues a 调解书 with its terms', async () => {
    const today = shanghaiDate()
    const { calls } = await open(
      { issue_mediation_statement: () => statement() },
      ARBITRATOR,
      overview({ attempts: [attempt()], mediationTried: TRIED }),
    )
    await click('statement-open')
    expect(byTestId<HTMLInputElement>('statement-doc-no')!.querySelector('input')!.value).toBe(
      CASE_NO,
    )
    await typeInto('statement-claims', '1. 支付工资')
    await typeInto('statement-term-0-description', '被申请人支付申请人工资')
    await typeInto('statement-term-0-amount', '12,000')
    await typeInto('statement-term-0-manner', '银行转账')
    await click('statement-term-add')
    await typeInto('statement-term-1-description', '申请人放弃其他请求')
    await typeInto('statement-term-1-amount', '12元3角')
    await click('statement-confirm')
    expect(commands(calls, 'issue_mediation_statement')).toEqual([])
    expect(fieldErrors()).toEqual([
      '金额格式不正确：请填写数字，最多两位小数，例如 18600 或 18,600.00',
    ])
    await typeInto('statement-term-1-amount', '')
    await click('statement-confirm')
    expect(commands(calls, 'issue_mediation_statement')).toEqual([
      {
        cmd: 'issue_mediation_statement',
        args: {
          caseId: 'case-1',
          input: {
            docNo: CASE_NO,
            claimsSummary: '1. 支付工资',
            terms: [
              { description: '被申请人支付申请人工资', amount: '12,000', manner: '银行转账' },
              { description: '申请人放弃其他请求', amount: '', manner: '' },
            ],
            issuedOn: today,
          },
        },
      },
    ])
  })
})

describe('the award', () => {
  const mediated = overview({ attempts: [attempt()], mediationTried: TRIED })

  async function fillTwoItems() {
    await click('award-open')
    await choose('award-locality', '庆阳市西峰区')
    await typeInto('award-item-0-description', '支付工资')
    await typeInto('award-item-0-amount', '18,600')
    await click('award-item-add')
    await choose('award-item-1-case', `${COUNTER_NO}（反申请）`)
    await choose('award-item-1-category', '经济补偿')
    await typeInto('award-item-1-description', '支付经济补偿')
    await typeInto('award-item-1-amount', '30000')
  }

  it('previews each item’s finality and the remedy notice while drafting', async () => {
    const { calls } = await open(
      { list_minimum_wages: WAGES, preview_award: () => MIXED },
      ARBITRATOR,
      mediated,
    )
    await fillTwoItems()
    expect(text('award-preview-hint')).toContain('正在计算')
    await sleep(450)
    await settle()

    // One question for the whole burst of typing, once the inputs were complete.
    expect(commands(calls, 'preview_award')).toEqual([
      {
        cmd: 'preview_award',
        args: {
          caseId: 'case-1',
          input: {
            docNo: CASE_NO,
            madeOn: shanghaiDate(),
            locality: '庆阳市西峰区',
            items: [
              { caseId: 'case-1', category: 'pay', description: '支付工资', amount: '18,600' },
              {
                caseId: 'case-2',
                category: 'compensation',
                description: '支付经济补偿',
                amount: '30000',
              },
            ],
          } satisfies AwardInput,
        },
      },
    ])
    expect(text('award-item-finality-0')).toBe('终局')
    expect(byTestId('award-item-finality-0')?.classList).toContain('el-tag--success')
    expect(text('award-item-finality-1')).toBe('非终局')
    expect(text('award-item-basis-1')).toContain('超过当地月最低工资标准十二个月金额')
    expect(text('award-threshold')).toContain('¥1,980.00')
    expect(text('award-threshold')).toContain('¥23,760.00')
    expect(text('award-warnings')).toContain('同时包含终局与非终局事项')
    expect(text('award-finality')).toContain('非终局裁决')
    expect(text('award-remedy')).toContain(NON_FINAL_NOTICE)
  })

  it('puts the core’s error on an item under that item’s amount', async () => {
    const { calls } = await open(
      {
        list_minimum_wages: WAGES,
        preview_award: () => {
          throw appError({
            code: 'validation',
            reason: 'money_invalid',
            field: 'items.0.amount',
            message: '金额格式不正确',
          })
        },
      },
      ARBITRATOR,
      mediated,
    )
    await fillTwoItems()
    await sleep(450)
    await settle()
    expect(commands(calls, 'preview_award')).toHaveLength(1)
    expect(byTestId('award-item-0-amount')?.classList).toContain('is-error')
    expect(byTestId('award-item-1-amount')?.classList).not.toContain('is-error')
    expect(text('award-item-0-amount')).toContain('金额格式不正确')
    // Inline in the preview panel, not a toast.
    expect(text('award-preview-error')).toContain('请先更正')
    expect(document.querySelector('.el-message--error')).toBeNull()
  })

  it('makes the award after confirming its type', async () => {
    const { calls, wrapper } = await open(
      {
        list_minimum_wages: WAGES,
        preview_award: () => MIXED,
        make_award: () => award(),
      },
      ARBITRATOR,
      mediated,
    )
    await fillTwoItems()
    await typeInto('award-facts', '申请人于2024年3月1日入职被申请人处。')
    await typeInto(
      'award-reasons',
      '依照《中华人民共和国劳动合同法》第三十条第一款之规定，裁决如下。',
    )
    await click('award-confirm')
    expect(messageBox()).toContain('非终局裁决')
    expect(messageBox()).toContain('裁决结案（非终局）')
    await confirmBox()
    const made = commands(calls, 'make_award')
    expect(made).toHaveLength(1)
    expect((made[0].args.input as AwardInput).items).toHaveLength(2)
    expect((made[0].args.input as AwardInput).facts).toBe('申请人于2024年3月1日入职被申请人处。')
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  it('shows the award and the outcome once the group is closed, without actions', async () => {
    const closed = (c: typeof CLAIM) => ({
      ...c,
      status: 'closed' as const,
      closureType: 'award_non_final' as const,
      closedOn: '2025-11-20',
    })
    await open(
      {},
      ARBITRATOR,
      overview({
        cases: [closed(CLAIM), closed(COUNTER)],
        attempts: [attempt()],
        mediationTried: TRIED,
        award: award(),
      }),
    )
    expect(text('closure-outcome')).toContain('本案已结案')
    expect(text('closure-outcome')).toContain('裁决结案（非终局）')
    expect(text('closure-award-type')).toBe('非终局裁决')
    expect(text('closure-award-item-finality-0')).toBe('终局')
    expect(text('closure-award-remedy')).toContain(NON_FINAL_NOTICE)
    for (const id of ['attempt-open', 'statement-open', 'withdraw-open', 'award-open']) {
      expect(byTestId(id), id).toBeNull()
    }
    // Made before the reasoning was recorded: nothing to fold out.
    expect(byTestId('closure-award-reasoning')).toBeNull()
  })

  it('folds the facts found and the reasons of the award away under its items', async () => {
    await open(
      {},
      CLERK,
      overview({
        attempts: [attempt()],
        mediationTried: TRIED,
        award: award(MIXED, {
          defense: null,
          facts: '申请人于2024年3月1日入职被申请人处，月工资6,200元。',
          reasons: '依照《中华人民共和国劳动合同法》第三十条第一款之规定，裁决如下。',
        }),
      }),
    )
    const body = () =>
      byTestId('closure-award-reasoning')!.querySelector<HTMLElement>('.el-collapse-item__wrap')!
    expect(text('closure-award-reasoning')).toContain('答辩意见、查明事实与裁决理由')
    expect(body().style.display).toBe('none')
    await click(
      byTestId('closure-award-reasoning')!.querySelector<HTMLElement>('.el-collapse-item__header')!,
    )
    expect(body().style.display).not.toBe('none')
    expect(text('closure-award-facts')).toBe(
      '经审理查明申请人于2024年3月1日入职被申请人处，月工资6,200元。',
    )
    expect(text('closure-award-reasons')).toContain('本委认为依照《中华人民共和国劳动合同法》')
    expect(byTestId('closure-award-defense')).toBeNull()
  })
})
