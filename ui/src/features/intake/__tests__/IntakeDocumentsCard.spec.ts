import { describe, expect, it, vi } from 'vitest'
import IntakeDocumentsCard from '../IntakeDocumentsCard.vue'
import { ADMIN, appError, byTestId, click, mockCore, mountPage, type Call } from '@/test/helpers'
import { CONTENT_SHA, documentRecord } from '@/test/documents'
import type { DocumentRecord } from '@/bindings/DocumentRecord'
import type { SessionUser } from '@/bindings/SessionUser'

// The preview reads and renders the PDF (its own spec covers that): here only what it is
// asked to show.
vi.mock('@/features/documents/DocumentPreviewDialog.vue', async () => {
  const { defineComponent, h } = await import('vue')
  return {
    default: defineComponent({
      props: {
        documentId: { type: String, default: null },
        title: { type: String, required: true },
        suggestedName: { type: String, default: '' },
        visible: { type: Boolean, required: true },
      },
      emits: ['update:visible'],
      setup(props, { emit }) {
        return () =>
          props.visible
            ? h(
                'div',
                {
                  'data-testid': 'preview-stub',
                  'data-document-id': props.documentId,
                  'data-title': props.title,
                  'data-name': props.suggestedName,
                },
                [
                  h('button', {
                    'data-testid': 'preview-stub-close',
                    onClick: () => emit('update:visible', false),
                  }),
                ],
              )
            : null
      },
    }),
  }
})

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const INTAKE_NO = '急难愁盼〔2026〕第001号'
const TITLE = '急难愁盼事项受理转办单'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const rows = () => [
  ...(byTestId('intake-documents-table')?.querySelectorAll<HTMLElement>('.el-table__body tr') ??
    []),
]
const cells = (row: Element) =>
  [...row.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim())
const successMessage = () => document.querySelector('.el-message--success')?.textContent ?? ''
const preview = () => byTestId('preview-stub')?.dataset ?? null

function form(partial: Partial<DocumentRecord> = {}): DocumentRecord {
  return documentRecord({
    id: 'form-1',
    caseId: null,
    intakeId: 'in-1',
    kind: 'intake_transfer',
    title: TITLE,
    addressee: '',
    createdAt: '2026-03-02T02:10:00Z',
    createdByName: '赵书记',
    ...partial,
  })
}

const FIRST = form()
const SECOND = form({
  id: 'form-2',
  contentSha256: 'a7'.repeat(32),
  createdAt: '2026-03-05T08:00:00Z',
})

async function open(core: Record<string, unknown>, user: SessionUser = CLERK) {
  const calls = mockCore({ list_intake_documents: [FIRST], ...core })
  const mounted = await mountPage(IntakeDocumentsCard, {
    user,
    route: '/intake/in-1',
    props: { intakeId: 'in-1', intakeNo: INTAKE_NO },
  })
  return { calls, ...mounted }
}

describe('the 文书 card of an intake item', () => {
  it('lists the item’s forms with who made them and the short content hash', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { calls } = await open({})
    expect(commands(calls, 'list_intake_documents')).toEqual([
      { cmd: 'list_intake_documents', args: { intakeId: 'in-1' } },
    ])
    expect(text('intake-generate-form')).toBe('生成受理转办单')
    expect(rows()).toHaveLength(1)
    expect(cells(rows()[0]).slice(0, 4)).toEqual([
      TITLE,
      '2026-03-02 10:10',
      '赵书记',
      CONTENT_SHA.slice(0, 12),
    ])
    expect(byTestId('intake-doc-hash-form-1')?.classList).toContain('mono')
    await click('intake-doc-copy-form-1')
    expect(writeText.mock.calls).toEqual([[CONTENT_SHA]])
    expect(preview()).toBeNull()
  })

  it('says how to make the first form', async () => {
    await open({ list_intake_documents: [] })
    expect(text('intake-documents-empty')).toContain('尚未生成文书')
    expect(text('intake-documents-empty')).toContain('生成受理转办单')
  })

  it('generates a form, lists it and opens its preview', async () => {
    let list = [FIRST]
    const { calls } = await open({
      list_intake_documents: () => list,
      generate_intake_form: () => {
        list = [SECOND, FIRST]
        return SECOND
      },
    })
    await click('intake-generate-form')
    expect(commands(calls, 'generate_intake_form')).toEqual([
      { cmd: 'generate_intake_form', args: { intakeId: 'in-1' } },
    ])
    expect(successMessage()).toContain('已生成受理转办单')
    expect(commands(calls, 'list_intake_documents')).toHaveLength(2)
    expect(rows()).toHaveLength(2)
    expect(rows()[0].classList).toContain('intake-documents__row--fresh')
    expect(rows()[1].classList).not.toContain('intake-documents__row--fresh')
    expect(preview()).toMatchObject({
      documentId: 'form-2',
      title: TITLE,
      name: `${INTAKE_NO}-${TITLE}`,
    })
  })

  it('previews a listed form and closes the preview again', async () => {
    await open({ list_intake_documents: [SECOND, FIRST] })
    await click('intake-doc-preview-form-1')
    expect(preview()).toMatchObject({ documentId: 'form-1', title: TITLE })
    await click('preview-stub-close')
    expect(preview()).toBeNull()
    await click('intake-doc-preview-form-2')
    expect(preview()?.documentId).toBe('form-2')
  })

  it('saves a copy through the save dialog, saying where it went', async () => {
    let answer: string | null = null
    const { calls } = await open({ save_document_as: () => answer })
    await click('intake-doc-save-form-1')
    expect(commands(calls, 'save_document_as')).toEqual([
      {
        cmd: 'save_document_as',
        args: { documentId: 'form-1', suggestedName: `${INTAKE_NO}-${TITLE}` },
      },
    ])
    // Cancelled: nothing to say.
    expect(document.querySelector('.el-message')).toBeNull()

    answer = 'D:\\转办单\\急难愁盼事项受理转办单.pdf'
    await click('intake-doc-save-form-1')
    expect(successMessage()).toContain('已保存到 D:\\转办单\\急难愁盼事项受理转办单.pdf')
    expect(preview()).toBeNull()
  })

  it('says why a form cannot be made, in the card', async () => {
    const { calls } = await open({
      generate_intake_form: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'commission_name_missing',
          message: '请管理员先在「设置」中填写仲裁委员会名称，文书以此为抬头',
        })
      },
    })
    await click('intake-generate-form')
    expect(text('intake-generate-error')).toContain('请管理员先在「设置」中填写仲裁委员会名称')
    expect(document.querySelector('.el-message--error')).toBeNull()
    expect(commands(calls, 'list_intake_documents')).toHaveLength(1)
    expect(preview()).toBeNull()
    // A clerk cannot set it: no way to the settings.
    expect(byTestId('intake-generate-settings')).toBeNull()
  })

  it('shows an administrator the way to the settings when the name is missing', async () => {
    const { router } = await open(
      {
        generate_intake_form: () => {
          throw appError({
            code: 'precondition_failed',
            reason: 'commission_name_missing',
            message: '请管理员先在「设置」中填写仲裁委员会名称，文书以此为抬头',
          })
        },
      },
      ADMIN,
    )
    await click('intake-generate-form')
    await click('intake-generate-settings')
    expect(router.currentRoute.value.name).toBe('settings')
  })

  it('speaks English', async () => {
    mockCore({ list_intake_documents: [FIRST] })
    await mountPage(IntakeDocumentsCard, {
      user: CLERK,
      locale: 'en',
      props: { intakeId: 'in-1', intakeNo: INTAKE_NO },
    })
    expect(text('intake-generate-form')).toBe('Generate intake and transfer form')
    expect(text('intake-doc-preview-form-1')).toBe('Preview')
    expect(text('intake-doc-save-form-1')).toBe('Save as…')
  })
})
