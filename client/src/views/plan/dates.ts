/** How the plan writes months and dates: «Январь 2027», «12–14 марта», «30 марта – 2 апреля». */
import type { Locale } from '../../i18n/i18n.js'

const day = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 12)
const firstOf = (month: string) => new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1, 12)
const capital = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)

/** A month heading: «Январь 2027» (the standalone month name, not «января»). */
export function monthLabel(month: string, locale: Locale): string {
  const name = new Intl.DateTimeFormat(locale, { month: 'long' }).format(firstOf(month))
  return `${capital(name, locale)} ${month.slice(0, 4)}`
}

/** A month on the timeline: «Янв.», with the year under January (or the first month shown). */
export function monthShort(month: string, locale: Locale): string {
  return capital(new Intl.DateTimeFormat(locale, { month: 'short' }).format(firstOf(month)), locale)
}

/**
 * An item's dates without the year, which its month heading already says
 * («12 марта», «12–14 марта», «30 марта – 2 апреля»); with the year when a range crosses into the next one.
 */
export function formatSpan(start: string, end: string | null, locale: Locale): string {
  const crossesYear = end !== null && end.slice(0, 4) !== start.slice(0, 4)
  const format = new Intl.DateTimeFormat(locale, crossesYear ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long' })
  if (end === null || end === start) return format.format(day(start))
  return format.formatRange(day(start), day(end))
}
