import { describe, expect, it } from 'vitest'
import ListEmpty from '../ListEmpty.vue'
import { byTestId, click, mountPage } from '@/test/helpers'

const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

describe('ListEmpty', () => {
  it('says what to do, with a button doing it under the page’s test ids', async () => {
    const { wrapper } = await mountPage(ListEmpty, {
      props: {
        hint: '还没有求助事项。',
        action: '登记求助事项',
        actionTestId: 'intake-empty-new',
        'data-testid': 'intake-empty',
      },
    })
    expect(byTestId('intake-empty')?.querySelector('.empty-hint')?.textContent).toBe(
      '还没有求助事项。',
    )
    expect(text('intake-empty-new')).toBe('登记求助事项')
    expect(byTestId('intake-empty-new')?.classList).toContain('el-button--primary')
    expect(wrapper.emitted('action')).toBeUndefined()

    await click('intake-empty-new')
    expect(wrapper.emitted('action')).toEqual([[]])
  })

  it('offers no button without an action', async () => {
    await mountPage(ListEmpty, {
      props: { hint: '没有符合条件的求助事项。', 'data-testid': 'intake-empty' },
    })
    expect(text('intake-empty')).toBe('没有符合条件的求助事项。')
    expect(byTestId('intake-empty')?.querySelector('button')).toBeNull()
  })
})
