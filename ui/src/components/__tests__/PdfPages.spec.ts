import { beforeEach, describe, expect, it, vi } from 'vitest'
import PdfPages from '../PdfPages.vue'
import { byTestId, mountPage, settle } from '@/test/helpers'
import { fakePdf, pdfBytes, textOf } from '@/test/pdf'
import { loadPdf } from '@/utils/pdf'

vi.mock('@/utils/pdf', () => ({ loadPdf: vi.fn(), renderPdfToImages: vi.fn() }))

const pages = () => [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="pdf-page"]')]
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

describe('PdfPages', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    Object.defineProperty(window, 'devicePixelRatio', { value: 2, configurable: true })
  })

  it('draws every page, sharp on the screen, and says how many once done', async () => {
    const pdf = fakePdf(3)
    vi.mocked(loadPdf).mockResolvedValue(pdf)
    const { wrapper } = await mountPage(PdfPages, { props: { data: pdfBytes() } })
    await settle()

    expect(vi.mocked(loadPdf).mock.calls.map(([data]) => textOf(data))).toEqual([
      '%PDF-1.7 受理通知书',
    ])
    expect(pages()).toHaveLength(3)
    // No layout under happy-dom: an A4 page at 96 dpi, twice as many device pixels.
    expect(pages().map((canvas) => canvas.dataset.drawn)).toEqual(['1@794x2', '2@794x2', '3@794x2'])
    expect(byTestId('pdf-pages')?.dataset.pages).toBe('3')
    expect(wrapper.emitted('rendered')).toEqual([[3]])
    expect(byTestId('pdf-error')).toBeNull()
  })

  it('gives the page count only once the last page is drawn', async () => {
    const pdf = fakePdf(2)
    let release: () => void = () => undefined
    const drawn = pdf.renderPage.getMockImplementation()!
    pdf.renderPage.mockImplementation(async (page, canvas, width, ratio) => {
      if (page === 2) await new Promise<void>((resolve) => (release = resolve))
      return drawn(page, canvas, width, ratio)
    })
    vi.mocked(loadPdf).mockResolvedValue(pdf)
    const { wrapper } = await mountPage(PdfPages, { props: { data: pdfBytes() } })
    await settle()
    expect(pages()).toHaveLength(2)
    expect(pages()[0].dataset.drawn).toBe('1@794x2')
    expect(byTestId('pdf-pages')?.hasAttribute('data-pages')).toBe(false)
    expect(wrapper.emitted('rendered')).toBeUndefined()

    release()
    await settle()
    expect(byTestId('pdf-pages')?.dataset.pages).toBe('2')
    expect(wrapper.emitted('rendered')).toEqual([[2]])
  })

  it('says so when the PDF cannot be read', async () => {
    vi.mocked(loadPdf).mockRejectedValue(new Error('Invalid PDF structure.'))
    const { wrapper } = await mountPage(PdfPages, { props: { data: pdfBytes('not a pdf') } })
    await settle()

    expect(text('pdf-error')).toContain('无法显示此 PDF')
    expect(pages()).toHaveLength(0)
    expect(byTestId('pdf-pages')?.hasAttribute('data-pages')).toBe(false)
    expect(wrapper.emitted('rendered')).toBeUndefined()
  })

  it('shows the next PDF in place of the last, and nothing without one', async () => {
    const first = fakePdf(2)
    const second = fakePdf(1)
    vi.mocked(loadPdf).mockResolvedValueOnce(first).mockResolvedValueOnce(second)
    const { wrapper } = await mountPage(PdfPages, { props: { data: pdfBytes('a') } })
    await settle()
    expect(pages()).toHaveLength(2)

    await wrapper.setProps({ data: pdfBytes('b') })
    await settle()
    expect(first.destroy).toHaveBeenCalled()
    expect(pages()).toHaveLength(1)
    expect(byTestId('pdf-pages')?.dataset.pages).toBe('1')

    await wrapper.setProps({ data: null })
    await settle()
    expect(second.destroy).toHaveBeenCalled()
    expect(pages()).toHaveLength(0)
    expect(byTestId('pdf-pages')?.hasAttribute('data-pages')).toBe(false)
    expect(wrapper.emitted('rendered')).toEqual([[2], [1]])
  })
})
