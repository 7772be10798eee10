// signoff: English messages; exactly the keys of signoff.zh-CN.ts.
import type zh from './signoff.zh-CN'

const signoffEn: typeof zh = {
  readback: {
    button: 'Read back and sign',
    notYet: 'The minutes can be read back and signed once the closing stage has started',
    title: 'Read back and sign the minutes',
    loadFailed: 'Could not load the read-back',
    text: 'Text read back',
    textHint:
      'Read the minutes below to those present. A signature confirms this version; if the minutes change afterwards, they must be read back and signed again.',
    hash: 'SHA-256',
    copy: 'Copy the full SHA-256',
    copied: 'SHA-256 copied',
    copyFailed: 'Could not write to the clipboard; select the text and copy it by hand',
    signers: 'Signatories',
    progress: '{signed} signed, {refused} refused, {total} in all',
    noSigners:
      'Nobody is required to sign yet. Check that the tribunal is formed and attendance is recorded.',
    name: 'Signatory',
    state: 'Status',
    detail: 'Signature',
    actions: 'Actions',
    sign: 'Sign',
    refuse: 'Record refusal',
    signedWith: '{method}, {time}',
    flowNo: 'Flow no. {flowNo}',
    refusedWith: 'Reason: {reason}',
    refusedAt: 'Refusal recorded {time}',
    staleSigned: 'Signed an earlier version on {time}',
    staleRefused: 'Refused an earlier version on {time}',
    closingNotStarted: 'The closing stage has not started; nobody can sign yet.',
    readOnly: 'Only clerks and arbitrators record signatures and lock the minutes.',
    lock: 'Lock the minutes',
    lockHint: 'The minutes can be locked once everyone has signed or their refusal is recorded.',
    lockReady: 'Everyone has signed or their refusal is recorded; the minutes can be locked.',
    lockTitle: 'Lock the minutes',
    lockConfirm:
      '{signed} signed, {refused} refused. Locking concludes the hearing: no entry can be added, edited or deleted any more, only corrections can be recorded. Lock the minutes?',
    locked: 'Minutes locked; the hearing is concluded',
    lockedAlert: 'Signed and locked on {time} (SHA-256 {hash})',
    changedAfterLock:
      'Corrections were recorded after the lock and appear in the text above; the signatures bind to the version locked.',
    changed:
      'The minutes changed after they were read back. The read-back has been reloaded; read it out again before signing.',
    missing: 'Not yet signed or refused: {names}',
    closingFirst: 'Read the minutes back in the closing stage before signing or locking',
    close: 'Close',
  },
  state: {
    pending: 'To sign',
    signed: 'Signed',
    refused: 'Refused to sign',
    stale: 'Changed since, sign again',
  },
  method: {
    e_sign: 'E-signature',
    pad: 'Signature pad',
    in_person: 'Signed in person',
  },
  role: {
    presiding_arbitrator: 'Presiding arbitrator',
    sole_arbitrator: 'Sole arbitrator',
    arbitrator: 'Arbitrator',
    clerk: 'Clerk',
  },
  sign: {
    title: 'Sign the minutes',
    signer: 'Signatory',
    hash: 'SHA-256 of the version signed',
    method: 'How signed',
    flowNo: 'Signing flow number',
    flowNoPlaceholder: 'The flow number the e-signature platform returned',
    pad: 'Handwritten signature',
    inPersonHint: 'The signatory has signed the paper minutes in person.',
    submit: 'Record signature',
    done: 'Signature of {name} recorded',
  },
  refuse: {
    title: 'Record a refusal to sign',
    hint: 'The refusal and its reason go into the minutes and the case file; it does not prevent the lock.',
    signer: 'Refused by',
    reason: 'Circumstances and reason',
    reasonPlaceholder:
      'e.g. says entry 3 misstates what was said and still refuses after it was explained',
    reasonRequired: 'Record the circumstances and the reason for the refusal',
    submit: 'Record refusal',
    done: 'Refusal of {name} recorded',
  },
  locked: {
    banner:
      'The minutes were signed and locked on {time} (SHA-256 {hash}). Only corrections can be added now.',
  },
  correction: {
    action: 'Correct',
    actionTitle: 'Record a request to correct this entry',
    title: 'Correction of the minutes',
    original: 'Entry as recorded',
    by: 'Requested by',
    byPlaceholder: 'As named in the minutes, e.g. 申请人赵丽',
    text: 'Requested wording',
    decision: 'Tribunal’s decision',
    accept: 'Correction allowed',
    refuse: 'Correction refused',
    reason: 'Reason for refusing',
    note: 'Note (optional)',
    lockedHint:
      'The minutes are signed and locked. The correction is recorded as made after signing; the signed text stays as it is.',
    openHint:
      'Once recorded, the correction changes the read-back; anyone who has signed must sign again.',
    submit: 'Record',
    acceptedDone: 'Correction recorded as allowed',
    refusedDone: 'Refusal recorded; the request stays in the minutes',
    validation: {
      byRequired: 'Enter who requested the correction',
      textRequired: 'Enter the wording requested',
      sameText: 'The requested wording is the same as the entry',
      reasonRequired: 'A refusal needs a reason',
    },
    line: {
      accepted: 'Correction allowed: {text} ({by}, {time})',
      note: 'Note: {note}',
      refused:
        'Correction refused: {by} asked to change “{from}” to “{to}”; reason: {reason} ({time})',
      afterLock: 'After signing',
    },
  },
  log: {
    kind: {
      signature: 'Signature',
      signature_refused: 'Refused to sign',
      lock: 'Minutes locked',
      correction: 'Correction allowed',
      correction_refused: 'Correction refused',
    },
    by: 'Recorded by {name}',
  },
}

export default signoffEn
