import { describe, expect, it } from 'vitest'
import AverageWagesPage from '../AverageWagesPage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  fieldErrors,
  inputOf,
  mockCore,
  mountPage,
  typeInto,
  type Call,
} from '@/test/helpers'
import type { AverageWage } from '@/bindings/AverageWage'
import type { AverageWageInput } from '@/bindings/AverageWageInput'
import { shanghaiDate } from '@/utils/format'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const rows = () =>
  [...byTestId('average-wages-table')!.querySelectorAll('.el-table__body tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '').join(' '),
  )

const LAST_YEAR = Number(shanghaiDate().slice(0, 4)) - 1
const GANSU: AverageWage = {
  province: '甘肃省',
  year: 2023,
  amountFen: 9_876_500,
  source: '甘肃省统计局 2023 年平均工资公告',
}

async function open(core: Record<string, unknown>) {
  const calls = mockCore(core)
  const mounted = await mountPage(AverageWagesPage, { user: ADMIN, route: '/average-wages' })
  return { calls, ...mounted }
}

describe('AverageWagesPage', () => {
  it('lists the figures with their source and says where they must come from', async () => {
    await open({ list_average_wages: [GANSU] })
    expect(text('average-wages-warning')).toContain('省级统计局正式发布的数据')
    expect(text('average-wages-warning')).toContain('本软件不附带任何数值')
    expect(rows()).toEqual([`甘肃省 2023 ¥98,765.00 ${GANSU.source} 更正`])
  })

  it('adds a figure with the form’s defaults and lists it', async () => {
    const { calls } = await open({
      list_average_wages: [GANSU],
      set_average_wage: (args: Record<string, unknown>) => {
        const input = args.input as AverageWageInput
        return { ...input, amountFen: 10_234_567, amount: undefined } as unknown as AverageWage
      },
    })
    expect(inputOf('wage-province').value).toBe('甘肃省')
    expect(inputOf('wage-year').value).toBe(String(LAST_YEAR))
    await typeInto('wage-amount', '102,345.67')
    await typeInto('wage-source', ' 甘肃省统计局公告 ')
    await click('wage-save')
    expect(commands(calls, 'set_average_wage')).toEqual([
      {
        cmd: 'set_average_wage',
        args: {
          input: {
            province: '甘肃省',
            year: LAST_YEAR,
            amount: '102,345.67',
            source: '甘肃省统计局公告',
          } satisfies AverageWageInput,
        },
      },
    ])
    expect(rows()).toHaveLength(2)
    expect(rows()[0]).toContain(`${LAST_YEAR} ¥102,345.67`)
    expect(document.querySelector('.el-message--success')?.textContent).toContain('已保存')
    // The form is ready for the next figure.
    expect(inputOf('wage-amount').value).toBe('')
  })

  it('checks the fields before sending and shows the core’s errors under them', async () => {
    const { calls } = await open({
      list_average_wages: [],
      set_average_wage: () => {
        throw appError({
          code: 'validation',
          reason: 'amount_not_positive',
          field: 'amount',
          message: '金额应大于零',
        })
      },
    })
    expect(byTestId('average-wages-table')?.textContent).toContain('尚未录入任何数值')
    await typeInto('wage-amount', '12元3角')
    await click('wage-save')
    expect(commands(calls, 'set_average_wage')).toEqual([])
    expect(fieldErrors()).toEqual([
      '请填写大于零的金额，如 98765 或 98,765.00',
      '请注明数据来源（发布机关、文号或网址）',
    ])

    await typeInto('wage-amount', '1')
    await typeInto('wage-source', '统计公报')
    await click('wage-save')
    expect(commands(calls, 'set_average_wage')).toHaveLength(1)
    expect(byTestId('wage-amount')?.classList).toContain('is-error')
    expect(text('wage-amount')).toContain('金额应大于零')
  })
})
