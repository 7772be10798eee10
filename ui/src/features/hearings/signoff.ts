/**
 * Sign-off of the minutes (F3, H6): the ways to sign, the colour of each signer state,
 * the capacity labels, and what a read-back's progress amounts to. Labels live in i18n
 * (`signoff.*`; the participants' capacities reuse `hearing.participantRole.*`).
 */
import type { ReadBack } from '@/bindings/ReadBack'
import type { SignMethod } from '@/bindings/SignMethod'
import type { SignerState } from '@/bindings/SignerState'
import type { SpeakerRole } from '@/bindings/SpeakerRole'
import type { TagType } from './model'

/** The ways to sign, as the core lists them; the dialog starts on in person. */
export const SIGN_METHODS: readonly SignMethod[] = ['e_sign', 'pad', 'in_person']

/** Pending grey, signed green, refused amber (recorded, to note), stale red (blocks the lock). */
export const SIGNER_STATE_TAG: Record<SignerState, TagType> = {
  pending: 'info',
  signed: 'success',
  refused: 'warning',
  stale: 'danger',
}

const TRIBUNAL_ROLES: readonly SpeakerRole[] = [
  'presiding_arbitrator',
  'sole_arbitrator',
  'arbitrator',
  'clerk',
]

/** The i18n key of a signer's capacity (首席仲裁员, 书记员, 申请人, 委托代理人 …). */
export function signerRoleKey(role: SpeakerRole): string {
  return TRIBUNAL_ROLES.includes(role) ? `signoff.role.${role}` : `hearing.participantRole.${role}`
}

export interface SignProgress {
  signed: number
  refused: number
  total: number
  /** Names of those still to sign (pending, or signed an earlier version). */
  missing: string[]
}

export function signProgress(readBack: ReadBack): SignProgress {
  const signers = readBack.signers
  return {
    signed: signers.filter((s) => s.state === 'signed').length,
    refused: signers.filter((s) => s.state === 'refused').length,
    total: signers.length,
    missing: signers.filter((s) => s.state === 'pending' || s.state === 'stale').map((s) => s.name),
  }
}
