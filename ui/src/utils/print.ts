/**
 * Printing a PDF from inside the webview. None of the three engines (WebKitGTK, WebView2,
 * WKWebView) can print a PDF handed to it as bytes, but each prints the page: so every
 * page of the PDF is drawn to an image, the images go into a container that is the only
 * thing shown in print (one image per A4 sheet, no margins: the PDF brings its own), and
 * the window's print dialog opens.
 */
import { renderPdfToImages } from './pdf'

const CONTAINER_CLASS = 'yt-print-pages'
const STYLE_ID = 'yt-print-style'

/**
 * In print, everything but the container is hidden: the app (`#app`) and whatever
 * Element teleported to the body (the preview dialog, messages). On screen the container
 * is never shown.
 */
const PRINT_CSS = `
.${CONTAINER_CLASS} { display: none; }
@media print {
  @page { size: A4; margin: 0; }
  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  body > *:not(.${CONTAINER_CLASS}) { display: none !important; }
  body > .${CONTAINER_CLASS} { display: block !important; }
  .${CONTAINER_CLASS} > div {
    width: 210mm;
    height: 297mm;
    overflow: hidden;
    break-after: page;
    page-break-after: always;
  }
  .${CONTAINER_CLASS} > div:last-child { break-after: auto; page-break-after: auto; }
  .${CONTAINER_CLASS} img { display: block; width: 100%; height: 100%; object-fit: contain; }
}
`

/** Removes what a previous print left (the container, and the print rules). */
export function clearPrintPages(): void {
  for (const old of document.querySelectorAll(`.${CONTAINER_CLASS}`)) old.remove()
  document.getElementById(STYLE_ID)?.remove()
}

async function decoded(image: HTMLImageElement): Promise<void> {
  try {
    await image.decode()
  } catch {
    // A page that cannot be decoded still prints as what the engine has.
  }
}

/**
 * Prints the PDF in `data` through the window's print dialog. Resolves once the dialog
 * was opened (and, where `print()` blocks, closed); rejects when the PDF cannot be
 * drawn. The print pages are removed after printing (`afterprint`), or at the latest
 * when the next print starts: some engines keep drawing pages after `print()` returns.
 */
export async function printPdf(data: ArrayBuffer): Promise<void> {
  const images = await renderPdfToImages(data)
  clearPrintPages()

  const style = document.createElement('style')
  style.id = STYLE_ID
  style.textContent = PRINT_CSS
  document.head.appendChild(style)

  const container = document.createElement('div')
  container.className = CONTAINER_CLASS
  container.setAttribute('aria-hidden', 'true')
  const loading: Promise<void>[] = []
  for (const src of images) {
    const sheet = document.createElement('div')
    const image = document.createElement('img')
    image.alt = ''
    image.src = src
    sheet.appendChild(image)
    container.appendChild(sheet)
    loading.push(decoded(image))
  }
  document.body.appendChild(container)
  await Promise.all(loading)

  window.addEventListener(
    'afterprint',
    () => {
      // Let the engine finish spooling the pages before they go.
      window.setTimeout(() => {
        if (container.isConnected) clearPrintPages()
      }, 1000)
    },
    { once: true },
  )
  window.print()
}
