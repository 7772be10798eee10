import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/i18n'
import { daysBetween, isIntakeStatus, recordText, shanghaiInstant } from '../model'

describe('intake model', () => {
  it('counts calendar days between two dates', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3)
    expect(daysBetween('2026-03-02', '2026-03-02')).toBe(0)
    expect(daysBetween('2026-03-02', '2026-02-28')).toBe(-2)
  })

  it('reads a picked time in Asia/Shanghai', () => {
    expect(shanghaiInstant('2026-03-02T09:30:00')).toBe('2026-03-02T09:30:00+08:00')
    expect(new Date(shanghaiInstant('2026-03-02T09:30:00')).toISOString()).toBe(
      '2026-03-02T01:30:00.000Z',
    )
  })

  it('records names in Chinese whatever the UI language', () => {
    const { t } = createAppI18n('en').global
    expect(t('intake.materials.common.contract')).toBe('Labour contract')
    expect(recordText(t, 'intake.materials.common.contract')).toBe('劳动合同')
  })

  it('knows its statuses', () => {
    expect(isIntakeStatus('transferred')).toBe(true)
    expect(isIntakeStatus('received')).toBe(false)
  })
})
