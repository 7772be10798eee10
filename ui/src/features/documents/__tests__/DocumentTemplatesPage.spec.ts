import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { RouterView, createMemoryHistory, createRouter } from 'vue-router'
import DocumentTemplatesPage from '../DocumentTemplatesPage.vue'
import { ADMIN, appError, byTestId, click, mockCore, settle, type Call } from '@/test/helpers'
import { fakePdf, pdfBytes, textOf } from '@/test/pdf'
import { createAppI18n, type AppLocale } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { loadPdf } from '@/utils/pdf'
import type { DocumentTemplate } from '@/bindings/DocumentTemplate'
import type { TemplateInput } from '@/bindings/TemplateInput'

vi.mock('@/utils/pdf', () => ({ loadPdf: vi.fn(), renderPdfToImages: vi.fn() }))

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const editor = () => byTestId<HTMLTextAreaElement>('template-editor')!
const successMessage = () => document.querySelector('.el-message--success')?.textContent ?? ''
const messageBox = () => document.querySelector('.el-message-box')?.textContent ?? ''
const confirmBox = () =>
  click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)
const cancelBox = () =>
  click(
    document.querySelector<HTMLElement>(
      '.el-message-box__btns .el-button:not(.el-button--primary)',
    )!,
  )
const placeholders = () =>
  [...byTestId('template-placeholders')!.querySelectorAll('.el-table__body tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  )
const dialogShown = (testId: string) => {
  const dialog = byTestId(testId)
  return dialog !== null && dialog.closest<HTMLElement>('.el-overlay')?.style.display !== 'none'
}
const disabled = (testId: string) => byTestId(testId)?.hasAttribute('disabled') ?? false

async function edit(body: string): Promise<void> {
  editor().value = body
  editor().dispatchEvent(new Event('input', { bubbles: true }))
  await flushPromises()
}

const OFFICIAL_BODY = '#set page(paper: "a4")\n#align(center)[#d.commission]\n#d.body'
const FORM_DEFAULT = '#set page(paper: "a4")\n#table(columns: 4)[#d.intakeNo]'
const FORM_BODY = `${FORM_DEFAULT}\n// 加盖公章处`

const OFFICIAL: DocumentTemplate = {
  layout: 'official',
  kinds: ['acceptance_notice', 'hearing_notice', 'mediation_statement', 'minutes'],
  body: OFFICIAL_BODY,
  isDefault: true,
  defaultBody: OFFICIAL_BODY,
  updatedAt: null,
  updatedByName: null,
  placeholders: [
    { name: 'commission', description: '仲裁委员会名称（抬头）' },
    { name: 'docNo', description: '文号' },
    { name: 'body', description: '正文段落' },
  ],
}

const FORM: DocumentTemplate = {
  layout: 'form',
  kinds: ['service_receipt', 'intake_transfer'],
  body: FORM_BODY,
  isDefault: false,
  defaultBody: FORM_DEFAULT,
  updatedAt: '2025-11-01T02:00:00Z',
  updatedByName: '王管理',
  placeholders: [{ name: 'intakeNo', description: '转办单编号' }],
}

const TEMPLATE_ERROR = appError({
  code: 'validation',
  reason: 'template_error',
  field: 'template',
  message: '文书模板有误：第 3 行：unknown variable: bdy',
})

/**
 * Mounts the page under a `<router-view>` (its leave guard needs a route record), at
 * `/templates`, with `/workbench` to leave for.
 */
async function open(core: Record<string, unknown> = {}, locale: AppLocale = 'zh-CN') {
  const calls = mockCore({ list_document_templates: [OFFICIAL, FORM], ...core })
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore()
  session.user = ADMIN
  session.ready = true
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/templates', component: DocumentTemplatesPage },
      { path: '/workbench', component: defineComponent({ render: () => h('div') }) },
    ],
  })
  await router.push('/templates')
  await router.isReady()
  mount(RouterView, {
    attachTo: document.body,
    global: { plugins: [pinia, createAppI18n(locale), router] },
  })
  await settle()
  return { calls, router }
}

describe('the document templates page', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    vi.mocked(loadPdf).mockResolvedValue(fakePdf(2))
  })

  it('shows each layout’s template, what it serves and the data it may use', async () => {
    const { calls } = await open()
    expect(commands(calls, 'list_document_templates')).toHaveLength(1)
    expect(text('template-layout-official')).toBe('公文版式')
    expect(text('template-layout-form')).toBe('表格版式')
    expect(
      [...byTestId('template-kinds')!.querySelectorAll('.el-tag')].map((tag) =>
        tag.textContent?.trim(),
      ),
    ).toEqual(['受理通知书', '开庭通知书', '调解书', '庭审笔录'])
    expect(text('template-state')).toBe('使用系统默认模板')
    expect(editor().value).toBe(OFFICIAL_BODY)
    expect(editor().closest('.el-textarea')?.classList).toContain('document-templates__code')
    expect(placeholders()).toEqual([
      ['d.commission', '仲裁委员会名称（抬头）'],
      ['d.docNo', '文号'],
      ['d.body', '正文段落'],
    ])
    expect(text('template-help')).toContain('Typst')
    expect(text('template-help')).toContain('#d.字段名')
    expect(text('template-help')).toContain('已生成的文书不会改变')
    // Nothing changed yet: nothing to save, discard or reset.
    expect(disabled('template-save')).toBe(true)
    expect(disabled('template-discard')).toBe(true)
    expect(disabled('template-reset')).toBe(true)

    await click('template-layout-form')
    expect(text('template-state')).toBe('已修改（2025-11-01 10:00，王管理）')
    expect(editor().value).toBe(FORM_BODY)
    expect(placeholders()).toEqual([['d.intakeNo', '转办单编号']])
    expect(disabled('template-reset')).toBe(false)
  })

  it('typesets the draft for preview without saving it', async () => {
    const { calls } = await open({
      preview_document_template: () => pdfBytes('%PDF 草稿'),
    })
    await edit(`${OFFICIAL_BODY}\n#d.docNo`)
    expect(text('template-unsaved')).toBe('有未保存的修改')
    await click('template-preview')
    expect(commands(calls, 'preview_document_template')).toEqual([
      {
        cmd: 'preview_document_template',
        args: {
          input: { layout: 'official', body: `${OFFICIAL_BODY}\n#d.docNo` } satisfies TemplateInput,
        },
      },
    ])
    expect(dialogShown('template-preview-dialog')).toBe(true)
    expect(text('template-preview-dialog')).toContain('模板预览（草稿，未保存）：公文版式')
    expect(vi.mocked(loadPdf).mock.calls.map(([data]) => textOf(data))).toEqual(['%PDF 草稿'])
    expect(byTestId('pdf-pages')?.dataset.pages).toBe('2')
    expect(commands(calls, 'save_document_template')).toEqual([])
    expect(editor().value).toBe(`${OFFICIAL_BODY}\n#d.docNo`)
  })

  it('shows a template error with its line under the editor and keeps the draft', async () => {
    await open({
      preview_document_template: () => {
        throw TEMPLATE_ERROR
      },
    })
    const broken = OFFICIAL_BODY.replace('#d.body', '#d.bdy')
    await edit(broken)
    await click('template-preview')
    expect(text('template-error')).toBe('文书模板有误：第 3 行：unknown variable: bdy')
    expect(byTestId('template-error')?.classList).toContain('el-alert--error')
    expect(dialogShown('template-preview-dialog')).toBe(false)
    expect(editor().value).toBe(broken)
    expect(document.querySelector('.el-message--error')).toBeNull()
  })

  it('saves after the administrator confirms, and says so', async () => {
    const edited = `${OFFICIAL_BODY}\n#v(2em)`
    const { calls } = await open({
      save_document_template: (args: Record<string, unknown>) => ({
        ...OFFICIAL,
        body: (args.input as TemplateInput).body,
        isDefault: false,
        updatedAt: '2025-11-20T06:30:00Z',
        updatedByName: ADMIN.displayName,
      }),
    })
    await edit(edited)
    await click('template-save')
    expect(messageBox()).toContain('保存后新生成的文书将使用此模板，已生成的文书不受影响')
    await cancelBox()
    expect(commands(calls, 'save_document_template')).toEqual([])

    await click('template-save')
    await confirmBox()
    expect(commands(calls, 'save_document_template')).toEqual([
      {
        cmd: 'save_document_template',
        args: { input: { layout: 'official', body: edited } satisfies TemplateInput },
      },
    ])
    expect(successMessage()).toContain('已保存公文版式模板')
    expect(text('template-state')).toBe('已修改（2025-11-20 14:30，王管理）')
    expect(byTestId('template-unsaved')).toBeNull()
    expect(disabled('template-save')).toBe(true)
    expect(editor().value).toBe(edited)
  })

  it('keeps the draft when the core refuses a broken template', async () => {
    const { calls } = await open({
      save_document_template: () => {
        throw TEMPLATE_ERROR
      },
    })
    await edit('#d.bdy')
    await click('template-save')
    await confirmBox()
    expect(commands(calls, 'save_document_template')).toHaveLength(1)
    expect(text('template-error')).toContain('第 3 行')
    expect(editor().value).toBe('#d.bdy')
    expect(text('template-state')).toBe('使用系统默认模板')
    expect(text('template-unsaved')).toBe('有未保存的修改')
  })

  it('does not send an empty template', async () => {
    const { calls } = await open({ preview_document_template: () => pdfBytes() })
    await edit('  \n')
    await click('template-preview')
    expect(text('template-error')).toContain('模板不能为空')
    expect(commands(calls, 'preview_document_template')).toEqual([])
  })

  it('restores the default template after confirmation', async () => {
    const { calls } = await open({
      reset_document_template: () => ({
        ...FORM,
        body: FORM_DEFAULT,
        isDefault: true,
        updatedAt: '2025-11-21T01:00:00Z',
      }),
    })
    await click('template-layout-form')
    await click('template-reset')
    expect(messageBox()).toContain('将表格版式模板恢复为系统默认模板')
    expect(messageBox()).toContain('已生成的文书不受影响')
    await confirmBox()
    expect(commands(calls, 'reset_document_template')).toEqual([
      { cmd: 'reset_document_template', args: { layout: 'form' } },
    ])
    expect(editor().value).toBe(FORM_DEFAULT)
    expect(text('template-state')).toBe('使用系统默认模板')
    expect(successMessage()).toContain('已将表格版式模板恢复为系统默认模板')
  })

  it('discards the changes, keeping a draft per layout until then', async () => {
    await open()
    await edit('#d.commission')
    await click('template-layout-form')
    expect(editor().value).toBe(FORM_BODY)
    expect(
      byTestId('template-layout-official')?.querySelector('.document-templates__dot'),
    ).not.toBeNull()
    await click('template-layout-official')
    expect(editor().value).toBe('#d.commission')

    await click('template-discard')
    expect(messageBox()).toContain('放弃编辑框中未保存的修改')
    await confirmBox()
    expect(editor().value).toBe(OFFICIAL_BODY)
    expect(byTestId('template-unsaved')).toBeNull()
  })

  it('introduces the core’s template error in English', async () => {
    await open(
      {
        preview_document_template: () => {
          throw TEMPLATE_ERROR
        },
      },
      'en',
    )
    expect(text('template-layout-official')).toBe('Official layout')
    expect(text('template-state')).toBe('The system default template is in use')
    await click('template-preview')
    expect(text('template-error')).toBe(
      'The template has an error: 文书模板有误：第 3 行：unknown variable: bdy',
    )
  })

  it('shows why the templates cannot be loaded', async () => {
    await open({
      list_document_templates: () => {
        throw appError({ code: 'forbidden', message: '仅管理员可以修改文书模板' })
      },
    })
    expect(document.body.textContent).toContain('无法加载文书模板')
    expect(byTestId('template-editor')).toBeNull()
  })
})

describe('leaving the document templates page', () => {
  it('asks first when there are unsaved changes', async () => {
    const { router } = await open()
    await edit('#d.docNo')
    void router.push('/workbench')
    await settle()
    expect(messageBox()).toContain('文书模板有未保存的修改，离开后修改将丢失')
    await cancelBox()
    expect(router.currentRoute.value.path).toBe('/templates')

    void router.push('/workbench')
    await settle()
    await confirmBox()
    expect(router.currentRoute.value.path).toBe('/workbench')
  })

  it('lets the administrator go when nothing is unsaved', async () => {
    const { router } = await open()
    await router.push('/workbench')
    await settle()
    expect(document.querySelector('.el-message-box')).toBeNull()
    expect(router.currentRoute.value.path).toBe('/workbench')
  })
})
