import { describe, expect, it } from 'vitest'
import OrgListPage from '../OrgListPage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  fieldErrors,
  inputOf,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import type { MediationOrg } from '@/bindings/MediationOrg'
import type { OrgInput } from '@/bindings/OrgInput'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

const org = (partial: Partial<MediationOrg> & Pick<MediationOrg, 'id' | 'name'>): MediationOrg => ({
  category: 'township',
  address: '西峰区董志镇人民政府一楼',
  contactName: '李主任',
  contactPhone: '0934-8211001',
  foundedOn: '2019-06-01',
  active: true,
  mediatorCount: 3,
  caseCount: 12,
  ...partial,
})

const ORGS: MediationOrg[] = [
  org({ id: 'o-1', name: '董志镇劳动人事争议调解委员会' }),
  org({
    id: 'o-2',
    name: '肖金镇劳动人事争议调解委员会',
    address: '西峰区肖金镇',
    contactName: '王站长',
    contactPhone: '13909341234',
    foundedOn: null,
    mediatorCount: 2,
    caseCount: 4,
  }),
  org({
    id: 'o-3',
    name: '南大街商业综合体调解工作室',
    category: 'commercial',
    address: '西峰区南大街 88 号',
    contactName: '周经理',
    mediatorCount: 1,
    caseCount: 0,
  }),
  org({
    id: 'o-4',
    name: '外卖骑手驿站调解点',
    category: 'new_business',
    contactName: '吴站长',
    active: false,
    mediatorCount: 0,
    caseCount: 2,
  }),
]

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const rowText = (id: string) =>
  byTestId(`org-row-${id}`)?.closest('tr')?.textContent?.replace(/\s+/g, ' ') ?? ''
/** A category chip as `label count`. */
const chip = (category: string) =>
  [...byTestId(`org-chip-${category}`)!.querySelectorAll('span')]
    .map((span) => span.textContent?.trim())
    .join(' ')
const rowIds = () =>
  [...document.querySelectorAll('[data-testid^="org-row-"]')].map((el) =>
    el.getAttribute('data-testid')!.replace('org-row-', ''),
  )

/** Opens the el-select carrying (or inside) `testId` and picks the option labelled `label`. */
async function choose(testId: string, label: string): Promise<void> {
  const root = byTestId(testId)!
  const wrapper = root.matches('.el-select__wrapper')
    ? root
    : root.querySelector<HTMLElement>('.el-select__wrapper')!
  await click(wrapper)
  const listbox = root.querySelector('input')!.getAttribute('aria-controls')!
  const options = [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ]
  const found = options.find((el) => el.textContent?.trim() === label)
  if (!found) throw new Error(`no option ${label} in ${testId}`)
  await click(found)
}

async function pickDate(testId: string, value: string): Promise<void> {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await settle()
}

async function open(user: SessionUser = CLERK, core: Record<string, unknown> = {}) {
  const calls = mockCore({ list_mediation_orgs: ORGS, ...core })
  const mounted = await mountPage(OrgListPage, { user, route: '/workbench' })
  mounted.router.addRoute({ path: '/mediation/orgs/:id', name: 'mediation-org', component: {} })
  return { calls, ...mounted }
}

describe('OrgListPage', { timeout: 30_000 }, () => {
  it('lists the organisations with category, contact, founding, counts and status', async () => {
    const { calls } = await open()
    expect(commands(calls, 'list_mediation_orgs')).toHaveLength(1)
    expect(rowIds()).toEqual(['o-1', 'o-2', 'o-3', 'o-4'])
    const first = rowText('o-1')
    for (const part of [
      '董志镇劳动人事争议调解委员会',
      '乡镇（街道）',
      '西峰区董志镇人民政府一楼',
      '李主任',
      '0934-8211001',
      '2019-06-01',
      '3',
      '12',
      '在册',
    ]) {
      expect(first).toContain(part)
    }
    expect(rowText('o-2')).toContain('—')
    expect(rowText('o-3')).toContain('商业综合体')
    expect(rowText('o-4')).toContain('新业态')
    expect(rowText('o-4')).toContain('停用')
    const status = (id: string) =>
      byTestId(`org-row-${id}`)!.closest('tr')!.querySelector('.el-tag--success, .el-tag--info')!
    expect(status('o-1').classList).toContain('el-tag--success')
    expect(status('o-4').classList).toContain('el-tag--info')
  })

  it('counts the organisations of every category in the header', async () => {
    await open()
    expect(chip('township')).toBe('乡镇（街道） 2')
    expect(chip('commercial')).toBe('商业综合体 1')
    expect(chip('training_school')).toBe('职业培训学校 0')
    expect(chip('new_business')).toBe('新业态 1')
    expect(chip('enterprise')).toBe('企业 0')
    expect(chip('other')).toBe('其他 0')
    expect(text('org-summary')).toBe('共 4 个调解组织，在册 3 个，在岗调解员 6 名')
  })

  it('filters by category, status and name or contact, and says when nothing matches', async () => {
    const { router } = await open()
    await choose('org-category-filter', '乡镇（街道）')
    expect(rowIds()).toEqual(['o-1', 'o-2'])
    expect(router.currentRoute.value.query.category).toBe('township')

    await typeInto('org-search', '王站长')
    await settle()
    expect(rowIds()).toEqual(['o-2'])

    await typeInto('org-search', '')
    await click('org-chip-township')
    expect(rowIds()).toEqual(['o-1', 'o-2', 'o-3', 'o-4'])
    await click('org-chip-commercial')
    expect(rowIds()).toEqual(['o-3'])

    await click('org-chip-commercial')
    await click(byTestId('org-status-inactive')!.querySelector('input')!)
    expect(rowIds()).toEqual(['o-4'])
    expect(router.currentRoute.value.query.status).toBe('inactive')

    await typeInto('org-search', '不存在的组织')
    await settle()
    expect(rowIds()).toEqual([])
    expect(text('org-empty')).toContain('没有符合条件的调解组织')
    await click('org-clear-filters')
    expect(rowIds()).toHaveLength(4)
  })

  it('pages the registry it holds, without asking the core again', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      org({ id: `o-${i + 1}`, name: `调解委员会 ${i + 1}` }),
    )
    const { calls } = await open(CLERK, { list_mediation_orgs: many })
    expect(rowIds()).toHaveLength(20)
    expect(document.querySelector('.el-pagination__total')?.textContent).toContain('25')

    await click(document.querySelector<HTMLElement>('.el-pagination .btn-next')!)
    expect(rowIds()).toEqual(['o-21', 'o-22', 'o-23', 'o-24', 'o-25'])
    expect(commands(calls, 'list_mediation_orgs')).toHaveLength(1)

    // A filter starts again from the first page, and the total counts what it keeps.
    await typeInto('org-search', '调解委员会 1')
    await settle()
    expect(rowIds()).toHaveLength(11)
    expect(document.querySelector('.el-pagination__total')?.textContent).toContain('11')
  })

  it('opens an organisation from its name', async () => {
    const { router } = await open()
    await click('org-row-o-3')
    expect(router.currentRoute.value.name).toBe('mediation-org')
    expect(router.currentRoute.value.params.id).toBe('o-3')
  })

  it('registers an organisation: checks the fields, sends the OrgInput, shows the core’s field error under its field', async () => {
    let attempt = 0
    const { calls } = await open(CLERK, {
      create_mediation_org: (args: Record<string, unknown>) => {
        attempt += 1
        if (attempt === 1) {
          throw appError({
            code: 'validation',
            reason: 'name_taken',
            field: 'name',
            message: '名册中已有同名的调解组织',
          })
        }
        const input = args.input as OrgInput
        return org({ id: 'o-9', ...input, foundedOn: input.foundedOn ?? null, mediatorCount: 0 })
      },
    })
    await click('org-new')
    expect(byTestId('org-form')).not.toBeNull()
    await click('org-form-submit')
    expect(commands(calls, 'create_mediation_org')).toEqual([])
    expect(fieldErrors()).toEqual(
      expect.arrayContaining([
        '请填写调解组织名称',
        '请选择组织类别',
        '请填写地址',
        '请填写联系人',
        '请填写联系电话',
      ]),
    )

    await typeInto('org-form-name', ' 董志镇劳动人事争议调解委员会 ')
    await choose('org-form-category', '职业培训学校')
    await typeInto('org-form-address', '西峰区长庆大道 12 号')
    await typeInto('org-form-contact-name', '陈老师')
    await typeInto('org-form-contact-phone', '电话')
    inputOf('org-form-contact-phone').dispatchEvent(new FocusEvent('blur'))
    await settle()
    expect(text('org-form-contact-phone')).toContain('联系电话格式不正确')
    await typeInto('org-form-contact-phone', '0934-8688123')
    await pickDate('org-form-founded', '2021-03-15')
    await click('org-form-submit')

    const input: OrgInput = {
      name: '董志镇劳动人事争议调解委员会',
      category: 'training_school',
      address: '西峰区长庆大道 12 号',
      contactName: '陈老师',
      contactPhone: '0934-8688123',
      foundedOn: '2021-03-15',
      active: true,
    }
    expect(commands(calls, 'create_mediation_org')).toEqual([
      { cmd: 'create_mediation_org', args: { input } },
    ])
    expect(byTestId('org-form-name')?.classList).toContain('is-error')
    expect(text('org-form-name')).toContain('名册中已有同名的调解组织')
    expect(byTestId('org-form-error')).toBeNull()

    await typeInto('org-form-name', '长庆职业培训学校调解工作室')
    // Editing the field clears the core's error.
    expect(text('org-form-name')).not.toContain('名册中已有同名')
    await click('org-form-submit')
    expect(commands(calls, 'create_mediation_org')).toHaveLength(2)
    expect(commands(calls, 'create_mediation_org')[1].args.input).toEqual({
      ...input,
      name: '长庆职业培训学校调解工作室',
    })
    expect(rowIds()).toContain('o-9')
    expect(chip('training_school')).toBe('职业培训学校 1')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已登记调解组织：长庆职业培训学校调解工作室',
    )
  })

  it('tells the registry’s own errors in English too', async () => {
    mockCore({
      list_mediation_orgs: ORGS,
      update_mediation_org: () => {
        throw appError({
          code: 'validation',
          reason: 'name_taken',
          field: 'name',
          message: '名册中已有同名的调解组织',
        })
      },
    })
    await mountPage(OrgListPage, { user: CLERK, route: '/workbench', locale: 'en' })
    expect(chip('township')).toBe('Township (subdistrict) 2')
    await click('org-edit-o-2')
    await typeInto('org-form-name', '董志镇劳动人事争议调解委员会')
    await click('org-form-submit')
    expect(text('org-form-name')).toContain(
      'The registry already has an organization of this name.',
    )
  })

  it('edits an organisation, deactivating it, without a founding date', async () => {
    const { calls } = await open(ADMIN, {
      update_mediation_org: (args: Record<string, unknown>) =>
        org({ id: 'o-2', ...(args.input as OrgInput), foundedOn: null }),
    })
    await click('org-edit-o-2')
    expect(inputOf('org-form-name').value).toBe('肖金镇劳动人事争议调解委员会')
    await click(byTestId('org-form-active')!.querySelector<HTMLElement>('.el-switch')!)
    expect(text('org-form-inactive-hint')).toContain('不再受理新的调解案件')
    await click('org-form-submit')
    expect(commands(calls, 'update_mediation_org')).toEqual([
      {
        cmd: 'update_mediation_org',
        args: {
          id: 'o-2',
          input: {
            name: '肖金镇劳动人事争议调解委员会',
            category: 'township',
            address: '西峰区肖金镇',
            contactName: '王站长',
            contactPhone: '13909341234',
            active: false,
          },
        },
      },
    ])
    expect(rowText('o-2')).toContain('停用')
  })

  it('lets mediators read the registry but offers them no change', async () => {
    await open(MEDIATOR)
    expect(rowIds()).toHaveLength(4)
    expect(byTestId('org-new')).toBeNull()
    expect(document.querySelector('[data-testid^="org-edit-"]')).toBeNull()
  })

  it('says what to do when the registry is empty', async () => {
    mockCore({ list_mediation_orgs: [] })
    await mountPage(OrgListPage, { user: CLERK, route: '/workbench' })
    expect(text('org-empty')).toContain('请点击“新增调解组织”')
    await click('org-empty-new')
    expect(byTestId('org-form')).not.toBeNull()
  })

  it('tells mediators who registers organisations when the registry is empty', async () => {
    mockCore({ list_mediation_orgs: [] })
    await mountPage(OrgListPage, { user: MEDIATOR, route: '/workbench' })
    expect(text('org-empty')).toContain('由仲裁院工作人员登记')
    expect(byTestId('org-empty-new')).toBeNull()
  })
})
