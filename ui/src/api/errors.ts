import type { AppError } from '@/bindings/AppError'
import type { ErrorCode } from '@/bindings/ErrorCode'

export const ERROR_CODES: readonly ErrorCode[] = [
  'validation',
  'not_found',
  'conflict',
  'forbidden',
  'unauthenticated',
  'account_locked',
  'precondition_failed',
  'incompatible_database',
  'storage',
  'internal',
]

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    isErrorCode(v.code) &&
    typeof v.message === 'string' &&
    (v.reason === undefined || typeof v.reason === 'string') &&
    (v.field === undefined || v.field === null || typeof v.field === 'string')
  )
}

/** Normalises anything a command rejected with into a typed `AppError`. */
export function toAppError(raw: unknown): AppError {
  if (isAppError(raw)) {
    return {
      code: raw.code,
      reason: raw.reason ?? '',
      message: raw.message,
      field: raw.field ?? null,
    }
  }
  // A string that is a serialized AppError (some IPC paths stringify).
  if (typeof raw === 'string') {
    try {
      const parsed: unknown = JSON.parse(raw)
      if (isAppError(parsed)) return toAppError(parsed)
    } catch {
      // not JSON: fall through
    }
  }
  const message =
    raw instanceof Error ? raw.message : typeof raw === 'string' ? raw : String(raw ?? '')
  return { code: 'internal', reason: '', message, field: null }
}

/** The subset of vue-i18n's composer the mapping needs (keeps it testable). */
export interface Translator {
  t: (key: string) => string
  te: (key: string) => boolean
  locale: string
}

/**
 * Reasons whose core message carries specifics worth showing in Chinese: the unlock time,
 * which field is required or too long (with its limit), the earliest allowed date, what an
 * application still lacks, the status a case is in, when a counterclaim came in and the
 * defense period ended, which hearing stage is concerned.
 */
const SPECIFIC_CORE_MESSAGES = new Set([
  'account_locked',
  'required',
  'text_too_long',
  'date_in_future',
  'date_too_early',
  'application_incomplete',
  'illegal_transition',
  'counterclaim_late',
  // The hearing stage concerned (庭审阶段须按顺序进行 …).
  'stage_out_of_order',
  'stage_not_skippable',
  'stage_done',
])

/**
 * The message to show for an error, in the user's language:
 * 0. in Chinese, the core's own message for reasons whose message carries specifics;
 * 1. `errors.reasons.<reason>` when the UI knows the reason;
 * 2. else the core's own message (Chinese) when the UI language is Chinese;
 * 3. else `errors.codes.<code>`.
 */
export function errorMessage(error: AppError, i18n: Translator): string {
  const chinese = i18n.locale.startsWith('zh') && error.message.trim() !== ''
  if (chinese && SPECIFIC_CORE_MESSAGES.has(error.reason)) return error.message
  const reasonKey = `errors.reasons.${error.reason}`
  if (error.reason && i18n.te(reasonKey)) return i18n.t(reasonKey)
  if (chinese) return error.message
  const codeKey = `errors.codes.${error.code}`
  return i18n.te(codeKey) ? i18n.t(codeKey) : i18n.t('errors.codes.internal')
}

/**
 * Maps the core's `field` (camelCase or snake_case, possibly `input.` prefixed) onto a
 * form's field names. `aliases` maps core names to form names (e.g. identifier → mobile).
 */
export function formField(
  error: AppError,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): string | null {
  if (!error.field) return null
  const last = error.field.split('.').pop() ?? error.field
  const camel = last.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
  for (const candidate of [error.field, last, camel]) {
    const aliased = aliases[candidate] ?? candidate
    if (fields.includes(aliased)) return aliased
  }
  return null
}
