import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, setUnauthenticatedListener } from '../client'
import { appError, mockCore } from '@/test/helpers'

afterEach(() => setUnauthenticatedListener(null))

describe('api client', () => {
  it('sends each command with its argument names', async () => {
    const calls = mockCore({
      sign_in: { id: '1', username: 'a', displayName: 'A', mobile: '13800000000', role: 'clerk' },
      approve_user: (args: Record<string, unknown>) => ({ id: args.userId }),
      list_audit: { entries: [], total: 0 },
      change_own_password: null,
    })
    await api.signIn({ method: 'mobile', identifier: '13800000000', password: 'secret123' })
    await api.approveUser('u1', 'arbitrator')
    await api.listAudit({ offset: 20, limit: 20 })
    await api.changeOwnPassword('old-pass1', 'new-pass1')
    expect(calls).toEqual([
      {
        cmd: 'sign_in',
        args: { request: { method: 'mobile', identifier: '13800000000', password: 'secret123' } },
      },
      { cmd: 'approve_user', args: { userId: 'u1', role: 'arbitrator' } },
      { cmd: 'list_audit', args: { query: { offset: 20, limit: 20 } } },
      { cmd: 'change_own_password', args: { oldPassword: 'old-pass1', newPassword: 'new-pass1' } },
    ])
  })

  it('rejects with the AppError the core sent', async () => {
    const locked = appError({ code: 'account_locked', reason: 'account_locked', message: '锁定' })
    mockCore({
      sign_in: () => {
        throw locked
      },
    })
    await expect(
      api.signIn({ method: 'username', identifier: 'a', password: 'b' }),
    ).rejects.toEqual(locked)
  })

  it('wraps a rejection that is not an AppError as internal', async () => {
    mockCore({
      app_info: () => {
        throw new Error('IPC bridge gone')
      },
    })
    await expect(api.appInfo()).rejects.toEqual({
      code: 'internal',
      reason: '',
      message: 'IPC bridge gone',
      field: null,
    })
  })

  it('tells the listener when the session is gone', async () => {
    const listener = vi.fn()
    setUnauthenticatedListener(listener)
    mockCore({
      list_users: () => {
        throw appError({ code: 'unauthenticated', message: '请登录' })
      },
    })
    await expect(api.listUsers()).rejects.toMatchObject({ code: 'unauthenticated' })
    expect(listener).toHaveBeenCalledOnce()
  })
})
