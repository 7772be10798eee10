/**
 * 仲裁前调解案件 (LDMAL Arts. 12–16): the enums in display order, their status colours, the
 * Art. 14 deadline's days left, the J5 review window, and the reasons the core refuses a
 * step with. Labels live in i18n under `mediation` (`mediation.status.open`,
 * `mediation.channel.phone`, `mediation.application.oral`, `mediation.reasons.*`).
 */
import { useI18n } from 'vue-i18n'
import type { FormItemRule } from 'element-plus'
import { formField, toAppError } from '@/api/errors'
import type { AppError } from '@/bindings/AppError'
import type { ApplicationForm } from '@/bindings/ApplicationForm'
import type { MediationCase } from '@/bindings/MediationCase'
import type { MediationCaseStatus } from '@/bindings/MediationCaseStatus'
import type { MediationChannel } from '@/bindings/MediationChannel'
import { useErrorText } from '@/composables/useErrorText'
import { useFormErrors } from '@/composables/useFormErrors'
import { daysLabel } from '@/features/workbench/due'

/** The list filter's order: the way a case moves. */
export const MEDIATION_STATUSES: readonly MediationCaseStatus[] = [
  'open',
  'agreement',
  'no_agreement',
]

export const MEDIATION_CHANNELS: readonly MediationChannel[] = [
  'online_video',
  'phone',
  'in_person',
]

/** Art. 12: in writing or orally (then recorded on the spot). */
export const APPLICATION_FORMS: readonly ApplicationForm[] = ['written', 'oral']

export type MediationTagType = 'primary' | 'success' | 'warning'

/**
 * One colour per status (UI.md): a mediation under way is in progress (blue), an
 * agreement reached is closed well (green), a failed one needs attention (amber): the
 * dispute goes on to arbitration.
 */
export const MEDIATION_TAG_TYPE: Record<MediationCaseStatus, MediationTagType> = {
  open: 'primary',
  agreement: 'success',
  no_agreement: 'warning',
}

export function isMediationStatus(value: unknown): value is MediationCaseStatus {
  return typeof value === 'string' && (MEDIATION_STATUSES as readonly string[]).includes(value)
}

/** Days from `today` to `day` (both `YYYY-MM-DD`); negative when `day` is past. */
export function daysBetween(today: string, day: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)
  return Math.round(ms / 86_400_000)
}

/** The days-left tag turns amber this many days before the deadline. */
export const DUE_SOON_DAYS = 3

export type DueTagType = 'danger' | 'warning' | 'info'

export interface DueTag {
  type: DueTagType
  /** The i18n key (`逾期 N 天` / `今天到期` / `还剩 N 天`) and its `days`. */
  key: string
  days: number
}

/**
 * Art. 14's 15 days while the mediation is open: red once past, amber in the last
 * three days, grey before. Null once the mediation has ended (the deadline no longer runs).
 */
export function dueTag(
  today: string,
  dueOn: string | null,
  status: MediationCaseStatus,
): DueTag | null {
  if (status !== 'open' || !dueOn) return null
  const days = daysBetween(today, dueOn)
  const type: DueTagType = days < 0 ? 'danger' : days <= DUE_SOON_DAYS ? 'warning' : 'info'
  return { type, ...daysLabel(days) }
}

/** An agreement takes effect once both parties and the mediator signed and it is sealed. */
export function signaturesComplete(
  c: Pick<MediationCase, 'signedApplicant' | 'signedRespondent' | 'signedMediator' | 'sealed'>,
): boolean {
  return c.signedApplicant && c.signedRespondent && c.signedMediator && c.sealed
}

/** The four marks an agreement needs (Art. 14), in the order of the 调解协议书. */
export const SIGNATURE_KEYS = [
  'signedApplicant',
  'signedRespondent',
  'signedMediator',
  'sealed',
] as const
export type SignatureKey = (typeof SIGNATURE_KEYS)[number]

/**
 * J5: arbitral review may still be applied for: the agreement is in effect, no review was
 * applied for yet, and today is not after its last day.
 */
export function reviewOpen(c: MediationCase, today: string): boolean {
  return (
    c.summary.status === 'agreement' &&
    c.summary.effectiveOn !== null &&
    c.reviewAppliedOn === null &&
    c.reviewDueOn !== null &&
    today <= c.reviewDueOn
  )
}

/** A date rule: not before `earliest()` (`YYYY-MM-DD`), when there is one. */
export function notBeforeRule(earliest: () => string | null, message: () => string): FormItemRule {
  return {
    trigger: 'change',
    validator: (_rule, value: unknown, callback) => {
      const min = earliest()
      if (typeof value === 'string' && value !== '' && min && value < min) {
        callback(new Error(message()))
      } else callback()
    },
  }
}

/** The error text for a mediation page: its own reasons first, then the app's mapping. */
export function useMediationErrorText(): (error: AppError) => string {
  const { t, te } = useI18n()
  const errorText = useErrorText()
  return (error) => {
    const key = `mediation.reasons.${error.reason}`
    return error.reason && te(key) ? t(key) : errorText(error)
  }
}

/**
 * `useFormErrors`, with the refusals of this feature (`mediation.reasons.*`) told in the
 * user's language wherever they land: under their field, or above the buttons.
 */
export function useMediationFormErrors<F extends string>(
  model: Record<F, unknown>,
  fields: readonly F[],
) {
  const { t, te } = useI18n()
  const errors = useFormErrors(model, fields)

  function show(raw: unknown): AppError {
    const error = errors.show(toAppError(raw))
    const key = `mediation.reasons.${error.reason}`
    if (!error.reason || !te(key)) return error
    const field = formField(error, fields) as F | null
    if (field && errors.fieldErrors[field] !== '') errors.fieldErrors[field] = t(key)
    else errors.formError.value = t(key)
    return error
  }

  return { ...errors, show }
}
