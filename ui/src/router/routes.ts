import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/bindings/Role'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in (sign-in, registration, first admin). */
    public?: boolean
    /** vue-i18n key of the window title. */
    titleKey?: string
    /** Roles allowed; every signed-in user when absent. */
    roles?: readonly Role[]
    /** Route name of the menu item to highlight, for pages not in the menu (a case file). */
    nav?: string
  }
}

// Every page is its own chunk, loaded when its route is first visited.
export const routes: RouteRecordRaw[] = [
  {
    path: '/setup',
    name: 'setup',
    component: () => import('@/features/auth/SetupPage.vue'),
    meta: { public: true, titleKey: 'setup.title' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/LoginPage.vue'),
    meta: { public: true, titleKey: 'login.title' },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('@/features/auth/RegisterPage.vue'),
    meta: { public: true, titleKey: 'register.title' },
  },
  {
    path: '/',
    component: () => import('@/layouts/MainLayout.vue'),
    children: [
      { path: '', redirect: { name: 'workbench' } },
      {
        path: 'workbench',
        name: 'workbench',
        component: () => import('@/features/workbench/WorkbenchPage.vue'),
        meta: { titleKey: 'nav.workbench' },
      },
      {
        path: 'cases',
        name: 'cases',
        component: () => import('@/features/cases/CaseListPage.vue'),
        meta: { titleKey: 'nav.cases' },
      },
      {
        path: 'cases/new',
        name: 'case-new',
        component: () => import('@/features/cases/NewCasePage.vue'),
        // Mediators read case files but do not register applications.
        meta: {
          titleKey: 'cases.form.title',
          roles: ['admin', 'arbitrator', 'clerk'],
          nav: 'cases',
        },
      },
      {
        path: 'cases/:id',
        name: 'case-file',
        component: () => import('@/features/cases/CaseFilePage.vue'),
        props: true,
        meta: { titleKey: 'cases.file.title', nav: 'cases' },
      },
      {
        // 登记反申请 against case `id`: the application form, pre-filled.
        path: 'cases/:id/counterclaim',
        name: 'case-counterclaim',
        component: () => import('@/features/cases/CounterclaimPage.vue'),
        props: true,
        meta: {
          titleKey: 'counterclaim.title',
          roles: ['admin', 'arbitrator', 'clerk'],
          nav: 'cases',
        },
      },
      {
        // 庭审笔录 of one hearing; read-only for those who do not record hearings.
        path: 'hearings/:id',
        name: 'hearing-minutes',
        component: () => import('@/features/hearings/MinutesPage.vue'),
        props: true,
        meta: { titleKey: 'minutes.title', nav: 'cases' },
      },
      {
        path: 'intake',
        name: 'intake',
        component: () => import('@/features/intake/IntakeListPage.vue'),
        meta: { titleKey: 'nav.intake' },
      },
      {
        path: 'intake/new',
        name: 'intake-new',
        component: () => import('@/features/intake/IntakeNewPage.vue'),
        meta: { titleKey: 'intake.form.title', nav: 'intake' },
      },
      {
        path: 'intake/:id',
        name: 'intake-item',
        component: () => import('@/features/intake/IntakeItemPage.vue'),
        props: true,
        meta: { titleKey: 'intake.item.title', nav: 'intake' },
      },
      {
        path: 'intake/:id/convert',
        name: 'intake-convert',
        component: () => import('@/features/intake/IntakeConvertPage.vue'),
        props: true,
        // Registering a case is for those who register applications (not mediators).
        meta: {
          titleKey: 'intake.convert.title',
          roles: ['admin', 'arbitrator', 'clerk'],
          nav: 'intake',
        },
      },
      {
        path: 'mediation/orgs',
        name: 'mediation-orgs',
        component: () => import('@/features/mediation/OrgListPage.vue'),
        meta: { titleKey: 'nav.mediationOrgs' },
      },
      {
        path: 'mediation/orgs/:id',
        name: 'mediation-org',
        component: () => import('@/features/mediation/OrgDetailPage.vue'),
        props: true,
        meta: { titleKey: 'nav.mediationOrgs', nav: 'mediation-orgs' },
      },
      {
        path: 'mediation/trainings',
        name: 'mediation-trainings',
        component: () => import('@/features/mediation/TrainingsPage.vue'),
        meta: { titleKey: 'nav.mediationTrainings' },
      },
      {
        path: 'mediation/cases',
        name: 'mediation-cases',
        component: () => import('@/features/mediation/MediationCaseListPage.vue'),
        meta: { titleKey: 'nav.mediationCases' },
      },
      {
        path: 'mediation/cases/new',
        name: 'mediation-case-new',
        component: () => import('@/features/mediation/MediationCaseNewPage.vue'),
        meta: { titleKey: 'nav.mediationCases', nav: 'mediation-cases' },
      },
      {
        path: 'mediation/cases/:id',
        name: 'mediation-case',
        component: () => import('@/features/mediation/MediationCasePage.vue'),
        props: true,
        meta: { titleKey: 'nav.mediationCases', nav: 'mediation-cases' },
      },
      {
        path: 'mediation/cases/:id/refer',
        name: 'mediation-refer',
        component: () => import('@/features/mediation/MediationReferPage.vue'),
        props: true,
        meta: {
          titleKey: 'nav.mediationCases',
          roles: ['admin', 'arbitrator', 'clerk'],
          nav: 'mediation-cases',
        },
      },
      {
        path: 'services',
        name: 'services',
        component: () => import('@/features/services/ServicesPage.vue'),
        meta: { titleKey: 'nav.services', roles: ['admin', 'arbitrator', 'clerk'] },
      },
      {
        path: 'statistics',
        name: 'statistics',
        component: () => import('@/features/statistics/StatisticsPage.vue'),
        meta: { titleKey: 'nav.statistics' },
      },
      {
        path: 'admin/users',
        name: 'admin-users',
        component: () => import('@/features/users/UsersPage.vue'),
        meta: { titleKey: 'nav.adminUsers', roles: ['admin'] },
      },
      {
        path: 'admin/audit',
        name: 'admin-audit',
        component: () => import('@/features/audit/AuditPage.vue'),
        meta: { titleKey: 'nav.adminAudit', roles: ['admin'] },
      },
      {
        path: 'admin/calendar',
        name: 'admin-calendar',
        component: () => import('@/features/calendar/CalendarPage.vue'),
        meta: { titleKey: 'nav.adminCalendar', roles: ['admin'] },
      },
      {
        path: 'admin/deadline-rules',
        name: 'admin-deadline-rules',
        component: () => import('@/features/deadlines/DeadlineRulesPage.vue'),
        meta: { titleKey: 'nav.adminDeadlineRules', roles: ['admin'] },
      },
      {
        // 职工平均工资 for the summary-handling threshold (G1b).
        path: 'admin/average-wages',
        name: 'average-wages',
        component: () => import('@/features/procedure/AverageWagesPage.vue'),
        meta: { titleKey: 'nav.adminAverageWages', roles: ['admin'] },
      },
      {
        // 月最低工资标准 by locality, for the final-award threshold (K2).
        path: 'admin/minimum-wages',
        name: 'minimum-wages',
        component: () => import('@/features/closure/MinimumWagesPage.vue'),
        meta: { titleKey: 'nav.adminMinimumWages', roles: ['admin'] },
      },
      {
        // 文书模板: the Typst templates of the two document layouts.
        path: 'admin/document-templates',
        name: 'admin-document-templates',
        component: () => import('@/features/documents/DocumentTemplatesPage.vue'),
        meta: { titleKey: 'nav.adminDocumentTemplates', roles: ['admin'] },
      },
      {
        path: 'admin/case-number',
        name: 'admin-case-number',
        component: () => import('@/features/cases/CaseNumberPage.vue'),
        meta: { titleKey: 'nav.adminCaseNumber', roles: ['admin'] },
      },
      {
        path: 'settings',
        name: 'settings',
        component: () => import('@/features/settings/SettingsPage.vue'),
        meta: { titleKey: 'nav.settings' },
      },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]
