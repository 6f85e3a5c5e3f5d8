/** REST routes for module boards: `GET/POST /api/boards`, `PATCH /api/boards/:id`. */
import { Router } from 'express'
import { z } from 'zod'
import { ID_PATTERN } from '../../shared/docId.js'
import { AppError, ErrorCode } from '../errors.js'
import type { MetaStore } from '../storage/types.js'
import { parseBody } from './validate.js'

const text = (max: number) => z.string().trim().min(1).max(max)

const createBoard = z.object({ title: text(200), settlement: z.string().trim().max(200).default('') }).strict()
const patchBoard = z
  .object({ title: text(200).optional(), settlement: z.string().trim().max(200).optional(), archived: z.boolean().optional() })
  .strict()

/** Routes for listing, creating, renaming and archiving boards. */
export function boardsRouter(meta: MetaStore): Router {
  const router = Router()

  router.get('/', async (_req, res) => {
    res.json(await meta.listBoards())
  })

  router.post('/', async (req, res) => {
    const input = parseBody(createBoard, req.body)
    res.status(201).json(await meta.createBoard(input))
  })

  router.get('/:id', async (req, res) => {
    res.json(await findBoard(meta, req.params.id))
  })

  router.patch('/:id', async (req, res) => {
    await findBoard(meta, req.params.id)
    const patch = parseBody(patchBoard, req.body)
    res.json(await meta.updateBoard(req.params.id, patch))
  })

  return router
}

async function findBoard(meta: MetaStore, id: string) {
  const board = ID_PATTERN.test(id) ? await meta.getBoard(id) : undefined
  if (!board) throw new AppError(ErrorCode.notFound, 'board not found')
  return board
}
