import { afterEach } from 'vitest'
import { config, enableAutoUnmount } from '@vue/test-utils'
import { resetCore } from './helpers'

enableAutoUnmount(afterEach)

// async-validator logs every failed rule; the tests assert on the messages instead.
;(globalThis as Record<string, unknown>).ASYNC_VALIDATOR_NO_WARNING = true

// Render transitions for real, so attributes land where they do in the app.
config.global.stubs = { transition: false, 'transition-group': false }

afterEach(() => {
  resetCore()
  document.body.innerHTML = ''
  localStorage.clear()
})
