/**
 * The sidebar, as data. A new area (案件, 受理转办, 庭审, 调解组织, 统计 …) adds one entry
 * here and one route in `router/routes.ts`; the layout, breadcrumbs and role filtering
 * follow from this list. Only areas that work are listed.
 */
import type { Component } from 'vue'
import {
  Connection,
  DataAnalysis,
  Files,
  House,
  Notebook,
  Phone,
  Setting,
  Tools,
} from '@element-plus/icons-vue'
import type { Role } from '@/bindings/Role'

export interface NavLeaf {
  key: string
  /** vue-i18n key of the label. */
  titleKey: string
  /** Name of the route the item opens. */
  routeName: string
  /** data-testid of the menu item (end-to-end tests rely on it). */
  testId: string
  icon?: Component
  /** Roles that see the item; all signed-in users when absent. */
  roles?: readonly Role[]
}

export interface NavGroup {
  key: string
  titleKey: string
  icon?: Component
  roles?: readonly Role[]
  children: readonly NavLeaf[]
}

export type NavEntry = NavLeaf | NavGroup

export function isNavGroup(entry: NavEntry): entry is NavGroup {
  return 'children' in entry
}

export const NAVIGATION: readonly NavEntry[] = [
  {
    key: 'workbench',
    titleKey: 'nav.workbench',
    routeName: 'workbench',
    testId: 'nav-workbench',
    icon: House,
  },
  {
    key: 'cases',
    titleKey: 'nav.cases',
    routeName: 'cases',
    testId: 'nav-cases',
    icon: Files,
  },
  {
    key: 'intake',
    titleKey: 'nav.intake',
    routeName: 'intake',
    testId: 'nav-intake',
    icon: Phone,
  },
  {
    key: 'mediation',
    titleKey: 'nav.mediation',
    icon: Connection,
    children: [
      {
        key: 'mediation-cases',
        titleKey: 'nav.mediationCases',
        routeName: 'mediation-cases',
        testId: 'nav-mediation-cases',
      },
      {
        key: 'mediation-orgs',
        titleKey: 'nav.mediationOrgs',
        routeName: 'mediation-orgs',
        testId: 'nav-mediation-orgs',
      },
      {
        key: 'mediation-trainings',
        titleKey: 'nav.mediationTrainings',
        routeName: 'mediation-trainings',
        testId: 'nav-mediation-trainings',
      },
    ],
  },
  {
    key: 'services',
    titleKey: 'nav.services',
    routeName: 'services',
    testId: 'nav-services',
    icon: Notebook,
    roles: ['admin', 'arbitrator', 'clerk'],
  },
  {
    key: 'statistics',
    titleKey: 'nav.statistics',
    routeName: 'statistics',
    testId: 'nav-statistics',
    icon: DataAnalysis,
  },
  {
    key: 'admin',
    titleKey: 'nav.admin',
    icon: Tools,
    roles: ['admin'],
    children: [
      {
        key: 'admin-users',
        titleKey: 'nav.adminUsers',
        routeName: 'admin-users',
        testId: 'nav-admin-users',
      },
      {
        key: 'admin-audit',
        titleKey: 'nav.adminAudit',
        routeName: 'admin-audit',
        testId: 'nav-admin-audit',
      },
      {
        key: 'admin-calendar',
        titleKey: 'nav.adminCalendar',
        routeName: 'admin-calendar',
        testId: 'nav-admin-calendar',
      },
      {
        key: 'admin-deadline-rules',
        titleKey: 'nav.adminDeadlineRules',
        routeName: 'admin-deadline-rules',
        testId: 'nav-admin-deadline-rules',
      },
      {
        key: 'admin-average-wages',
        titleKey: 'nav.adminAverageWages',
        routeName: 'average-wages',
        testId: 'nav-admin-average-wages',
      },
      {
        key: 'admin-minimum-wages',
        titleKey: 'nav.adminMinimumWages',
        routeName: 'minimum-wages',
        testId: 'nav-admin-minimum-wages',
      },
      {
        key: 'admin-document-templates',
        titleKey: 'nav.adminDocumentTemplates',
        routeName: 'admin-document-templates',
        testId: 'nav-admin-document-templates',
      },
      {
        key: 'admin-case-number',
        titleKey: 'nav.adminCaseNumber',
        routeName: 'admin-case-number',
        testId: 'nav-admin-case-number',
      },
    ],
  },
  {
    key: 'settings',
    titleKey: 'nav.settings',
    routeName: 'settings',
    testId: 'nav-settings',
    icon: Setting,
  },
]

function allowed(roles: readonly Role[] | undefined, role: Role | null): boolean {
  return !roles || (role !== null && roles.includes(role))
}

/** The entries a user with `role` sees; groups left empty are dropped. */
export function visibleNavigation(
  role: Role | null,
  entries: readonly NavEntry[] = NAVIGATION,
): NavEntry[] {
  const out: NavEntry[] = []
  for (const entry of entries) {
    if (!allowed(entry.roles, role)) continue
    if (isNavGroup(entry)) {
      const children = entry.children.filter((child) => allowed(child.roles, role))
      if (children.length > 0) out.push({ ...entry, children })
    } else {
      out.push(entry)
    }
  }
  return out
}

/** The chain of entries (group, then leaf) leading to the route, for breadcrumbs. */
export function navTrail(
  routeName: string | null | undefined,
  entries: readonly NavEntry[] = NAVIGATION,
): NavEntry[] {
  if (!routeName) return []
  for (const entry of entries) {
    if (isNavGroup(entry)) {
      const leaf = entry.children.find((child) => child.routeName === routeName)
      if (leaf) return [entry, leaf]
    } else if (entry.routeName === routeName) {
      return [entry]
    }
  }
  return []
}
