import { describe, expect, it } from 'vitest'
import SetupPage from '../SetupPage.vue'
import { ADMIN, click, mockCore, mountPage, typeInto } from '@/test/helpers'

describe('SetupPage', () => {
  it('creates the first admin and enters the app', async () => {
    const calls = mockCore({ create_first_admin: ADMIN })
    const { router, session } = await mountPage(SetupPage, { route: '/setup' })
    session.needsFirstAdmin = true
    await typeInto('setup-username', 'admin')
    await typeInto('setup-display-name', '王管理')
    await typeInto('setup-mobile', '138 0000 0000')
    await typeInto('setup-password', 'admin-password')
    await typeInto('setup-password-confirm', 'admin-password')
    await click('setup-submit')

    expect(calls).toEqual([
      {
        cmd: 'create_first_admin',
        args: {
          input: {
            username: 'admin',
            displayName: '王管理',
            mobile: '138 0000 0000',
            password: 'admin-password',
          },
        },
      },
    ])
    expect(session.user).toEqual(ADMIN)
    expect(session.needsFirstAdmin).toBe(false)
    expect(router.currentRoute.value.name).toBe('workbench')
  })
})
