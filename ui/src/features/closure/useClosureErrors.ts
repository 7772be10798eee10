import { useI18n } from 'vue-i18n'
import { formField } from '@/api/errors'
import type { AppError } from '@/bindings/AppError'
import { useErrorText } from '@/composables/useErrorText'
import { useFormErrors } from '@/composables/useFormErrors'

/**
 * Reasons of the closure commands that have a message under `closure.errors`. In
 * Chinese the core's own message is shown (it names the case, party or date concerned);
 * in English the translation.
 */
const CLOSURE_REASONS = new Set([
  'mediation_not_attempted',
  'no_agreement',
  'statement_pending',
  'statement_closed',
  'statement_not_found',
  'notice_not_served',
  'minimum_wage_missing',
  'case_not_in_group',
  'case_not_open',
  'already_recorded',
  'party_not_in_case',
  'amount_required',
  'hearing_not_in_case',
  'required',
])

/** `(error) => message` for the closure commands, in the UI language. */
export function useClosureErrorText(): (error: AppError) => string {
  const { t, locale } = useI18n()
  const errorText = useErrorText()
  return (error) => {
    const key =
      error.code === 'forbidden'
        ? 'forbidden'
        : CLOSURE_REASONS.has(error.reason)
          ? error.reason
          : null
    if (!key) return errorText(error)
    if (locale.value.startsWith('zh') && error.message.trim() !== '') return error.message
    return t(`closure.errors.${key}`)
  }
}

/** Reads `items.0.amount` out of a form. */
export function valueAt(root: unknown, path: string): unknown {
  let value: unknown = root
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/**
 * The field paths of a form with rows: the top-level fields, then `<rows>.<i>.<field>`
 * for every row up to `max` (the core names a row's field that way: `items.0.amount`).
 */
export function rowFields<F extends string>(
  top: readonly string[],
  rows: string,
  fields: readonly F[],
  max: number,
): string[] {
  const out = [...top]
  for (let i = 0; i < max; i += 1) for (const f of fields) out.push(`${rows}.${i}.${f}`)
  return out
}

/**
 * `useFormErrors` for a form whose fields may be nested paths (`items.0.amount`): a
 * server error lands under the row's field, and editing that field clears it. Messages
 * of the closure commands come from `useClosureErrorText`.
 */
export function useClosureFormErrors(form: object, fields: readonly string[]) {
  const view = Object.defineProperties(
    {},
    Object.fromEntries(
      fields.map((path) => [path, { enumerable: true, get: () => valueAt(form, path) }]),
    ),
  ) as Record<string, unknown>
  const base = useFormErrors(view, fields)
  const text = useClosureErrorText()

  function show(raw: unknown): AppError {
    const error = base.show(raw)
    const field = formField(error, fields)
    if (field && base.fieldErrors[field]) base.fieldErrors[field] = text(error)
    else base.formError.value = text(error)
    return error
  }

  /** The message under `path`, or empty. */
  const errorAt = (path: string): string => base.fieldErrors[path] ?? ''

  return { ...base, show, errorAt }
}
