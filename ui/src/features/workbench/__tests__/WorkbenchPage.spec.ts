import { describe, expect, it } from 'vitest'
import WorkbenchPage from '../WorkbenchPage.vue'
import { ADMIN, byTestId, click, mockCore, mountPage, userSummary } from '@/test/helpers'

describe('WorkbenchPage', () => {
  it('greets the user and counts pending registrations for an admin', async () => {
    mockCore({
      due_soon: [],
      intake_due_soon: [],
      list_users: [
        userSummary({ username: 'admin', role: 'admin' }),
        userSummary({ username: 'a1', status: 'pending' }),
        userSummary({ username: 'a2', status: 'pending' }),
      ],
    })
    const { router } = await mountPage(WorkbenchPage, { user: ADMIN, route: '/workbench' })
    expect(byTestId('workbench-welcome')?.textContent).toContain('王管理')
    expect(byTestId('workbench-welcome')?.textContent).toContain('管理员')
    expect(byTestId('workbench-pending-count')?.textContent?.trim()).toBe('2')

    await click('workbench-review')
    expect(router.currentRoute.value.name).toBe('admin-users')
    expect(router.currentRoute.value.query.status).toBe('pending')
  })

  it('asks other roles only for what is due', async () => {
    const calls = mockCore({ due_soon: [], intake_due_soon: [] })
    await mountPage(WorkbenchPage, { user: { ...ADMIN, role: 'clerk' }, route: '/workbench' })
    expect(byTestId('workbench-welcome')?.textContent).toContain('书记员')
    expect(byTestId('workbench-pending')).toBeNull()
    expect(calls.map((call) => call.cmd).sort()).toEqual(['due_soon', 'intake_due_soon'])
    expect(byTestId('workbench-due')?.textContent).toContain('近期没有到期事项')
  })
})
