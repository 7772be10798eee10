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
  type Call,
} from '@/test/helpers'
import { caseFile } from '@/test/cases'
import type { CaseFile } from '@/bindings/CaseFile'
import type { SessionUser } from '@/bindings/SessionUser'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const button = (testId: string) => byTestId<HTMLButtonElement>(testId)

const INCOMPLETE = caseFile({
  missingForAcceptance: [
    {
      field: 'parties.1.legalRepName',
      label: '长沙某某科技有限公司：法定代表人（主要负责人）姓名',
    },
    { field: 'evidence', label: '证据清单（无证据的须明确声明）' },
  ],
})

async function open(file: CaseFile, user: SessionUser = CLERK, core: Record<string, unknown> = {}) {
  const calls = mockCore({ get_case: file, ...core })
  const mounted = await mountPage(CaseFilePage, {
    user,
    route: `/cases/${file.summary.id}`,
    props: { id: file.summary.id },
  })
  return { calls, ...mounted }
}

function accepted(onDate: string): CaseFile {
  return caseFile(
    {
      events: [
        ...caseFile().events,
        {
          id: 'ev2',
          kind: 'accepted',
          onDate,
          detail: '受理，案号 西劳人仲案字〔2025〕第15号',
          createdAt: '2025-10-10T02:00:00Z',
          createdBy: '赵书记',
        },
      ],
    },
    { status: 'accepted', caseNo: '西劳人仲案字〔2025〕第15号', acceptedOn: onDate },
  )
}

describe('CaseFilePage', () => {
  it('shows the header of a case not yet filed', async () => {
    const { calls } = await open(caseFile())
    expect(commands(calls, 'get_case')).toEqual([{ cmd: 'get_case', args: { caseId: 'case-1' } }])
    expect(text('case-header-no')).toBe('未立案')
    expect(text('case-status')).toBe('已收件')
    expect(byTestId('case-status')?.classList).toContain('el-tag--info')
    expect(text('case-header')).toContain('追索劳动报酬')
    expect(text('case-header')).toContain('张三')
    expect(text('case-header')).toContain('长沙某某科技有限公司')
    expect(text('case-header')).toContain('普通程序')
    expect(document.querySelector('.el-breadcrumb')?.textContent).toContain('案件')
  })

  it('disables acceptance and lists what the application still lacks', async () => {
    await open(INCOMPLETE)
    expect(button('case-accept')?.disabled).toBe(true)
    expect(byTestId('case-missing')?.classList).toContain('el-alert--warning')
    const items = [...byTestId('case-missing')!.querySelectorAll('li')].map((li) =>
      li.textContent?.trim(),
    )
    expect(items).toEqual([
      '长沙某某科技有限公司：法定代表人（主要负责人）姓名',
      '证据清单（无证据的须明确声明）',
    ])
    // Refusing the application or its withdrawal stay possible.
    expect(button('case-not-accept')?.disabled).toBe(false)
    expect(button('case-close')?.disabled).toBe(false)
  })

  it('names the missing items in English from their paths', async () => {
    mockCore({ get_case: INCOMPLETE })
    await mountPage(CaseFilePage, { user: CLERK, locale: 'en', props: { id: 'case-1' } })
    const items = [...byTestId('case-missing')!.querySelectorAll('li')].map((li) =>
      li.textContent?.trim(),
    )
    expect(items).toEqual([
      '长沙某某科技有限公司: name of the legal representative (principal)',
      'Evidence list (or an explicit declaration that there is none)',
    ])
  })

  it('accepts with the chosen date and shows the case number', async () => {
    const today = shanghaiDate()
    const { calls } = await open(caseFile(), CLERK, {
      accept_case: (args: Record<string, unknown>) => accepted(String(args.onDate)),
    })
    expect(button('case-accept')?.disabled).toBe(false)
    expect(byTestId('case-missing')).toBeNull()
    await click('case-accept')
    expect((byTestId('case-accept-date')!.querySelector('input') as HTMLInputElement).value).toBe(
      today,
    )
    await click('case-accept-confirm')

    expect(commands(calls, 'accept_case')).toEqual([
      { cmd: 'accept_case', args: { caseId: 'case-1', onDate: today } },
    ])
    expect(text('case-header-no')).toBe('西劳人仲案字〔2025〕第15号')
    expect(text('case-status')).toBe('已受理')
    expect(byTestId('case-status')?.classList).toContain('el-tag--primary')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已受理，案号 西劳人仲案字〔2025〕第15号',
    )
    // Now only closing remains.
    expect(byTestId('case-accept')).toBeNull()
    expect(byTestId('case-close')).not.toBeNull()
  })

  it('shows the core’s date error under the date', async () => {
    await open(caseFile(), CLERK, {
      accept_case: () => {
        throw appError({
          code: 'validation',
          reason: 'date_too_early',
          message: '受理日期不能早于 2025-10-09',
          field: 'onDate',
        })
      },
    })
    await click('case-accept')
    await click('case-accept-confirm')
    expect(byTestId('case-accept-date')?.classList).toContain('is-error')
    expect(text('case-accept-date')).toContain('受理日期不能早于 2025-10-09')
    expect(text('case-header-no')).toBe('未立案')
  })

  it('totals the monetary claims', async () => {
    await open(caseFile())
    await click('case-tab-claims')
    expect(text('claim-amount-0')).toBe('¥18,600.00')
    expect(text('claim-amount-1')).toBe('¥12,400.50')
    expect(byTestId('claim-amount-2')).toBeNull()
    expect(text('claims-total')).toContain('金钱请求合计（2 项）')
    expect(text('claims-total')).toContain('¥31,000.50')
  })

  it('masks identity numbers and lets case staff reveal them', async () => {
    await open(caseFile())
    await click('case-tab-parties')
    expect(text('party-id-0')).toBe('430102********1242')
    await click('party-id-toggle-0')
    expect(text('party-id-0')).toBe('430102199003071242')
    await click('party-id-toggle-0')
    expect(text('party-id-0')).toBe('430102********1242')
  })

  it('lets mediators read only', async () => {
    await open(caseFile(), MEDIATOR)
    expect(byTestId('case-accept')).toBeNull()
    expect(byTestId('case-not-accept')).toBeNull()
    expect(byTestId('case-close')).toBeNull()
    await click('case-tab-parties')
    expect(text('party-id-0')).toBe('430102********1242')
    expect(byTestId('party-id-toggle-0')).toBeNull()
  })

  it('refuses an application with reasons and the competent commission', async () => {
    const { calls } = await open(caseFile(), CLERK, {
      not_accept_case: (args: Record<string, unknown>) => {
        const input = args.input as { reason: string; competentCommission?: string }
        return caseFile(
          {
            notAcceptedKind: 'no_jurisdiction',
            notAcceptedReason: input.reason,
            competentCommission: input.competentCommission ?? null,
          },
          { status: 'not_accepted' },
        )
      },
    })
    await click('case-not-accept')
    await click(byTestId('not-accept-kind-no_jurisdiction')!.querySelector('input')!)
    await click('not-accept-confirm')
    expect(commands(calls, 'not_accept_case')).toEqual([])
    expect(text('not-accept-reason')).toContain('请填写理由')
    expect(text('not-accept-commission')).toContain('须写明有管辖权的仲裁委员会')

    await typeInto('not-accept-reason', '劳动合同履行地和用人单位所在地均不在本委辖区')
    await typeInto('not-accept-commission', '长沙市劳动人事争议仲裁委员会')
    await click('not-accept-confirm')
    expect(document.querySelector('.el-message-box')?.textContent).toContain('向人民法院提起诉讼')
    await click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)

    expect(commands(calls, 'not_accept_case')).toEqual([
      {
        cmd: 'not_accept_case',
        args: {
          caseId: 'case-1',
          input: {
            kind: 'no_jurisdiction',
            reason: '劳动合同履行地和用人单位所在地均不在本委辖区',
            competentCommission: '长沙市劳动人事争议仲裁委员会',
            onDate: shanghaiDate(),
          },
        },
      },
    ])
    expect(text('case-status')).toBe('不予受理')
    expect(byTestId('case-status')?.classList).toContain('el-tag--danger')
    expect(byTestId('case-not-accepted')?.textContent).toContain('劳动合同履行地')
  })

  it('closes a received case only by withdrawal, after saying what follows', async () => {
    const { calls } = await open(caseFile(), CLERK, {
      close_case: () =>
        caseFile(
          { closureNote: '申请人书面撤回' },
          { status: 'closed', closureType: 'withdrawal', closedOn: shanghaiDate() },
        ),
    })
    await click('case-close')
    const types = [...document.querySelectorAll('[data-testid^="close-type-"]')].map((el) =>
      el.getAttribute('data-testid'),
    )
    expect(types).toEqual(['close-type-withdrawal'])
    await typeInto('close-note', '申请人书面撤回')
    await click('close-confirm')
    const box = document.querySelector('.el-message-box')?.textContent ?? ''
    expect(box).toContain('撤回仲裁申请')
    expect(box).toContain('结案后案件不可再修改')
    await click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)

    expect(commands(calls, 'close_case')).toEqual([
      {
        cmd: 'close_case',
        args: {
          caseId: 'case-1',
          input: { closureType: 'withdrawal', onDate: shanghaiDate(), note: '申请人书面撤回' },
        },
      },
    ])
    expect(text('case-status')).toBe('已结案')
    expect(byTestId('case-status')?.classList).toContain('el-tag--success')
    expect(byTestId('case-close')).toBeNull()
    expect(byTestId('case-closure')?.textContent).toContain('申请人书面撤回')
  })

  it('leaves mediation and awards to the 调解与结案 tab once a case is accepted', async () => {
    await open(accepted('2025-10-10'))
    await click('case-close')
    const types = [...document.querySelectorAll('[data-testid^="close-type-"]')].map((el) =>
      el.getAttribute('data-testid')?.replace('close-type-', ''),
    )
    expect(types).toEqual([
      'withdrawal',
      'deemed_withdrawal',
      'terminated',
      'revoked',
      'transferred',
    ])
    expect(byTestId('close-flow-hint')?.textContent).toContain('调解与结案')
  })

  it('shows the history as a timeline', async () => {
    await open(accepted('2025-10-10'))
    await click('case-tab-events')
    const events = byTestId('case-events')?.textContent ?? ''
    expect(events).toContain('收件')
    expect(events).toContain('受理，案号 西劳人仲案字〔2025〕第15号')
    expect(events).toContain('赵书记')
  })

  it('says so when the case cannot be loaded', async () => {
    mockCore({
      get_case: () => {
        throw appError({ code: 'not_found', reason: 'not_found', message: '案件不存在' })
      },
    })
    await mountPage(CaseFilePage, { user: CLERK, props: { id: 'nope' } })
    expect(document.querySelector('.el-result')?.textContent).toContain('要操作的记录不存在')
  })
})
