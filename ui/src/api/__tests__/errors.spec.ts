import { describe, expect, it } from 'vitest'
import { errorMessage, formField, isAppError, toAppError, type Translator } from '../errors'
import { createAppI18n } from '@/i18n'
import type { AppError } from '@/bindings/AppError'

function translator(locale: 'zh-CN' | 'en'): Translator {
  const i18n = createAppI18n(locale)
  return {
    t: (key) => i18n.global.t(key),
    te: (key) => i18n.global.te(key),
    locale,
  }
}

const error = (partial: Partial<AppError>): AppError => ({
  code: 'validation',
  reason: '',
  message: '',
  field: null,
  ...partial,
})

describe('toAppError', () => {
  it('keeps an AppError as it is', () => {
    const raw = error({ code: 'account_locked', reason: 'account_locked', message: '已锁定' })
    expect(toAppError(raw)).toEqual(raw)
  })

  it('fills in a missing reason and field', () => {
    expect(toAppError({ code: 'forbidden', message: '无权限' })).toEqual({
      code: 'forbidden',
      reason: '',
      message: '无权限',
      field: null,
    })
  })

  it('wraps anything else as internal', () => {
    expect(toAppError(new Error('boom'))).toEqual({
      code: 'internal',
      reason: '',
      message: 'boom',
      field: null,
    })
    expect(toAppError('command sign_in not found').code).toBe('internal')
    expect(toAppError(undefined).code).toBe('internal')
    expect(toAppError({ code: 'no_such_code', message: 'x' }).code).toBe('internal')
  })

  it('parses an AppError that arrived as a JSON string', () => {
    const raw = JSON.stringify(error({ code: 'conflict', reason: 'username_taken' }))
    expect(toAppError(raw)).toMatchObject({ code: 'conflict', reason: 'username_taken' })
  })

  it('recognises the shape', () => {
    expect(isAppError(error({}))).toBe(true)
    expect(isAppError({ code: 'validation' })).toBe(false)
    expect(isAppError(null)).toBe(false)
  })
})

describe('errorMessage', () => {
  it('uses the translation of a known reason', () => {
    const e = error({ code: 'unauthenticated', reason: 'bad_credentials', message: '核心消息' })
    expect(errorMessage(e, translator('zh-CN'))).not.toBe('核心消息')
    expect(errorMessage(e, translator('en'))).not.toBe('核心消息')
  })

  it('keeps the core message with the unlock time for a lockout in Chinese', () => {
    const message = '连续 5 次密码错误，账号已锁定 15 分钟，请于 09:15 后再试'
    const e = error({ code: 'account_locked', reason: 'account_locked', message })
    expect(errorMessage(e, translator('zh-CN'))).toBe(message)
    expect(errorMessage(e, translator('en'))).toContain('locked')
  })

  it('falls back to the core message in Chinese for an unknown reason', () => {
    const e = error({ code: 'conflict', reason: 'something_new', message: '核心给出的中文说明' })
    expect(errorMessage(e, translator('zh-CN'))).toBe('核心给出的中文说明')
  })

  it('falls back to the code in English (the core message is Chinese)', () => {
    const e = error({ code: 'conflict', reason: 'something_new', message: '核心给出的中文说明' })
    expect(errorMessage(e, translator('en'))).toBe(
      'The data was changed or conflicts with an existing record. Refresh and try again.',
    )
  })

  it('keeps the core message where it names the field, limit, date or missing items', () => {
    const cases = [
      ['required', '请填写案由'],
      ['text_too_long', '内容过长（最多 100 个字）'],
      ['date_too_early', '受理日期不能早于 2025-10-09'],
      ['application_incomplete', '申请材料不完整，不能受理。尚缺：张三：性别'],
      ['illegal_transition', '案件当前为「已结案」，不能受理'],
    ] as const
    for (const [reason, message] of cases) {
      const e = error({ code: 'validation', reason, message })
      expect(errorMessage(e, translator('zh-CN')), reason).toBe(message)
      expect(errorMessage(e, translator('en')), reason).not.toBe(message)
    }
  })

  it('falls back to the code when there is no message', () => {
    const e = error({ code: 'storage', reason: '', message: '  ' })
    expect(errorMessage(e, translator('zh-CN'))).toBe('读写数据时出错，请检查磁盘空间后重试')
  })

  it('maps every listed reason in both languages', () => {
    const reasons = [
      'bad_credentials',
      'account_locked',
      'username_taken',
      'mobile_taken',
      'mobile_invalid',
      'password_too_short',
      'username_invalid',
      'display_name_invalid',
      'account_pending',
      'account_disabled',
      'forbidden',
      'not_found',
      // case files
      'resident_id_checksum',
      'resident_id_format',
      'resident_id_birth_date',
      'resident_id_legacy',
      'credit_code_checksum',
      'credit_code_format',
      'birth_date_mismatch',
      'sex_mismatch',
      'money_invalid',
      'amount_not_positive',
      'claim_parties_invalid',
      'date_invalid',
      'date_in_future',
      'date_too_early',
      'required',
      'text_too_long',
      'party_name_invalid',
      'evidence_party_invalid',
      'application_incomplete',
      'illegal_transition',
      'competent_commission_required',
      'use_not_accept',
      'pattern_needs_seq',
      'pattern_needs_year',
      'pattern_too_long',
    ]
    for (const locale of ['zh-CN', 'en'] as const) {
      const tr = translator(locale)
      for (const reason of reasons) {
        expect(tr.te(`errors.reasons.${reason}`), `${locale}: ${reason}`).toBe(true)
      }
    }
  })
})

describe('formField', () => {
  const fields = ['username', 'displayName', 'mobile'] as const

  it('matches camelCase, snake_case and prefixed names', () => {
    expect(formField(error({ field: 'username' }), fields)).toBe('username')
    expect(formField(error({ field: 'display_name' }), fields)).toBe('displayName')
    expect(formField(error({ field: 'input.mobile' }), fields)).toBe('mobile')
  })

  it('applies aliases and ignores unknown fields', () => {
    expect(formField(error({ field: 'identifier' }), fields, { identifier: 'mobile' })).toBe(
      'mobile',
    )
    expect(formField(error({ field: 'role' }), fields)).toBeNull()
    expect(formField(error({ field: null }), fields)).toBeNull()
  })
})
