import { describe, expect, it } from 'vitest'
import { formatDateTime, shanghaiDate, shanghaiHour, shortHash, shortId } from '../format'
import { isComposing, onEnter } from '../keyboard'

describe('formatDateTime', () => {
  it('shows UTC timestamps in Asia/Shanghai, 24-hour', () => {
    expect(formatDateTime('2025-10-10T06:30:00Z')).toBe('2025-10-10 14:30')
    expect(formatDateTime('2025-12-31T16:05:00Z')).toBe('2026-01-01 00:05')
    expect(formatDateTime('2025-10-10T14:30:00+08:00')).toBe('2025-10-10 14:30')
  })

  it('handles missing and unparsable values', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime('not a date')).toBe('not a date')
  })

  it('knows the hour in Shanghai', () => {
    expect(shanghaiHour(new Date('2025-10-10T23:00:00Z'))).toBe(7)
  })

  it('knows the date in Shanghai', () => {
    expect(shanghaiDate(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31')
    expect(shanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
  })

  it('shortens hashes', () => {
    expect(shortHash('0123456789abcdef')).toBe('0123456789ab')
    expect(shortHash('abc')).toBe('abc')
  })

  it('tells apart ids made in the same minute by their last digits', () => {
    expect(shortId('019ad2f1-3c4e-7a10-8b2c-1234567890ab')).toBe('567890ab')
    expect(shortId('019ad2f1-3c4e-7a10-8b2c-0000000000cd')).toBe('000000cd')
    expect(shortId('abc')).toBe('abc')
  })
})

describe('Enter handling', () => {
  const key = (init: KeyboardEventInit & { keyCode?: number }) => {
    const event = new KeyboardEvent('keydown', { key: 'Enter', ...init })
    if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode })
    return event
  }

  it('ignores Enter during an IME composition (including WebKit’s keyCode 229)', () => {
    expect(isComposing(key({ isComposing: true }))).toBe(true)
    expect(isComposing(key({ keyCode: 229 }))).toBe(true)
    expect(isComposing(key({}))).toBe(false)

    let submitted = 0
    const handler = onEnter(() => (submitted += 1))
    handler(key({ isComposing: true }))
    handler(key({ keyCode: 229 }))
    handler(new KeyboardEvent('keydown', { key: 'a' }))
    expect(submitted).toBe(0)
    handler(key({}))
    expect(submitted).toBe(1)
  })
})
