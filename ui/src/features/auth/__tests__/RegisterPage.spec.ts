import { describe, expect, it } from 'vitest'
import RegisterPage from '../RegisterPage.vue'
import {
  appError,
  byTestId,
  click,
  fieldErrors,
  mockCore,
  mountPage,
  typeInto,
  userSummary,
} from '@/test/helpers'

async function fill(overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {
    'register-username': 'lisi',
    'register-display-name': '李四',
    'register-mobile': '13700001111',
    'register-password': 'long-enough',
    'register-password-confirm': 'long-enough',
    ...overrides,
  }
  for (const [testId, value] of Object.entries(values)) await typeInto(testId, value)
}

describe('RegisterPage', () => {
  it('refuses a confirmation that does not match', async () => {
    const calls = mockCore({ register: userSummary({ username: 'lisi', status: 'pending' }) })
    await mountPage(RegisterPage, { route: '/register' })
    await fill({ 'register-password-confirm': 'something-else' })
    await click('register-submit')

    expect(fieldErrors()).toEqual(['两次输入的密码不一致'])
    expect(calls).toEqual([])
    expect(byTestId('register-success')).toBeNull()
  })

  it('checks every field rule', async () => {
    mockCore({})
    await mountPage(RegisterPage, { route: '/register' })
    await fill({
      'register-username': 'no spaces',
      'register-mobile': '1234',
      'register-password': 'short',
      'register-password-confirm': 'short',
    })
    await click('register-submit')
    expect(fieldErrors()).toEqual([
      '用户名须为 3–32 位字母、数字、下划线（_）、点（.）或连字符（-）',
      '请输入有效的中国大陆手机号（1 开头的 11 位号码）',
      '密码至少 8 位',
    ])
  })

  it('submits and shows the success panel', async () => {
    const calls = mockCore({ register: userSummary({ username: 'lisi', status: 'pending' }) })
    const { router } = await mountPage(RegisterPage, { route: '/register' })
    await fill()
    await click('register-submit')

    expect(calls).toEqual([
      {
        cmd: 'register',
        args: {
          input: {
            username: 'lisi',
            displayName: '李四',
            mobile: '13700001111',
            password: 'long-enough',
          },
        },
      },
    ])
    const panel = byTestId('register-success')
    expect(panel?.textContent).toContain('注册申请已提交，请等待管理员审核')
    expect(byTestId('register-submit')).toBeNull()

    await click('register-back-to-login')
    expect(router.currentRoute.value.name).toBe('login')
  })

  it('shows a taken username under the username field', async () => {
    mockCore({
      register: () => {
        throw appError({
          code: 'conflict',
          reason: 'username_taken',
          message: '用户名已存在',
          field: 'username',
        })
      },
    })
    await mountPage(RegisterPage, { route: '/register' })
    await fill()
    await click('register-submit')

    const item = byTestId('register-username')?.closest('.el-form-item')
    expect(item?.classList.contains('is-error')).toBe(true)
    expect(item?.textContent).toContain('该用户名已被使用，请换一个')
    expect(byTestId('register-error')).toBeNull()
    expect(byTestId('register-success')).toBeNull()
  })
})
