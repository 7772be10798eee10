import { describe, expect, it } from 'vitest'
import AddEvidenceDialog from '../AddEvidenceDialog.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  fieldErrors,
  mockCore,
  mountPage,
  typeInto,
  type Call,
} from '@/test/helpers'
import { caseFile, EMPLOYER, WORKER } from '@/test/cases'
import type { AddEvidenceInput } from '@/bindings/AddEvidenceInput'
import type { CaseFile } from '@/bindings/CaseFile'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

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

async function open(file: CaseFile, core: Record<string, unknown>) {
  const calls = mockCore(core)
  const mounted = await mountPage(AddEvidenceDialog, {
    user: CLERK,
    route: `/cases/${file.summary.id}`,
    props: { file, modelValue: true },
  })
  return { calls, ...mounted }
}

describe('AddEvidenceDialog', () => {
  it('sends add_evidence with the item as entered and emits the updated file', async () => {
    const updated = caseFile({
      evidence: [
        ...caseFile().evidence,
        {
          id: 'e2',
          partyId: EMPLOYER.id,
          position: 2,
          name: '考勤记录',
          purpose: '证明申请人的出勤情况',
          originalAvailable: false,
        },
      ],
    })
    const { calls, wrapper } = await open(caseFile(), { add_evidence: () => updated })
    expect(text('evidence-add-party')).toContain('申请人：张三')
    expect(byTestId('evidence-add-note')).toBeNull()

    await choose('evidence-add-party', '被申请人：长沙某某科技有限公司')
    await typeInto('evidence-add-name', ' 考勤记录 ')
    await typeInto('evidence-add-purpose', '证明申请人的出勤情况')
    await click(byTestId('evidence-add-original')!.querySelector<HTMLElement>('input')!)
    await click('evidence-add-submit')

    expect(commands(calls, 'add_evidence').map((c) => c.args)).toEqual([
      {
        caseId: 'case-1',
        input: {
          partyId: EMPLOYER.id,
          name: '考勤记录',
          purpose: '证明申请人的出勤情况',
          originalAvailable: false,
        } satisfies AddEvidenceInput,
      },
    ])
    expect(wrapper.emitted('done')).toEqual([[updated]])
  })

  it('says that a declaration of no evidence ends, and asks for name and purpose', async () => {
    const { calls } = await open(caseFile({ evidence: [], noEvidenceDeclared: true }), {
      add_evidence: () => caseFile(),
    })
    expect(text('evidence-add-note')).toContain('申请人曾声明无证据')
    await click('evidence-add-submit')
    expect(commands(calls, 'add_evidence')).toEqual([])
    expect(fieldErrors()).toEqual(['请填写证据名称', '请填写证明目的'])
  })

  it('shows the core’s field error under its field and emits nothing', async () => {
    const { calls, wrapper } = await open(caseFile(), {
      add_evidence: () => {
        throw appError({
          code: 'validation',
          reason: 'required',
          field: 'purpose',
          message: '请填写证明目的（不超过 500 字）',
        })
      },
    })
    await typeInto('evidence-add-name', '工资条')
    await typeInto('evidence-add-purpose', '证明工资标准')
    await click('evidence-add-submit')
    expect(commands(calls, 'add_evidence').map((c) => c.args.input)).toEqual([
      { partyId: WORKER.id, name: '工资条', purpose: '证明工资标准', originalAvailable: true },
    ])
    expect(byTestId('evidence-add-purpose')?.classList).toContain('is-error')
    expect(text('evidence-add-purpose')).toContain('请填写证明目的（不超过 500 字）')
    expect(byTestId('evidence-add-name')?.classList).not.toContain('is-error')
    expect(wrapper.emitted('done')).toBeUndefined()
  })
})
