// agents: Simplified Chinese messages for the parties' agents and their authority. Holds several
// top-level keys; the roots spread it: agentKind, authority, caseAgents.
const agentsZhCN = {
  agentKind: {
    lawyer: '律师',
    legal_worker: '基层法律服务工作者',
    employee: '用人单位工作人员',
    relative: '近亲属',
    union: '工会推荐',
    other: '其他',
  },
  authority: {
    general: '一般授权',
    special: '特别授权',
  },
  caseAgents: {
    title: '代理人',
    add: '添加代理人',
    name: '姓名',
    kind: '代理人类型',
    organization: '工作单位',
    mobile: '手机号',
    idNumber: '身份证件号码',
    authority: '代理权限',
    scope: '特别授权事项',
    scopePlaceholder: '如：代为承认、放弃、变更仲裁请求，进行和解，提起反申请',
    scopeShown: '授权事项：{scope}',
    poaShown: '委托书收到日期：{date}',
    poaReceivedOn: '授权委托书收到日期',
    validation: {
      nameRequired: '请输入代理人姓名',
      scopeRequired: '特别授权须写明授权事项',
    },
    dialog: {
      title: '添加代理人：{name}',
      confirm: '添加',
      done: '代理人已添加',
    },
  },
}

export default agentsZhCN
