import { nextTick, reactive, ref, watch } from 'vue'
import type { AppError } from '@/bindings/AppError'
import { formField, toAppError } from '@/api/errors'
import { useErrorText } from './useErrorText'

/** Reasons about the account as a whole: always shown above the button, never under a field. */
const FORM_LEVEL_REASONS = new Set([
  'bad_credentials',
  'account_locked',
  'account_pending',
  'account_disabled',
  'forbidden',
])

/**
 * Server errors for a form: an error whose `field` names one of the form's fields goes
 * under that field (`fieldErrors`, bound to `el-form-item :error`); any other goes to
 * `formError` (shown in an `el-alert`). Editing a field clears its server error.
 */
export function useFormErrors<F extends string>(
  model: Record<F, unknown>,
  fields: readonly F[],
  aliases: Record<string, F> = {},
) {
  const errorText = useErrorText()
  const fieldErrors = reactive(Object.fromEntries(fields.map((f) => [f, '']))) as Record<F, string>
  const formError = ref('')

  for (const field of fields) {
    watch(
      () => model[field],
      () => {
        fieldErrors[field] = ''
      },
    )
  }

  /** Clears every server error; await it before submitting again. */
  async function clear(): Promise<void> {
    for (const field of fields) fieldErrors[field] = ''
    formError.value = ''
    await nextTick()
  }

  function show(raw: unknown): AppError {
    const error = toAppError(raw)
    const message = errorText(error)
    const placeable =
      (error.code === 'validation' || error.code === 'conflict') &&
      !FORM_LEVEL_REASONS.has(error.reason)
    const field = placeable ? formField(error, fields, aliases) : null
    if (field) fieldErrors[field as F] = message
    else formError.value = message
    return error
  }

  return { fieldErrors, formError, clear, show }
}
