/** Hearing and minutes fixtures for component tests: what the core would answer. */
import { flushPromises } from '@vue/test-utils'
import type { Agent } from '@/bindings/Agent'
import type { CaseFile } from '@/bindings/CaseFile'
import type { Correction } from '@/bindings/Correction'
import type { Hearing } from '@/bindings/Hearing'
import type { Minutes } from '@/bindings/Minutes'
import type { MinutesLine } from '@/bindings/MinutesLine'
import type { MinutesRecord } from '@/bindings/MinutesRecord'
import type { ReadBack } from '@/bindings/ReadBack'
import type { SessionUser } from '@/bindings/SessionUser'
import type { Signer } from '@/bindings/Signer'
import type { Stage } from '@/bindings/Stage'
import type { StageProgress } from '@/bindings/StageProgress'
import type { Tribunal } from '@/bindings/Tribunal'
import { STAGES } from '@/features/hearings/model'
import { shanghaiDate } from '@/utils/format'
import { caseFile, party } from './cases'
import { ADMIN, byTestId, click, inputOf, settle } from './helpers'

export const CLERK: SessionUser = { ...ADMIN, id: 'u-clerk', displayName: '李书记', role: 'clerk' }
export const ARBITRATOR: SessionUser = {
  ...ADMIN,
  id: 'u-a1',
  displayName: '张仲裁',
  role: 'arbitrator',
}
export const MEDIATOR: SessionUser = {
  ...ADMIN,
  id: 'u-m',
  displayName: '孙调解',
  role: 'mediator',
}

export const APPLICANT = party({ id: 'p-zhao', name: '赵丽', sex: 'female' })
export const RESPONDENT = party({
  id: 'p-env',
  side: 'respondent',
  kind: 'organization',
  name: '庆阳某环保科技有限公司',
  legalRepName: '钱总',
  legalRepTitle: '总经理',
})

export const AGENT: Agent = {
  id: 'ag-zhou',
  partyId: RESPONDENT.id,
  name: '周明',
  kind: 'lawyer',
  organization: '甘肃某律师事务所',
  mobile: null,
  idNumber: null,
  authority: 'special',
  authorityScope: '代为承认、放弃、变更仲裁请求，进行和解',
  poaReceivedOn: '2025-10-15',
}

export const CASE_NO = '庆劳人仲案字〔2025〕第42号'

export const FILE: CaseFile = caseFile(
  { parties: [APPLICANT, RESPONDENT], agents: [AGENT] },
  {
    id: 'case-1',
    status: 'accepted',
    caseNo: CASE_NO,
    cause: '劳动报酬争议',
    acceptedOn: '2025-10-10',
    applicants: APPLICANT.name,
    respondents: RESPONDENT.name,
  },
)

export const TRIBUNAL: Tribunal = {
  caseId: 'case-1',
  formedOn: '2025-10-12',
  members: [
    { userId: 'u-c1', displayName: '李书记', seat: 'clerk' },
    { userId: 'u-a2', displayName: '王仲裁', seat: 'member' },
    { userId: 'u-a1', displayName: '张仲裁', seat: 'presiding' },
    { userId: 'u-a3', displayName: '刘仲裁', seat: 'member' },
  ],
}

/** `days` after today in Asia/Shanghai, as `YYYY-MM-DD`. */
export function daysFromToday(days: number): string {
  return shanghaiDate(new Date(Date.now() + days * 86_400_000))
}

export function hearing(partial: Partial<Hearing> = {}): Hearing {
  return {
    id: 'h-1',
    leadCaseId: 'case-1',
    groupCaseIds: ['case-1'],
    date: '2025-10-28',
    time: '09:30',
    mode: 'online',
    platform: '腾讯会议',
    meetingNo: '123 456 789',
    meetingPassword: '2468',
    joinUrl: 'https://meeting.tencent.com/dm/abcdef',
    room: null,
    status: 'scheduled',
    notices: [],
    attendance: [],
    warnings: [],
    ...partial,
  }
}

/** The stages with everything before `current` held, `current` in progress. */
export function stagesAt(
  current: Stage | null,
  skipped: Partial<Record<Stage, string>> = {},
): StageProgress[] {
  const at = current ? STAGES.indexOf(current) : -1
  return STAGES.map((stage, i) => {
    const reason = skipped[stage]
    if (reason !== undefined) return { stage, state: 'skipped', reason }
    return { stage, state: i < at ? 'done' : i === at ? 'current' : 'pending', reason: null }
  })
}

export function line(
  partial: Partial<MinutesLine> & Pick<MinutesLine, 'id' | 'text'>,
): MinutesLine {
  return {
    stage: 'opening',
    speakerRole: 'presiding_arbitrator',
    speakerLabel: '首席仲裁员张仲裁',
    recordingOffsetS: null,
    createdAt: '2025-10-28T01:40:05Z',
    edited: false,
    ...partial,
  }
}

let seq = 0

export function record(
  partial: Partial<MinutesRecord> & Pick<MinutesRecord, 'kind'>,
): MinutesRecord {
  seq += 1
  return {
    seq,
    id: `r-${seq}`,
    refersTo: null,
    stage: 'preparation',
    speakerRole: null,
    speakerLabel: '',
    text: '',
    recordingOffsetS: null,
    createdAt: '2025-10-28T01:30:00Z',
    createdByName: '李书记',
    hash: 'f'.repeat(64),
    payload: null,
    ...partial,
  }
}

/** Minutes whose log explains its stages and lines (each line as first committed). */
export function minutes(
  current: Stage | null,
  lines: MinutesLine[] = [],
  skipped: Partial<Record<Stage, string>> = {},
): Minutes {
  const stages = stagesAt(current, skipped)
  const log: MinutesRecord[] = []
  for (const p of stages.filter((s) => s.state !== 'pending')) {
    log.push(
      record({
        kind: p.state === 'skipped' ? 'stage_skip' : 'stage_start',
        stage: p.stage,
        text: p.reason ?? '',
      }),
    )
    for (const l of lines.filter((x) => x.stage === p.stage)) {
      log.push(
        record({
          kind: 'entry',
          id: l.id,
          stage: l.stage,
          speakerRole: l.speakerRole,
          speakerLabel: l.speakerLabel,
          text: l.text,
          createdAt: l.createdAt,
        }),
      )
    }
  }
  return {
    hearingId: 'h-1',
    currentStage: current,
    stages,
    lines,
    log,
    corrections: [],
    lockedAt: null,
    lockedHash: null,
  }
}

// --- read-back, sign-off and corrections --------------------------------------------------

/** A SHA-256-looking hex string made of `c`. */
export const sha = (c: string) => c.repeat(64).slice(0, 64)

export function signer(partial: Partial<Signer> & Pick<Signer, 'key' | 'name'>): Signer {
  return {
    role: 'clerk',
    state: 'pending',
    method: null,
    flowNo: null,
    signatureSha256: null,
    reason: null,
    at: null,
    ...partial,
  }
}

/** The signers of the fixture hearing: the tribunal, then the parties present. */
export const SIGNERS: Signer[] = [
  signer({ key: 'user:u-a1', role: 'presiding_arbitrator', name: '张仲裁' }),
  signer({ key: 'user:u-c1', role: 'clerk', name: '李书记' }),
  signer({ key: 'party:p-zhao', role: 'applicant', name: '赵丽' }),
  signer({ key: 'agent:ag-zhou', role: 'agent', name: '周明' }),
]

export function readBack(partial: Partial<ReadBack> = {}): ReadBack {
  return {
    hearingId: 'h-1',
    text: '庭审笔录\n案号：庆劳人仲案字〔2025〕第42号\n首席仲裁员张仲裁：现在开庭。',
    hash: sha('a'),
    closingStarted: true,
    signers: SIGNERS,
    canLock: false,
    lockedAt: null,
    lockedHash: null,
    ...partial,
  }
}

let correctionSeq = 0

export function correction(
  partial: Partial<Correction> & Pick<Correction, 'entryId' | 'requestedText'>,
): Correction {
  correctionSeq += 1
  return {
    id: `c-${correctionSeq}`,
    accepted: true,
    requestedBy: '申请人赵丽',
    originalText: '',
    reason: '',
    afterLock: false,
    createdAt: '2025-10-28T03:10:00Z',
    createdByName: '李书记',
    ...partial,
  }
}

// --- interacting with Element's controls ------------------------------------------------

/** Opens an `el-select` inside `testId` and picks the option labelled `label`. */
export async function choose(testId: string, label: string): Promise<void> {
  const item = byTestId(testId)!
  await click(item.querySelector<HTMLElement>('.el-select__wrapper')!)
  const listbox = item.querySelector('input')!.getAttribute('aria-controls')!
  const option = [
    ...document.getElementById(listbox)!.querySelectorAll<HTMLElement>('.el-select-dropdown__item'),
  ].find((el) => el.textContent?.trim() === label)
  if (!option) throw new Error(`no option ${label} in ${testId}`)
  await click(option)
}

/** Types a date into an `el-date-picker` inside `testId`, as a user would. */
export async function pickDate(testId: string, value: string): Promise<void> {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await flushPromises()
  await settle()
}

export async function check(testId: string): Promise<void> {
  await click(byTestId(testId)!.querySelector<HTMLElement>('input')!)
}
