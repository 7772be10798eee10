import { useI18n } from 'vue-i18n'
import { formField } from '@/api/errors'
import type { AppError } from '@/bindings/AppError'
import { useErrorText } from '@/composables/useErrorText'
import { useFormErrors } from '@/composables/useFormErrors'

/**
 * Reasons of the document commands that have a message under `documents.errors`. In
 * Chinese the core's own message is shown (it says what a document is still missing,
 * which font or template line is at fault, why a path cannot be written); in English
 * the translation.
 */
const DOCUMENT_REASONS = new Set([
  'commission_name_missing',
  'commission_name',
  'document_not_available',
  'document_not_found',
  'no_cjk_font',
  'template_error',
  'party_not_in_case',
  'hearing_not_in_case',
  'write_failed',
  'required',
])

/** `(error) => message` for the document commands, in the UI language. */
export function useDocumentErrorText(): (error: AppError) => string {
  const { t, locale } = useI18n()
  const errorText = useErrorText()
  return (error) => {
    const key =
      error.code === 'forbidden'
        ? 'forbidden'
        : DOCUMENT_REASONS.has(error.reason)
          ? error.reason
          : null
    if (!key) return errorText(error)
    if (locale.value.startsWith('zh') && error.message.trim() !== '') return error.message
    return t(`documents.errors.${key}`)
  }
}

/**
 * `useFormErrors` with the messages of `useDocumentErrorText`: a field error of the core
 * (`partyId`, `hearingId`, `path`, `name`) goes under its field, anything else to
 * `formError`.
 */
export function useDocumentFormErrors<F extends string>(
  model: Record<F, unknown>,
  fields: readonly F[],
) {
  const base = useFormErrors(model, fields)
  const text = useDocumentErrorText()

  function show(raw: unknown): AppError {
    const error = base.show(raw)
    const field = formField(error, fields) as F | null
    if (field && base.fieldErrors[field]) base.fieldErrors[field] = text(error)
    else base.formError.value = text(error)
    return error
  }

  return { ...base, show }
}
