/**
 * REST routes for module boards. Deleting only hides a board (its documents
 * stay), so `PATCH {deleted: false}` undoes it.
 */
import { Router } from 'express'
import { ID_PATTERN } from '../../shared/docId.js'
import { DEMO_BOARD } from '../../shared/schema/demo.js'
import { createBoardSchema, patchBoardSchema } from '../../shared/schema/meta.js'
import type { DocManager } from '../docs/docManager.js'
import { seedDemoBoard } from '../docs/demo.js'
import { AppError, ErrorCode } from '../errors.js'
import type { MetaStore } from '../storage/types.js'
import { parseBody } from './validate.js'

/** `GET/POST /api/boards`, `POST /api/boards/demo`, `GET/PATCH/DELETE /api/boards/:id`. */
export function boardsRouter(meta: MetaStore, docs: DocManager): Router {
  const router = Router()

  router.get('/', async (_req, res) => {
    res.json((await meta.listBoards()).filter((b) => !b.deleted))
  })

  router.post('/', async (req, res) => {
    res.status(201).json(await meta.createBoard(parseBody(createBoardSchema, req.body)))
  })

  // A sample module filled with initiatives, a canvas, a plan and a consultation.
  router.post('/demo', async (_req, res) => {
    const board = await meta.createBoard(DEMO_BOARD)
    try {
      await seedDemoBoard(docs, board.id)
    } catch (e) {
      await meta.updateBoard(board.id, { deleted: true })
      throw e
    }
    res.status(201).json(board)
  })

  router.get('/:id', async (req, res) => {
    res.json(await findBoard(meta, req.params.id))
  })

  router.patch('/:id', async (req, res) => {
    await findBoard(meta, req.params.id, true)
    res.json(await meta.updateBoard(req.params.id, parseBody(patchBoardSchema, req.body)))
  })

  router.delete('/:id', async (req, res) => {
    await findBoard(meta, req.params.id)
    res.json(await meta.updateBoard(req.params.id, { deleted: true }))
  })

  return router
}

async function findBoard(meta: MetaStore, id: string, includeDeleted = false) {
  const board = ID_PATTERN.test(id) ? await meta.getBoard(id) : undefined
  if (!board || (board.deleted && !includeDeleted)) throw new AppError(ErrorCode.notFound, 'board not found')
  return board
}
