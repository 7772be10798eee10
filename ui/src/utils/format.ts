/** Display time zone for every timestamp (storage is UTC RFC 3339). */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai'

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of dateTimeFormat.formatToParts(date)) out[part.type] = part.value
  return out
}

/** `2025-10-10 14:30` in Asia/Shanghai, for tables. Empty for null; the input if unparsable. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const p = parts(date)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

/** Today's date (`2025-10-10`) in Asia/Shanghai. */
export function shanghaiDate(date: Date = new Date()): string {
  const p = parts(date)
  return `${p.year}-${p.month}-${p.day}`
}

/** The hour (0–23) in Asia/Shanghai. */
export function shanghaiHour(date: Date = new Date()): number {
  return Number(parts(date).hour)
}

/** The first `length` characters of a hash, for narrow columns. */
export function shortHash(hash: string, length = 12): string {
  return hash.length > length ? hash.slice(0, length) : hash
}

/**
 * A record's id shortened for a table: its last 8 hex digits. Ids are UUID v7, which
 * begin with their creation time, so ids made in the same minute share their first digits.
 */
export function shortId(id: string): string {
  const hex = id.replace(/-/g, '')
  return hex.length > 8 ? hex.slice(-8) : hex
}
