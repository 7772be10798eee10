/**
 * Hearings and minutes: the enums in display order, status colours, who may record, and
 * the small formatters the pages share. Labels live in i18n (`hearing.mode.*`,
 * `minutes.stage.*` …).
 */
import type { HearingMode } from '@/bindings/HearingMode'
import type { HearingStatus } from '@/bindings/HearingStatus'
import type { IdentityMethod } from '@/bindings/IdentityMethod'
import type { Role } from '@/bindings/Role'
import type { ServiceMethod } from '@/bindings/ServiceMethod'
import type { Stage } from '@/bindings/Stage'
import type { StageState } from '@/bindings/StageState'
import type { CaseStatus } from '@/bindings/CaseStatus'
import { DISPLAY_TIME_ZONE } from '@/utils/format'

export const HEARING_MODES: readonly HearingMode[] = ['online', 'in_person', 'mixed']
export const SERVICE_METHODS: readonly ServiceMethod[] = [
  'in_person',
  'post',
  'electronic',
  'sms',
  'phone',
]
export const IDENTITY_METHODS: readonly IdentityMethod[] = [
  'id_on_camera',
  'platform_face',
  'in_person',
  'not_checked',
]

/** Rules Art. 41 (F1), in order. */
export const STAGES: readonly Stage[] = [
  'preparation',
  'opening',
  'statement_defense',
  'investigation',
  'debate',
  'final_statement',
  'mediation',
  'closing',
]

/** Opening and closing for the record, the final statement by law (LDMAL Art. 38). */
export const NOT_SKIPPABLE: readonly Stage[] = ['opening', 'final_statement', 'closing']

export function skippable(stage: Stage): boolean {
  return !NOT_SKIPPABLE.includes(stage)
}

/**
 * The online platform most institutes use; data entered into the hearing (the product's
 * own name), not a translated label.
 */
export const DEFAULT_PLATFORM = '腾讯会议'

export type TagType = 'success' | 'danger' | 'warning' | 'info' | 'primary'

/** Pending grey, in progress blue, concluded green, cancelled grey (UI.md). */
export const HEARING_STATUS_TAG: Record<HearingStatus, TagType> = {
  scheduled: 'info',
  in_progress: 'primary',
  concluded: 'success',
  cancelled: 'info',
}

export const STAGE_STATE_TAG: Record<StageState, TagType> = {
  pending: 'info',
  current: 'primary',
  done: 'success',
  skipped: 'warning',
}

/** Clerks and arbitrators schedule hearings and record them; the core refuses others. */
export function canRecordHearings(role: Role | null | undefined): boolean {
  return role === 'clerk' || role === 'arbitrator'
}

/** Hearings are scheduled for accepted cases still being handled. */
export function schedulingOpen(status: CaseStatus): boolean {
  return status === 'accepted' || status === 'in_progress'
}

/** A hearing takes notices, attendance and minutes until it ended or was cancelled. */
export function hearingOpen(status: HearingStatus): boolean {
  return status === 'scheduled' || status === 'in_progress'
}

const pad = (n: number) => String(n).padStart(2, '0')

/** `3723` → `01:02:03`: the hearing timer. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`
}

/** A position in the recording: `12:34`, or `1:02:03` past the first hour. */
export function formatOffset(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const mmss = `${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`
  return s >= 3600 ? `${Math.floor(s / 3600)}:${mmss}` : mmss
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** `14:30:05` in Asia/Shanghai from an RFC 3339 timestamp; the input if unparsable. */
export function formatTimeOfDay(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date)
}

/** `2025-10-20` → its parts, for `hearing.longDate` (`2025年10月20日` in headings, UI.md). */
export function dateParts(day: string): { year: string; month: string; day: string } {
  const [year = day, month = '', dd = ''] = day.split('-')
  return { year, month, day: dd }
}

/** `9:30`, `0930`, `09：30` → `09:30`; null when it is not a time of day. */
export function normaliseTime(raw: string): string | null {
  const text = raw.trim().replace(/：/g, ':')
  const m = /^(\d{1,2}):?(\d{2})$/.exec(text)
  if (!m) return null
  const [h, min] = [Number(m[1]), Number(m[2])]
  return h < 24 && min < 60 ? `${pad(h)}:${pad(min)}` : null
}
