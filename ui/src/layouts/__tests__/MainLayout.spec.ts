import { describe, expect, it } from 'vitest'
import MainLayout from '../MainLayout.vue'
import { ADMIN, byTestId, click, mockCore, mountPage, settle } from '@/test/helpers'
import type { SessionUser } from '@/bindings/SessionUser'

const MEDIATOR: SessionUser = { ...ADMIN, id: 'u3', displayName: '孙调解', role: 'mediator' }

describe('MainLayout', () => {
  it('shows the user, the role and the admin menu to an admin', async () => {
    mockCore({})
    await mountPage(MainLayout, { user: ADMIN, route: '/admin-users' })
    expect(byTestId('topbar-user')?.textContent).toContain('王管理')
    expect(byTestId('topbar-user')?.textContent).toContain('管理员')
    for (const id of [
      'nav-workbench',
      'nav-admin-users',
      'nav-admin-audit',
      'nav-admin-calendar',
      'nav-admin-deadline-rules',
      'nav-admin-case-number',
      'nav-cases',
      'nav-settings',
    ]) {
      expect(byTestId(id), id).not.toBeNull()
    }
    expect(document.querySelector('.el-breadcrumb')?.textContent).toContain('系统管理')
    expect(document.querySelector('.el-breadcrumb')?.textContent).toContain('用户管理')
  })

  it('hides administration from other roles', async () => {
    mockCore({})
    await mountPage(MainLayout, { user: MEDIATOR, route: '/workbench' })
    expect(byTestId('topbar-user')?.textContent).toContain('调解员')
    expect(byTestId('nav-admin-users')).toBeNull()
    expect(byTestId('nav-admin-calendar')).toBeNull()
    expect(byTestId('nav-admin-case-number')).toBeNull()
    expect(byTestId('nav-workbench')).not.toBeNull()
    expect(byTestId('nav-cases')).not.toBeNull()
    expect(byTestId('nav-settings')).not.toBeNull()
  })

  it('keeps 案件 highlighted on a case file, which draws its own breadcrumb', async () => {
    mockCore({})
    const { router } = await mountPage(MainLayout, { user: ADMIN, route: '/cases' })
    expect(byTestId('nav-cases')?.classList).toContain('is-active')
    expect(document.querySelector('.el-breadcrumb')?.textContent).toContain('案件')
    await router.push({ name: 'case-file', params: { id: 'c1' } })
    await settle()
    expect(byTestId('nav-cases')?.classList).toContain('is-active')
    expect(document.querySelector('.el-breadcrumb')).toBeNull()
  })

  it('navigates from the menu', async () => {
    mockCore({})
    const { router } = await mountPage(MainLayout, { user: ADMIN, route: '/workbench' })
    await click('nav-admin-audit')
    expect(router.currentRoute.value.name).toBe('admin-audit')
  })

  it('signs out with the plain button', async () => {
    const calls = mockCore({ sign_out: null })
    const { router, session } = await mountPage(MainLayout, { user: ADMIN, route: '/workbench' })
    expect(byTestId('topbar-signout')?.tagName).toBe('BUTTON')
    await click('topbar-signout')
    expect(calls.map((call) => call.cmd)).toEqual(['sign_out'])
    expect(session.user).toBeNull()
    expect(router.currentRoute.value.name).toBe('login')
  })
})
