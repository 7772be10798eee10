import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '../index'
import { ADMIN, mockCore } from '@/test/helpers'
import type { SessionUser } from '@/bindings/SessionUser'

const CLERK: SessionUser = { ...ADMIN, id: 'u2', username: 'clerk', role: 'clerk' }

async function landing(path: string, core: Record<string, unknown>) {
  const calls = mockCore(core)
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  return { route: router.currentRoute.value, calls }
}

beforeEach(() => setActivePinia(createPinia()))

describe('router guard', () => {
  it('sends a fresh installation to first-admin setup', async () => {
    const { route } = await landing('/workbench', { setup_status: { needsFirstAdmin: true } })
    expect(route.name).toBe('setup')
  })

  it('sends a signed-out user to sign-in, remembering where they were going', async () => {
    const { route } = await landing('/admin/audit', {
      setup_status: { needsFirstAdmin: false },
      current_user: null,
    })
    expect(route.name).toBe('login')
    expect(route.query.redirect).toBe('/admin/audit')
  })

  it('keeps setup closed once an admin exists', async () => {
    const { route } = await landing('/setup', {
      setup_status: { needsFirstAdmin: false },
      current_user: null,
    })
    expect(route.name).toBe('login')
  })

  it('lets admins into administration and keeps others out', async () => {
    const admin = await landing('/admin/users', {
      setup_status: { needsFirstAdmin: false },
      current_user: ADMIN,
    })
    expect(admin.route.name).toBe('admin-users')

    setActivePinia(createPinia())
    const clerk = await landing('/admin/users', {
      setup_status: { needsFirstAdmin: false },
      current_user: CLERK,
    })
    expect(clerk.route.name).toBe('workbench')
  })

  it('opens the holiday calendar to admins only', async () => {
    const admin = await landing('/admin/calendar', {
      setup_status: { needsFirstAdmin: false },
      current_user: ADMIN,
    })
    expect(admin.route.name).toBe('admin-calendar')

    setActivePinia(createPinia())
    const clerk = await landing('/admin/calendar', {
      setup_status: { needsFirstAdmin: false },
      current_user: CLERK,
    })
    expect(clerk.route.name).toBe('workbench')
  })

  it('lets case staff register applications and mediators only read cases', async () => {
    const clerk = await landing('/cases/new', {
      setup_status: { needsFirstAdmin: false },
      current_user: CLERK,
    })
    expect(clerk.route.name).toBe('case-new')

    const MEDIATOR: SessionUser = { ...ADMIN, id: 'u3', username: 'med', role: 'mediator' }
    setActivePinia(createPinia())
    const mediator = await landing('/cases/new', {
      setup_status: { needsFirstAdmin: false },
      current_user: MEDIATOR,
    })
    expect(mediator.route.name).toBe('workbench')

    setActivePinia(createPinia())
    const file = await landing('/cases/case-1', {
      setup_status: { needsFirstAdmin: false },
      current_user: MEDIATOR,
    })
    expect(file.route.name).toBe('case-file')
    expect(file.route.params.id).toBe('case-1')
  })

  it('opens the case-number format to admins only', async () => {
    const admin = await landing('/admin/case-number', {
      setup_status: { needsFirstAdmin: false },
      current_user: ADMIN,
    })
    expect(admin.route.name).toBe('admin-case-number')

    setActivePinia(createPinia())
    const clerk = await landing('/admin/case-number', {
      setup_status: { needsFirstAdmin: false },
      current_user: CLERK,
    })
    expect(clerk.route.name).toBe('workbench')
  })

  it('asks the core only once', async () => {
    const calls = mockCore({ setup_status: { needsFirstAdmin: false }, current_user: ADMIN })
    const router = createAppRouter(createMemoryHistory())
    await router.push('/workbench')
    await router.push('/settings')
    expect(calls.map((call) => call.cmd)).toEqual(['setup_status', 'current_user'])
  })
})
