/**
 * Party identifiers, checked the way the core checks them (`src/types/*.rs`), so the
 * clerk sees a mistake under the field before anything is sent (domain doc §10, M1–M3).
 * Each check returns the core's reason, or null when the value passes.
 */
import type { Sex } from '@/bindings/Sex'

/** Full-width ASCII (common with Chinese IMEs) to half-width, white space dropped. */
export function normaliseWidth(raw: string): string {
  return [...raw]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0
      return code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : c
    })
    .filter((c) => !/\s/.test(c))
    .join('')
}

/** Like `normaliseWidth`, also dropping the hyphens people type between digit groups. */
export function normaliseCode(raw: string): string {
  return normaliseWidth(raw).replace(/-/g, '')
}

// --- resident ID (公民身份号码, GB 11643-1999, MOD 11-2) -----------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK_CHARS = '10X98765432'

export type ResidentIdReason =
  'resident_id_legacy' | 'resident_id_format' | 'resident_id_birth_date' | 'resident_id_checksum'

export function normaliseResidentId(raw: string): string {
  return normaliseCode(raw).toUpperCase()
}

function idBirthDate(id: string): string | null {
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  if (year < 1800 || month < 1 || month > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

export function residentIdCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK_CHARS[sum % 11]
}

/** Why the number is not a valid 18-character citizen ID; `today` is `YYYY-MM-DD`. */
export function residentIdProblem(raw: string, today: string): ResidentIdReason | null {
  const id = normaliseResidentId(raw)
  if (/^\d{15}$/.test(id)) return 'resident_id_legacy'
  if (!/^\d{17}[\dX]$/.test(id)) return 'resident_id_format'
  const birth = idBirthDate(id)
  if (!birth || birth > today) return 'resident_id_birth_date'
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return 'resident_id_checksum'
  return null
}

export interface IdFacts {
  birthDate: string
  sex: Sex
}

/** Birth date and sex carried by a valid citizen ID, or null. */
export function residentIdFacts(raw: string, today: string): IdFacts | null {
  if (residentIdProblem(raw, today)) return null
  const id = normaliseResidentId(raw)
  return {
    birthDate: idBirthDate(id) ?? '',
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  }
}

/**
 * An identity number as lists show it (UI.md): `430102********1246`. Short numbers
 * (passports, permits) keep two characters at each end.
 */
export function maskIdNumber(value: string): string {
  const chars = [...value]
  if (chars.length >= 15) {
    return `${chars.slice(0, 6).join('')}${'*'.repeat(chars.length - 10)}${chars.slice(-4).join('')}`
  }
  if (chars.length > 4) {
    return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`
  }
  return '*'.repeat(chars.length)
}

// --- unified social credit code (统一社会信用代码, GB 32100-2015, MOD 31) ------------------

const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type CreditCodeReason = 'credit_code_format' | 'credit_code_checksum'

export function normaliseCreditCode(raw: string): string {
  return normaliseCode(raw).toUpperCase()
}

export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += CREDIT_CHARSET.indexOf(first17[i]) * CREDIT_WEIGHTS[i]
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31]
}

/**
 * Why the code is not valid. A checksum failure is only a warning in law (M2): the
 * clerk may keep the code with a reason.
 */
export function creditCodeProblem(raw: string): CreditCodeReason | null {
  const code = normaliseCreditCode(raw)
  const shapeOk =
    code.length === 18 &&
    [...code].every((c) => CREDIT_CHARSET.includes(c)) &&
    /^\d{6}$/.test(code.slice(2, 8))
  if (!shapeOk) return 'credit_code_format'
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return 'credit_code_checksum'
  return null
}

// --- mainland mobile (M3) ------------------------------------------------------------------

export function normaliseMobileNumber(raw: string): string {
  const compact = normaliseCode(raw)
  if (compact.startsWith('+86')) return compact.slice(3)
  if (compact.startsWith('0086')) return compact.slice(4)
  return compact
}

export function isMainlandMobile(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(normaliseMobileNumber(raw))
}
