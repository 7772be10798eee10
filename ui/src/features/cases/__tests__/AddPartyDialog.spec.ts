import { describe, expect, it } from 'vitest'
import AddPartyDialog from '../AddPartyDialog.vue'
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
import { caseFile, party } from '@/test/cases'
import type { AddPartyInput } from '@/bindings/AddPartyInput'
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
const radio = (testId: string) => click(byTestId(testId)!.querySelector<HTMLElement>('input')!)

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
  const mounted = await mountPage(AddPartyDialog, {
    user: CLERK,
    route: `/cases/${file.summary.id}`,
    props: { file, modelValue: true },
  })
  return { calls, ...mounted }
}

describe('AddPartyDialog', () => {
  it('sends add_party with the chosen side and kind and emits the updated file', async () => {
    const added = party({ id: 'p-third', side: 'third_party', name: '王五', mobile: '13912345678' })
    const updated = caseFile({ parties: [...caseFile().parties, added] })
    const { calls, wrapper } = await open(caseFile(), { add_party: () => updated })
    // Before acceptance: the day the details were received, no note on the deadline.
    expect(label('party-add-date')).toBe('收到日期')
    expect(byTestId('party-add-note')).toBeNull()

    await radio('party-add-side-third_party')
    await radio('party-add-kind-person')
    await typeInto('party-add-name', '王五')
    await typeInto('party-add-mobile', '13912345678')
    await typeInto('party-add-domicile', '湖南省长沙市开福区湘江中路 3 号')
    await pickDate('party-add-date', '2025-10-12')
    await click('party-add-submit')

    expect(commands(calls, 'add_party').map((c) => c.args)).toEqual([
      {
        caseId: 'case-1',
        input: {
          party: {
            side: 'third_party',
            kind: 'person',
            name: '王五',
            mobile: '13912345678',
            domicile: '湖南省长沙市开福区湘江中路 3 号',
          },
          onDate: '2025-10-12',
        } satisfies AddPartyInput,
      },
    ])
    expect(wrapper.emitted('done')).toEqual([[updated]])
  })

  it('after acceptance records the decision to add, with the Art. 46 note', async () => {
    const { calls, wrapper } = await open(ACCEPTED, { add_party: () => ACCEPTED })
    expect(label('party-add-date')).toBe('决定追加日期')
    expect(text('party-add-note')).toBe(
      '追加当事人的，审理期限自决定追加之日起重新计算（《劳动人事争议仲裁办案规则》第四十六条）',
    )
    await typeInto('party-add-name', '长沙某某劳务派遣有限公司')
    await typeInto('party-add-legal-rep-name', '周六')
    await pickDate('party-add-date', '2025-10-11')
    await click('party-add-submit')
    expect(commands(calls, 'add_party').map((c) => c.args.input)).toEqual([
      {
        party: {
          side: 'respondent',
          kind: 'organization',
          name: '长沙某某劳务派遣有限公司',
          legalRepName: '周六',
        },
        onDate: '2025-10-11',
      },
    ])
    expect(wrapper.emitted('done')).toHaveLength(1)
  })

  it('shows the core’s error on `party.<field>` under the party’s field and emits nothing', async () => {
    const { calls, wrapper } = await open(ACCEPTED, {
      add_party: () => {
        throw appError({
          code: 'validation',
          reason: 'resident_id_checksum',
          field: 'party.idNumber',
          message: '身份证号码校验位不正确',
        })
      },
    })
    await radio('party-add-kind-person')
    await typeInto('party-add-name', '王五')
    await typeInto('party-add-id-number', '430102199003071242')
    await click('party-add-submit')
    expect(commands(calls, 'add_party')).toHaveLength(1)
    expect(byTestId('party-add-id-number')?.classList).toContain('is-error')
    expect(text('party-add-id-number')).toContain('身份证号码校验位不正确，请核对号码')
    expect(fieldErrors()).toEqual(['身份证号码校验位不正确，请核对号码'])
    expect(byTestId('party-add-error')).toBeNull()
    expect(wrapper.emitted('done')).toBeUndefined()

    // Editing the field takes the core's message away.
    await typeInto('party-add-id-number', '43010219900307124')
    expect(text('party-add-id-number')).not.toContain('请核对号码')
  })

  it('shows the core’s error on the date under the date', async () => {
    const { wrapper } = await open(ACCEPTED, {
      add_party: () => {
        throw appError({
          code: 'validation',
          reason: 'date_too_early',
          field: 'onDate',
          message: '日期不能早于受理日期',
        })
      },
    })
    await typeInto('party-add-name', '长沙某某劳务派遣有限公司')
    await click('party-add-submit')
    expect(byTestId('party-add-date')?.classList).toContain('is-error')
    expect(text('party-add-date')).toContain('日期不能早于受理日期')
    expect(wrapper.emitted('done')).toBeUndefined()
  })
})
