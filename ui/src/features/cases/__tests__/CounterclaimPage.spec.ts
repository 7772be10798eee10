import { describe, expect, it } from 'vitest'
import CounterclaimPage from '../CounterclaimPage.vue'
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
import { caseFile, EMPLOYER, WORKER } from '@/test/cases'
import type { CaseFile } from '@/bindings/CaseFile'
import type { NewCase } from '@/bindings/NewCase'
import type { SessionUser } from '@/bindings/SessionUser'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const inputs = (calls: Call[], cmd: string) =>
  commands(calls, cmd).map((call) => call.args.input as NewCase)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const isActive = (testId: string) => byTestId(testId)?.classList.contains('is-active') ?? false

const ACCEPTED: CaseFile = caseFile(
  {},
  { status: 'accepted', caseNo: '西劳人仲案字〔2025〕第15号', acceptedOn: '2025-10-10' },
)

const LATE = appError({
  code: 'precondition_failed',
  reason: 'counterclaim_late',
  message:
    '反申请于 2025-11-03 收到，答辩期已于 2025-10-31 届满，不能与本案合并处理，应另行申请仲裁',
})

async function open(core: Record<string, unknown>) {
  const calls = mockCore({
    get_case: ACCEPTED,
    counterclaim_window: { closesOn: '2025-10-31', waived: false },
    ...core,
  })
  const mounted = await mountPage(CounterclaimPage, {
    user: CLERK,
    route: '/cases/case-1/counterclaim',
    props: { id: 'case-1' },
  })
  return { calls, ...mounted }
}

async function choose(testId: string, label: string): Promise<void> {
  const item = byTestId(testId)
  await click(item!.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item!.querySelector('input')!.getAttribute('aria-controls')!
  const option = [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ].find((el) => el.textContent?.trim() === label)
  if (!option) throw new Error(`no option ${label} in ${testId}`)
  await click(option)
}

/** What the clerk adds to the pre-filled form: the cause and one claim. */
async function fillClaim(): Promise<void> {
  await typeInto('case-form-cause', '返还培训费用')
  await click('claim-add')
  await choose('claim-0-category', '订立、履行、变更、解除和终止劳动合同')
  await typeInto('claim-0-description', '返还公司支付的培训费用')
  await typeInto('claim-0-amount', '5000')
}

describe('登记反申请', { timeout: 45_000 }, () => {
  it('fills in the parties of the case with their sides reversed and no claims', async () => {
    await open({})
    expect(document.querySelector('.el-breadcrumb')?.textContent).toContain(
      '西劳人仲案字〔2025〕第15号',
    )
    expect(text('counterclaim-intro')).toContain('反申请期限至 2025-10-31（答辩期届满）')

    // The employer, respondent of the case, now applies; the worker responds.
    expect(inputOf('party-0-name').value).toBe(EMPLOYER.name)
    expect(isActive('party-0-side-applicant')).toBe(true)
    expect(inputOf('party-0-credit-code').value).toBe(EMPLOYER.creditCode)
    expect(inputOf('party-0-legal-rep-name').value).toBe('李四')
    expect(inputOf('party-1-name').value).toBe(WORKER.name)
    expect(isActive('party-1-side-respondent')).toBe(true)
    expect(inputOf('party-1-id-number').value).toBe(WORKER.idNumber)
    expect(inputOf('party-1-mobile').value).toBe(WORKER.mobile)
    expect(byTestId('party-2')).toBeNull()
    // No claims yet, an empty cause, received today.
    expect(byTestId('claim-0-category')).toBeNull()
    expect(inputOf('case-form-cause').value).toBe('')
    expect(inputOf('case-form-received-on').value).toBe(shanghaiDate())
  })

  it('files the counterclaim against the case and opens it', async () => {
    const { calls, router } = await open({
      file_counterclaim: () =>
        caseFile({}, { id: 'case-2', cause: '返还培训费用', counterclaimOf: 'case-1' }),
    })
    await fillClaim()
    await click('case-form-submit')

    const [sent] = inputs(calls, 'file_counterclaim')
    expect(commands(calls, 'file_counterclaim')[0].args.caseId).toBe('case-1')
    expect(sent.parties.map((p) => [p.side, p.kind, p.name])).toEqual([
      ['applicant', 'organization', EMPLOYER.name],
      ['respondent', 'person', WORKER.name],
    ])
    expect(sent.parties[0].creditCode).toBe(EMPLOYER.creditCode)
    expect(sent.parties[1].idNumber).toBe(WORKER.idNumber)
    // The new applicant claims against the new respondent.
    expect(sent.claims).toEqual([
      {
        category: 'contract',
        description: '返还公司支付的培训费用',
        amount: '5000',
        claimant: 0,
        respondent: 1,
      },
    ])
    expect(commands(calls, 'create_case')).toEqual([])
    expect(router.currentRoute.value.name).toBe('case-file')
    expect(router.currentRoute.value.params.id).toBe('case-2')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已登记反申请：返还培训费用',
    )
  })

  it('offers to register a late counterclaim as a new case, with the same input', async () => {
    const { calls, router } = await open({
      file_counterclaim: () => {
        throw LATE
      },
      create_case: () => caseFile({}, { id: 'case-99', cause: '返还培训费用' }),
    })
    await fillClaim()
    await click('case-form-submit')

    const box = document.querySelector('.el-message-box')
    expect(box?.textContent).toContain('答辩期已于 2025-10-31 届满')
    const confirm = document.querySelector<HTMLElement>(
      '.el-message-box__btns .el-button--primary',
    )!
    expect(confirm.textContent).toContain('作为新案件登记')
    expect(byTestId('counterclaim-late-as-new')).toBe(confirm)
    expect(commands(calls, 'create_case')).toEqual([])
    await click(confirm)

    const [filed] = inputs(calls, 'file_counterclaim')
    expect(inputs(calls, 'create_case')).toEqual([filed])
    expect(router.currentRoute.value.name).toBe('case-file')
    expect(router.currentRoute.value.params.id).toBe('case-99')
  })

  it('stays on the form when the user declines', async () => {
    const { calls, router } = await open({
      file_counterclaim: () => {
        throw LATE
      },
      create_case: () => caseFile({}, { id: 'case-99' }),
    })
    await fillClaim()
    await click('case-form-submit')
    await click(
      document.querySelector<HTMLElement>(
        '.el-message-box__btns .el-button:not(.el-button--primary)',
      )!,
    )
    expect(commands(calls, 'create_case')).toEqual([])
    expect(router.currentRoute.value.path).toBe('/cases/case-1/counterclaim')
    expect(byTestId('case-form-error')).toBeNull()
  })

  it('shows other refusals in the form', async () => {
    await open({
      file_counterclaim: () => {
        throw appError({
          code: 'validation',
          reason: 'counterclaim_parties',
          field: 'parties',
          message: '反申请的申请人应为原案被申请人、被申请人应为原案申请人',
        })
      },
    })
    await fillClaim()
    await click('case-form-submit')
    expect(document.querySelector('.el-message-box')).toBeNull()
    expect(text('case-form-error')).toContain('反申请的申请人应为本案被申请人')
  })
})
