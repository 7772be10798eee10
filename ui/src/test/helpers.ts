/**
 * Test helpers: a fake core behind Tauri's own IPC mock, and a mount with the app's
 * plugins (Pinia, vue-i18n in zh-CN, an in-memory router with the app's route names).
 */
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks'
import { flushPromises, mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw, type Router } from 'vue-router'
import type { AppError } from '@/bindings/AppError'
import type { SessionUser } from '@/bindings/SessionUser'
import type { UserSummary } from '@/bindings/UserSummary'
import { createAppI18n, type AppI18n, type AppLocale } from '@/i18n'
import { useSessionStore } from '@/stores/session'

export type Handler = (args: Record<string, unknown>) => unknown

export interface Call {
  cmd: string
  args: Record<string, unknown>
}

/**
 * Answers commands from `handlers` (a value, or a function of the args that may throw an
 * AppError to reject). Unknown commands reject like the core would. Returns the calls made.
 */
export function mockCore(handlers: Record<string, Handler | unknown>): Call[] {
  const calls: Call[] = []
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>
    calls.push({ cmd, args })
    if (!(cmd in handlers)) {
      throw appError({ code: 'internal', reason: 'unknown_command', message: `未知命令 ${cmd}` })
    }
    const handler = handlers[cmd]
    return typeof handler === 'function' ? (handler as Handler)(args) : handler
  })
  return calls
}

export function resetCore(): void {
  clearMocks()
}

export function appError(partial: Partial<AppError> & Pick<AppError, 'code'>): AppError {
  return { reason: '', message: '', field: null, ...partial }
}

export const ADMIN: SessionUser = {
  id: 'u-admin',
  username: 'admin',
  displayName: '王管理',
  mobile: '13800000000',
  role: 'admin',
}

export function userSummary(partial: Partial<UserSummary> & Pick<UserSummary, 'username'>) {
  return {
    id: `id-${partial.username}`,
    displayName: partial.username,
    mobile: '13900000000',
    role: null,
    status: 'active',
    lockedUntil: null,
    failedAttempts: 0,
    createdAt: '2025-10-10T06:30:00Z',
    lastSignInAt: null,
    ...partial,
  } satisfies UserSummary
}

const Stub = defineComponent({ render: () => h('div') })

export function createTestRouter(): Router {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      'login',
      'register',
      'setup',
      'workbench',
      'admin-users',
      'admin-audit',
      'admin-calendar',
      'admin-deadline-rules',
      'average-wages',
      'settings',
      'cases',
      'admin-case-number',
    ]
      .map((name): RouteRecordRaw => ({ path: `/${name}`, name, component: Stub }))
      .concat(
        // Pages outside the menu, highlighting their area as in `router/routes.ts`.
        { path: '/case-new', name: 'case-new', component: Stub, meta: { nav: 'cases' } },
        { path: '/cases/:id', name: 'case-file', component: Stub, meta: { nav: 'cases' } },
        {
          path: '/cases/:id/counterclaim',
          name: 'case-counterclaim',
          component: Stub,
          meta: { nav: 'cases' },
        },
        { path: '/hearings/:id', name: 'hearing-minutes', component: Stub, meta: { nav: 'cases' } },
        { path: '/intake', name: 'intake', component: Stub },
        { path: '/intake-new', name: 'intake-new', component: Stub, meta: { nav: 'intake' } },
        { path: '/intake/:id', name: 'intake-item', component: Stub, meta: { nav: 'intake' } },
        {
          path: '/intake/:id/convert',
          name: 'intake-convert',
          component: Stub,
          meta: { nav: 'intake' },
        },
      ),
  })
}

export interface MountOptions {
  user?: SessionUser | null
  locale?: AppLocale
  route?: string
  props?: Record<string, unknown>
  /** An i18n instance to use (the app's own, for pages that switch the language). */
  i18n?: AppI18n
}

/** Mounts a page the way the app runs it; attached to the body for Element's teleports. */
export async function mountPage(page: Component, options: MountOptions = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore()
  session.user = options.user ?? null
  session.ready = true
  const i18n = options.i18n ?? createAppI18n(options.locale ?? 'zh-CN')
  const router = createTestRouter()
  await router.push(options.route ?? '/login')
  await router.isReady()
  const mountOptions: ComponentMountingOptions<Component> = {
    attachTo: document.body,
    props: options.props,
    global: { plugins: [pinia, i18n, router] },
  }
  const wrapper = mount(page, mountOptions)
  await flushPromises()
  return { wrapper, router, session, i18n }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Lets async validation, IPC promises and re-renders settle. Element shows a form item's
 * error through a 100 ms debounce, hence the short wait.
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await flushPromises()
    await sleep(0)
  }
  await sleep(120)
  await flushPromises()
}

/** The `<input>` (or a textarea's `<textarea>`) inside an `el-input` carrying `data-testid`. */
export function inputOf(testId: string): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>(
    `[data-testid="${testId}"] input, [data-testid="${testId}"] textarea`,
  )
  if (!input) throw new Error(`no input in [data-testid="${testId}"]`)
  return input
}

export function byTestId<T extends HTMLElement = HTMLElement>(testId: string): T | null {
  return document.querySelector<T>(`[data-testid="${testId}"]`)
}

export async function typeInto(testId: string, value: string): Promise<void> {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  await flushPromises()
}

export async function click(target: string | HTMLElement): Promise<void> {
  const element = typeof target === 'string' ? byTestId(target) : target
  if (!element) throw new Error(`nothing to click: ${String(target)}`)
  element.click()
  await settle()
}

/** Error texts currently shown under form fields. */
export function fieldErrors(): string[] {
  return [...document.querySelectorAll('.el-form-item__error')].map(
    (el) => el.textContent?.trim() ?? '',
  )
}
