import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { api } from '@/api/client'
import type { AppError } from '@/bindings/AppError'
import type { NewUser } from '@/bindings/NewUser'
import type { SessionUser } from '@/bindings/SessionUser'
import type { SignInRequest } from '@/bindings/SignInRequest'

/** Who is signed in, and whether this installation still needs its first admin. */
export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(null)
  const needsFirstAdmin = ref(false)
  const ready = ref(false)
  /** Set when the start-up questions to the core failed. */
  const startupError = ref<AppError | null>(null)
  let loading: Promise<void> | null = null

  const isAdmin = computed(() => user.value?.role === 'admin')

  async function load(): Promise<void> {
    try {
      const status = await api.setupStatus()
      needsFirstAdmin.value = status.needsFirstAdmin
      user.value = status.needsFirstAdmin ? null : await api.currentUser()
      startupError.value = null
    } catch (error) {
      startupError.value = error as AppError
      user.value = null
    } finally {
      ready.value = true
    }
  }

  /** Asks the core once (concurrent callers share the same question). */
  function init(): Promise<void> {
    if (ready.value) return Promise.resolve()
    loading ??= load().finally(() => {
      loading = null
    })
    return loading
  }

  async function createFirstAdmin(input: NewUser): Promise<SessionUser> {
    const created = await api.createFirstAdmin(input)
    needsFirstAdmin.value = false
    user.value = created
    return created
  }

  async function signIn(request: SignInRequest): Promise<SessionUser> {
    const signedIn = await api.signIn(request)
    user.value = signedIn
    startupError.value = null
    return signedIn
  }

  async function signOut(): Promise<void> {
    try {
      await api.signOut()
    } finally {
      user.value = null
    }
  }

  /** The core said the session is gone: forget the user locally. */
  function forget(): void {
    user.value = null
  }

  return {
    user,
    needsFirstAdmin,
    ready,
    startupError,
    isAdmin,
    init,
    createFirstAdmin,
    signIn,
    signOut,
    forget,
  }
})
