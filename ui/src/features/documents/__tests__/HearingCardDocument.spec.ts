import { describe, expect, it } from 'vitest'
import CaseHearingsTab from '@/features/hearings/CaseHearingsTab.vue'
import { byTestId, click, mockCore, mountPage, type Call } from '@/test/helpers'
import { FILE, MEDIATOR, RESPONDENT, CLERK, choose, hearing } from '@/test/hearings'
import { documentRecord } from '@/test/documents'
import type { DocumentInput } from '@/bindings/DocumentInput'
import type { SessionUser } from '@/bindings/SessionUser'

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const selected = (testId: string) =>
  byTestId(testId)?.querySelector('.el-select__selected-item:not(.is-hidden)')?.textContent?.trim()

const FIRST = hearing({ id: 'h-1', date: '2025-10-28', time: '09:30' })
const SECOND = hearing({ id: 'h-2', date: '2025-11-12', time: '14:30', mode: 'in_person' })

async function open(core: Record<string, unknown>, user: SessionUser = CLERK) {
  const calls = mockCore({
    list_hearings: [FIRST, SECOND],
    list_hearing_recordings: [],
    ...core,
  })
  const mounted = await mountPage(CaseHearingsTab, {
    user,
    route: '/cases/case-1',
    props: { file: FILE },
  })
  return { calls, ...mounted }
}

describe('生成开庭通知书 on a hearing card', () => {
  it('opens the generate dialog preset to that hearing', async () => {
    const made = documentRecord({
      id: 'doc-9',
      hearingId: 'h-2',
      kind: 'hearing_notice',
      title: '开庭通知书',
      addressee: RESPONDENT.name,
    })
    const { calls, wrapper } = await open({ generate_document: made })
    const second = byTestId('hearing-card-1')!
    await click(second.querySelector<HTMLElement>('[data-testid="hearing-notice-doc-open"]')!)
    expect(selected('document-kind')).toBe('开庭通知书')
    expect(selected('document-hearing')).toBe('2025-11-12 14:30 · 线下')
    // The tab's hearings are used as they are.
    expect(commands(calls, 'list_hearings')).toHaveLength(1)
    await choose('document-party', `被申请人：${RESPONDENT.name}`)
    await click('document-generate-confirm')
    expect(commands(calls, 'generate_document')).toEqual([
      {
        cmd: 'generate_document',
        args: {
          input: {
            kind: 'hearing_notice',
            caseId: 'case-1',
            partyId: RESPONDENT.id,
            hearingId: 'h-2',
          } satisfies DocumentInput,
        },
      },
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      `已生成开庭通知书（送达${RESPONDENT.name}）`,
    )
    expect(wrapper.emitted('changed')).toHaveLength(1)
    expect(text('hearing-card-1')).toContain('生成开庭通知书')
  })

  it('is not offered to a mediator', async () => {
    await open({}, MEDIATOR)
    expect(byTestId('hearing-card-0')).not.toBeNull()
    expect(byTestId('hearing-notice-doc-open')).toBeNull()
  })
})
