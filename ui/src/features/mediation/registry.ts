/**
 * Shared helpers of the registry of grassroots labour-dispute mediation organisations
 * (基层劳动人事争议调解组织名册): the categories, their tag colours, who may keep the
 * registry, the client checks mirroring the core's, and registry-specific error texts.
 */
import { useI18n } from 'vue-i18n'
import type { MediationOrg } from '@/bindings/MediationOrg'
import type { Mediator } from '@/bindings/Mediator'
import type { OrgCategory } from '@/bindings/OrgCategory'
import type { Role } from '@/bindings/Role'
import { useFormErrors } from '@/composables/useFormErrors'

/** In the order the core lists organisations (and the seed counts them). */
export const ORG_CATEGORIES: readonly OrgCategory[] = [
  'township',
  'commercial',
  'training_school',
  'new_business',
  'enterprise',
  'other',
]

export function isOrgCategory(value: unknown): value is OrgCategory {
  return typeof value === 'string' && (ORG_CATEGORIES as readonly string[]).includes(value)
}

export type OrgStatusFilter = 'all' | 'active' | 'inactive'

export function isOrgStatusFilter(value: unknown): value is OrgStatusFilter {
  return value === 'all' || value === 'active' || value === 'inactive'
}

/**
 * A category's tag colours. Deliberately not the status colours (grey, blue, amber, red,
 * green each mean a status, UI.md): muted hues that only tell the categories apart.
 */
export interface TagColours {
  bg: string
  border: string
  text: string
}

export const CATEGORY_COLOURS: Record<OrgCategory, TagColours> = {
  township: { bg: '#eef1fb', border: '#c9d2ef', text: '#2f4a8a' },
  commercial: { bg: '#f5eefa', border: '#dccbea', text: '#6a3d8f' },
  training_school: { bg: '#eaf6f6', border: '#bfe1e1', text: '#22706f' },
  new_business: { bg: '#fbf1ea', border: '#efd3bf', text: '#8a4b1f' },
  enterprise: { bg: '#f1f3ea', border: '#d6dcbf', text: '#55622a' },
  other: { bg: '#f4f5f7', border: '#d9dce2', text: '#4a5263' },
}

/** CSS variables for an `el-tag` in a category's colours. */
export function categoryTagStyle(category: OrgCategory): Record<string, string> {
  const c = CATEGORY_COLOURS[category]
  return {
    '--el-tag-bg-color': c.bg,
    '--el-tag-border-color': c.border,
    '--el-tag-text-color': c.text,
  }
}

/** How many organisations of each category a list holds (every category, zeros too). */
export function countByCategory(orgs: readonly MediationOrg[]): Record<OrgCategory, number> {
  const counts = Object.fromEntries(ORG_CATEGORIES.map((c) => [c, 0])) as Record<
    OrgCategory,
    number
  >
  for (const org of orgs) counts[org.category] += 1
  return counts
}

/**
 * The registry is kept by the institute's staff; mediators may read it but the core
 * refuses their changes (Forbidden), so they are offered none.
 */
export function canEditRegistry(role: Role | null | undefined): boolean {
  return role === 'admin' || role === 'arbitrator' || role === 'clerk'
}

/** Active mediators first, then by name (the core's order). */
export function sortMediators(mediators: readonly Mediator[]): Mediator[] {
  return [...mediators].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh'),
  )
}

/**
 * The core's telephone check: a mobile or a landline with its area code, written with
 * digits and spaces, dashes, brackets or a leading +; 7 to 20 digits.
 */
export function isPhone(raw: string): boolean {
  const value = raw.trim()
  const digits = value.replace(/\D/g, '').length
  return /^[\d\s\-()（）+]+$/.test(value) && digits >= 7 && digits <= 20
}

/** The core's mobile check: 11 digits from 13–19, optionally after +86 or 0086. */
export function isMobile(raw: string): boolean {
  const compact = raw.replace(/[\s-]/g, '')
  const digits = compact.replace(/^(\+86|0086)/, '')
  return /^1[3-9]\d{9}$/.test(digits)
}

/**
 * `useFormErrors` for the registry's forms: an error whose reason is the registry's own
 * (a name already in the registry, a malformed telephone, a mediator gone) is told in
 * the user's language from `registry.reasons`, under its field as usual.
 */
export function useRegistryErrors<F extends string>(
  model: Record<F, unknown>,
  fields: readonly F[],
) {
  const { t, te } = useI18n()
  const errors = useFormErrors(model, fields)

  function show(raw: unknown) {
    const error = errors.show(raw)
    const key = `registry.reasons.${error.reason}`
    if (!error.reason || !te(key)) return error
    const field = fields.find((f) => errors.fieldErrors[f] !== '')
    if (field) errors.fieldErrors[field] = t(key)
    else errors.formError.value = t(key)
    return error
  }

  return { ...errors, show }
}
