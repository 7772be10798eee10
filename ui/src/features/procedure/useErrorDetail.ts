import type { AppError } from '@/bindings/AppError'
import { useErrorText } from '@/composables/useErrorText'

/**
 * Reasons whose core message carries the specifics a user acts on: which checklist items
 * are unmet, the day the time limit expired, who may attest or decide.
 */
const DETAILED_REASONS = new Set([
  'checklist_unmet',
  'time_limit_expired',
  'forbidden',
  'consent_text_changed',
  'confirmation_stale',
  'confirmation_not_issued',
])

/**
 * `(error) => detail`: the core's own (Chinese) message, shown under the translated one
 * when it says more; empty when the translated message already is that message.
 */
export function useErrorDetail(): (error: AppError) => string {
  const errorText = useErrorText()
  return (error) => {
    if (!DETAILED_REASONS.has(error.reason) && error.code !== 'forbidden') return ''
    const detail = error.message.trim()
    return detail !== '' && detail !== errorText(error) ? detail : ''
  }
}
