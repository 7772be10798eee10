/**
 * PDF fixtures for component tests. pdf.js cannot draw under happy-dom, so specs mock
 * `@/utils/pdf` (`vi.mock('@/utils/pdf')`) and let `loadPdf` answer a `fakePdf`.
 */
import { vi } from 'vitest'
import type { PdfHandle } from '@/utils/pdf'

/** Bytes standing in for a PDF (the fake never parses them). */
export function pdfBytes(text = '%PDF-1.7 受理通知书'): ArrayBuffer {
  const bytes = new TextEncoder().encode(text)
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

/** The text `pdfBytes` was made from. */
export function textOf(data: ArrayBuffer): string {
  return new TextDecoder().decode(new Uint8Array(data))
}

/**
 * An open PDF of `pages` pages whose drawing marks each canvas with
 * `data-drawn="<page>@<width>x<ratio>"`.
 */
export function fakePdf(pages: number) {
  const handle = {
    pageCount: pages,
    renderPage: vi.fn(async (page: number, canvas: HTMLCanvasElement, width: number, ratio = 1) => {
      canvas.setAttribute('data-drawn', `${page}@${width}x${ratio}`)
      return true
    }),
    cancelRendering: vi.fn(),
    destroy: vi.fn(async () => undefined),
  }
  return handle satisfies PdfHandle
}
