import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import ListFooter from '../ListFooter.vue'
import { usePaging } from '@/composables/usePaging'
import { click, mountPage } from '@/test/helpers'

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? ''
const hint = () => document.querySelector('.list-footer__hint')
const pageNumbers = () =>
  [...document.querySelectorAll('.el-pager .number')].map((li) => clean(li.textContent))
const currentPage = () => clean(document.querySelector('.el-pager .is-active')?.textContent)

/** Opens the pager's size select and picks the size `size`. */
async function chooseSize(size: number): Promise<void> {
  const sizes = document.querySelector<HTMLElement>('.el-pagination__sizes')!
  await click(sizes.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = sizes.querySelector('input')!.getAttribute('aria-controls')!
  const option = [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ].find((el) => clean(el.textContent).startsWith(`${size}`))
  if (!option) throw new Error(`no page size ${size}`)
  await click(option)
}

const PROPS = { page: 2, pageSize: 20, pageSizes: [20, 50, 100], total: 45 }

describe('ListFooter', () => {
  it('shows the hint, the total and the page shown', async () => {
    await mountPage(ListFooter, { props: { ...PROPS, hint: '单击一行可打开。' } })
    expect(clean(hint()?.textContent)).toBe('单击一行可打开。')
    expect(clean(document.querySelector('.el-pagination__total')?.textContent)).toContain('45')
    expect(pageNumbers()).toEqual(['1', '2', '3'])
    expect(currentPage()).toBe('2')
  })

  it('shows no hint without one', async () => {
    await mountPage(ListFooter, { props: PROPS })
    expect(hint()).toBeNull()
    expect(pageNumbers()).toEqual(['1', '2', '3'])
  })

  it('offers a page jumper only when asked', async () => {
    await mountPage(ListFooter, { props: PROPS })
    expect(document.querySelector('.el-pagination__jump')).toBeNull()
  })

  it('goes to the page typed in the jumper', async () => {
    const { wrapper } = await mountPage(ListFooter, { props: { ...PROPS, jumper: true } })
    const input = document.querySelector<HTMLInputElement>('.el-pagination__jump input')!
    input.value = '3'
    input.dispatchEvent(new Event('input'))
    input.dispatchEvent(new Event('change'))
    await flushPromises()
    expect(wrapper.emitted('page-change')).toEqual([[3]])
  })

  it('passes the page and the size chosen on', async () => {
    const { wrapper } = await mountPage(ListFooter, { props: PROPS })
    await click(document.querySelector<HTMLElement>('.el-pagination .btn-next')!)
    expect(wrapper.emitted('page-change')).toEqual([[3]])

    await chooseSize(50)
    expect(wrapper.emitted('size-change')).toEqual([[50]])
  })

  it('asks again for the rows chosen, when bound to usePaging', async () => {
    const asked: { offset: number; limit: number }[] = []
    const List = defineComponent({
      setup() {
        const { total, pageRange, pager } = usePaging(async () => {
          asked.push(pageRange())
        })
        total.value = 45
        // As `v-bind="pager"` does in a template.
        return () => h(ListFooter, pager.value)
      },
    })
    await mountPage(List)

    await click(document.querySelector<HTMLElement>('.el-pagination .btn-next')!)
    expect(asked).toEqual([{ offset: 20, limit: 20 }])
    expect(currentPage()).toBe('2')

    // A new size starts again from the first page.
    await chooseSize(50)
    expect(asked).toEqual([
      { offset: 20, limit: 20 },
      { offset: 0, limit: 50 },
    ])
    expect(pageNumbers()).toEqual(['1'])
  })
})
