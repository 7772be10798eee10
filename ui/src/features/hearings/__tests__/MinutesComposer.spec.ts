import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import MinutesPage from '../MinutesPage.vue'
import {
  appError,
  byTestId,
  click,
  inputOf,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import {
  CASE_NO,
  CLERK,
  FILE,
  MEDIATOR,
  TRIBUNAL,
  hearing,
  line,
  minutes,
  record,
} from '@/test/hearings'
import type { EntryInput } from '@/bindings/EntryInput'
import type { MinutesDraft } from '@/bindings/MinutesDraft'
import type { SessionUser } from '@/bindings/SessionUser'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

const OPENING = minutes('opening', [line({ id: 'l1', text: '现在开庭。' })])
const COMMITTED = minutes('opening', [
  line({ id: 'l1', text: '现在开庭。' }),
  line({ id: 'l2', text: '申请人请陈述仲裁请求。' }),
])

async function open(core: Record<string, unknown>, user: SessionUser = CLERK) {
  const calls = mockCore({
    get_hearing: hearing(),
    get_case: FILE,
    get_minutes: OPENING,
    get_tribunal: TRIBUNAL,
    get_minutes_draft: null,
    save_minutes_draft: null,
    ...core,
  })
  const mounted = await mountPage(MinutesPage, {
    user,
    route: '/hearings/h-1',
    props: { id: 'h-1' },
  })
  return { calls, ...mounted }
}

function textarea(): HTMLTextAreaElement {
  return inputOf('minutes-input') as unknown as HTMLTextAreaElement
}

/** A keydown on the statement box, as the browser would send it. */
function press(init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  textarea().dispatchEvent(event)
  return event
}

const active = () => document.querySelector('.composer__chip--active')?.getAttribute('data-testid')

afterEach(() => {
  vi.useRealTimers()
})

describe('the minutes page', () => {
  it('loads the hearing, then its case and tribunal, and names the speakers', async () => {
    const { calls } = await open({})
    expect(calls.map((c) => c.cmd).slice(0, 1)).toEqual(['get_hearing'])
    expect(commands(calls, 'get_case')[0]?.args).toEqual({ caseId: 'case-1' })
    expect(commands(calls, 'get_tribunal')[0]?.args).toEqual({ caseId: 'case-1' })
    expect(commands(calls, 'get_minutes_draft')[0]?.args).toEqual({ hearingId: 'h-1' })
    expect(text('minutes-case-no')).toBe(CASE_NO)
    expect(text('minutes-header')).toContain('劳动报酬争议')
    expect(document.querySelector('.minutes-page__crumbs')?.textContent).toContain(CASE_NO)
    expect(text('minutes-timer')).toMatch(/^\d{2,}:\d{2}:\d{2}$/)

    const chips = [...document.querySelectorAll('.composer__chip')].map((el) =>
      el.textContent?.replace(/\s+/g, ''),
    )
    expect(chips).toEqual([
      '1首席仲裁员张仲裁',
      '2仲裁员王仲裁',
      '3仲裁员刘仲裁',
      '4书记员李书记',
      '5申请人赵丽',
      '6被申请人庆阳某环保科技有限公司',
      '7被申请人委托代理人周明',
      '8证人',
      '9其他',
    ])
    expect(active()).toBe('speaker-1')
  })

  it('commits on Enter exactly once, with the chosen speaker, and clears the box', async () => {
    let release: () => void = () => {}
    let current = OPENING
    const { calls } = await open({
      get_minutes: () => current,
      add_minutes_entry: () =>
        new Promise((resolve) => {
          release = () => {
            current = COMMITTED
            resolve(record({ kind: 'entry' }))
          }
        }),
    })
    await typeInto('minutes-input', '申请人请陈述仲裁请求。')
    textarea().focus()
    const first = press({ key: 'Enter' })
    press({ key: 'Enter' })
    await flushPromises()
    expect(first.defaultPrevented).toBe(true)
    expect(commands(calls, 'add_minutes_entry')).toEqual([
      {
        cmd: 'add_minutes_entry',
        args: {
          hearingId: 'h-1',
          input: {
            speakerRole: 'presiding_arbitrator',
            speakerLabel: '首席仲裁员张仲裁',
            text: '申请人请陈述仲裁请求。',
          } satisfies EntryInput,
        },
      },
    ])
    expect(textarea().value).toBe('申请人请陈述仲裁请求。')

    release()
    await settle()
    expect(textarea().value).toBe('')
    expect(document.activeElement).toBe(textarea())
    expect(text('minutes-line-1')).toContain('申请人请陈述仲裁请求。')
    // Enter on the empty box sends nothing.
    press({ key: 'Enter' })
    await settle()
    expect(commands(calls, 'add_minutes_entry')).toHaveLength(1)
  })

  it('breaks the line on Shift+Enter without committing', async () => {
    const { calls } = await open({ add_minutes_entry: () => record({ kind: 'entry' }) })
    await typeInto('minutes-input', '第一行')
    const event = press({ key: 'Enter', shiftKey: true })
    await settle()
    expect(event.defaultPrevented).toBe(false)
    expect(commands(calls, 'add_minutes_entry')).toEqual([])
  })

  it('never commits on the Enter that confirms a Chinese IME candidate', async () => {
    const { calls } = await open({ add_minutes_entry: () => record({ kind: 'entry' }) })
    await typeInto('minutes-input', '被申请人答辩')
    expect(press({ key: 'Enter', isComposing: true }).defaultPrevented).toBe(false)
    expect(press({ key: 'Enter', keyCode: 229 }).defaultPrevented).toBe(false)
    // WebKit: composition open, Enter reported without the flag.
    textarea().dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }))
    press({ key: 'Enter' })
    await settle()
    expect(commands(calls, 'add_minutes_entry')).toEqual([])
    expect(textarea().value).toBe('被申请人答辩')

    textarea().dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' }))
    await settle()
    press({ key: 'Enter' })
    await settle()
    expect(
      commands(calls, 'add_minutes_entry').map((c) => (c.args.input as EntryInput).text),
    ).toEqual(['被申请人答辩'])
  })

  it('switches the speaker with Alt+2 and commits as that speaker', async () => {
    const { calls } = await open({ add_minutes_entry: () => record({ kind: 'entry' }) })
    // macOS reports Alt+2 as ™: the key position counts.
    press({ key: '™', code: 'Digit2', altKey: true })
    await settle()
    expect(active()).toBe('speaker-2')
    expect(byTestId('speaker-2')?.getAttribute('aria-checked')).toBe('true')
    press({ key: '7', code: 'Digit7', altKey: true })
    await settle()
    expect(active()).toBe('speaker-7')
    await typeInto('minutes-input', '对证据一的真实性无异议。')
    press({ key: 'Enter' })
    await settle()
    expect(commands(calls, 'add_minutes_entry').map((c) => c.args.input)).toEqual([
      {
        speakerRole: 'agent',
        speakerLabel: '被申请人委托代理人周明',
        text: '对证据一的真实性无异议。',
      },
    ])
  })

  it('keeps the text and says why when the commit fails', async () => {
    const { calls } = await open({
      add_minutes_entry: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'hearing_closed',
          message: '庭审已结束或已取消，笔录只能补正',
        })
      },
    })
    await typeInto('minutes-input', '申请人：坚持仲裁请求。')
    press({ key: 'Enter' })
    await settle()
    expect(commands(calls, 'add_minutes_entry')).toHaveLength(1)
    expect(textarea().value).toBe('申请人：坚持仲裁请求。')
    expect(text('minutes-commit-error')).toBe('庭审已结束或已取消，笔录不能再记录')
    // The text is kept as a draft at once.
    expect(commands(calls, 'save_minutes_draft').at(-1)?.args.draft).toMatchObject({
      text: '申请人：坚持仲裁请求。',
    })
  })

  it('restores the draft on load and saves changes 300 ms after the last keystroke', async () => {
    const saved: MinutesDraft = {
      stage: 'opening',
      speakerRole: 'agent',
      speakerLabel: '被申请人委托代理人周明',
      text: '对证据一的真实性无异议',
    }
    const { calls } = await open({ get_minutes_draft: saved })
    expect(textarea().value).toBe('对证据一的真实性无异议')
    expect(active()).toBe('speaker-7')
    expect(text('minutes-draft-restored')).toBe('已恢复未提交的草稿')

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await vi.advanceTimersByTimeAsync(1000)
    expect(commands(calls, 'save_minutes_draft')).toEqual([]) // nothing new to keep

    await typeInto('minutes-input', '对证据一的真实性无异议，')
    await vi.advanceTimersByTimeAsync(200)
    await typeInto('minutes-input', '对证据一的真实性无异议，对关联性有异议')
    await vi.advanceTimersByTimeAsync(299)
    expect(commands(calls, 'save_minutes_draft')).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(commands(calls, 'save_minutes_draft')).toEqual([
      {
        cmd: 'save_minutes_draft',
        args: {
          hearingId: 'h-1',
          draft: {
            stage: 'opening',
            speakerRole: 'agent',
            speakerLabel: '被申请人委托代理人周明',
            text: '对证据一的真实性无异议，对关联性有异议',
          } satisfies MinutesDraft,
        },
      },
    ])

    // Choosing another speaker is kept too.
    byTestId('speaker-5')!.click() // (click() would wait on the faked timers)
    await flushPromises()
    await vi.advanceTimersByTimeAsync(300)
    expect(commands(calls, 'save_minutes_draft').at(-1)?.args.draft).toEqual({
      stage: 'opening',
      speakerRole: 'applicant',
      speakerLabel: '申请人赵丽',
      text: '对证据一的真实性无异议，对关联性有异议',
    })
  })

  it('saves the draft at once when the window is about to close', async () => {
    const { calls } = await open({})
    await typeInto('minutes-input', '被申请人：')
    window.dispatchEvent(new Event('beforeunload'))
    await flushPromises()
    expect(commands(calls, 'save_minutes_draft').map((c) => c.args.draft)).toEqual([
      {
        stage: 'opening',
        speakerRole: 'presiding_arbitrator',
        speakerLabel: '首席仲裁员张仲裁',
        text: '被申请人：',
      },
    ])
  })

  it('marks the recording time for the next entry', async () => {
    const started = new Date(Date.now() - 754_000).toISOString()
    const timed = { ...OPENING, log: OPENING.log.map((r) => ({ ...r, createdAt: started })) }
    const { calls } = await open({
      get_minutes: timed,
      add_minutes_entry: () => record({ kind: 'entry' }),
    })
    await click('minutes-mark')
    expect(text('minutes-mark-chip')).toMatch(/^录像 12:3[4-6]$/)
    await typeInto('minutes-input', '出示证据一。')
    press({ key: 'Enter' })
    await settle()
    const sent = commands(calls, 'add_minutes_entry')[0]?.args.input as EntryInput
    expect(sent.recordingOffsetS).toBeGreaterThanOrEqual(754)
    expect(sent.recordingOffsetS).toBeLessThanOrEqual(756)
    expect(byTestId('minutes-mark-chip')).toBeNull()
  })

  it('inserts a standard announcement filled with the case’s data', async () => {
    await open({})
    await typeInto('minutes-input', '（宣读）')
    textarea().setSelectionRange(0, 0)
    await click('minutes-phrases')
    await click('phrase-opening')
    expect(textarea().value).toBe(
      `现在开庭。本庭今天审理申请人赵丽与被申请人庆阳某环保科技有限公司劳动报酬争议一案，案号${CASE_NO}。` +
        '本案由首席仲裁员张仲裁、仲裁员王仲裁、仲裁员刘仲裁组成仲裁庭，书记员李书记担任记录。（宣读）',
    )
    await click('minutes-phrases')
    await click('phrase-recusal')
    expect(textarea().value).toContain(
      '申请人、被申请人，对仲裁庭组成人员及书记员是否申请回避？（宣读）',
    )
  })

  it('shows the minutes read-only to those who do not record hearings', async () => {
    const { calls } = await open({}, MEDIATOR)
    expect(text('minutes-line-0')).toContain('现在开庭。')
    expect(byTestId('minutes-composer')).toBeNull()
    expect(byTestId('stage-next')).toBeNull()
    expect(byTestId('minutes-line-edit-0')).toBeNull()
    expect(text('minutes-readonly')).toBe('只读：只有书记员和仲裁员可以记录庭审笔录')
    expect(commands(calls, 'get_minutes_draft')).toEqual([])
  })
})
