/**
 * Access to one document: which board it belongs to (a board document is its
 * own; initiatives and notes as the board index learned them from the board
 * documents) and what the person may do there. Sync and the document REST
 * routes (versions) ask here, so both decide alike.
 */
import { parseDocId, type DocId } from '../../shared/docId.js'
import type { BoardIndex } from '../docs/boardIndex.js'
import type { MetaStore } from '../storage/types.js'
import type { BoardAction } from '../../shared/roles.js'
import { AppError, ErrorCode } from '../errors.js'
import { assertCan, boardAccess, type BoardAccess } from './access.js'
import type { AuthStore, StoredUser } from './authStore.js'

/** The live board a document belongs to, or undefined (unknown, never listed, or deleted). */
export async function boardOfDoc(boards: BoardIndex, meta: MetaStore, id: DocId): Promise<string | undefined> {
  const parsed = parseDocId(id)
  if (!parsed) return undefined
  const boardId = parsed.kind === 'board' ? parsed.id : await boards.boardOf(id)
  if (boardId === undefined) return undefined
  const board = await meta.getBoard(boardId)
  return board && !board.deleted ? boardId : undefined
}

/**
 * The person's access to a document's board; null when the document belongs to
 * no board they can see. A document no board lists yet (an initiative whose card
 * has not reached the server) belongs to the workspace: its curators only.
 */
export async function docAccess(auth: AuthStore, boards: BoardIndex, meta: MetaStore, user: StoredUser, id: DocId): Promise<(BoardAccess & { boardId: string | null }) | null> {
  const boardId = await boardOfDoc(boards, meta, id)
  if (boardId === undefined) return user.workspaceRole === 'curator' ? { role: 'curator', viewerMayComment: false, boardId: null } : null
  const access = await boardAccess(auth, user, boardId)
  return access.role === null ? null : { ...access, boardId }
}

/** Throws 404 for a document no live board lists (except to workspace curators), 403 unless `user` may do `action` there; returns the access. */
export async function assertDocAccess(
  auth: AuthStore,
  boards: BoardIndex,
  meta: MetaStore,
  user: StoredUser,
  id: DocId,
  action: BoardAction,
): Promise<BoardAccess & { boardId: string | null }> {
  const boardId = await boardOfDoc(boards, meta, id)
  if (boardId !== undefined) return { ...(await assertCan(auth, user, boardId, action)), boardId }
  if (user.workspaceRole === 'curator') return { role: 'curator', viewerMayComment: false, boardId: null }
  throw new AppError(ErrorCode.notFound, 'document not found')
}
