import { describe, expect, it } from 'vitest'
import IntakeItemPage from '../IntakeItemPage.vue'
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
import { dayFromToday, intakeItem, material } from '@/test/intake'
import { documentRecord } from '@/test/documents'
import type { AuditEntry } from '@/bindings/AuditEntry'
import type { DocumentRecord } from '@/bindings/DocumentRecord'
import type { IntakeItem } from '@/bindings/IntakeItem'
import type { MaterialInput } from '@/bindings/MaterialInput'
import type { SessionUser } from '@/bindings/SessionUser'
import type { TransferInput } from '@/bindings/TransferInput'
import { shanghaiDate } from '@/utils/format'

const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '赵书记', role: 'clerk' }
const MEDIATOR: SessionUser = { ...ADMIN, id: 'u-med', displayName: '孙调解', role: 'mediator' }

const commands = (calls: Call[], cmd: string) => calls.filter((call) => call.cmd === cmd)
const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const messageBox = () => document.querySelector('.el-message-box')?.textContent ?? ''
const confirmBox = () =>
  click(document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!)

async function open(
  item: IntakeItem,
  user: SessionUser = CLERK,
  core: Record<string, unknown> = {},
) {
  const calls = mockCore({ get_intake: item, list_intake_documents: [], ...core })
  const mounted = await mountPage(IntakeItemPage, {
    user,
    route: `/intake/${item.summary.id}`,
    props: { id: item.summary.id },
  })
  return { calls, ...mounted }
}

/** Types a date into an Element date picker (its input commits on `change`). */
async function pickDate(testId: string, value: string): Promise<void> {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await settle()
}

function transferred(input: TransferInput): IntakeItem {
  return intakeItem(
    {
      responsiblePerson: input.responsiblePerson,
      transferredOn: input.transferredOn,
      notes: [
        {
          id: 'n1',
          at: '2026-03-02T02:00:00Z',
          author: '赵书记',
          text: `转办至${input.handlingUnit}，责任人${input.responsiblePerson}，办理期限 ${input.dueOn}`,
        },
      ],
    },
    { status: 'transferred', handlingUnit: input.handlingUnit, dueOn: input.dueOn },
  )
}

describe('IntakeItemPage', { timeout: 30_000 }, () => {
  it('shows the request: number, status, channel and the requester', async () => {
    const { calls } = await open(intakeItem())
    expect(commands(calls, 'get_intake')).toEqual([
      { cmd: 'get_intake', args: { intakeId: 'in-1' } },
    ])
    expect(text('intake-no')).toBe('急难愁盼〔2026〕第001号')
    expect(text('intake-status')).toBe('待转办')
    expect(byTestId('intake-status')?.classList).toContain('el-tag--info')
    expect(text('intake-channel')).toBe('服务热线')
    expect(text('intake-header')).toContain('2026-03-02 09:30')
    const requester = text('intake-requester')
    for (const part of ['赵女士', '13807310001', '湖南省长沙市', '西峰区某环保公司', '拖欠工资']) {
      expect(requester).toContain(part)
    }
    expect(requester).toContain('劳动报酬、工伤医疗费、经济补偿或者赔偿金')
    expect(requester).toContain('除名、辞退和辞职、离职')
    expect(document.querySelector('.el-breadcrumb')?.textContent).toContain('受理转办')
  })

  it('transfers with the unit, the person and the due date', async () => {
    const due = dayFromToday(15)
    const { calls } = await open(intakeItem(), CLERK, {
      transfer_intake: (args: Record<string, unknown>) => transferred(args.input as TransferInput),
    })
    await click('intake-transfer')
    // The institute is offered; a mediation organisation is typed.
    await typeInto('transfer-unit', '西峰区')
    // The suggestions come after the autocomplete's debounce.
    await new Promise((resolve) => setTimeout(resolve, 400))
    await settle()
    const offered = [...document.querySelectorAll('.el-autocomplete-suggestion li')]
    expect(offered.map((li) => li.textContent?.trim())).toEqual(['西峰区劳动人事争议仲裁院'])
    await click(offered[0] as HTMLElement)
    expect(inputOf('transfer-unit').value).toBe('西峰区劳动人事争议仲裁院')
    await typeInto('transfer-person', '李仲裁员')
    await pickDate('transfer-due', due)
    await click('transfer-confirm')

    expect(commands(calls, 'transfer_intake')).toEqual([
      {
        cmd: 'transfer_intake',
        args: {
          intakeId: 'in-1',
          input: {
            handlingUnit: '西峰区劳动人事争议仲裁院',
            responsiblePerson: '李仲裁员',
            transferredOn: shanghaiDate(),
            dueOn: due,
          },
        },
      },
    ])
    expect(text('intake-status')).toBe('已转办')
    expect(byTestId('intake-status')?.classList).toContain('el-tag--primary')
    expect(text('intake-header')).toContain('还剩 15 天')
    expect(text('intake-notes')).toContain('转办至西峰区劳动人事争议仲裁院')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      `已转办至 西峰区劳动人事争议仲裁院，办理期限 ${due}`,
    )
  })

  it('asks for every transfer field and shows the core’s date error under the due date', async () => {
    const { calls } = await open(intakeItem(), CLERK, {
      transfer_intake: () => {
        throw appError({
          code: 'validation',
          reason: 'due_before_transfer',
          message: '办理期限不能早于转办日期',
          field: 'dueOn',
        })
      },
    })
    await click('intake-transfer')
    await click('transfer-confirm')
    expect(commands(calls, 'transfer_intake')).toEqual([])
    expect(text('transfer-unit')).toContain('请填写承办单位')
    expect(text('transfer-person')).toContain('请填写责任人')
    expect(text('transfer-due')).toContain('请选择办理期限')

    await typeInto('transfer-unit', '董志镇劳动争议调解委员会')
    await typeInto('transfer-person', '王调解员')
    await pickDate('transfer-due', dayFromToday(3))
    await click('transfer-confirm')
    expect(commands(calls, 'transfer_intake')).toHaveLength(1)
    expect(byTestId('transfer-due')?.classList).toContain('is-error')
    expect(text('transfer-due')).toContain('办理期限不能早于转办日期')
  })

  it('adds follow-up notes to the timeline', async () => {
    const { calls } = await open(intakeItem(), CLERK, {
      add_intake_note: (args: Record<string, unknown>) =>
        intakeItem({
          notes: [
            { id: 'n1', at: '2026-03-03T06:00:00Z', author: '赵书记', text: String(args.text) },
          ],
        }),
    })
    expect(text('intake-notes')).toContain('暂无跟进记录')
    await click('intake-note-add')
    expect(commands(calls, 'add_intake_note')).toEqual([])
    expect(text('intake-note-input')).toContain('请填写跟进情况')

    await typeInto('intake-note-input', ' 已电话回访赵女士，告知调解安排 ')
    await click('intake-note-add')
    expect(commands(calls, 'add_intake_note')).toEqual([
      {
        cmd: 'add_intake_note',
        args: { intakeId: 'in-1', text: '已电话回访赵女士，告知调解安排' },
      },
    ])
    expect(text('intake-notes')).toContain('已电话回访赵女士，告知调解安排')
    expect(text('intake-notes')).toContain('2026-03-03 14:00')
    expect(inputOf('intake-note-input').value).toBe('')
  })

  it('notifies all materials at once; a material to supplement needs a due date', async () => {
    const due = dayFromToday(10)
    const { calls } = await open(intakeItem(), CLERK, {
      set_intake_materials: (args: Record<string, unknown>) =>
        intakeItem({
          materials: (args.materials as MaterialInput[]).map((m, i) =>
            material({
              id: `m${i}`,
              position: i + 1,
              name: m.name,
              status: m.status,
              dueOn: m.dueOn ?? null,
              providedOn: m.status === 'provided' ? shanghaiDate() : null,
            }),
          ),
        }),
    })
    await click('intake-materials')
    expect(byTestId('materials-reissue')).toBeNull()
    await click('material-quick-application')
    await click('material-quick-contract')
    // A quick-added material is not offered twice.
    expect(byTestId<HTMLButtonElement>('material-quick-contract')?.disabled).toBe(true)
    await click('material-add')
    await typeInto('material-2-name', '考勤记录')
    await click(byTestId('material-1-status-to_supplement')!.querySelector('input')!)
    await click('materials-confirm')

    expect(commands(calls, 'set_intake_materials')).toEqual([])
    expect(text('material-1-due')).toContain('容后补缺的材料须写明补交期限')

    await pickDate('material-1-due', due)
    await click('materials-confirm')
    expect(commands(calls, 'set_intake_materials')).toEqual([
      {
        cmd: 'set_intake_materials',
        args: {
          intakeId: 'in-1',
          materials: [
            { name: '仲裁申请书', status: 'provided' },
            { name: '劳动合同', status: 'to_supplement', dueOn: due },
            { name: '考勤记录', status: 'provided' },
          ],
        },
      },
    ])
    const list = text('intake-material-list')
    expect(list).toContain('容后补缺 1 项')
    expect(list).toContain('劳动合同')
    expect(list).toContain(due)
    expect(list).toContain('还剩 10 天')
    expect(document.querySelector('.el-message--success')?.textContent).toContain(
      '已告知材料 3 项，其中容后补缺 1 项',
    )
  })

  it('shows the core’s error on the material row it names', async () => {
    const { calls } = await open(intakeItem(), CLERK, {
      set_intake_materials: () => {
        throw appError({
          code: 'validation',
          reason: 'date_in_past',
          message: '补交期限不能早于今天',
          field: 'materials.1.dueOn',
        })
      },
    })
    await click('intake-materials')
    await click('material-quick-idCopy')
    await click('material-quick-payRecords')
    await click(byTestId('material-1-status-to_supplement')!.querySelector('input')!)
    await pickDate('material-1-due', dayFromToday(1))
    await click('materials-confirm')

    expect(commands(calls, 'set_intake_materials')).toHaveLength(1)
    expect(byTestId('material-1-due')?.classList).toContain('is-error')
    expect(text('material-1-due')).toContain('日期不能早于今天')
    expect(byTestId('material-0-due')?.classList).not.toContain('is-error')
    expect(byTestId('materials-error')).toBeNull()
  })

  it('warns that a second notice is recorded as supplementary', async () => {
    const noticed = intakeItem({
      materials: [
        material({ id: 'm1', name: '仲裁申请书' }),
        material({
          id: 'm2',
          position: 2,
          name: '劳动合同',
          status: 'to_supplement',
          dueOn: dayFromToday(5),
          providedOn: null,
        }),
      ],
    })
    const { calls } = await open(noticed, CLERK, { set_intake_materials: noticed })
    await click('intake-materials')
    expect(text('materials-reissue')).toContain('记为补充告知')
    // The earlier list is the starting point.
    expect(inputOf('material-1-name').value).toBe('劳动合同')
    await click('material-quick-businessLicence')
    await click('materials-confirm')
    expect(messageBox()).toContain('一次性告知要求一次列明全部材料')
    expect(messageBox()).toContain('共 3 项')
    expect(commands(calls, 'set_intake_materials')).toEqual([])
    await confirmBox()
    expect(commands(calls, 'set_intake_materials')).toHaveLength(1)
    expect(
      (commands(calls, 'set_intake_materials')[0].args.materials as MaterialInput[]).map(
        (m) => m.name,
      ),
    ).toEqual(['仲裁申请书', '劳动合同', '营业执照信息'])
  })

  it('records a material handed in', async () => {
    const due = dayFromToday(5)
    const item = intakeItem({
      materials: [
        material({
          id: 'm2',
          name: '劳动合同',
          status: 'to_supplement',
          dueOn: due,
          providedOn: null,
        }),
      ],
    })
    const { calls } = await open(item, CLERK, {
      intake_material_provided: intakeItem({
        materials: [
          material({ id: 'm2', name: '劳动合同', dueOn: due, providedOn: shanghaiDate() }),
        ],
      }),
    })
    await click('material-0-provided')
    await click('material-provided-confirm')
    expect(commands(calls, 'intake_material_provided')).toEqual([
      { cmd: 'intake_material_provided', args: { materialId: 'm2', on: shanghaiDate() } },
    ])
    expect(byTestId('material-0-provided')).toBeNull()
    expect(text('intake-material-list')).toContain('已提供')
  })

  it('closes with the outcome after asking', async () => {
    const { calls } = await open(intakeItem(), CLERK, {
      close_intake: intakeItem(
        { outcome: '经调解，用人单位同意支付拖欠工资', closedOn: shanghaiDate() },
        { status: 'closed' },
      ),
    })
    await click('intake-close')
    await typeInto('intake-close-outcome', '经调解，用人单位同意支付拖欠工资')
    await click('intake-close-confirm')
    expect(messageBox()).toContain('办结后不能再转办')
    await confirmBox()
    expect(commands(calls, 'close_intake')).toEqual([
      {
        cmd: 'close_intake',
        args: {
          intakeId: 'in-1',
          outcome: '经调解，用人单位同意支付拖欠工资',
          closedOn: shanghaiDate(),
        },
      },
    ])
    expect(text('intake-status')).toBe('已办结')
    expect(byTestId('intake-status')?.classList).toContain('el-tag--success')
    for (const id of ['intake-transfer', 'intake-close', 'intake-materials']) {
      expect(byTestId(id)).toBeNull()
    }
    expect(text('intake-handling')).toContain('经调解，用人单位同意支付拖欠工资')
  })

  it('opens the case form to convert the request, for those who register cases', async () => {
    const { router } = await open(intakeItem())
    await click('intake-convert')
    expect(router.currentRoute.value.name).toBe('intake-convert')
    expect(router.currentRoute.value.params.id).toBe('in-1')
  })

  it('offers mediators no conversion, but the rest of the handling', async () => {
    await open(intakeItem(), MEDIATOR)
    expect(byTestId('intake-convert')).toBeNull()
    expect(byTestId('intake-transfer')).not.toBeNull()
  })

  it('links a converted request to its case', async () => {
    const { router } = await open(
      intakeItem({ outcome: '已转为仲裁案件办理' }, { status: 'closed', caseId: 'case-9' }),
    )
    expect(byTestId('intake-convert')).toBeNull()
    await click('intake-case-link')
    expect(router.currentRoute.value.name).toBe('case-file')
    expect(router.currentRoute.value.params.id).toBe('case-9')
  })

  it('shows the request’s history from the audit trail and reads it again after a change', async () => {
    const entry = (seq: number, action: string, summary: string): AuditEntry => ({
      seq,
      at: `2026-03-0${seq}T02:0${seq}:00Z`,
      actorId: 'u-clerk',
      actorLabel: '赵书记',
      action,
      entityType: 'intake',
      entityId: 'in-1',
      summary,
      hash: `0123456789abcdef${seq}`,
    })
    const entries = [entry(1, 'intake.received', '登记急难愁盼事项')]
    const { calls } = await open(intakeItem(), CLERK, {
      entity_audit: () => [...entries],
      add_intake_note: () => intakeItem(),
    })
    expect(text('intake-history')).toContain('处理记录（审计）')
    expect(commands(calls, 'entity_audit').map((c) => c.args)).toEqual([
      { entityType: 'intake', entityId: 'in-1' },
    ])
    const rows = () =>
      [...byTestId('intake-history')!.querySelectorAll('tbody tr')].map(
        (row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      )
    expect(rows()).toHaveLength(1)
    expect(rows()[0]).toContain('2026-03-01 10:01')
    expect(rows()[0]).toContain('赵书记')
    expect(rows()[0]).toContain('登记急难愁盼事项')

    entries.push(entry(2, 'intake.note_added', '跟进：已电话回访'))
    await typeInto('intake-note-input', '已电话回访')
    await click('intake-note-add')
    expect(commands(calls, 'entity_audit')).toHaveLength(2)
    expect(rows()).toHaveLength(2)
    expect(rows()[1]).toContain('跟进：已电话回访')
  })

  it('has a 文书 card that generates the 受理转办单 and shows it in the history', async () => {
    const form = documentRecord({
      id: 'form-1',
      caseId: null,
      intakeId: 'in-1',
      kind: 'intake_transfer',
      title: '急难愁盼事项受理转办单',
      addressee: '',
    })
    let forms: DocumentRecord[] = []
    const { calls } = await open(intakeItem(), CLERK, {
      entity_audit: [],
      list_intake_documents: () => forms,
      generate_intake_form: () => {
        forms = [form]
        return form
      },
      read_document_pdf: () => {
        throw appError({ code: 'internal', message: '' })
      },
    })
    expect(text('intake-documents')).toContain('文书')
    expect(commands(calls, 'list_intake_documents').map((c) => c.args)).toEqual([
      { intakeId: 'in-1' },
    ])
    expect(commands(calls, 'entity_audit')).toHaveLength(1)
    await click('intake-generate-form')
    expect(commands(calls, 'generate_intake_form').map((c) => c.args)).toEqual([
      { intakeId: 'in-1' },
    ])
    expect(text('intake-documents')).toContain('急难愁盼事项受理转办单')
    expect(commands(calls, 'entity_audit')).toHaveLength(2)
  })
})
