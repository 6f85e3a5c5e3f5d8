/**
 * The signed-in person for the whole app. On start it uses the person cached
 * on this device (so the app opens offline) and asks `GET /api/auth/me`; a
 * network failure never signs anyone out. While the app is open, a websocket
 * that keeps failing or a REST call answered 401 makes it ask again (at most
 * every 10 s); a 401 then shows the «session expired» bar, and local edits
 * wait in IndexedDB until the person signs in again.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { PublicUser } from '../../../shared/auth.js'
import { ApiError, fetchMe, signOutOnServer } from '../api/auth.js'
import { forgetCachedBoards } from '../api/boards.js'
import { personFromUser } from '../identity/person.js'
import type { DocRegistry } from '../sync/docRegistry.js'
import { browserStorage, clearCachedUser, loadCachedUser, saveCachedUser } from './sessionCache.js'
import { afterMe, isSessionSignal, type MeAnswer, type SessionSnapshot, type SessionStatus } from './signals.js'
import { SESSION_CHECK_MS, Throttle } from './throttle.js'

export interface Session {
  status: SessionStatus
  /** The person (the server's word, or this device's copy of it); null when nobody is known. */
  user: PublicUser | null
  /** A sign-in form succeeded: remember the person and reconnect what waited. */
  signedIn(user: PublicUser): void
  /**
   * Ends the session on the server, forgets the person here and reloads the
   * app at `to` (the sign-in page by default); resolves only with `network`
   * when the server was not reached (then nothing changes).
   */
  signOut(to?: string): Promise<'network'>
  /** Asks the server again (throttled unless `force`). */
  check(force?: boolean): void
}

const SessionContext = createContext<Session | null>(null)

async function askMe(): Promise<MeAnswer> {
  try {
    return { kind: 'user', user: await fetchMe() }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return { kind: 'unauthorized' }
    return { kind: 'unreached' }
  }
}

export function SessionProvider({ registry, children }: { registry: DocRegistry; children: ReactNode }) {
  const storage = browserStorage()
  const [state, setState] = useState<SessionSnapshot>(() => ({ status: 'checking', user: loadCachedUser(storage) }))
  const stateRef = useRef(state)
  stateRef.current = state
  const throttle = useRef(new Throttle(SESSION_CHECK_MS))
  const asking = useRef(false)

  const apply = useCallback(
    (answer: MeAnswer) => {
      const before = stateRef.current
      const next = afterMe(before, answer)
      if (answer.kind === 'user') {
        saveCachedUser(storage, answer.user)
        registry.reportApi(true)
        // Back from an expired session, signed out or offline: what waited goes out now.
        if (before.status !== 'signedIn' && before.status !== 'checking') registry.reconnectNow()
      }
      if (answer.kind === 'unreached') registry.reportApi(false)
      stateRef.current = next
      setState(next)
    },
    [registry, storage],
  )

  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  const check = useCallback(
    function ask(force = false) {
      if (asking.current) return
      if (!force && !throttle.current.take()) {
        // Asked again too soon: ask once when the interval ends (the signal may not come twice).
        pending.current ??= setTimeout(() => {
          pending.current = null
          ask()
        }, throttle.current.remaining())
        return
      }
      asking.current = true
      void askMe().then((answer) => {
        asking.current = false
        apply(answer)
      })
    },
    [apply],
  )

  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current)
    },
    [],
  )

  // The first question, at start.
  useEffect(() => {
    throttle.current.take()
    asking.current = true
    let live = true
    void askMe().then((answer) => {
      asking.current = false
      if (live) apply(answer)
    })
    return () => {
      live = false
    }
  }, [apply])

  // Signals that the session may have lapsed: websockets that keep failing, REST calls answered 401, the network back.
  useEffect(() => {
    const off = registry.onConnectionFailing(() => {
      if (navigator.onLine) check()
    })
    const online = () => check(true)
    window.addEventListener('online', online)
    let observer: PerformanceObserver | null = null
    if (typeof PerformanceObserver !== 'undefined') {
      // The resource timeline carries each response's status (no change to every caller of the API needed).
      observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const status = (entry as PerformanceResourceTiming & { responseStatus?: number }).responseStatus
          if (typeof status === 'number' && isSessionSignal(entry.name, status)) check()
        }
      })
      try {
        observer.observe({ type: 'resource' })
      } catch {
        observer = null
      }
    }
    return () => {
      off()
      window.removeEventListener('online', online)
      observer?.disconnect()
    }
  }, [registry, check])

  // Others see the account in every open document (no account: nobody).
  const user = state.user
  useEffect(() => {
    if (user) registry.setPerson(personFromUser(user))
  }, [registry, user])

  const signedIn = useCallback((next: PublicUser) => apply({ kind: 'user', user: next }), [apply])

  const signOut = useCallback(
    async (to = '/signin'): Promise<'network'> => {
      try {
        await signOutOnServer()
      } catch (e) {
        // Without the server the cookie stays valid: signing out here would be a false promise.
        if (e instanceof ApiError && e.code === 'network') return 'network'
      }
      clearCachedUser(storage)
      forgetCachedBoards()
      // A fresh page: the previous person's open documents, presence and connections end here.
      window.location.replace(to)
      return new Promise<never>(() => undefined)
    },
    [storage],
  )

  const value = useMemo<Session>(() => ({ status: state.status, user: state.user, signedIn, signOut, check }), [state, signedIn, signOut, check])
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

/** The session of the app (inside SessionProvider). */
export function useSession(): Session {
  const value = useContext(SessionContext)
  if (!value) throw new Error('SessionProvider is missing')
  return value
}
