/** The registered parties as options of a select (`申请人：张三`), for the 增加 dialogs. */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Party } from '@/bindings/Party'
import type { PartySide } from '@/bindings/PartySide'

export interface PartyOption {
  value: string
  label: string
}

export function usePartyOptions(parties: () => readonly Party[]): ComputedRef<PartyOption[]> {
  const { t } = useI18n()
  return computed(() =>
    parties().map((party) => ({
      value: party.id,
      label: t('cases.form.partyOptionSingle', {
        side: t(`partySide.${party.side}`),
        name: party.name,
      }),
    })),
  )
}

/** The id of the first party on `side`, else of any party other than `other`. */
export function firstPartyOn(
  parties: readonly Party[],
  side: PartySide,
  other: string | null = null,
): string | null {
  return (
    parties.find((p) => p.side === side && p.id !== other)?.id ??
    parties.find((p) => p.id !== other)?.id ??
    null
  )
}
