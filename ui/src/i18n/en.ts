// English — must have exactly the keys of zh-CN.ts (the type and a test enforce it).
import type { MessageSchema } from './zh-CN'
import closureEn from './parts/closure.en'
import documentsEn from './parts/documents.en'
import previewEn from './parts/preview.en'
import recordingsEn from './parts/recordings.en'
import registryEn from './parts/registry.en'
import signoffEn from './parts/signoff.en'
import templatesEn from './parts/templates.en'
import demoEn from './parts/demo.en'
import servicesEn from './parts/services.en'
import statisticsEn from './parts/statistics.en'
import mediationEn from './parts/mediation.en'
import authEn from './parts/auth.en'
import auditEn from './parts/audit.en'
import calendarEn from './parts/calendar.en'
import caseEnumsEn from './parts/caseEnums.en'
import casesEn from './parts/cases.en'
import agentsEn from './parts/agents.en'
import advisoriesEn from './parts/advisories.en'
import procedureEn from './parts/procedure.en'
import consentEn from './parts/consent.en'
import deadlinesEn from './parts/deadlines.en'
import tribunalEn from './parts/tribunal.en'
import counterclaimEn from './parts/counterclaim.en'
import intakeEn from './parts/intake.en'
import hearingEn from './parts/hearing.en'
import minutesEn from './parts/minutes.en'
import errorsEn from './parts/errors.en'

const en: MessageSchema = {
  mediation: mediationEn,
  signoff: signoffEn,
  closure: closureEn,
  recordings: recordingsEn,
  documents: documentsEn,
  templates: templatesEn,
  preview: previewEn,
  services: servicesEn,
  statistics: statisticsEn,
  demo: demoEn,
  registry: registryEn,
  ...authEn,
  ...auditEn,
  calendar: calendarEn,
  ...caseEnumsEn,
  cases: casesEn,
  ...agentsEn,
  ...advisoriesEn,
  procedure: procedureEn,
  consent: consentEn,
  ...deadlinesEn,
  ...tribunalEn,
  counterclaim: counterclaimEn,
  ...intakeEn,
  hearing: hearingEn,
  minutes: minutesEn,
  errors: errorsEn,
  app: {
    name: 'Yunting',
    subtitle: 'Online hearings for labour and personnel dispute arbitration',
    fullName: 'Yunting · Labour and Personnel Dispute Arbitration',
    footer: 'For staff of labour and personnel dispute arbitration institutes only',
  },
  common: {
    confirm: 'OK',
    cancel: 'Cancel',
    actions: 'Actions',
    refresh: 'Refresh',
    all: 'All',
    loading: 'Loading…',
    retry: 'Retry',
    none: '—',
  },
  locales: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  nav: {
    workbench: 'Workbench',
    cases: 'Cases',
    intake: 'Intake',
    mediation: 'Grassroots mediation',
    mediationCases: 'Mediation cases',
    mediationOrgs: 'Mediation organizations',
    mediationTrainings: 'Mediator training',
    services: 'Service records',
    statistics: 'Statistics',
    admin: 'Administration',
    adminUsers: 'Users',
    adminAudit: 'Audit log',
    adminCalendar: 'Holiday calendar',
    adminDeadlineRules: 'Deadline rules',
    adminAverageWages: 'Average wages',
    adminDocumentTemplates: 'Document templates',
    adminMinimumWages: 'Minimum wages',
    adminCaseNumber: 'Case-number format',
    settings: 'Settings',
  },
  layout: {
    collapse: 'Collapse sidebar',
    expand: 'Expand sidebar',
    signOut: 'Sign out',
    signedOut: 'Signed out',
    sessionEnded: 'Your session has ended. Please sign in again.',
    switchLanguage: 'Language',
  },
  fields: {
    username: 'Username',
    displayName: 'Full name',
    mobile: 'Mobile',
    password: 'Password',
    passwordConfirm: 'Confirm password',
    oldPassword: 'Current password',
    newPassword: 'New password',
    newPasswordConfirm: 'Confirm new password',
    role: 'Role',
  },
  placeholders: {
    username: '3–32 letters, digits, _ . or -',
    loginUsername: 'Enter your username',
    displayName: 'Enter your real name',
    mobile: 'Mainland China mobile number',
    password: 'At least 8 characters',
    loginPassword: 'Enter your password',
    passwordConfirm: 'Enter the password again',
  },
  validation: {
    usernameRequired: 'Enter a username',
    usernameInvalid: 'Use 3–32 letters, digits, underscores (_), dots (.) or hyphens (-)',
    displayNameRequired: 'Enter your name',
    displayNameInvalid: 'The name must be 1–40 characters',
    mobileRequired: 'Enter a mobile number',
    mobileInvalid: 'Enter a valid mainland China mobile number (11 digits starting with 1)',
    passwordRequired: 'Enter a password',
    passwordTooShort: 'The password must have at least 8 characters',
    passwordTooLong: 'The password may have at most 128 characters',
    passwordConfirmRequired: 'Enter the password again',
    passwordMismatch: 'The two passwords do not match',
    roleRequired: 'Choose a role',
  },
  workbench: {
    greetingMorning: 'Good morning, {name}',
    greetingAfternoon: 'Good afternoon, {name}',
    greetingEvening: 'Good evening, {name}',
    roleLabel: 'Role',
    pendingTitle: 'Registrations awaiting review',
    pendingUnit: 'pending',
    pendingNone: 'No registrations are waiting for review.',
    pendingSome: 'Staff have asked for accounts. Review them and assign roles.',
    goReview: 'Go to Users',
    accountTitle: 'My account',
    accountHint: 'Change your password or the interface language in Settings.',
    goSettings: 'Go to Settings',
    due: {
      title: 'Coming up',
      window: 'Show what falls due within',
      windowDays: '{days} days',
      overdue: 'Days overdue: {days}',
      today: 'Due today',
      left: 'Days left: {days}',
      empty:
        'Nothing falls due soon. Case deadlines, transfer deadlines and materials to supplement that are overdue or due within {days} days are listed here.',
      intakeTag: 'Intake',
      intakeTransfer: 'Transfer deadline',
      intakeMaterial: 'Material to supplement: {name}',
      uncovered:
        'The holiday calendar has no entry for {years}: this date assumes plain weekends, so check it by hand. An admin can enter the year under Holiday calendar.',
    },
  },
  settings: {
    title: 'Settings',
    language: 'Interface language',
    languageHint: 'Saved on this computer and used at the next start.',
    languageChanged: 'The interface language is now English',
    about: 'About this installation',
    version: 'Version',
    databasePath: 'Database location',
    changePassword: 'Change password',
    changePasswordSubmit: 'Change password',
    passwordChanged: 'Password changed. Use the new password next time you sign in.',
  },
  caseNumber: {
    title: 'Case-number format',
    intro:
      'Accepted cases are numbered with this format: {year} is the year of acceptance, {seq} the sequence within that year, and {seqPadded} the sequence padded to 3 digits (e.g. 015).',
    current: 'Current format',
    pattern: 'Format',
    placeholder: 'e.g. 西劳人仲案字〔{year}〕第{seq}号',
    preview: 'Preview (case 15 of {year})',
    save: 'Save',
    saved: 'Case-number format saved. Cases accepted from now on use it; existing numbers stay.',
    hint: 'A change only affects cases accepted from now on; numbers already given stay.',
    unchanged: 'The format has not changed',
  },
}

export default en
