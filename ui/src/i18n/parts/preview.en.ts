// preview: English messages; exactly the keys of preview.zh-CN.ts.
import type zh from './preview.zh-CN'

const previewEn: typeof zh = {
  open: 'Preview',
  openTitle: 'View the PDF as issued and recorded; print it or save a copy',
  titleTo: '{title} (to {addressee})',
  loading: 'Reading the document…',
  loadFailed: 'Could not read the document',
  pages: '{count} page(s)',
  print: 'Print',
  printTitle:
    'Print the document as issued (A4); in the print dialog choose “Actual size” or 100% scale',
  printing: 'Preparing to print…',
  printFailed: 'Could not print this document; save it as a PDF and print it from another program',
  saveAs: 'Save as PDF',
  close: 'Close',
  pdf: {
    loading: 'Showing the document…',
    unreadable:
      'This PDF cannot be shown; the file may be damaged. Save it as a PDF and open it in another reader.',
  },
}

export default previewEn
