import { computed, ref, watch, type Ref } from 'vue'
import { api } from '@/api/client'
import { toAppError } from '@/api/errors'
import type { ConsentPreview } from '@/bindings/ConsentPreview'
import { useErrorText } from '@/composables/useErrorText'
import type { ConsentForm } from './consentForm'

/**
 * The exact text a party is asked to agree to, fetched again whenever the party, the
 * kind or the days change while the dialog is open (not for a revocation, which shows
 * the grant it withdraws). Late answers to earlier questions are dropped.
 */
export function useConsentPreview(
  caseId: () => string,
  form: ConsentForm,
  active: () => boolean,
  visible: Ref<boolean>,
) {
  const errorText = useErrorText()
  const preview = ref<ConsentPreview | null>(null)
  const error = ref('')
  const loading = ref(false)
  let token = 0

  async function reload(): Promise<void> {
    const mine = ++token
    preview.value = null
    error.value = ''
    if (!active() || !form.partyId) return
    loading.value = true
    try {
      const days = form.kind === 'defense_waiver' ? (form.shortenedToDays ?? undefined) : undefined
      const next = await api.consentPreview(caseId(), form.partyId, form.kind, days)
      if (mine === token) preview.value = next
    } catch (raw) {
      if (mine === token) error.value = errorText(toAppError(raw))
    } finally {
      if (mine === token) loading.value = false
    }
  }

  const key = computed(() =>
    visible.value ? JSON.stringify([form.partyId, form.kind, form.shortenedToDays]) : '',
  )
  watch(
    key,
    (next) => {
      if (next) void reload()
    },
    { immediate: true },
  )

  return { preview, error, loading, reload }
}
