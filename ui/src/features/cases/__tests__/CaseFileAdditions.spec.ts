import { describe, expect, it } from 'vitest'
import CaseFilePage from '../CaseFilePage.vue'
import { ADMIN, byTestId, click, mockCore, mountPage, typeInto, type Call } from '@/test/helpers'
import { caseFile, party, WORKER } from '@/test/cases'
import type { CaseFile } from '@/bindings/CaseFile'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }
const BUTTONS = ['party-add-open', 'claim-add-open', 'evidence-add-open'] as const
const TABS = ['parties', 'claims', 'evidence'] as const

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

async function open(file: CaseFile, user: SessionUser, core: Record<string, unknown> = {}) {
  const calls = mockCore({ get_case: file, ...core })
  const mounted = await mountPage(CaseFilePage, {
    user,
    route: `/cases/${file.summary.id}`,
    props: { id: file.summary.id },
  })
  return { calls, ...mounted }
}

/** Which of the three 增加 buttons each tab shows. */
async function shownButtons(): Promise<string[]> {
  const shown: string[] = []
  for (const [index, tab] of TABS.entries()) {
    await click(`case-tab-${tab}`)
    if (byTestId(BUTTONS[index])) shown.push(BUTTONS[index])
  }
  return shown
}

describe('adding to the case file', () => {
  it('offers the three additions to writers of an open case', async () => {
    await open(caseFile({}, { status: 'in_progress', acceptedOn: '2025-10-10' }), CLERK)
    expect(await shownButtons()).toEqual([...BUTTONS])
  })

  it('hides them on a closed case', async () => {
    await open(caseFile({}, { status: 'closed', closedOn: '2025-11-01' }), CLERK)
    expect(await shownButtons()).toEqual([])
  })

  it('hides them on a case not accepted', async () => {
    await open(caseFile({}, { status: 'not_accepted' }), ADMIN)
    expect(await shownButtons()).toEqual([])
  })

  it('hides them from mediators', async () => {
    await open(caseFile(), MEDIATOR)
    expect(await shownButtons()).toEqual([])
  })

  it('shows the file the core returns after an item of evidence is added', async () => {
    const declared = caseFile({ evidence: [], noEvidenceDeclared: true })
    const updated = caseFile({
      evidence: [
        {
          id: 'e9',
          partyId: WORKER.id,
          position: 1,
          name: '银行流水',
          purpose: '证明工资发放情况',
          originalAvailable: true,
        },
      ],
    })
    const { calls } = await open(declared, CLERK, { add_evidence: () => updated })
    await click('case-tab-evidence')
    expect(byTestId('evidence-table')).toBeNull()
    await click('evidence-add-open')
    await typeInto('evidence-add-name', '银行流水')
    await typeInto('evidence-add-purpose', '证明工资发放情况')
    await click('evidence-add-submit')
    expect(commands(calls, 'add_evidence')).toHaveLength(1)
    expect(text('evidence-table')).toContain('银行流水')
    expect(text('case-tab-evidence')).toBe('证据 1')
  })

  it('shows an added party on the 当事人 tab', async () => {
    const added = party({ id: 'p-new', side: 'third_party', name: '王五' })
    const updated = caseFile({ parties: [...caseFile().parties, added] })
    await open(caseFile(), CLERK, { add_party: () => updated })
    await click('case-tab-parties')
    await click('party-add-open')
    await typeInto('party-add-name', '某某人力资源公司')
    await click('party-add-submit')
    expect(text('party-card-2')).toContain('王五')
    expect(text('case-tab-parties')).toBe('当事人 3')
  })
})
