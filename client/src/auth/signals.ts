/**
 * Pure rules of the session: what an answer of `GET /api/auth/me` means for
 * the app, and which failed calls hint that the session has lapsed.
 */
import type { PublicUser } from '../../../shared/auth.js'

/**
 * `checking` — asking the server (the cached person, if any, is used meanwhile);
 * `signedIn` — the server knows the person; `offline` — the server was not
 * reached (work goes on as the cached person); `signedOut` — nobody is signed
 * in (found when the app opened); `expired` — the session lapsed while the app was open.
 */
export type SessionStatus = 'checking' | 'signedIn' | 'offline' | 'signedOut' | 'expired'

export interface SessionSnapshot {
  status: SessionStatus
  user: PublicUser | null
}

/** What an answer of `/api/auth/me` is: the person, «not signed in», or «no answer». */
export type MeAnswer = { kind: 'user'; user: PublicUser } | { kind: 'unauthorized' } | { kind: 'unreached' }

/**
 * The next state after an answer. A failure to reach the server never signs
 * anyone out; a 401 keeps the cached person (their unsent work is theirs)
 * but says the session is over: at start «signedOut», later «expired».
 */
export function afterMe(current: SessionSnapshot, answer: MeAnswer): SessionSnapshot {
  switch (answer.kind) {
    case 'user':
      return { status: 'signedIn', user: answer.user }
    case 'unauthorized':
      // Once signed out, it stays so (no «expired» bar over the sign-in form) until someone signs in.
      const signedOut = current.status === 'checking' || current.status === 'signedOut' || current.user === null
      return { status: signedOut ? 'signedOut' : 'expired', user: current.user }
    case 'unreached':
      // A check while signed in that cannot reach the server changes nothing: the websocket state says «offline».
      return current.status === 'checking' ? { status: 'offline', user: current.user } : current
  }
}

/** Answers that are not about the session (signing in, the setup check, invite links anyone may open). */
const NOT_SESSION = ['/api/auth/me', '/api/auth/login', '/api/auth/logout', '/api/auth/setup', '/api/invites/']

/** Whether a 401 from `url` hints that the session has lapsed (so the app should check it). */
export function isSessionSignal(url: string, status: number): boolean {
  if (status !== 401) return false
  let path: string
  try {
    path = new URL(url, 'http://x').pathname
  } catch {
    return false
  }
  return path.startsWith('/api/') && !NOT_SESSION.some((p) => path === p || (p.endsWith('/') && path.startsWith(p)))
}
