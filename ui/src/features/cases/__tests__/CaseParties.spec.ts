import { describe, expect, it } from 'vitest'
import CaseFilePage from '../CaseFilePage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  fieldErrors,
  inputOf,
  mockCore,
  mountPage,
  typeInto,
  type Call,
} from '@/test/helpers'
import { caseFile, EMPLOYER } from '@/test/cases'
import type { AgentInput } from '@/bindings/AgentInput'
import type { AuditEntry } from '@/bindings/AuditEntry'
import type { CaseFile } from '@/bindings/CaseFile'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

const NO_TITLE = { ...EMPLOYER, legalRepTitle: null }
const INCOMPLETE = caseFile({
  parties: [caseFile().parties[0], NO_TITLE],
  missingForAcceptance: [
    { field: 'parties.1.legalRepTitle', label: '长沙某某科技有限公司：法定代表人职务' },
    { field: 'evidence', label: '证据清单（无证据的须明确声明）' },
  ],
})

async function open(file: CaseFile, user: SessionUser, core: Record<string, unknown> = {}) {
  const calls = mockCore({ get_case: file, ...core })
  const mounted = await mountPage(CaseFilePage, {
    user,
    route: `/cases/${file.summary.id}`,
    props: { id: file.summary.id },
  })
  return { calls, ...mounted }
}

describe('editing a party', () => {
  it('sends update_party with the party’s fields and shows the core’s error under the field', async () => {
    const { calls } = await open(INCOMPLETE, CLERK, {
      update_party: () => {
        throw appError({
          code: 'validation',
          reason: 'text_too_long',
          field: 'legalRepTitle',
          message: '法定代表人职务过长',
        })
      },
    })
    await click('case-tab-parties')
    await click('party-edit-1')
    // Pre-filled; side and kind are fixed.
    expect(inputOf('party-edit-name').value).toBe(EMPLOYER.name)
    expect(inputOf('party-edit-credit-code').value).toBe(EMPLOYER.creditCode)
    expect(byTestId('party-edit-side')).toBeNull()
    await typeInto('party-edit-legal-rep-title', '执行董事')
    await click('party-edit-save')

    expect(commands(calls, 'update_party')).toEqual([
      {
        cmd: 'update_party',
        args: {
          caseId: 'case-1',
          partyId: EMPLOYER.id,
          input: {
            side: 'respondent',
            kind: 'organization',
            name: EMPLOYER.name,
            creditCode: EMPLOYER.creditCode,
            legalRepName: '李四',
            legalRepTitle: '执行董事',
            phone: EMPLOYER.phone,
            domicile: EMPLOYER.domicile,
            mailingAddress: EMPLOYER.mailingAddress,
          },
        },
      },
    ])
    expect(byTestId('party-edit-legal-rep-title')?.classList).toContain('is-error')
    expect(text('party-edit-legal-rep-title')).toContain('法定代表人职务过长')
  })

  it('saves and shows the updated file', async () => {
    const updated = caseFile({ parties: [caseFile().parties[0], EMPLOYER] })
    const { calls } = await open(INCOMPLETE, CLERK, { update_party: () => updated })
    await click('case-tab-parties')
    await click('party-edit-1')
    await typeInto('party-edit-legal-rep-title', '总经理')
    await click('party-edit-save')
    expect(commands(calls, 'update_party')).toHaveLength(1)
    expect(text('party-card-1')).toContain('总经理')
    expect(fieldErrors()).toEqual([])
  })

  it('opens the party’s dialog on a missing item from the overview', async () => {
    await open(INCOMPLETE, CLERK)
    expect(byTestId('party-edit-dialog')).toBeNull()
    await click('missing-parties.1.legalRepTitle')
    expect(byTestId('party-edit-dialog')).not.toBeNull()
    expect(inputOf('party-edit-name').value).toBe(EMPLOYER.name)
    expect(document.activeElement).toBe(inputOf('party-edit-legal-rep-title'))
    // Not a party field: no link.
    expect(byTestId('missing-evidence')).toBeNull()
  })

  it('offers no editing to mediators', async () => {
    await open(INCOMPLETE, MEDIATOR)
    expect(byTestId('missing-parties.1.legalRepTitle')).toBeNull()
    await click('case-tab-parties')
    expect(byTestId('party-edit-0')).toBeNull()
    expect(byTestId('agent-add-0')).toBeNull()
  })

  it('offers no editing on a closed case', async () => {
    await open(caseFile({}, { status: 'closed', closedOn: '2025-11-01' }), CLERK)
    await click('case-tab-parties')
    expect(byTestId('party-edit-0')).toBeNull()
  })
})

describe('agents', () => {
  it('asks a special authority for its scope before sending add_agent', async () => {
    const withAgent = caseFile({
      agents: [
        {
          id: 'a1',
          partyId: EMPLOYER.id,
          name: '钱律师',
          kind: 'lawyer',
          organization: '湖南某某律师事务所',
          mobile: '13900001111',
          idNumber: null,
          authority: 'special',
          authorityScope: '代为承认、放弃、变更仲裁请求',
          poaReceivedOn: '2025-10-10',
        },
      ],
    })
    const { calls } = await open(caseFile(), CLERK, { add_agent: () => withAgent })
    await click('case-tab-parties')
    await click('agent-add-1')
    await typeInto('agent-name', '钱律师')
    await click('agent-authority-special')
    await click('agent-save')
    expect(commands(calls, 'add_agent')).toEqual([])
    expect(text('agent-scope')).toContain('特别授权须写明授权事项')

    await typeInto('agent-scope', '代为承认、放弃、变更仲裁请求')
    await click('agent-save')
    expect(commands(calls, 'add_agent').map((c) => c.args)).toEqual([
      {
        caseId: 'case-1',
        input: {
          partyId: EMPLOYER.id,
          name: '钱律师',
          kind: 'lawyer',
          authority: 'special',
          authorityScope: '代为承认、放弃、变更仲裁请求',
        } satisfies AgentInput,
      },
    ])
    const shown = text('party-agents-1')
    expect(shown).toContain('钱律师')
    expect(shown).toContain('特别授权')
    expect(shown).toContain('2025-10-10')
  })

  it('shows the core’s scope_required under the scope field', async () => {
    const { calls } = await open(caseFile(), CLERK, {
      add_agent: () => {
        throw appError({
          code: 'validation',
          reason: 'scope_required',
          field: 'input.authorityScope',
          message: '特别授权须写明授权事项',
        })
      },
    })
    await click('case-tab-parties')
    await click('agent-add-0')
    await typeInto('agent-name', '张父')
    await click('agent-save')
    expect(commands(calls, 'add_agent')).toHaveLength(1)
    expect(byTestId('agent-scope')?.classList).toContain('is-error')
  })
})

describe('the 审计 tab', () => {
  const entry = (seq: number, action: string, summary: string): AuditEntry => ({
    seq,
    at: `2025-10-0${seq}T02:0${seq}:00Z`,
    actorId: 'u-clerk',
    actorLabel: '赵书记',
    action,
    entityType: 'case',
    entityId: 'case-1',
    summary,
    hash: `abcdef0123456789${seq}`,
  })

  it('lists the case’s entries oldest first with Chinese action labels', async () => {
    const { calls } = await open(caseFile(), MEDIATOR, {
      entity_audit: [
        entry(1, 'case.received', '登记仲裁申请'),
        entry(2, 'case.party_updated', '修改被申请人'),
        entry(3, 'case.something_new', '未知操作'),
      ],
    })
    expect(commands(calls, 'entity_audit')).toEqual([])
    await click('case-tab-audit')
    expect(commands(calls, 'entity_audit').map((c) => c.args)).toEqual([
      { entityType: 'case', entityId: 'case-1' },
    ])
    const rows = [...document.querySelectorAll('[data-testid=entity-audit-table] tbody tr')].map(
      (row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    )
    expect(rows).toHaveLength(3)
    expect(rows[0]).toContain('2025-10-01 10:01')
    expect(rows[0]).toContain('登记申请')
    expect(rows[0]).toContain('abcdef012345')
    expect(rows[1]).toContain('修改当事人')
    expect(rows[2]).toContain('case.something_new')
  })
})
