/**
 * REST for version history, the same for scripts and the UI:
 * `GET/POST /api/docs/:docId/versions`, `GET /api/docs/:docId/versions/:versionId`,
 * `POST /api/docs/:docId/versions/:versionId/restore`. `:docId` is the full
 * document id (`note:…`, `initiative:…`, `board:…`).
 */
import { Router } from 'express'
import { isDocId, type DocId } from '../../shared/docId.js'
import { createVersionSchema, type VersionWithState } from '../../shared/versions.js'
import type { DocHistory } from '../docs/history.js'
import { AppError, ErrorCode } from '../errors.js'
import { parseBody } from './validate.js'

function docIdParam(value: string | undefined): DocId {
  if (value === undefined || !isDocId(value)) throw new AppError(ErrorCode.badRequest, `not a document id: ${JSON.stringify(value ?? '')}`)
  return value
}

export function versionsRouter(history: DocHistory): Router {
  const router = Router()

  router.get('/:docId/versions', async (req, res) => {
    res.json(await history.list(docIdParam(req.params.docId)))
  })

  router.post('/:docId/versions', async (req, res) => {
    const docId = docIdParam(req.params.docId)
    const { name } = parseBody(createVersionSchema, req.body)
    res.status(201).json(await history.createNamed(docId, name))
  })

  router.get('/:docId/versions/:versionId', async (req, res) => {
    const { meta, state } = await history.get(docIdParam(req.params.docId), req.params.versionId)
    const body: VersionWithState = { version: meta, update: Buffer.from(state).toString('base64') }
    res.json(body)
  })

  router.post('/:docId/versions/:versionId/restore', async (req, res) => {
    const docId = docIdParam(req.params.docId)
    const before = await history.restore(docId, req.params.versionId)
    res.json({ restored: req.params.versionId, before })
  })

  return router
}
