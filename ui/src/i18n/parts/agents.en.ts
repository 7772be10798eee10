// agents: English messages; exactly the keys of agents.zh-CN.ts.
import type zh from './agents.zh-CN'

const agentsEn: typeof zh = {
  agentKind: {
    lawyer: 'Lawyer',
    legal_worker: 'Grassroots legal service worker',
    employee: 'Employee of the employer',
    relative: 'Close relative',
    union: 'Recommended by a trade union',
    other: 'Other',
  },
  authority: {
    general: 'General authority',
    special: 'Special authority',
  },
  caseAgents: {
    title: 'Agents',
    add: 'Add agent',
    name: 'Name',
    kind: 'Kind of agent',
    organization: 'Organization',
    mobile: 'Mobile',
    idNumber: 'ID number',
    authority: 'Authority',
    scope: 'Scope of special authority',
    scopePlaceholder: 'e.g. admit, waive or change claims, settle, file a counterclaim',
    scopeShown: 'Scope: {scope}',
    poaShown: 'Power of attorney received: {date}',
    poaReceivedOn: 'Power of attorney received on',
    validation: {
      nameRequired: 'Enter the agent’s name',
      scopeRequired: 'A special authority must state its scope',
    },
    dialog: {
      title: 'Add agent: {name}',
      confirm: 'Add',
      done: 'Agent added',
    },
  },
}

export default agentsEn
