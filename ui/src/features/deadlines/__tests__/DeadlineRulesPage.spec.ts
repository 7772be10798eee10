import { describe, expect, it } from 'vitest'
import DeadlineRulesPage from '../DeadlineRulesPage.vue'
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
import type { DeadlineRule } from '@/bindings/DeadlineRule'

const RULES: DeadlineRule[] = [
  { code: 'T2', days: 5, dayCount: 'working' },
  { code: 'T5', days: 10, dayCount: 'calendar' },
]

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const rows = () =>
  [...document.querySelectorAll('[data-testid=deadline-rules-table] tbody tr')].map(
    (row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  )

async function confirmBox(): Promise<void> {
  const button = document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')
  if (!button) throw new Error('no confirmation')
  await click(button)
}

async function setDays(code: string, days: number): Promise<void> {
  const input = inputOf(`rule-days-${code}`)
  input.value = String(days)
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await settle()
}

describe('期限规则', () => {
  it('lists each rule with the deadline’s name and warns that the law is unconfirmed', async () => {
    mockCore({ list_deadline_rules: RULES })
    await mountPage(DeadlineRulesPage, { user: ADMIN, route: '/admin-deadline-rules' })
    expect(rows()[0]).toContain('T2')
    expect(rows()[0]).toContain('受理审查')
    expect(rows()[0]).toContain('工作日')
    expect(rows()[1]).toContain('自然日')
    expect(byTestId('deadline-rules-warning')?.textContent).toContain('尚未确认')
  })

  it('sends set_deadline_rule after confirmation', async () => {
    const calls = mockCore({
      list_deadline_rules: RULES,
      set_deadline_rule: (args: Record<string, unknown>) => args.rule,
    })
    await mountPage(DeadlineRulesPage, { user: ADMIN, route: '/admin-deadline-rules' })
    await click('rule-edit-T5')
    await setDays('T5', 15)
    await click('rule-day-count-T5-working')
    await click('rule-save-T5')
    expect(commands(calls, 'set_deadline_rule')).toEqual([])
    expect(document.querySelector('.el-message-box')?.textContent).toContain('15 个工作日')
    await confirmBox()
    expect(commands(calls, 'set_deadline_rule').map((c) => c.args)).toEqual([
      { rule: { code: 'T5', days: 15, dayCount: 'working' } },
    ])
    expect(rows()[1]).toContain('15')
    expect(rows()[1]).toContain('工作日')
    expect(byTestId('rule-days-T5')).toBeNull()
  })

  it('shows the core’s refusal on the row', async () => {
    mockCore({
      list_deadline_rules: RULES,
      set_deadline_rule: () => {
        throw appError({ code: 'validation', reason: 'days_invalid', field: 'days' })
      },
    })
    await mountPage(DeadlineRulesPage, { user: ADMIN, route: '/admin-deadline-rules' })
    await click('rule-edit-T2')
    await click('rule-save-T2')
    await confirmBox()
    expect(byTestId('rule-error-T2')?.textContent).toContain('天数应在 1 至 365 之间')
  })
})
