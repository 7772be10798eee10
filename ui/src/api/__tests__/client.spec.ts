import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, setUnauthenticatedListener } from '../client'
import { appError, mockCore } from '@/test/helpers'
import type { NewCase } from '@/bindings/NewCase'

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

  it('sends the calendar commands with their argument names', async () => {
    const year = { year: 2027, source: '通知', holidays: 1, workdays: 0, updatedAt: '' }
    const calls = mockCore({
      list_calendar_years: [year],
      calendar_year_days: [],
      set_calendar_year: year,
    })
    const input = {
      year: 2027,
      source: '通知',
      days: [{ day: '2027-01-01', kind: 'holiday' as const, name: '元旦' }],
    }
    await api.listCalendarYears()
    await api.calendarYearDays(2027)
    await api.setCalendarYear(input)
    expect(calls).toEqual([
      { cmd: 'list_calendar_years', args: {} },
      { cmd: 'calendar_year_days', args: { year: 2027 } },
      { cmd: 'set_calendar_year', args: { input } },
    ])
  })

  it('sends the case-file commands with their argument names', async () => {
    const calls = mockCore({
      create_case: null,
      get_case: null,
      list_cases: null,
      accept_case: null,
      not_accept_case: null,
      close_case: null,
      case_number_pattern: '',
      set_case_number_pattern: '',
    })
    const input: NewCase = {
      channel: 'written',
      cause: '追索劳动报酬',
      facts: '',
      receivedOn: '2025-10-09',
      parties: [],
      claims: [],
      evidence: [],
      noEvidenceDeclared: false,
      oralConfirmed: false,
      priority: false,
    }
    const refusal = {
      kind: 'out_of_scope' as const,
      reason: '不属于劳动争议',
      onDate: '2025-10-10',
    }
    const closure = { closureType: 'withdrawal' as const, onDate: '2025-10-10', note: '' }
    await api.createCase(input)
    await api.getCase('c1')
    await api.listCases({ status: 'received', offset: 0, limit: 20 })
    await api.acceptCase('c1', '2025-10-10')
    await api.notAcceptCase('c1', refusal)
    await api.closeCase('c1', closure)
    await api.caseNumberPattern()
    await api.setCaseNumberPattern('西劳人仲案字〔{year}〕第{seq}号')
    expect(calls).toEqual([
      { cmd: 'create_case', args: { input } },
      { cmd: 'get_case', args: { caseId: 'c1' } },
      { cmd: 'list_cases', args: { query: { status: 'received', offset: 0, limit: 20 } } },
      { cmd: 'accept_case', args: { caseId: 'c1', onDate: '2025-10-10' } },
      { cmd: 'not_accept_case', args: { caseId: 'c1', input: refusal } },
      { cmd: 'close_case', args: { caseId: 'c1', input: closure } },
      { cmd: 'case_number_pattern', args: {} },
      { cmd: 'set_case_number_pattern', args: { pattern: '西劳人仲案字〔{year}〕第{seq}号' } },
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
