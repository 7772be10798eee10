import { describe, expect, it, vi } from 'vitest'
import CaseHearingsTab from '../CaseHearingsTab.vue'
import CaseFilePage from '@/features/cases/CaseFilePage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  fieldErrors,
  mockCore,
  mountPage,
  typeInto,
  type Call,
} from '@/test/helpers'
import { caseFile } from '@/test/cases'
import {
  AGENT,
  APPLICANT,
  CLERK,
  FILE,
  RESPONDENT,
  check,
  choose,
  daysFromToday,
  hearing,
} from '@/test/hearings'
import type { AttendanceInput } from '@/bindings/AttendanceInput'
import type { Hearing } from '@/bindings/Hearing'
import type { SessionUser } from '@/bindings/SessionUser'
import { shanghaiDate } from '@/utils/format'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const cells = (row: Element) =>
  [...row.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim())
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

const WARNED = hearing({
  warnings: [
    {
      rule: 'E1',
      code: 'notice_not_served',
      message: '尚未记录向赵丽送达开庭通知（最迟应于 2025-10-22 送达）',
    },
    {
      rule: 'C4',
      code: 'defense_period_running',
      message: '答辩期至 2025-10-29 届满，被申请人未放弃或同意缩短；开庭日期不应早于答辩期届满',
    },
    { rule: 'H1', code: 'online_consent_missing', message: '尚未取得 赵丽 在线开庭的同意' },
  ],
})

async function open(core: Record<string, unknown>, user: SessionUser = CLERK) {
  const calls = mockCore({ list_hearings: [WARNED], list_hearing_recordings: [], ...core })
  const mounted = await mountPage(CaseHearingsTab, {
    user,
    route: '/cases/case-1',
    props: { file: FILE },
  })
  return { calls, ...mounted }
}

describe('the 开庭 tab', () => {
  it('shows each hearing with its meeting and the warnings with their rules', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { calls } = await open({})
    expect(commands(calls, 'list_hearings')).toEqual([
      { cmd: 'list_hearings', args: { caseId: 'case-1' } },
    ])
    expect(text('hearing-card-0')).toContain('2025年10月28日 09:30')
    expect(text('hearing-status-0')).toBe('待开庭')
    expect(byTestId('hearing-0-meetingNo')?.classList).toContain('mono')
    expect(text('hearing-0-meetingNo')).toBe('123 456 789')
    expect(text('hearing-0-joinUrl')).toBe('https://meeting.tencent.com/dm/abcdef')

    await click('hearing-0-copy-meetingNo')
    await click('hearing-0-copy-password')
    expect(writeText.mock.calls).toEqual([['123 456 789'], ['2468']])

    expect(byTestId('hearing-warnings')).not.toBeNull()
    const warning = (code: string) => {
      const el = byTestId(`hearing-warning-${code}`)!
      return [
        el.querySelector('.el-tag')?.textContent?.trim(),
        el.querySelector('.hearing-card__warning-text')?.textContent,
      ]
    }
    expect(warning('notice_not_served')).toEqual([
      'E1',
      '尚未记录向赵丽送达开庭通知（最迟应于 2025-10-22 送达）',
    ])
    expect(warning('defense_period_running')[0]).toBe('C4')
    expect(warning('defense_period_running')[1]).toMatch(/^答辩期至 2025-10-29 届满/)
    expect(warning('online_consent_missing')).toEqual(['H1', '尚未取得 赵丽 在线开庭的同意'])
  })

  it('records the service of the notice and marks a late one', async () => {
    const today = shanghaiDate()
    const soon = hearing({ date: daysFromToday(10) })
    const served: Hearing = {
      ...soon,
      notices: [
        {
          id: 'n-1',
          partyId: RESPONDENT.id,
          partyName: RESPONDENT.name,
          method: 'post',
          servedOn: today,
          latestOn: '2025-10-22',
          late: true,
        },
      ],
    }
    const { calls } = await open({ list_hearings: [soon], record_hearing_notice: () => served })
    await click('notice-open')
    await choose('notice-party', `被申请人：${RESPONDENT.name}`)
    await click(byTestId('notice-method-post')!.querySelector('input')!)
    await click('notice-submit')
    expect(commands(calls, 'record_hearing_notice')).toEqual([
      {
        cmd: 'record_hearing_notice',
        args: {
          hearingId: 'h-1',
          input: { partyId: RESPONDENT.id, method: 'post', servedOn: today },
        },
      },
    ])
    const row = byTestId('hearing-notices')!.querySelector('.el-table__body tr')!
    expect(row.classList).toContain('hearing-card__row--late')
    expect(cells(row)).toEqual([RESPONDENT.name, '邮寄送达', today, '2025-10-22', '不足五日'])
  })

  it('wants an attending agent’s authority checked before sending', async () => {
    const { calls } = await open({ record_attendance: () => WARNED })
    await click('attendance-open')
    await choose('attendance-participant', `被申请人${RESPONDENT.name}的委托代理人：${AGENT.name}`)
    expect(text('attendance-authority-info')).toContain('特别授权')
    await click(byTestId('attendance-ok-yes')!.querySelector('input')!)
    await click('attendance-submit')
    expect(commands(calls, 'record_attendance')).toEqual([])
    expect(fieldErrors()).toEqual(['代理人到庭须核对授权委托书及代理权限'])
    expect(byTestId('attendance-authority')?.classList).toContain('is-error')

    await check('attendance-authority')
    await typeInto('attendance-note', '律师执业证与授权委托书一致')
    await click('attendance-submit')
    expect(commands(calls, 'record_attendance')).toEqual([
      {
        cmd: 'record_attendance',
        args: {
          hearingId: 'h-1',
          input: {
            agentId: AGENT.id,
            present: true,
            identityMethod: 'id_on_camera',
            identityOk: true,
            authorityChecked: true,
            note: '律师执业证与授权委托书一致',
          } satisfies AttendanceInput,
        },
      },
    ])
  })

  it('shows the core’s refusal under the authority checkbox', async () => {
    const { calls } = await open({
      record_attendance: () => {
        throw appError({
          code: 'validation',
          reason: 'authority_unchecked',
          field: 'authorityChecked',
          message: '代理人到庭须核对授权委托书及代理权限',
        })
      },
    })
    await click('attendance-open')
    await choose('attendance-participant', `被申请人${RESPONDENT.name}的委托代理人：${AGENT.name}`)
    await click(byTestId('attendance-ok-yes')!.querySelector('input')!)
    await check('attendance-authority')
    await click('attendance-submit')
    expect(commands(calls, 'record_attendance')).toHaveLength(1)
    expect(byTestId('attendance-authority')?.classList).toContain('is-error')
    expect(text('attendance-authority')).toContain('代理人到庭须核对授权委托书及代理权限')
    expect(byTestId('attendance-error')).toBeNull()
  })

  it('records a party who did not attend, and a witness by name', async () => {
    const { calls } = await open({ record_attendance: () => WARNED })
    await click('attendance-open')
    await choose('attendance-participant', `申请人：${APPLICANT.name}`)
    await check('attendance-present')
    expect(byTestId('attendance-method')).toBeNull()
    await click('attendance-submit')
    expect(commands(calls, 'record_attendance'), 'E4: why absent is required').toHaveLength(0)
    expect(fieldErrors()).toEqual(['请选择未到庭的情形'])
    await click(byTestId('attendance-absence-not_joined')!.querySelector('input')!)
    await click('attendance-submit')

    await click('attendance-open')
    await choose('attendance-participant', '证人')
    await click('attendance-submit')
    expect(fieldErrors()).toEqual(['请填写姓名', '请选择核验结果'])
    await typeInto('attendance-name', '钱证人')
    await click(byTestId('attendance-ok-yes')!.querySelector('input')!)
    await click('attendance-submit')
    expect(commands(calls, 'record_attendance').map((c) => c.args.input)).toEqual([
      {
        partyId: APPLICANT.id,
        present: false,
        identityMethod: 'not_checked',
        identityOk: false,
        absence: 'not_joined',
        note: '',
      },
      {
        name: '钱证人',
        role: 'witness',
        present: true,
        identityMethod: 'id_on_camera',
        identityOk: true,
        note: '',
      },
    ])
  })

  it('lists the latest attendance check per participant', async () => {
    await open({
      list_hearings: [
        hearing({
          attendance: [
            {
              participantKey: `agent:${AGENT.id}`,
              role: 'agent',
              name: AGENT.name,
              partyId: RESPONDENT.id,
              agentId: AGENT.id,
              present: true,
              identityMethod: 'platform_face',
              identityOk: false,
              authorityChecked: true,
              absence: null,
              note: '人脸核验未通过',
              recordedAt: '2025-10-28T01:20:00Z',
              recordedByName: '李书记',
            },
          ],
        }),
      ],
    })
    const row = byTestId('hearing-attendance')!.querySelector('.el-table__body tr')!
    expect(cells(row)).toEqual([
      '周明',
      '委托代理人',
      '到庭',
      '平台人脸核验不一致',
      '已核对',
      '人脸核验未通过',
      '李书记 · 2025-10-28 09:20',
    ])
  })

  it('opens the minutes of a hearing', async () => {
    const { router } = await open({})
    await click('hearing-minutes-open-0')
    expect(router.currentRoute.value.name).toBe('hearing-minutes')
    expect(router.currentRoute.value.params.id).toBe('h-1')
  })

  it('is read-only for administrators', async () => {
    await open({}, ADMIN)
    expect(byTestId('hearing-card-0')).not.toBeNull()
    expect(byTestId('hearing-schedule-open')).toBeNull()
    expect(byTestId('notice-open')).toBeNull()
    expect(byTestId('attendance-open')).toBeNull()
    expect(byTestId('hearing-minutes-open-0')).not.toBeNull()
  })

  it('says what to do when no hearing is scheduled', async () => {
    await open({ list_hearings: [] })
    expect(text('hearings-empty')).toContain('点击“安排开庭”')
    expect(byTestId('hearing-schedule-open')).not.toBeNull()
  })
})

describe('the case file', () => {
  it('has a 开庭 tab once the case is accepted', async () => {
    const calls = mockCore({
      get_case: FILE,
      list_hearings: [WARNED],
      list_hearing_recordings: [],
    })
    await mountPage(CaseFilePage, { user: CLERK, route: '/cases/case-1', props: { id: 'case-1' } })
    expect(text('case-tab-hearings')).toBe('开庭')
    expect(commands(calls, 'list_hearings')).toEqual([])
    await click('case-tab-hearings')
    expect(commands(calls, 'list_hearings')).toHaveLength(1)
    expect(byTestId('hearing-card-0')).not.toBeNull()
  })

  it('has no 开庭 tab before acceptance', async () => {
    mockCore({ get_case: caseFile() })
    await mountPage(CaseFilePage, { user: CLERK, props: { id: 'case-1' } })
    expect(byTestId('case-tab-clock')).not.toBeNull()
    expect(byTestId('case-tab-hearings')).toBeNull()
  })
})
