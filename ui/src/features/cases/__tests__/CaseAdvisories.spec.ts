import { describe, expect, it } from 'vitest'
import CaseAuditTab from '../CaseAuditTab.vue'
import CaseFilePage from '../CaseFilePage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  inputOf,
  mockCore,
  mountPage,
  settle,
  type Call,
} from '@/test/helpers'
import { caseFile } from '@/test/cases'
import type { Advisory } from '@/bindings/Advisory'
import type { CaseFile } from '@/bindings/CaseFile'
import type { Circumstances } from '@/bindings/Circumstances'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

const EXPIRED: Advisory = {
  rule: 'A6',
  level: 'warning',
  code: 'limitation_expired',
  params: { scope: 'other', start: '2024-06-30', end: '2025-06-30', received: '2025-10-09' },
  message: '核心的原话（不应显示）',
  basis: '《劳动争议调解仲裁法》第二十七条',
}
const WAGE_ONGOING: Advisory = {
  rule: 'A6',
  level: 'info',
  code: 'limitation_wage_ongoing',
  params: { scope: 'wage' },
  message: '核心的原话（不应显示）',
  basis: '《劳动争议调解仲裁法》第二十七条第四款',
}
const DISPATCH: Advisory = {
  rule: 'A8',
  level: 'warning',
  code: 'dispatch_co_party_missing',
  params: {},
  message: '劳务派遣争议：劳务派遣单位和用工单位应为共同当事人',
  basis: '《劳动争议调解仲裁法》第二十二条',
}
/** A code this UI does not know yet: the core's own words are shown. */
const UNKNOWN: Advisory = {
  rule: 'A7',
  level: 'info',
  code: 'something_new',
  params: {},
  message: '核心新增的提示',
  basis: '《劳动人事争议仲裁办案规则》第五十一条',
}

const WITH_ADVISORIES = caseFile({ advisories: [EXPIRED, WAGE_ONGOING, DISPATCH, UNKNOWN] })

async function open(
  file: CaseFile,
  user: SessionUser = CLERK,
  core: Record<string, unknown> = {},
  locale: 'zh-CN' | 'en' = 'zh-CN',
) {
  const calls = mockCore({ get_case: file, ...core })
  const mounted = await mountPage(CaseFilePage, {
    user,
    locale,
    route: `/cases/${file.summary.id}`,
    props: { id: file.summary.id },
  })
  return { calls, ...mounted }
}

/** Whether the circumstances dialog is on screen (Element keeps it in the DOM once opened). */
const dialogShown = () => {
  const overlay = byTestId('circ-dialog')?.closest<HTMLElement>('.el-overlay')
  return !!overlay && overlay.style.display !== 'none'
}

/** Types a date into an Element date picker (its input commits on `change`). */
async function pickDate(testId: string, value: string): Promise<void> {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await settle()
}

describe('立案提示 (A6–A8)', () => {
  it('lists each advisory with its rule, the UI’s wording with the dates, and the basis', async () => {
    await open(WITH_ADVISORIES)
    expect(byTestId('advisories')).not.toBeNull()
    expect(text('advisories')).toContain('立案提示')
    expect(text('advisories-hint')).toBe('仅为提示，不影响受理')

    const expired = byTestId('advisory-limitation_expired')!
    expect(expired.classList).toContain('advisory--warning')
    expect(expired.querySelector('.el-tag')?.classList).toContain('el-tag--warning')
    expect(text('advisory-limitation_expired')).toContain('A6')
    expect(text('advisory-limitation_expired')).toContain(
      '按记录的日期，其他请求的一年仲裁时效自 2024-06-30 起算，已于 2025-06-30 届满，收件日为 2025-10-09。',
    )
    expect(text('advisory-limitation_expired')).not.toContain('核心的原话')
    expect(expired.querySelector('.advisory__basis')?.textContent).toBe(
      '《劳动争议调解仲裁法》第二十七条',
    )

    const ongoing = byTestId('advisory-limitation_wage_ongoing')!
    expect(ongoing.classList).toContain('advisory--info')
    expect(ongoing.classList).not.toContain('advisory--warning')
    expect(ongoing.querySelector('.el-tag')?.classList).toContain('el-tag--info')
    expect(text('advisory-limitation_wage_ongoing')).toContain(
      '劳动关系存续期间因拖欠劳动报酬发生争议的，劳动报酬类请求不受一年仲裁时效的限制',
    )

    expect(byTestId('advisory-dispatch_co_party_missing')?.classList).toContain('advisory--warning')
    expect(text('advisory-dispatch_co_party_missing')).toContain('A8')
    expect(text('advisory-something_new')).toContain('核心新增的提示')
  })

  it('words the advisories in English with the params', async () => {
    await open(WITH_ADVISORIES, CLERK, {}, 'en')
    expect(text('advisories-hint')).toBe('Prompts only; they never block acceptance')
    expect(text('advisory-limitation_expired')).toContain(
      'the one-year limitation for other claims ran from 2024-06-30 and expired on 2025-06-30; the application was received on 2025-10-09',
    )
    expect(text('advisory-limitation_wage_ongoing')).toContain(
      'wage claims are not subject to the one-year limitation',
    )
  })

  it('shows what was recorded in one line', async () => {
    await open(
      caseFile({
        circumstances: {
          ...caseFile().circumstances,
          knewOn: '2025-03-01',
          employmentStatus: 'ended',
          employmentEndedOn: '2025-06-30',
          limitationSuspendedDays: 12,
          dispatchDispute: true,
        },
      }),
    )
    expect(text('circumstances-summary')).toBe(
      '已记录： 知道权利被侵害之日 2025-03-01 · 劳动关系已于 2025-06-30 解除或终止 · 时效中止 12 天 · 劳务派遣争议',
    )
  })

  it.each([
    ['a mediator', caseFile(), MEDIATOR],
    ['a closed case', caseFile({}, { status: 'closed', closedOn: '2025-11-01' }), CLERK],
    ['a refused application', caseFile({}, { status: 'not_accepted' }), ADMIN],
  ])('offers no recording to %s', async (_, file, user) => {
    await open({ ...file, advisories: [EXPIRED] }, user)
    expect(byTestId('advisory-limitation_expired')).not.toBeNull()
    expect(byTestId('circumstances-open')).toBeNull()
  })

  it('offers recording to case staff while the case is open', async () => {
    await open(caseFile({}, { status: 'accepted', acceptedOn: '2025-10-10' }), CLERK)
    expect(byTestId('circumstances-open')).not.toBeNull()
  })
})

describe('记录时效与案件情况', () => {
  const RECORDED: Circumstances = {
    knewOn: '2025-03-01',
    employmentStatus: 'ended',
    employmentEndedOn: '2025-06-30',
    limitationInterruptedOn: null,
    limitationSuspendedDays: 0,
    dispatchDispute: true,
    employerUnlicensed: false,
    collectiveContract: false,
  }

  it('sends the dates and circumstances and shows the file the core answers', async () => {
    const saved = caseFile({
      circumstances: RECORDED,
      advisories: [{ ...EXPIRED, params: { ...EXPIRED.params, start: '2025-06-30' } }],
    })
    const { calls } = await open(caseFile(), CLERK, { set_circumstances: () => saved })
    expect(text('advisories')).toContain('暂无提示')
    await click('circumstances-open')
    expect(byTestId('circ-ended-on')).toBeNull()

    await pickDate('circ-knew-on', '2025-03-01')
    await click('circ-employment-ended')
    expect(byTestId('circ-ended-on')).not.toBeNull()
    await pickDate('circ-ended-on', '2025-06-30')
    await click('circ-dispatch')
    expect(dialogShown()).toBe(true)
    await click('circ-submit')

    expect(commands(calls, 'set_circumstances').map((c) => c.args)).toEqual([
      { caseId: 'case-1', input: RECORDED },
    ])
    expect(dialogShown()).toBe(false)
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '时效与案件情况已记录',
    )
    expect(text('advisory-limitation_expired')).toContain('自 2025-06-30 起算')
    expect(text('circumstances-summary')).toContain('劳动关系已于 2025-06-30 解除或终止')
  })

  it('prefills from the file and sends no end date unless the employment ended', async () => {
    const { calls } = await open(caseFile({ circumstances: RECORDED }), CLERK, {
      set_circumstances: () => caseFile(),
    })
    await click('circumstances-open')
    expect(inputOf('circ-knew-on').value).toBe('2025-03-01')
    expect(inputOf('circ-ended-on').value).toBe('2025-06-30')
    expect(inputOf('circ-dispatch').checked).toBe(true)

    await click('circ-employment-ongoing')
    expect(byTestId('circ-ended-on')).toBeNull()
    const days = inputOf('circ-suspended-days')
    days.value = '30'
    days.dispatchEvent(new Event('input', { bubbles: true }))
    days.dispatchEvent(new Event('change', { bubbles: true }))
    await settle()
    await click('circ-unlicensed')
    await click('circ-submit')

    expect(commands(calls, 'set_circumstances').map((c) => c.args)).toEqual([
      {
        caseId: 'case-1',
        input: {
          ...RECORDED,
          employmentStatus: 'ongoing',
          employmentEndedOn: null,
          limitationSuspendedDays: 30,
          employerUnlicensed: true,
        },
      },
    ])
  })

  it('shows the core’s field error under its field and keeps the dialog open', async () => {
    const { calls } = await open(caseFile(), CLERK, {
      set_circumstances: () => {
        throw appError({
          code: 'validation',
          reason: 'date_order',
          field: 'input.employmentEndedOn',
          message: '解除或终止日期不能早于知道权利被侵害之日',
        })
      },
    })
    await click('circumstances-open')
    await pickDate('circ-knew-on', '2025-03-01')
    await click('circ-employment-ended')
    await pickDate('circ-ended-on', '2025-01-31')
    await click('circ-submit')

    expect(commands(calls, 'set_circumstances')).toHaveLength(1)
    expect(byTestId('circ-ended-on')?.classList).toContain('is-error')
    expect(text('circ-ended-on')).toContain('解除或终止日期不能早于知道权利被侵害之日')
    expect(byTestId('circ-knew-on')?.classList).not.toContain('is-error')
    expect(dialogShown()).toBe(true)
    expect(document.querySelector('.el-message--success')).toBeNull()
    expect(byTestId('circumstances-summary')).toBeNull()
  })
})

describe('同一事项的在先申请 (J4)', () => {
  it('warns in red that a deemed withdrawal bars a new application on the same claims', async () => {
    await open(
      caseFile({
        priorWithdrawals: [
          {
            caseId: 'case-0',
            caseNo: '西劳人仲案字〔2025〕第3号',
            closureType: 'deemed_withdrawal',
            closedOn: '2025-05-20',
            sharedCategories: ['pay_compensation'],
          },
          {
            caseId: 'case-00',
            caseNo: null,
            closureType: 'withdrawal',
            closedOn: '2025-01-10',
            sharedCategories: ['contract', 'pay_compensation'],
          },
        ],
      }),
    )
    const panel = byTestId('prior-withdrawals')!
    const alert = byTestId('prior-withdrawals-deemed')!
    expect(alert.classList).toContain('el-alert--error')
    expect(alert.textContent).toContain('被视为撤回仲裁申请')
    expect(alert.textContent).toContain('第三十九条')
    expect(byTestId('prior-withdrawals-withdrawal')).toBeNull()

    const link = byTestId<HTMLAnchorElement>('prior-withdrawal-0')!
    expect(link.textContent?.trim()).toBe('西劳人仲案字〔2025〕第3号')
    expect(link.getAttribute('href')).toBe('/cases/case-0')
    expect(text('prior-withdrawal-0-type')).toBe('按撤回仲裁申请处理')
    expect(text('prior-withdrawal-1')).toBe('(无案号)')
    expect(text('prior-withdrawal-1-type')).toBe('撤回仲裁申请')
    const rows = panel.querySelectorAll('tbody tr')
    expect(rows[0].textContent).toContain('2025-05-20')
    expect(rows[0].textContent).toContain('劳动报酬、工伤医疗费、经济补偿或者赔偿金')
    expect(rows[1].textContent).toContain('订立、履行、变更、解除和终止劳动合同')
  })

  it('tells that a new application after a voluntary withdrawal may be accepted', async () => {
    await open(
      caseFile({
        priorWithdrawals: [
          {
            caseId: 'case-0',
            caseNo: '西劳人仲案字〔2025〕第3号',
            closureType: 'withdrawal',
            closedOn: '2025-05-20',
            sharedCategories: ['pay_compensation'],
          },
        ],
      }),
    )
    const alert = byTestId('prior-withdrawals-withdrawal')!
    expect(alert.classList).toContain('el-alert--info')
    expect(alert.textContent).toContain('撤回后再次申请仲裁的，可以受理')
    expect(byTestId('prior-withdrawals-deemed')).toBeNull()
  })

  it('shows nothing without earlier withdrawals', async () => {
    await open(caseFile())
    expect(byTestId('prior-withdrawals')).toBeNull()
  })
})

describe('the audit trail', () => {
  it('names the recording of the circumstances', async () => {
    const calls = mockCore({
      entity_audit: [
        {
          seq: 1,
          at: '2025-10-09T02:00:00Z',
          actorId: 'u-clerk',
          actorLabel: '赵书记',
          action: 'case.circumstances_set',
          entityType: 'case',
          entityId: 'case-1',
          summary: '记录时效与案件情况',
          hash: '0123456789abcdef',
        },
      ],
    })
    await mountPage(CaseAuditTab, { user: CLERK, props: { caseId: 'case-1' } })
    expect(calls.map((c) => c.args)).toEqual([{ entityType: 'case', entityId: 'case-1' }])
    expect(text('entity-audit-action')).toBe('记录时效与案件情况')
  })
})
