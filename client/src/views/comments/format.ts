/** How a comment's time reads: «27 нояб., 14:05» (with the year when it is not this year). */
import type { Locale } from '../../i18n/i18n.js'

export function formatWhen(iso: string, locale: Locale, now = new Date()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  const sameYear = date.getFullYear() === now.getFullYear()
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date)
}
