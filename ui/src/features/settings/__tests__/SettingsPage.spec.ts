import { describe, expect, it } from 'vitest'
import SettingsPage from '../SettingsPage.vue'
import { i18n, LOCALE_STORAGE_KEY } from '@/i18n'
import { ADMIN, appError, byTestId, click, mockCore, mountPage, typeInto } from '@/test/helpers'

describe('SettingsPage', () => {
  it('shows version and database path from app_info', async () => {
    mockCore({
      app_info: { version: '0.1.0', databasePath: '/data/yunting/yunting.db' },
      commission_name: '',
    })
    await mountPage(SettingsPage, { user: ADMIN, route: '/settings' })
    expect(byTestId('settings-version')?.textContent).toContain('0.1.0')
    expect(byTestId('settings-database-path')?.textContent).toContain('/data/yunting/yunting.db')
  })

  it('switches the language and remembers it', async () => {
    mockCore({ app_info: { version: '0.1.0', databasePath: '/tmp/y.db' }, commission_name: '' })
    await mountPage(SettingsPage, { user: ADMIN, route: '/settings', i18n })
    await click(byTestId('settings-language-en')!.querySelector('input')!)
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(i18n.global.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(document.querySelector('.el-card__header')?.textContent).toContain('Interface language')
    i18n.global.locale.value = 'zh-CN'
  })

  it('changes the own password and shows a wrong current password under its field', async () => {
    const calls = mockCore({
      app_info: { version: '0.1.0', databasePath: '/tmp/y.db' },
      commission_name: '',
      change_own_password: (args: Record<string, unknown>) => {
        if (args.oldPassword !== 'old-password') {
          throw appError({
            code: 'validation',
            reason: 'old_password_wrong',
            message: '原密码不正确',
            field: 'oldPassword',
          })
        }
        return null
      },
    })
    await mountPage(SettingsPage, { user: ADMIN, route: '/settings' })
    await typeInto('settings-old-password', 'not-it-at-all')
    await typeInto('settings-new-password', 'brand-new-pass')
    await typeInto('settings-new-password-confirm', 'brand-new-pass')
    await click('settings-password-submit')
    const item = byTestId('settings-old-password')
    expect(item?.classList).toContain('is-error')
    expect(item?.textContent).toContain('当前密码不正确')

    await typeInto('settings-old-password', 'old-password')
    await click('settings-password-submit')
    expect(calls.filter((c) => c.cmd === 'change_own_password')).toHaveLength(2)
    expect(document.querySelector('.el-message--success')?.textContent).toContain('密码已修改')
  })
})
