// templates: Simplified Chinese messages (the administrators' document templates page).
const templatesZhCN = {
  intro:
    '文书按版式排版：公文版式用于各类通知书、决定书、调解书、裁决书和笔录，表格版式用于受理转办单和送达回证。可在此调整模板的抬头、字体、字号、页边距和固定文字。',
  loadFailed: '无法加载文书模板',
  layouts: {
    official: '公文版式',
    form: '表格版式',
  },
  serves: '适用文书',
  state: {
    default: '使用系统默认模板',
    modified: '已修改（{at}，{by}）',
    modifiedAt: '已修改（{at}）',
    modifiedPlain: '已修改',
  },
  unsaved: '有未保存的修改',
  editor: '模板（Typst 标记）',
  editorLabel: '{layout}模板',
  placeholders: {
    title: '可用数据',
    name: '字段',
    description: '说明',
    empty: '此版式没有可用的数据字段',
  },
  help: {
    title: '说明',
    markup:
      '模板用 Typst 标记语言编写。文书的数据以 d 传入模板，以 #d.字段名 引用，可用字段见上表。',
    preview:
      '修改后先点“预览”：以最近生成的一份该版式文书（尚无文书时为示例数据）排版，检查效果；模板有误时，编辑框下方会指出出错的行。',
    issued:
      '每份文书在生成时即按原样保存其 PDF。修改模板只影响此后新生成的文书，已生成的文书不会改变。',
    history: '每次保存和恢复默认都留有记录，原来的模板不会被删除。',
  },
  actions: {
    preview: '预览',
    save: '保存',
    reset: '恢复默认',
    discard: '放弃修改',
  },
  emptyBody: '模板不能为空；如需使用系统默认模板，请点击“恢复默认”',
  templateError: '文书模板有误：{detail}',
  previewTitle: '模板预览（草稿，未保存）：{layout}',
  previewHint: '以最近生成的一份该版式文书（尚无文书时为示例数据）排版，仅供查看，不登记、不保存。',
  saveTitle: '保存模板',
  saveText: '保存后新生成的文书将使用此模板，已生成的文书不受影响。',
  saved: '已保存{layout}模板，此后生成的文书将使用新模板',
  resetTitle: '恢复默认模板',
  resetText: '将{layout}模板恢复为系统默认模板。当前模板保留在修改记录中；已生成的文书不受影响。',
  resetTextUnsaved:
    '将{layout}模板恢复为系统默认模板，编辑框中未保存的修改将丢失。当前模板保留在修改记录中；已生成的文书不受影响。',
  resetDone: '已将{layout}模板恢复为系统默认模板',
  discardTitle: '放弃修改',
  discardText: '放弃编辑框中未保存的修改，恢复为当前使用的模板？',
  leaveTitle: '离开此页',
  leaveText: '文书模板有未保存的修改，离开后修改将丢失。确定离开？',
  leave: '离开',
  stay: '留在此页',
}

export default templatesZhCN
