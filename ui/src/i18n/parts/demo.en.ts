// demo: English messages; exactly the keys of demo.zh-CN.ts.
import type zh from './demo.zh-CN'

const demoEn: typeof zh = {
  title: 'Demo data',
  explain:
    'Loads a set of invented data for training and demonstrations, to see the statistics, mediation and arbitration at work.',
  load: 'Load demo data',
  confirmTitle: 'Load demo data',
  confirmText:
    'This works only on an empty database (no user but administrators, no case, organisation or service record). In your name it adds an invented year of work: 40 grassroots mediation organisations with their mediators, some 300 mediation cases, requests, two dozen arbitration cases, the service ledger and publicity events, and the whole course of the dispute between Zhao Li and Qingyang Qingyuan Environmental Technology Co., Ltd., from her call to the withdrawal of the claims, plus a few demo accounts. Every step is written to the audit log as usual; the data cannot be removed as a whole afterwards, so never load it into a database in real use.',
  confirm: 'Load',
  loading: 'Generating the demo data; this takes a few seconds…',
  notEmpty:
    'The database already holds records, so the demo data cannot be loaded. Demo data can only be loaded into a newly installed, empty database.',
  failed: 'Could not load the demo data: {message}',
  resultTitle: 'Demo data loaded',
  counts: {
    organizations: 'Mediation organisations',
    mediators: 'Mediators',
    mediationCases: 'Mediation cases',
    intakeItems: 'Requests',
    cases: 'Arbitration cases',
    services: 'People served',
    publicityEvents: 'Publicity events',
  },
  accounts: 'Demo accounts',
  accountsHint: 'These accounts share one password and show the different roles:',
  password: 'Password',
  openStatistics: 'Open the statistics',
  close: 'Close',
}

export default demoEn
