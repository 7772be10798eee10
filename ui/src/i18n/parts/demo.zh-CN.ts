// demo: Simplified Chinese messages (owned by the demo data card in settings).
const demoZhCN = {
  title: '演示数据',
  explain: '为培训和演示载入一套虚构的数据，便于查看统计分析、调解和仲裁各环节的效果。',
  load: '载入演示数据',
  confirmTitle: '载入演示数据',
  confirmText:
    '只能在空数据库中载入（除管理员外没有任何用户、案件、调解组织或服务记录）。将以您的身份添加虚构的一年数据：40 个基层调解组织及其调解员、约 300 件调解案件、受理转办事项、二十余件仲裁案件、服务台账和宣传活动，以及赵丽与庆阳清源环保科技有限公司劳动争议一案从求助到撤回仲裁申请的完整办理过程，并创建几个演示账号。所有操作照常记入审计日志，数据载入后不能整体删除，请勿在正式使用的数据库中载入。',
  confirm: '载入',
  loading: '正在生成演示数据，需要几秒钟…',
  notEmpty: '数据库中已有业务数据，不能载入演示数据。演示数据只能载入到新安装的空数据库中。',
  failed: '载入失败：{message}',
  resultTitle: '演示数据已载入',
  counts: {
    organizations: '调解组织',
    mediators: '调解员',
    mediationCases: '调解案件',
    intakeItems: '受理转办事项',
    cases: '仲裁案件',
    services: '服务人次',
    publicityEvents: '宣传活动',
  },
  accounts: '演示账号',
  accountsHint: '以下账号均使用同一密码，可用于演示不同角色：',
  password: '密码',
  openStatistics: '查看统计分析',
  close: '关闭',
}

export default demoZhCN
