/** The service ledger's kinds, in the order the forms and totals show them. */
import type { ServiceKind } from '@/bindings/ServiceKind'

export const SERVICE_KINDS: readonly ServiceKind[] = [
  'consultation',
  'social_security_card',
  'elderly_special',
  'self_service',
  'other',
]

/** The most people one entry may record (the core's limit too). */
export const MAX_SERVICE_COUNT = 100_000
/** The most participants one publicity event may record (the core's limit too). */
export const MAX_PARTICIPANTS = 1_000_000
