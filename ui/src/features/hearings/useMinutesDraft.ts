import { onBeforeUnmount, onMounted, ref } from 'vue'
import { api } from '@/api/client'
import { toAppError } from '@/api/errors'
import type { AppError } from '@/bindings/AppError'
import type { MinutesDraft } from '@/bindings/MinutesDraft'

export const DRAFT_DELAY_MS = 300

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'failed'

/**
 * The entry being typed, kept on the core so that a crash or a closed window loses
 * nothing: saved 300 ms after the last change, at once when the page is hidden or left
 * with text in it. An unchanged draft is not sent again. `draft()` answers null when
 * there is nothing to keep (a reader, or the page still loading).
 */
export function useMinutesDraft(hearingId: () => string, draft: () => MinutesDraft | null) {
  const status = ref<DraftStatus>('idle')
  const error = ref<AppError | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null
  let last = ''
  /** Field by field, so that the order the core sends them in does not matter. */
  const keyOf = (d: MinutesDraft) =>
    JSON.stringify([d.stage, d.speakerRole, d.speakerLabel, d.text])

  function cancel(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  async function save(): Promise<void> {
    cancel()
    const next = draft()
    if (!next) return
    const key = keyOf(next)
    if (key === last) return
    status.value = 'saving'
    try {
      await api.saveMinutesDraft(hearingId(), next)
      last = key
      status.value = 'saved'
      error.value = null
    } catch (raw) {
      status.value = 'failed'
      error.value = toAppError(raw)
    }
  }

  function schedule(): void {
    cancel()
    timer = setTimeout(() => {
      timer = null
      void save()
    }, DRAFT_DELAY_MS)
  }

  /** What the core holds now (after a restore, or the empty draft after a commit). */
  function known(value: MinutesDraft | null): void {
    last = value ? keyOf(value) : ''
  }

  async function restore(): Promise<MinutesDraft | null> {
    const found = await api.getMinutesDraft(hearingId())
    known(found)
    return found
  }

  /** Leaving or hiding the page: keep any text now, without waiting for the delay. */
  function flush(): void {
    const next = draft()
    if (timer !== null || (next && next.text.trim() !== '')) void save()
  }

  function onVisibility(): void {
    if (document.visibilityState === 'hidden') flush()
  }

  onMounted(() => {
    window.addEventListener('beforeunload', flush)
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onVisibility)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', flush)
    window.removeEventListener('pagehide', flush)
    document.removeEventListener('visibilitychange', onVisibility)
    flush()
  })

  return { status, error, schedule, save, cancel, restore, known, flush }
}
