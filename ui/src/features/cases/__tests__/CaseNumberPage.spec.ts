import { describe, expect, it } from 'vitest'
import CaseNumberPage from '../CaseNumberPage.vue'
import { ADMIN, appError, byTestId, click, mockCore, mountPage, typeInto } from '@/test/helpers'
import { shanghaiDate } from '@/utils/format'

const YEAR = shanghaiDate().slice(0, 4)
const PATTERN = '西劳人仲案字〔{year}〕第{seq}号'
const text = (testId: string) => byTestId(testId)?.textContent?.trim() ?? ''

describe('CaseNumberPage', () => {
  it('shows the pattern and previews case 15 of this year', async () => {
    mockCore({ case_number_pattern: PATTERN })
    await mountPage(CaseNumberPage, { user: ADMIN, route: '/admin-case-number' })
    expect(text('case-pattern-current')).toBe(PATTERN)
    expect(text('case-pattern-preview')).toBe(`西劳人仲案字〔${YEAR}〕第15号`)
    // The explanation keeps its placeholders.
    expect(document.querySelector('.page-intro')?.textContent).toContain('{seq:3}')

    await typeInto('case-pattern-input', '湘劳人仲字〔{year}〕{seq:4}号')
    expect(text('case-pattern-preview')).toBe(`湘劳人仲字〔${YEAR}〕0015号`)
  })

  it('refuses a pattern without a sequence and saves a good one', async () => {
    const calls = mockCore({
      case_number_pattern: PATTERN,
      set_case_number_pattern: (args: Record<string, unknown>) => String(args.pattern),
    })
    await mountPage(CaseNumberPage, { user: ADMIN, route: '/admin-case-number' })
    await typeInto('case-pattern-input', '西劳人仲案字〔{year}〕号')
    await click('case-pattern-save')
    expect(text('case-pattern-input')).toContain('案号格式须包含序号占位符 {seq}')
    expect(calls.filter((c) => c.cmd === 'set_case_number_pattern')).toEqual([])

    await typeInto('case-pattern-input', '西劳人仲案字〔{year}〕第{seq:3}号')
    await click('case-pattern-save')
    expect(calls.filter((c) => c.cmd === 'set_case_number_pattern')).toEqual([
      { cmd: 'set_case_number_pattern', args: { pattern: '西劳人仲案字〔{year}〕第{seq:3}号' } },
    ])
    expect(text('case-pattern-current')).toBe('西劳人仲案字〔{year}〕第{seq:3}号')
    expect(document.querySelector('.el-message--success')?.textContent).toContain('案号格式已保存')
  })

  it('shows the core’s refusal under the field', async () => {
    mockCore({
      case_number_pattern: PATTERN,
      set_case_number_pattern: () => {
        throw appError({
          code: 'validation',
          reason: 'pattern_needs_year',
          message: '案号格式须包含年份占位符 {year}（序号按年编排）',
          field: 'pattern',
        })
      },
    })
    await mountPage(CaseNumberPage, { user: ADMIN, route: '/admin-case-number' })
    await typeInto('case-pattern-input', '西劳人仲案字〔{year}〕第{seq}号 ')
    await typeInto('case-pattern-input', '西劳人仲案字〔{year}〕第{seq:2}号')
    await click('case-pattern-save')
    expect(byTestId('case-pattern-input')?.classList).toContain('is-error')
    expect(text('case-pattern-input')).toContain('案号格式须包含年份占位符 {year}')
  })
})
