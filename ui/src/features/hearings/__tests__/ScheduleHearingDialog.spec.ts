import { describe, expect, it } from 'vitest'
import ScheduleHearingDialog from '../ScheduleHearingDialog.vue'
import {
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
import { CLERK, FILE, daysFromToday, hearing, pickDate } from '@/test/hearings'
import type { HearingInput } from '@/bindings/HearingInput'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const DATE = daysFromToday(12)

async function open(core: Record<string, unknown>) {
  const calls = mockCore(core)
  const mounted = await mountPage(ScheduleHearingDialog, {
    user: CLERK,
    route: '/cases/case-1',
    props: { file: FILE, modelValue: true },
  })
  return { calls, ...mounted }
}

async function mode(value: string): Promise<void> {
  await click(byTestId(`hearing-mode-${value}`)!.querySelector('input')!)
}

describe('ScheduleHearingDialog', () => {
  it('schedules an online hearing with its meeting details', async () => {
    const scheduled = hearing({ date: DATE })
    const { calls, wrapper } = await open({ schedule_hearing: () => scheduled })
    expect(inputOf('hearing-platform').value).toBe('腾讯会议')
    expect(byTestId('hearing-room')).toBeNull()

    await pickDate('hearing-date', DATE)
    await typeInto('hearing-time', '9：30')
    await typeInto('hearing-meeting-no', ' 123 456 789 ')
    await typeInto('hearing-password', '2468')
    await typeInto('hearing-join-url', 'https://meeting.tencent.com/dm/abcdef')
    await click('hearing-schedule-submit')

    expect(commands(calls, 'schedule_hearing')).toEqual([
      {
        cmd: 'schedule_hearing',
        args: {
          caseId: 'case-1',
          input: {
            date: DATE,
            time: '09:30',
            mode: 'online',
            platform: '腾讯会议',
            meetingNo: '123 456 789',
            meetingPassword: '2468',
            joinUrl: 'https://meeting.tencent.com/dm/abcdef',
          } satisfies HearingInput,
        },
      },
    ])
    expect(wrapper.emitted('done')).toEqual([[scheduled]])
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
  })

  it('asks for the meeting number or an https link before sending', async () => {
    const { calls } = await open({ schedule_hearing: () => hearing() })
    await pickDate('hearing-date', DATE)
    await typeInto('hearing-time', '14:00')
    await click('hearing-schedule-submit')
    expect(commands(calls, 'schedule_hearing')).toEqual([])
    expect(byTestId('hearing-meeting-no')?.classList).toContain('is-error')
    expect(text('hearing-meeting-no')).toContain('须填写会议号或入会链接')

    await typeInto('hearing-join-url', 'http://meeting.tencent.com/dm/abcdef')
    await click('hearing-schedule-submit')
    expect(commands(calls, 'schedule_hearing')).toEqual([])
    expect(fieldErrors()).toEqual(['入会链接须以 https:// 开头'])
    expect(byTestId('hearing-join-url')?.classList).toContain('is-error')
  })

  it('shows the core’s errors under the meeting number and the link', async () => {
    let answer = appError({
      code: 'validation',
      reason: 'meeting_required',
      field: 'meetingNo',
      message: '在线或混合开庭须填写平台和会议号（或入会链接）',
    })
    const { calls } = await open({
      schedule_hearing: () => {
        throw answer
      },
    })
    await pickDate('hearing-date', DATE)
    await typeInto('hearing-time', '14:00')
    await typeInto('hearing-meeting-no', '987654321')
    await click('hearing-schedule-submit')
    expect(commands(calls, 'schedule_hearing')).toHaveLength(1)
    expect(byTestId('hearing-meeting-no')?.classList).toContain('is-error')
    expect(text('hearing-meeting-no')).toContain('须填写会议平台和会议号')

    answer = appError({
      code: 'validation',
      reason: 'url_not_https',
      field: 'joinUrl',
      message: '入会链接须以 https:// 开头',
    })
    await typeInto('hearing-join-url', 'https://example.com/x')
    await click('hearing-schedule-submit')
    expect(commands(calls, 'schedule_hearing')).toHaveLength(2)
    expect(fieldErrors()).toEqual(['入会链接须以 https:// 开头'])
    expect(byTestId('hearing-join-url')?.classList).toContain('is-error')
    expect(byTestId('hearing-meeting-no')?.classList).not.toContain('is-error')
  })

  it('sends only the room for an in-person hearing, and wants one', async () => {
    const { calls } = await open({ schedule_hearing: () => hearing({ mode: 'in_person' }) })
    await mode('in_person')
    expect(byTestId('hearing-meeting-no')).toBeNull()
    await pickDate('hearing-date', DATE)
    await typeInto('hearing-time', '0830')
    await click('hearing-schedule-submit')
    expect(fieldErrors()).toEqual(['线下或线上线下结合开庭，须填写仲裁庭室'])
    await typeInto('hearing-room', '第一仲裁庭')
    await click('hearing-schedule-submit')
    expect(commands(calls, 'schedule_hearing').map((c) => c.args.input)).toEqual([
      { date: DATE, time: '08:30', mode: 'in_person', room: '第一仲裁庭' },
    ])
  })

  it('refuses a past date and a time that is not one', async () => {
    const { calls } = await open({ schedule_hearing: () => hearing() })
    await typeInto('hearing-time', '25:00')
    await typeInto('hearing-meeting-no', '1')
    await click('hearing-schedule-submit')
    expect(fieldErrors()).toEqual(['请选择开庭日期', '请按 时:分 填写开庭时间，如 09:30'])
    expect(commands(calls, 'schedule_hearing')).toEqual([])
  })
})
