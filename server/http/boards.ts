/**
 * REST routes for module boards. Each person sees the boards they have a role
 * on (a workspace curator: all), each with their `access`; workspace curators
 * create boards, board curators change and delete them. Deleting only hides a
 * board (its documents stay), so `PATCH {deleted: false}` undoes it.
 */
import { Router, type Response } from 'express'
import type { BoardAccessInfo } from '../../shared/auth.js'
import { ID_PATTERN } from '../../shared/docId.js'
import type { BoardAction } from '../../shared/roles.js'
import { DEMO_BOARD } from '../../shared/schema/demo.js'
import { createBoardSchema, patchBoardSchema, type BoardMeta } from '../../shared/schema/meta.js'
import { boardAccess, checkCan } from '../auth/access.js'
import type { AuthStore, StoredUser } from '../auth/authStore.js'
import type { DocManager } from '../docs/docManager.js'
import { seedDemoBoard } from '../docs/demo.js'
import { AppError, ErrorCode } from '../errors.js'
import type { MetaStore } from '../storage/types.js'
import { currentUser, requireWorkspaceCurator } from './auth.js'
import { parseBody } from './validate.js'

type BoardWithAccess = BoardMeta & { access: BoardAccessInfo }

/** `GET/POST /api/boards`, `POST /api/boards/demo`, `GET/PATCH/DELETE /api/boards/:id`. */
export function boardsRouter(meta: MetaStore, docs: DocManager, auth: AuthStore): Router {
  const router = Router()
  const me = (res: Response) => currentUser(res) as StoredUser

  /** The board with the person's access, or null when they have no role on it. */
  async function withAccess(user: StoredUser, board: BoardMeta): Promise<BoardWithAccess | null> {
    const { role, viewerMayComment } = await boardAccess(auth, user, board.id)
    return role === null ? null : { ...board, access: { role, viewerMayComment } }
  }

  /** The board, after checking the person may do `action` on it (404 for a board they cannot see). */
  async function allowed(res: Response, id: string, action: BoardAction, includeDeleted = false): Promise<BoardWithAccess> {
    const board = ID_PATTERN.test(id) ? await meta.getBoard(id) : undefined
    if (!board || (board.deleted && !includeDeleted)) throw new AppError(ErrorCode.notFound, 'board not found')
    const access = await boardAccess(auth, me(res), id)
    if (access.role === null) throw new AppError(ErrorCode.notFound, 'board not found')
    checkCan(access, action)
    return { ...board, access: { role: access.role, viewerMayComment: access.viewerMayComment } }
  }

  router.get('/', async (_req, res) => {
    const visible: BoardWithAccess[] = []
    for (const board of await meta.listBoards()) {
      if (board.deleted) continue
      const shown = await withAccess(me(res), board)
      if (shown) visible.push(shown)
    }
    res.json(visible)
  })

  router.post('/', requireWorkspaceCurator, async (req, res) => {
    const board = await meta.createBoard(parseBody(createBoardSchema, req.body))
    res.status(201).json(await withAccess(me(res), board))
  })

  // A sample module filled with initiatives, a canvas, a plan and a consultation.
  router.post('/demo', requireWorkspaceCurator, async (_req, res) => {
    const board = await meta.createBoard(DEMO_BOARD)
    try {
      await seedDemoBoard(docs, board.id)
    } catch (e) {
      await meta.updateBoard(board.id, { deleted: true })
      throw e
    }
    res.status(201).json(await withAccess(me(res), board))
  })

  router.get('/:id', async (req, res) => {
    res.json(await allowed(res, req.params.id, 'read'))
  })

  router.patch('/:id', async (req, res) => {
    const { access } = await allowed(res, req.params.id, 'manageBoard', true)
    res.json({ ...(await meta.updateBoard(req.params.id, parseBody(patchBoardSchema, req.body))), access })
  })

  router.delete('/:id', async (req, res) => {
    const { access } = await allowed(res, req.params.id, 'manageBoard')
    res.json({ ...(await meta.updateBoard(req.params.id, { deleted: true })), access })
  })

  return router
}
