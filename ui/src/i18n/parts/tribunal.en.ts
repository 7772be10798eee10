// tribunal: English messages; exactly the keys of tribunal.zh-CN.ts.
import type zh from './tribunal.zh-CN'

const tribunalEn: typeof zh = {
  seat: {
    sole: 'Sole arbitrator',
    presiding: 'Presiding arbitrator',
    member: 'Arbitrator',
    clerk: 'Clerk',
  },
  recusalDecision: {
    granted: 'Recusal granted',
    rejected: 'Application rejected',
  },
  caseTribunal: {
    title: 'Tribunal',
    formedOn: 'Formed on',
    notFormed:
      'No tribunal yet. The commission forms the tribunal within 5 days of acceptance and notifies the parties in writing.',
    readOnly: 'The tribunal is formed by an administrator or an arbitrator.',
    edit: 'Form tribunal',
    change: 'Change tribunal',
    loadFailed: 'Could not load the tribunal',
    saved: 'Tribunal saved',
    columns: {
      seat: 'Seat',
      name: 'Name',
    },
    dialog: {
      title: 'Form the tribunal',
      mode: 'Composition',
      panel: 'Panel (presiding arbitrator and two arbitrators)',
      sole: 'Sole arbitrator (summary procedure)',
      hintOrdinary:
        'Under the ordinary procedure the tribunal has three arbitrators, one presiding. Arbitrators come from the roster.',
      hintSummary: 'A case under the summary procedure may be heard by a sole arbitrator.',
      soleArbitrator: 'Sole arbitrator',
      presiding: 'Presiding arbitrator',
      members: 'Arbitrators (two)',
      clerk: 'Clerk',
      date: 'Formed on',
      confirm: 'Save',
      rosterFailed: 'Could not load the roster: {message}',
      noArbitrators:
        'No active arbitrator accounts. Set arbitrators up under User management first.',
      validation: {
        soleRequired: 'Choose the sole arbitrator',
        presidingRequired: 'Choose the presiding arbitrator',
        membersTwo: 'Choose two arbitrators',
        repeated: 'An arbitrator cannot hold two seats',
      },
    },
    recusals: {
      title: 'Recusal applications',
      apply: 'Apply for recusal',
      empty: 'No recusal applications.',
      pending: 'Pending',
      dueBy: 'Decide by {date}',
      late: 'Decision overdue',
      noEffect: 'Filed after the debate ended; the case goes on',
      learntAfterStart: 'Ground learnt after the hearing began',
      decide: 'Decide',
      decidedBy: '{name}, {date}',
      columns: {
        challenged: 'Challenged',
        applicant: 'Applicant',
        ground: 'Ground',
        appliedOn: 'Applied on',
        due: 'Decision due',
        decision: 'Decision',
      },
      applyDialog: {
        title: 'Apply for recusal',
        hint: 'A party applies for recusal before the hearing, giving reasons; if the ground becomes known only after the hearing began, until the end of the debate.',
        challenged: 'Person challenged',
        applicant: 'Applicant (party)',
        ground: 'Ground',
        groundPlaceholder: 'e.g. the arbitrator is a close relative of a party',
        appliedOn: 'Applied on',
        learntAfterStart: 'The ground became known only after the hearing began',
        confirm: 'Record application',
        done: 'Recusal application recorded; decide by {date}',
      },
      decideDialog: {
        title: 'Recusal decision',
        hint: 'The decision is made orally or in writing within 3 days. Whether an arbitrator is recused is decided by the commission chair or the authorised institute head.',
        decision: 'Decision',
        date: 'Decided on',
        decidedBy: 'Decided by',
        decidedByPlaceholder: 'Name of the commission chair or the authorised institute head',
        note: 'Note',
        confirm: 'Record decision',
        done: 'Recusal decision recorded: {decision}',
      },
      validation: {
        challengedRequired: 'Choose the person challenged',
        applicantRequired: 'Choose the party applying',
        groundRequired: 'Enter the ground',
        decisionRequired: 'Choose the decision',
        decidedByRequired: 'Enter who decided',
      },
    },
  },
}

export default tribunalEn
