import { describe, expect, it } from 'vitest'
import UsersPage from '../UsersPage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  mockCore,
  mountPage,
  typeInto,
  userSummary,
  type Call,
} from '@/test/helpers'
import type { UserSummary } from '@/bindings/UserSummary'

const future = new Date(Date.now() + 10 * 60_000).toISOString()

function people(): UserSummary[] {
  return [
    userSummary({
      id: ADMIN.id,
      username: 'admin',
      displayName: '王管理',
      role: 'admin',
      createdAt: '2025-10-01T00:00:00Z',
    }),
    userSummary({
      username: 'zhaoliu',
      displayName: '赵六',
      role: 'clerk',
      status: 'disabled',
      createdAt: '2025-10-03T00:00:00Z',
    }),
    userSummary({
      username: 'lisi',
      displayName: '李四',
      status: 'pending',
      createdAt: '2025-10-09T00:00:00Z',
    }),
    userSummary({
      username: 'wangwu',
      displayName: '王五',
      role: 'mediator',
      lockedUntil: future,
      failedAttempts: 5,
      createdAt: '2025-10-05T00:00:00Z',
    }),
  ]
}

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)

function rowOrder(): string[] {
  return [...document.querySelectorAll('[data-testid^="user-row-"]')].map(
    (el) => el.getAttribute('data-testid')?.replace('user-row-', '') ?? '',
  )
}

describe('UsersPage', () => {
  it('lists users, pending first, with one status colour each', async () => {
    mockCore({ list_users: people() })
    await mountPage(UsersPage, { user: ADMIN, route: '/admin-users' })

    expect(rowOrder()[0]).toBe('lisi')
    expect(rowOrder()).toHaveLength(4)
    const tag = (username: string) => byTestId(`user-status-${username}`)!
    expect(tag('lisi').textContent?.trim()).toBe('待审核')
    expect(tag('lisi').classList).toContain('el-tag--info')
    expect(tag('admin').textContent?.trim()).toBe('正常')
    expect(tag('admin').classList).toContain('el-tag--success')
    expect(tag('zhaoliu').textContent?.trim()).toBe('已停用')
    expect(tag('zhaoliu').classList).toContain('el-tag--danger')
    expect(tag('wangwu').textContent?.trim()).toBe('已锁定')
    expect(tag('wangwu').classList).toContain('el-tag--warning')

    // Actions follow the status; an admin cannot disable their own account here.
    expect(byTestId('user-approve-lisi')).not.toBeNull()
    expect(byTestId('user-enable-zhaoliu')).not.toBeNull()
    expect(byTestId('user-disable-wangwu')).not.toBeNull()
    expect(byTestId('user-reset-wangwu')).not.toBeNull()
    expect(byTestId('user-disable-admin')).toBeNull()
  })

  it('filters by status', async () => {
    mockCore({ list_users: people() })
    await mountPage(UsersPage, { user: ADMIN, route: '/admin-users' })
    await click(byTestId('users-filter-locked')!.querySelector('input')!)
    expect(rowOrder()).toEqual(['wangwu'])
    await click(byTestId('users-filter-all')!.querySelector('input')!)
    expect(rowOrder()).toHaveLength(4)
  })

  it('says what to do when there is nobody to show', async () => {
    mockCore({ list_users: [people()[0]] })
    await mountPage(UsersPage, { user: ADMIN, route: '/admin-users' })
    await click(byTestId('users-filter-pending')!.querySelector('input')!)
    expect(byTestId('users-empty')?.textContent).toContain('可切换上方的状态筛选')
  })

  it('approves a registration with the chosen role', async () => {
    const calls = mockCore({
      list_users: people(),
      approve_user: (args: Record<string, unknown>) =>
        userSummary({
          id: String(args.userId),
          username: 'lisi',
          displayName: '李四',
          role: args.role as UserSummary['role'],
          status: 'active',
        }),
    })
    await mountPage(UsersPage, { user: ADMIN, route: '/admin-users' })

    await click('user-approve-lisi')
    const dialog = document.querySelector('.el-dialog')
    expect(dialog?.textContent).toContain('审核通过：李四')

    // No role chosen yet: confirming asks for one and sends nothing.
    await click('approve-confirm')
    expect(dialog?.textContent).toContain('请选择角色')
    expect(commands(calls, 'approve_user')).toEqual([])

    await click(byTestId('approve-role-arbitrator')!)
    await click('approve-confirm')

    expect(commands(calls, 'approve_user')).toEqual([
      { cmd: 'approve_user', args: { userId: 'id-lisi', role: 'arbitrator' } },
    ])
    expect(document.querySelector('.el-message')?.textContent).toContain(
      '已审核通过 李四，角色：仲裁员',
    )
    expect(byTestId('user-status-lisi')?.textContent?.trim()).toBe('正常')
    expect(byTestId('user-approve-lisi')).toBeNull()
  })

  it('shows a refusal from the core and keeps the user pending', async () => {
    mockCore({
      list_users: people(),
      approve_user: () => {
        throw appError({ code: 'forbidden', reason: 'forbidden', message: '无权限' })
      },
    })
    await mountPage(UsersPage, { user: ADMIN, route: '/admin-users' })
    await click('user-approve-lisi')
    await click(byTestId('approve-role-clerk')!)
    await click('approve-confirm')
    expect(document.querySelector('.el-message--error')?.textContent).toContain(
      '您没有执行此操作的权限',
    )
    expect(byTestId('user-status-lisi')?.textContent?.trim()).toBe('待审核')
  })

  it('disables a user after confirmation', async () => {
    const calls = mockCore({
      list_users: people(),
      disable_user: () =>
        userSummary({
          username: 'wangwu',
          displayName: '王五',
          role: 'mediator',
          status: 'disabled',
        }),
    })
    await mountPage(UsersPage, { user: ADMIN, route: '/admin-users' })
    await click('user-disable-wangwu')
    expect(document.querySelector('.el-message-box')?.textContent).toContain('将无法登录')
    await click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)

    expect(commands(calls, 'disable_user')).toEqual([
      { cmd: 'disable_user', args: { userId: 'id-wangwu' } },
    ])
    expect(byTestId('user-status-wangwu')?.textContent?.trim()).toBe('已停用')
  })

  it('resets a password only when both entries match', async () => {
    const calls = mockCore({
      list_users: people(),
      reset_password: () => userSummary({ username: 'wangwu', displayName: '王五' }),
    })
    await mountPage(UsersPage, { user: ADMIN, route: '/admin-users' })
    await click('user-reset-wangwu')
    await typeInto('reset-password', 'new-password-1')
    await typeInto('reset-password-confirm', 'new-password-2')
    await click('reset-confirm')
    expect(commands(calls, 'reset_password')).toEqual([])

    await typeInto('reset-password-confirm', 'new-password-1')
    await click('reset-confirm')
    expect(commands(calls, 'reset_password')).toEqual([
      { cmd: 'reset_password', args: { userId: 'id-wangwu', newPassword: 'new-password-1' } },
    ])
    expect(byTestId('user-status-wangwu')?.textContent?.trim()).toBe('正常')
  })
})
