import { describe, expect, it } from 'vitest'
import { isNavGroup, navTrail, visibleNavigation, type NavEntry } from '../menu'

function testIds(entries: NavEntry[]): string[] {
  return entries.flatMap((entry) =>
    isNavGroup(entry) ? entry.children.map((child) => child.testId) : [entry.testId],
  )
}

describe('navigation', () => {
  it('shows administration to admins only and the service records to staff', () => {
    const areas = [
      'nav-workbench',
      'nav-cases',
      'nav-intake',
      'nav-mediation-cases',
      'nav-mediation-orgs',
      'nav-mediation-trainings',
    ]
    expect(testIds(visibleNavigation('admin'))).toEqual([
      ...areas,
      'nav-services',
      'nav-statistics',
      'nav-admin-users',
      'nav-admin-audit',
      'nav-admin-calendar',
      'nav-admin-deadline-rules',
      'nav-admin-average-wages',
      'nav-admin-minimum-wages',
      'nav-admin-document-templates',
      'nav-admin-case-number',
      'nav-settings',
    ])
    for (const role of ['arbitrator', 'clerk'] as const) {
      expect(testIds(visibleNavigation(role))).toEqual([
        ...areas,
        'nav-services',
        'nav-statistics',
        'nav-settings',
      ])
    }
    expect(testIds(visibleNavigation('mediator'))).toEqual([
      ...areas,
      'nav-statistics',
      'nav-settings',
    ])
  })

  it('builds breadcrumbs from the menu', () => {
    expect(navTrail('admin-users').map((entry) => entry.titleKey)).toEqual([
      'nav.admin',
      'nav.adminUsers',
    ])
    expect(navTrail('workbench').map((entry) => entry.titleKey)).toEqual(['nav.workbench'])
    expect(navTrail('cases').map((entry) => entry.titleKey)).toEqual(['nav.cases'])
    expect(navTrail('intake').map((entry) => entry.titleKey)).toEqual(['nav.intake'])
    // A case file draws its own breadcrumb (案件 / 案号).
    expect(navTrail('case-file')).toEqual([])
    expect(navTrail('nowhere')).toEqual([])
  })
})
