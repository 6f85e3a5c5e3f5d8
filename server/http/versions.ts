/**
 * REST for version history, the same for scripts and the UI:
 * `GET/POST /api/docs/:docId/versions`, `GET /api/docs/:docId/versions/:versionId`,
 * `POST /api/docs/:docId/versions/:versionId/restore`. `:docId` is the full
 * document id (`note:…`, `initiative:…`, `board:…`).
 */
import { Router } from 'express'
import { isDocId, type DocId } from '../../shared/docId.js'
import { createVersionSchema, type VersionWithState } from '../../shared/versions.js'
import type { StoredUser } from '../auth/authStore.js'
import { assertDocAccess } from '../auth/docAccess.js'
import type { DocHistory } from '../docs/history.js'
import { AppError, ErrorCode } from '../errors.js'
import { currentUser } from './auth.js'
import type { AccessDeps } from './app.js'
import { parseBody } from './validate.js'

function docIdParam(value: string | undefined): DocId {
  if (value === undefined || !isDocId(value)) throw new AppError(ErrorCode.badRequest, `not a document id: ${JSON.stringify(value ?? '')}`)
  return value
}

/** Versions of a document are read by whoever may read it and taken or restored by whoever may edit it (as in sync). */
export function versionsRouter(history: DocHistory, deps: AccessDeps): Router {
  const router = Router()
  const allowed = async (res: Parameters<typeof currentUser>[0], docId: DocId, action: 'read' | 'edit') =>
    assertDocAccess(deps.auth, deps.boards, deps.meta, currentUser(res) as StoredUser, docId, action)

  router.get('/:docId/versions', async (req, res) => {
    const docId = docIdParam(req.params.docId)
    await allowed(res, docId, 'read')
    res.json(await history.list(docId))
  })

  router.post('/:docId/versions', async (req, res) => {
    const docId = docIdParam(req.params.docId)
    await allowed(res, docId, 'edit')
    const { name } = parseBody(createVersionSchema, req.body)
    res.status(201).json(await history.createNamed(docId, name))
  })

  router.get('/:docId/versions/:versionId', async (req, res) => {
    const docId = docIdParam(req.params.docId)
    await allowed(res, docId, 'read')
    const { meta, state } = await history.get(docId, req.params.versionId)
    const body: VersionWithState = { version: meta, update: Buffer.from(state).toString('base64') }
    res.json(body)
  })

  router.post('/:docId/versions/:versionId/restore', async (req, res) => {
    const docId = docIdParam(req.params.docId)
    await allowed(res, docId, 'edit')
    const user = currentUser(res) as StoredUser
    const before = await history.restore(docId, req.params.versionId, { id: user.id, name: user.name })
    res.json({ restored: req.params.versionId, before })
  })

  return router
}
