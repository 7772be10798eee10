import {
  createRouter,
  createWebHashHistory,
  type RouteLocationRaw,
  type RouterHistory,
} from 'vue-router'
import { useSessionStore } from '@/stores/session'
import { routes } from './routes'

const HOME: RouteLocationRaw = { name: 'workbench' }

/** Only in-app paths are followed after sign-in. */
export function safeRedirect(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : null
}

export function createAppRouter(history: RouterHistory = createWebHashHistory()) {
  const router = createRouter({ history, routes })

  router.beforeEach(async (to) => {
    const session = useSessionStore()
    await session.init()

    // A fresh installation: everything leads to creating the first admin.
    if (session.needsFirstAdmin) return to.name === 'setup' ? true : { name: 'setup' }
    if (to.name === 'setup') return session.user ? HOME : { name: 'login' }

    if (to.meta.public) return session.user ? HOME : true
    if (!session.user) {
      return to.fullPath === '/' || to.name === 'workbench'
        ? { name: 'login' }
        : { name: 'login', query: { redirect: to.fullPath } }
    }
    const roles = to.matched.flatMap((record) => record.meta.roles ?? [])
    if (roles.length > 0 && !roles.includes(session.user.role)) return HOME
    return true
  })

  return router
}
