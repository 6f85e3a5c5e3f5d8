/** What the app shows for a route given the session (pure, so the rules are tested). */
import type { SessionStatus } from './signals.js'

/**
 * `page` — the route's own page; `signIn` — the sign-in page in its place;
 * `checking` — a moment's wait (nobody cached, the server not answered yet);
 * `redirect` — go to `/signin?next=…` (the server says nobody is signed in).
 */
export type Gate = 'page' | 'signIn' | 'checking' | 'redirect'

/** Invite links work signed out; every other page needs a person — the cached one will do offline. */
export function gateFor(route: string, status: SessionStatus, hasUser: boolean): Gate {
  if (route === 'invite') return 'page'
  if (route === 'signIn') return 'signIn'
  if (status === 'signedOut') return 'redirect'
  if (hasUser) return 'page'
  return status === 'checking' ? 'checking' : 'signIn'
}
