// deadlines: English messages; exactly the keys of deadlines.zh-CN.ts.
import type zh from './deadlines.zh-CN'

const deadlinesEn: typeof zh = {
  deadlineStatus: {
    pending: 'Running',
    met: 'Met',
    met_late: 'Met late',
    overdue: 'Overdue',
    expired: 'Expired',
    waived: 'Waived',
    paused: 'Paused',
    not_started: 'Not started',
  },
  deadlineTitle: {
    T2: 'Decide whether to accept the application',
    T4: 'Serve the application copy on the respondent',
    T5: 'Respondent’s defense period',
    T8: 'Decide whether to accept the counterclaim',
    T10: 'Form the tribunal and notify the parties in writing',
    T13: 'Serve the hearing notice (5 days before the hearing)',
    T16: 'Time limit for the award',
  },
  dayCount: {
    working: '{days} working days',
    calendar: '{days} calendar days',
  },
  recordableEvent: {
    materials_completed: 'Application materials completed',
    served_respondent: 'Respondent received the application copy',
    defense_received: 'Statement of defense received',
    defense_waived: 'Respondent waived the defense period',
    tribunal_notified: 'Tribunal composition notice served',
    hearing_scheduled: 'Hearing date set',
    hearing_notice_served: 'Hearing notice served',
    party_added: 'Party added',
    claims_changed: 'Claims added or changed',
    transfer_received: 'Transferred case received',
    suspended: 'Proceedings suspended',
    resumed: 'Proceedings resumed',
    extension_approved: 'Time limit extended',
  },
  suspensionGround: {
    worker_died: 'The worker party has died and the heirs have not said whether they will join',
    worker_incapacitated:
      'The worker party has lost legal capacity and no legal representative is determined yet',
    employer_terminated: 'The employer has terminated and its successor is not determined yet',
    force_majeure: 'Force majeure prevents a party from taking part',
    depends_on_other_case: 'The case depends on the outcome of another case not yet concluded',
    awaiting_determination:
      'Awaiting a work-injury determination, disability grading or another appraisal',
    other: 'Another situation requiring suspension',
  },
  caseClock: {
    next: 'Next deadline',
    daysLeft: '{days} days left',
    dueToday: 'Due today',
    overdueBy: '{days} days overdue',
    overdue: 'Overdue',
    suspended: 'Suspended',
    intro:
      'Deadlines are computed from the recorded events under the Labour Dispute Mediation and Arbitration Law and the Case-Handling Rules: the first day is not counted, and a period ending on a statutory holiday ends on the first working day after it.',
    record: 'Record event',
    loadFailed: 'Could not load the deadlines',
    empty: 'No deadlines.',
    suspendedNote:
      'The proceedings are suspended and the time limit is paused; record “Proceedings resumed” once the cause has ended.',
    overdueNote:
      'The time limit for the award has passed without closing the case (overdue). The parties may sue in court; once a court accepts the suit, the case may be closed by terminating the proceedings.',
    uncovered:
      'The holiday schedule for {years} is not entered; plain weekends were assumed, check the date by hand',
    recorded: 'Recorded: {kind}',
    columns: {
      deadline: 'Deadline',
      countedFrom: 'Counted from',
      period: 'Period',
      due: 'Due',
      status: 'Status',
      daysLeft: 'Left',
      doneOn: 'Done on',
      note: 'Note',
    },
    dialog: {
      title: 'Record event',
      kind: 'Event',
      date: 'Date',
      hearingDate: 'Hearing date',
      detail: 'Note',
      detailPlaceholder: 'e.g. served by post, proof of service on file',
      approver: 'Approved by',
      approverPlaceholder: 'Name of the commission chair or the authorised institute head',
      days: 'Extension',
      daysUnit: 'days',
      ground: 'Ground for suspension',
      confirm: 'Record',
      hints: {
        materials_completed:
          'The acceptance decision is counted from the day the materials were completed.',
        served_respondent:
          'The defense period runs from the respondent’s receipt of the copy: enter the date on the proof of service or the e-delivery record.',
        defense_waived: 'Requires the respondent’s signed waiver of the defense period.',
        hearing_scheduled:
          'Enter the hearing date; it may be in the future. The hearing notice must be served at least 5 days before the hearing.',
        party_added: 'The time limit restarts from the decision to add the party.',
        claims_changed:
          'The time limit restarts from the acceptance of the added or changed claims.',
        transfer_received: 'The time limit restarts from the receipt of the transferred case.',
        suspended:
          'Suspension needs the approval of the commission chair or the authorised institute head and written notice to the parties; the suspension is not counted in the time limit.',
        resumed: 'Resume once the cause of the suspension has ended; the time limit runs on.',
        extension_approved:
          'For complex cases, with the written approval of the commission chair or the authorised institute head and written notice to the parties, the time limit may be extended once, by at most 15 days.',
      },
      validation: {
        kindRequired: 'Choose the event to record',
        approverRequired: 'Enter who approved',
        daysRequired: 'Enter the extension (1 to 15 days)',
        groundRequired: 'Choose the ground for suspension',
      },
    },
  },
  deadlineRules: {
    working: 'Working days',
    calendar: 'Calendar days',
    title: 'Deadline rules',
    intro: 'How long each statutory deadline is and how its days are counted.',
    warning:
      'Whether each deadline counts working or calendar days is not confirmed in law (domain doc §6). A change recomputes that deadline in every case.',
    columns: {
      code: 'Code',
      name: 'Deadline',
      days: 'Days',
      dayCount: 'Counted in',
    },
    edit: 'Edit',
    save: 'Save',
    confirmTitle: 'Change deadline rule',
    confirmText: 'Change “{name}” to {rule}? Every case’s deadline will be recomputed.',
    saved: 'Deadline rule saved',
    loadFailed: 'Could not load the deadline rules',
    empty: 'No deadline rules.',
    daysRequired: 'Days must be between 1 and 365',
  },
  deadlines: {
    T2: 'Acceptance review',
    T4: 'Serve the application copy',
    T5: 'Defense period',
    T8: 'Counterclaim acceptance review',
    T10: 'Tribunal notice',
    T13: 'Serve the hearing notice',
    T16: 'Time limit for the award',
  },
}

export default deadlinesEn
