// Simplified Chinese — the default language and the source of the message schema.
// Keep keys in step with en.ts (a test checks both directions).
// vue-i18n syntax: `{name}` is a parameter; avoid bare `|` and `@` in messages.
import closureZhCN from './parts/closure.zh-CN'
import documentsZhCN from './parts/documents.zh-CN'
import previewZhCN from './parts/preview.zh-CN'
import recordingsZhCN from './parts/recordings.zh-CN'
import registryZhCN from './parts/registry.zh-CN'
import signoffZhCN from './parts/signoff.zh-CN'
import templatesZhCN from './parts/templates.zh-CN'
import demoZhCN from './parts/demo.zh-CN'
import servicesZhCN from './parts/services.zh-CN'
import statisticsZhCN from './parts/statistics.zh-CN'
import mediationZhCN from './parts/mediation.zh-CN'
import authZhCN from './parts/auth.zh-CN'
import auditZhCN from './parts/audit.zh-CN'
import calendarZhCN from './parts/calendar.zh-CN'
import caseEnumsZhCN from './parts/caseEnums.zh-CN'
import casesZhCN from './parts/cases.zh-CN'
import agentsZhCN from './parts/agents.zh-CN'
import advisoriesZhCN from './parts/advisories.zh-CN'
import procedureZhCN from './parts/procedure.zh-CN'
import consentZhCN from './parts/consent.zh-CN'
import deadlinesZhCN from './parts/deadlines.zh-CN'
import tribunalZhCN from './parts/tribunal.zh-CN'
import counterclaimZhCN from './parts/counterclaim.zh-CN'
import intakeZhCN from './parts/intake.zh-CN'
import hearingZhCN from './parts/hearing.zh-CN'
import minutesZhCN from './parts/minutes.zh-CN'
import errorsZhCN from './parts/errors.zh-CN'

const zhCN = {
  mediation: mediationZhCN,
  signoff: signoffZhCN,
  closure: closureZhCN,
  recordings: recordingsZhCN,
  documents: documentsZhCN,
  templates: templatesZhCN,
  preview: previewZhCN,
  services: servicesZhCN,
  statistics: statisticsZhCN,
  demo: demoZhCN,
  registry: registryZhCN,
  ...authZhCN,
  ...auditZhCN,
  calendar: calendarZhCN,
  ...caseEnumsZhCN,
  cases: casesZhCN,
  ...agentsZhCN,
  ...advisoriesZhCN,
  procedure: procedureZhCN,
  consent: consentZhCN,
  ...deadlinesZhCN,
  ...tribunalZhCN,
  counterclaim: counterclaimZhCN,
  ...intakeZhCN,
  hearing: hearingZhCN,
  minutes: minutesZhCN,
  errors: errorsZhCN,
  app: {
    name: '云庭',
    subtitle: '劳动人事争议仲裁云庭审系统',
    fullName: '云庭 · 劳动人事争议仲裁云庭审系统',
    footer: '本系统仅供劳动人事争议仲裁机构工作人员使用',
  },
  common: {
    confirm: '确定',
    cancel: '取消',
    actions: '操作',
    refresh: '刷新',
    all: '全部',
    loading: '正在加载…',
    retry: '重试',
    none: '—',
  },
  locales: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  nav: {
    workbench: '工作台',
    cases: '案件',
    intake: '受理转办',
    mediation: '基层调解',
    mediationCases: '调解案件',
    mediationOrgs: '调解组织',
    mediationTrainings: '调解员培训',
    services: '服务台账',
    statistics: '统计分析',
    admin: '系统管理',
    adminUsers: '用户管理',
    adminAudit: '审计日志',
    adminCalendar: '节假日日历',
    adminDeadlineRules: '期限规则',
    adminAverageWages: '职工平均工资',
    adminDocumentTemplates: '文书模板',
    adminMinimumWages: '最低工资标准',
    adminCaseNumber: '案号格式',
    settings: '设置',
  },
  layout: {
    collapse: '收起侧栏',
    expand: '展开侧栏',
    signOut: '退出登录',
    signedOut: '已退出登录',
    sessionEnded: '登录已失效，请重新登录',
    switchLanguage: '切换语言',
  },
  fields: {
    username: '用户名',
    displayName: '姓名',
    mobile: '手机号',
    password: '密码',
    passwordConfirm: '确认密码',
    oldPassword: '当前密码',
    newPassword: '新密码',
    newPasswordConfirm: '确认新密码',
    role: '角色',
  },
  placeholders: {
    username: '3–32 位字母、数字、下划线、点或连字符',
    loginUsername: '请输入用户名',
    displayName: '请输入真实姓名',
    mobile: '请输入中国大陆手机号',
    password: '至少 8 位',
    loginPassword: '请输入密码',
    passwordConfirm: '请再次输入密码',
  },
  validation: {
    usernameRequired: '请输入用户名',
    usernameInvalid: '用户名须为 3–32 位字母、数字、下划线（_）、点（.）或连字符（-）',
    displayNameRequired: '请输入姓名',
    displayNameInvalid: '姓名须为 1–40 个字符',
    mobileRequired: '请输入手机号',
    mobileInvalid: '请输入有效的中国大陆手机号（1 开头的 11 位号码）',
    passwordRequired: '请输入密码',
    passwordTooShort: '密码至少 8 位',
    passwordTooLong: '密码最多 128 位',
    passwordConfirmRequired: '请再次输入密码',
    passwordMismatch: '两次输入的密码不一致',
    roleRequired: '请选择角色',
  },
  workbench: {
    greetingMorning: '{name}，上午好',
    greetingAfternoon: '{name}，下午好',
    greetingEvening: '{name}，晚上好',
    roleLabel: '当前角色',
    pendingTitle: '待审核的注册申请',
    pendingUnit: '条',
    pendingNone: '目前没有待审核的注册申请。',
    pendingSome: '有工作人员提交了注册申请，请审核并分配角色。',
    goReview: '前往用户管理',
    accountTitle: '我的账号',
    accountHint: '可在“设置”中修改密码、切换界面语言。',
    goSettings: '前往设置',
    due: {
      title: '近期期限',
      window: '显示多少天内到期的事项',
      windowDays: '{days} 天内',
      overdue: '逾期 {days} 天',
      today: '今天到期',
      left: '还剩 {days} 天',
      empty:
        '近期没有到期事项。已逾期或 {days} 天内到期的案件期限、转办办理期限和补交材料期限会列在这里。',
      intakeTag: '转办',
      intakeTransfer: '转办办理期限',
      intakeMaterial: '补交材料：{name}',
      uncovered:
        '尚未录入 {years} 年的节假日安排，此日期暂按周六、周日休息推算，请人工核对。管理员可在“节假日日历”中录入该年度。',
    },
  },
  settings: {
    title: '设置',
    language: '界面语言',
    languageHint: '选择会保存在本机，下次启动时沿用。',
    languageChanged: '界面语言已切换为简体中文',
    about: '关于本机',
    version: '版本',
    databasePath: '数据库位置',
    changePassword: '修改密码',
    changePasswordSubmit: '修改密码',
    passwordChanged: '密码已修改，下次登录请使用新密码',
  },
  caseNumber: {
    title: '案号格式',
    intro:
      '受理案件时，系统按此格式编排案号：{year} 为受理年份，{seq} 为当年的受理序号，{seqPadded} 表示序号补足 3 位（如 015）。',
    current: '当前格式',
    pattern: '案号格式',
    placeholder: '如：西劳人仲案字〔{year}〕第{seq}号',
    preview: '预览（{year} 年第 15 号）',
    save: '保存',
    saved: '案号格式已保存。此后受理的案件按新格式编号，已有案号不变。',
    hint: '修改只影响此后受理的案件，已分配的案号不变。',
    unchanged: '格式未改变',
  },
}

export type MessageSchema = typeof zhCN
export default zhCN
