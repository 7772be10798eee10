/**
 * The consent dialog's form: its initial state, the checks the core would make before
 * it (method evidence, a reason for a revocation) and the exact `ConsentInput` it sends.
 */
import type { ConsentAction } from '@/bindings/ConsentAction'
import type { ConsentInput } from '@/bindings/ConsentInput'
import type { ConsentKind } from '@/bindings/ConsentKind'
import type { ConsentMethod } from '@/bindings/ConsentMethod'
import type { ConsentRecord } from '@/bindings/ConsentRecord'
import type { Party } from '@/bindings/Party'
import { parseOffset } from './model'

export interface ConsentForm {
  partyId: string
  kind: ConsentKind
  action: ConsentAction
  /** Defense waiver: null = waived entirely. */
  shortenedToDays: number | null
  method: ConsentMethod
  methodRef: string
  /** As typed: `mm:ss` or `hh:mm:ss`. */
  videoOffsetS: string
  signaturePng: number[] | null
  /** The picked scan (named after the core's field, so its errors land here). */
  scanPath: File | null
  reason: string
  revokes: string
  givenOn: string | null
}

export type ConsentField =
  'partyId' | 'methodRef' | 'videoOffsetS' | 'signaturePng' | 'scanPath' | 'reason' | 'givenOn'

/** A new record, or the revocation of `revoking` (same party and kind). */
export function initialConsentForm(
  revoking: ConsentRecord | null,
  parties: readonly Party[],
  today: string,
): ConsentForm {
  return {
    partyId: revoking?.partyId ?? (parties.length === 1 ? parties[0].id : ''),
    kind: revoking?.kind ?? 'summary_handling',
    action: revoking ? 'revoke' : 'grant',
    shortenedToDays: null,
    method: 'e_sign_platform',
    methodRef: '',
    videoOffsetS: '',
    signaturePng: null,
    scanPath: null,
    reason: '',
    revokes: revoking?.id ?? '',
    givenOn: today,
  }
}

const SCAN_TYPES = /\.(pdf|png|jpe?g)$/i

/** What the core would refuse, caught before sending: field → i18n key of the message. */
export function validateConsent(
  form: Omit<ConsentForm, 'kind' | 'shortenedToDays' | 'revokes'>,
  today: string,
  maxScanBytes: number,
): Partial<Record<ConsentField, string>> {
  const out: Partial<Record<ConsentField, string>> = {}
  if (!form.partyId) out.partyId = 'consent.validation.partyRequired'
  if (!form.givenOn) out.givenOn = 'consent.validation.dateRequired'
  else if (form.givenOn > today) out.givenOn = 'consent.validation.dateInFuture'
  if (form.action === 'revoke' && form.reason.trim() === '') {
    out.reason = 'consent.validation.reasonRequired'
  }
  switch (form.method) {
    case 'e_sign_platform':
      if (form.methodRef.trim() === '') out.methodRef = 'consent.validation.methodRefRequired'
      break
    case 'oral_video':
      if (parseOffset(form.videoOffsetS) === null) {
        out.videoOffsetS = 'consent.validation.offsetInvalid'
      }
      break
    case 'signature_pad':
      if (!form.signaturePng || form.signaturePng.length === 0) {
        out.signaturePng = 'consent.validation.signatureRequired'
      }
      break
    case 'paper_scan':
      if (!form.scanPath) out.scanPath = 'consent.validation.scanRequired'
      else if (!SCAN_TYPES.test(form.scanPath.name)) out.scanPath = 'consent.validation.scanType'
      else if (form.scanPath.size === 0 || form.scanPath.size > maxScanBytes) {
        out.scanPath = 'consent.validation.scanSize'
      }
      break
  }
  return out
}

/** Exactly what the method and action take; the scan is read only now. */
export async function consentInput(
  form: ConsentForm,
  textSha256: string,
  givenOn: string,
): Promise<ConsentInput> {
  const input: ConsentInput = {
    partyId: form.partyId,
    kind: form.kind,
    action: form.action,
    method: form.method,
    givenOn,
    textSha256,
  }
  const reason = form.reason.trim()
  if (form.action === 'revoke') input.revokes = form.revokes
  if (form.action !== 'grant' && reason) input.reason = reason
  const waiver = form.kind === 'defense_waiver'
  if (waiver && form.action !== 'revoke' && form.shortenedToDays !== null) {
    input.shortenedToDays = form.shortenedToDays
  }
  const reference = form.methodRef.trim()
  if (form.method === 'e_sign_platform') input.methodRef = reference
  if (form.method === 'signature_pad' && form.signaturePng) input.signaturePng = form.signaturePng
  if (form.method === 'paper_scan' && form.scanPath) {
    input.scanBytes = Array.from(new Uint8Array(await form.scanPath.arrayBuffer()))
    input.scanName = form.scanPath.name
  }
  if (form.method === 'oral_video') {
    input.videoOffsetS = parseOffset(form.videoOffsetS) ?? undefined
    if (reference) input.methodRef = reference
  }
  return input
}
