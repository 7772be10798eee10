/**
 * The minutes as the page lists them: each held or skipped stage with its entries in
 * order, each entry with its original text when edited, and (for the record of changes)
 * the deleted entries with the reason, in place.
 */
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

export interface StageGroup {
  stage: Stage
  state: StageState
  reason: string | null
  items: Array<LineItem | DeletedItem>
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
    if (row.kind !== 'entry') continue
    const group = groups.find((g) => g.stage === row.stage)
    if (!group) continue
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
