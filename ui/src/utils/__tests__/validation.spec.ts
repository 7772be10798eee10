import { describe, expect, it } from 'vitest'
import {
  isValidDisplayName,
  isValidMobile,
  isValidPassword,
  isShortEnoughPassword,
  isValidUsername,
  normaliseMobile,
} from '../validation'

describe('client-side rules (mirroring the core)', () => {
  it('usernames: 3–32 letters, digits, _ . -', () => {
    for (const ok of ['abc', 'zhang.san', 'li_si-2', 'A'.repeat(32)]) {
      expect(isValidUsername(ok), ok).toBe(true)
    }
    for (const bad of ['ab', 'A'.repeat(33), 'zhang san', '张三', 'a@b', '']) {
      expect(isValidUsername(bad), bad).toBe(false)
    }
  })

  it('mobiles: 1[3-9] + 9 digits, with +86/0086, spaces and hyphens accepted', () => {
    for (const ok of ['13912345678', '+86 139 1234 5678', '0086-139-1234-5678', '19900000000']) {
      expect(isValidMobile(ok), ok).toBe(true)
    }
    for (const bad of ['12912345678', '1391234567', '139123456789', '+1 13912345678', 'abc']) {
      expect(isValidMobile(bad), bad).toBe(false)
    }
    expect(normaliseMobile('+86 139-1234-5678')).toBe('13912345678')
  })

  it('display names: 1–40 characters, counted as characters', () => {
    expect(isValidDisplayName('张')).toBe(true)
    expect(isValidDisplayName('张'.repeat(40))).toBe(true)
    expect(isValidDisplayName('张'.repeat(41))).toBe(false)
    expect(isValidDisplayName('   ')).toBe(false)
  })

  it('passwords: 8–128 characters', () => {
    expect(isValidPassword('1234567')).toBe(false)
    expect(isValidPassword('12345678')).toBe(true)
    expect(isShortEnoughPassword('x'.repeat(128))).toBe(true)
    expect(isShortEnoughPassword('x'.repeat(129))).toBe(false)
  })
})
