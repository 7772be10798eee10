import { describe, expect, it } from 'vitest'
import CaseProcedureTab from '../CaseProcedureTab.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  fieldErrors,
  mockCore,
  mountPage,
  typeInto,
  type Call,
} from '@/test/helpers'
import { caseFile, EMPLOYER, WORKER } from '@/test/cases'
import {
  checklist,
  EMPLOYER_WAIVER,
  HASH_A,
  HASH_B,
  ITEMS,
  NO_CONFIRMATION,
  READY,
  WORKER_GRANT,
} from '@/test/procedure'
import type { Checklist } from '@/bindings/Checklist'
import type { ConsentInput } from '@/bindings/ConsentInput'
import type { RosterEntry } from '@/bindings/RosterEntry'
import type { SessionUser } from '@/bindings/SessionUser'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const ARBITRATOR: SessionUser = {
  ...ADMIN,
  id: 'u-a1',
  displayName: '王仲裁',
  role: 'arbitrator',
}
const ACCEPTED = caseFile(
  {},
  { status: 'accepted', caseNo: '西劳人仲案字〔2025〕第15号', acceptedOn: '2025-10-10' },
)
const ROSTER: RosterEntry[] = [
  { userId: 'u-a1', displayName: '王仲裁', role: 'arbitrator' },
  { userId: 'u-a2', displayName: '李仲裁', role: 'arbitrator' },
  { userId: 'u-c1', displayName: '孙书记', role: 'clerk' },
]

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

async function open(user: SessionUser, core: Record<string, unknown>) {
  const calls = mockCore({
    summary_checklist: checklist(),
    list_consents: [],
    confirmation_status: NO_CONFIRMATION,
    ...core,
  })
  const mounted = await mountPage(CaseProcedureTab, {
    user,
    route: '/cases/case-1',
    props: { file: ACCEPTED },
  })
  return { calls, ...mounted }
}

async function choose(testId: string, label: string): Promise<void> {
  const item = byTestId(testId)!
  await click(item.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item.querySelector('input')!.getAttribute('aria-controls')!
  const option = [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ].find((el) => el.textContent?.trim() === label)
  if (!option) throw new Error(`no option ${label} in ${testId}`)
  await click(option)
}

describe('the 简易处理 tab', () => {
  it('loads the checklist, consents and confirmation of the case', async () => {
    const { calls } = await open(CLERK, {})
    for (const cmd of ['summary_checklist', 'list_consents', 'confirmation_status']) {
      expect(commands(calls, cmd)).toEqual([{ cmd, args: { caseId: 'case-1' } }])
    }
    expect(text('procedure-current')).toBe('普通程序')
    expect(text('procedure-ready')).toBe('尚有 2 项必要条件未满足')
    expect(text('procedure-rule-set')).toBe(
      '检查规则：简易处理检查规则（第 1 版，2017-07-01 起施行，甘肃省）',
    )
  })

  it('shows each item with its status colour, reason and basis, grouped', async () => {
    await open(CLERK, {})
    const tag = (code: string) => byTestId(`checklist-status-${code}`)!
    expect(tag('G1').textContent?.trim()).toBe('已满足')
    expect(tag('G1').classList).toContain('el-tag--success')
    expect(tag('G1c').textContent?.trim()).toBe('不满足')
    expect(tag('G1c').classList).toContain('el-tag--danger')
    expect(tag('G1a').textContent?.trim()).toBe('待仲裁员确认')
    expect(tag('G1a').classList).toContain('el-tag--warning')
    expect(tag('H6').textContent?.trim()).toBe('待补充信息')
    expect(tag('H6').classList).toContain('el-tag--warning')
    expect(tag('G4').textContent?.trim()).toBe('不适用')
    expect(tag('G4').classList).toContain('el-tag--info')

    expect(text('checklist-group-grounds')).toBe('适用理由（具备其一即可）')
    expect(text('checklist-group-exclusions')).toBe('排除情形（须逐项确认不存在）')
    expect(text('checklist-group-online')).toBe('在线开庭（供参考，不影响简易处理）')
    const g1b = text('checklist-item-G1b')
    expect(g1b).toContain('争议金额不超过上年度职工年平均工资')
    expect(g1b).toContain('不超过甘肃省 2024 年度职工年平均工资 ¥98,765.00')
    expect(g1b).toContain('依据：《劳动人事争议仲裁办案规则》第五十六条')
    expect(text('checklist-item-G2_whereabouts')).toContain('G2')
    // The groups come in a fixed order, items within them as the core sent them.
    const order = [...document.querySelectorAll('[data-testid^="checklist-item-"]')].map((el) =>
      el.getAttribute('data-testid')!.replace('checklist-item-', ''),
    )
    expect(order).toEqual(ITEMS.map((i) => i.code))
  })

  it('marks the task to inform the parties done, saying how', async () => {
    const task = {
      id: 't1',
      kind: 'notify_summary',
      title: '告知双方当事人本案适用简易处理',
      dueOn: '2025-10-12',
      doneAt: null,
      doneNote: null,
    }
    const done = { ...task, doneAt: '2025-10-12T02:00:00Z', doneNote: '电话告知，短信确认' }
    const { calls } = await open(CLERK, {
      summary_checklist: checklist({ procedure: 'summary', tasks: [task] }),
      complete_task: checklist({ procedure: 'summary', tasks: [done] }),
    })
    await click('task-complete-notify_summary')
    const box = document.querySelector('.el-message-box')!
    const note = box.querySelector<HTMLTextAreaElement>('textarea')!
    note.value = '电话告知，短信确认'
    note.dispatchEvent(new Event('input', { bubbles: true }))
    await click(box.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)
    expect(commands(calls, 'complete_task')).toEqual([
      { cmd: 'complete_task', args: { taskId: 't1', note: '电话告知，短信确认' } },
    ])
    expect(text('procedure-tasks')).toContain('已完成')
    expect(text('procedure-tasks')).toContain('（电话告知，短信确认）')
    expect(byTestId('task-complete-notify_summary')).toBeNull()
  })

  it('offers attestation and the decision to arbitrators only', async () => {
    await open(CLERK, {})
    expect(document.querySelectorAll('[data-testid^="attest-"]')).toHaveLength(0)
    expect(byTestId('summary-decide-open')).toBeNull()
    expect(byTestId('consent-open')).not.toBeNull()
    expect(byTestId('confirmation-issue')).not.toBeNull()
  })

  it('shows arbitrators the questions, and the decision disabled while items are unmet', async () => {
    await open(ARBITRATOR, {})
    expect(text('checklist-item-G1a')).toContain('事实清楚、权利义务关系明确、争议不大？')
    expect(text('attest-G1a-yes')).toBe('是')
    expect(text('attest-G1a-no')).toBe('否')
    expect(text('attest-G2_whereabouts-yes')).toBe('存在')
    expect(text('attest-G2_whereabouts-no')).toBe('不存在')
    // Items the core does not mark attestable get no buttons.
    expect(byTestId('attest-G1-yes')).toBeNull()
    expect(byTestId('attest-H6-yes')).toBeNull()
    expect((byTestId('summary-decide-open') as HTMLButtonElement).disabled).toBe(true)
  })

  it('sends the arbitrator’s answer with the note and shows the new checklist', async () => {
    const attested: Checklist = checklist({
      items: ITEMS.map((i) =>
        i.code === 'G2_whereabouts' ? { ...i, status: 'met', reason: '仲裁员确认不存在此情形' } : i,
      ),
    })
    const { calls } = await open(ARBITRATOR, { attest_item: () => attested })
    await click('attest-G2_whereabouts-no')
    expect(text('attest-answer')).toBe('您的确认：不存在')
    await typeInto('attest-note', ' 被申请人已签收应诉通知书 ')
    await click('attest-confirm')
    expect(commands(calls, 'attest_item')).toEqual([
      {
        cmd: 'attest_item',
        args: {
          caseId: 'case-1',
          input: { item: 'G2_whereabouts', holds: false, note: '被申请人已签收应诉通知书' },
        },
      },
    ])
    expect(text('checklist-status-G2_whereabouts')).toBe('已满足')
    expect(text('checklist-item-G2_whereabouts')).toContain('仲裁员确认不存在此情形')
  })

  it('says why the core refused an attestation', async () => {
    await open(ARBITRATOR, {
      attest_item: () => {
        throw appError({
          code: 'forbidden',
          reason: 'forbidden',
          message: '只有本案仲裁庭的仲裁员可以确认或决定',
        })
      },
    })
    await click('attest-G1a-yes')
    expect(text('attest-answer')).toBe('您的确认：是')
    await click('attest-confirm')
    expect(text('attest-error')).toContain('您没有执行此操作的权限')
    expect(text('attest-error')).toContain('只有本案仲裁庭的仲裁员可以确认或决定')
  })

  it('decides summary handling with a sole arbitrator', async () => {
    const decided = { ...READY, procedure: 'summary' as const }
    const { calls, wrapper } = await open(ARBITRATOR, {
      summary_checklist: READY,
      roster: ROSTER,
      decide_summary: () => decided,
    })
    expect(text('procedure-ready')).toBe('必要条件均已满足，可以决定适用简易处理')
    await click('summary-decide-open')
    await choose('decide-sole', '王仲裁')
    await click('decide-confirm')
    expect(commands(calls, 'decide_summary')).toEqual([
      {
        cmd: 'decide_summary',
        args: { caseId: 'case-1', input: { decidedOn: shanghaiDate(), soleArbitratorId: 'u-a1' } },
      },
    ])
    expect(wrapper.emitted('changed')).toHaveLength(1)
    expect(text('procedure-current')).toBe('简易处理')
    expect(byTestId('summary-decide-open')).toBeNull()
    expect(byTestId('summary-convert-open')).not.toBeNull()
  })

  it('shows the unmet items when the core refuses the decision', async () => {
    const { calls, wrapper } = await open(ARBITRATOR, {
      summary_checklist: READY,
      roster: ROSTER,
      decide_summary: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'checklist_unmet',
          message:
            '下列条件尚未满足，不能决定适用简易处理：双方签署简易程序权利义务确认书（现行版本）（H6）：确认书已过期',
        })
      },
    })
    await click('summary-decide-open')
    await click('decide-confirm')
    expect(commands(calls, 'decide_summary').map((c) => c.args.input)).toEqual([
      { decidedOn: shanghaiDate() },
    ])
    const error = text('decide-error')
    expect(error).toContain('尚有必要条件未满足，不能决定适用简易处理')
    expect(error).toContain('双方签署简易程序权利义务确认书（现行版本）（H6）：确认书已过期')
    expect(wrapper.emitted('changed')).toBeUndefined()
  })

  it('converts to the ordinary procedure only with a reason', async () => {
    const summary = checklist({ procedure: 'summary' })
    const { calls, wrapper } = await open(ARBITRATOR, {
      summary_checklist: summary,
      convert_to_ordinary: () => checklist(),
    })
    await click('summary-convert-open')
    await click('convert-confirm')
    expect(commands(calls, 'convert_to_ordinary')).toEqual([])
    expect(fieldErrors()).toContain('请写明转为一般程序的理由')
    await typeInto('convert-reason', '案情复杂，需要调查取证')
    await click('convert-confirm')
    expect(commands(calls, 'convert_to_ordinary')).toEqual([
      {
        cmd: 'convert_to_ordinary',
        args: {
          caseId: 'case-1',
          input: { decidedOn: shanghaiDate(), reason: '案情复杂，需要调查取证' },
        },
      },
    ])
    expect(wrapper.emitted('changed')).toHaveLength(1)
    expect(text('procedure-current')).toBe('普通程序')
  })

  it('shows the expiry when the time limit has passed', async () => {
    await open(ARBITRATOR, {
      summary_checklist: checklist({ procedure: 'summary' }),
      convert_to_ordinary: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'time_limit_expired',
          message:
            '审理期限已于 2025-11-24 届满，不能再转为一般程序（《劳动人事争议仲裁办案规则》第六十一条）',
        })
      },
    })
    await click('summary-convert-open')
    await typeInto('convert-reason', '案情复杂')
    await click('convert-confirm')
    expect(text('convert-error')).toContain('审理期限已于 2025-11-24 届满')
  })

  it('generates the confirmation and shows its version, hash and text', async () => {
    const issued = {
      ...NO_CONFIRMATION,
      latest: {
        id: 'doc-1',
        caseId: 'case-1',
        version: 1,
        text: NO_CONFIRMATION.currentText,
        sha256: HASH_B,
        createdAt: '2025-10-12T02:00:00Z',
      },
    }
    const { calls } = await open(CLERK, { issue_confirmation: () => issued })
    expect(text('confirmation-none')).toContain('尚未生成确认书')
    expect(text('confirmation-issue')).toBe('生成确认书')
    await click('confirmation-issue')
    expect(commands(calls, 'issue_confirmation')).toEqual([
      { cmd: 'issue_confirmation', args: { caseId: 'case-1' } },
    ])
    // H6 depends on it: the checklist is asked again.
    expect(commands(calls, 'summary_checklist')).toHaveLength(2)
    expect(text('confirmation-version')).toBe('第 1 版')
    expect(text('confirmation-hash')).toBe(HASH_B.slice(0, 16))
    expect(text('confirmation-text')).toContain('案件：西劳人仲案字〔2025〕第15号')
    expect(byTestId('confirmation-issue')).toBeNull()
  })

  it('warns that a stale confirmation must be generated and signed again', async () => {
    await open(CLERK, {
      confirmation_status: {
        latest: {
          id: 'doc-1',
          caseId: 'case-1',
          version: 2,
          text: '旧文本',
          sha256: HASH_A,
          createdAt: '2025-10-12T02:00:00Z',
        },
        currentText: '新文本',
        currentSha256: HASH_B,
        stale: true,
      },
    })
    expect(text('confirmation-stale')).toBe('案件信息已变化，确认书需重新生成，此前签署不再有效')
    expect(text('confirmation-issue')).toBe('重新生成')
    expect(text('confirmation-version')).toBe('第 2 版')
    expect(byTestId('confirmation-version')?.classList).toContain('el-tag--danger')
  })

  it('lists the consents oldest first with their method and reference', async () => {
    const revoked = { ...WORKER_GRANT, revoked: true }
    const revocation = {
      ...WORKER_GRANT,
      id: 'k-3',
      seq: 3,
      action: 'revoke' as const,
      revokes: 'k-1',
      reason: '申请人改变主意',
    }
    await open(CLERK, { list_consents: [revocation, EMPLOYER_WAIVER, revoked] })
    const rows = [...byTestId('consent-history')!.querySelectorAll('.el-table__body tr')].map(
      (tr) => tr.textContent?.replace(/\s+/g, ' ') ?? '',
    )
    expect(rows).toHaveLength(3)
    expect(rows[0]).toContain(WORKER.name)
    expect(rows[0]).toContain('流程编号 ESIGN-2025-0001')
    expect(rows[1]).toContain(EMPLOYER.name)
    expect(rows[1]).toContain('答辩期缩短为 5 日')
    expect(rows[1]).toContain('录像 00:12:34')
    expect(rows[1]).toContain(HASH_B.slice(0, 12))
    expect(rows[2]).toContain('撤回第 1 条')
    expect(text('consent-action-k-1')).toBe('同意已撤回')
    // The revoked grant's matter is struck through.
    expect(byTestId('consent-history')!.querySelectorAll('.consents__revoked')).toHaveLength(1)
    expect(text('consent-action-k-3')).toBe('撤回')
    // Only a standing grant can be revoked.
    expect(byTestId('consent-revoke-k-1')).toBeNull()
    expect(byTestId('consent-revoke-k-2')).not.toBeNull()
    expect(byTestId('consent-revoke-k-3')).toBeNull()
  })

  it('revokes a grant from its row, with the reason, and reloads', async () => {
    const { calls } = await open(CLERK, {
      list_consents: [WORKER_GRANT],
      record_consent: () => ({ ...WORKER_GRANT, id: 'k-9', seq: 9, action: 'revoke' }),
    })
    await click('consent-revoke-k-1')
    expect(document.querySelector('.el-dialog__title')?.textContent).toBe('撤回同意')
    expect(text('consent-text')).toBe(WORKER_GRANT.text)
    expect(text('consent-hash')).toBe(HASH_A)
    expect(commands(calls, 'consent_preview')).toEqual([])

    await typeInto('consent-method-ref', 'ESIGN-2025-0099')
    await click('consent-submit')
    expect(commands(calls, 'record_consent')).toEqual([])
    expect(fieldErrors()).toContain('撤回同意须写明理由')

    await typeInto('consent-reason', '申请人希望按一般程序审理')
    await click('consent-submit')
    expect(commands(calls, 'record_consent')).toEqual([
      {
        cmd: 'record_consent',
        args: {
          caseId: 'case-1',
          input: {
            partyId: WORKER.id,
            kind: 'summary_handling',
            action: 'revoke',
            revokes: 'k-1',
            reason: '申请人希望按一般程序审理',
            method: 'e_sign_platform',
            methodRef: 'ESIGN-2025-0099',
            givenOn: shanghaiDate(),
            textSha256: HASH_A,
          } satisfies ConsentInput,
        },
      },
    ])
    expect(commands(calls, 'list_consents')).toHaveLength(2)
    expect(commands(calls, 'summary_checklist')).toHaveLength(2)
  })

  it('verifies the consent chain and names the first broken record', async () => {
    let broken: number | null = null
    await open(CLERK, { verify_consents: () => ({ checked: 12, brokenAt: broken }) })
    await click('consent-verify')
    expect(text('consent-verify-result')).toBe('同意记录完整：已校验 12 条，未发现改动')
    broken = 7
    await click('consent-verify')
    expect(text('consent-verify-result')).toContain('第 7 条处校验不通过')
  })

  it('keeps administrators to reading', async () => {
    await open(ADMIN, { list_consents: [WORKER_GRANT] })
    expect(byTestId('consent-open')).toBeNull()
    expect(byTestId('consent-revoke-k-1')).toBeNull()
    expect(byTestId('confirmation-issue')).toBeNull()
    expect(byTestId('summary-decide-open')).toBeNull()
    expect(byTestId('consent-verify')).not.toBeNull()
  })
})
