import { describe, expect, it } from 'vitest'
import MinutesPage from '../MinutesPage.vue'
import { appError, byTestId, click, mockCore, mountPage, settle, type Call } from '@/test/helpers'
import { CLERK, FILE, TRIBUNAL, hearing, line, minutes, record } from '@/test/hearings'
import type { Minutes } from '@/bindings/Minutes'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const state = (stage: string) => byTestId(`stage-${stage}`)?.getAttribute('data-state')

const LINES = [
  line({
    id: 'l1',
    stage: 'preparation',
    speakerRole: 'clerk',
    speakerLabel: '书记员李书记',
    text: '请各方保持安静，现在宣布庭审纪律。',
    createdAt: '2025-10-28T01:31:07Z',
  }),
  line({
    id: 'l2',
    stage: 'opening',
    speakerRole: 'applicant',
    speakerLabel: '申请人赵丽',
    text: '不申请回避。\n对仲裁庭组成无异议。',
    recordingOffsetS: 754,
    createdAt: '2025-10-28T01:42:30Z',
  }),
]

async function open(current: Minutes, core: Record<string, unknown> = {}) {
  const calls = mockCore({
    get_hearing: hearing(),
    get_case: FILE,
    get_minutes: current,
    get_tribunal: TRIBUNAL,
    get_minutes_draft: null,
    save_minutes_draft: null,
    ...core,
  })
  const mounted = await mountPage(MinutesPage, {
    user: CLERK,
    route: '/hearings/h-1',
    props: { id: 'h-1' },
  })
  return { calls, ...mounted }
}

/** Answers the open ElMessageBox.prompt with `value`. */
async function answerPrompt(value: string): Promise<void> {
  const box = document.querySelector('.el-message-box')!
  const input = box.querySelector<HTMLTextAreaElement>('textarea')!
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  await click(box.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)
}

describe('the stages of the minutes', () => {
  it('offers to start the hearing before the first stage', async () => {
    const { calls } = await open(minutes(null), { move_to_stage: minutes('preparation') })
    expect(text('minutes-empty')).toContain('庭审尚未开始')
    expect(byTestId('minutes-lines')).toBeNull()
    expect(text('minutes-hearing-status')).toBe('待开庭')
    await click('stage-start-first')
    expect(commands(calls, 'move_to_stage')).toEqual([
      {
        cmd: 'move_to_stage',
        args: { hearingId: 'h-1', stage: 'preparation', skipReason: null },
      },
    ])
    expect(state('preparation')).toBe('current')
    expect(byTestId('minutes-empty')).toBeNull()
    expect(text('minutes-hearing-status')).toBe('庭审中')
  })

  it('moves on to the next pending stage', async () => {
    const { calls } = await open(minutes('opening', LINES), {
      move_to_stage: minutes('statement_defense', LINES),
    })
    expect(state('preparation')).toBe('done')
    expect(state('opening')).toBe('current')
    expect(byTestId('stage-opening')?.getAttribute('aria-current')).toBe('step')
    expect(text('stage-next-name')).toBe('下一阶段：申诉答辩')
    await click('stage-next')
    expect(commands(calls, 'move_to_stage').map((c) => c.args)).toEqual([
      { hearingId: 'h-1', stage: 'statement_defense', skipReason: null },
    ])
    expect(state('opening')).toBe('done')
    expect(state('statement_defense')).toBe('current')
  })

  it('skips a stage only with a reason, which it shows', async () => {
    const skipped = minutes('investigation', LINES, { debate: '双方均表示不再辩论' })
    const { calls } = await open(minutes('investigation', LINES), { move_to_stage: skipped })
    await click('stage-skip')
    expect(document.querySelector('.el-message-box')?.textContent).toContain('跳过“庭审辩论”')
    await answerPrompt('双方均表示不再辩论')
    expect(commands(calls, 'move_to_stage').map((c) => c.args)).toEqual([
      { hearingId: 'h-1', stage: 'debate', skipReason: '双方均表示不再辩论' },
    ])
    expect(state('debate')).toBe('skipped')
    expect(text('minutes-stage-debate')).toContain('已跳过')
    expect(text('minutes-lines')).toContain('本阶段未进行。跳过理由：双方均表示不再辩论')
  })

  it('does not let the final statement be skipped, and says why', async () => {
    const { calls } = await open(minutes('debate', LINES, { investigation: '无证据需质证' }))
    expect(text('stage-next-name')).toBe('下一阶段：最后陈述')
    const skip = byTestId<HTMLButtonElement>('stage-skip')!
    expect(skip.disabled).toBe(true)
    await click(skip)
    expect(document.querySelector('.el-message-box')).toBeNull()
    byTestId('stage-skip-wrap')!.dispatchEvent(new MouseEvent('mouseenter', { bubbles: true }))
    await settle()
    expect(document.body.textContent).toContain('最后陈述不得省略')
    expect(commands(calls, 'move_to_stage')).toEqual([])
  })

  it('lets the mediation be skipped once the final statements are held', async () => {
    await open(minutes('final_statement', LINES))
    expect(text('stage-next-name')).toBe('下一阶段：当庭调解')
    expect(byTestId<HTMLButtonElement>('stage-skip')?.disabled).toBe(false)
  })

  it('shows the core’s reason when the stages are out of order', async () => {
    await open(minutes('opening', LINES), {
      move_to_stage: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'stage_out_of_order',
          message: '请先进行或说明跳过“申诉答辩”',
        })
      },
    })
    await click('stage-next')
    expect(document.querySelector('.el-message')?.textContent).toContain(
      '请先进行或说明跳过“申诉答辩”',
    )
  })
})

describe('the lines of the minutes', () => {
  it('lists each line under its stage with speaker, time and recording position', async () => {
    await open(minutes('opening', LINES))
    const headings = [...document.querySelectorAll('.minutes-stage__head')].map((h) =>
      [...h.querySelectorAll('span')].map((span) => span.textContent?.trim()),
    )
    expect(headings).toEqual([
      ['庭前准备', '已完成'],
      ['开庭', '进行中'],
    ])
    const first = byTestId('minutes-line-0')!
    expect(first.querySelector('.minutes-line__speaker')?.textContent?.trim()).toBe(
      '书记员李书记：',
    )
    expect(first.querySelector('.minutes-line__time')?.textContent).toBe('09:31:07')
    const second = byTestId('minutes-line-1')!
    expect(second.querySelector('.minutes-line__text')?.textContent).toBe(
      '不申请回避。\n对仲裁庭组成无异议。',
    )
    expect(text('minutes-line-offset-1')).toBe('录像 12:34')
    expect(byTestId('minutes-line-offset-0')).toBeNull()
    expect(byTestId('minutes-line-edited-1')).toBeNull()
  })

  it('edits a line in place and reloads the minutes', async () => {
    const edited: Minutes = {
      ...minutes('opening', LINES),
      lines: [LINES[0], { ...LINES[1], text: '不申请回避。', edited: true }],
    }
    edited.log = [
      ...edited.log,
      record({ kind: 'edit', refersTo: 'l2', stage: 'opening', text: '不申请回避。' }),
    ]
    let current = minutes('opening', LINES)
    const { calls } = await open(current, {
      get_minutes: () => current,
      edit_minutes_entry: () => {
        current = edited
        return record({ kind: 'edit' })
      },
    })
    await click('minutes-line-edit-1')
    const box = byTestId('minutes-line-input-1')!.querySelector('textarea')!
    expect(box.value).toBe('不申请回避。\n对仲裁庭组成无异议。')
    box.value = '不申请回避。'
    box.dispatchEvent(new Event('input', { bubbles: true }))
    box.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    )
    await settle()
    expect(commands(calls, 'edit_minutes_entry').map((c) => c.args)).toEqual([
      { hearingId: 'h-1', entryId: 'l2', text: '不申请回避。' },
    ])
    expect(byTestId('minutes-line-input-1')).toBeNull()
    expect(text('minutes-line-edited-1')).toBe('已修改')
    await click(byTestId('minutes-show-history')!.querySelector('input')!)
    expect(text('minutes-line-1')).toContain('原记录：不申请回避。 对仲裁庭组成无异议。')
  })

  it('deletes a line with a reason', async () => {
    const { calls } = await open(minutes('opening', LINES), {
      delete_minutes_entry: () => record({ kind: 'delete' }),
    })
    await click('minutes-line-delete-0')
    await answerPrompt('误记')
    expect(commands(calls, 'delete_minutes_entry').map((c) => c.args)).toEqual([
      { hearingId: 'h-1', entryId: 'l1', reason: '误记' },
    ])
    expect(commands(calls, 'get_minutes')).toHaveLength(2)
  })

  it('checks the hash chain on demand', async () => {
    const { calls } = await open(minutes('opening', LINES), {
      verify_minutes: { checked: 4, brokenAt: null },
    })
    await click('minutes-verify')
    expect(commands(calls, 'verify_minutes').map((c) => c.args)).toEqual([{ hearingId: 'h-1' }])
    expect(text('minutes-verify-result')).toBe('已校验')
    expect(document.querySelector('.el-message')?.textContent).toContain('已校验 4 条记录')
  })
})
