/**
 * What a request says about who sends it: the session cookie, or an API token
 * as a bearer header (or, at a websocket upgrade, the `token` query parameter),
 * and the account behind it. Shared by the REST routes and the sync gate.
 */
import { parse as parseCookies } from 'cookie'
import type { IncomingHttpHeaders } from 'node:http'
import type { AuthStore, StoredUser } from './authStore.js'

export const SESSION_COOKIE = 'impact_session'

/** A session secret or an API token, as a request carried it. */
export interface Credential {
  kind: 'session' | 'token'
  secret: string
}

/** The session secret or bearer token a request carries (cookie first). */
export function requestSecret(req: { headers: IncomingHttpHeaders }): Credential | null {
  const cookie = req.headers.cookie ? parseCookies(req.headers.cookie)[SESSION_COOKIE] : undefined
  if (cookie) return { kind: 'session', secret: cookie }
  const header = req.headers.authorization
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match?.[1] ? { kind: 'token', secret: match[1] } : null
}

/** The live, enabled account a credential speaks for, or undefined. */
export async function userFor(auth: AuthStore, found: Credential | null): Promise<StoredUser | undefined> {
  if (!found || found.secret.length > 200) return undefined
  return found.kind === 'session' ? auth.userForSession(found.secret) : auth.userForToken(found.secret)
}
