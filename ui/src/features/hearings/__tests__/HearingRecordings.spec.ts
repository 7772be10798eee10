import { describe, expect, it } from 'vitest'
import CaseHearingsTab from '../CaseHearingsTab.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  fieldErrors,
  inputOf,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import { CLERK, FILE, hearing } from '@/test/hearings'
import type { Recording } from '@/bindings/Recording'
import type { RecordingInput } from '@/bindings/RecordingInput'
import type { SessionUser } from '@/bindings/SessionUser'
import type { AppLocale } from '@/i18n'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const rows = () =>
  [...byTestId('hearing-recordings')!.querySelectorAll('.el-table__body tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
  )

const SHA = 'ab12cd34ef56'.padEnd(64, '0')
const PATH = '/data/庭审录像/2025-10-28 第一次开庭.mp4'

function recording(partial: Partial<Recording> = {}): Recording {
  return {
    id: 'rec-1',
    hearingId: 'h-1',
    path: PATH,
    fileName: '2025-10-28 第一次开庭.mp4',
    sizeBytes: 1_610_612_736, // 1.5 GiB
    sha256: SHA,
    durationS: 5_430,
    durationFromFile: true,
    note: '',
    addedAt: '2025-10-28T04:00:00Z',
    addedByName: '李书记',
    lastCheck: null,
    ...partial,
  }
}

async function open(
  core: Record<string, unknown>,
  user: SessionUser = CLERK,
  locale: AppLocale = 'zh-CN',
) {
  const calls = mockCore({ list_hearings: [hearing()], list_hearing_recordings: [], ...core })
  const mounted = await mountPage(CaseHearingsTab, {
    user,
    locale,
    route: '/cases/case-1',
    props: { file: FILE },
  })
  return { calls, ...mounted }
}

describe('the recordings of a hearing', () => {
  it('lists each file with its duration, size, hash and last check', async () => {
    const { calls } = await open({
      list_hearing_recordings: [
        recording(),
        recording({
          id: 'rec-2',
          fileName: 'audio.mp3',
          path: '/data/audio.mp3',
          sizeBytes: 52_428_800,
          durationS: 754,
          durationFromFile: false,
          lastCheck: {
            outcome: 'unchanged',
            sha256: SHA,
            checkedAt: '2025-11-02T02:05:00Z',
            checkedByName: '张仲裁',
          },
        }),
      ],
    })
    expect(commands(calls, 'list_hearing_recordings')).toEqual([
      { cmd: 'list_hearing_recordings', args: { hearingId: 'h-1' } },
    ])
    expect(rows()).toEqual([
      [
        '2025-10-28 第一次开庭.mp4',
        '1:30:30',
        '1.50 GB',
        'ab12cd34ef56',
        '李书记 · 2025-10-28 12:00',
        '未核验',
        '核验',
      ],
      [
        'audio.mp3',
        '0:12:34（手动填写）',
        '50.0 MB',
        'ab12cd34ef56',
        '李书记 · 2025-10-28 12:00',
        '未改动2025-11-02 10:05 张仲裁',
        '核验',
      ],
    ])
    expect(byTestId('recording-check-1')?.classList).toContain('el-tag--success')
  })

  it('adds a file chosen with 浏览… and sends its path', async () => {
    const added = recording({ note: '全程录像' })
    const { calls } = await open({
      pick_recording_file: PATH,
      add_hearing_recording: () => added,
    })
    expect(text('recordings-empty')).toContain('登记录音录像')
    await click('recording-add-open')
    expect(text('recording-dialog')).toContain('SHA-256')
    expect(byTestId('recording-duration')).toBeNull()
    await click('recording-browse')
    expect(commands(calls, 'pick_recording_file')).toHaveLength(1)
    expect(inputOf('recording-path').value).toBe(PATH)
    await typeInto('recording-note', ' 全程录像 ')
    await click('recording-confirm')
    expect(commands(calls, 'add_hearing_recording')).toEqual([
      {
        cmd: 'add_hearing_recording',
        args: {
          hearingId: 'h-1',
          input: { path: PATH, note: '全程录像' } satisfies RecordingInput,
        },
      },
    ])
    expect(rows()[0].slice(0, 3)).toEqual([
      '2025-10-28 第一次开庭.mp4全程录像',
      '1:30:30',
      '1.50 GB',
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已登记录音录像：2025-10-28 第一次开庭.mp4（1:30:30）',
    )
  })

  it('keeps the path when the file dialog is cancelled', async () => {
    const { calls } = await open({ pick_recording_file: null })
    await click('recording-add-open')
    await typeInto('recording-path', '/data/a.wav')
    await click('recording-browse')
    expect(commands(calls, 'pick_recording_file')).toHaveLength(1)
    expect(inputOf('recording-path').value).toBe('/data/a.wav')
  })

  it('asks for the duration when the core cannot read it, and sends it in seconds', async () => {
    let attempt = 0
    const { calls } = await open({
      add_hearing_recording: (args: Record<string, unknown>) => {
        attempt += 1
        if (attempt === 1) {
          throw appError({
            code: 'validation',
            reason: 'duration_required',
            field: 'durationS',
            message: '无法从文件读取时长，请填写录音录像时长',
          })
        }
        const input = args.input as RecordingInput
        return recording({ durationS: input.durationS, durationFromFile: false })
      },
    })
    await click('recording-add-open')
    await typeInto('recording-path', '/data/audio.mp3')
    await click('recording-confirm')
    expect(byTestId('recording-duration')?.classList).toContain('is-error')
    expect(fieldErrors()).toEqual(['无法从文件读取时长，请填写录音录像时长'])
    expect(document.activeElement).toBe(inputOf('recording-duration'))

    await typeInto('recording-duration', '1：02：05')
    await click('recording-confirm')
    expect(commands(calls, 'add_hearing_recording').map((c) => c.args.input)).toEqual([
      { path: '/data/audio.mp3', note: '' },
      { path: '/data/audio.mp3', durationS: 3_725, note: '' },
    ])
    expect(rows()[0][1]).toBe('1:02:05（手动填写）')
  })

  it('explains in English what the core said in Chinese', async () => {
    await open(
      {
        add_hearing_recording: () => {
          throw appError({
            code: 'validation',
            reason: 'duration_required',
            field: 'durationS',
            message: '无法从文件读取时长，请填写录音录像时长',
          })
        },
      },
      CLERK,
      'en',
    )
    await click('recording-add-open')
    await typeInto('recording-path', '/data/audio.mp3')
    await click('recording-confirm')
    expect(fieldErrors()).toEqual([
      'The duration cannot be read from the file; enter the running time',
    ])
  })

  it('refuses a duration that is not h:mm:ss before sending', async () => {
    const { calls } = await open({ add_hearing_recording: () => recording() })
    await click('recording-add-open')
    await click('recording-duration-toggle')
    await typeInto('recording-path', '/data/audio.mp3')
    await typeInto('recording-duration', '90分钟')
    await click('recording-confirm')
    expect(commands(calls, 'add_hearing_recording')).toEqual([])
    expect(fieldErrors()).toEqual(['请按 时:分:秒 填写大于零的时长，如 1:25:30'])
  })

  it('shows 已改动 in red when the check finds the file changed, loading meanwhile', async () => {
    let finish: (value: Recording) => void = () => {}
    const changed = recording({
      lastCheck: {
        outcome: 'changed',
        sha256: 'ff'.repeat(32),
        checkedAt: '2025-11-03T01:00:00Z',
        checkedByName: '李书记',
      },
    })
    const { calls } = await open({
      list_hearing_recordings: [recording()],
      verify_hearing_recording: () => new Promise<Recording>((resolve) => (finish = resolve)),
    })
    expect(text('recording-check-0')).toBe('未核验')
    await click('recording-verify-0')
    expect(commands(calls, 'verify_hearing_recording')).toEqual([
      { cmd: 'verify_hearing_recording', args: { recordingId: 'rec-1' } },
    ])
    expect(byTestId('recording-verify-0')?.classList).toContain('is-loading')

    finish(changed)
    await settle()
    expect(byTestId('recording-verify-0')?.classList).not.toContain('is-loading')
    expect(text('recording-check-0')).toBe('已改动')
    expect(byTestId('recording-check-0')?.classList).toContain('el-tag--danger')
    expect(rows()[0][5]).toBe('已改动2025-11-03 09:00 李书记')
    expect(document.querySelector('.el-message--error')?.textContent).toContain(
      'SHA-256 与登记时不一致',
    )
  })

  it('lets administrators read the recordings but not add or check them', async () => {
    await open({ list_hearing_recordings: [recording()] }, ADMIN)
    expect(rows()).toHaveLength(1)
    expect(byTestId('recording-add-open')).toBeNull()
    expect(byTestId('recording-verify-0')).toBeNull()
  })
})

describe('the join link', () => {
  it('opens in the system browser through the core', async () => {
    const { calls } = await open({ open_join_link: null })
    await click('hearing-0-open-join')
    expect(commands(calls, 'open_join_link')).toEqual([
      { cmd: 'open_join_link', args: { hearingId: 'h-1' } },
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已在系统浏览器中打开入会链接',
    )
  })

  it('says why when the link cannot be opened', async () => {
    await open({
      open_join_link: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'no_join_link',
          message: '该次开庭没有 https 入会链接',
        })
      },
    })
    await click('hearing-0-open-join')
    expect(document.querySelector('.el-message--error')?.textContent).toContain(
      '该次开庭没有 https 入会链接',
    )
  })

  it('has no button without a join link', async () => {
    await open({ list_hearings: [hearing({ joinUrl: null })] })
    expect(byTestId('hearing-0-meetingNo')).not.toBeNull()
    expect(byTestId('hearing-0-open-join')).toBeNull()
  })
})
