import type { FormItemRule } from 'element-plus'

type Translate = (key: string) => string

/** The core's username rule: 3–32 letters, digits, `_`, `.`, `-`. */
export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,32}$/
const MOBILE_PATTERN = /^1[3-9]\d{9}$/
export const PASSWORD_MIN_LENGTH = 8
export const PASSWORD_MAX_LENGTH = 128
export const DISPLAY_NAME_MAX_LENGTH = 40

/** What the core stores: spaces and hyphens dropped, `+86`/`0086` prefix removed. */
export function normaliseMobile(raw: string): string {
  const compact = raw.replace(/[\s-]/g, '')
  if (compact.startsWith('+86')) return compact.slice(3)
  if (compact.startsWith('0086')) return compact.slice(4)
  return compact
}

export function isValidUsername(value: string): boolean {
  return USERNAME_PATTERN.test(value)
}

export function isValidMobile(value: string): boolean {
  return MOBILE_PATTERN.test(normaliseMobile(value))
}

/** Counted in characters (code points), as the core counts them. */
export function charLength(value: string): number {
  return [...value].length
}

export function isValidDisplayName(value: string): boolean {
  const length = charLength(value.trim())
  return length >= 1 && length <= DISPLAY_NAME_MAX_LENGTH
}

export function isValidPassword(value: string): boolean {
  return charLength(value) >= PASSWORD_MIN_LENGTH
}

export function isShortEnoughPassword(value: string): boolean {
  return charLength(value) <= PASSWORD_MAX_LENGTH
}

type Check = (value: string) => boolean

function check(test: Check, message: string): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: unknown, callback) => {
      const text = typeof value === 'string' ? value : ''
      if (text === '' || test(text)) callback()
      else callback(new Error(message))
    },
  }
}

function required(message: string): FormItemRule {
  return { required: true, whitespace: true, message, trigger: 'blur' }
}

export function usernameRules(t: Translate): FormItemRule[] {
  return [
    required(t('validation.usernameRequired')),
    check(isValidUsername, t('validation.usernameInvalid')),
  ]
}

export function displayNameRules(t: Translate): FormItemRule[] {
  return [
    required(t('validation.displayNameRequired')),
    check(isValidDisplayName, t('validation.displayNameInvalid')),
  ]
}

export function mobileRules(t: Translate): FormItemRule[] {
  return [
    required(t('validation.mobileRequired')),
    check(isValidMobile, t('validation.mobileInvalid')),
  ]
}

/** A new password: required, 8–128 characters. */
export function newPasswordRules(t: Translate): FormItemRule[] {
  return [
    { required: true, message: t('validation.passwordRequired'), trigger: 'blur' },
    check(isValidPassword, t('validation.passwordTooShort')),
    check(isShortEnoughPassword, t('validation.passwordTooLong')),
  ]
}

/** An existing password (sign-in, current password): required only. */
export function passwordRules(t: Translate): FormItemRule[] {
  return [{ required: true, message: t('validation.passwordRequired'), trigger: 'blur' }]
}

/** The confirm field must repeat `password()`. */
export function confirmRules(t: Translate, password: () => string): FormItemRule[] {
  return [
    { required: true, message: t('validation.passwordConfirmRequired'), trigger: 'blur' },
    check((value) => value === password(), t('validation.passwordMismatch')),
  ]
}
