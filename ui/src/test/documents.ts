/** Document (文书) fixtures for component tests: what the core would answer. */
import { flushPromises } from '@vue/test-utils'
import type { CaseFile } from '@/bindings/CaseFile'
import type { DocumentRecord } from '@/bindings/DocumentRecord'
import { caseFile, party } from './cases'
import { byTestId, click, settle } from './helpers'
import { APPLICANT, CASE_NO, RESPONDENT, hearing } from './hearings'

/** A second applicant, and a third party: the party select filters by side. */
export const APPLICANT_2 = party({ id: 'p-qian', name: '钱芳', sex: 'female', position: 2 })
export const THIRD_PARTY = party({
  id: 'p-labour',
  side: 'third_party',
  kind: 'organization',
  name: '庆阳某劳务派遣有限公司',
})

export const DOC_FILE: CaseFile = caseFile(
  { parties: [APPLICANT, APPLICANT_2, RESPONDENT, THIRD_PARTY] },
  {
    id: 'case-1',
    status: 'in_progress',
    caseNo: CASE_NO,
    cause: '劳动报酬争议',
    acceptedOn: '2025-10-10',
    applicants: `${APPLICANT.name}、${APPLICANT_2.name}`,
    respondents: RESPONDENT.name,
  },
)

export const CONTENT_SHA = '3f9a1c0be27d45e8a6b1f0c29d84e7735a0c6b19e2f4d8a7c5b3e1f09d2a6c48'
export const PDF_SHA = '9b1e7d2c4a6f8e0d3c5b7a9f1e2d4c6b8a0f2e4d6c8b0a2f4e6d8c0b2a4f6e8d'

export function documentRecord(partial: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: 'doc-1',
    caseId: 'case-1',
    intakeId: null,
    hearingId: null,
    kind: 'acceptance_notice',
    title: '受理通知书',
    addressee: APPLICANT.name,
    contentSha256: CONTENT_SHA,
    pdfSha256: PDF_SHA,
    sizeBytes: 46_387,
    createdAt: '2025-10-10T06:30:00Z',
    createdByName: '李书记',
    ...partial,
  }
}

export const HEARING = hearing({ id: 'h-1', date: '2025-10-28', time: '09:30', mode: 'online' })
export const HEARING_2 = hearing({
  id: 'h-2',
  date: '2025-11-12',
  time: '14:30',
  mode: 'in_person',
  platform: null,
  meetingNo: null,
  meetingPassword: null,
  joinUrl: null,
  room: '第一仲裁庭',
})

/** The option texts of the select inside `testId` (after opening it). */
export async function optionsOf(testId: string): Promise<string[]> {
  const item = byTestId(testId)!
  await click(item.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item.querySelector('input')!.getAttribute('aria-controls')!
  const texts = [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '')
  // Close it again.
  await click(item.querySelector<HTMLElement>('.el-select__wrapper')!)
  await flushPromises()
  return texts
}

/** Picks the document kind whose title (the option's first line) is `title`. */
export async function chooseKind(title: string): Promise<void> {
  const item = byTestId('document-kind')!
  await click(item.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item.querySelector('input')!.getAttribute('aria-controls')!
  const option = [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ].find((el) => el.querySelector('.generate__option-title')?.textContent?.trim() === title)
  if (!option) throw new Error(`no document kind ${title}`)
  await click(option)
  await settle()
}
