// advisories: Simplified Chinese messages for the filing advisories: limitation, priority,
// co-parties and prior applications. Holds several top-level keys; the roots spread it: advisory,
// advisoryScope, employmentStatus, caseAdvisories, caseCircumstances, casePriorWithdrawals.
const advisoriesZhCN = {
  advisory: {
    limitation_expired:
      '按记录的日期，{scope}的一年仲裁时效自 {start} 起算，已于 {end} 届满，收件日为 {received}。仅为提示：时效由当事人主张、仲裁庭审理认定，不得据此不予受理',
    limitation_running: '{scope}的一年仲裁时效自 {start} 起算，至 {end} 届满；收件时未超过',
    limitation_not_recorded: '未记录起算日期，无法提示{scope}的仲裁时效',
    limitation_wage_ongoing:
      '劳动关系存续期间因拖欠劳动报酬发生争议的，{scope}不受一年仲裁时效的限制',
    priority_suggested:
      '劳动者一方10人以上或因履行集体合同发生争议：应当优先立案、优先审理，本案尚未标记优先',
    collective_workflow:
      '已标记优先；劳动者一方应推举三至五名代表参加仲裁活动，仲裁庭应由三名仲裁员组成',
    dispatch_co_party_missing: '劳务派遣争议：劳务派遣单位和用工单位应为共同当事人',
    unlicensed_co_party_missing:
      '用人单位无照、被吊销或被撤销、解散的：应将出资人、开办单位或者主管部门列为共同当事人',
  },
  advisoryScope: {
    wage: '劳动报酬类请求',
    other: '其他请求',
    all: '仲裁请求',
  },
  employmentStatus: {
    unknown: '情况不明',
    ongoing: '劳动关系存续',
    ended: '已解除或终止',
  },
  caseAdvisories: {
    title: '立案提示',
    hint: '仅为提示，不影响受理',
    empty: '暂无提示。',
    record: '记录时效与案件情况',
    rules: {
      A6: '仲裁时效',
      A7: '优先处理',
      A8: '共同当事人',
    },
    recorded: '已记录：',
    knewOn: '知道权利被侵害之日 {date}',
    ongoing: '劳动关系存续',
    endedOn: '劳动关系已于 {date} 解除或终止',
    ended: '劳动关系已解除或终止',
    interruptedOn: '时效于 {date} 中断',
    suspendedDays: '时效中止 {days} 天',
    dispatch: '劳务派遣争议',
    unlicensed: '用人单位无照、被吊销或被撤销、解散',
    collective: '因履行集体合同发生争议',
  },
  caseCircumstances: {
    title: '记录时效与案件情况',
    hint: '用于立案提示（仲裁时效、优先处理、共同当事人）。仅为提示，不影响受理。',
    knewOn: '知道或者应当知道权利被侵害之日',
    employmentStatus: '劳动关系',
    employmentEndedOn: '解除或终止日期',
    limitationInterruptedOn: '时效中断日期（最近一次）',
    limitationSuspendedDays: '时效中止天数',
    days: '天',
    situations: '案件情况',
    dispatchDispute: '劳务派遣争议',
    employerUnlicensed: '用人单位未取得营业执照、被吊销或被撤销、解散',
    collectiveContract: '因履行集体合同发生争议',
    save: '保存',
    done: '时效与案件情况已记录',
  },
  casePriorWithdrawals: {
    title: '同一事项的在先申请',
    deemed:
      '申请人曾因无正当理由拒不到庭或者未经仲裁庭同意中途退庭被视为撤回仲裁申请；就同一仲裁请求再次申请仲裁的，不予受理（《劳动人事争议仲裁办案规则》第三十九条）',
    withdrawal: '申请人曾撤回仲裁申请；撤回后再次申请仲裁的，可以受理',
    noCaseNo: '(无案号)',
    caseNo: '案号',
    closureType: '结案方式',
    closedOn: '结案日期',
    categories: '相同的请求类别',
  },
}

export default advisoriesZhCN
