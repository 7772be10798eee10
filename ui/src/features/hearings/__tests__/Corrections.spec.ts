import { describe, expect, it } from 'vitest'
import MinutesPage from '../MinutesPage.vue'
import {
  appError,
  byTestId,
  click,
  inputOf,
  mockCore,
  mountPage,
  typeInto,
  type Call,
} from '@/test/helpers'
import {
  CLERK,
  FILE,
  TRIBUNAL,
  correction,
  hearing,
  line,
  minutes,
  record,
  sha,
} from '@/test/hearings'
import type { CorrectionInput } from '@/bindings/CorrectionInput'
import type { Minutes } from '@/bindings/Minutes'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

const LINES = [
  line({ id: 'l1', stage: 'investigation', text: '请申请人陈述入职时间。' }),
  line({
    id: 'l2',
    stage: 'investigation',
    speakerRole: 'applicant',
    speakerLabel: '申请人赵丽',
    text: '我是2023年3月入职的。',
  }),
]
const BEFORE = minutes('closing', LINES)

function lockedMinutes(): Minutes {
  const m = minutes('closing', LINES)
  m.log.push(
    record({ kind: 'signature', stage: 'closing', text: '张仲裁签名确认笔录（当面签名）' }),
    record({
      kind: 'signature_refused',
      stage: 'closing',
      text: '赵丽拒绝在笔录上签名，理由：不同意',
    }),
    record({ kind: 'lock', stage: 'closing', text: '笔录经宣读，3 人签名，1 人拒签，笔录锁定' }),
  )
  return { ...m, lockedAt: '2025-10-28T03:30:00Z', lockedHash: sha('a') }
}

/** The core's answer to a correction: the minutes with it recorded. */
function withCorrection(base: Minutes, input: CorrectionInput, afterLock = false): Minutes {
  const c = correction({
    entryId: input.entryId,
    accepted: input.accepted,
    requestedBy: input.requestedBy,
    requestedText: input.requestedText,
    originalText: base.lines.find((l) => l.id === input.entryId)?.text ?? '',
    reason: input.reason,
    afterLock,
  })
  return {
    ...base,
    corrections: [...base.corrections, c],
    log: [
      ...base.log,
      record({
        kind: input.accepted ? 'correction' : 'correction_refused',
        refersTo: input.entryId,
        stage: 'investigation',
        text: input.requestedText,
      }),
    ],
  }
}

async function open(current: Minutes, core: Record<string, unknown> = {}) {
  const calls = mockCore({
    get_hearing: hearing({ status: 'in_progress' }),
    get_case: FILE,
    get_minutes: current,
    get_tribunal: TRIBUNAL,
    get_minutes_draft: null,
    save_minutes_draft: null,
    record_minutes_correction: (args: Record<string, unknown>) =>
      withCorrection(current, args.input as CorrectionInput, !!current.lockedAt),
    ...core,
  })
  const mounted = await mountPage(MinutesPage, {
    user: CLERK,
    route: '/hearings/h-1',
    props: { id: 'h-1' },
  })
  return { calls, ...mounted }
}

function shown(testId: string): boolean {
  const overlay = byTestId(testId)?.closest<HTMLElement>('.el-overlay')
  return !!overlay && overlay.style.display !== 'none'
}

function fieldError(testId: string): string {
  return byTestId(testId)?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

describe('corrections of the minutes', () => {
  it('records an allowed correction and shows it under the line', async () => {
    const { calls } = await open(BEFORE)
    await click('minutes-line-correct-1')
    expect(shown('correction-dialog')).toBe(true)
    expect(text('correction-original')).toBe('申请人赵丽：我是2023年3月入职的。')
    expect(text('correction-hint')).toContain('已签名的人员须重新签名')
    // The one whose statement it is, and the line's text, to be changed.
    expect(inputOf('correction-by').value).toBe('申请人赵丽')
    expect(inputOf('correction-text').value).toBe('我是2023年3月入职的。')

    await typeInto('correction-text', '我是2023年5月入职的。')
    await click('correction-confirm')
    expect(commands(calls, 'record_minutes_correction').map((c) => c.args)).toEqual([
      {
        hearingId: 'h-1',
        input: {
          entryId: 'l2',
          requestedBy: '申请人赵丽',
          requestedText: '我是2023年5月入职的。',
          accepted: true,
          reason: '',
        },
      },
    ])
    expect(shown('correction-dialog')).toBe(false)
    expect(document.querySelector('.el-message')?.textContent).toContain('已记录准予补正')
    expect(text('minutes-line-correction-1-0')).toBe(
      '准予补正：我是2023年5月入职的。（申请人赵丽，2025-10-28 11:10）',
    )
    expect(byTestId('minutes-line-correction-1-0-after-lock')).toBeNull()
    // The line itself reads as recorded; the correction follows it.
    expect(byTestId('minutes-line-1')?.querySelector('.minutes-line__text')?.textContent).toBe(
      '我是2023年3月入职的。',
    )
  })

  it('refuses a correction only with a reason, and keeps the request visible', async () => {
    const { calls } = await open(BEFORE)
    await click('minutes-line-correct-1')
    await typeInto('correction-text', '我是2022年入职的。')
    await click(byTestId('correction-refuse')!.querySelector('input')!)
    await click('correction-confirm')
    expect(fieldError('correction-reason')).toBe('不予补正须写明理由')
    expect(commands(calls, 'record_minutes_correction')).toEqual([])

    await typeInto('correction-reason', '与庭审录像核对，原记录无误')
    await click('correction-confirm')
    expect(commands(calls, 'record_minutes_correction').map((c) => c.args)).toEqual([
      {
        hearingId: 'h-1',
        input: {
          entryId: 'l2',
          requestedBy: '申请人赵丽',
          requestedText: '我是2022年入职的。',
          accepted: false,
          reason: '与庭审录像核对，原记录无误',
        },
      },
    ])
    expect(document.querySelector('.el-message')?.textContent).toContain(
      '已记录不予补正，补正申请保留在笔录中',
    )
    const block = byTestId('minutes-line-correction-1-0')!
    expect(block.getAttribute('data-accepted')).toBe('false')
    expect(text('minutes-line-correction-1-0')).toBe(
      '不予补正：申请人赵丽申请将“我是2023年3月入职的。”补正为“我是2022年入职的。”；理由：与庭审录像核对，原记录无误（2025-10-28 11:10）',
    )
  })

  it('asks who requested it and for a different wording', async () => {
    const { calls } = await open(BEFORE)
    // A line of the tribunal: nobody is presumed to ask.
    await click('minutes-line-correct-0')
    expect(inputOf('correction-by').value).toBe('')
    await click('correction-confirm')
    expect(fieldError('correction-by')).toBe('请填写提出补正申请的人员')
    expect(fieldError('correction-text')).toBe('申请补正的内容与原记录相同')
    expect(commands(calls, 'record_minutes_correction')).toEqual([])
  })

  it('shows the core’s field error under the field', async () => {
    await open(BEFORE, {
      record_minutes_correction: () => {
        throw appError({
          code: 'validation',
          reason: 'required',
          message: '请写明提出补正申请的人员',
          field: 'requestedBy',
        })
      },
    })
    await click('minutes-line-correct-1')
    await typeInto('correction-text', '我是2023年5月入职的。')
    await click('correction-confirm')
    expect(fieldError('correction-by')).toBe('请写明提出补正申请的人员')
    expect(shown('correction-dialog')).toBe(true)
  })

  it('takes corrections after the lock, marked as made after signing', async () => {
    const locked = lockedMinutes()
    locked.corrections = [
      correction({
        entryId: 'l1',
        accepted: false,
        requestedBy: '被申请人委托代理人周明',
        originalText: '请申请人陈述入职时间。',
        requestedText: '请申请人陈述入职及离职时间。',
        reason: '仲裁员发问内容记录无误',
        afterLock: true,
      }),
    ]
    const { calls } = await open(locked)
    expect(byTestId('minutes-locked-banner')).not.toBeNull()
    expect(text('minutes-line-correction-0-0')).toContain('不予补正：被申请人委托代理人周明申请将')
    expect(text('minutes-line-correction-0-0-after-lock')).toBe('笔录签署后')

    await click('minutes-line-correct-1')
    expect(text('correction-hint')).toContain('笔录已签署锁定')
    await typeInto('correction-text', '我是2023年5月入职的。')
    await click('correction-confirm')
    expect(commands(calls, 'record_minutes_correction')).toHaveLength(1)
    expect(text('minutes-line-correction-1-0')).toContain('准予补正：我是2023年5月入职的。')
    expect(text('minutes-line-correction-1-0-after-lock')).toBe('笔录签署后')
  })

  it('labels the signatures, refusals and the lock in the record of changes', async () => {
    await open(lockedMinutes())
    expect(document.querySelector('[data-testid="minutes-event"]')).toBeNull()
    await click(byTestId('minutes-show-history')!.querySelector('input')!)
    const events = [...document.querySelectorAll('[data-testid="minutes-event"]')].map((row) => [
      row.getAttribute('data-kind'),
      row.querySelector('[data-testid="minutes-event-kind"]')?.textContent?.trim(),
    ])
    expect(events).toEqual([
      ['signature', '签名'],
      ['signature_refused', '拒绝签名'],
      ['lock', '笔录锁定'],
    ])
    expect(text('minutes-stage-closing')).toContain('闭庭')
    expect(document.querySelector('[data-kind="signature_refused"]')?.textContent).toContain(
      '赵丽拒绝在笔录上签名，理由：不同意',
    )
  })
})
