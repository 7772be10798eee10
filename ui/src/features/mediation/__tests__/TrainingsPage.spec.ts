import { describe, expect, it } from 'vitest'
import TrainingsPage from '../TrainingsPage.vue'
import {
  ADMIN,
  appError,
  byTestId,
  click,
  inputOf,
  mockCore,
  mountPage,
  settle,
  typeInto,
  type Call,
} from '@/test/helpers'
import type { MediationOrg } from '@/bindings/MediationOrg'
import type { Mediator } from '@/bindings/Mediator'
import type { OrgDetail } from '@/bindings/OrgDetail'
import type { SessionUser } from '@/bindings/SessionUser'
import type { TrainingInput } from '@/bindings/TrainingInput'
import type { TrainingSession } from '@/bindings/TrainingSession'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

const org = (partial: Partial<MediationOrg> & Pick<MediationOrg, 'id' | 'name'>): MediationOrg => ({
  category: 'township',
  address: '西峰区',
  contactName: '李主任',
  contactPhone: '0934-8211001',
  foundedOn: null,
  active: true,
  mediatorCount: 2,
  caseCount: 0,
  ...partial,
})

const DONGZHI = org({ id: 'o-1', name: '董志镇劳动人事争议调解委员会' })
const XIAOJIN = org({ id: 'o-2', name: '肖金镇劳动人事争议调解委员会' })
const MALL = org({ id: 'o-3', name: '南大街商业综合体调解工作室', category: 'commercial' })
const CLOSED = org({ id: 'o-4', name: '已停用调解点', active: false })
const EMPTY = org({ id: 'o-5', name: '新设调解工作室', category: 'other', mediatorCount: 0 })

const mediator = (id: string, name: string, orgId: string, active = true): Mediator => ({
  id,
  orgId,
  name,
  mobile: '13909340001',
  trainingRecord: '',
  active,
})

const MEDIATORS: Record<string, Mediator[]> = {
  'o-1': [
    mediator('m-1', '张建国', 'o-1'),
    mediator('m-2', '李秀英', 'o-1'),
    mediator('m-3', '王志强', 'o-1', false),
  ],
  'o-2': [mediator('m-4', '赵红', 'o-2'), mediator('m-5', '孙丽', 'o-2')],
  'o-3': [mediator('m-6', '周敏', 'o-3')],
}

const detail = (args: Record<string, unknown>): OrgDetail => {
  const id = String(args.id)
  const found = [DONGZHI, XIAOJIN, MALL].find((o) => o.id === id)!
  return { org: found, mediators: MEDIATORS[id] ?? [], trainings: [], visits: [] }
}

const SESSIONS: TrainingSession[] = [
  {
    id: 't-2',
    heldOn: '2025-11-20',
    topic: '新业态劳动者权益保障与调解',
    organizer: '庆阳市劳动人事争议仲裁院',
    attendees: [
      { mediatorId: 'm-6', name: '周敏', orgName: MALL.name },
      { mediatorId: 'm-1', name: '张建国', orgName: DONGZHI.name },
      { mediatorId: 'm-2', name: '李秀英', orgName: DONGZHI.name },
    ],
  },
  {
    id: 't-1',
    heldOn: '2025-09-18',
    topic: '劳动人事争议调解实务',
    organizer: '西峰区人力资源和社会保障局',
    attendees: [{ mediatorId: 'm-4', name: '赵红', orgName: XIAOJIN.name }],
  },
]

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const rowText = (id: string) =>
  byTestId(`training-row-${id}`)?.closest('tr')?.textContent?.replace(/\s+/g, ' ') ?? ''

/** Opens the el-select inside `testId` and picks the option labelled `label`. */
async function choose(testId: string, label: string): Promise<void> {
  const item = byTestId(testId)!
  await click(item.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item.querySelector('input')!.getAttribute('aria-controls')!
  const options = [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ]
  const found = options.find((el) => el.textContent?.trim() === label)
  if (!found) throw new Error(`no option ${label} in ${testId}`)
  await click(found)
}

function offered(testId: string): string[] {
  const item = byTestId(testId)!
  const listbox = item.querySelector('input')!.getAttribute('aria-controls')!
  return [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ].map((el) => el.textContent?.trim() ?? '')
}

const tick = (testId: string) => click(byTestId(testId)!.querySelector<HTMLElement>('input')!)

async function open(user: SessionUser = CLERK, core: Record<string, unknown> = {}) {
  const calls = mockCore({
    list_mediation_trainings: SESSIONS,
    list_mediation_orgs: [DONGZHI, XIAOJIN, MALL, CLOSED, EMPTY],
    get_mediation_org: detail,
    ...core,
  })
  const mounted = await mountPage(TrainingsPage, { user, route: '/workbench' })
  return { calls, ...mounted }
}

describe('TrainingsPage', { timeout: 30_000 }, () => {
  it('lists the sessions with their attendees, by organisation when expanded', async () => {
    await open()
    expect(rowText('t-2')).toContain('2025-11-20')
    expect(rowText('t-2')).toContain('新业态劳动者权益保障与调解')
    expect(rowText('t-2')).toContain('庆阳市劳动人事争议仲裁院')
    expect(rowText('t-2')).toContain('3 人')
    expect(rowText('t-2')).toContain('周敏、张建国、李秀英')
    expect(rowText('t-1')).toContain('1 人')

    const row = byTestId('training-row-t-2')!.closest('tr')!
    await click(row.querySelector<HTMLElement>('.el-table__expand-icon')!)
    const groups = [...byTestId('training-attendees-t-2')!.querySelectorAll('dl > div')].map(
      (div) => [
        div.querySelector('dt')?.textContent?.trim(),
        div.querySelector('dd')?.textContent?.trim(),
      ],
    )
    expect(groups).toEqual([
      [MALL.name, '周敏'],
      [DONGZHI.name, '张建国、李秀英'],
    ])
  })

  it('records a session: organisations first, then their serving mediators', async () => {
    const { calls } = await open(CLERK, {
      record_mediation_training: (args: Record<string, unknown>) => {
        const input = args.input as TrainingInput
        const all = Object.values(MEDIATORS).flat()
        return {
          id: 't-3',
          heldOn: input.heldOn,
          topic: input.topic,
          organizer: input.organizer,
          attendees: input.mediatorIds.map((id) => {
            const m = all.find((x) => x.id === id)!
            return { mediatorId: id, name: m.name, orgName: m.orgId }
          }),
        }
      },
    })
    await click('training-new')
    expect(byTestId('training-form')).not.toBeNull()
    expect(commands(calls, 'list_mediation_orgs')).toHaveLength(1)
    expect(inputOf('training-form-date').value).toBe(shanghaiDate())

    // Only registered organisations with serving mediators are offered.
    await click(byTestId('training-form-orgs')!.querySelector<HTMLElement>('.el-select__wrapper')!)
    expect(offered('training-form-orgs')).toEqual([DONGZHI.name, XIAOJIN.name, MALL.name])

    await click('training-form-submit')
    expect(commands(calls, 'record_mediation_training')).toEqual([])
    expect(text('training-form-topic')).toContain('请填写培训主题')
    expect(text('training-form-organizer')).toContain('请填写主办单位')
    expect(text('training-form-mediators')).toContain('请选择参加培训的调解员')

    await typeInto('training-form-topic', '调解协议书制作')
    await typeInto('training-form-organizer', '庆阳市劳动人事争议仲裁院')
    await choose('training-form-orgs', DONGZHI.name)
    await choose('training-form-orgs', XIAOJIN.name)
    expect(commands(calls, 'get_mediation_org').map((c) => c.args)).toEqual([
      { id: 'o-1' },
      { id: 'o-2' },
    ])
    // A mediator no longer serving is not offered.
    expect(byTestId('training-mediator-m-3')).toBeNull()
    await tick('training-mediator-m-2')
    await click(byTestId('training-org-all-o-2')!.querySelector<HTMLElement>('input')!)
    expect(text('training-form-count')).toBe('已选 3 人')
    await click('training-form-submit')

    expect(commands(calls, 'record_mediation_training')).toEqual([
      {
        cmd: 'record_mediation_training',
        args: {
          input: {
            heldOn: shanghaiDate(),
            topic: '调解协议书制作',
            organizer: '庆阳市劳动人事争议仲裁院',
            mediatorIds: ['m-2', 'm-4', 'm-5'],
          },
        },
      },
    ])
    expect(rowText('t-3')).toContain('调解协议书制作')
    expect(rowText('t-3')).toContain('3 人')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已登记培训：调解协议书制作，参训 3 人',
    )
  })

  it('drops the attendees of an organisation taken off the list', async () => {
    const { calls } = await open(CLERK, {
      record_mediation_training: () => {
        throw appError({
          code: 'validation',
          reason: 'required',
          field: 'mediatorIds',
          message: '请选择参加培训的调解员',
        })
      },
    })
    await click('training-new')
    await typeInto('training-form-topic', '调解实务')
    await typeInto('training-form-organizer', '西峰区人社局')
    await choose('training-form-orgs', DONGZHI.name)
    await choose('training-form-orgs', MALL.name)
    await tick('training-mediator-m-1')
    await tick('training-mediator-m-6')
    expect(text('training-form-count')).toBe('已选 2 人')
    // Taking 董志镇 off again (clicking its option once more).
    await choose('training-form-orgs', DONGZHI.name)
    await settle()
    expect(byTestId('training-org-o-1')).toBeNull()
    expect(text('training-form-count')).toBe('已选 1 人')
    await click('training-form-submit')
    expect(
      (commands(calls, 'record_mediation_training')[0].args.input as TrainingInput).mediatorIds,
    ).toEqual(['m-6'])
    // The core's error on the mediators goes under them.
    expect(byTestId('training-form-mediators')?.classList).toContain('is-error')
    expect(text('training-form-mediators')).toContain('请选择参加培训的调解员')
  })

  it('pages the sessions it holds, without asking the core again', async () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      ...SESSIONS[1],
      id: `t-${i + 1}`,
      heldOn: `2025-01-${String(i + 1).padStart(2, '0')}`,
    }))
    const { calls } = await open(CLERK, { list_mediation_trainings: many })
    const rowIds = () =>
      [...document.querySelectorAll('[data-testid^="training-row-"]')].map((el) =>
        el.getAttribute('data-testid'),
      )
    expect(rowIds()).toHaveLength(20)
    expect(document.querySelector('.el-pagination__total')?.textContent).toContain('25')

    await click(document.querySelector<HTMLElement>('.el-pagination .btn-next')!)
    expect(rowIds()).toEqual([21, 22, 23, 24, 25].map((n) => `training-row-t-${n}`))
    expect(commands(calls, 'list_mediation_trainings')).toHaveLength(1)
  })

  it('offers mediators no recording', async () => {
    await open(MEDIATOR)
    expect(rowText('t-1')).toContain('劳动人事争议调解实务')
    expect(byTestId('training-new')).toBeNull()
  })

  it('says what to do when no session is recorded yet', async () => {
    const { calls } = await open(CLERK, { list_mediation_trainings: [] })
    expect(text('training-empty')).toContain('请点击“登记培训”')
    await click('training-empty-new')
    expect(byTestId('training-form')).not.toBeNull()
    expect(commands(calls, 'list_mediation_orgs')).toHaveLength(1)
  })
})
