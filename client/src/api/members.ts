/** REST calls of a board's members and invite links (the members page). */
import type { Member, PublicInvite } from '../../../shared/auth.js'
import { isBoardRole, type BoardRole } from '../../../shared/roles.js'
import { isPublicUser } from './auth.js'
import { ApiError, call } from './http.js'

export { ApiError } from './http.js'
export type { Member, PublicInvite } from '../../../shared/auth.js'

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`

function isMember(value: unknown): value is Member {
  const m = value as { user?: unknown; role?: unknown; viewerMayComment?: unknown; workspaceCurator?: unknown } | null
  return (
    typeof m === 'object' &&
    m !== null &&
    isPublicUser(m.user) &&
    isBoardRole(m.role) &&
    typeof m.viewerMayComment === 'boolean' &&
    typeof m.workspaceCurator === 'boolean'
  )
}

function isInvite(value: unknown): value is PublicInvite {
  const i = value as Record<string, unknown> | null
  return (
    typeof i === 'object' &&
    i !== null &&
    typeof i.id === 'string' &&
    isBoardRole(i.role) &&
    typeof i.expiresAt === 'string' &&
    typeof i.createdAt === 'string' &&
    typeof i.maxUses === 'number' &&
    typeof i.uses === 'number' &&
    typeof i.revoked === 'boolean'
  )
}

/** The board's members, by name. */
export async function fetchMembers(boardId: string): Promise<Member[]> {
  const body = await call(`${base(boardId)}/members`)
  if (!Array.isArray(body)) throw new ApiError('internal', 200, 'unexpected answer')
  return body.filter(isMember)
}

/** Gives someone a role on the board (also how a removal is undone). */
export async function setMember(boardId: string, userId: string, role: BoardRole, viewerMayComment: boolean): Promise<Member> {
  const body = await call(`${base(boardId)}/members/${encodeURIComponent(userId)}`, { method: 'PUT', body: JSON.stringify({ role, viewerMayComment }) })
  if (!isMember(body)) throw new ApiError('internal', 200, 'unexpected answer')
  return body
}

export async function removeMember(boardId: string, userId: string): Promise<void> {
  await call(`${base(boardId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' })
}

/** The board's invite links, revoked and used-up ones included. */
export async function fetchInvites(boardId: string): Promise<PublicInvite[]> {
  const body = await call(`${base(boardId)}/invites`)
  if (!Array.isArray(body)) throw new ApiError('internal', 200, 'unexpected answer')
  return body.filter(isInvite)
}

/** What a new link allows. */
export interface InviteRequest {
  role: BoardRole
  expiresInDays: number
  maxUses: number
}

/** A new link; `path` (with the secret) is known only now. */
export async function createInvite(boardId: string, request: InviteRequest): Promise<{ invite: PublicInvite; path: string }> {
  const body = (await call(`${base(boardId)}/invites`, { method: 'POST', body: JSON.stringify(request) })) as { invite?: unknown; path?: unknown } | null
  if (!isInvite(body?.invite) || typeof body?.path !== 'string' || !body.path.startsWith('/invite/')) throw new ApiError('internal', 201, 'unexpected answer')
  return { invite: body.invite, path: body.path }
}

export async function revokeInvite(boardId: string, inviteId: string): Promise<void> {
  await call(`${base(boardId)}/invites/${encodeURIComponent(inviteId)}`, { method: 'DELETE' })
}
