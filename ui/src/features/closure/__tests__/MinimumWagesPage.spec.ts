import { describe, expect, it } from 'vitest'
import MinimumWagesPage from '../MinimumWagesPage.vue'
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
import { daysFromToday, pickDate } from '@/test/hearings'
import type { MinimumWage } from '@/bindings/MinimumWage'
import type { MinimumWageInput } from '@/bindings/MinimumWageInput'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const rows = () =>
  [...byTestId('minimum-wages-table')!.querySelectorAll('.el-table__body tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  )

const XIFENG = '庆阳市西峰区'
const TIER = '一类区'
const SOURCE = '甘肃省人民政府《关于调整全省最低工资标准的通知》'

const wage = (partial: Partial<MinimumWage>): MinimumWage => ({
  locality: XIFENG,
  effectiveFrom: '2021-10-01',
  monthlyFen: 182_000,
  source: SOURCE,
  ...partial,
})

const FUTURE = daysFromToday(30)
const WAGES: MinimumWage[] = [
  wage({ effectiveFrom: '2021-10-01', monthlyFen: 182_000 }),
  wage({ locality: TIER, effectiveFrom: '2023-01-01', monthlyFen: 198_000 }),
  wage({ effectiveFrom: FUTURE, monthlyFen: 210_000 }),
  wage({ effectiveFrom: '2024-05-01', monthlyFen: 202_000 }),
]

async function open(core: Record<string, unknown>) {
  const calls = mockCore(core)
  const mounted = await mountPage(MinimumWagesPage, { user: ADMIN, route: '/settings' })
  return { calls, ...mounted }
}

describe('MinimumWagesPage', () => {
  it('lists the figures by locality, latest first, and marks the one in force', async () => {
    await open({ list_minimum_wages: WAGES })
    expect(text('minimum-wages-warning')).toContain('本软件不附带任何数值')
    expect(text('minimum-wages-warning')).toContain('省级人民政府')
    expect(rows()).toEqual([
      // Pinyin order: 庆 (qìng) before 一 (yī).
      [XIFENG, `${FUTURE}尚未施行`, '¥2,100.00', '¥25,200.00', SOURCE, '更正'],
      ['2024-05-01现行', '¥2,020.00', '¥24,240.00', SOURCE, '更正'],
      ['2021-10-01', '¥1,820.00', '¥21,840.00', SOURCE, '更正'],
      [TIER, '2023-01-01现行', '¥1,980.00', '¥23,760.00', SOURCE, '更正'],
    ])
    expect(text(`min-wage-in-force-${XIFENG}`)).toBe('现行')
    expect(text(`min-wage-in-force-${TIER}`)).toBe('现行')
    expect(byTestId(`min-wage-in-force-${XIFENG}`)?.closest('tr')?.textContent).toContain(
      '2024-05-01',
    )
  })

  it('sends a new figure and lists it as in force', async () => {
    const { calls } = await open({
      list_minimum_wages: [wage({})],
      set_minimum_wage: (args: Record<string, unknown>) => {
        const input = args.input as MinimumWageInput
        return wage({
          locality: input.locality,
          effectiveFrom: input.effectiveFrom,
          monthlyFen: 202_000,
          source: input.source,
        })
      },
    })
    await typeInto('min-wage-locality', ` ${XIFENG} `)
    await pickDate('min-wage-from', '2024-05-01')
    await typeInto('min-wage-amount', '2,020')
    await typeInto('min-wage-source', ` ${SOURCE} `)
    await click('min-wage-save')
    expect(commands(calls, 'set_minimum_wage')).toEqual([
      {
        cmd: 'set_minimum_wage',
        args: {
          input: {
            locality: XIFENG,
            effectiveFrom: '2024-05-01',
            amount: '2,020',
            source: SOURCE,
          } satisfies MinimumWageInput,
        },
      },
    ])
    expect(rows()[0]).toEqual([XIFENG, '2024-05-01现行', '¥2,020.00', '¥24,240.00', SOURCE, '更正'])
    expect(rows()[1][0]).toBe('2021-10-01')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      `已保存：${XIFENG}自 2024-05-01 起 ¥2,020.00`,
    )
    expect(inputOf('min-wage-amount').value).toBe('')
  })

  it('checks the fields before sending and shows the core’s errors under them', async () => {
    const { calls } = await open({
      list_minimum_wages: [],
      set_minimum_wage: () => {
        throw appError({
          code: 'validation',
          reason: 'date_invalid',
          field: 'effectiveFrom',
          message: '日期格式应为 YYYY-MM-DD',
        })
      },
    })
    expect(text('minimum-wages-table')).toContain('尚未录入任何标准')
    await typeInto('min-wage-amount', '两千')
    await click('min-wage-save')
    expect(commands(calls, 'set_minimum_wage')).toEqual([])
    expect(fieldErrors()).toEqual([
      '请填写适用地区（如 庆阳市西峰区）',
      '请选择施行日期',
      '请填写大于零的金额，如 2020 或 2,020.00',
      '请注明数据来源（发布机关、文号或网址）',
    ])

    await typeInto('min-wage-locality', TIER)
    await pickDate('min-wage-from', '2025-01-01')
    await typeInto('min-wage-amount', '2100')
    await typeInto('min-wage-source', SOURCE)
    await click('min-wage-save')
    expect(commands(calls, 'set_minimum_wage')).toHaveLength(1)
    expect(byTestId('min-wage-from')?.classList).toContain('is-error')
    expect(text('min-wage-from')).toContain('日期格式应为 YYYY-MM-DD')
    expect(byTestId('min-wage-error')).toBeNull()
  })
})
