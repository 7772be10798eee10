import type { UserStatus } from '@/bindings/UserStatus'
import type { UserSummary } from '@/bindings/UserSummary'

/** What the list shows: the stored status, or `locked` while a lockout runs. */
export type DisplayStatus = UserStatus | 'locked'

export const DISPLAY_STATUSES: readonly DisplayStatus[] = [
  'pending',
  'active',
  'locked',
  'disabled',
]

/** One colour per status (UI.md): pending grey, active green, disabled red, locked amber. */
export const STATUS_TAG_TYPE: Record<DisplayStatus, 'info' | 'success' | 'danger' | 'warning'> = {
  pending: 'info',
  active: 'success',
  disabled: 'danger',
  locked: 'warning',
}

export function isLocked(user: UserSummary, now: number = Date.now()): boolean {
  if (!user.lockedUntil) return false
  const until = Date.parse(user.lockedUntil)
  return !Number.isNaN(until) && until > now
}

export function displayStatus(user: UserSummary, now: number = Date.now()): DisplayStatus {
  if (user.status === 'active' && isLocked(user, now)) return 'locked'
  return user.status
}

/** Pending registrations first (oldest request first), then everyone else, newest first. */
export function sortUsers(users: readonly UserSummary[]): UserSummary[] {
  return [...users].sort((a, b) => {
    const ap = a.status === 'pending' ? 0 : 1
    const bp = b.status === 'pending' ? 0 : 1
    if (ap !== bp) return ap - bp
    const byCreated = a.createdAt.localeCompare(b.createdAt)
    return ap === 0 ? byCreated : -byCreated
  })
}
