import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent } from 'vue'
import MediationCaseNewPage from '../MediationCaseNewPage.vue'
import { createAppI18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  createTestRouter,
  fieldErrors,
  inputOf,
  mockCore,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import type { MediationCase } from '@/bindings/MediationCase'
import type { MediationCaseInput } from '@/bindings/MediationCaseInput'
import type { MediationOrg } from '@/bindings/MediationOrg'
import type { Mediator } from '@/bindings/Mediator'
import type { OrgDetail } from '@/bindings/OrgDetail'
import type { RosterEntry } from '@/bindings/RosterEntry'
import type { SessionUser } from '@/bindings/SessionUser'
import { shanghaiDate } from '@/utils/format'

const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

/** `mountPage` with the app's mediation routes, which the shared test router lacks. */
async function mountAt(route: string, user: SessionUser = MEDIATOR) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore()
  session.user = user
  session.ready = true
  const router = createTestRouter()
  const component = defineComponent({ render: () => null })
  router.addRoute({ path: '/mediation/cases', name: 'mediation-cases', component })
  router.addRoute({ path: '/mediation/cases/new', name: 'mediation-case-new', component })
  router.addRoute({ path: '/mediation/cases/:id', name: 'mediation-case', component })
  await router.push(route)
  await router.isReady()
  const wrapper = mount(MediationCaseNewPage, {
    attachTo: document.body,
    global: { plugins: [pinia, createAppI18n('zh-CN'), router] },
  })
  await flushPromises()
  return { wrapper, router }
}

function org(partial: Partial<MediationOrg> & Pick<MediationOrg, 'id' | 'name'>): MediationOrg {
  return {
    category: 'township',
    address: '西峰区',
    contactName: '王主任',
    contactPhone: '0934-8211111',
    foundedOn: null,
    active: true,
    mediatorCount: 2,
    caseCount: 0,
    ...partial,
  }
}

const ORGS = [
  org({ id: 'org-1', name: '董志镇劳动争议调解委员会' }),
  org({ id: 'org-2', name: '西峰区人民调解委员会' }),
  org({ id: 'org-3', name: '已撤销调解委员会', active: false }),
]

function mediator(partial: Partial<Mediator> & Pick<Mediator, 'id' | 'name'>): Mediator {
  return { orgId: 'org-1', mobile: '13900000001', trainingRecord: '', active: true, ...partial }
}

const DETAIL: OrgDetail = {
  org: ORGS[0],
  mediators: [
    mediator({ id: 'm-1', name: '王调解员' }),
    mediator({ id: 'm-2', name: '李调解员' }),
    mediator({ id: 'm-3', name: '离任调解员', active: false }),
  ],
  trainings: [],
  visits: [],
}

const ROSTER: RosterEntry[] = [
  { userId: 'u-arb', displayName: '李仲裁员', role: 'arbitrator' },
  { userId: 'u-clerk', displayName: '赵书记', role: 'clerk' },
]

function created(id = 'mc-7'): MediationCase {
  return {
    summary: {
      id,
      caseNo: '西峰调〔2026〕第007号',
      orgId: 'org-1',
      orgName: '董志镇劳动争议调解委员会',
      mediatorName: '王调解员',
      applicantName: '赵女士',
      respondentName: '西峰区某环保公司',
      appliedOn: shanghaiDate(),
      dueOn: shanghaiDate(),
      mode: 'in_person',
      status: 'open',
      concludedOn: null,
      effectiveOn: null,
    },
    mediatorId: 'm-1',
    jointArbitratorId: null,
    jointArbitratorName: null,
    application: 'written',
    oralRecord: null,
    applicantMobile: null,
    respondentContact: null,
    matter: '',
    categories: [],
    amountFen: null,
    agreementTerms: null,
    performanceDueOn: null,
    signedApplicant: false,
    signedRespondent: false,
    signedMediator: false,
    sealed: false,
    noAgreementReason: null,
    reviewAppliedOn: null,
    reviewDueOn: null,
    referredCaseId: null,
    events: [],
  }
}

const inputs = (calls: Call[]) =>
  calls
    .filter((call) => call.cmd === 'create_mediation_case')
    .map((call) => call.args.input as MediationCaseInput)
const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? ''
const text = (testId: string) => clean(byTestId(testId)?.textContent)

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

async function check(category: string): Promise<void> {
  await click(byTestId(`mediation-category-${category}`)!.querySelector('input')!)
}

async function radio(testId: string): Promise<void> {
  await click(byTestId(testId)!.querySelector('input')!)
}

function core(extra: Record<string, unknown> = {}) {
  return mockCore({
    list_mediation_orgs: ORGS,
    get_mediation_org: DETAIL,
    roster: ROSTER,
    create_mediation_case: () => created(),
    ...extra,
  })
}

/** What every application needs. */
async function fillRequired(): Promise<void> {
  await choose('mediation-form-org', '董志镇劳动争议调解委员会')
  await typeInto('mediation-form-applicant-name', '赵女士')
  await typeInto('mediation-form-respondent-name', '西峰区某环保公司')
  await typeInto('mediation-form-matter', '拖欠 2026 年 1 月至 2 月工资')
  await check('pay_compensation')
}

describe('MediationCaseNewPage', { timeout: 45_000 }, () => {
  it('sends the written application as entered and opens the new case', async () => {
    const calls = core()
    const { router } = await mountAt('/mediation/cases/new')
    expect(byTestId('mediation-form')).not.toBeNull()
    expect(document.querySelector('.el-breadcrumb')?.textContent).toContain('调解案件')

    // Only organisations on the register, and only their serving mediators.
    expect((await options('mediation-form-org')).map((o) => o.textContent?.trim())).toEqual([
      '董志镇劳动争议调解委员会',
      '西峰区人民调解委员会',
    ])
    await choose('mediation-form-org', '董志镇劳动争议调解委员会')
    expect(calls.filter((c) => c.cmd === 'get_mediation_org').map((c) => c.args)).toEqual([
      { id: 'org-1' },
    ])
    expect((await options('mediation-form-mediator')).map((o) => o.textContent?.trim())).toEqual([
      '王调解员',
      '李调解员',
    ])
    await choose('mediation-form-mediator', '王调解员')
    // Arbitrators from the roster, not clerks.
    expect(
      (await options('mediation-form-joint-arbitrator')).map((o) => o.textContent?.trim()),
    ).toEqual(['李仲裁员'])
    await choose('mediation-form-joint-arbitrator', '李仲裁员')

    expect(byTestId('mediation-form-application-written')?.classList).toContain('is-active')
    expect(byTestId('mediation-form-oral-record')).toBeNull()
    await typeInto('mediation-form-applicant-name', ' 赵女士 ')
    await typeInto('mediation-form-applicant-mobile', '13807310001')
    await typeInto('mediation-form-respondent-name', '西峰区某环保公司')
    await typeInto('mediation-form-respondent-contact', '刘经理 0934-8666666')
    await typeInto('mediation-form-matter', '拖欠 2026 年 1 月至 2 月工资，并无故辞退')
    await check('dismissal')
    await check('pay_compensation')
    await typeInto('mediation-form-amount', '9,600.00')
    await radio('mediation-form-mode-online_video')
    await click('mediation-form-submit')

    expect(inputs(calls)).toEqual([
      {
        orgId: 'org-1',
        mediatorId: 'm-1',
        jointArbitratorId: 'u-arb',
        application: 'written',
        appliedOn: shanghaiDate(),
        applicantName: '赵女士',
        applicantMobile: '13807310001',
        respondentName: '西峰区某环保公司',
        respondentContact: '刘经理 0934-8666666',
        matter: '拖欠 2026 年 1 月至 2 月工资，并无故辞退',
        categories: ['dismissal', 'pay_compensation'],
        amount: '9,600.00',
        mode: 'online_video',
      } satisfies MediationCaseInput,
    ])
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已登记调解案件 西峰调〔2026〕第007号',
    )
    expect(router.currentRoute.value.name).toBe('mediation-case')
    expect(router.currentRoute.value.params.id).toBe('mc-7')
  })

  it('requires the on-the-spot record for an oral application only', async () => {
    const calls = core()
    await mountAt('/mediation/cases/new')
    await fillRequired()
    await radio('mediation-form-application-oral')
    expect(text('mediation-form-oral-record')).toContain('第十二条')
    await click('mediation-form-submit')
    expect(inputs(calls)).toEqual([])
    expect(text('mediation-form-oral-record')).toContain(
      '口头申请须当场记录申请人基本情况、争议事项、理由和时间',
    )
    expect(fieldErrors()).toHaveLength(1)

    await typeInto(
      'mediation-form-oral-record',
      '赵女士，女，湖南长沙人；请求支付拖欠工资；理由：公司已两月未发工资；2026 年 3 月 2 日来访口述',
    )
    await click('mediation-form-submit')
    expect(inputs(calls)).toHaveLength(1)
    expect(inputs(calls)[0]).toMatchObject({
      application: 'oral',
      oralRecord:
        '赵女士，女，湖南长沙人；请求支付拖欠工资；理由：公司已两月未发工资；2026 年 3 月 2 日来访口述',
    })
  })

  it('does not ask a written application for a record, nor send one', async () => {
    const calls = core()
    await mountAt('/mediation/cases/new')
    await fillRequired()
    await radio('mediation-form-application-oral')
    await typeInto('mediation-form-oral-record', '当场记录')
    await radio('mediation-form-application-written')
    expect(byTestId('mediation-form-oral-record')).toBeNull()
    await click('mediation-form-submit')
    expect(inputs(calls)).toHaveLength(1)
    expect(inputs(calls)[0].application).toBe('written')
    expect(inputs(calls)[0]).not.toHaveProperty('oralRecord')
    // Nothing optional was entered, so nothing optional is sent.
    for (const key of ['mediatorId', 'jointArbitratorId', 'applicantMobile', 'amount']) {
      expect(inputs(calls)[0]).not.toHaveProperty(key)
    }
  })

  it('asks for what is required and checks the mobile and the amount before sending', async () => {
    const calls = core()
    await mountAt('/mediation/cases/new')
    await typeInto('mediation-form-applicant-mobile', '12345')
    await typeInto('mediation-form-amount', '-5')
    await click('mediation-form-submit')
    expect(inputs(calls)).toEqual([])
    expect(text('mediation-form-org')).toContain('请选择调解组织')
    expect(text('mediation-form-applicant-name')).toContain('请填写申请人姓名')
    expect(text('mediation-form-applicant-mobile')).toContain('请输入有效的中国大陆手机号')
    expect(text('mediation-form-respondent-name')).toContain('请填写被申请人')
    expect(text('mediation-form-matter')).toContain('请填写争议事项')
    expect(text('mediation-form-categories')).toContain('请至少选择一类争议')
    expect(text('mediation-form-amount')).toContain('请求金额应大于零')
  })

  it('shows the core’s field error under its field', async () => {
    const calls = core({
      create_mediation_case: () => {
        throw appError({
          code: 'validation',
          reason: 'date_too_early',
          message: '收到申请的日期不能早于调解组织成立日期（2020-01-01）',
          field: 'appliedOn',
        })
      },
    })
    await mountAt('/mediation/cases/new')
    await fillRequired()
    await click('mediation-form-submit')
    expect(inputs(calls)).toHaveLength(1)
    expect(byTestId('mediation-form-applied-on')?.classList).toContain('is-error')
    expect(text('mediation-form-applied-on')).toContain('不能早于调解组织成立日期（2020-01-01）')
    expect(byTestId('mediation-form-error')).toBeNull()
  })

  it('starts with the organisation it was opened for', async () => {
    const calls = core()
    await mountAt('/mediation/cases/new?orgId=org-1')
    expect(text('mediation-form-org')).toContain('董志镇劳动争议调解委员会')
    await settle()
    expect(calls.filter((c) => c.cmd === 'get_mediation_org').map((c) => c.args)).toEqual([
      { id: 'org-1' },
    ])
    expect(inputOf('mediation-form-applicant-name').value).toBe('')
  })

  it('lets a mediator register without the arbitrators’ roster', async () => {
    const calls = core({
      roster: () => {
        throw appError({
          code: 'forbidden',
          reason: 'forbidden',
          message: '您没有执行此操作的权限',
        })
      },
    })
    await mountAt('/mediation/cases/new')
    expect(text('mediation-form-roster')).toContain('暂不能选择联合调解仲裁员')
    await fillRequired()
    await click('mediation-form-submit')
    expect(inputs(calls)).toHaveLength(1)
  })
})
