import { beforeEach, describe, expect, it, vi } from 'vitest'
import CaseDocumentsTab from '../CaseDocumentsTab.vue'
import GenerateDocumentDialog from '../GenerateDocumentDialog.vue'
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
import {
  APPLICANT,
  ARBITRATOR,
  CASE_NO,
  CLERK,
  MEDIATOR,
  RESPONDENT,
  choose,
} from '@/test/hearings'
import {
  APPLICANT_2,
  CONTENT_SHA,
  DOC_FILE,
  HEARING,
  HEARING_2,
  THIRD_PARTY,
  chooseKind,
  documentRecord,
  optionsOf,
} from '@/test/documents'
import { fakePdf, pdfBytes, textOf } from '@/test/pdf'
import { loadPdf } from '@/utils/pdf'
import type { DocumentInput } from '@/bindings/DocumentInput'
import type { DocumentRecord } from '@/bindings/DocumentRecord'
import type { SessionUser } from '@/bindings/SessionUser'

vi.mock('@/utils/pdf', () => ({ loadPdf: vi.fn(), renderPdfToImages: vi.fn() }))

beforeEach(() => {
  vi.clearAllMocks()
  vi.mocked(loadPdf).mockResolvedValue(fakePdf(1))
})

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const rows = () => [
  ...(byTestId('documents-table')?.querySelectorAll<HTMLElement>('.el-table__body tr') ?? []),
]
const cells = (row: Element) =>
  [...row.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim())
const successMessage = () => document.querySelector('.el-message--success')?.textContent ?? ''
const dialogShown = (testId: string) => {
  const dialog = byTestId(testId)
  return dialog !== null && dialog.closest<HTMLElement>('.el-overlay')?.style.display !== 'none'
}

const NOTICE = documentRecord({
  id: 'doc-2',
  hearingId: HEARING.id,
  kind: 'hearing_notice',
  title: '开庭通知书',
  addressee: RESPONDENT.name,
  contentSha256: 'e1'.repeat(32),
  sizeBytes: 52_224,
  createdAt: '2025-10-20T01:05:00Z',
  createdByName: '张仲裁',
})
const ACCEPTANCE = documentRecord()

async function open(
  core: Record<string, unknown>,
  user: SessionUser = CLERK,
  documents: DocumentRecord[] | (() => DocumentRecord[]) = [NOTICE, ACCEPTANCE],
) {
  const calls = mockCore({
    list_documents: documents,
    list_hearings: [HEARING, HEARING_2],
    read_document_pdf: (args: Record<string, unknown>) =>
      pdfBytes(`%PDF ${String(args.documentId)}`),
    ...core,
  })
  const mounted = await mountPage(CaseDocumentsTab, {
    user,
    route: '/cases/case-1',
    props: { file: DOC_FILE },
  })
  return { calls, ...mounted }
}

describe('the 文书 tab', () => {
  it('lists the case’s documents with the short content hash and the size', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { calls } = await open({})
    expect(commands(calls, 'list_documents')).toEqual([
      { cmd: 'list_documents', args: { caseId: 'case-1' } },
    ])
    expect(rows()).toHaveLength(2)
    expect(cells(rows()[0]).slice(0, 6)).toEqual([
      '开庭通知书',
      RESPONDENT.name,
      '2025-10-20 09:05',
      '张仲裁',
      'e1e1e1e1e1e1',
      '51.0 KB',
    ])
    expect(cells(rows()[1]).slice(0, 6)).toEqual([
      '受理通知书',
      APPLICANT.name,
      '2025-10-10 14:30',
      '李书记',
      CONTENT_SHA.slice(0, 12),
      '45.3 KB',
    ])
    expect(byTestId('document-hash-1')?.classList).toContain('mono')
    expect(byTestId('document-size-1')?.classList).toContain('tabular')

    await click('document-copy-1')
    expect(writeText.mock.calls).toEqual([[CONTENT_SHA]])
    expect(successMessage()).toContain('已复制 SHA-256')
  })

  it('explains what documents are when there are none', async () => {
    await open({}, CLERK, [])
    expect(byTestId('documents-table')).toBeNull()
    expect(text('documents-empty')).toContain('本案尚未生成文书')
    expect(text('documents-empty')).toContain('SHA-256')
    expect(byTestId('document-generate-open')).not.toBeNull()
  })

  it('lets a mediator read and save but not generate', async () => {
    await open({}, MEDIATOR)
    expect(byTestId('document-generate-open')).toBeNull()
    expect(rows()).toHaveLength(2)
    expect(byTestId('document-save-0')).not.toBeNull()
    expect(byTestId('document-save-path-0')).not.toBeNull()
    expect(document.body.textContent).toContain('文书由书记员或仲裁员生成')
  })

  it('generates a 开庭通知书 for a hearing and a party, then reloads and marks it', async () => {
    const created = documentRecord({
      id: 'doc-3',
      hearingId: HEARING_2.id,
      kind: 'hearing_notice',
      title: '开庭通知书',
      addressee: RESPONDENT.name,
      createdAt: '2025-11-01T02:00:00Z',
    })
    let list = [NOTICE, ACCEPTANCE]
    const { calls, wrapper } = await open(
      {
        generate_document: () => {
          list = [created, ...list]
          return created
        },
      },
      ARBITRATOR,
      () => list,
    )
    await click('document-generate-open')
    expect(dialogShown('document-generate-dialog')).toBe(true)
    expect(byTestId('document-party')).toBeNull()
    await chooseKind('开庭通知书')
    expect(text('document-kind-hint')).toBe('选择开庭及送达的当事人')
    expect(await optionsOf('document-hearing')).toEqual([
      '2025-10-28 09:30 · 在线',
      '2025-11-12 14:30 · 线下',
    ])
    await choose('document-hearing', '2025-11-12 14:30 · 线下')
    await choose('document-party', `被申请人：${RESPONDENT.name}`)
    await click('document-generate-confirm')

    expect(commands(calls, 'generate_document')).toEqual([
      {
        cmd: 'generate_document',
        args: {
          input: {
            kind: 'hearing_notice',
            caseId: 'case-1',
            partyId: RESPONDENT.id,
            hearingId: HEARING_2.id,
          } satisfies DocumentInput,
        },
      },
    ])
    expect(commands(calls, 'list_documents')).toHaveLength(2)
    expect(dialogShown('document-generate-dialog')).toBe(false)
    expect(successMessage()).toContain(`已生成开庭通知书（送达${RESPONDENT.name}）`)
    expect(rows()).toHaveLength(3)
    expect(rows()[0].classList).toContain('case-documents__row--fresh')
    expect(rows()[1].classList).not.toContain('case-documents__row--fresh')
    expect(wrapper.emitted('changed')).toHaveLength(1)

    // The new document opens in the preview.
    expect(dialogShown('document-preview')).toBe(true)
    expect(commands(calls, 'read_document_pdf').map((call) => call.args)).toEqual([
      { documentId: 'doc-3' },
    ])
    expect(vi.mocked(loadPdf).mock.calls.map(([data]) => textOf(data))).toEqual(['%PDF doc-3'])
  })

  it('previews a document as issued, then saves it under the suggested name', async () => {
    const { calls } = await open({ save_document_as: () => null })
    expect(dialogShown('document-preview')).toBe(false)
    expect(text('doc-preview-doc-1')).toBe('预览')
    await click('doc-preview-doc-1')
    expect(dialogShown('document-preview')).toBe(true)
    expect(
      document.querySelector('[data-testid="document-preview"] .el-dialog__title')?.textContent,
    ).toBe(`受理通知书（送达${APPLICANT.name}）`)
    expect(commands(calls, 'read_document_pdf').map((call) => call.args)).toEqual([
      { documentId: 'doc-1' },
    ])
    expect(byTestId('pdf-pages')?.dataset.pages).toBe('1')

    await click('preview-save')
    expect(commands(calls, 'save_document_as').map((call) => call.args)).toEqual([
      { documentId: 'doc-1', suggestedName: `${CASE_NO}-受理通知书-${APPLICANT.name}` },
    ])

    await click('preview-close')
    expect(dialogShown('document-preview')).toBe(false)
    await click('doc-preview-doc-2')
    expect(commands(calls, 'read_document_pdf').map((call) => call.args)).toEqual([
      { documentId: 'doc-1' },
      { documentId: 'doc-2' },
    ])
  })

  it('offers only applicants for a 受理通知书, only respondents for an 应诉通知书', async () => {
    const { calls } = await open({})
    await click('document-generate-open')
    await chooseKind('受理通知书')
    expect(byTestId('document-hearing')).toBeNull()
    expect(await optionsOf('document-party')).toEqual([
      `申请人：${APPLICANT.name}`,
      `申请人：${APPLICANT_2.name}`,
    ])
    // Two applicants: the clerk chooses.
    await click('document-generate-confirm')
    expect(fieldErrors()).toEqual(['请选择送达的当事人'])
    expect(commands(calls, 'generate_document')).toEqual([])

    await chooseKind('应诉通知书')
    expect(await optionsOf('document-party')).toEqual([`被申请人：${RESPONDENT.name}`])
    await chooseKind('仲裁庭组成通知书')
    expect(await optionsOf('document-party')).toEqual([
      `申请人：${APPLICANT.name}`,
      `申请人：${APPLICANT_2.name}`,
      `被申请人：${RESPONDENT.name}`,
      `第三人：${THIRD_PARTY.name}`,
    ])
  })

  it('shows a document that cannot be made yet in the dialog, not in a toast', async () => {
    const { calls } = await open({
      generate_document: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'document_not_available',
          message: '本案尚无调解书，不能生成调解书',
        })
      },
    })
    await click('document-generate-open')
    await chooseKind('调解书')
    expect(byTestId('document-party')).toBeNull()
    expect(byTestId('document-hearing')).toBeNull()
    await click('document-generate-confirm')
    expect(commands(calls, 'generate_document').map((c) => c.args.input)).toEqual([
      { kind: 'mediation_statement', caseId: 'case-1' },
    ])
    expect(dialogShown('document-generate-dialog')).toBe(true)
    expect(text('document-generate-error')).toContain('本案尚无调解书，不能生成调解书')
    expect(document.querySelector('.el-message--error')).toBeNull()
    expect(commands(calls, 'list_documents')).toHaveLength(1)
  })

  it('says the commission’s name is missing in the dialog', async () => {
    await open({
      generate_document: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'commission_name_missing',
          message: '请管理员先在「设置」中填写仲裁委员会名称，文书以此为抬头',
        })
      },
    })
    await click('document-generate-open')
    await chooseKind('撤回仲裁申请决定书')
    await click('document-generate-confirm')
    expect(text('document-generate-error')).toContain('请管理员先在「设置」中填写仲裁委员会名称')
    expect(document.querySelector('.el-message--error')).toBeNull()
    // A clerk cannot set it: no way to the settings.
    expect(byTestId('document-generate-settings')).toBeNull()
  })

  it('puts a party the core refuses under the party field', async () => {
    await open({
      generate_document: () => {
        throw appError({
          code: 'validation',
          reason: 'party_not_in_case',
          field: 'partyId',
          message: '请选择本案相应的当事人',
        })
      },
    })
    await click('document-generate-open')
    await chooseKind('应诉通知书')
    // The only respondent is taken.
    await click('document-generate-confirm')
    expect(byTestId('document-party')?.classList).toContain('is-error')
    expect(fieldErrors()).toEqual(['请选择本案相应的当事人'])
    expect(byTestId('document-generate-error')).toBeNull()
  })

  it('saves a copy through the save dialog with a suggested name', async () => {
    let answer: string | null = null
    const { calls } = await open({ save_document_as: () => answer })
    await click('document-save-1')
    expect(commands(calls, 'save_document_as')).toEqual([
      {
        cmd: 'save_document_as',
        args: { documentId: 'doc-1', suggestedName: `${CASE_NO}-受理通知书-${APPLICANT.name}` },
      },
    ])
    // Cancelled: nothing to say.
    expect(document.querySelector('.el-message')).toBeNull()

    answer = 'D:\\文书\\受理通知书.pdf'
    await click('document-save-0')
    expect(commands(calls, 'save_document_as')[1].args).toEqual({
      documentId: 'doc-2',
      suggestedName: `${CASE_NO}-开庭通知书-${RESPONDENT.name}`,
    })
    expect(successMessage()).toContain('已保存到 D:\\文书\\受理通知书.pdf')
  })

  it('saves a copy to a typed path when the save dialog is unavailable', async () => {
    const { calls } = await open({
      save_document: (args: Record<string, unknown>) => {
        if (String(args.path).startsWith('/proc')) {
          throw appError({
            code: 'validation',
            reason: 'write_failed',
            field: 'path',
            message: '无法写入该位置：Permission denied',
          })
        }
        return `${String(args.path)}.pdf`
      },
    })
    await click('document-save-path-1')
    expect(dialogShown('document-path-dialog')).toBe(true)
    await typeInto('document-path', '文书/受理通知书')
    await click('document-path-confirm')
    expect(fieldErrors()).toEqual(['请填写完整路径：以盘符（如 D:/）或 / 开头'])
    expect(commands(calls, 'save_document')).toEqual([])

    await typeInto('document-path', '/proc/受理通知书')
    await click('document-path-confirm')
    expect(fieldErrors()).toEqual(['无法写入该位置：Permission denied'])

    await typeInto('document-path', '/home/clerk/文书/受理通知书')
    await click('document-path-confirm')
    expect(commands(calls, 'save_document').map((c) => c.args)).toEqual([
      { documentId: 'doc-1', path: '/proc/受理通知书' },
      { documentId: 'doc-1', path: '/home/clerk/文书/受理通知书' },
    ])
    expect(dialogShown('document-path-dialog')).toBe(false)
    expect(successMessage()).toContain('已保存到 /home/clerk/文书/受理通知书.pdf')
  })

  it('speaks English', async () => {
    mockCore({ list_documents: [ACCEPTANCE] })
    await mountPage(CaseDocumentsTab, { user: CLERK, locale: 'en', props: { file: DOC_FILE } })
    expect(text('document-generate-open')).toBe('Generate document')
    // The title as issued (documents are in Chinese), and what it is in English.
    expect(rows()[0].querySelector('td')?.textContent).toContain('受理通知书')
    expect(rows()[0].querySelector('td')?.textContent).toContain('Notice of acceptance')
    expect(text('document-save-0')).toBe('Save as…')
  })
})

describe('the generate dialog', () => {
  it('shows an administrator the way to the settings when the name is missing', async () => {
    mockCore({
      generate_document: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'commission_name_missing',
          message: '请管理员先在「设置」中填写仲裁委员会名称，文书以此为抬头',
        })
      },
    })
    const { wrapper, router } = await mountPage(GenerateDocumentDialog, {
      user: ADMIN,
      route: '/cases/case-1',
      props: { modelValue: false, file: DOC_FILE, kind: 'mediation_statement' },
    })
    await wrapper.setProps({ modelValue: true })
    await click('document-generate-confirm')
    expect(text('document-generate-error')).toContain('仲裁委员会名称')
    await click('document-generate-settings')
    expect(router.currentRoute.value.name).toBe('settings')
  })
})

describe('the case file', () => {
  it('has a 文书 tab for accepted cases', async () => {
    const calls = mockCore({
      get_case: DOC_FILE,
      case_clock: () => {
        throw appError({ code: 'internal', message: '' })
      },
      list_documents: [ACCEPTANCE],
    })
    await mountPage(CaseFilePage, {
      user: CLERK,
      route: '/cases/case-1',
      props: { id: 'case-1' },
    })
    expect(text('case-tab-documents')).toBe('文书')
    expect(commands(calls, 'list_documents')).toEqual([])
    await click('case-tab-documents')
    expect(commands(calls, 'list_documents')).toEqual([
      { cmd: 'list_documents', args: { caseId: 'case-1' } },
    ])
    expect(rows()).toHaveLength(1)
  })
})
