// counterclaim: English messages; exactly the keys of counterclaim.zh-CN.ts.
import type zh from './counterclaim.zh-CN'

const counterclaimEn: typeof zh = {
  title: 'Register counterclaim',
  intro:
    'The counterclaim has the parties of this case with their roles reversed; they are filled in. A counterclaim filed within the defense period is decided on within 5 days of receipt and, once accepted, may be heard together with this case; one filed later must be a separate application.',
  window: 'Counterclaims until {date} (end of the defense period)',
  windowWaived: 'Counterclaims until {date} (the respondent waived the defense period that day)',
  windowNotStarted: 'The defense period has not started yet',
  windowClosed: 'Closed',
  new: 'Register counterclaim',
  filed: 'Counterclaim registered: {cause}. Decide on acceptance within 5 days',
  lateTitle: 'Counterclaim after the defense period',
  lateText:
    '{message}. You can register it as a new application instead, with its own case number and time limit.',
  asNew: 'Register as a new case',
  ofCase: 'This case is a counterclaim to {caseNo}.',
  openOriginal: 'Open the original case',
  loadFailed: 'Could not load the counterclaims',
  list: {
    title: 'Counterclaims',
    empty: 'No counterclaims against this case.',
    caseNo: 'Case number',
    cause: 'Cause',
    status: 'Status',
    receivedOn: 'Received',
    merge: 'Joint hearing',
    merged: 'Heard jointly',
    notMerged: 'Not merged',
    mergeAction: 'Hear jointly',
    undo: 'Undo',
    open: 'Open',
  },
  mergeDialog: {
    title: 'Joint hearing',
    hint: 'An accepted counterclaim may be heard together with this case: the same tribunal hears both, and this case’s time limit restarts from the counterclaim’s acceptance.',
    member: 'Case joined',
    date: 'Merged on',
    confirm: 'Hear jointly',
    done: 'Cases merged for a joint hearing',
  },
  undo: {
    title: 'Undo joint hearing',
    prompt:
      'The two cases will be heard separately and this case’s time limit counts from its own acceptance again. Reason:',
    confirm: 'Undo joint hearing',
    done: 'Joint hearing undone',
    reasonRequired: 'Enter the reason',
  },
  ledger: {
    title: 'Claim ledger',
    applicantSide: 'Applicant side’s claims',
    respondentSide: 'Respondent side’s counterclaims',
    total: 'Total',
    net: 'Net (applicant side − respondent side)',
    hint: 'Totals count monetary claims not withdrawn or dismissed.',
    empty: 'None',
    nonMonetary: 'Non-monetary',
    counterclaimTag: 'Counterclaim',
    loadFailed: 'Could not load the claim ledger',
  },
}

export default counterclaimEn
