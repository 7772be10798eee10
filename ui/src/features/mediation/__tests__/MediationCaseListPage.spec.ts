import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent } from 'vue'
import type { Router } from 'vue-router'
import MediationCaseListPage from '../MediationCaseListPage.vue'
import { createAppI18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import {
  ADMIN,
  byTestId,
  click,
  createTestRouter,
  mockCore,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import { dayFromToday } from '@/test/intake'
import type { MediationCaseQuery } from '@/bindings/MediationCaseQuery'
import type { MediationCaseSummary } from '@/bindings/MediationCaseSummary'
import type { MediationOrg } from '@/bindings/MediationOrg'

/** The app's mediation routes, which the shared test router does not have. */
function withMediationRoutes(router: Router): Router {
  const component = defineComponent({ render: () => null })
  router.addRoute({ path: '/mediation/cases', name: 'mediation-cases', component })
  router.addRoute({ path: '/mediation/cases/new', name: 'mediation-case-new', component })
  router.addRoute({ path: '/mediation/cases/:id', name: 'mediation-case', component })
  return router
}

/** `mountPage` at a mediation address (the page reads its query when it starts). */
async function mountAt(route: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore()
  session.user = ADMIN
  session.ready = true
  const router = withMediationRoutes(createTestRouter())
  await router.push(route)
  await router.isReady()
  const wrapper = mount(MediationCaseListPage, {
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
    mediatorCount: 3,
    caseCount: 2,
    ...partial,
  }
}

const ORGS = [
  org({ id: 'org-1', name: '董志镇劳动争议调解委员会' }),
  org({ id: 'org-2', name: '西峰区人民调解委员会' }),
]

function summary(partial: Partial<MediationCaseSummary> = {}): MediationCaseSummary {
  return {
    id: 'mc-1',
    caseNo: '西峰调〔2026〕第001号',
    orgId: 'org-1',
    orgName: '董志镇劳动争议调解委员会',
    mediatorName: '王调解员',
    applicantName: '赵女士',
    respondentName: '西峰区某环保公司',
    appliedOn: dayFromToday(-5),
    dueOn: dayFromToday(10),
    mode: 'in_person',
    status: 'open',
    concludedOn: null,
    effectiveOn: null,
    ...partial,
  }
}

const ITEMS = [
  summary(),
  summary({
    id: 'mc-2',
    caseNo: '西峰调〔2026〕第002号',
    orgId: 'org-2',
    orgName: '西峰区人民调解委员会',
    applicantName: '钱先生',
    mode: 'online_video',
    dueOn: dayFromToday(2),
  }),
  summary({
    id: 'mc-3',
    caseNo: '西峰调〔2026〕第003号',
    orgId: 'org-2',
    orgName: '西峰区人民调解委员会',
    applicantName: '孙女士',
    mode: 'phone',
    dueOn: dayFromToday(-3),
  }),
  summary({
    id: 'mc-4',
    caseNo: '西峰调〔2026〕第004号',
    applicantName: '李先生',
    status: 'agreement',
    dueOn: dayFromToday(-20),
    concludedOn: '2026-02-10',
    effectiveOn: '2026-02-11',
  }),
  summary({
    id: 'mc-5',
    caseNo: '西峰调〔2026〕第005号',
    applicantName: '周女士',
    status: 'no_agreement',
    mediatorName: null,
    dueOn: dayFromToday(-1),
    concludedOn: dayFromToday(-1),
  }),
]

const queries = (calls: Call[]) =>
  calls
    .filter((call) => call.cmd === 'list_mediation_cases')
    .map((call) => call.args.query as MediationCaseQuery)

function listing(args: Record<string, unknown>) {
  const query = args.query as MediationCaseQuery
  const items = ITEMS.filter(
    (item) =>
      (!query.orgId || item.orgId === query.orgId) &&
      (!query.status || item.status === query.status) &&
      (!query.text || `${item.caseNo}${item.applicantName}`.includes(query.text)),
  )
  return { items, total: items.length }
}

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? ''
const text = (testId: string) => clean(byTestId(testId)?.textContent)
const rowText = (id: string) =>
  clean(byTestId(`mediation-case-row-${id}`)?.closest('tr')?.textContent)
const tagOf = (id: string) => byTestId(`mediation-case-due-${id}`)

/** Opens the el-select inside `[data-testid=testId]` and picks the option labelled `label`. */
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

async function open(route = '/mediation/cases') {
  const calls = mockCore({ list_mediation_cases: listing, list_mediation_orgs: ORGS })
  const mounted = await mountAt(route)
  return { calls, ...mounted }
}

describe('MediationCaseListPage', { timeout: 30_000 }, () => {
  it('lists the cases with organisation, parties, mode, deadline, status and effect', async () => {
    const { calls } = await open()
    expect(queries(calls)).toEqual([{ offset: 0, limit: 20 }])
    expect(byTestId('mediation-case-list')).not.toBeNull()
    expect(text('mediation-case-row-mc-1')).toBe('西峰调〔2026〕第001号')
    const first = rowText('mc-1')
    for (const part of [
      '董志镇劳动争议调解委员会',
      '王调解员',
      '赵女士',
      '西峰区某环保公司',
      '现场',
      dayFromToday(-5),
      dayFromToday(10),
      '还剩 10 天',
      '调解中',
    ]) {
      expect(first).toContain(part)
    }
    expect(rowText('mc-2')).toContain('线上视频')
    expect(rowText('mc-3')).toContain('电话')
    expect(rowText('mc-4')).toContain('达成协议')
    expect(rowText('mc-4')).toContain('2026-02-11')
    expect(rowText('mc-5')).toContain('调解不成')
  })

  it('colours the status tags and the days left while the mediation is open', async () => {
    await open()
    const status = (id: string) =>
      byTestId(`mediation-case-row-${id}`)!
        .closest('tr')!
        .querySelector('.el-tag:not(.mediation-due):not(.el-tag--plain)')!
    expect(status('mc-1').classList).toContain('el-tag--primary')
    expect(status('mc-4').classList).toContain('el-tag--success')
    expect(status('mc-5').classList).toContain('el-tag--warning')

    // Ahead: grey; the last three days: amber; past: red.
    expect(tagOf('mc-1')?.classList).toContain('el-tag--info')
    expect(clean(tagOf('mc-2')?.textContent)).toBe('还剩 2 天')
    expect(tagOf('mc-2')?.classList).toContain('el-tag--warning')
    expect(clean(tagOf('mc-3')?.textContent)).toBe('逾期 3 天')
    expect(tagOf('mc-3')?.classList).toContain('el-tag--danger')
    // An ended mediation has no running deadline.
    expect(tagOf('mc-4')).toBeNull()
    expect(tagOf('mc-5')).toBeNull()
  })

  it('applies the organisation from the address, as the organisation page links it', async () => {
    const { calls } = await open('/mediation/cases?orgId=org-2')
    expect(queries(calls)).toEqual([{ orgId: 'org-2', offset: 0, limit: 20 }])
    expect(text('mediation-filter-org')).toBe('西峰区人民调解委员会')
    expect(byTestId('mediation-case-row-mc-1')).toBeNull()
    expect(byTestId('mediation-case-row-mc-2')).not.toBeNull()
  })

  it('filters by organisation and status, searches, and remembers it in the address', async () => {
    const { calls, router } = await open()
    await choose('mediation-filter-org', '西峰区人民调解委员会')
    expect(queries(calls).at(-1)).toEqual({ orgId: 'org-2', offset: 0, limit: 20 })
    expect(router.currentRoute.value.query.orgId).toBe('org-2')

    await choose('mediation-filter-status', '调解中')
    expect(queries(calls).at(-1)).toEqual({
      orgId: 'org-2',
      status: 'open',
      offset: 0,
      limit: 20,
    })
    expect(router.currentRoute.value.query.status).toBe('open')

    await typeInto('mediation-search', '孙女士')
    await new Promise((resolve) => setTimeout(resolve, 400))
    await settle()
    expect(queries(calls).at(-1)).toEqual({
      orgId: 'org-2',
      status: 'open',
      text: '孙女士',
      offset: 0,
      limit: 20,
    })
    expect(router.currentRoute.value.query.q).toBe('孙女士')
    expect(byTestId('mediation-case-row-mc-3')).not.toBeNull()
    expect(byTestId('mediation-case-row-mc-2')).toBeNull()
  })

  it('opens a case from its number', async () => {
    const { router } = await open()
    await click('mediation-case-row-mc-2')
    expect(router.currentRoute.value.name).toBe('mediation-case')
    expect(router.currentRoute.value.params.id).toBe('mc-2')
  })

  it('says what to do when there is no case yet, and registers one for the organisation', async () => {
    mockCore({ list_mediation_cases: { items: [], total: 0 }, list_mediation_orgs: ORGS })
    const { router } = await mountAt('/mediation/cases')
    expect(text('mediation-case-empty')).toContain('新建调解案件')
    await click('mediation-case-empty-new')
    expect(router.currentRoute.value.name).toBe('mediation-case-new')

    await router.push('/mediation/cases?orgId=org-1')
    await settle()
    await click('mediation-case-new')
    expect(router.currentRoute.value.name).toBe('mediation-case-new')
    expect(router.currentRoute.value.query.orgId).toBe('org-1')
  })
})
