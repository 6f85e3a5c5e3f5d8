/** A failed members or invites call as a message key. */
import type { MessageKey } from '../../i18n/i18n.js'

export function memberErrorKey(error: { code: string; status: number } | null): MessageKey {
  if (!error) return 'members.error.other'
  if (error.code === 'network') return 'members.error.network'
  if (error.status === 403) return 'members.error.forbidden'
  return 'members.error.other'
}
