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

  it('sends the intake and due-list commands with their argument names', async () => {
    const calls = mockCore({
      create_intake: null,
      get_intake: null,
      list_intake: null,
      transfer_intake: null,
      add_intake_note: null,
      close_intake: null,
      set_intake_materials: null,
      intake_material_provided: null,
      intake_case_draft: null,
      convert_intake_to_case: null,
      intake_due_soon: [],
      due_soon: [],
    })
    const intake = {
      channel: 'hotline' as const,
      requesterName: '赵女士',
      categories: ['pay_compensation' as const],
      summary: '拖欠工资',
    }
    const transfer = {
      handlingUnit: '西峰区劳动人事争议仲裁院',
      responsiblePerson: '李仲裁员',
      transferredOn: '2026-03-02',
      dueOn: '2026-03-17',
    }
    const materials = [{ name: '劳动合同', status: 'to_supplement' as const, dueOn: '2026-03-10' }]
    const application: NewCase = {
      channel: 'transferred',
      cause: '追索劳动报酬',
      facts: '',
      receivedOn: '2026-03-02',
      parties: [],
      claims: [],
      evidence: [],
      noEvidenceDeclared: false,
      oralConfirmed: false,
      priority: false,
    }
    await api.createIntake(intake)
    await api.getIntake('i1')
    await api.listIntake({ status: 'open', text: '赵', offset: 0, limit: 20 })
    await api.transferIntake('i1', transfer)
    await api.addIntakeNote('i1', '已回访')
    await api.closeIntake('i1', '已调解', '2026-03-05')
    await api.setIntakeMaterials('i1', materials)
    await api.intakeMaterialProvided('m1', '2026-03-06')
    await api.intakeCaseDraft('i1')
    await api.convertIntakeToCase('i1', application)
    await api.intakeDueSoon(7)
    await api.dueSoon(7)
    expect(calls).toEqual([
      { cmd: 'create_intake', args: { input: intake } },
      { cmd: 'get_intake', args: { intakeId: 'i1' } },
      { cmd: 'list_intake', args: { query: { status: 'open', text: '赵', offset: 0, limit: 20 } } },
      { cmd: 'transfer_intake', args: { intakeId: 'i1', input: transfer } },
      { cmd: 'add_intake_note', args: { intakeId: 'i1', text: '已回访' } },
      { cmd: 'close_intake', args: { intakeId: 'i1', outcome: '已调解', closedOn: '2026-03-05' } },
      { cmd: 'set_intake_materials', args: { intakeId: 'i1', materials } },
      { cmd: 'intake_material_provided', args: { materialId: 'm1', on: '2026-03-06' } },
      { cmd: 'intake_case_draft', args: { intakeId: 'i1' } },
      { cmd: 'convert_intake_to_case', args: { intakeId: 'i1', input: application } },
      { cmd: 'intake_due_soon', args: { withinDays: 7 } },
      { cmd: 'due_soon', args: { withinDays: 7 } },
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
