// advisories: English messages; exactly the keys of advisories.zh-CN.ts.
import type zh from './advisories.zh-CN'

const advisoriesEn: typeof zh = {
  advisory: {
    limitation_expired:
      'By the recorded dates, the one-year limitation for {scope} ran from {start} and expired on {end}; the application was received on {received}. A prompt only: limitation is raised by a party and decided by the tribunal, and is no ground for refusing acceptance',
    limitation_running:
      'The one-year limitation for {scope} runs from {start} to {end}; it had not run out at receipt',
    limitation_not_recorded: 'No start date recorded: the limitation for {scope} cannot be checked',
    limitation_wage_ongoing:
      'Wage arrears disputed while the employment continues: {scope} are not subject to the one-year limitation',
    priority_suggested:
      'Ten or more workers, or a dispute over performing a collective contract: to be filed and heard with priority; this case is not marked as priority yet',
    collective_workflow:
      'Marked as priority; the workers should elect three to five representatives to take part, and the tribunal should have three arbitrators',
    dispatch_co_party_missing:
      'Labour-dispatch dispute: the dispatching agency and the host employer should be joint parties',
    unlicensed_co_party_missing:
      'Employer unlicensed, its licence revoked, or dissolved: its investors, founding unit or competent authority should be joined as parties',
  },
  advisoryScope: {
    wage: 'wage claims',
    other: 'other claims',
    all: 'the claims',
  },
  employmentStatus: {
    unknown: 'Unknown',
    ongoing: 'Employment continues',
    ended: 'Ended or terminated',
  },
  caseAdvisories: {
    title: 'Intake prompts',
    hint: 'Prompts only; they never block acceptance',
    empty: 'No prompts.',
    record: 'Record limitation and circumstances',
    rules: {
      A6: 'Limitation',
      A7: 'Priority',
      A8: 'Co-parties',
    },
    recorded: 'Recorded:',
    knewOn: 'infringement known on {date}',
    ongoing: 'employment continues',
    endedOn: 'employment ended on {date}',
    ended: 'employment ended',
    interruptedOn: 'limitation interrupted on {date}',
    suspendedDays: 'limitation suspended for {days} days',
    dispatch: 'labour-dispatch dispute',
    unlicensed: 'employer unlicensed, revoked or dissolved',
    collective: 'collective-contract dispute',
  },
  caseCircumstances: {
    title: 'Record limitation and circumstances',
    hint: 'Used for the intake prompts (limitation, priority, co-parties). Prompts only; they never block acceptance.',
    knewOn: 'Date the worker knew or should have known of the infringement',
    employmentStatus: 'Employment',
    employmentEndedOn: 'Ended or terminated on',
    limitationInterruptedOn: 'Limitation interrupted on (latest)',
    limitationSuspendedDays: 'Limitation suspended for',
    days: 'days',
    situations: 'Circumstances',
    dispatchDispute: 'Labour-dispatch dispute',
    employerUnlicensed: 'Employer unlicensed, its licence revoked, or dissolved',
    collectiveContract: 'Dispute over performing a collective contract',
    save: 'Save',
    done: 'Limitation and circumstances recorded',
  },
  casePriorWithdrawals: {
    title: 'Earlier applications on the same matter',
    deemed:
      'The applicant’s earlier application was deemed withdrawn for refusing to attend without good reason or leaving the hearing without the tribunal’s consent; a new application on the same claims is not accepted (Rules for Handling Labour and Personnel Dispute Arbitration, Art. 39)',
    withdrawal:
      'The applicant withdrew an earlier application; a new application after a withdrawal may be accepted',
    noCaseNo: '(no case number)',
    caseNo: 'Case number',
    closureType: 'Closed by',
    closedOn: 'Closed on',
    categories: 'Shared claim categories',
  },
}

export default advisoriesEn
