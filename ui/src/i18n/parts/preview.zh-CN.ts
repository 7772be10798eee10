// preview: Simplified Chinese messages (the PDF preview and printing of documents).
const previewZhCN = {
  open: '预览',
  openTitle: '查看登记在案的 PDF 原件，可打印或另存',
  titleTo: '{title}（送达{addressee}）',
  loading: '正在读取文书…',
  loadFailed: '无法读取该文书',
  pages: '共 {count} 页',
  print: '打印',
  printTitle: '按文书原样打印（A4）；打印对话框中请选择“实际大小”或 100% 缩放',
  printing: '正在准备打印…',
  printFailed: '无法打印此文书，请另存为 PDF 后用其他软件打印',
  saveAs: '另存为 PDF',
  close: '关闭',
  pdf: {
    loading: '正在显示文书…',
    unreadable: '无法显示此 PDF，文件可能已损坏。可另存为 PDF 后用其他阅读器查看。',
  },
}

export default previewZhCN
