import { describe, expect, it } from 'vitest'
import MinutesPage from '../MinutesPage.vue'
import {
  appError,
  byTestId,
  click,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import {
  CLERK,
  FILE,
  MEDIATOR,
  SIGNERS,
  TRIBUNAL,
  hearing,
  line,
  minutes,
  readBack,
  record,
  sha,
  signer,
} from '@/test/hearings'
import type { Minutes } from '@/bindings/Minutes'
import type { ReadBack } from '@/bindings/ReadBack'
import type { SessionUser } from '@/bindings/SessionUser'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const message = () => document.querySelector('.el-message')?.textContent ?? ''

const LINES = [
  line({ id: 'l1', stage: 'opening', text: '现在开庭。' }),
  line({
    id: 'l2',
    stage: 'closing',
    speakerRole: 'presiding_arbitrator',
    text: '现在闭庭。',
    createdAt: '2025-10-28T03:00:00Z',
  }),
]
const CLOSING = minutes('closing', LINES)

/** The minutes as the core reads them after the lock (locked at 11:30 Shanghai time). */
function lockedMinutes(): Minutes {
  const m = minutes('closing', LINES)
  m.log.push(
    record({ kind: 'signature', stage: 'closing', text: '张仲裁签名确认笔录（当面签名）' }),
    record({
      kind: 'lock',
      stage: 'closing',
      text: '笔录经宣读，4 人签名，0 人拒签，笔录锁定',
      createdAt: '2025-10-28T03:30:00Z',
    }),
  )
  return { ...m, lockedAt: '2025-10-28T03:30:00Z', lockedHash: sha('a') }
}

const ALL_DONE: ReadBack = readBack({
  canLock: true,
  signers: SIGNERS.map((s, i) =>
    i === 3
      ? { ...s, state: 'refused', reason: '不同意第三条的记录', at: '2025-10-28T03:20:00Z' }
      : { ...s, state: 'signed', method: 'in_person', at: '2025-10-28T03:15:00Z' },
  ),
})

async function open(
  core: Record<string, unknown> = {},
  current: Minutes = CLOSING,
  user: SessionUser = CLERK,
) {
  const calls = mockCore({
    get_hearing: hearing({ status: 'in_progress' }),
    get_case: FILE,
    get_minutes: current,
    get_tribunal: TRIBUNAL,
    get_minutes_draft: null,
    save_minutes_draft: null,
    read_back_minutes: readBack(),
    ...core,
  })
  const mounted = await mountPage(MinutesPage, {
    user,
    route: '/hearings/h-1',
    props: { id: 'h-1' },
  })
  return { calls, ...mounted }
}

/** Whether the dialog carrying `testId` is on screen (Element keeps it once opened). */
function shown(testId: string): boolean {
  const overlay = byTestId(testId)?.closest<HTMLElement>('.el-overlay')
  return !!overlay && overlay.style.display !== 'none'
}

function fieldError(testId: string): string {
  return byTestId(testId)?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

describe('reading back the minutes', () => {
  it('is offered only once the closing stage has started', async () => {
    await open({}, minutes('final_statement', LINES))
    const button = byTestId<HTMLButtonElement>('minutes-readback')!
    expect(button.disabled).toBe(true)
    byTestId('minutes-readback-wrap')!.dispatchEvent(
      new MouseEvent('mouseenter', { bubbles: true }),
    )
    await settle()
    expect(document.body.textContent).toContain('闭庭阶段开始后，才能宣读笔录并签名')
  })

  it('shows the text, its SHA-256 and where each signer stands', async () => {
    const current = readBack({
      signers: [
        signer({
          key: 'user:u-a1',
          role: 'presiding_arbitrator',
          name: '张仲裁',
          state: 'signed',
          method: 'e_sign',
          flowNo: 'ES-2025-0042',
          at: '2025-10-28T03:15:00Z',
        }),
        signer({ key: 'user:u-c1', role: 'clerk', name: '李书记' }),
        signer({
          key: 'party:p-zhao',
          role: 'applicant',
          name: '赵丽',
          state: 'refused',
          reason: '认为第三条记录有误',
          at: '2025-10-28T03:20:00Z',
        }),
        signer({
          key: 'agent:ag-zhou',
          role: 'agent',
          name: '周明',
          state: 'stale',
          method: 'pad',
          at: '2025-10-28T03:05:00Z',
        }),
      ],
    })
    const { calls } = await open({ read_back_minutes: current })
    expect(byTestId<HTMLButtonElement>('minutes-readback')!.disabled).toBe(false)
    await click('minutes-readback')
    expect(shown('readback-dialog')).toBe(true)
    expect(commands(calls, 'read_back_minutes').map((c) => c.args)).toEqual([{ hearingId: 'h-1' }])

    // The text as the core rendered it, line breaks kept.
    expect(byTestId('readback-text')?.textContent).toBe(current.text)
    expect(text('readback-hash')).toBe('a'.repeat(16))
    expect(byTestId('readback-hash')?.getAttribute('data-hash')).toBe(current.hash)

    expect([0, 1, 2, 3].map((i) => text(`signer-state-${i}`))).toEqual([
      '已签名',
      '待签名',
      '拒绝签名',
      '内容已变更，需重签',
    ])
    expect(text('signer-row-0')).toContain('张仲裁')
    expect(text('signer-row-0')).toContain('首席仲裁员')
    expect(text('signer-row-0')).toContain('电子签名，2025-10-28 11:15')
    expect(text('signer-row-0')).toContain('流水号 ES-2025-0042')
    expect(text('signer-row-1')).toContain('书记员')
    expect(text('signer-row-2')).toContain('申请人')
    expect(text('signer-row-2')).toContain('理由：认为第三条记录有误')
    expect(text('signer-row-3')).toContain('委托代理人')
    expect(text('signer-row-3')).toContain('曾于 2025-10-28 11:05 签署变更前的版本')
    expect(text('readback-progress')).toBe('已签名 1 人，拒签 1 人，共 4 人')

    // Who still has to act can sign; who signed this version is done.
    expect(byTestId('signer-sign-0')).toBeNull()
    expect(byTestId('signer-refuse-0')).toBeNull()
    expect(byTestId('signer-sign-1')).not.toBeNull()
    expect(byTestId('signer-refuse-1')).not.toBeNull()
    expect(byTestId('signer-sign-3')).not.toBeNull()
    expect(byTestId<HTMLButtonElement>('minutes-lock')!.disabled).toBe(true)
  })

  it('records a signature in person, bound to the hash shown', async () => {
    let current = readBack()
    const { calls } = await open({
      read_back_minutes: () => current,
      sign_minutes: () => {
        current = readBack({
          signers: SIGNERS.map((s, i) =>
            i === 1
              ? { ...s, state: 'signed', method: 'in_person', at: '2025-10-28T03:15:00Z' }
              : s,
          ),
        })
        return current
      },
    })
    await click('minutes-readback')
    await click('signer-sign-1')
    expect(shown('sign-dialog')).toBe(true)
    expect(text('sign-signer')).toContain('李书记')
    expect(text('sign-hash')).toBe('a'.repeat(16))
    expect(byTestId('sign-flow-no')).toBeNull()
    await click('sign-confirm')
    expect(commands(calls, 'sign_minutes').map((c) => c.args)).toEqual([
      {
        hearingId: 'h-1',
        input: { signerKey: 'user:u-c1', minutesHash: sha('a'), method: 'in_person' },
      },
    ])
    expect(shown('sign-dialog')).toBe(false)
    expect(message()).toContain('已记录李书记的签名')
    expect(text('signer-state-1')).toBe('已签名')
    expect(text('signer-row-1')).toContain('当面签名，2025-10-28 11:15')
    // The minutes' log gained the signature row: the page reloads them.
    expect(commands(calls, 'get_minutes')).toHaveLength(2)
  })

  it('shows the core’s error under the flow number when an e-signature lacks one', async () => {
    const { calls } = await open({
      sign_minutes: () => {
        throw appError({
          code: 'validation',
          reason: 'required',
          message: '请填写电子签名平台的签署流水号',
          field: 'flowNo',
        })
      },
    })
    await click('minutes-readback')
    await click('signer-sign-2')
    await click(byTestId('sign-method-e_sign')!.querySelector('input')!)
    expect(byTestId('sign-flow-no')).not.toBeNull()
    await click('sign-confirm')
    expect(commands(calls, 'sign_minutes').map((c) => c.args)).toEqual([
      {
        hearingId: 'h-1',
        input: { signerKey: 'party:p-zhao', minutesHash: sha('a'), method: 'e_sign', flowNo: '' },
      },
    ])
    expect(fieldError('sign-flow-no')).toBe('请填写电子签名平台的签署流水号')
    expect(shown('sign-dialog')).toBe(true)

    // Typing the number clears the error; it goes with the signature.
    await typeInto('sign-flow-no', ' ES-7781 ')
    await settle()
    expect(fieldError('sign-flow-no')).toBe('')
  })

  it('reloads the read-back when the minutes changed since it was read', async () => {
    let current = readBack()
    const { calls } = await open({
      read_back_minutes: () => current,
      sign_minutes: () => {
        current = readBack({ text: '庭审笔录\n（已补正）', hash: sha('b') })
        throw appError({
          code: 'precondition_failed',
          reason: 'minutes_changed',
          message: '笔录在宣读后已有变更，请重新宣读后再签名',
        })
      },
    })
    await click('minutes-readback')
    await click('signer-sign-1')
    await click('sign-confirm')
    expect(shown('sign-dialog')).toBe(false)
    expect(commands(calls, 'read_back_minutes')).toHaveLength(2)
    expect(byTestId('readback-text')?.textContent).toBe('庭审笔录\n（已补正）')
    expect(text('readback-hash')).toBe('b'.repeat(16))
    expect(message()).toContain('笔录在宣读后已有变更，已重新载入宣读内容')

    // Signing again binds to the new hash.
    await click('signer-sign-1')
    expect(text('sign-hash')).toBe('b'.repeat(16))
  })

  it('records a refusal only with its reason', async () => {
    let current = readBack()
    const { calls } = await open({
      read_back_minutes: () => current,
      refuse_minutes_signature: (args: Record<string, unknown>) => {
        const input = args.input as { reason: string }
        current = readBack({
          signers: SIGNERS.map((s, i) =>
            i === 2
              ? { ...s, state: 'refused', reason: input.reason, at: '2025-10-28T03:20:00Z' }
              : s,
          ),
        })
        return current
      },
    })
    await click('minutes-readback')
    await click('signer-refuse-2')
    expect(shown('refuse-dialog')).toBe(true)
    expect(text('refuse-dialog')).toContain('不影响笔录锁定')
    await click('refuse-confirm')
    expect(fieldError('refuse-reason')).toBe('请记明拒签的情况和理由')
    expect(commands(calls, 'refuse_minutes_signature')).toEqual([])

    await typeInto('refuse-reason', '认为第三条记录与其陈述不符')
    await click('refuse-confirm')
    expect(commands(calls, 'refuse_minutes_signature').map((c) => c.args)).toEqual([
      {
        hearingId: 'h-1',
        input: {
          signerKey: 'party:p-zhao',
          minutesHash: sha('a'),
          reason: '认为第三条记录与其陈述不符',
        },
      },
    ])
    expect(shown('refuse-dialog')).toBe(false)
    expect(text('signer-state-2')).toBe('拒绝签名')
    expect(text('signer-row-2')).toContain('理由：认为第三条记录与其陈述不符')
  })
})

describe('locking the minutes', () => {
  it('waits until everyone has signed or refused', async () => {
    const { calls } = await open({ lock_minutes: ALL_DONE })
    await click('minutes-readback')
    const lock = byTestId<HTMLButtonElement>('minutes-lock')!
    expect(lock.disabled).toBe(true)
    await click(lock)
    expect(document.querySelector('.el-message-box')).toBeNull()
    expect(commands(calls, 'lock_minutes')).toEqual([])
  })

  it('locks after confirmation; the page becomes read-only with the banner', async () => {
    let current = CLOSING
    const locked = readBack({
      ...ALL_DONE,
      canLock: false,
      lockedAt: '2025-10-28T03:30:00Z',
      lockedHash: sha('a'),
    })
    const { calls } = await open({
      get_minutes: () => current,
      read_back_minutes: ALL_DONE,
      lock_minutes: () => {
        current = lockedMinutes()
        return locked
      },
    })
    expect(byTestId('minutes-input')).not.toBeNull()
    await click('minutes-readback')
    const lock = byTestId<HTMLButtonElement>('minutes-lock')!
    expect(lock.disabled).toBe(false)

    // Cancelling the confirmation locks nothing.
    await click(lock)
    const box = () => document.querySelector('.el-message-box')!
    expect(box().textContent).toContain('签名 3 人，拒签 1 人')
    expect(box().textContent).toContain('只能以补正的方式记入')
    await click(
      box().querySelector<HTMLElement>(
        '.el-message-box__btns .el-button:not(.el-button--primary)',
      )!,
    )
    expect(commands(calls, 'lock_minutes')).toEqual([])

    await click(lock)
    await click(box().querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)
    expect(commands(calls, 'lock_minutes').map((c) => c.args)).toEqual([{ hearingId: 'h-1' }])
    expect(text('readback-locked')).toBe(
      `笔录已于 2025-10-28 11:30 签署锁定（SHA-256 ${'a'.repeat(16)}）`,
    )
    expect(byTestId('minutes-lock')).toBeNull()
    expect(byTestId('signer-sign-0')).toBeNull()

    // The page behind: locked, read-only, the hearing concluded.
    expect(text('minutes-locked-banner')).toBe(
      `笔录已于 2025-10-28 11:30 签署锁定（SHA-256 ${'a'.repeat(16)}）。此后只能补正。`,
    )
    expect(byTestId('minutes-input')).toBeNull()
    expect(byTestId('stage-next')).toBeNull()
    expect(byTestId('minutes-line-edit-0')).toBeNull()
    expect(byTestId('minutes-line-delete-0')).toBeNull()
    expect(byTestId('minutes-line-correct-0')).not.toBeNull()
    expect(text('minutes-hearing-status')).toBe('已结束')
  })

  it('names who is missing when the core refuses the lock', async () => {
    let current = ALL_DONE
    const { calls } = await open({
      read_back_minutes: () => current,
      lock_minutes: () => {
        current = readBack()
        throw appError({
          code: 'precondition_failed',
          reason: 'signatures_missing',
          message: '以下人员尚未签名或记明拒签：张仲裁、李书记、赵丽、周明',
        })
      },
    })
    await click('minutes-readback')
    await click('minutes-lock')
    await click(
      document.querySelector<HTMLElement>(
        '.el-message-box .el-message-box__btns .el-button--primary',
      )!,
    )
    expect(commands(calls, 'lock_minutes')).toHaveLength(1)
    expect(message()).toContain('以下人员尚未签名或记明拒签')
    // The read-back is reloaded: everyone is pending again.
    expect(commands(calls, 'read_back_minutes')).toHaveLength(2)
    expect(text('signer-state-0')).toBe('待签名')
    expect(byTestId<HTMLButtonElement>('minutes-lock')!.disabled).toBe(true)
  })

  it('learns the lock from the minutes when opened later, and shows the read-back read-only', async () => {
    const { calls } = await open(
      {
        read_back_minutes: readBack({
          ...ALL_DONE,
          canLock: false,
          lockedAt: '2025-10-28T03:30:00Z',
          lockedHash: sha('a'),
        }),
      },
      lockedMinutes(),
    )
    expect(text('minutes-locked-banner')).toContain('笔录已于 2025-10-28 11:30 签署锁定')
    expect(byTestId('minutes-readonly')).toBeNull()
    expect(byTestId('minutes-input')).toBeNull()
    expect(byTestId('stage-next')).toBeNull()
    expect(byTestId('minutes-line-edit-1')).toBeNull()
    expect(commands(calls, 'get_minutes_draft')).toEqual([])

    expect(byTestId<HTMLButtonElement>('minutes-readback')!.disabled).toBe(false)
    await click('minutes-readback')
    expect(text('readback-locked')).toContain('签署锁定')
    expect(text('signer-state-3')).toBe('拒绝签名')
    expect(byTestId('signer-sign-1')).toBeNull()
    expect(byTestId('signer-refuse-1')).toBeNull()
    expect(byTestId('minutes-lock')).toBeNull()
  })

  it('shows readers the read-back without the sign-off tools', async () => {
    await open({}, CLOSING, MEDIATOR)
    await click('minutes-readback')
    expect(byTestId('readback-text')?.textContent).toBe(readBack().text)
    expect(byTestId('signer-sign-1')).toBeNull()
    expect(byTestId('minutes-lock')).toBeNull()
    expect(byTestId('minutes-line-correct-0')).toBeNull()
  })
})
