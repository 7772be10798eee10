import { useI18n } from 'vue-i18n'
import type { AppError } from '@/bindings/AppError'
import { errorMessage } from '@/api/errors'

/** `(error) => message` in the current UI language (see `errorMessage`). */
export function useErrorText(): (error: AppError) => string {
  const { t, te, locale } = useI18n()
  return (error) =>
    errorMessage(error, { t: (key) => t(key), te: (key) => te(key), locale: locale.value })
}
