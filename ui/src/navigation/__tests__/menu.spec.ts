import { describe, expect, it } from 'vitest'
import { isNavGroup, navTrail, visibleNavigation, type NavEntry } from '../menu'

function testIds(entries: NavEntry[]): string[] {
  return entries.flatMap((entry) =>
    isNavGroup(entry) ? entry.children.map((child) => child.testId) : [entry.testId],
  )
}

describe('navigation', () => {
  it('shows administration to admins only', () => {
    expect(testIds(visibleNavigation('admin'))).toEqual([
      'nav-workbench',
      'nav-cases',
      'nav-intake',
      'nav-admin-users',
      'nav-admin-audit',
      'nav-admin-calendar',
      'nav-admin-deadline-rules',
      'nav-admin-average-wages',
      'nav-admin-minimum-wages',
      'nav-admin-case-number',
      'nav-settings',
    ])
    for (const role of ['arbitrator', 'clerk', 'mediator'] as const) {
      expect(testIds(visibleNavigation(role))).toEqual([
        'nav-workbench',
        'nav-cases',
        'nav-intake',
        'nav-settings',
      ])
    }
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
