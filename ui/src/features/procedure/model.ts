/**
 * 简易处理 and consents: the enums in display order, status colours, who may do what,
 * and the small conversions the forms need. Labels live in i18n (`consent.kind.*`,
 * `procedure.itemStatus.*` …).
 */
import type { CaseStatus } from '@/bindings/CaseStatus'
import type { ConsentKind } from '@/bindings/ConsentKind'
import type { ConsentMethod } from '@/bindings/ConsentMethod'
import type { ConsentRecord } from '@/bindings/ConsentRecord'
import type { ItemGroup } from '@/bindings/ItemGroup'
import type { ItemStatus } from '@/bindings/ItemStatus'
import type { Role } from '@/bindings/Role'

export const CONSENT_KINDS: readonly ConsentKind[] = [
  'summary_handling',
  'defense_waiver',
  'electronic_service',
  'online_hearing',
  'online_mediation',
  'confirmation_signature',
]

export const CONSENT_METHODS: readonly ConsentMethod[] = [
  'e_sign_platform',
  'signature_pad',
  'paper_scan',
  'oral_video',
]

export const ITEM_GROUPS: readonly ItemGroup[] = [
  'grounds',
  'exclusions',
  'consents',
  'online',
  'identity',
]

export type TagType = 'success' | 'danger' | 'warning' | 'info'

/** Green met, red not met, amber when someone must act, grey when it does not apply. */
export const ITEM_STATUS_TAG: Record<ItemStatus, TagType> = {
  met: 'success',
  not_met: 'danger',
  needs_attestation: 'warning',
  needs_data: 'warning',
  not_required: 'info',
}

/** Clerks record consents (arbitrators too, e.g. orally during a hearing). */
export function canRecordConsents(role: Role | null | undefined): boolean {
  return role === 'clerk' || role === 'arbitrator'
}

/** Only arbitrators (seated on the tribunal, which the core checks) attest and decide. */
export function canDecideProcedure(role: Role | null | undefined): boolean {
  return role === 'arbitrator'
}

/** Consents can be recorded until the case is closed or refused. */
export function consentsOpen(status: CaseStatus): boolean {
  return status !== 'closed' && status !== 'not_accepted'
}

/** The procedure is decided only for accepted cases still being handled. */
export function procedureOpen(status: CaseStatus): boolean {
  return status === 'accepted' || status === 'in_progress'
}

/** A grant not revoked since: the one a revocation may point at. */
export function isStandingGrant(record: ConsentRecord): boolean {
  return record.action === 'grant' && !record.revoked
}

/** `754` → `00:12:34`. */
export function formatOffset(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`
}

/**
 * `mm:ss` or `hh:mm:ss` (or plain seconds) → seconds; null when it is not a position in
 * a recording (minutes and seconds below 60).
 */
export function parseOffset(raw: string): number | null {
  const text = raw.trim().replace(/：/g, ':')
  if (/^\d+$/.test(text)) return Number(text)
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})$/.exec(text)
  if (!m) return null
  const [h, min, s] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])]
  if (min >= 60 || s >= 60) return null
  return h * 3600 + min * 60 + s
}

/** `1.5 MB`, `320 KB`: the size of a picked file. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`
  return `${bytes} B`
}

export const MAX_SCAN_BYTES = 20 * 1024 * 1024
export const SCAN_ACCEPT = '.pdf,.png,.jpg,.jpeg'

/** The calendar day a date picker cell stands for (the picker works in local time). */
export function pickerDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0')
  const day = String(date.getDate()).padStart(2, '0')
  return `${date.getFullYear()}-${month}-${day}`
}

/**
 * The province the wage form starts with: the commission's own (the rule set's province
 * is compared with this name, so it is data, not a translated label).
 */
export const DEFAULT_PROVINCE = '甘肃省'
