import { describe, expect, it } from 'vitest'
import {
  creditCodeCheckChar,
  creditCodeProblem,
  isMainlandMobile,
  maskIdNumber,
  residentIdFacts,
  residentIdProblem,
} from '../identifiers'

const TODAY = '2026-11-29'

describe('resident ID (M1)', () => {
  it('accepts the standard vectors, lower-case x and spaced input', () => {
    for (const id of [
      '11010519491231002X',
      '440524188001010014',
      '513101198201130014',
      '370101190102039973',
      '11010519491231002x',
      '4301 0219 9003 0712 42',
    ]) {
      expect(residentIdProblem(id, TODAY), id).toBeNull()
    }
  })

  it('names what is wrong, as the core does', () => {
    expect(residentIdProblem('110105194912310021', TODAY)).toBe('resident_id_checksum')
    expect(residentIdProblem('11010519491231002', TODAY)).toBe('resident_id_format')
    expect(residentIdProblem('1101051949123100XX', TODAY)).toBe('resident_id_format')
    expect(residentIdProblem('110105491231002', TODAY)).toBe('resident_id_legacy')
    // 30 February, and a birth date after today (the date is checked before the check character).
    expect(residentIdProblem('110105194902300025', TODAY)).toBe('resident_id_birth_date')
    expect(residentIdProblem('110105203001010020', TODAY)).toBe('resident_id_birth_date')
  })

  it('reads the birth date and sex (odd sequence = male)', () => {
    expect(residentIdFacts('11010519491231002X', TODAY)).toEqual({
      birthDate: '1949-12-31',
      sex: 'female',
    })
    expect(residentIdFacts('430102198511200034', TODAY)).toEqual({
      birthDate: '1985-11-20',
      sex: 'male',
    })
    expect(residentIdFacts('110105194912310021', TODAY)).toBeNull()
  })

  it('masks identity numbers for lists', () => {
    expect(maskIdNumber('430102199003071242')).toBe('430102********1242')
    expect(maskIdNumber('E12345678')).toBe('E1*****78')
    expect(maskIdNumber('123')).toBe('***')
  })
})

describe('unified social credit code (M2)', () => {
  it('accepts valid codes, normalising spaces, hyphens and case', () => {
    for (const code of ['91350100M000100Y43', '11320000MB151840XJ', ' 9131-0000-6315-9284-xq ']) {
      expect(creditCodeProblem(code), code).toBeNull()
    }
    expect(creditCodeCheckChar('91350211M0000XUF4')).toBe('R')
  })

  it('tells a checksum failure (overridable) from a bad shape', () => {
    expect(creditCodeProblem('91350211M0000XUF46')).toBe('credit_code_checksum')
    expect(creditCodeProblem('91350100M000100Y4Z')).toBe('credit_code_format')
    expect(creditCodeProblem('91350100M000100Y4')).toBe('credit_code_format')
    expect(creditCodeProblem('91350100M000100YI3')).toBe('credit_code_format')
    expect(creditCodeProblem('913501A0M000100Y43')).toBe('credit_code_format')
  })
})

describe('mobile (M3)', () => {
  it('strips prefixes, separators and full-width digits', () => {
    for (const raw of [
      '13800138000',
      '+86 138 0013 8000',
      '0086-138-0013-8000',
      '１３８００１３８０００',
    ]) {
      expect(isMainlandMobile(raw), raw).toBe(true)
    }
    for (const raw of ['12345678901', '1380013800', '+85213800138000', '1380013800a']) {
      expect(isMainlandMobile(raw), raw).toBe(false)
    }
  })
})
