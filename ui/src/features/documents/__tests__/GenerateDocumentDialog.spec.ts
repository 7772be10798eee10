import { describe, expect, it } from 'vitest'
import GenerateDocumentDialog from '../GenerateDocumentDialog.vue'
import {
  appError,
  byTestId,
  click,
  fieldErrors,
  mockCore,
  mountPage,
  settle,
  type Call,
} from '@/test/helpers'
import { APPLICANT, CLERK, RESPONDENT, check, choose } from '@/test/hearings'
import {
  APPLICANT_2,
  DOC_FILE,
  THIRD_PARTY,
  chooseKind,
  documentRecord,
  optionsOf,
} from '@/test/documents'
import type { CaseFile } from '@/bindings/CaseFile'
import type { CaseSummary } from '@/bindings/CaseSummary'
import type { DocumentInput } from '@/bindings/DocumentInput'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const isError = (testId: string) => byTestId(testId)?.classList.contains('is-error') ?? false

const ACCEPTANCE = documentRecord()
const HEARING_NOTICE = documentRecord({
  id: 'doc-2',
  kind: 'hearing_notice',
  title: '开庭通知书',
  addressee: RESPONDENT.name,
  createdAt: '2025-10-20T17:05:00Z',
})
const EARLIER_RECEIPT = documentRecord({
  id: 'doc-3',
  kind: 'service_receipt',
  title: '送达回证',
  addressee: APPLICANT.name,
})

function fileWith(summary: Partial<CaseSummary>): CaseFile {
  return { ...DOC_FILE, summary: { ...DOC_FILE.summary, ...summary } }
}

async function open(file: CaseFile, core: Record<string, unknown> = {}) {
  const calls = mockCore({
    list_documents: [HEARING_NOTICE, EARLIER_RECEIPT, ACCEPTANCE],
    generate_document: (args: Record<string, unknown>) =>
      documentRecord({ id: 'doc-new', kind: (args.input as DocumentInput).kind }),
    ...core,
  })
  const mounted = await mountPage(GenerateDocumentDialog, {
    user: CLERK,
    route: '/cases/case-1',
    props: { modelValue: false, file },
  })
  await mounted.wrapper.setProps({ modelValue: true })
  await settle()
  return { calls, ...mounted }
}

/** The titles of the kinds offered (each option's first line). */
async function kindTitles(): Promise<string[]> {
  const item = byTestId('document-kind')!
  await click(item.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item.querySelector('input')!.getAttribute('aria-controls')!
  const titles = [
    ...document.getElementById(listbox)!.querySelectorAll('.generate__option-title'),
  ].map((el) => el.textContent?.trim() ?? '')
  await click(item.querySelector<HTMLElement>('.el-select__wrapper')!)
  return titles
}

const closedBy = (closureType: CaseSummary['closureType']) =>
  fileWith({ status: 'closed', closureType, closedOn: '2025-11-20' })

describe('generating a 裁决书', () => {
  it('is offered only on a case closed by an award', async () => {
    await open(DOC_FILE)
    expect(await kindTitles()).not.toContain('裁决书')
  })

  it('is not offered on a case closed by mediation', async () => {
    await open(closedBy('mediation'))
    const titles = await kindTitles()
    expect(titles).not.toContain('裁决书')
    expect(titles).toContain('调解书')
  })

  it('needs neither a party nor a hearing on a case closed by an award', async () => {
    const { calls, wrapper } = await open(closedBy('award_non_final'))
    const titles = await kindTitles()
    expect(titles).toContain('裁决书')
    expect(titles).not.toContain('急难愁盼事项受理转办单')
    expect(titles.indexOf('裁决书')).toBe(titles.indexOf('调解书') + 1)
    await chooseKind('裁决书')
    expect(byTestId('document-party')).toBeNull()
    expect(byTestId('document-hearing')).toBeNull()
    expect(byTestId('receipt-documents')).toBeNull()
    await click('document-generate-confirm')
    expect(commands(calls, 'generate_document').map((c) => c.args.input)).toEqual([
      { kind: 'award', caseId: 'case-1' } satisfies DocumentInput,
    ])
    expect(wrapper.emitted('done')).toHaveLength(1)
  })
})

describe('generating a 送达回证', () => {
  it('is offered on a case not accepted, beside its 不予受理通知书', async () => {
    await open(fileWith({ status: 'not_accepted', closureType: 'not_accepted', acceptedOn: null }))
    expect(await kindTitles()).toEqual(['不予受理通知书', '送达回证'])
  })

  it('serves the chosen documents on a party of any side', async () => {
    const { calls, wrapper } = await open(DOC_FILE)
    expect(commands(calls, 'list_documents')).toEqual([])
    await chooseKind('送达回证')
    expect(text('document-kind-hint')).toBe('选择受送达人及一并送达的文书')
    expect(commands(calls, 'list_documents')).toEqual([
      { cmd: 'list_documents', args: { caseId: 'case-1' } },
    ])
    expect(text('document-party')).toContain('受送达人')
    expect(await optionsOf('document-party')).toEqual([
      `申请人：${APPLICANT.name}`,
      `申请人：${APPLICANT_2.name}`,
      `被申请人：${RESPONDENT.name}`,
      `第三人：${THIRD_PARTY.name}`,
    ])
    // Every document of the case but the earlier 送达回证, with addressee and date.
    expect(byTestId('receipt-document-doc-3')).toBeNull()
    expect(text('receipt-document-doc-2')).toBe(`开庭通知书送达${RESPONDENT.name}2025-10-21`)
    expect(text('receipt-document-doc-1')).toBe(`受理通知书送达${APPLICANT.name}2025-10-10`)

    await click('document-generate-confirm')
    expect(fieldErrors()).toEqual(['请选择送达的当事人', '请至少选择一份送达的文书'])
    expect(isError('receipt-documents')).toBe(true)
    expect(commands(calls, 'generate_document')).toEqual([])

    await choose('document-party', `第三人：${THIRD_PARTY.name}`)
    await check('receipt-document-doc-1')
    await check('receipt-document-doc-2')
    await settle()
    expect(isError('receipt-documents')).toBe(false)
    await click('document-generate-confirm')
    expect(commands(calls, 'generate_document').map((c) => c.args.input)).toEqual([
      {
        kind: 'service_receipt',
        caseId: 'case-1',
        partyId: THIRD_PARTY.id,
        documentIds: ['doc-1', 'doc-2'],
      } satisfies DocumentInput,
    ])
    expect(wrapper.emitted('done')).toHaveLength(1)
  })

  it('wants at least one document even with a party chosen', async () => {
    const { calls } = await open(DOC_FILE)
    await chooseKind('送达回证')
    await choose('document-party', `被申请人：${RESPONDENT.name}`)
    await click('document-generate-confirm')
    expect(fieldErrors()).toEqual(['请至少选择一份送达的文书'])
    expect(commands(calls, 'generate_document')).toEqual([])
  })

  it('says what to do when the case has nothing to serve yet', async () => {
    await open(DOC_FILE, { list_documents: [EARLIER_RECEIPT] })
    await chooseKind('送达回证')
    expect(text('receipt-documents-empty')).toContain('本案尚无可送达的文书')
  })

  it('puts the core’s refusal of a document under the documents', async () => {
    await open(DOC_FILE, {
      generate_document: () => {
        throw appError({
          code: 'validation',
          reason: 'document_not_in_case',
          field: 'documentIds',
          message: '送达的文书须为本案的文书',
        })
      },
    })
    await chooseKind('送达回证')
    await choose('document-party', `被申请人：${RESPONDENT.name}`)
    await check('receipt-document-doc-2')
    await click('document-generate-confirm')
    expect(isError('receipt-documents')).toBe(true)
    expect(fieldErrors()).toEqual(['送达的文书须为本案的文书'])
    expect(byTestId('document-generate-error')).toBeNull()
  })

  it('reads the documents again when opened again', async () => {
    const { calls, wrapper } = await open(DOC_FILE)
    await chooseKind('送达回证')
    await check('receipt-document-doc-1')
    await wrapper.setProps({ modelValue: false })
    await settle()
    await wrapper.setProps({ modelValue: true })
    await settle()
    await chooseKind('送达回证')
    expect(commands(calls, 'list_documents')).toHaveLength(2)
    // Nothing is ticked from the last time.
    expect(
      byTestId('receipt-document-doc-1')?.querySelector<HTMLInputElement>('input')?.checked,
    ).toBe(false)
  })
})
