import { describe, expect, it } from 'vitest'
import { formatBytes, formatOffset, isStandingGrant, parseOffset } from '../model'
import { consentInput, validateConsent, type ConsentForm } from '../consentForm'
import { WORKER_GRANT } from '@/test/procedure'

describe('recording offsets', () => {
  it('reads mm:ss, hh:mm:ss and plain seconds', () => {
    expect(parseOffset('12:34')).toBe(754)
    expect(parseOffset(' 1:02:03 ')).toBe(3723)
    expect(parseOffset('01：02：03')).toBe(3723)
    expect(parseOffset('90')).toBe(90)
  })

  it('refuses what is not a position', () => {
    for (const bad of ['', '12:60', '1:60:00', 'abc', '12:3:4:5', '-5']) {
      expect(parseOffset(bad), bad).toBeNull()
    }
  })

  it('shows seconds as hh:mm:ss', () => {
    expect(formatOffset(754)).toBe('00:12:34')
    expect(formatOffset(3723)).toBe('01:02:03')
  })
})

describe('consent helpers', () => {
  it('revokes only grants that stand', () => {
    expect(isStandingGrant(WORKER_GRANT)).toBe(true)
    expect(isStandingGrant({ ...WORKER_GRANT, revoked: true })).toBe(false)
    expect(isStandingGrant({ ...WORKER_GRANT, action: 'refuse' })).toBe(false)
  })

  it('sizes files', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(2048)).toBe('2 KB')
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB')
  })

  it('asks for the evidence each method needs', () => {
    const base: ConsentForm = {
      partyId: 'p',
      kind: 'summary_handling',
      action: 'grant',
      shortenedToDays: null,
      revokes: '',
      method: 'e_sign_platform',
      methodRef: '',
      videoOffsetS: '',
      signaturePng: null,
      scanPath: null,
      reason: '',
      givenOn: '2025-10-12',
    }
    expect(validateConsent(base, '2025-10-12', 100)).toEqual({
      methodRef: 'consent.validation.methodRefRequired',
    })
    expect(validateConsent({ ...base, method: 'signature_pad' }, '2025-10-12', 100)).toEqual({
      signaturePng: 'consent.validation.signatureRequired',
    })
    const big = new File([new Uint8Array(101)], 'a.pdf')
    expect(
      validateConsent({ ...base, method: 'paper_scan', scanPath: big }, '2025-10-12', 100),
    ).toEqual({ scanPath: 'consent.validation.scanSize' })
    const doc = new File([new Uint8Array(1)], 'a.docx')
    expect(
      validateConsent({ ...base, method: 'paper_scan', scanPath: doc }, '2025-10-12', 100),
    ).toEqual({ scanPath: 'consent.validation.scanType' })
    expect(
      validateConsent(
        { ...base, methodRef: 'x', action: 'revoke', givenOn: '2025-10-13' },
        '2025-10-12',
        100,
      ),
    ).toEqual({
      reason: 'consent.validation.reasonRequired',
      givenOn: 'consent.validation.dateInFuture',
    })
  })
})

describe('the consent input', () => {
  it('sends only what the method and action take', async () => {
    const form: ConsentForm = {
      partyId: 'p-employer',
      kind: 'defense_waiver',
      action: 'grant',
      shortenedToDays: 5,
      method: 'oral_video',
      methodRef: '  ',
      videoOffsetS: '12:34',
      signaturePng: [1, 2, 3],
      scanPath: null,
      reason: 'ignored for a grant',
      revokes: '',
      givenOn: '2025-10-12',
    }
    expect(await consentInput(form, 'h', '2025-10-12')).toEqual({
      partyId: 'p-employer',
      kind: 'defense_waiver',
      action: 'grant',
      shortenedToDays: 5,
      method: 'oral_video',
      videoOffsetS: 754,
      givenOn: '2025-10-12',
      textSha256: 'h',
    })
    // A revocation names the grant and its reason, never days.
    expect(
      await consentInput(
        { ...form, action: 'revoke', revokes: 'k-2', reason: ' 改变主意 ' },
        'h',
        '2025-10-12',
      ),
    ).toMatchObject({ action: 'revoke', revokes: 'k-2', reason: '改变主意' })
    expect(
      await consentInput({ ...form, action: 'revoke', revokes: 'k-2' }, 'h', '2025-10-12'),
    ).not.toHaveProperty('shortenedToDays')
  })
})
