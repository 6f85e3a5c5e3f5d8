/**
 * The interface language follows the account. When the server names the
 * signed-in person, the app switches to the account's language; switching the
 * language while someone is signed in saves it to the account, so the next
 * computer they sign in on speaks it too. A switch the server did not hear
 * (offline, or the session lapsed) is remembered on this device and sent at
 * the next answer, instead of being undone by the older choice stored there.
 */
import { useCallback, useEffect, useRef } from 'react'
import { updateProfile } from '../api/auth.js'
import { useI18n } from '../i18n/I18nProvider.js'
import type { Locale } from '../i18n/i18n.js'
import { useSession } from './SessionProvider.js'

/** Holds the id of the person whose language choice the server has not heard yet. */
const UNSENT_KEY = 'impact.locale.unsent'

function unsentFor(): string | null {
  try {
    return localStorage.getItem(UNSENT_KEY)
  } catch {
    return null
  }
}

function setUnsent(userId: string | null): void {
  try {
    if (userId === null) localStorage.removeItem(UNSENT_KEY)
    else localStorage.setItem(UNSENT_KEY, userId)
  } catch {
    // Storage disabled: the choice then holds for this visit only.
  }
}

/** Keeps the language and the account in step; returns the switch the app bar uses. Mount once. */
export function useAccountLanguage(): (next: Locale) => void {
  const { locale, setLocale } = useI18n()
  const { user, status, signedIn } = useSession()
  const localeRef = useRef(locale)
  localeRef.current = locale
  /** The account state (id and language) already acted on. */
  const applied = useRef<string | null>(null)
  /** Only the answer to the latest request may update the session (two quick switches). */
  const latest = useRef(0)

  const send = useCallback(
    async (userId: string, lang: Locale) => {
      const request = ++latest.current
      setUnsent(userId)
      try {
        const updated = await updateProfile({ lang })
        if (request !== latest.current) return
        setUnsent(null)
        signedIn(updated)
      } catch {
        // Kept as unsent: the next answer from the server carries it there.
      }
    },
    [signedIn],
  )

  const userId = user?.id ?? null
  const userLang = user?.lang ?? null
  useEffect(() => {
    // Only the server's word counts: a cached copy may predate a switch made elsewhere.
    if (status !== 'signedIn' || userId === null || userLang === null) return
    const key = `${userId}:${userLang}`
    if (applied.current === key) return
    applied.current = key
    if (unsentFor() === userId) {
      if (localeRef.current !== userLang) void send(userId, localeRef.current)
      else setUnsent(null)
      return
    }
    if (userLang !== localeRef.current) setLocale(userLang)
  }, [status, userId, userLang, send, setLocale])

  return useCallback(
    (next: Locale) => {
      setLocale(next)
      if (userId === null) return
      if (status === 'signedIn') void send(userId, next)
      else setUnsent(userId)
    },
    [setLocale, send, status, userId],
  )
}
