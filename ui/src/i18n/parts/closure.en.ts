// closure: English messages; exactly the keys of closure.zh-CN.ts.
import type zh from './closure.zh-CN'

const closureEn: typeof zh = {
  loadFailed: 'Could not load mediation and closure',
  noCaseNo: '(no case number yet)',
  claim: 'Claim',
  counterclaim: 'Counterclaim',
  partiesLine: 'Applicants: {applicants}; respondents: {respondents}',
  partyOption: '{side}: {name}',
  caseOption: '{caseNo} ({kind})',
  closeDialogHint:
    'Closure by mediation or by award goes through the “Mediation and closure” tab: the case closes when every party has signed for the mediation statement, or when the award is made.',
  recorded: 'Recorded',
  j1: {
    tried: 'Mediation attempted: {how}',
    missing:
      'Not yet mediated: mediation must be attempted before an award (Labour Dispute Mediation and Arbitration Law, Art. 42)',
    missingHint:
      'Record a mediation attempt (a party’s refusal to mediate counts too) or hold the mediation stage in the hearing minutes; until then no award can be made.',
  },
  outcome: {
    title: 'This case is closed',
    statement:
      'Mediation statement {docNo} was signed for by every party and took legal effect on {date}.',
    award: 'Award {docNo} ({type}) was made on {date}.',
  },
  phase: {
    before_hearing: 'Before hearing',
    in_hearing: 'In hearing',
    after_hearing: 'After hearing',
  },
  mode: {
    video: 'Video',
    phone: 'Phone',
    in_person: 'In person',
  },
  result: {
    agreement: 'Agreement reached',
    no_agreement: 'No agreement',
    refused: 'Mediation refused',
  },
  statementStatus: {
    awaiting_receipts: 'Awaiting receipts',
    effective: 'In effect',
    repudiated: 'Void (repudiated)',
  },
  eventKind: {
    receipt: 'Receipt',
    repudiation: 'Repudiation',
  },
  receiptMethod: {
    in_person: 'In person',
    post: 'By post',
    electronic: 'Electronic',
  },
  withdrawalKind: {
    voluntary: 'Application withdrawn',
    deemed: 'Deemed withdrawn',
  },
  category: {
    pay: 'Labour remuneration',
    medical: 'Work-injury medical costs',
    compensation: 'Economic compensation',
    damages: 'Damages',
    labor_standards: 'Labour standards',
    other: 'Other',
  },
  finality: {
    final: 'Final',
    non_final: 'Non-final',
  },
  attempts: {
    title: 'Mediation',
    add: 'Record mediation',
    heldOn: 'Date',
    phase: 'Stage',
    mode: 'Mode',
    mediators: 'Mediated by',
    result: 'Result',
    note: 'Note',
    empty:
      'No mediation recorded yet. The tribunal must attempt mediation before making an award: use “Record mediation” for every attempt, including a party’s refusal to mediate.',
    emptyReadOnly: 'No mediation recorded yet. Clerks and arbitrators record mediation.',
  },
  attempt: {
    title: 'Record mediation',
    intro:
      'Record each mediation the tribunal conducted. Whether or not an agreement was reached or a party refused, mediation counts as attempted; after an agreement an arbitrator can issue the mediation statement.',
    phase: 'Stage',
    hearing: 'Hearing',
    hearingPlaceholder: 'Optional: the hearing in which it took place',
    hearingOption: 'Hearing on {date} {time}',
    mode: 'Mode',
    mediators: 'Mediated by',
    mediatorsPlaceholder: 'e.g. Arbitrator Zhang, community mediator Wang',
    selfMediator: 'Arbitrator {name}',
    heldOn: 'Date',
    result: 'Result',
    note: 'Note',
    notePlaceholder: 'How it went, where the parties differ, or the points agreed',
    confirm: 'Record',
    done: 'Mediation of {date} recorded: {result}',
    doneAgreement:
      'Mediation of {date} recorded: {result}. An arbitrator can now issue the mediation statement.',
  },
  statements: {
    title: 'Mediation statement',
    add: 'Issue mediation statement',
    empty:
      'No mediation statement yet. After an agreement an arbitrator issues one stating the claims and the agreed terms; it takes effect once every party has signed for it.',
  },
  statement: {
    title: 'Issue mediation statement',
    intro:
      'The mediation statement sets out the claims and the terms agreed; it is signed by the arbitrators, sealed by the commission and served on both parties.',
    docNo: 'Document number',
    issuedOn: 'Date issued',
    claims: 'Claims',
    claimsPlaceholder: 'The claims (and counterclaims) as the statement sets them out',
    claimAmount: ' ({amount})',
    terms: 'Agreed terms',
    termNo: 'Term {n}',
    no: 'No.',
    termDescription: 'Term',
    termDescriptionPlaceholder:
      'e.g. The respondent pays the applicant the wages for June to August 2025',
    termAmount: 'Amount (CNY)',
    termAmountPlaceholder: 'Leave empty if nothing is paid',
    termDue: 'Due by',
    termManner: 'Manner',
    termMannerPlaceholder: 'e.g. bank transfer',
    addTerm: 'Add a term',
    removeTerm: 'Remove',
    follow:
      'The statement takes legal effect once every party has signed for it; if a party goes back on it before signing, it has no effect and the tribunal must make an award promptly.',
    confirm: 'Issue',
    done: 'Mediation statement {docNo} issued; serve it on every party for signature',
    cardTitle: 'Mediation statement {docNo}',
    issuedBy: 'Issued {year}-{month}-{day} · {name}',
    recordEvent: 'Record receipt or repudiation',
    awaiting: 'Not yet signed for: {parties}',
    effective:
      'Every party has signed for it: in effect from {date}; the merged cases are closed by mediation.',
    repudiated: '{party} went back on it before signing; the statement has no effect',
    repudiatedHint: 'Mediation failed: the tribunal must make an award promptly.',
    receipts: 'Receipts',
    noReceipts: 'No party has signed for it yet.',
    pendingHint: 'A mediation statement is awaiting receipts',
    needsAgreement: 'Record a mediation with an agreement first',
  },
  event: {
    title: 'Receipt or repudiation: mediation statement {docNo}',
    intro:
      'Record each party’s receipt one at a time. The statement takes effect on the day the last party signs; a repudiation before signing voids it.',
    party: 'Party',
    partyPlaceholder: 'Choose a party not yet recorded',
    kind: 'What happened',
    onDate: 'Date',
    receivedOn: 'Date signed for',
    repudiatedOn: 'Date of repudiation',
    method: 'Service method',
    note: 'Note',
    notePlaceholder: 'Optional',
    repudiationNote: 'Repudiation',
    repudiationPlaceholder: 'When and how the party went back on the agreement, and why',
    repudiationWarn:
      'Once a repudiation is recorded the statement has no legal effect and the tribunal must make an award promptly.',
    confirmTitle: 'Confirm',
    confirm: 'Record',
    lastText:
      '{party} is the last party to sign. The statement will take legal effect on {date} and {cases} will be closed by mediation; closed cases cannot be changed.',
    repudiateText:
      'After recording that {party} went back on it, the statement has no legal effect and the tribunal must make an award promptly. This cannot be undone.',
    done: 'Receipt by {party} recorded',
    doneEffective:
      'Every party has signed: the statement is in effect from {date}; case closed by mediation',
    doneRepudiated:
      'Repudiation by {party} recorded; the statement has no effect. Make the award promptly.',
  },
  withdrawals: {
    title: 'Withdrawal',
    add: 'Withdraw application',
    caseNo: 'Case number',
    kind: 'Kind',
    settled: 'After settlement',
    onDate: 'Date',
    reason: 'Reason or assessment',
    by: 'Recorded by',
    empty:
      'No withdrawal. Record here when an applicant withdraws, or is deemed to have withdrawn after staying away from a hearing without a justified reason; a merged counterclaim can be withdrawn at the same time.',
  },
  withdraw: {
    title: 'Withdraw application',
    intro:
      'Choose the cases withdrawn. When the parties have settled and the applicant withdraws the claim and the counter-applicant the counterclaim, select both. The cases are closed.',
    cases: 'Cases withdrawn',
    kind: 'Kind',
    settled: 'The parties settled',
    settledHint: 'Labour Dispute Mediation and Arbitration Law, Art. 41',
    onDate: 'Date of withdrawal',
    reason: 'Reason',
    reasonPlaceholder: 'Optional: why and how the applicant withdrew',
    deemedReason: 'Assessment',
    deemedReasonPlaceholder:
      'State that the applicant was notified of the hearing in writing and did not attend without a justified reason, or left without the tribunal’s permission',
    deemedWarn:
      'Deemed withdrawal requires written notice of the hearing and that the applicant stayed away or left without the tribunal’s permission without a justified reason; network failures and other technical problems do not count.',
    confirmTitle: 'Confirm withdrawal',
    confirmText: '{cases} will be closed as “{type}” on {date}. Closed cases cannot be changed.',
    confirm: 'Withdraw',
    done: 'Withdrawal recorded: {cases} closed',
  },
  award: {
    sectionTitle: 'Award',
    open: 'Make award',
    empty:
      'No award yet. If mediation fails, or a party goes back on the mediation statement before signing, the tribunal must make an award promptly; mediation must be attempted first.',
    noneClosed: 'This case was not closed by an award.',
    title: 'Make award',
    intro:
      'Enter the items of the award. The panel on the right shows, as you type, whether each item is final under the local monthly minimum wage and the remedy notice the award must carry.',
    j1Hint:
      'You can draft and preview the award, but it cannot be made before mediation is recorded.',
    noWages:
      'No minimum wage has been entered. An administrator must enter it under “Administration › Minimum wages” before an award can be made.',
    wagesFailed: 'Could not load the minimum wages',
    docNo: 'Award number',
    madeOn: 'Date of award',
    locality: 'Minimum wage of',
    localityPlaceholder: 'Choose a locality',
    items: 'Items',
    itemNo: 'Item {n}',
    itemCase: 'Case',
    itemCategory: 'Category',
    itemAmount: 'Amount (CNY)',
    amountPlaceholder: 'e.g. 18600 or 18,600.00',
    amountOptional: 'Optional for non-money items',
    itemDescription: 'Decision',
    descriptionPlaceholder:
      'e.g. The respondent pays the applicant wages of CNY 18,600 within ten days of this award taking effect',
    addItem: 'Add item',
    removeItem: 'Remove',
    previewTitle: 'Finality preview',
    previewIncomplete:
      'Fill in the award number, date, locality and each item’s case, decision and amount to see whether each item is final and the remedy notice.',
    previewLoading: 'Calculating…',
    previewFieldErrors: 'Correct the fields marked in red to see the preview.',
    threshold:
      'Final-award limit: monthly minimum wage of {locality} {monthly} (from {from}) × 12 = {threshold}',
    warnings: 'Please note',
    wholeLabel: 'This award is',
    whole: {
      final: 'Final award',
      non_final: 'Non-final award',
    },
    remedy: 'Remedy notice (to be stated in the award)',
    confirmTitle: 'Confirm award',
    confirmText:
      'Award {docNo}: {type}. Once made, {cases} will be closed as “{closure}” and can no longer be changed.',
    confirm: 'Make award',
    done: 'Award {docNo} ({type}) made; the case is closed',
    cardTitle: 'Award {docNo}',
    madeBy: 'Made {year}-{month}-{day} · {name}',
    defense: 'Respondent’s defense (optional)',
    defensePlaceholder: 'Summarise the respondent’s defense; leave empty if there was none',
    facts: 'Facts found',
    factsPlaceholder:
      'The facts the tribunal found: when the employment began, the position, the pay, what is owed, and the evidence they rest on',
    reasons: 'Reasons',
    reasonsPlaceholder:
      'The tribunal’s reasoning on each disputed matter, citing the legal basis, e.g. Art. 30(1) of the Labour Contract Law',
    reasoningTitle: 'Defense, facts found and reasons',
    defenseTitle: 'Respondent’s defense',
  },
  validation: {
    dateRequired: 'Choose a date',
    notFuture: 'The date cannot be later than today',
    mediatorsRequired: 'Enter who mediated',
    docNoRequired: 'Enter the document number',
    claimsRequired: 'State the claims',
    termsRequired: 'Enter at least one agreed term',
    termRequired: 'Enter the term',
    amountRequired: 'This category needs an amount',
    amountInvalid: 'Invalid amount: digits with up to two decimals, e.g. 18600 or 18,600.00',
    amountNegative: 'The amount cannot be negative',
    partyRequired: 'Choose a party',
    repudiationNote: 'Describe how the party went back on the agreement',
    casesRequired: 'Choose at least one case',
    deemedReason:
      'A deemed withdrawal needs the assessment that the applicant, notified in writing, stayed away or left without a justified reason',
    localityRequired: 'Choose the locality whose minimum wage applies',
    itemsRequired: 'Enter at least one item',
    caseRequired: 'Choose the case',
    itemRequired: 'Enter the decision',
    factsRequired: 'State the facts found',
    reasonsRequired: 'State the reasons and the law they rest on',
  },
  errors: {
    forbidden:
      'Only an arbitrator on this case’s tribunal may issue a mediation statement or make an award',
    mediation_not_attempted:
      'Mediation must be attempted before an award: record a mediation attempt (or the parties’ refusal) first',
    no_agreement: 'Record a mediation with an agreement before issuing the mediation statement',
    statement_pending: 'A mediation statement is already awaiting receipts',
    statement_closed: 'This mediation statement is already in effect or void',
    statement_not_found: 'Mediation statement not found; refresh and try again',
    notice_not_served:
      'Written notice of the hearing has not been shown to be served, so the application cannot be deemed withdrawn',
    minimum_wage_missing:
      'No minimum wage applies to this locality on the award date; an administrator must enter it first',
    case_not_in_group: 'Only this case and the cases merged with it can be chosen',
    case_not_open: 'A case of the merged group is already closed; it cannot be closed this way',
    already_recorded: 'This party’s receipt is already recorded',
    party_not_in_case: 'Choose a party of this case',
    amount_required:
      'Items of labour remuneration, medical costs, compensation or damages need an amount',
    hearing_not_in_case: 'Choose a hearing of this case',
    required: 'This field is required',
  },
}

export default closureEn
