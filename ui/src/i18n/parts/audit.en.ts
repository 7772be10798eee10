// audit: English messages; exactly the keys of audit.zh-CN.ts.
import type zh from './audit.zh-CN'

const auditEn: typeof zh = {
  audit: {
    title: 'Audit log',
    intro:
      'Every change to the data is recorded here in order and linked in a hash chain, so any tampering is detected by verification.',
    columns: {
      seq: 'No.',
      at: 'Time',
      actor: 'By',
      action: 'Action',
      entity: 'Object',
      summary: 'Summary',
      hash: 'Hash',
    },
    verify: 'Verify hash chain',
    verifyOk: 'Checked {checked} entries: the hash chain is intact',
    verifyBroken: 'The hash chain is broken at entry {seq}: {reason} ({checked} entries checked)',
    empty:
      'No audit entries yet. They appear here once users are created, registrations reviewed, and so on.',
  },
  auditAction: {
    intake_created: 'Request registered',
    intake_transferred: 'Transferred',
    intake_note: 'Follow-up note',
    intake_closed: 'Closed',
    intake_materials_noticed: 'Materials notice issued',
    intake_materials_renoticed: 'Materials notice reissued',
    intake_material_provided: 'Material provided',
    case_received: 'Application registered',
    case_accepted: 'Accepted',
    case_not_accepted: 'Not accepted',
    case_closed: 'Closed',
    case_event: 'Event recorded',
    case_tribunal_formed: 'Tribunal formed',
    case_recusal_applied: 'Recusal applied for',
    case_recusal_decided: 'Recusal decided',
    case_merged: 'Merged',
    case_merge_undone: 'Merge undone',
    case_counterclaim_received: 'Counterclaim registered',
    case_party_updated: 'Party edited',
    case_agent_added: 'Agent added',
    case_claim_added: 'Claim added',
    case_party_added: 'Party added',
    case_evidence_added: 'Evidence added',
    case_circumstances_set: 'Limitation and case circumstances recorded',
    consent_recorded: 'Party consent recorded',
    consent_confirmation_issued: 'Confirmation of rights and duties generated',
    procedure_attested: 'Checklist item confirmed by arbitrator',
    procedure_summary_applied: 'Summary handling decided',
    procedure_converted: 'Converted to the ordinary procedure',
    procedure_average_wage_set: 'Average wage set',
    procedure_task_done: 'Task done',
    hearing_scheduled: 'Hearing scheduled',
    hearing_notice_served: 'Hearing notice service recorded',
    hearing_attendance: 'Attendance checked',
    minutes_entry_edited: 'Minutes entry edited',
    minutes_entry_deleted: 'Minutes entry deleted',
    minutes_stage_skipped: 'Hearing stage skipped',
  },
  entityAudit: {
    loadFailed: 'Could not load the audit trail',
    empty: 'No audit entries yet.',
  },
}

export default auditEn
