import { computed, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { api } from '@/api/client'
import { toAppError } from '@/api/errors'
import type { CaseFile } from '@/bindings/CaseFile'
import type { EntryInput } from '@/bindings/EntryInput'
import type { Minutes } from '@/bindings/Minutes'
import type { MinutesDraft } from '@/bindings/MinutesDraft'
import type { Tribunal } from '@/bindings/Tribunal'
import { useErrorText } from '@/composables/useErrorText'
import { buildSpeakers, findSpeaker, phraseParams, useRecordText, type Speaker } from './speakers'
import { useMinutesDraft } from './useMinutesDraft'

interface Options {
  hearingId: () => string
  canWrite: () => boolean
  minutes: Ref<Minutes | null>
  file: Ref<CaseFile | null>
  tribunal: Ref<Tribunal | null>
  /** Puts the cursor back in the statement box. */
  focus: () => void
  /** Reads the minutes again after a commit. */
  reload: () => Promise<void>
}

/**
 * The statement being typed: its speaker, text and recording mark, kept as a draft on
 * the core (restored on load), and committed once — never twice, never lost.
 */
export function useMinutesComposer(o: Options) {
  const { t } = useI18n()
  const errorText = useErrorText()
  const recordText = useRecordText()

  /** A speaker a restored draft named who is no longer among the chips. */
  const extraSpeakers = ref<Speaker[]>([])
  const speakers = computed(() => [
    ...buildSpeakers(
      o.tribunal.value,
      o.file.value?.parties ?? [],
      o.file.value?.agents ?? [],
      recordText,
    ),
    ...extraSpeakers.value,
  ])
  const params = computed(() => phraseParams(o.file.value, o.tribunal.value, recordText))
  const speakerIndex = ref(0)
  const text = ref('')
  const mark = ref<number | null>(null)
  const committing = ref(false)
  const commitError = ref('')
  const restored = ref(false)

  function snapshot(body: string = text.value): MinutesDraft | null {
    const speaker = speakers.value[speakerIndex.value]
    const minutes = o.minutes.value
    if (!o.canWrite() || !minutes || !speaker) return null
    const stage = minutes.currentStage ?? 'preparation'
    return { stage, speakerRole: speaker.role, speakerLabel: speaker.label, text: body }
  }

  const draft = useMinutesDraft(o.hearingId, () => snapshot())
  const draftError = computed(() => (draft.error.value ? errorText(draft.error.value) : ''))
  /** Off while loading, so that restoring a draft does not save it straight back. */
  let tracking = false
  watch([text, speakerIndex], () => {
    if (tracking) draft.schedule()
  })

  function track(on: boolean): void {
    tracking = on
  }

  async function restore(): Promise<void> {
    const found = await draft.restore().catch(() => null)
    if (!found) return
    let index = findSpeaker(speakers.value, found.speakerRole, found.speakerLabel)
    if (index < 0 && found.speakerLabel) {
      const { speakerRole: role, speakerLabel: label } = found
      extraSpeakers.value = [{ key: `draft:${label}`, role, label }]
      index = speakers.value.length - 1
    }
    if (index >= 0) speakerIndex.value = index
    if (found.text.trim() !== '') {
      text.value = found.text
      restored.value = true
    }
  }

  /** Enter: one entry with the chosen speaker; the same text can never go twice. */
  async function commit(): Promise<void> {
    const minutes = o.minutes.value
    if (committing.value || !o.canWrite() || !minutes) return
    const body = text.value
    if (body.trim() === '') return
    if (!minutes.currentStage) {
      commitError.value = t('minutes.composer.noStage')
      return
    }
    const speaker = speakers.value[speakerIndex.value]
    if (!speaker) return
    const input: EntryInput = {
      speakerRole: speaker.role,
      speakerLabel: speaker.label,
      text: body.trim(),
    }
    if (mark.value !== null) input.recordingOffsetS = mark.value
    committing.value = true
    commitError.value = ''
    draft.cancel()
    try {
      await api.addMinutesEntry(o.hearingId(), input)
    } catch (error) {
      commitError.value = errorText(toAppError(error))
      committing.value = false
      void draft.save() // the text stays, and stays safe
      o.focus()
      return
    }
    // Whatever was typed while the entry was on its way stays in the box.
    const now = text.value
    const rest =
      now === body ? '' : now.startsWith(body) ? now.slice(body.length).replace(/^\s*\n/, '') : now
    mark.value = null
    restored.value = false
    draft.known(snapshot('')) // the core dropped the draft with the commit
    text.value = rest
    committing.value = false
    o.focus()
    await o.reload()
  }

  return {
    speakers,
    params,
    speakerIndex,
    text,
    mark,
    committing,
    commitError,
    restored,
    draftStatus: draft.status,
    draftError,
    track,
    restore,
    commit,
  }
}
