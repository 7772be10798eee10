import { describe, expect, it } from 'vitest'
import SettingsPage from '@/features/settings/SettingsPage.vue'
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
import { CLERK } from '@/test/hearings'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const APP_INFO = { version: '0.1.0', databasePath: '/tmp/y.db' }
const NAME = '庆阳市西峰区劳动人事争议仲裁委员会'

describe('仲裁委员会名称 in the settings', () => {
  it('lets an administrator set the name and shows the core’s refusal under it', async () => {
    let stored = ''
    const calls = mockCore({
      app_info: APP_INFO,
      commission_name: () => stored,
      set_commission_name: (args: Record<string, unknown>) => {
        const name = String(args.name)
        if (!name.endsWith('委员会')) {
          throw appError({
            code: 'validation',
            reason: 'commission_name',
            field: 'name',
            message: '请填写仲裁委员会全称，如 庆阳市西峰区劳动人事争议仲裁委员会',
          })
        }
        stored = name
        return name
      },
    })
    await mountPage(SettingsPage, { user: ADMIN, route: '/settings' })
    expect(text('settings-commission')).toContain('仲裁委员会名称')
    expect(text('settings-commission')).toContain('抬头')
    expect(text('commission-name-unset')).toContain('尚未设置')
    expect(inputOf('commission-name').placeholder).toBe(NAME)

    await typeInto('commission-name', '西峰区仲裁院')
    await click('commission-name-save')
    expect(byTestId('commission-name')?.classList).toContain('is-error')
    expect(fieldErrors()).toEqual(['请填写仲裁委员会全称，如 庆阳市西峰区劳动人事争议仲裁委员会'])
    expect(document.querySelector('.el-message--success')).toBeNull()

    await typeInto('commission-name', ` ${NAME} `)
    await click('commission-name-save')
    expect(byTestId('commission-name')?.classList).not.toContain('is-error')
    expect(commands(calls, 'set_commission_name').map((c) => c.args)).toEqual([
      { name: '西峰区仲裁院' },
      { name: NAME },
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      `已保存仲裁委员会名称：${NAME}`,
    )
    expect(inputOf('commission-name').value).toBe(NAME)
    expect(byTestId('commission-name-unset')).toBeNull()
  })

  it('wants a name before asking the core', async () => {
    const calls = mockCore({ app_info: APP_INFO, commission_name: NAME })
    await mountPage(SettingsPage, { user: ADMIN, route: '/settings' })
    expect(inputOf('commission-name').value).toBe(NAME)
    await typeInto('commission-name', '  ')
    await click('commission-name-save')
    expect(fieldErrors()).toEqual(['请填写仲裁委员会名称'])
    expect(commands(calls, 'set_commission_name')).toEqual([])
  })

  it('is not shown to anyone else', async () => {
    const calls = mockCore({ app_info: APP_INFO })
    await mountPage(SettingsPage, { user: CLERK, route: '/settings' })
    expect(byTestId('settings-commission')).toBeNull()
    expect(commands(calls, 'commission_name')).toEqual([])
  })
})
