/**
 * What acceptance still needs, in the user's language. The core names each item by a
 * field path and a Chinese label; Chinese shows the core's label, English is built from
 * the path (with the party's name) when the path is one the UI knows.
 */
import type { CaseFile } from '@/bindings/CaseFile'
import type { MissingItem } from '@/bindings/MissingItem'

type Translate = (key: string, params?: Record<string, unknown>) => string

const PARTY_FIELDS = new Set([
  'sex',
  'birthDate',
  'idNumber',
  'domicile',
  'mailingAddress',
  'mobile',
  'phone',
  'legalRepName',
  'legalRepTitle',
])
const CASE_FIELDS = new Set(['claims', 'facts', 'evidence', 'oralConfirmed'])

export function missingLabel(
  item: MissingItem,
  file: CaseFile,
  t: Translate,
  locale: string,
): string {
  if (locale.startsWith('zh')) return item.label
  if (item.field === 'parties') {
    return t(
      item.label.includes('被申请人')
        ? 'cases.file.missing.respondent'
        : 'cases.file.missing.applicant',
    )
  }
  if (CASE_FIELDS.has(item.field)) return t(`cases.file.missing.${item.field}`)
  const match = /^parties\.(\d+)\.(\w+)$/.exec(item.field)
  const party = match ? file.parties[Number(match[1])] : undefined
  if (match && party && PARTY_FIELDS.has(match[2])) {
    return t('cases.file.missingItem', {
      party: party.name,
      item: t(`cases.file.missing.${match[2]}`),
    })
  }
  return item.label
}
