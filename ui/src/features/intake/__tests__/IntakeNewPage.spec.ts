import { describe, expect, it } from 'vitest'
import IntakeNewPage from '../IntakeNewPage.vue'
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
import { intakeItem } from '@/test/intake'
import type { NewIntake } from '@/bindings/NewIntake'
import type { SessionUser } from '@/bindings/SessionUser'

const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

const created = (calls: Call[]) =>
  calls.filter((call) => call.cmd === 'create_intake').map((call) => call.args.input as NewIntake)
const text = (testId: string) => byTestId(testId)?.textContent ?? ''

async function check(category: string): Promise<void> {
  await click(byTestId(`intake-category-${category}`)!.querySelector('input')!)
}

describe('IntakeNewPage', { timeout: 30_000 }, () => {
  it('sends the request as entered, categories in the statute’s order', async () => {
    const calls = mockCore({
      create_intake: () => intakeItem({}, { id: 'in-7', intakeNo: '急难愁盼〔2026〕第007号' }),
    })
    // Every role takes calls (the hotline is staffed by whoever is on duty).
    const { router } = await mountPage(IntakeNewPage, { user: MEDIATOR, route: '/intake-new' })

    expect(byTestId('intake-form-channel-hotline')?.classList).toContain('is-active')
    await typeInto('intake-form-name', ' 赵女士 ')
    await typeInto('intake-form-mobile', '138 0731 0001')
    await typeInto('intake-form-location', '湖南省长沙市')
    await typeInto('intake-form-employer', '西峰区某环保公司')
    await check('dismissal')
    await check('pay_compensation')
    await typeInto('intake-form-summary', '拖欠工资并无故将其辞退，已返回湖南老家。')
    await click('intake-form-submit')

    expect(created(calls)).toEqual([
      {
        channel: 'hotline',
        requesterName: '赵女士',
        requesterMobile: '138 0731 0001',
        requesterLocation: '湖南省长沙市',
        employerName: '西峰区某环保公司',
        categories: ['dismissal', 'pay_compensation'],
        summary: '拖欠工资并无故将其辞退，已返回湖南老家。',
      },
    ])
    // Left empty, the time of the call is now (the core's clock).
    expect(created(calls)[0]).not.toHaveProperty('receivedAt')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已登记 急难愁盼〔2026〕第007号',
    )
    expect(router.currentRoute.value.name).toBe('intake-item')
    expect(router.currentRoute.value.params.id).toBe('in-7')
  })

  it('sends the channel and leaves out what was not entered', async () => {
    const calls = mockCore({ create_intake: () => intakeItem() })
    await mountPage(IntakeNewPage, { user: ADMIN, route: '/intake-new' })
    await click(byTestId('intake-form-channel-walk_in')!.querySelector('input')!)
    await typeInto('intake-form-name', '钱先生')
    await check('labor_relation')
    await typeInto('intake-form-summary', '请求确认劳动关系')
    await click('intake-form-submit')
    expect(created(calls)).toEqual([
      {
        channel: 'walk_in',
        requesterName: '钱先生',
        categories: ['labor_relation'],
        summary: '请求确认劳动关系',
      },
    ])
  })

  it('asks for a name, a category and a summary, and checks the mobile, before sending', async () => {
    const calls = mockCore({ create_intake: () => intakeItem() })
    await mountPage(IntakeNewPage, { user: ADMIN, route: '/intake-new' })
    await typeInto('intake-form-mobile', '12345')
    await click('intake-form-submit')

    expect(created(calls)).toEqual([])
    expect(text('intake-form-name')).toContain('请填写求助人姓名')
    expect(text('intake-form-mobile')).toContain('请输入有效的中国大陆手机号')
    expect(text('intake-form-categories')).toContain('请至少选择一类诉求')
    expect(text('intake-form-summary')).toContain('请填写诉求摘要')
    expect(fieldErrors()).toHaveLength(4)
  })

  it('shows the core’s field errors under their fields', async () => {
    const calls = mockCore({
      create_intake: () => {
        throw appError({
          code: 'validation',
          reason: 'text_too_long',
          message: '内容过长（最多 200 个字）',
          field: 'employerName',
        })
      },
    })
    await mountPage(IntakeNewPage, { user: ADMIN, route: '/intake-new' })
    await typeInto('intake-form-name', '赵女士')
    await typeInto('intake-form-employer', '某'.repeat(20))
    await check('other')
    await typeInto('intake-form-summary', '咨询')
    await click('intake-form-submit')

    expect(created(calls)).toHaveLength(1)
    expect(byTestId('intake-form-employer')?.classList).toContain('is-error')
    expect(text('intake-form-employer')).toContain('内容过长（最多 200 个字）')
    expect(byTestId('intake-form-error')).toBeNull()

    // Editing the field clears the core's message.
    await typeInto('intake-form-employer', '西峰区某环保公司')
    await settle()
    expect(byTestId('intake-form-employer')?.classList).not.toContain('is-error')
  })

  it('places a categories error from the core under the checkboxes', async () => {
    mockCore({
      create_intake: () => {
        throw appError({
          code: 'validation',
          reason: 'categories_required',
          message: '请至少选择一类诉求（案由）',
          field: 'categories',
        })
      },
    })
    await mountPage(IntakeNewPage, { user: ADMIN, route: '/intake-new' })
    await typeInto('intake-form-name', '赵女士')
    await check('other')
    await typeInto('intake-form-summary', '咨询')
    await click('intake-form-submit')
    expect(text('intake-form-categories')).toContain('请至少选择一类诉求')
  })
})
