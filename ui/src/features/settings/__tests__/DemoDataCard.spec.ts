import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import DemoDataCard from '../DemoDataCard.vue'
import SettingsPage from '../SettingsPage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  mockCore,
  mountPage,
  settle,
  type Call,
} from '@/test/helpers'
import { CLERK } from '@/test/hearings'
import type { DemoSummary } from '@/bindings/DemoSummary'

const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const messageBox = () => document.querySelector('.el-message-box')?.textContent ?? ''
const confirmBox = () =>
  click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)
const cancelBox = () =>
  click(
    document.querySelector<HTMLElement>(
      '.el-message-box__btns .el-button:not(.el-button--primary)',
    )!,
  )
const loads = (calls: Call[]) => calls.filter((call) => call.cmd === 'load_demo_data')

const SUMMARY: DemoSummary = {
  organizations: 40,
  mediators: 126,
  mediationCases: 310,
  onlineMediationCases: 198,
  intakeItems: 41,
  cases: 26,
  services: 1890,
  publicityEvents: 12,
  storyCaseId: 'case-story',
  adminUsername: 'admin',
  adminCreated: false,
  demoPassword: 'Yunting#Demo2026',
  accounts: [
    { username: 'arb.zhang', displayName: '张明远', role: 'arbitrator' },
    { username: 'clerk.li', displayName: '李娜', role: 'clerk' },
    { username: 'med.zhou', displayName: '周桂芳', role: 'mediator' },
  ],
}

describe('DemoDataCard', { timeout: 30_000 }, () => {
  it('loads the demo data after confirming and shows the accounts and password', async () => {
    let finish: (summary: DemoSummary) => void = () => {}
    const calls = mockCore({
      load_demo_data: () => new Promise((resolve) => (finish = resolve)),
    })
    const { router } = await mountPage(DemoDataCard, { user: ADMIN, route: '/settings' })
    router.addRoute({
      path: '/statistics',
      name: 'statistics',
      component: defineComponent({ render: () => h('div') }),
    })

    await click('demo-load')
    expect(messageBox()).toContain('只能在空数据库中载入')
    expect(messageBox()).toContain('40 个基层调解组织')
    expect(messageBox()).toContain('赵丽')
    expect(loads(calls)).toEqual([])
    await confirmBox()

    expect(loads(calls)).toEqual([{ cmd: 'load_demo_data', args: {} }])
    // It takes a few seconds: the card says so meanwhile.
    expect(byTestId('demo-load')?.classList).toContain('is-loading')
    expect(text('settings-demo')).toContain('正在生成演示数据')
    finish(SUMMARY)
    await settle()
    expect(byTestId('demo-load')?.classList).not.toContain('is-loading')
    expect(byTestId('demo-result')).not.toBeNull()
    expect(text('demo-count-organizations')).toBe('40')
    expect(text('demo-count-mediationCases')).toBe('310')
    expect(text('demo-count-services')).toBe('1,890')
    expect(
      [...byTestId('demo-accounts')!.querySelectorAll('tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
      ),
    ).toEqual([
      ['arb.zhang', '张明远', '仲裁员'],
      ['clerk.li', '李娜', '书记员'],
      ['med.zhou', '周桂芳', '调解员'],
    ])
    expect(text('demo-password')).toBe('Yunting#Demo2026')

    await click('demo-open-statistics')
    expect(router.currentRoute.value.name).toBe('statistics')
  })

  it('does nothing when the confirmation is cancelled', async () => {
    const calls = mockCore({ load_demo_data: SUMMARY })
    await mountPage(DemoDataCard, { user: ADMIN, route: '/settings' })
    await click('demo-load')
    await cancelBox()
    expect(loads(calls)).toEqual([])
    expect(byTestId('demo-result')).toBeNull()
  })

  it('says the database is not empty', async () => {
    mockCore({
      load_demo_data: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'database_not_empty',
          message: '数据库中已有数据，演示数据只能载入空数据库',
        })
      },
    })
    await mountPage(DemoDataCard, { user: ADMIN, route: '/settings' })
    await click('demo-load')
    await confirmBox()
    expect(text('demo-error')).toBe(
      '数据库中已有业务数据，不能载入演示数据。演示数据只能载入到新安装的空数据库中。',
    )
    expect(byTestId('demo-result')).toBeNull()
    expect(byTestId('demo-load')?.hasAttribute('disabled')).toBe(false)
  })

  it('reads the commission name again once the demo data set it', async () => {
    let name = ''
    const calls = mockCore({
      app_info: { version: '0.1.0', databasePath: '/tmp/y.db' },
      commission_name: () => name,
      load_demo_data: () => {
        name = '庆阳市西峰区劳动人事争议仲裁委员会'
        return SUMMARY
      },
    })
    await mountPage(SettingsPage, { user: ADMIN, route: '/settings' })
    await click('demo-load')
    await confirmBox()
    await settle()
    expect(calls.filter((c) => c.cmd === 'commission_name')).toHaveLength(2)
  })

  it('is offered to administrators only', async () => {
    const core = { app_info: { version: '0.1.0', databasePath: '/tmp/y.db' }, commission_name: '' }
    mockCore(core)
    const admin = await mountPage(SettingsPage, { user: ADMIN, route: '/settings' })
    expect(byTestId('demo-load')).not.toBeNull()
    admin.wrapper.unmount()

    mockCore(core)
    await mountPage(SettingsPage, { user: CLERK, route: '/settings' })
    expect(byTestId('demo-load')).toBeNull()
  })
})
