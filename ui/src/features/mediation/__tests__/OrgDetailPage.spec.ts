import { describe, expect, it } from 'vitest'
import OrgDetailPage from '../OrgDetailPage.vue'
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
import type { MediationOrg } from '@/bindings/MediationOrg'
import type { Mediator } from '@/bindings/Mediator'
import type { MediatorInput } from '@/bindings/MediatorInput'
import type { OrgDetail } from '@/bindings/OrgDetail'
import type { SessionUser } from '@/bindings/SessionUser'
import type { VisitInput } from '@/bindings/VisitInput'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

const ORG: MediationOrg = {
  id: 'o-1',
  name: '董志镇劳动人事争议调解委员会',
  category: 'township',
  address: '西峰区董志镇人民政府一楼',
  contactName: '李主任',
  contactPhone: '0934-8211001',
  foundedOn: '2019-06-01',
  active: true,
  mediatorCount: 2,
  caseCount: 12,
}

const mediator = (partial: Partial<Mediator> & Pick<Mediator, 'id' | 'name'>): Mediator => ({
  orgId: 'o-1',
  mobile: '13909340001',
  trainingRecord: '',
  active: true,
  ...partial,
})

const DETAIL: OrgDetail = {
  org: ORG,
  mediators: [
    mediator({
      id: 'm-1',
      name: '张建国',
      trainingRecord: '2025年9月 市级调解员业务培训，考核合格',
    }),
    mediator({ id: 'm-2', name: '李秀英', mobile: '13909340002' }),
    mediator({ id: 'm-3', name: '王志强', mobile: '13909340003', active: false }),
  ],
  trainings: [
    {
      id: 't-1',
      heldOn: '2025-09-18',
      topic: '劳动人事争议调解实务',
      organizer: '庆阳市劳动人事争议仲裁院',
      attendees: [
        { mediatorId: 'm-1', name: '张建国', orgName: ORG.name },
        { mediatorId: 'm-2', name: '李秀英', orgName: ORG.name },
        { mediatorId: 'x-1', name: '赵红', orgName: '肖金镇劳动人事争议调解委员会' },
      ],
    },
  ],
  visits: [
    {
      id: 'v-1',
      orgId: 'o-1',
      visitedOn: '2025-11-05',
      visitors: '市仲裁院 李明',
      findings: '调解台账齐全',
      createdByName: '王管理',
    },
  ],
}

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const rowText = (testId: string) =>
  byTestId(testId)?.closest('tr')?.textContent?.replace(/\s+/g, ' ') ?? ''
const mediatorIds = () =>
  [...document.querySelectorAll('[data-testid^="mediator-row-"]')].map((el) =>
    el.getAttribute('data-testid')!.replace('mediator-row-', ''),
  )
const messageBox = () => document.querySelector('.el-message-box')?.textContent ?? ''
const confirmBox = () =>
  click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)

async function open(user: SessionUser = CLERK, core: Record<string, unknown> = {}) {
  const calls = mockCore({ get_mediation_org: DETAIL, ...core })
  const mounted = await mountPage(OrgDetailPage, {
    user,
    route: '/workbench',
    props: { id: 'o-1' },
  })
  for (const [path, name] of [
    ['/mediation/orgs', 'mediation-orgs'],
    ['/mediation/cases', 'mediation-cases'],
    ['/mediation/trainings', 'mediation-trainings'],
  ]) {
    mounted.router.addRoute({ path, name, component: {} })
  }
  return { calls, ...mounted }
}

describe('OrgDetailPage', { timeout: 30_000 }, () => {
  it('shows the entry in its header and the breadcrumb back to the registry', async () => {
    const { calls, router } = await open()
    expect(commands(calls, 'get_mediation_org')).toEqual([
      { cmd: 'get_mediation_org', args: { id: 'o-1' } },
    ])
    expect(text('org-name')).toBe('董志镇劳动人事争议调解委员会')
    expect(text('org-category')).toBe('乡镇（街道）')
    expect(text('org-status')).toBe('在册')
    expect(byTestId('org-status')?.classList).toContain('el-tag--success')
    const header = text('org-header')
    for (const part of [
      '西峰区董志镇人民政府一楼',
      '李主任',
      '0934-8211001',
      '2019-06-01',
      '2 名',
      '12 件',
    ]) {
      expect(header).toContain(part)
    }
    const crumbs = document.querySelector('.el-breadcrumb')!
    expect(
      [...crumbs.querySelectorAll('.el-breadcrumb__inner')].map((el) => el.textContent?.trim()),
    ).toEqual(['调解组织', '董志镇劳动人事争议调解委员会'])
    await click(crumbs.querySelector<HTMLElement>('.el-breadcrumb__inner.is-link')!)
    expect(router.currentRoute.value.name).toBe('mediation-orgs')
  })

  it('lists the mediators with mobile, training record and status', async () => {
    await open()
    expect(mediatorIds()).toEqual(['m-1', 'm-2', 'm-3'])
    expect(rowText('mediator-row-m-1')).toContain('13909340001')
    expect(rowText('mediator-row-m-1')).toContain('2025年9月 市级调解员业务培训，考核合格')
    expect(rowText('mediator-row-m-1')).toContain('在岗')
    expect(rowText('mediator-row-m-3')).toContain('停用')
    expect(rowText('mediator-row-m-3')).toContain('恢复在岗')
  })

  it('adds a mediator, showing the core’s mobile error under the field', async () => {
    let attempt = 0
    const { calls } = await open(CLERK, {
      add_mediator: (args: Record<string, unknown>) => {
        attempt += 1
        if (attempt === 1) {
          throw appError({
            code: 'validation',
            reason: 'mobile_invalid',
            field: 'mobile',
            message: '手机号格式不正确',
          })
        }
        return mediator({ id: 'm-9', ...(args.input as MediatorInput) })
      },
    })
    await click('mediator-new')
    expect(byTestId('mediator-form')).not.toBeNull()
    expect(document.querySelector('.el-dialog')?.textContent).toContain(
      '所属组织：董志镇劳动人事争议调解委员会',
    )
    await click('mediator-form-submit')
    expect(commands(calls, 'add_mediator')).toEqual([])
    expect(fieldErrors()).toEqual(expect.arrayContaining(['请填写调解员姓名', '请填写手机号']))

    await typeInto('mediator-form-name', '陈静')
    await typeInto('mediator-form-mobile', '13909340009')
    await typeInto('mediator-form-training', '2026年3月 市级调解员业务培训，考核合格')
    await click('mediator-form-submit')
    const input: MediatorInput = {
      name: '陈静',
      mobile: '13909340009',
      trainingRecord: '2026年3月 市级调解员业务培训，考核合格',
      active: true,
    }
    expect(commands(calls, 'add_mediator')).toEqual([
      { cmd: 'add_mediator', args: { orgId: 'o-1', input } },
    ])
    expect(byTestId('mediator-form-mobile')?.classList).toContain('is-error')
    expect(text('mediator-form-mobile')).toContain('请输入有效的中国大陆手机号')

    await click('mediator-form-submit')
    expect(commands(calls, 'add_mediator')).toHaveLength(2)
    // Serving mediators first, by name.
    expect(mediatorIds()).toEqual(['m-9', 'm-2', 'm-1', 'm-3'])
    expect(text('org-mediator-count')).toBe('3 名')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已增加调解员：陈静',
    )
  })

  it('edits a mediator', async () => {
    const { calls } = await open(CLERK, {
      update_mediator: (args: Record<string, unknown>) =>
        mediator({ id: 'm-2', ...(args.input as MediatorInput) }),
    })
    await click('mediator-edit-m-2')
    expect(inputOf('mediator-form-name').value).toBe('李秀英')
    await typeInto('mediator-form-mobile', '13909349999')
    await click('mediator-form-submit')
    expect(commands(calls, 'update_mediator')).toEqual([
      {
        cmd: 'update_mediator',
        args: {
          id: 'm-2',
          input: { name: '李秀英', mobile: '13909349999', trainingRecord: '', active: true },
        },
      },
    ])
    expect(rowText('mediator-row-m-2')).toContain('13909349999')
  })

  it('deactivates a mediator after saying what follows', async () => {
    const { calls } = await open(CLERK, {
      update_mediator: (args: Record<string, unknown>) =>
        mediator({ id: 'm-2', ...(args.input as MediatorInput) }),
    })
    await click('mediator-toggle-m-2')
    expect(messageBox()).toContain('停用 李秀英 后')
    expect(commands(calls, 'update_mediator')).toEqual([])
    await confirmBox()
    expect(commands(calls, 'update_mediator')).toEqual([
      {
        cmd: 'update_mediator',
        args: {
          id: 'm-2',
          input: { name: '李秀英', mobile: '13909340002', trainingRecord: '', active: false },
        },
      },
    ])
    expect(rowText('mediator-row-m-2')).toContain('停用')
    expect(text('org-mediator-count')).toBe('1 名')
  })

  it('shows the training its mediators attended, with this organisation’s attendees', async () => {
    await open()
    await click('org-tab-trainings')
    const trainings = text('org-trainings')
    expect(trainings).toContain('2025-09-18')
    expect(trainings).toContain('劳动人事争议调解实务')
    expect(trainings).toContain('庆阳市劳动人事争议仲裁院')
    expect(trainings).toContain('张建国、李秀英')
    expect(trainings).toContain('（共 3 人参训）')
    expect(trainings).not.toContain('赵红')
  })

  it('records a supervision visit, which cannot be changed afterwards', async () => {
    const { calls } = await open(CLERK, {
      record_supervision_visit: (args: Record<string, unknown>) => ({
        id: 'v-2',
        orgId: 'o-1',
        ...(args.input as VisitInput),
        createdByName: '赵书记',
      }),
    })
    await click('org-tab-visits')
    expect(text('visit-hint')).toBe('督导记录登记后不可修改，请核对后再提交。')
    expect(text('org-visits')).toContain('调解台账齐全')

    await click('visit-new')
    expect(byTestId('visit-form')).not.toBeNull()
    expect(inputOf('visit-form-date').value).toBe(shanghaiDate())
    await click('visit-form-submit')
    expect(commands(calls, 'record_supervision_visit')).toEqual([])
    expect(fieldErrors()).toEqual(
      expect.arrayContaining(['请填写督导人员', '请填写督导发现的情况']),
    )

    await typeInto('visit-form-visitors', '市仲裁院 王芳、刘洋')
    await typeInto('visit-form-findings', '调解协议书格式规范；建议加强新任调解员培训')
    await click('visit-form-submit')
    expect(commands(calls, 'record_supervision_visit')).toEqual([
      {
        cmd: 'record_supervision_visit',
        args: {
          orgId: 'o-1',
          input: {
            visitedOn: shanghaiDate(),
            visitors: '市仲裁院 王芳、刘洋',
            findings: '调解协议书格式规范；建议加强新任调解员培训',
          },
        },
      },
    ])
    const rows = [...byTestId('org-visits')!.querySelectorAll('tbody tr')].map(
      (row) => row.textContent ?? '',
    )
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('市仲裁院 王芳、刘洋')
    expect(rows[0]).toContain('赵书记')
    // Visits are append-only: no edit for any row.
    expect(byTestId('org-visits')!.querySelector('.el-button')).toBeNull()
  })

  it('opens this organisation’s mediation cases', async () => {
    const { router } = await open(MEDIATOR)
    await click('org-cases')
    expect(router.currentRoute.value.name).toBe('mediation-cases')
    expect(router.currentRoute.value.query.orgId).toBe('o-1')
  })

  it('lets mediators read the entry but offers them no change', async () => {
    await open(MEDIATOR)
    expect(mediatorIds()).toEqual(['m-1', 'm-2', 'm-3'])
    for (const id of ['org-edit', 'mediator-new', 'mediator-edit-m-1', 'mediator-toggle-m-1']) {
      expect(byTestId(id)).toBeNull()
    }
    await click('org-tab-visits')
    expect(byTestId('visit-new')).toBeNull()
    expect(text('visit-hint')).toContain('不可修改')
  })

  it('says what went wrong when the organisation cannot be read', async () => {
    mockCore({
      get_mediation_org: () => {
        throw appError({ code: 'not_found', reason: 'org_not_found', message: '没有该调解组织' })
      },
    })
    await mountPage(OrgDetailPage, { user: CLERK, route: '/workbench', props: { id: 'o-x' } })
    expect(document.querySelector('.el-result')?.textContent).toContain('调解组织加载失败')
    expect(document.querySelector('.el-result')?.textContent).toContain('没有该调解组织')
  })
})
