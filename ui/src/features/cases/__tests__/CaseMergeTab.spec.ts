import { describe, expect, it } from 'vitest'
import CaseFilePage from '../CaseFilePage.vue'
import { ADMIN, appError, byTestId, click, mockCore, mountPage, type Call } from '@/test/helpers'
import { caseFile, caseSummary, EMPLOYER, WORKER } from '@/test/cases'
import type { CaseFile } from '@/bindings/CaseFile'
import type { ClaimLedger } from '@/bindings/ClaimLedger'
import type { LedgerClaim } from '@/bindings/LedgerClaim'
import type { SessionUser } from '@/bindings/SessionUser'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

const ACCEPTED: CaseFile = caseFile(
  {},
  { status: 'accepted', caseNo: '西劳人仲案字〔2025〕第15号', acceptedOn: '2025-10-10' },
)

const COUNTERCLAIM = caseSummary({
  id: 'case-2',
  status: 'accepted',
  caseNo: '西劳人仲案字〔2025〕第16号',
  cause: '返还培训费用',
  receivedOn: '2025-10-20',
  acceptedOn: '2025-10-22',
  applicants: EMPLOYER.name,
  respondents: WORKER.name,
  counterclaimOf: 'case-1',
})
/** Another case of the same worker, found by the search but not a counterclaim. */
const UNRELATED = caseSummary({ id: 'case-7', caseNo: '西劳人仲案字〔2024〕第3号' })

function claim(partial: Partial<LedgerClaim> & Pick<LedgerClaim, 'position' | 'description'>) {
  return {
    caseId: 'case-1',
    category: 'pay_compensation',
    claimant: WORKER.name,
    respondent: EMPLOYER.name,
    amountFen: null,
    status: 'pending',
    ...partial,
  } satisfies LedgerClaim
}

const LEDGER: ClaimLedger = {
  leadCaseId: 'case-1',
  applicantSide: WORKER.name,
  respondentSide: EMPLOYER.name,
  applicantSideTotalFen: 3_100_050,
  respondentSideTotalFen: 500_000,
  netFen: 2_600_050,
  cases: [
    {
      caseId: 'case-1',
      caseNo: '西劳人仲案字〔2025〕第15号',
      isCounterclaim: false,
      claims: [
        claim({ position: 1, description: '支付 2025 年 6 月至 8 月工资', amountFen: 1_860_000 }),
        claim({ position: 2, description: '支付解除劳动合同经济补偿', amountFen: 1_240_050 }),
        claim({ position: 3, description: '出具解除劳动合同证明', category: 'contract' }),
      ],
    },
    {
      caseId: 'case-2',
      caseNo: '西劳人仲案字〔2025〕第16号',
      isCounterclaim: true,
      claims: [
        claim({
          caseId: 'case-2',
          position: 1,
          description: '返还培训费用',
          claimant: EMPLOYER.name,
          respondent: WORKER.name,
          amountFen: 500_000,
          category: 'contract',
        }),
        claim({
          caseId: 'case-2',
          position: 2,
          description: '赔偿设备损失',
          claimant: EMPLOYER.name,
          respondent: WORKER.name,
          amountFen: 100_000,
          status: 'withdrawn',
        }),
      ],
    },
  ],
}
/** The case alone, before the merger. */
const ALONE: ClaimLedger = {
  ...LEDGER,
  cases: [LEDGER.cases[0]],
  respondentSideTotalFen: 0,
  netFen: 3_100_050,
}

async function open(core: Record<string, unknown>, file: CaseFile = ACCEPTED) {
  const calls = mockCore({
    get_case: file,
    counterclaim_window: { closesOn: '2025-10-31', waived: false },
    list_cases: { cases: [UNRELATED, COUNTERCLAIM], total: 2, totalIsCapped: false },
    claim_ledger: LEDGER,
    ...core,
  })
  const mounted = await mountPage(CaseFilePage, {
    user: CLERK,
    route: `/cases/${file.summary.id}`,
    props: { id: file.summary.id },
  })
  await click('case-tab-merge')
  return { calls, ...mounted }
}

describe('the 反申请与合并审理 tab', () => {
  it('is there only once the case is accepted', async () => {
    mockCore({ get_case: caseFile() })
    await mountPage(CaseFilePage, { user: CLERK, props: { id: 'case-1' } })
    expect(byTestId('case-tab-clock')).not.toBeNull()
    expect(byTestId('case-tab-merge')).toBeNull()
    expect(byTestId('case-tab-tribunal')).toBeNull()
  })

  it('says until when the respondent may counterclaim', async () => {
    await open({})
    expect(text('counterclaim-window')).toBe('反申请期限至 2025-10-31（答辩期届满） 已届满')
  })

  it('says when the defense period has not started', async () => {
    await open({ counterclaim_window: { closesOn: null, waived: false } })
    expect(text('counterclaim-window')).toBe('答辩期尚未开始')
  })

  it('lists the counterclaims against this case, found by its applicant’s name', async () => {
    const { calls } = await open({ claim_ledger: ALONE })
    expect(commands(calls, 'list_cases')).toEqual([
      { cmd: 'list_cases', args: { query: { text: WORKER.name, offset: 0, limit: 100 } } },
    ])
    expect(text('counterclaim-row-0')).toContain('西劳人仲案字〔2025〕第16号')
    expect(text('counterclaim-row-0')).toContain('返还培训费用')
    expect(text('counterclaim-merged-0')).toBe('未合并')
    expect(byTestId('counterclaim-row-1')).toBeNull()
  })

  it('opens the counterclaim form for this case', async () => {
    const { router } = await open({})
    await click('counterclaim-new')
    expect(router.currentRoute.value.name).toBe('case-counterclaim')
    expect(router.currentRoute.value.params.id).toBe('case-1')
  })

  it('merges an accepted counterclaim on the chosen date and reloads the ledger', async () => {
    let merged = false
    const { calls } = await open({
      claim_ledger: () => (merged ? LEDGER : ALONE),
      merge_cases: (args: Record<string, unknown>) => {
        merged = true
        return { id: 'm-1', ...args, mergedOn: args.onDate }
      },
    })
    await click('merge-open')
    expect(text('merge-member')).toContain('西劳人仲案字〔2025〕第16号')
    await click('merge-confirm')

    expect(commands(calls, 'merge_cases')).toEqual([
      {
        cmd: 'merge_cases',
        args: { leadCaseId: 'case-1', memberCaseId: 'case-2', onDate: shanghaiDate() },
      },
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain('已合并审理')
    expect(commands(calls, 'claim_ledger')).toHaveLength(2)
    expect(text('counterclaim-merged-0')).toBe('已合并审理')
    expect(text('ledger-respondent-total')).toBe('¥5,000.00')
    // The file and its clock are read again: the award deadline restarts (C3).
    expect(commands(calls, 'get_case')).toHaveLength(2)
    expect(byTestId('merge-undo')).not.toBeNull()
  })

  it('says the counterclaim must be accepted first', async () => {
    await open({
      claim_ledger: ALONE,
      merge_cases: () => {
        throw appError({
          code: 'precondition_failed',
          reason: 'merge_case_not_open',
          message: '并案须为已受理、尚未结案的案件',
        })
      },
    })
    await click('merge-open')
    await click('merge-confirm')
    expect(text('merge-error')).toContain('反申请须先作出受理决定')
  })

  it('undoes a merger with a reason', async () => {
    const { calls } = await open({ undo_merge: null })
    await click('merge-undo')
    const box = document.querySelector('.el-message-box')!
    const reason = box.querySelector<HTMLTextAreaElement>('textarea')!
    reason.value = '反申请人撤回合并审理申请'
    reason.dispatchEvent(new Event('input', { bubbles: true }))
    await click(box.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)
    expect(commands(calls, 'undo_merge')).toEqual([
      {
        cmd: 'undo_merge',
        args: { memberCaseId: 'case-2', reason: '反申请人撤回合并审理申请' },
      },
    ])
  })
})

describe('the claim ledger', () => {
  it('sets the two sides’ claims side by side with totals and the net', async () => {
    await open({})
    const applicant = text('ledger-applicant')
    const respondent = text('ledger-respondent')
    expect(applicant).toContain('申请人方请求')
    expect(applicant).toContain('支付 2025 年 6 月至 8 月工资')
    expect(applicant).toContain('¥18,600.00')
    expect(applicant).toContain('¥12,400.50')
    expect(applicant).toContain('非金钱请求')
    expect(applicant).not.toContain('返还培训费用')
    expect(respondent).toContain('被申请人方反请求')
    expect(respondent).toContain('返还培训费用')
    expect(respondent).toContain('赔偿设备损失')
    expect(respondent).toContain('撤回')
    expect(respondent).toContain('西劳人仲案字〔2025〕第16号')

    expect(text('ledger-applicant-total')).toBe('¥31,000.50')
    expect(text('ledger-respondent-total')).toBe('¥5,000.00')
    expect(text('ledger-net')).toBe('¥26,000.50')
    expect(text('ledger')).toContain('净额（申请人方 − 被申请人方）')
  })

  it('shows a negative net when the counterclaims are larger', async () => {
    await open({
      claim_ledger: {
        ...LEDGER,
        applicantSideTotalFen: 100_000,
        respondentSideTotalFen: 500_000,
        netFen: -400_000,
      },
    })
    expect(text('ledger-net')).toBe('-¥4,000.00')
    expect(byTestId('ledger-net')?.classList).toContain('ledger__sum--negative')
  })

  it('shows a counterclaim the case it answers', async () => {
    const counter = caseFile(
      {},
      {
        id: 'case-2',
        status: 'accepted',
        caseNo: '西劳人仲案字〔2025〕第16号',
        acceptedOn: '2025-10-22',
        counterclaimOf: 'case-1',
      },
    )
    const { calls, router } = await open(
      {
        get_case: (args: Record<string, unknown>) =>
          args.caseId === 'case-1' ? ACCEPTED : counter,
      },
      counter,
    )
    expect(text('counterclaim-of')).toContain('本案是 西劳人仲案字〔2025〕第15号 的反申请')
    expect(byTestId('counterclaim-new')).toBeNull()
    expect(byTestId('merge-open')).toBeNull()
    expect(commands(calls, 'list_cases')).toEqual([])
    expect(byTestId('ledger')).not.toBeNull()
    await click(byTestId('counterclaim-of')!.querySelector<HTMLElement>('.el-button')!)
    expect(router.currentRoute.value.params.id).toBe('case-1')
  })
})
