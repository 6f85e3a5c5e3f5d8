/**
 * A tiny i18n layer: `t('key', params)` over flat message catalogs, with
 * `{name}` placeholders and plural forms chosen by Intl.PluralRules from the
 * `count` parameter (Russian needs one / few / many).
 */
import { LANGS } from '../../../shared/auth.js'
import { en } from './en.js'
import { ru, type MessageKey } from './ru.js'

/** The interface languages, the same an account may choose. */
export type Locale = (typeof LANGS)[number]
export const LOCALES: readonly Locale[] = LANGS
export const DEFAULT_LOCALE: Locale = 'ru'

/** Plural forms of one message; `other` is required, the rest as the language needs. */
export type PluralMessage = { [K in Intl.LDMLPluralRule]?: string } & { other: string }
export type Message = string | PluralMessage
export type Catalog = Record<MessageKey, Message>
export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string
export type { MessageKey }

const catalogs: Record<Locale, Catalog> = { ru, en }

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale)
}

/** Builds the `t` function of one locale. */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale]
  const plural = new Intl.PluralRules(locale)
  const number = new Intl.NumberFormat(locale)
  return (key, params = {}) => {
    const message = catalog[key]
    let text: string
    if (typeof message === 'string') {
      text = message
    } else {
      const count = typeof params.count === 'number' ? params.count : 0
      text = message[plural.select(count)] ?? message.other
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      if (value === undefined) return whole
      return typeof value === 'number' ? number.format(value) : value
    })
  }
}

/** A date (`YYYY-MM-DD` or ISO timestamp) as people write it: «5 марта 2025 г.». */
export function formatDate(value: string, locale: Locale): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date)
}
