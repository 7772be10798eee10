import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { api } from '@/api/client'
import { toAppError } from '@/api/errors'
import type { DocumentRecord } from '@/bindings/DocumentRecord'
import { useDocumentErrorText } from './useDocumentErrors'

/** The parts of a `DocumentsTable` row that carry a test id. */
export type DocumentTestIdPart = 'hash' | 'copy' | 'size' | 'preview' | 'save' | 'save-path'

/**
 * What can be done with a generated document: preview it, save a copy through the native
 * dialog or to a typed path, copy its hash. The state and the dialogs stay with the page,
 * not with `DocumentsTable`: a case without documents has no table, yet the first document
 * generated opens in the preview at once.
 */
export function useDocumentActions(options: {
  /** The file name offered when a copy is saved. */
  nameOf: (doc: DocumentRecord) => string
  /** The preview's title; the document's title when absent. */
  titleOf?: (doc: DocumentRecord) => string
}) {
  const { t } = useI18n()
  const documentError = useDocumentErrorText()
  const titleOf = options.titleOf ?? ((doc: DocumentRecord) => doc.title)

  /** Ids of the documents being saved through the native dialog. */
  const saving = reactive(new Set<string>())

  // 预览
  const previewOpen = ref(false)
  const previewed = ref<DocumentRecord | null>(null)
  /** The props of `DocumentPreviewDialog` besides `visible`. */
  const previewDialog = computed(() => {
    const doc = previewed.value
    return {
      documentId: doc?.id ?? null,
      title: doc ? titleOf(doc) : '',
      suggestedName: doc ? options.nameOf(doc) : '',
    }
  })

  function preview(doc: DocumentRecord): void {
    previewed.value = doc
    previewOpen.value = true
  }

  // 另存为
  async function saveAs(doc: DocumentRecord): Promise<void> {
    if (saving.has(doc.id)) return
    saving.add(doc.id)
    try {
      const path = await api.saveDocumentAs(doc.id, options.nameOf(doc))
      if (path !== null) ElMessage.success(t('documents.saved', { path }))
    } catch (raw) {
      ElMessage.error(documentError(toAppError(raw)))
    } finally {
      saving.delete(doc.id)
    }
  }

  // 保存到路径: the fallback where the native dialog cannot open.
  const pathOpen = ref(false)
  const pathDocument = ref<DocumentRecord | null>(null)
  /** The props of `SavePathDialog` besides `modelValue`. */
  const pathDialog = computed(() => ({
    document: pathDocument.value,
    suggestedName: pathDocument.value ? options.nameOf(pathDocument.value) : '',
  }))

  function saveToPath(doc: DocumentRecord): void {
    pathDocument.value = doc
    pathOpen.value = true
  }

  function onSavedToPath(path: string): void {
    ElMessage.success(t('documents.saved', { path }))
  }

  async function copyHash(doc: DocumentRecord): Promise<void> {
    try {
      await navigator.clipboard.writeText(doc.contentSha256)
      ElMessage.success(t('documents.copied'))
    } catch {
      ElMessage.warning(t('documents.copyFailed'))
    }
  }

  return {
    saving,
    preview,
    saveAs,
    saveToPath,
    copyHash,
    previewOpen,
    previewDialog,
    pathOpen,
    pathDialog,
    onSavedToPath,
  }
}

export type DocumentActions = ReturnType<typeof useDocumentActions>
