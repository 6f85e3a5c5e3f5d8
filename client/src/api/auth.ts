/**
 * REST calls of signing in and out, the first-run setup and invite links as
 * their visitor sees them. Every answer is checked before the views see it.
 */
import { cleanDisplayName, LANGS, type ProfilePatch, type PublicUser } from '../../../shared/auth.js'
import { isBoardRole, type BoardRole } from '../../../shared/roles.js'
import { ApiError, call } from './http.js'

export { ApiError } from './http.js'

/** What a person types to make an account (first run, or through an invite link). */
export interface NewAccount {
  login: string
  name: string
  password: string
  /** The interface language the account starts with (the one the form was filled in). */
  lang?: PublicUser['lang']
}

/** Whether `value` looks like a PublicUser (a cached copy may be junk; the server may be older). */
export function isPublicUser(value: unknown): value is PublicUser {
  if (typeof value !== 'object' || value === null) return false
  const u = value as Record<string, unknown>
  return (
    typeof u.id === 'string' &&
    u.id !== '' &&
    typeof u.login === 'string' &&
    typeof u.name === 'string' &&
    (u.workspaceRole === 'curator' || u.workspaceRole === 'member') &&
    (LANGS as readonly unknown[]).includes(u.lang) &&
    typeof u.disabled === 'boolean'
  )
}

function user(body: unknown, status: number): PublicUser {
  if (!isPublicUser(body)) throw new ApiError('internal', status, 'unexpected answer')
  return body
}

const post = (body?: unknown): RequestInit => ({ method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) })

/** The signed-in person; ApiError 401 `unauthorized` when nobody is, `network` when the server is not reached. */
export async function fetchMe(): Promise<PublicUser> {
  return user(await call('/api/auth/me'), 200)
}

/** Signs in (the server sets the session cookie). */
export async function signInWith(login: string, password: string): Promise<PublicUser> {
  return user(await call('/api/auth/login', post({ login: login.trim().toLowerCase(), password })), 200)
}

/** Changes the signed-in person's own name or interface language. */
export async function updateProfile(patch: ProfilePatch): Promise<PublicUser> {
  return user(await call('/api/auth/me', { method: 'PATCH', body: JSON.stringify(patch) }), 200)
}

/** Ends the session on the server (clears the cookie). */
export async function signOutOnServer(): Promise<void> {
  await call('/api/auth/logout', post())
}

/** Whether this install still needs its first curator, and whether this browser may make them. */
export interface SetupState {
  needed: boolean
  allowed: boolean
}

export async function fetchSetup(): Promise<SetupState> {
  const body = (await call('/api/auth/setup')) as { needed?: unknown; allowed?: unknown } | null
  return { needed: body?.needed === true, allowed: body?.allowed === true }
}

/** Makes the first workspace curator and signs them in. */
export async function setupFirstCurator(account: NewAccount): Promise<PublicUser> {
  return user(await call('/api/auth/setup', post(cleanAccount(account))), 201)
}

/** An invite link as its visitor sees it. */
export interface InviteInfo {
  board: { id: string; title: string; settlement: string }
  role: BoardRole
  expiresAt: string
}

const inviteUrl = (secret: string) => `/api/invites/${encodeURIComponent(secret)}`

/** What a link invites to; ApiError `not_found` when it expired, was revoked or is used up. */
export async function fetchInvite(secret: string): Promise<InviteInfo> {
  const body = (await call(inviteUrl(secret))) as { board?: { id?: unknown; title?: unknown; settlement?: unknown }; role?: unknown; expiresAt?: unknown } | null
  const b = body?.board
  if (!b || typeof b.id !== 'string' || typeof b.title !== 'string' || !isBoardRole(body?.role) || typeof body?.expiresAt !== 'string') {
    throw new ApiError('internal', 200, 'unexpected answer')
  }
  return { board: { id: b.id, title: b.title, settlement: typeof b.settlement === 'string' ? b.settlement : '' }, role: body.role, expiresAt: body.expiresAt }
}

/** The signed-in person joins the link's board. */
export async function acceptInvite(secret: string): Promise<{ boardId: string; role: BoardRole }> {
  return joined(await call(`${inviteUrl(secret)}/accept`, post()), 200)
}

/** A new person makes an account through the link, joins its board and is signed in. */
export async function registerByInvite(secret: string, account: NewAccount): Promise<{ user: PublicUser; boardId: string; role: BoardRole }> {
  const body = await call(`${inviteUrl(secret)}/register`, post(cleanAccount(account)))
  const person = (body as { user?: unknown } | null)?.user
  return { ...joined(body, 201), user: user(person, 201) }
}

function joined(body: unknown, status: number): { boardId: string; role: BoardRole } {
  const b = body as { boardId?: unknown; role?: unknown } | null
  if (typeof b?.boardId !== 'string' || !isBoardRole(b.role)) throw new ApiError('internal', status, 'unexpected answer')
  return { boardId: b.boardId, role: b.role }
}

function cleanAccount(a: NewAccount): NewAccount {
  return { login: a.login.trim().toLowerCase(), name: cleanDisplayName(a.name), password: a.password, ...(a.lang ? { lang: a.lang } : {}) }
}
