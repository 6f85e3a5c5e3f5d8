/** Which message a failed history call deserves: no network, no right, or the server's trouble. */
import { ApiError } from '../../api/http.js'
import type { MessageKey } from '../../i18n/i18n.js'

/** The message key for a failed call; `offline` is the one for an unreachable server. */
export function failureMessage(error: unknown, offline: MessageKey): MessageKey {
  if (!(error instanceof ApiError) || error.code === 'network') return offline
  if (error.status === 401 || error.status === 403) return 'history.denied'
  return 'history.error'
}
