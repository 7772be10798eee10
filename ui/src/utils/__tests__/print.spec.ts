import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearPrintPages, printPdf } from '../print'
import { renderPdfToImages } from '../pdf'
import { pdfBytes, textOf } from '@/test/pdf'

vi.mock('@/utils/pdf', () => ({ loadPdf: vi.fn(), renderPdfToImages: vi.fn() }))

const PAGES = ['data:image/png;base64,AAAA', 'data:image/png;base64,BBBB']
/** happy-dom has no `window.print`: a mock in its place. */
function stubPrint(impl: () => void) {
  const print = vi.fn(impl)
  Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true })
  return print
}

const container = () => document.querySelector<HTMLElement>('.yt-print-pages')

describe('printPdf', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    vi.mocked(renderPdfToImages).mockResolvedValue(PAGES)
    const app = document.createElement('div')
    app.id = 'app'
    document.body.appendChild(app)
  })

  afterEach(() => {
    clearPrintPages()
    vi.useRealTimers()
  })

  it('prints one image per page, with only them shown in print', async () => {
    const seen: { images: string[]; css: string; last: boolean }[] = []
    const print = stubPrint(() => {
      seen.push({
        images: [...(container()?.querySelectorAll('img') ?? [])].map((img) => img.src),
        css: document.getElementById('yt-print-style')?.textContent ?? '',
        last: document.body.lastElementChild === container(),
      })
    })
    await printPdf(pdfBytes('%PDF 裁决书'))

    expect(vi.mocked(renderPdfToImages).mock.calls.map(([data]) => textOf(data))).toEqual([
      '%PDF 裁决书',
    ])
    expect(print).toHaveBeenCalledTimes(1)
    expect(seen).toHaveLength(1)
    expect(seen[0].images).toEqual(PAGES)
    expect(seen[0].last).toBe(true)
    expect(seen[0].css).toContain('@page { size: A4; margin: 0; }')
    expect(seen[0].css).toContain('body > *:not(.yt-print-pages) { display: none !important; }')
    expect(seen[0].css).toContain('page-break-after: always')
    // Each page on its own A4 sheet.
    expect(container()?.children).toHaveLength(2)
  })

  it('removes the print pages after printing', async () => {
    stubPrint(() => undefined)
    vi.useFakeTimers()
    await printPdf(pdfBytes())
    expect(container()).not.toBeNull()
    window.dispatchEvent(new Event('afterprint'))
    vi.advanceTimersByTime(1000)
    expect(container()).toBeNull()
    expect(document.getElementById('yt-print-style')).toBeNull()
    expect(document.getElementById('app')).not.toBeNull()
  })

  it('leaves at most one set of print pages behind', async () => {
    stubPrint(() => undefined)
    await printPdf(pdfBytes())
    await printPdf(pdfBytes())
    expect(document.querySelectorAll('.yt-print-pages')).toHaveLength(1)
    expect(document.querySelectorAll('#yt-print-style')).toHaveLength(1)
  })

  it('does not open the print dialog when the PDF cannot be drawn', async () => {
    const print = stubPrint(() => undefined)
    vi.mocked(renderPdfToImages).mockRejectedValue(new Error('Invalid PDF structure.'))
    await expect(printPdf(pdfBytes('x'))).rejects.toThrow('Invalid PDF structure.')
    expect(print).not.toHaveBeenCalled()
    expect(container()).toBeNull()
  })
})
