import { beforeEach, describe, expect, it, vi } from 'vitest'
import DocumentPreviewDialog from '../DocumentPreviewDialog.vue'
import { appError, byTestId, click, mockCore, mountPage, settle, type Call } from '@/test/helpers'
import { CLERK } from '@/test/hearings'
import { fakePdf, pdfBytes, textOf } from '@/test/pdf'
import { loadPdf } from '@/utils/pdf'
import { printPdf } from '@/utils/print'

vi.mock('@/utils/pdf', () => ({ loadPdf: vi.fn(), renderPdfToImages: vi.fn() }))
vi.mock('@/utils/print', () => ({ printPdf: vi.fn() }))

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const successMessage = () => document.querySelector('.el-message--success')?.textContent ?? ''

const PDF = '%PDF-1.7 开庭通知书'

async function open(core: Record<string, unknown>, props: Record<string, unknown> = {}) {
  vi.mocked(loadPdf).mockResolvedValue(fakePdf(2))
  vi.mocked(printPdf).mockResolvedValue(undefined)
  const calls = mockCore({ read_document_pdf: () => pdfBytes(PDF), ...core })
  const mounted = await mountPage(DocumentPreviewDialog, {
    user: CLERK,
    route: '/cases/case-1',
    props: { visible: true, documentId: 'doc-2', title: '开庭通知书（送达赵丽）', ...props },
  })
  await settle()
  return { calls, ...mounted }
}

describe('the document preview', () => {
  beforeEach(() => {
    vi.clearAllMocks()
  })

  it('shows the stored PDF of the document, page by page', async () => {
    const { calls } = await open({})
    expect(commands(calls, 'read_document_pdf')).toEqual([
      { cmd: 'read_document_pdf', args: { documentId: 'doc-2' } },
    ])
    expect(
      document.querySelector('[data-testid="document-preview"] .el-dialog__title')?.textContent,
    ).toBe('开庭通知书（送达赵丽）')
    expect(vi.mocked(loadPdf).mock.calls.map(([data]) => textOf(data))).toEqual([PDF])
    expect(document.querySelectorAll('[data-testid="pdf-page"]')).toHaveLength(2)
    expect(byTestId('pdf-pages')?.dataset.pages).toBe('2')
    expect(text('preview-pages')).toBe('共 2 页')
  })

  it('prints the PDF as issued', async () => {
    await open({})
    await click('preview-print')
    expect(vi.mocked(printPdf).mock.calls.map(([data]) => textOf(data))).toEqual([PDF])
  })

  it('says when printing failed', async () => {
    await open({})
    vi.mocked(printPdf).mockRejectedValue(new Error('canvas'))
    await click('preview-print')
    expect(document.querySelector('.el-message--error')?.textContent).toContain('无法打印此文书')
  })

  it('saves a copy under the suggested name', async () => {
    let answer: string | null = null
    const { calls } = await open(
      { save_document_as: () => answer },
      { suggestedName: '庆劳人仲案字〔2025〕第42号-开庭通知书-赵丽' },
    )
    await click('preview-save')
    expect(commands(calls, 'save_document_as').map((call) => call.args)).toEqual([
      { documentId: 'doc-2', suggestedName: '庆劳人仲案字〔2025〕第42号-开庭通知书-赵丽' },
    ])
    // Cancelled: nothing to say.
    expect(document.querySelector('.el-message')).toBeNull()

    answer = '/home/clerk/开庭通知书.pdf'
    await click('preview-save')
    expect(successMessage()).toContain('已保存到 /home/clerk/开庭通知书.pdf')
  })

  it('says why the document cannot be read', async () => {
    const { calls } = await open({
      read_document_pdf: () => {
        throw appError({
          code: 'not_found',
          reason: 'document_not_found',
          message: '没有该文书',
        })
      },
    })
    expect(text('preview-error')).toContain('无法读取该文书')
    expect(text('preview-error')).toContain('没有该文书')
    expect(byTestId('pdf-pages')).toBeNull()
    expect(byTestId('preview-print')?.hasAttribute('disabled')).toBe(true)
    expect(vi.mocked(printPdf)).not.toHaveBeenCalled()
    expect(commands(calls, 'read_document_pdf')).toHaveLength(1)
  })

  it('reads nothing while closed, and the new document when reopened', async () => {
    const { calls, wrapper } = await open({}, { visible: false })
    expect(commands(calls, 'read_document_pdf')).toEqual([])
    await wrapper.setProps({ visible: true, documentId: 'doc-1' })
    await settle()
    expect(commands(calls, 'read_document_pdf').map((call) => call.args)).toEqual([
      { documentId: 'doc-1' },
    ])
    await click('preview-close')
    expect(wrapper.emitted('update:visible')).toEqual([[false]])
  })
})
