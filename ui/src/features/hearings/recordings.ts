/**
 * Hearing recordings (F5): formatting of running times and file sizes, reading a typed
 * running time, and the tag colour of each check outcome.
 */
import type { AppError } from '@/bindings/AppError'
import type { RecordingOutcome } from '@/bindings/RecordingOutcome'
import type { TagType } from './model'

/** `1:02:05` (h:mm:ss). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  return `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`
}

/**
 * Seconds from `h:mm:ss` (full-width colons too, as a Chinese IME types them), or null
 * when the text is not a running time above zero.
 */
export function parseDuration(raw: string): number | null {
  const text = raw.trim().replace(/：/g, ':')
  const match = /^(\d{1,3}):([0-5]?\d):([0-5]?\d)$/.exec(text)
  if (!match) return null
  const seconds = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])
  return seconds > 0 ? seconds : null
}

const MB = 1024 * 1024
const GB = MB * 1024

/** `734.2 MB`, `1.45 GB`. */
export function formatSize(bytes: number): string {
  if (bytes >= GB) return `${(bytes / GB).toFixed(2)} GB`
  return `${Math.max(bytes / MB, 0.1).toFixed(1)} MB`
}

/** Unchanged green; changed or missing red; never checked grey (UI.md). */
export const OUTCOME_TAG: Record<RecordingOutcome | 'none', TagType> = {
  none: 'info',
  unchanged: 'success',
  changed: 'danger',
  missing: 'danger',
}

/** Reasons of the recording and join-link commands that `recordings.errors` explains. */
const LOCAL_REASONS = new Set([
  'file_unreadable',
  'file_empty',
  'duration_required',
  'no_join_link',
])

/**
 * The message for an error of these commands: in Chinese the core's own message (it
 * names the operating system's reason a file cannot be read); in other languages
 * `recordings.errors.<reason>` for the reasons the app does not know.
 */
export function recordingErrorKey(error: AppError, locale: string): string | null {
  if (locale.startsWith('zh') && error.message.trim() !== '') return null
  return LOCAL_REASONS.has(error.reason) ? `recordings.errors.${error.reason}` : null
}
