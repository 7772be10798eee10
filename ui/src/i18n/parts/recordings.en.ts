// recordings: English messages; exactly the keys of recordings.zh-CN.ts.
import type zh from './recordings.zh-CN'

const recordingsEn: typeof zh = {
  title: 'Recordings',
  explain:
    'The file stays where it is; the app neither copies nor moves it. It records the file’s SHA-256 so that a later check can prove the file is unchanged.',
  add: 'Add recording',
  empty:
    'No recordings yet. After the hearing, click “Add recording” and choose the file the commission recorded.',
  emptyReadOnly: 'No recordings yet.',
  loadFailed: 'Could not load the recordings',
  columns: {
    file: 'File',
    duration: 'Duration',
    size: 'Size',
    sha256: 'SHA-256',
    added: 'Added',
    check: 'Last check',
  },
  manual: ' (entered manually)',
  copyHash: 'Copy SHA-256',
  copied: 'SHA-256 copied',
  copyFailed: 'Could not copy; hover over the hash to see it in full',
  outcome: {
    none: 'Not checked',
    unchanged: 'Unchanged',
    changed: 'Changed',
    missing: 'File missing',
  },
  checkedSha: 'SHA-256 at the check: {sha}',
  verify: 'Check',
  verifyTitle: 'Read the file again and compare it with the SHA-256 recorded when it was added',
  verified: {
    unchanged: '{file}: identical to when it was added, unchanged',
    changed: '{file}: the SHA-256 differs from when it was added; the file has been changed',
    missing: '{file}: the file cannot be found or read; check whether it was moved or deleted',
  },
  dialog: {
    title: 'Add a hearing recording',
    path: 'File path',
    pathPlaceholder: 'Full path of the audio or video file',
    browse: 'Browse…',
    duration: 'Duration',
    durationPlaceholder: 'h:mm:ss, e.g. 1:25:30',
    durationHint:
      'The duration of MP4, MOV, M4A and WAV files is read automatically; for other formats enter the actual running time.',
    enterDuration: 'Enter the duration',
    note: 'Note',
    notePlaceholder: 'E.g. full video of the first hearing (exported from the meeting platform)',
    hashing: 'Reading the file and computing its SHA-256; large files take a while…',
    confirm: 'Add',
    done: 'Recording added: {file} ({duration})',
    validation: {
      path: 'Choose the recording, or enter its full path',
      duration: 'Enter a duration above zero as h:mm:ss, e.g. 1:25:30',
    },
  },
  errors: {
    file_unreadable: 'The file cannot be read; check the path and that the file is accessible',
    file_empty: 'The file is empty; choose a finished recording',
    duration_required: 'The duration cannot be read from the file; enter the running time',
    no_join_link: 'This hearing has no join link starting with https://',
  },
  join: {
    open: 'Open in browser',
    openTitle: 'Open the join link in the default browser',
    opened: 'The join link was opened in the system browser',
  },
  minimumWages: {
    intro:
      'The local monthly minimum wage decides whether an award is final: an award on pay, medical costs for a work injury, economic compensation or damages not exceeding twelve months of the local monthly minimum wage is final (LDMAL Art. 47(1)). Enter one figure per locality and effective date; entering the same locality and date again corrects it, with an audit entry.',
    warning:
      'No figures ship with this software. Enter them from the provincial government’s official notice, with the issuing authority, document number or URL. The locality may be a county or district (e.g. 庆阳市西峰区) or a tier the province uses (e.g. 一类区).',
    columns: {
      locality: 'Locality',
      effectiveFrom: 'Effective from',
      monthly: 'Monthly minimum wage',
      threshold: 'Twelve months',
      source: 'Source',
    },
    inForce: 'In force',
    notYet: 'Not yet in force',
    formTitle: 'Add or correct',
    localityPlaceholder: 'E.g. 庆阳市西峰区 or 一类区',
    datePlaceholder: 'Effective date',
    amountLabel: 'Monthly minimum wage (yuan)',
    amountPlaceholder: 'E.g. 2,020.00',
    sourcePlaceholder: 'Issuing authority, document number or URL',
    save: 'Save',
    correct: 'Correct',
    correctTitle: 'Correct the minimum wage',
    correctText:
      'Change the monthly minimum wage for {locality} effective {date} from {old} to {amount}?',
    saved: 'Saved: {locality} from {date}, {amount}',
    empty: 'No figures yet. Enter them on the right from the provincial government’s notice.',
    loadFailed: 'Could not load the minimum wages',
    validation: {
      locality: 'Enter the locality (e.g. 庆阳市西峰区)',
      effectiveFrom: 'Choose the effective date',
      amount: 'Enter an amount above zero, e.g. 2020 or 2,020.00',
      source: 'Give the source (authority, document number or URL)',
    },
  },
}

export default recordingsEn
