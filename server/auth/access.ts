/** A person's role on a board, from their workspace role and membership (the matrix is in shared/roles.ts). */
import { can, effectiveRole, type BoardAction, type BoardRole } from '../../shared/roles.js'
import { AppError, ErrorCode } from '../errors.js'
import type { AuthStore, StoredUser } from './authStore.js'

export interface BoardAccess {
  role: BoardRole | null
  viewerMayComment: boolean
}

export async function boardAccess(auth: AuthStore, user: StoredUser, boardId: string): Promise<BoardAccess> {
  const membership = await auth.membership(boardId, user.id)
  return { role: effectiveRole(user.workspaceRole, membership?.role ?? null), viewerMayComment: membership?.viewerMayComment ?? false }
}

/** Throws 403 unless `user` may do `action` on the board; returns their access. */
export async function assertCan(auth: AuthStore, user: StoredUser, boardId: string, action: BoardAction): Promise<BoardAccess> {
  return checkCan(await boardAccess(auth, user, boardId), action)
}

/** Throws 403 unless `access` allows `action`; returns it. */
export function checkCan(access: BoardAccess, action: BoardAction): BoardAccess {
  if (!can(access.role, action, { viewerMayComment: access.viewerMayComment })) {
    throw new AppError(ErrorCode.forbidden, access.role === null ? 'you are not a member of this board' : `a ${access.role} may not ${action} on this board`)
  }
  return access
}
