/**
 * Client rules of the new-application form. They mirror the core's checks (M1–M3, money,
 * dates, required texts) so that a mistake shows under its field before anything is sent;
 * the core checks everything again.
 */
import type { FormItemRule } from 'element-plus'
import {
  creditCodeProblem,
  isMainlandMobile,
  residentIdFacts,
  residentIdProblem,
} from '@/utils/identifiers'
import { claimAmountProblem } from '@/utils/money'
import type { PartyDraft } from './draft'

type Translate = (key: string) => string
type Trigger = 'blur' | 'change'

/** A rule from a check that returns the message to show, or null when the value passes. */
function rule(check: (value: unknown) => string | null, trigger: Trigger = 'blur'): FormItemRule {
  return {
    trigger,
    validator: (_rule, value: unknown, callback) => {
      const message = check(value)
      if (message) callback(new Error(message))
      else callback()
    },
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

export function required(message: string, trigger: Trigger = 'blur'): FormItemRule {
  return rule((value) => {
    const empty =
      value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
    return empty ? message : null
  }, trigger)
}

const reason = (t: Translate, key: string) => t(`errors.reasons.${key}`)

/** A date (`YYYY-MM-DD`) not later than `today()`. */
export function notFutureRule(t: Translate, today: () => string): FormItemRule {
  return rule(
    (value) =>
      text(value) !== '' && text(value) > today() ? t('cases.validation.dateInFuture') : null,
    'change',
  )
}

export function idNumberRules(
  t: Translate,
  party: () => PartyDraft,
  today: () => string,
): FormItemRule[] {
  return [
    rule((value) => {
      if (party().idType !== 'resident_id' || text(value) === '') return null
      const problem = residentIdProblem(text(value), today())
      return problem ? reason(t, problem) : null
    }),
  ]
}

export function sexRules(
  t: Translate,
  party: () => PartyDraft,
  today: () => string,
): FormItemRule[] {
  return [
    rule((value) => {
      const p = party()
      const facts = p.idType === 'resident_id' ? residentIdFacts(p.idNumber, today()) : null
      return facts && value && value !== facts.sex ? reason(t, 'sex_mismatch') : null
    }, 'change'),
  ]
}

export function birthDateRules(
  t: Translate,
  party: () => PartyDraft,
  today: () => string,
): FormItemRule[] {
  return [
    notFutureRule(t, today),
    rule((value) => {
      const p = party()
      const facts = p.idType === 'resident_id' ? residentIdFacts(p.idNumber, today()) : null
      return facts && text(value) !== '' && text(value) !== facts.birthDate
        ? reason(t, 'birth_date_mismatch')
        : null
    }, 'change'),
  ]
}

/** A format error blocks; a checksum failure blocks only until a reason is given (M2). */
export function creditCodeRules(t: Translate, party: () => PartyDraft): FormItemRule[] {
  return [
    rule((value) => {
      if (text(value) === '') return null
      const problem = creditCodeProblem(text(value))
      if (problem === 'credit_code_format') return reason(t, problem)
      if (problem === 'credit_code_checksum' && party().creditCodeOverrideReason.trim() === '') {
        return reason(t, problem)
      }
      return null
    }),
  ]
}

export function mobileRules(t: Translate): FormItemRule[] {
  return [
    rule((value) =>
      text(value) !== '' && !isMainlandMobile(text(value)) ? reason(t, 'mobile_invalid') : null,
    ),
  ]
}

export function amountRules(t: Translate): FormItemRule[] {
  return [
    rule((value) => {
      const problem = claimAmountProblem(typeof value === 'string' ? value : '')
      return problem ? reason(t, problem) : null
    }),
  ]
}

/** The party a claim is made against: chosen, and not the claimant. */
export function respondentRules(t: Translate, claimant: () => number | null): FormItemRule[] {
  return [
    required(t('cases.validation.partyRequired'), 'change'),
    rule(
      (value) => (value !== null && value === claimant() ? t('cases.validation.sameParty') : null),
      'change',
    ),
  ]
}
