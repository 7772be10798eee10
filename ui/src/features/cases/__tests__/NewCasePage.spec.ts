import { describe, expect, it } from 'vitest'
import NewCasePage from '../NewCasePage.vue'
import {
  ADMIN,
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
import { caseFile } from '@/test/cases'
import type { NewCase } from '@/bindings/NewCase'
import type { SessionUser } from '@/bindings/SessionUser'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }

const created = (calls: Call[]) =>
  calls.filter((call) => call.cmd === 'create_case').map((call) => call.args.input as NewCase)

/** Opens an el-select inside `[data-testid=testId]` and picks the option labelled `label`. */
async function choose(testId: string, label: string): Promise<void> {
  const item = byTestId(testId)
  await click(item!.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item!.querySelector('input')!.getAttribute('aria-controls')!
  const options = [
    ...document.getElementById(listbox)!.querySelectorAll('.el-select-dropdown__item'),
  ]
  const option = options.find((el) => el.textContent?.trim() === label)
  if (!option) throw new Error(`no option ${label} in ${testId}`)
  await click(option as HTMLElement)
}

const text = (testId: string) => byTestId(testId)?.textContent ?? ''

/** The minimum the form asks for: a cause, both parties' names, one complete claim. */
async function fillMinimum(): Promise<void> {
  await typeInto('case-form-cause', '追索劳动报酬')
  await typeInto('party-0-name', '张三')
  await typeInto('party-1-name', '长沙某某科技有限公司')
  await choose('claim-0-category', '劳动报酬、工伤医疗费、经济补偿或者赔偿金')
  await typeInto('claim-0-description', '支付 2025 年 6 月至 8 月工资')
}

// A long form: the first test also compiles Element's form components on a small machine.
describe('NewCasePage', { timeout: 45_000 }, () => {
  it('sends the whole application: parties by index, amounts as typed', async () => {
    const calls = mockCore({
      create_case: () => caseFile({}, { id: 'case-42', cause: '追索劳动报酬' }),
    })
    const { router } = await mountPage(NewCasePage, { user: CLERK, route: '/case-new' })

    // One applicant person and one respondent organization to start with.
    expect(byTestId('party-0-id-number')).not.toBeNull()
    expect(byTestId('party-1-credit-code')).not.toBeNull()
    expect(byTestId('party-1-legal-rep-name')).not.toBeNull()

    await typeInto('case-form-facts', '申请人于 2024 年 3 月入职。')
    await fillMinimum()
    await typeInto('party-0-id-number', '4301 0219 9003 0712 42')
    // The citizen ID's birth date and sex are previewed before saving.
    expect(text('party-0-id-facts')).toContain('1990-03-07')
    expect(text('party-0-id-facts')).toContain('女')
    await typeInto('party-0-mobile', '138 0013 8000')
    await typeInto('party-0-domicile', '湖南省长沙市芙蓉区五一大道 1 号')
    await typeInto('party-1-credit-code', '9131000063159284XQ')
    await typeInto('party-1-legal-rep-name', '李四')
    await typeInto('party-1-legal-rep-title', '总经理')
    await typeInto('party-1-phone', '0731-88888888')
    await typeInto('claim-0-amount', '18,600.00')

    // A second respondent, named by the second claim.
    await click('party-add')
    await typeInto('party-2-name', '湖南某某劳务派遣有限公司')
    await click('claim-add')
    await choose('claim-1-category', '订立、履行、变更、解除和终止劳动合同')
    await typeInto('claim-1-description', '出具解除劳动合同证明')
    await choose('claim-1-respondent', '被申请人2：湖南某某劳务派遣有限公司')

    await click('evidence-add')
    await typeInto('evidence-0-name', '劳动合同')
    await typeInto('evidence-0-purpose', '证明双方存在劳动关系')

    await click('case-form-submit')

    expect(created(calls)).toEqual([
      {
        channel: 'written',
        cause: '追索劳动报酬',
        facts: '申请人于 2024 年 3 月入职。',
        receivedOn: shanghaiDate(),
        parties: [
          {
            side: 'applicant',
            kind: 'person',
            name: '张三',
            idType: 'resident_id',
            idNumber: '4301 0219 9003 0712 42',
            mobile: '138 0013 8000',
            domicile: '湖南省长沙市芙蓉区五一大道 1 号',
          },
          {
            side: 'respondent',
            kind: 'organization',
            name: '长沙某某科技有限公司',
            creditCode: '9131000063159284XQ',
            legalRepName: '李四',
            legalRepTitle: '总经理',
            phone: '0731-88888888',
          },
          { side: 'respondent', kind: 'organization', name: '湖南某某劳务派遣有限公司' },
        ],
        claims: [
          {
            category: 'pay_compensation',
            description: '支付 2025 年 6 月至 8 月工资',
            amount: '18,600.00',
            claimant: 0,
            respondent: 1,
          },
          {
            category: 'contract',
            description: '出具解除劳动合同证明',
            claimant: 0,
            respondent: 2,
          },
        ],
        evidence: [
          { party: 0, name: '劳动合同', purpose: '证明双方存在劳动关系', originalAvailable: true },
        ],
        noEvidenceDeclared: false,
        oralConfirmed: false,
        priority: false,
      },
    ])
    // A non-monetary claim carries no amount at all.
    expect(created(calls)[0].claims[1]).not.toHaveProperty('amount')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已登记仲裁申请：追索劳动报酬',
    )
    expect(router.currentRoute.value.name).toBe('case-file')
    expect(router.currentRoute.value.params.id).toBe('case-42')
  })

  it('records an oral application’s confirmation and a declaration of no evidence', async () => {
    const calls = mockCore({ create_case: () => caseFile() })
    await mountPage(NewCasePage, { user: CLERK, route: '/case-new' })
    await click(byTestId('case-form-channel-oral')!.querySelector('input')!)
    await fillMinimum()
    await click(byTestId('case-form-oral-confirmed')!.querySelector('input')!)
    await click(byTestId('case-form-no-evidence')!.querySelector('input')!)
    expect(byTestId('evidence-add')).toBeNull()
    await click('case-form-submit')
    const [input] = created(calls)
    expect(input.channel).toBe('oral')
    expect(input.oralConfirmed).toBe(true)
    expect(input.noEvidenceDeclared).toBe(true)
    expect(input.evidence).toEqual([])
  })

  it('checks identifiers, mobile numbers and amounts before sending anything', async () => {
    const calls = mockCore({ create_case: () => caseFile() })
    await mountPage(NewCasePage, { user: CLERK, route: '/case-new' })
    await fillMinimum()
    await typeInto('party-0-id-number', '430102199003071243')
    await typeInto('party-0-mobile', '12345678901')
    await typeInto('party-1-credit-code', '91350100M000100Y4Z')
    await typeInto('claim-0-amount', '18.600,00')
    await click('case-form-submit')

    expect(created(calls)).toEqual([])
    expect(text('party-0-id-number')).toContain('身份证号码校验位不正确')
    expect(text('party-0-mobile')).toContain('请输入有效的中国大陆手机号')
    expect(text('party-1-credit-code')).toContain('统一社会信用代码格式不正确')
    expect(text('claim-0-amount')).toContain('金额格式不正确')
    expect(fieldErrors()).toHaveLength(4)
  })

  it('shows a core field error under the input it names', async () => {
    const calls = mockCore({
      create_case: (args: Record<string, unknown>) => {
        const input = args.input as NewCase
        if (input.parties[0].idNumber === '430102199003071242') {
          throw appError({
            code: 'validation',
            reason: 'resident_id_birth_date',
            message: '身份证号码中的出生日期无效',
            field: 'parties.0.idNumber',
          })
        }
        return caseFile()
      },
    })
    await mountPage(NewCasePage, { user: CLERK, route: '/case-new' })
    await fillMinimum()
    await typeInto('party-0-id-number', '430102199003071242')
    await click('case-form-submit')

    expect(created(calls)).toHaveLength(1)
    const item = byTestId('party-0-id-number')
    expect(item?.classList).toContain('is-error')
    expect(item?.textContent).toContain('身份证号码中的出生日期无效')
    expect(fieldErrors()).toEqual(['身份证号码中的出生日期无效'])
    expect(byTestId('case-form-error')).toBeNull()

    // Editing the field clears the core's message.
    await typeInto('party-0-id-number', '430102198511200034')
    await settle()
    expect(byTestId('party-0-id-number')?.classList).not.toContain('is-error')
  })

  it('asks for a reason when the core refuses a credit code’s check character', async () => {
    const calls = mockCore({
      create_case: (args: Record<string, unknown>) => {
        const input = args.input as NewCase
        if (!input.parties[1].creditCodeOverrideReason) {
          throw appError({
            code: 'validation',
            reason: 'credit_code_checksum',
            message: '统一社会信用代码校验位不正确',
            field: 'parties.1.creditCode',
          })
        }
        return caseFile()
      },
    })
    await mountPage(NewCasePage, { user: CLERK, route: '/case-new' })
    await fillMinimum()
    await typeInto('party-1-credit-code', '91350100M000100Y43')
    expect(byTestId('party-1-credit-code-override')).toBeNull()
    await click('case-form-submit')

    expect(byTestId('party-1-credit-code-override')).not.toBeNull()
    expect(text('party-1-credit-code')).toContain('请在下方写明登记理由')
    // The reason is required once asked for.
    await click('case-form-submit')
    expect(created(calls)).toHaveLength(1)
    expect(text('party-1-credit-code-override')).toContain('请写明登记理由')

    await typeInto('party-1-credit-code-override', '已核对营业执照原件')
    await click('case-form-submit')
    expect(created(calls)).toHaveLength(2)
    expect(created(calls)[1].parties[1]).toMatchObject({
      creditCode: '91350100M000100Y43',
      creditCodeOverrideReason: '已核对营业执照原件',
    })
  })

  it('offers the override itself when a credit code fails its check here', async () => {
    const calls = mockCore({ create_case: () => caseFile() })
    await mountPage(NewCasePage, { user: CLERK, route: '/case-new' })
    await fillMinimum()
    await typeInto('party-1-credit-code', '91350211M0000XUF46')
    expect(byTestId('party-1-credit-code-override')).not.toBeNull()
    await click('case-form-submit')
    expect(created(calls)).toEqual([])
    await typeInto('party-1-credit-code-override', '经核对营业执照，代码无误')
    await click('case-form-submit')
    expect(created(calls)[0].parties[1].creditCodeOverrideReason).toBe('经核对营业执照，代码无误')
  })

  it('puts an error without a known field above the button', async () => {
    mockCore({
      create_case: () => {
        throw appError({
          code: 'forbidden',
          reason: 'forbidden',
          message: '调解员不能修改仲裁案件',
        })
      },
    })
    await mountPage(NewCasePage, { user: CLERK, route: '/case-new' })
    await fillMinimum()
    await click('case-form-submit')
    expect(text('case-form-error')).toContain('您没有执行此操作的权限')
  })
})
