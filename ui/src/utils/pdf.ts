/**
 * The one place that talks to pdf.js: open a PDF, draw a page into a canvas, draw every
 * page to PNG for printing. Components import these functions (and tests mock this
 * module: pdf.js cannot render under happy-dom).
 *
 * The legacy build is used on purpose: the modern one relies on very recent JavaScript
 * (`Promise.withResolvers`, `Map.prototype.getOrInsertComputed` …) that the WebKitGTK and
 * WKWebView versions we support (see `build.target` in vite.config.ts) may lack. pdf.js is
 * loaded on first use, so it is not part of any page's start-up script.
 */
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let library: Promise<PdfJs> | null = null

function pdfjs(): Promise<PdfJs> {
  library ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl
    return lib
  })
  // A failed chunk load may succeed on the next attempt.
  library.catch(() => {
    library = null
  })
  return library
}

/** An open PDF. */
export interface PdfHandle {
  readonly pageCount: number
  /**
   * Draws page `pageNumber` (1-based) into `canvas`, `cssWidth` CSS pixels wide and sharp
   * at `pixelRatio` device pixels per CSS pixel. Resolves `false` when the drawing was
   * cancelled by `cancelRendering`.
   */
  renderPage(
    pageNumber: number,
    canvas: HTMLCanvasElement,
    cssWidth: number,
    pixelRatio?: number,
  ): Promise<boolean>
  /** Stops every drawing in progress. */
  cancelRendering(): void
  /** Frees the document (and its worker's memory). */
  destroy(): Promise<void>
}

function isCancelled(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'RenderingCancelledException'
  )
}

/** Opens a copy of `data` (pdf.js hands its input over to the worker, detaching it). */
async function open(data: ArrayBuffer): Promise<PDFDocumentProxy> {
  const lib = await pdfjs()
  return lib.getDocument({
    data: new Uint8Array(data.slice(0)),
    // The app's Content-Security-Policy has no 'unsafe-eval'.
    isEvalSupported: false,
  }).promise
}

/**
 * Draws `page` into `canvas` at `scale` (1 = 72 dpi), with `pixelRatio` device pixels
 * per CSS pixel; tracked in `running` so that it can be cancelled.
 */
async function draw(
  page: PDFPageProxy,
  canvas: HTMLCanvasElement,
  scale: number,
  pixelRatio: number,
  running: Set<RenderTask>,
): Promise<boolean> {
  const viewport = page.getViewport({ scale: scale * pixelRatio })
  const css = page.getViewport({ scale })
  canvas.width = Math.floor(viewport.width)
  canvas.height = Math.floor(viewport.height)
  canvas.style.width = `${Math.floor(css.width)}px`
  canvas.style.height = `${Math.floor(css.height)}px`
  const render = page.render({ canvas, viewport })
  running.add(render)
  try {
    await render.promise
    return true
  } catch (error) {
    if (isCancelled(error)) return false
    throw error
  } finally {
    running.delete(render)
  }
}

/**
 * Opens the PDF in `data`; the caller's buffer stays intact (it is still needed for
 * printing or saving). Rejects when the bytes are not a readable PDF.
 */
export async function loadPdf(data: ArrayBuffer): Promise<PdfHandle> {
  const doc = await open(data)
  const running = new Set<RenderTask>()
  const cancelRendering = () => {
    for (const render of running) render.cancel()
    running.clear()
  }
  return {
    pageCount: doc.numPages,
    async renderPage(pageNumber, canvas, cssWidth, pixelRatio = 1) {
      const page = await doc.getPage(pageNumber)
      const scale = cssWidth / page.getViewport({ scale: 1 }).width
      return draw(page, canvas, scale, pixelRatio, running)
    },
    cancelRendering,
    async destroy() {
      cancelRendering()
      await doc.destroy()
    },
  }
}

/** Points per inch: PDF page sizes are in points. */
const POINTS_PER_INCH = 72

/**
 * Every page of the PDF in `data` as a PNG data URL at `dpi` dots per inch (150 prints
 * text cleanly on an office printer and keeps a long 笔录 within memory).
 */
export async function renderPdfToImages(data: ArrayBuffer, dpi = 150): Promise<string[]> {
  const doc = await open(data)
  const running = new Set<RenderTask>()
  try {
    const images: string[] = []
    const canvas = document.createElement('canvas')
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n)
      await draw(page, canvas, dpi / POINTS_PER_INCH, 1, running)
      images.push(canvas.toDataURL('image/png'))
      page.cleanup()
    }
    return images
  } finally {
    await doc.destroy()
  }
}
