import { computed, onBeforeUnmount, onMounted, ref } from 'vue'

/**
 * The hearing timer: seconds since the first stage started (its row's `createdAt`), or,
 * before that, since the page opened. Ticks once a second while the page is shown.
 */
export function useHearingTimer(startedAt: () => string | null) {
  const openedAt = Date.now()
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | null = null

  const fromStart = computed(() => {
    const iso = startedAt()
    return iso !== null && !Number.isNaN(new Date(iso).getTime())
  })
  const elapsed = computed(() => {
    const iso = startedAt()
    const start = fromStart.value && iso ? new Date(iso).getTime() : openedAt
    return Math.max(0, Math.floor((now.value - start) / 1000))
  })

  onMounted(() => {
    timer = setInterval(() => {
      now.value = Date.now()
    }, 1000)
  })
  onBeforeUnmount(() => {
    if (timer) clearInterval(timer)
  })

  return { elapsed, fromStart }
}
