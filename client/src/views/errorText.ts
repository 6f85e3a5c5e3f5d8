/** Server error codes as words people understand. */
import type { MessageKey, Translate } from '../i18n/i18n.js'

const byCode: Record<string, MessageKey> = {
  network: 'error.network',
  bad_request: 'error.badRequest',
  invalid_json: 'error.badRequest',
  payload_too_large: 'error.tooLarge',
  not_found: 'error.notFound',
}

export function errorText(t: Translate, code: string): string {
  return t(byCode[code] ?? 'error.internal')
}
