import { describe, expect, it } from 'vitest'
import LoginPage from '../LoginPage.vue'
import {
  appError,
  byTestId,
  click,
  fieldErrors,
  mockCore,
  mountPage,
  typeInto,
  type Call,
} from '@/test/helpers'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = {
  id: 'u1',
  username: 'zhangsan',
  displayName: '张三',
  mobile: '13912345678',
  role: 'clerk',
}

const signIns = (calls: Call[]) => calls.filter((call) => call.cmd === 'sign_in')

describe('LoginPage', () => {
  it('shows the two sign-in tabs and switches between them', async () => {
    const { wrapper } = await mountPage(LoginPage)
    const usernameTab = document.querySelector<HTMLElement>('#tab-username')
    const mobileTab = document.querySelector<HTMLElement>('#tab-mobile')
    expect(usernameTab?.textContent).toContain('账号+密码登录')
    expect(mobileTab?.textContent).toContain('手机+密码登录')
    expect(usernameTab?.classList.contains('is-active')).toBe(true)
    expect(byTestId('login-register-link')?.textContent).toContain('立即注册')

    await click(mobileTab!)
    expect(mobileTab?.classList.contains('is-active')).toBe(true)
    expect(usernameTab?.classList.contains('is-active')).toBe(false)
    const mobilePane = document.querySelector<HTMLElement>('#pane-mobile')
    expect(mobilePane?.style.display).not.toBe('none')
    expect(wrapper.find('[data-testid="login-mobile"]').exists()).toBe(true)
  })

  it('validates on the client before asking the core', async () => {
    const calls = mockCore({ sign_in: CLERK })
    await mountPage(LoginPage)

    await click('login-username-submit')
    expect(fieldErrors()).toEqual(['请输入用户名', '请输入密码'])

    await typeInto('login-username', 'ab')
    await click('login-username-submit')
    expect(fieldErrors()).toContain(
      '用户名须为 3–32 位字母、数字、下划线（_）、点（.）或连字符（-）',
    )

    await click(document.querySelector<HTMLElement>('#tab-mobile')!)
    await typeInto('login-mobile', '12345')
    await typeInto('login-mobile-password', 'whatever1')
    await click('login-mobile-submit')
    expect(fieldErrors()).toContain('请输入有效的中国大陆手机号（1 开头的 11 位号码）')

    expect(signIns(calls)).toEqual([])
  })

  it('signs in with method mobile from the second tab', async () => {
    const calls = mockCore({ sign_in: CLERK })
    const { router, session } = await mountPage(LoginPage)

    await click(document.querySelector<HTMLElement>('#tab-mobile')!)
    await typeInto('login-mobile', '+86 139-1234-5678')
    await typeInto('login-mobile-password', 'correct-horse')
    await click('login-mobile-submit')

    expect(signIns(calls)).toEqual([
      {
        cmd: 'sign_in',
        args: {
          request: { method: 'mobile', identifier: '+86 139-1234-5678', password: 'correct-horse' },
        },
      },
    ])
    expect(session.user).toEqual(CLERK)
    expect(router.currentRoute.value.name).toBe('workbench')
  })

  it('signs in with method username from the first tab', async () => {
    const calls = mockCore({ sign_in: CLERK })
    await mountPage(LoginPage)
    await typeInto('login-username', 'zhangsan')
    await typeInto('login-username-password', 'correct-horse')
    await click('login-username-submit')
    expect(signIns(calls)[0]?.args).toEqual({
      request: { method: 'username', identifier: 'zhangsan', password: 'correct-horse' },
    })
  })

  it('shows login-error when the account is locked', async () => {
    mockCore({
      sign_in: () => {
        throw appError({
          code: 'account_locked',
          reason: 'account_locked',
          message: '连续 5 次密码错误，账号已锁定 15 分钟，请于 09:15 后再试，或请管理员重置密码',
          field: null,
        })
      },
    })
    const { router } = await mountPage(LoginPage)
    expect(byTestId('login-error')).toBeNull()

    await typeInto('login-username', 'zhangsan')
    await typeInto('login-username-password', 'wrong-password')
    await click('login-username-submit')

    const alert = byTestId('login-error')
    expect(alert).not.toBeNull()
    expect(alert?.textContent).toContain('账号已锁定 15 分钟')
    expect(alert?.classList.contains('el-alert--error')).toBe(true)
    expect(router.currentRoute.value.name).toBe('login')
  })

  it('puts an error that names a field under that field, not in the alert', async () => {
    mockCore({
      sign_in: () => {
        throw appError({
          code: 'validation',
          reason: 'mobile_invalid',
          message: '手机号无效',
          field: 'identifier',
        })
      },
    })
    await mountPage(LoginPage)
    await click(document.querySelector<HTMLElement>('#tab-mobile')!)
    await typeInto('login-mobile', '13912345678')
    await typeInto('login-mobile-password', 'whatever1')
    await click('login-mobile-submit')

    expect(byTestId('login-error')).toBeNull()
    const item = byTestId('login-mobile')?.closest('.el-form-item')
    expect(item?.classList.contains('is-error')).toBe(true)
    expect(item?.textContent).toContain('请输入有效的中国大陆手机号')
  })

  it('submits with Enter but not while an IME composition is in progress', async () => {
    const calls = mockCore({ sign_in: CLERK })
    await mountPage(LoginPage)
    await typeInto('login-username', 'zhangsan')
    await typeInto('login-username-password', 'correct-horse')
    const input = document.querySelector<HTMLInputElement>(
      '[data-testid="login-username-password"] input',
    )!

    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true }),
    )
    await click(document.body)
    expect(signIns(calls)).toHaveLength(0)

    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await click(document.body)
    expect(signIns(calls)).toHaveLength(1)
  })
})
