import { describe, expect, it } from 'vitest'
import AddClaimDialog from '../AddClaimDialog.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  fieldErrors,
  inputOf,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import { caseFile, claim, EMPLOYER, WORKER } from '@/test/cases'
import type { AddClaimInput } from '@/bindings/AddClaimInput'
import type { CaseFile } from '@/bindings/CaseFile'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const ACCEPTED = caseFile(
  {},
  { status: 'accepted', caseNo: '西劳人仲案字〔2025〕第15号', acceptedOn: '2025-10-10' },
)

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const label = (testId: string) =>
  byTestId(testId)?.querySelector('.el-form-item__label')?.textContent?.trim()

/** Opens an el-select inside `[data-testid=testId]` and picks the option labelled `label`. */
async function choose(testId: string, option: string): Promise<void> {
  const item = byTestId(testId)
  await click(item!.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item!.querySelector('input')!.getAttribute('aria-controls')!
  const options = [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ]
  const found = options.find((el) => el.textContent?.trim() === option)
  if (!found) throw new Error(`no option ${option} in ${testId}`)
  await click(found)
}

/** Types a date into an Element date picker (its input commits on `change`). */
async function pickDate(testId: string, value: string): Promise<void> {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await settle()
}

async function open(file: CaseFile, core: Record<string, unknown>) {
  const calls = mockCore(core)
  const mounted = await mountPage(AddClaimDialog, {
    user: CLERK,
    route: `/cases/${file.summary.id}`,
    props: { file, modelValue: true },
  })
  return { calls, ...mounted }
}

describe('AddClaimDialog', () => {
  it('sends add_claim with the claim as typed and emits the updated file', async () => {
    const updated = caseFile({
      claims: [
        ...caseFile().claims,
        claim({ id: 'c4', position: 4, category: 'dismissal', amountFen: 123_456 }),
      ],
    })
    const { calls, wrapper } = await open(caseFile(), { add_claim: () => updated })
    // Before acceptance: no note on the deadline, the date is the day of receipt.
    expect(byTestId('claim-add-note')).toBeNull()
    expect(label('claim-add-date')).toBe('收到日期')
    // The parties default to the first applicant against the first respondent.
    expect(text('claim-add-claimant')).toContain('申请人：张三')
    expect(text('claim-add-respondent')).toContain('被申请人：长沙某某科技有限公司')

    await choose('claim-add-category', '除名、辞退和辞职、离职')
    await typeInto('claim-add-description', '  裁决被申请人支付违法解除劳动合同赔偿金 ')
    await typeInto('claim-add-amount', '1,234.56')
    await pickDate('claim-add-date', '2025-10-12')
    await click('claim-add-submit')

    expect(commands(calls, 'add_claim').map((c) => c.args)).toEqual([
      {
        caseId: 'case-1',
        input: {
          category: 'dismissal',
          description: '裁决被申请人支付违法解除劳动合同赔偿金',
          amount: '1,234.56',
          claimantPartyId: WORKER.id,
          respondentPartyId: EMPLOYER.id,
          onDate: '2025-10-12',
        } satisfies AddClaimInput,
      },
    ])
    expect(wrapper.emitted('done')).toEqual([[updated]])
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
  })

  it('sends a non-monetary claim without an amount and warns that the clock restarts', async () => {
    const { calls, wrapper } = await open(ACCEPTED, { add_claim: () => ACCEPTED })
    expect(text('claim-add-note')).toBe(
      '受理后增加仲裁请求的，审理期限自受理增加请求之日起重新计算（《劳动人事争议仲裁办案规则》第四十六条）',
    )
    expect(label('claim-add-date')).toBe('受理增加请求日期')
    await choose('claim-add-category', '确认劳动关系')
    await typeInto('claim-add-description', '确认双方 2024 年 3 月起存在劳动关系')
    await choose('claim-add-claimant', '被申请人：长沙某某科技有限公司')
    await choose('claim-add-respondent', '申请人：张三')
    await pickDate('claim-add-date', '2025-10-11')
    await click('claim-add-submit')

    const sent = commands(calls, 'add_claim').map((c) => c.args.input as AddClaimInput)
    expect(sent).toEqual([
      {
        category: 'labor_relation',
        description: '确认双方 2024 年 3 月起存在劳动关系',
        claimantPartyId: EMPLOYER.id,
        respondentPartyId: WORKER.id,
        onDate: '2025-10-11',
      },
    ])
    expect(wrapper.emitted('done')).toHaveLength(1)
  })

  it('checks the form before sending anything', async () => {
    const { calls, wrapper } = await open(caseFile(), { add_claim: () => caseFile() })
    await typeInto('claim-add-amount', '12.345')
    await click('claim-add-submit')
    expect(commands(calls, 'add_claim')).toEqual([])
    expect(text('claim-add-category')).toContain('请选择请求类别')
    expect(text('claim-add-description')).toContain('请填写请求内容')
    expect(byTestId('claim-add-amount')?.classList).toContain('is-error')
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('shows the core’s field error under its field and emits nothing', async () => {
    const { calls, wrapper } = await open(ACCEPTED, {
      add_claim: () => {
        throw appError({
          code: 'validation',
          reason: 'date_too_early',
          field: 'onDate',
          message: '日期不能早于受理日期',
        })
      },
    })
    await choose('claim-add-category', '确认劳动关系')
    await typeInto('claim-add-description', '确认劳动关系')
    await click('claim-add-submit')
    expect(commands(calls, 'add_claim')).toHaveLength(1)
    expect(byTestId('claim-add-date')?.classList).toContain('is-error')
    expect(text('claim-add-date')).toContain('日期不能早于受理日期')
    expect(fieldErrors()).toEqual(['日期不能早于受理日期'])
    expect(byTestId('claim-add-error')).toBeNull()
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('shows an error about the case as a whole above the buttons', async () => {
    const { wrapper } = await open(caseFile(), {
      add_claim: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'case_not_open',
          message: '案件已结案',
        })
      },
    })
    await choose('claim-add-category', '确认劳动关系')
    await typeInto('claim-add-description', '确认劳动关系')
    await click('claim-add-submit')
    expect(text('claim-add-error')).toBe('只有已受理、尚未结案的案件可以进行此操作')
    expect(fieldErrors()).toEqual([])
    expect(wrapper.emitted('done')).toBeUndefined()
  })
})
