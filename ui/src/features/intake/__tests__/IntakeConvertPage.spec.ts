import { describe, expect, it } from 'vitest'
import IntakeConvertPage from '../IntakeConvertPage.vue'
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
import { intakeDraft, intakeItem } from '@/test/intake'
import type { NewCase } from '@/bindings/NewCase'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
/** The label an el-select shows for its value. */
const selected = (testId: string) =>
  byTestId(testId)?.querySelector('.el-select__selected-item:not(.is-hidden)')?.textContent?.trim()

async function open(core: Record<string, unknown>) {
  const calls = mockCore({ get_intake: intakeItem(), intake_case_draft: intakeDraft(), ...core })
  const mounted = await mountPage(IntakeConvertPage, {
    user: CLERK,
    route: '/intake/in-1/convert',
    props: { id: 'in-1' },
  })
  return { calls, ...mounted }
}

describe('IntakeConvertPage', { timeout: 45_000 }, () => {
  it('pre-fills the case form from the draft and registers it by conversion', async () => {
    const { calls, router } = await open({
      convert_intake_to_case: () => caseFile({}, { id: 'case-77', cause: '追索劳动报酬' }),
    })
    expect(commands(calls, 'intake_case_draft')).toEqual([
      { cmd: 'intake_case_draft', args: { intakeId: 'in-1' } },
    ])
    const crumbs = document.querySelector('.el-breadcrumb')?.textContent ?? ''
    expect(crumbs).toContain('受理转办')
    expect(crumbs).toContain('急难愁盼〔2026〕第001号')
    expect(crumbs).toContain('转为仲裁案件')
    expect(text('intake-convert-intro')).toContain('由 急难愁盼〔2026〕第001号 预填')

    // The requester applies, the employer responds, one claim per category.
    expect(inputOf('party-0-name').value).toBe('赵女士')
    expect(inputOf('party-0-mobile').value).toBe('13807310001')
    expect(inputOf('party-1-name').value).toBe('西峰区某环保公司')
    expect(inputOf('case-form-cause').value).toBe('劳动报酬、工伤医疗费、经济补偿或者赔偿金')
    expect(byTestId('case-form-channel-transferred')?.classList).toContain('is-active')
    expect(selected('claim-0-category')).toBe('劳动报酬、工伤医疗费、经济补偿或者赔偿金')
    expect(selected('claim-1-category')).toBe('除名、辞退和辞职、离职')
    expect(selected('claim-1-respondent')).toBe('被申请人：西峰区某环保公司')

    // The claims' contents are the clerk's to write.
    await click('case-form-submit')
    expect(commands(calls, 'convert_intake_to_case')).toEqual([])
    expect(text('claim-0-description')).toContain('请填写请求内容')

    await typeInto('case-form-cause', '追索劳动报酬')
    await typeInto('claim-0-description', '支付拖欠的 2026 年 1 月至 2 月工资')
    await typeInto('claim-0-amount', '9,600.00')
    await typeInto('claim-1-description', '支付违法解除劳动合同赔偿金')
    await click('case-form-submit')

    const draft = intakeDraft()
    expect(commands(calls, 'convert_intake_to_case')).toEqual([
      {
        cmd: 'convert_intake_to_case',
        args: {
          intakeId: 'in-1',
          input: {
            ...draft,
            cause: '追索劳动报酬',
            claims: [
              {
                category: 'pay_compensation',
                description: '支付拖欠的 2026 年 1 月至 2 月工资',
                amount: '9,600.00',
                claimant: 0,
                respondent: 1,
              },
              {
                category: 'dismissal',
                description: '支付违法解除劳动合同赔偿金',
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
      convert_intake_to_case: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'already_converted',
          message: '该事项已转为仲裁案件',
        })
      },
    })
    await typeInto('claim-0-description', '支付拖欠工资')
    await typeInto('claim-1-description', '支付赔偿金')
    await click('case-form-submit')
    expect(text('case-form-error')).toContain('该事项已转为仲裁案件，请刷新后查看')
  })

  it('says so when the request was already converted', async () => {
    const { router } = await open({
      get_intake: intakeItem({}, { status: 'closed', caseId: 'case-9' }),
    })
    expect(byTestId('case-form-submit')).toBeNull()
    await click('intake-convert-case')
    expect(router.currentRoute.value.params.id).toBe('case-9')
  })

  it('offers a retry when the draft cannot be made', async () => {
    const { calls } = await open({
      intake_case_draft: () => {
        throw appError({ code: 'not_found', reason: 'intake_not_found', message: '找不到' })
      },
    })
    expect(byTestId('case-form-submit')).toBeNull()
    expect(document.querySelector('.el-result')?.textContent).toContain('找不到该受理事项')
    expect(commands(calls, 'get_intake')).toHaveLength(1)
  })
})
