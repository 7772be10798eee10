import { describe, expect, it } from 'vitest'
import AwardDialog from '../AwardDialog.vue'
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
import { ARBITRATOR, CASE_NO, choose } from '@/test/hearings'
import { CLAIM, COUNTER, COUNTER_NO, MIXED, WAGES, award } from '@/test/closure'
import type { AwardInput } from '@/bindings/AwardInput'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const confirmBox = () =>
  click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)
const isError = (testId: string) => byTestId(testId)?.classList.contains('is-error') ?? false

const FACTS =
  '申请人于2024年3月1日入职被申请人处，任保洁员，月工资6,200元。被申请人未支付申请人2025年6月至8月工资。'
const REASONS =
  '本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》第三十条第一款之规定，裁决如下。'

async function open(core: Record<string, unknown>) {
  const calls = mockCore({ list_minimum_wages: WAGES, preview_award: () => MIXED, ...core })
  const mounted = await mountPage(AwardDialog, {
    user: ARBITRATOR,
    route: '/cases/case-1',
    props: {
      modelValue: false,
      caseId: 'case-1',
      cases: [CLAIM, COUNTER],
      caseNos: { 'case-1': CASE_NO, 'case-2': COUNTER_NO },
      docNo: CASE_NO,
      acceptedOn: '2025-10-16',
      mediationTried: '2025-10-28 已进行调解',
    },
  })
  await mounted.wrapper.setProps({ modelValue: true })
  await settle()
  return { calls, ...mounted }
}

async function fillItem() {
  await choose('award-locality', '庆阳市西峰区')
  await typeInto('award-item-0-description', '支付工资')
  await typeInto('award-item-0-amount', '18,600')
}

describe('the reasoning of the award', () => {
  it('asks for the facts found and the reasons before making the award, not the defense', async () => {
    const { calls } = await open({ make_award: () => award() })
    expect(text('award-defense')).toContain('被申请人答辩意见（可选）')
    expect(text('award-facts')).toContain('经审理查明')
    expect(text('award-reasons')).toContain('本委认为')
    expect(byTestId('award-reasons')?.querySelector('textarea')?.placeholder).toContain(
      '引用所依据的法律条文',
    )
    await fillItem()
    await click('award-confirm')
    expect(isError('award-facts')).toBe(true)
    expect(isError('award-reasons')).toBe(true)
    expect(isError('award-defense')).toBe(false)
    expect(fieldErrors()).toEqual(['请写明经审理查明的事实', '请写明裁决理由及所依据的法律条文'])
    expect(document.querySelector('.el-message-box')).toBeNull()
    expect(commands(calls, 'make_award')).toEqual([])

    // Blank is not enough; typing clears the message under that field only.
    await typeInto('award-facts', '   ')
    await typeInto('award-reasons', REASONS)
    await click('award-confirm')
    expect(fieldErrors()).toEqual(['请写明经审理查明的事实'])
    expect(commands(calls, 'make_award')).toEqual([])
  })

  it('sends the reasoning with the award, not with the live preview', async () => {
    const { calls, wrapper } = await open({ make_award: () => award() })
    await fillItem()
    await typeInto('award-defense', '  被申请人辩称申请人自行离职。  ')
    await typeInto('award-facts', `${FACTS}\n`)
    await typeInto('award-reasons', REASONS)
    await sleep(450)
    await settle()
    await click('award-confirm')
    await confirmBox()

    expect(commands(calls, 'preview_award').length).toBeGreaterThan(0)
    for (const call of commands(calls, 'preview_award')) {
      expect(Object.keys(call.args.input as object).sort()).toEqual([
        'docNo',
        'items',
        'locality',
        'madeOn',
      ])
    }
    const made = commands(calls, 'make_award')
    expect(made).toHaveLength(1)
    const input = made[0].args.input as AwardInput
    expect(input).toMatchObject({
      docNo: CASE_NO,
      locality: '庆阳市西峰区',
      defense: '被申请人辩称申请人自行离职。',
      facts: FACTS,
      reasons: REASONS,
    } satisfies Partial<AwardInput>)
    expect(input.items).toHaveLength(1)
    expect(wrapper.emitted('done')).toHaveLength(1)
  })

  it('leaves out a defense that was not written', async () => {
    const { calls } = await open({ make_award: () => award() })
    await fillItem()
    await typeInto('award-facts', FACTS)
    await typeInto('award-reasons', REASONS)
    await click('award-confirm')
    await confirmBox()
    const input = commands(calls, 'make_award')[0].args.input as AwardInput
    expect('defense' in input).toBe(false)
    expect(input.facts).toBe(FACTS)
  })

  it('puts the core’s refusal of the reasons under that field', async () => {
    const { calls, wrapper } = await open({
      make_award: () => {
        throw appError({
          code: 'validation',
          reason: 'required',
          field: 'reasons',
          message: '裁决书须写明裁决理由（本委认为）',
        })
      },
    })
    await fillItem()
    await typeInto('award-facts', FACTS)
    await typeInto('award-reasons', REASONS)
    await click('award-confirm')
    await confirmBox()
    expect(commands(calls, 'make_award')).toHaveLength(1)
    expect(isError('award-reasons')).toBe(true)
    expect(isError('award-facts')).toBe(false)
    expect(fieldErrors()).toEqual(['裁决书须写明裁决理由（本委认为）'])
    expect(byTestId('award-error')).toBeNull()
    expect(wrapper.emitted('done')).toBeUndefined()

    await typeInto('award-reasons', `${REASONS}另查明……`)
    await settle()
    expect(fieldErrors()).toEqual([])
  })

  it('speaks English', async () => {
    mockCore({ list_minimum_wages: WAGES, preview_award: () => MIXED })
    const { wrapper } = await mountPage(AwardDialog, {
      user: ARBITRATOR,
      locale: 'en',
      props: {
        modelValue: false,
        caseId: 'case-1',
        cases: [CLAIM],
        caseNos: { 'case-1': CASE_NO },
        docNo: CASE_NO,
        acceptedOn: '2025-10-16',
        mediationTried: null,
      },
    })
    await wrapper.setProps({ modelValue: true })
    await settle()
    expect(text('award-defense')).toContain('Respondent’s defense (optional)')
    expect(text('award-facts')).toContain('Facts found')
    expect(text('award-reasons')).toContain('Reasons')
  })
})
