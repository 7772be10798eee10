/**
 * Who may speak in the minutes, as the record names them (首席仲裁员张仲裁, 申请人赵丽,
 * 被申请人委托代理人周明), and the case data the standard announcements are filled with.
 *
 * The minutes are a Chinese legal record: the texts that go into them (speaker labels,
 * announcements) always come from the zh-CN messages, whatever the UI language.
 */
import { useI18n } from 'vue-i18n'
import type { Agent } from '@/bindings/Agent'
import type { CaseFile } from '@/bindings/CaseFile'
import type { Party } from '@/bindings/Party'
import type { PartySide } from '@/bindings/PartySide'
import type { Seat } from '@/bindings/Seat'
import type { SpeakerRole } from '@/bindings/SpeakerRole'
import type { Tribunal } from '@/bindings/Tribunal'

export const RECORD_LOCALE = 'zh-CN'

export type RecordText = (key: string, params?: Record<string, string>) => string

/** `(key, params)` → the zh-CN message: text for the record. */
export function useRecordText(): RecordText {
  const { t } = useI18n()
  return (key, params = {}) => t(key, params, { locale: RECORD_LOCALE })
}

export interface Speaker {
  /** Stable within the page: `seat:<user>`, `party:<id>`, `agent:<id>`, `witness` … */
  key: string
  role: SpeakerRole
  label: string
}

const SEAT_ORDER: readonly Seat[] = ['sole', 'presiding', 'member', 'clerk']
const SEAT_ROLE: Record<Seat, SpeakerRole> = {
  sole: 'sole_arbitrator',
  presiding: 'presiding_arbitrator',
  member: 'arbitrator',
  clerk: 'clerk',
}
const SIDES: readonly PartySide[] = ['applicant', 'respondent', 'third_party']

/**
 * The speaker chips, in the order the minutes usually need them: the tribunal (presiding
 * or sole arbitrator first, the clerk last), each side's parties each followed by their
 * agents, then a witness and anyone else.
 */
export function buildSpeakers(
  tribunal: Tribunal | null,
  parties: readonly Party[],
  agents: readonly Agent[],
  text: RecordText,
): Speaker[] {
  const out: Speaker[] = []
  const members = [...(tribunal?.members ?? [])].sort(
    (a, b) => SEAT_ORDER.indexOf(a.seat) - SEAT_ORDER.indexOf(b.seat),
  )
  for (const m of members) {
    const role = SEAT_ROLE[m.seat]
    out.push({
      key: `seat:${m.userId}`,
      role,
      label: text(`minutes.speaker.${role}`, { name: m.displayName }),
    })
  }
  for (const side of SIDES) {
    const onSide = parties.filter((p) => p.side === side).sort((a, b) => a.position - b.position)
    for (const p of onSide) {
      out.push({
        key: `party:${p.id}`,
        role: side,
        label: text(`minutes.speaker.${side}`, { name: p.name }),
      })
      for (const a of agents.filter((x) => x.partyId === p.id)) {
        out.push({
          key: `agent:${a.id}`,
          role: 'agent',
          label: text('minutes.speaker.agent', {
            side: text(`partySide.${side}`),
            name: a.name,
          }),
        })
      }
    }
  }
  out.push({ key: 'witness', role: 'witness', label: text('minutes.speaker.witness') })
  out.push({ key: 'other', role: 'other', label: text('minutes.speaker.other') })
  return out
}

/** The index of the speaker a draft named, else of one with its label, else -1. */
export function findSpeaker(
  speakers: readonly Speaker[],
  role: SpeakerRole,
  label: string,
): number {
  const exact = speakers.findIndex((s) => s.role === role && s.label === label)
  return exact >= 0 ? exact : speakers.findIndex((s) => s.label === label)
}

/** The values the standard announcements (`minutes.phrase.*.text`) are filled with. */
export function phraseParams(
  file: CaseFile | null,
  tribunal: Tribunal | null,
  text: RecordText,
): Record<string, string> {
  const members = [...(tribunal?.members ?? [])].sort(
    (a, b) => SEAT_ORDER.indexOf(a.seat) - SEAT_ORDER.indexOf(b.seat),
  )
  const names = (side: PartySide) =>
    (file?.parties ?? [])
      .filter((p) => p.side === side)
      .map((p) => p.name)
      .join(text('minutes.phrase.joiner'))
  return {
    caseNo: file?.summary.caseNo ?? '',
    cause: file?.summary.cause ?? '',
    tribunal: members
      .filter((m) => m.seat !== 'clerk')
      .map((m) => text(`minutes.speaker.${SEAT_ROLE[m.seat]}`, { name: m.displayName }))
      .join(text('minutes.phrase.joiner')),
    clerk: members.find((m) => m.seat === 'clerk')?.displayName ?? '',
    applicant: names('applicant'),
    respondent: names('respondent'),
  }
}
