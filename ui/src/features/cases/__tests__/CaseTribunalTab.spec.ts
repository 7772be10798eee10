import { describe, expect, it } from 'vitest'
import CaseFilePage from '../CaseFilePage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  mockCore,
  mountPage,
  typeInto,
  userSummary,
  type Call,
} from '@/test/helpers'
import { caseFile, EMPLOYER } from '@/test/cases'
import type { CaseFile } from '@/bindings/CaseFile'
import type { Recusal } from '@/bindings/Recusal'
import type { RosterEntry } from '@/bindings/RosterEntry'
import type { SessionUser } from '@/bindings/SessionUser'
import type { Tribunal } from '@/bindings/Tribunal'
import type { TribunalInput } from '@/bindings/TribunalInput'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

const ACCEPTED: CaseFile = caseFile(
  {},
  { status: 'accepted', caseNo: '西劳人仲案字〔2025〕第15号', acceptedOn: '2025-10-10' },
)

const USERS = [
  userSummary({ username: 'wang', id: 'u-a1', displayName: '王仲裁', role: 'arbitrator' }),
  userSummary({ username: 'li', id: 'u-a2', displayName: '李仲裁', role: 'arbitrator' }),
  userSummary({ username: 'zhao', id: 'u-a3', displayName: '赵仲裁', role: 'arbitrator' }),
  userSummary({
    username: 'qian',
    id: 'u-a4',
    displayName: '钱仲裁',
    role: 'arbitrator',
    status: 'disabled',
  }),
  userSummary({ username: 'sun', id: 'u-c1', displayName: '孙书记', role: 'clerk' }),
  userSummary({ username: 'zhou', id: 'u-m1', displayName: '周调解', role: 'mediator' }),
]

/** The roster: the core lists active arbitrators and clerks only. */
const ROSTER: RosterEntry[] = USERS.filter(
  (u) => u.status === 'active' && (u.role === 'arbitrator' || u.role === 'clerk'),
).map((u) => ({ userId: u.id, displayName: u.displayName, role: u.role! }))

const EMPTY: Tribunal = { caseId: 'case-1', members: [], formedOn: null }
const PANEL: Tribunal = {
  caseId: 'case-1',
  formedOn: '2025-10-12',
  members: [
    { userId: 'u-a1', displayName: '王仲裁', seat: 'presiding' },
    { userId: 'u-a2', displayName: '李仲裁', seat: 'member' },
    { userId: 'u-a3', displayName: '赵仲裁', seat: 'member' },
    { userId: 'u-c1', displayName: '孙书记', seat: 'clerk' },
  ],
}

const RECUSAL: Recusal = {
  id: 'r-1',
  challengedUserId: 'u-a2',
  challengedName: '李仲裁',
  applicantPartyId: EMPLOYER.id,
  applicantName: EMPLOYER.name,
  ground: '仲裁员曾担任申请人的代理人',
  appliedOn: '2025-10-13',
  learntAfterStart: false,
  affectsProceedings: true,
  decisionDue: '2025-10-16',
  decision: null,
  decidedOn: null,
  decidedBy: null,
  decisionNote: null,
}

async function open(user: SessionUser, core: Record<string, unknown>, file = ACCEPTED) {
  const calls = mockCore({ get_case: file, list_recusals: [], ...core })
  const mounted = await mountPage(CaseFilePage, {
    user,
    route: `/cases/${file.summary.id}`,
    props: { id: file.summary.id },
  })
  await click('case-tab-tribunal')
  return { calls, ...mounted }
}

/** The options of the el-select inside `[data-testid=testId]` (opened first). */
async function options(testId: string): Promise<HTMLElement[]> {
  const item = byTestId(testId)!
  await click(item.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item.querySelector('input')!.getAttribute('aria-controls')!
  return [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ]
}

async function choose(testId: string, label: string): Promise<void> {
  const option = (await options(testId)).find((el) => el.textContent?.trim() === label)
  if (!option) throw new Error(`no option ${label} in ${testId}`)
  await click(option)
}

describe('the 仲裁庭 tab', () => {
  it('forms a panel from the roster: presiding arbitrator, two members and the clerk', async () => {
    const { calls } = await open(ADMIN, {
      get_tribunal: EMPTY,
      roster: ROSTER,
      set_tribunal: () => PANEL,
    })
    expect(commands(calls, 'get_tribunal')).toEqual([
      { cmd: 'get_tribunal', args: { caseId: 'case-1' } },
    ])
    expect(text('tribunal-empty')).toContain('五日内组成仲裁庭')
    await click('tribunal-edit')
    expect(commands(calls, 'roster')).toHaveLength(1)
    // An ordinary case: no sole arbitrator; only active arbitrators are offered.
    expect(byTestId('tribunal-sole')).toBeNull()
    const offered = (await options('tribunal-presiding')).map((el) => el.textContent?.trim())
    expect(offered).toEqual(['王仲裁', '李仲裁', '赵仲裁'])

    // Nothing is sent until the panel is complete.
    await click('tribunal-save')
    expect(commands(calls, 'set_tribunal')).toEqual([])
    expect(text('tribunal-presiding')).toContain('请选择首席仲裁员')
    expect(text('tribunal-members')).toContain('请选择两名仲裁员')

    await choose('tribunal-presiding', '王仲裁')
    await choose('tribunal-members', '李仲裁')
    await choose('tribunal-members', '赵仲裁')
    await choose('tribunal-clerk', '孙书记')
    await click('tribunal-save')

    expect(commands(calls, 'set_tribunal')).toEqual([
      {
        cmd: 'set_tribunal',
        args: {
          caseId: 'case-1',
          input: {
            presiding: 'u-a1',
            members: ['u-a2', 'u-a3'],
            clerk: 'u-c1',
            onDate: shanghaiDate(),
          } satisfies TribunalInput,
        },
      },
    ])
    expect(text('tribunal-seat-presiding')).toContain('首席仲裁员')
    expect(text('tribunal-seat-presiding')).toContain('王仲裁')
    expect(text('tribunal-seat-clerk')).toContain('孙书记')
    expect(text('tribunal-formed-on')).toBe('2025-10-12')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已保存仲裁庭组成',
    )
  })

  it('offers a sole arbitrator under the summary procedure', async () => {
    const summary = caseFile(
      {},
      { status: 'accepted', procedure: 'summary', acceptedOn: '2025-10-10', caseNo: '第15号' },
    )
    const { calls } = await open(
      ADMIN,
      {
        get_tribunal: EMPTY,
        roster: ROSTER,
        set_tribunal: () => ({
          ...EMPTY,
          members: [{ userId: 'u-a3', displayName: '赵仲裁', seat: 'sole' }],
        }),
      },
      summary,
    )
    await click('tribunal-edit')
    expect(byTestId('tribunal-presiding')).toBeNull()
    await choose('tribunal-sole', '赵仲裁')
    await click('tribunal-save')
    expect(commands(calls, 'set_tribunal').map((c) => c.args.input)).toEqual([
      { sole: 'u-a3', members: [], onDate: shanghaiDate() },
    ])
  })

  it('shows the core’s refusal under the field it names', async () => {
    await open(ADMIN, {
      get_tribunal: EMPTY,
      roster: ROSTER,
      set_tribunal: () => {
        throw appError({
          code: 'validation',
          reason: 'clerk_is_arbitrator',
          field: 'clerk',
          message: '书记员不能由本案仲裁员兼任',
        })
      },
    })
    await click('tribunal-edit')
    await choose('tribunal-presiding', '王仲裁')
    await choose('tribunal-members', '李仲裁')
    await choose('tribunal-members', '赵仲裁')
    await click('tribunal-save')
    expect(byTestId('tribunal-clerk')?.classList).toContain('is-error')
    expect(text('tribunal-clerk')).toContain('书记员不能由本案仲裁员兼任')
  })

  it('shows the tribunal read-only to others, without asking for the user list', async () => {
    const { calls } = await open(CLERK, { get_tribunal: PANEL, list_recusals: [RECUSAL] })
    expect(byTestId('tribunal-edit')).toBeNull()
    expect(text('tribunal-list')).toContain('李仲裁')
    expect(document.querySelector('.case-tribunal')?.textContent).toContain(
      '仲裁庭由管理员或仲裁员组成',
    )
    expect(commands(calls, 'roster')).toEqual([])
    // Clerks record applications; the decision is recorded by admins and arbitrators.
    expect(byTestId('recusal-apply')).not.toBeNull()
    expect(byTestId('recusal-decide-0')).toBeNull()
  })

  it('lets an arbitrator form the tribunal from the roster', async () => {
    const ARBITRATOR: SessionUser = {
      ...ADMIN,
      id: 'u-a9',
      displayName: '吴仲裁',
      role: 'arbitrator',
    }
    const { calls } = await open(ARBITRATOR, { get_tribunal: EMPTY, roster: ROSTER })
    await click('tribunal-edit')
    expect(commands(calls, 'roster')).toEqual([{ cmd: 'roster', args: {} }])
    expect(commands(calls, 'list_users')).toEqual([])
    const offered = (await options('tribunal-clerk')).map((el) => el.textContent?.trim())
    expect(offered).toEqual(['孙书记'])
  })

  it('records a recusal application by a party against a member', async () => {
    const { calls } = await open(CLERK, {
      get_tribunal: PANEL,
      apply_recusal: () => ({ ...RECUSAL, appliedOn: shanghaiDate() }),
    })
    await click('recusal-apply')
    await choose('recusal-challenged', '仲裁员：李仲裁')
    await choose('recusal-applicant', `被申请人：${EMPLOYER.name}`)
    await typeInto('recusal-ground', '仲裁员曾担任申请人的代理人')
    await click('recusal-apply-confirm')
    expect(commands(calls, 'apply_recusal')).toEqual([
      {
        cmd: 'apply_recusal',
        args: {
          caseId: 'case-1',
          input: {
            challengedUserId: 'u-a2',
            applicantPartyId: EMPLOYER.id,
            ground: '仲裁员曾担任申请人的代理人',
            appliedOn: shanghaiDate(),
            learntAfterStart: false,
          },
        },
      },
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain('2025-10-16')
  })

  it('shows each application with its 3-day due date and records the decision', async () => {
    const { calls } = await open(ADMIN, {
      get_tribunal: PANEL,
      list_recusals: [RECUSAL],
      decide_recusal: (args: Record<string, unknown>) => ({
        ...RECUSAL,
        decision: args.decision,
        decidedOn: args.decidedOn,
        decidedBy: args.decidedBy,
      }),
    })
    expect(text('recusal-due-0')).toBe('2025-10-16')
    expect(text('recusal-list')).toContain('待决定')
    await click('recusal-decide-0')
    await click(byTestId('recusal-decision-granted')!.querySelector('input')!)
    await typeInto('recusal-decided-by', '刘主任')
    await click('recusal-decide-confirm')

    expect(commands(calls, 'decide_recusal')).toEqual([
      {
        cmd: 'decide_recusal',
        args: {
          recusalId: 'r-1',
          decision: 'granted',
          decidedOn: shanghaiDate(),
          decidedBy: '刘主任',
          note: '',
        },
      },
    ])
    expect(text('recusal-decision-0')).toBe('决定回避')
    expect(byTestId('recusal-decide-0')).toBeNull()
  })

  it('does not let the challenged arbitrator decide on their own recusal', async () => {
    const LI: SessionUser = { ...ADMIN, id: 'u-a2', displayName: '李仲裁', role: 'arbitrator' }
    await open(LI, { get_tribunal: PANEL, list_recusals: [RECUSAL] })
    expect(byTestId('recusal-decide-0')).toBeNull()
  })
})
