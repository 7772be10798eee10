/**
 * 急难愁盼事项受理转办: the enums in display order, their status colours, and the common
 * texts a clerk picks from. Labels live in i18n under the enum's name
 * (`intakeStatus.open`, `intakeChannel.hotline`, `materialStatus.to_supplement`).
 */
import type { IntakeChannel } from '@/bindings/IntakeChannel'
import type { IntakeStatus } from '@/bindings/IntakeStatus'
import type { MaterialStatus } from '@/bindings/MaterialStatus'

/** The list filter's order: the way a request moves. */
export const INTAKE_STATUSES: readonly IntakeStatus[] = ['open', 'transferred', 'closed']

export const INTAKE_CHANNELS: readonly IntakeChannel[] = ['hotline', 'walk_in', 'online']

export const MATERIAL_STATUSES: readonly MaterialStatus[] = ['provided', 'to_supplement']

export type IntakeTagType = 'info' | 'primary' | 'success'

/**
 * One colour per status (UI.md): a request waiting to be transferred is pending (grey),
 * one with a handling unit is in progress (blue), a closed one is green.
 */
export const INTAKE_TAG_TYPE: Record<IntakeStatus, IntakeTagType> = {
  open: 'info',
  transferred: 'primary',
  closed: 'success',
}

export function isIntakeStatus(value: unknown): value is IntakeStatus {
  return typeof value === 'string' && (INTAKE_STATUSES as readonly string[]).includes(value)
}

/**
 * Materials most requests need (一次性告知), by their i18n key under
 * `intake.materials.common`. What is recorded is the Chinese name (see `recordText`).
 */
export const COMMON_MATERIALS = [
  'application',
  'idCopy',
  'contract',
  'payRecords',
  'dismissalNotice',
  'businessLicence',
] as const

/** Handling units offered when transferring, by their key under `intake.transfer.units`. */
export const HANDLING_UNITS = ['institute'] as const

type Translate = (
  key: string,
  named: Record<string, unknown>,
  options: { locale: string },
) => string

/**
 * Names that go into the record (material names, the institute's name) are the Chinese
 * ones whatever the UI language: they are printed on the 受理转办单 and the notice.
 */
export function recordText(t: Translate, key: string): string {
  return t(key, {}, { locale: 'zh-CN' })
}

/** Days from `today` to `day` (both `YYYY-MM-DD`); negative when `day` is past. */
export function daysBetween(today: string, day: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)
  return Math.round(ms / 86_400_000)
}

/**
 * An RFC 3339 time from a date picker's wall-clock value (`YYYY-MM-DDTHH:mm:ss`), read
 * in Asia/Shanghai as every time in the UI is.
 */
export function shanghaiInstant(wallClock: string): string {
  return `${wallClock}+08:00`
}
