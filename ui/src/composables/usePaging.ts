import { computed, ref } from 'vue'

/** The page sizes a list offers; it starts with the first. */
const PAGE_SIZES = [20, 50, 100]

/**
 * The page shown, its size, and the total. `pager` binds `ListFooter` in one go
 * (`v-bind="pager"`): its props and its listeners. When the core pages the list, `load`
 * asks it for the rows again; a list held whole (no `load`) slices itself by `pageRange`.
 */
export function usePaging(load?: () => Promise<void>) {
  const page = ref(1)
  const pageSize = ref(PAGE_SIZES[0])
  const total = ref(0)

  /** The rows of the page shown, as the core's list queries take them. */
  const pageRange = () => ({ offset: (page.value - 1) * pageSize.value, limit: pageSize.value })

  function onPageChange(value: number): void {
    page.value = value
    void load?.()
  }

  // The page shown may not exist at the new size: start again from the first.
  function onSizeChange(value: number): void {
    pageSize.value = value
    page.value = 1
    void load?.()
  }

  const pager = computed(() => ({
    page: page.value,
    pageSize: pageSize.value,
    pageSizes: PAGE_SIZES,
    total: total.value,
    onPageChange,
    onSizeChange,
  }))

  return { page, total, pageRange, pager }
}
