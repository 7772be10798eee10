/**
 * The minutes as the page lists them: each held or skipped stage with its entries in
 * order, each entry with its original text when edited, and (for the record of changes)
 * the deleted entries with the reason and the sign-off rows (signatures, refusals, the
 * lock), in place. Corrections are listed under the entry they concern.
 */
import type { Correction } from '@/bindings/Correction'
import type { EntryKind } from '@/bindings/EntryKind'
import type { Minutes } from '@/bindings/Minutes'
import type { MinutesLine } from '@/bindings/MinutesLine'
import type { Stage } from '@/bindings/Stage'
import type { StageState } from '@/bindings/StageState'

export interface LineItem {
  kind: 'line'
  id: string
  line: MinutesLine
  /** Position in `minutes.lines` (the test ids and keyboard order). */
  index: number
  /** The text first committed, when it was edited since. */
  original: string | null
}

export interface DeletedItem {
  kind: 'deleted'
  id: string
  speakerLabel: string
  text: string
  reason: string
  createdAt: string
}

/** A row of the log that is not a statement: a signature, a refusal, the lock. */
export interface EventItem {
  kind: 'event'
  id: string
  entryKind: EntryKind
  text: string
  createdAt: string
  createdByName: string
}

export interface StageGroup {
  stage: Stage
  state: StageState
  reason: string | null
  items: Array<LineItem | DeletedItem | EventItem>
}

/** Rows shown as events in the record of changes. */
const EVENT_KINDS: readonly EntryKind[] = ['signature', 'signature_refused', 'lock']
const CORRECTION_KINDS: readonly EntryKind[] = ['correction', 'correction_refused']

/** Whether the log holds anything the record of changes would show. */
export function hasHistory(minutes: Minutes): boolean {
  return minutes.log.some(
    (r) => r.kind === 'edit' || r.kind === 'delete' || EVENT_KINDS.includes(r.kind),
  )
}

/** The corrections of each entry, oldest first. */
export function correctionsByEntry(minutes: Minutes): Map<string, Correction[]> {
  const out = new Map<string, Correction[]>()
  for (const c of minutes.corrections) {
    const list = out.get(c.entryId)
    if (list) list.push(c)
    else out.set(c.entryId, [c])
  }
  return out
}

export function groupMinutes(minutes: Minutes): StageGroup[] {
  const lineIndex = new Map(minutes.lines.map((line, index) => [line.id, index]))
  const deletions = new Map(
    minutes.log.filter((r) => r.kind === 'delete' && r.refersTo).map((r) => [r.refersTo, r.text]),
  )
  const groups: StageGroup[] = minutes.stages
    .filter((p) => p.state !== 'pending')
    .map((p) => ({ stage: p.stage, state: p.state, reason: p.reason, items: [] }))
  for (const row of minutes.log) {
    const group = groups.find((g) => g.stage === row.stage)
    if (!group) continue
    // Sign-off rows, and corrections of an entry no longer listed (deleted since).
    const orphan =
      CORRECTION_KINDS.includes(row.kind) && !(row.refersTo && lineIndex.has(row.refersTo))
    if (EVENT_KINDS.includes(row.kind) || orphan) {
      group.items.push({
        kind: 'event',
        id: row.id,
        entryKind: row.kind,
        text: row.text,
        createdAt: row.createdAt,
        createdByName: row.createdByName,
      })
      continue
    }
    if (row.kind !== 'entry') continue
    const index = lineIndex.get(row.id)
    if (index !== undefined) {
      const line = minutes.lines[index]
      group.items.push({
        kind: 'line',
        id: row.id,
        line,
        index,
        original: line.edited ? row.text : null,
      })
    } else if (deletions.has(row.id)) {
      group.items.push({
        kind: 'deleted',
        id: row.id,
        speakerLabel: row.speakerLabel,
        text: row.text,
        reason: deletions.get(row.id) ?? '',
        createdAt: row.createdAt,
      })
    }
  }
  // Lines the log does not explain (never expected): keep them visible at their stage.
  for (const [index, line] of minutes.lines.entries()) {
    if (groups.some((g) => g.items.some((i) => i.id === line.id))) continue
    const group = groups.find((g) => g.stage === line.stage)
    group?.items.push({ kind: 'line', id: line.id, line, index, original: null })
  }
  return groups
}
