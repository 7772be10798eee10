// services: English messages; exactly the keys of services.zh-CN.ts.
import type zh from './services.zh-CN'

const servicesEn: typeof zh = {
  tabs: {
    ledger: 'Service ledger',
    publicity: 'Publicity events',
  },
  kind: {
    consultation: 'Policy advice',
    social_security_card: 'Social security card services',
    elderly_special: 'Elderly and special groups',
    self_service: 'Self-service terminal help',
    other: 'Other services',
  },
  ledger: {
    intro:
      'Record, day by day, how many people the counter and the hotline served. An entry made in error can be deleted; the deletion is written to the audit log.',
    month: 'Month',
    monthPlaceholder: 'Choose a month',
    register: 'Record services',
    total: 'Total this month',
    unit: '{count} served',
    loadFailed: 'Could not load the service ledger: {message}',
    empty:
      'No services recorded this month. At the end of each day, click “Record services” to record the number of people served by kind.',
    columns: {
      date: 'Date',
      kind: 'Kind',
      count: 'People',
      note: 'Note',
      recordedBy: 'Recorded by',
    },
    remove: 'Delete',
    removeTitle: 'Delete entry',
    removeConfirm: 'Delete this entry made in error? The deletion is written to the audit log',
    removeDetail: '{date} {kind}: {count} served',
    removed: 'Deleted: {date} {kind}, {count} served',
  },
  form: {
    title: 'Record services',
    hint: 'A day and kind may be recorded in several entries; the statistics add them up.',
    date: 'Date',
    kind: 'Kind',
    kindPlaceholder: 'Choose a kind',
    count: 'People served',
    note: 'Note',
    notePlaceholder: 'What was done, e.g. “activated social security cards”',
    submit: 'Record',
    saved: 'Recorded: {date} {kind}, {count} served',
    validation: {
      date: 'Choose the date',
      kind: 'Choose the kind of service',
      count: 'The number of people must be a whole number from 1 to 100000',
    },
  },
  publicity: {
    intro: 'Record legal awareness and policy outreach events; they count in the statistics.',
    range: 'Dates',
    rangeStart: 'From',
    rangeEnd: 'To',
    register: 'Record event',
    loadFailed: 'Could not load the publicity events: {message}',
    empty:
      'No publicity event recorded in this period. After an event, click “Record event” to record its date, place, topic and participants.',
    summary: '{events} events, {participants} participants',
    columns: {
      date: 'Date',
      place: 'Place',
      topic: 'Topic',
      participants: 'Participants',
      recordedBy: 'Recorded by',
    },
  },
  publicityForm: {
    title: 'Record a publicity event',
    heldOn: 'Date',
    place: 'Place',
    placePlaceholder: 'e.g. Nanjie community square, Xifeng',
    topic: 'Topic',
    topicPlaceholder: 'e.g. Wage arrears policy briefing',
    participants: 'Participants',
    submit: 'Record',
    saved: 'Publicity event recorded: {date} {topic}',
    validation: {
      heldOn: 'Choose the date',
      place: 'Enter the place',
      topic: 'Enter the topic',
      participants: 'The number of participants must be a whole number from 0 to 1000000',
    },
  },
  dateInFuture: 'The date cannot be later than today',
}

export default servicesEn
