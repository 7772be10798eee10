import { describe, expect, it, vi } from 'vitest'
import ConsentDialog from '../ConsentDialog.vue'
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
import { caseFile, EMPLOYER, WORKER } from '@/test/cases'
import { HASH_A, HASH_B, preview } from '@/test/procedure'
import type { ConsentInput } from '@/bindings/ConsentInput'
import type { ConsentKind } from '@/bindings/ConsentKind'
import type { ConsentRecord } from '@/bindings/ConsentRecord'
import type { SessionUser } from '@/bindings/SessionUser'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const FILE = caseFile({}, { status: 'accepted', acceptedOn: '2025-10-10' })

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

/** The preview the fake core answers: a text naming party, kind and days. */
function previewFor(args: Record<string, unknown>) {
  const days = args.shortenedToDays === null ? '放弃' : `${String(args.shortenedToDays)}日`
  return preview(
    `${String(args.partyId)}：${String(args.kind)}（${days}）`,
    args.kind === 'defense_waiver' ? HASH_B : HASH_A,
  )
}

async function open(core: Record<string, unknown>, revoking: ConsentRecord | null = null) {
  const calls = mockCore({ consent_preview: previewFor, ...core })
  const mounted = await mountPage(ConsentDialog, {
    user: CLERK,
    route: '/cases/case-1',
    props: { file: FILE, revoking, modelValue: true },
  })
  return { calls, ...mounted }
}

async function options(testId: string): Promise<HTMLElement[]> {
  const item = byTestId(testId)!
  await click(item.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item.querySelector('input')!.getAttribute('aria-controls')!
  return [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ]
}

async function choose(testId: string, label: string): Promise<void> {
  const option = (await options(testId)).find((el) => el.textContent?.trim() === label)
  if (!option) throw new Error(`no option ${label} in ${testId}`)
  await click(option)
}

async function method(value: string): Promise<void> {
  await click(byTestId(`consent-method-${value}`)!.querySelector('input')!)
}

const previews = (calls: Call[]) =>
  commands(calls, 'consent_preview').map((c) => [
    c.args.partyId,
    c.args.kind,
    c.args.shortenedToDays,
  ])

describe('ConsentDialog', () => {
  it('fetches the exact text whenever the party or the matter changes', async () => {
    const { calls } = await open({})
    // Two parties: nothing to show until one is chosen.
    expect(commands(calls, 'consent_preview')).toEqual([])

    await choose('consent-party', `申请人：${WORKER.name}`)
    expect(commands(calls, 'consent_preview')).toEqual([
      {
        cmd: 'consent_preview',
        args: {
          caseId: 'case-1',
          partyId: WORKER.id,
          kind: 'summary_handling' satisfies ConsentKind,
          shortenedToDays: null,
        },
      },
    ])
    expect(text('consent-text')).toBe(`${WORKER.id}：summary_handling（放弃）`)
    expect(text('consent-hash')).toBe(HASH_A)

    // Only a respondent waives the defense period.
    const forWorker = (await options('consent-kind')).map((el) => el.textContent?.trim())
    expect(forWorker).not.toContain('放弃或缩短答辩期')
    expect(forWorker).toContain('同意在线开庭')
    await choose('consent-kind', '同意在线开庭')
    await choose('consent-party', `被申请人：${EMPLOYER.name}`)
    await choose('consent-kind', '放弃或缩短答辩期')
    expect(previews(calls)).toEqual([
      [WORKER.id, 'summary_handling', null],
      [WORKER.id, 'online_hearing', null],
      [EMPLOYER.id, 'online_hearing', null],
      [EMPLOYER.id, 'defense_waiver', null],
    ])
    expect(text('consent-hash')).toBe(HASH_B)

    // Shortened to 5 days: another text.
    const days = inputOf('consent-days')
    days.value = '5'
    days.dispatchEvent(new Event('input', { bubbles: true }))
    days.dispatchEvent(new Event('change', { bubbles: true }))
    await settle()
    expect(previews(calls).at(-1)).toEqual([EMPLOYER.id, 'defense_waiver', 5])
    expect(text('consent-text')).toBe(`${EMPLOYER.id}：defense_waiver（5日）`)
  })

  it('records a consent given on the e-signature platform with the hash shown', async () => {
    const saved = { id: 'k-1' } as ConsentRecord
    const { calls, wrapper } = await open({ record_consent: () => saved })
    await choose('consent-party', `申请人：${WORKER.name}`)
    await typeInto('consent-method-ref', ' ESIGN-2025-0001 ')
    await click('consent-submit')
    expect(commands(calls, 'record_consent')).toEqual([
      {
        cmd: 'record_consent',
        args: {
          caseId: 'case-1',
          input: {
            partyId: WORKER.id,
            kind: 'summary_handling',
            action: 'grant',
            method: 'e_sign_platform',
            methodRef: 'ESIGN-2025-0001',
            givenOn: shanghaiDate(),
            textSha256: HASH_A,
          } satisfies ConsentInput,
        },
      },
    ])
    expect(wrapper.emitted('saved')).toEqual([[saved]])
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
  })

  it('asks for the flow number before sending, and shows the core’s error under it', async () => {
    const { calls } = await open({
      record_consent: () => {
        throw appError({
          code: 'validation',
          reason: 'required',
          field: 'methodRef',
          message: '签署流程编号在电子签名平台上不存在',
        })
      },
    })
    await choose('consent-party', `申请人：${WORKER.name}`)
    await click('consent-submit')
    expect(commands(calls, 'record_consent')).toEqual([])
    expect(fieldErrors()).toEqual(['请填写电子签名平台的签署流程编号'])

    await typeInto('consent-method-ref', 'NO-SUCH-FLOW')
    await click('consent-submit')
    expect(commands(calls, 'record_consent')).toHaveLength(1)
    expect(byTestId('consent-method-ref')?.classList).toContain('is-error')
    expect(text('consent-method-ref')).toContain('签署流程编号在电子签名平台上不存在')
  })

  it('records a refusal given orally, at its position in the recording', async () => {
    const { calls } = await open({ record_consent: () => ({ id: 'k-2' }) })
    await choose('consent-party', `被申请人：${EMPLOYER.name}`)
    await choose('consent-kind', '同意在线开庭')
    await click(byTestId('consent-action-refuse')!.querySelector('input')!)
    await method('oral_video')
    await typeInto('consent-offset', '12:60')
    await click('consent-submit')
    expect(fieldErrors()).toEqual(['请按 分:秒 或 时:分:秒 填写，如 12:34'])
    await typeInto('consent-offset', '1:02:03')
    await typeInto('consent-reason', '没有摄像头')
    await click('consent-submit')
    expect(commands(calls, 'record_consent').map((c) => c.args.input)).toEqual([
      {
        partyId: EMPLOYER.id,
        kind: 'online_hearing',
        action: 'refuse',
        reason: '没有摄像头',
        method: 'oral_video',
        videoOffsetS: 3723,
        givenOn: shanghaiDate(),
        textSha256: HASH_A,
      },
    ])
  })

  it('sends a scanned form as bytes with its name', async () => {
    const { calls } = await open({ record_consent: () => ({ id: 'k-3' }) })
    await choose('consent-party', `申请人：${WORKER.name}`)
    await method('paper_scan')
    const input = byTestId<HTMLInputElement>('consent-scan')!
    const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], '确认书.pdf', {
      type: 'application/pdf',
    })
    Object.defineProperty(input, 'files', { value: [file], configurable: true })
    input.dispatchEvent(new Event('change', { bubbles: true }))
    await settle()
    expect(text('consent-scan-name')).toBe('确认书.pdf（4 B）')
    await click('consent-submit')
    const sent = commands(calls, 'record_consent')[0]?.args.input as ConsentInput
    expect(sent.scanBytes).toEqual([0x25, 0x50, 0x44, 0x46])
    expect(sent.scanName).toBe('确认书.pdf')
    expect(sent.method).toBe('paper_scan')
  })

  it('shows the text again when the core says it changed', async () => {
    const { calls } = await open({
      record_consent: () => {
        throw appError({
          code: 'conflict',
          reason: 'consent_text_changed',
          field: 'textSha256',
          message: '确认内容已发生变化，请重新向当事人展示后再记录',
        })
      },
    })
    await choose('consent-party', `申请人：${WORKER.name}`)
    await typeInto('consent-method-ref', 'ESIGN-1')
    await click('consent-submit')
    expect(text('consent-error')).toContain('确认内容已发生变化')
    expect(commands(calls, 'consent_preview')).toHaveLength(2)
  })

  it('says so when the confirmation must be generated first', async () => {
    await open({
      consent_preview: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'confirmation_stale',
          message: '案件信息已变化，确认书需要重新生成后再签署',
        })
      },
    })
    await choose('consent-party', `申请人：${WORKER.name}`)
    await choose('consent-kind', '签署简易程序权利义务确认书')
    expect(text('consent-preview-error')).toBe('案件信息已变化，确认书需要重新生成后再签署')
    expect(byTestId('consent-text')).toBeNull()
  })

  it('signs on the pad and sends the PNG', async () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (callback) {
      callback(new Blob([new Uint8Array(png)], { type: 'image/png' }))
    })
    const { calls } = await open({ record_consent: () => ({ id: 'k-4' }) })
    await choose('consent-party', `申请人：${WORKER.name}`)
    await method('signature_pad')
    await click('consent-submit')
    expect(fieldErrors()).toEqual(['请当事人在签名板上签名'])
    const canvas = byTestId('signature-canvas')!
    canvas.dispatchEvent(new PointerEvent('pointerdown', { clientX: 10, clientY: 10 }))
    canvas.dispatchEvent(new PointerEvent('pointerup', { clientX: 40, clientY: 20 }))
    await settle()
    await click('consent-submit')
    const sent = commands(calls, 'record_consent')[0]?.args.input as ConsentInput
    expect(sent.signaturePng).toEqual(png)
  })
})
