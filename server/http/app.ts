/**
 * The Express app: health, the REST API and the built client (with the SPA
 * fallback). Routes stay thin; every error leaves through one handler.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import compression from 'compression'
import express, { type ErrorRequestHandler, type Express } from 'express'
import helmet from 'helmet'
import { AppError, ErrorCode, errorBody } from '../errors.js'
import { toError, type Logger } from '../log.js'
import type { AuthStore } from '../auth/authStore.js'
import type { BoardIndex } from '../docs/boardIndex.js'
import type { DocManager } from '../docs/docManager.js'
import type { DocHistory } from '../docs/history.js'
import type { MetaStore } from '../storage/types.js'
import { authRouter, identify, requireUser, type AuthOptions } from './auth.js'
import { boardsRouter } from './boards.js'
import { invitesRouter, membersRouter } from './members.js'
import { exportRouter } from './export.js'
import { templatesRouter } from './templates.js'
import { versionsRouter } from './versions.js'

/** What the routes need to decide who may do what. */
export interface AccessDeps {
  auth: AuthStore
  boards: BoardIndex
  meta: MetaStore
}

export interface AppDeps {
  meta: MetaStore
  docs: DocManager
  boards: BoardIndex
  history: DocHistory
  auth: AuthStore
  authOptions: AuthOptions
  /** Called after a membership or an account's name changes: live connections are re-checked at once (resolves when done). */
  accessChanged: () => Promise<void>
  logger: Logger
  clientDir: string
  version: string
  /** Live figures for /healthz. */
  health: () => { docsLoaded: number; connections: number }
}

/** Builds the Express app from its dependencies. */
export function createApp({ meta, docs, boards, history, auth, authOptions, accessChanged, logger, clientDir, version, health }: AppDeps): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('etag', 'strong')
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // Scripts only from this origin (the build has no inline script); styles allow attributes React sets.
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // The sync websocket is same-origin; spelled out for browsers that do not count ws: as 'self'.
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'worker-src': ["'self'"],
          'manifest-src': ["'self'"],
          // Served over plain http on a local network as often as over https: never force an upgrade.
          'upgrade-insecure-requests': null,
        },
      },
      // Behind no TLS the header is ignored; behind TLS the proxy decides.
      strictTransportSecurity: false,
    }),
  )

  // gzip for the app's files and JSON over 1 KB: the first visit on a slow link moves a third of the bytes.
  app.use(compression({ threshold: 1024 }))

  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true, version, ...health() })
  })

  const api = express.Router()
  api.use(express.json({ limit: '1mb' }))
  api.use(identify(auth))
  // Open to people not signed in: signing in, first-run setup, and opening an invite link.
  api.use('/auth', authRouter(auth, authOptions, accessChanged))
  api.use('/invites', invitesRouter(meta, auth, authOptions))
  // Everything else needs a signed-in person; each route checks their role too.
  api.use(requireUser)
  const access: AccessDeps = { auth, boards, meta }
  api.use('/boards/:boardId', membersRouter(meta, auth, accessChanged))
  api.use('/boards', boardsRouter(meta, docs, auth))
  api.use('/templates', templatesRouter(meta))
  api.use('/initiatives', exportRouter(docs, access))
  api.use('/docs', versionsRouter(history, access))
  api.use((_req, _res, next) => next(new AppError(ErrorCode.notFound, 'no such API route')))
  app.use('/api', api)

  const indexHtml = path.join(clientDir, 'index.html')
  // Hashed assets never change; index.html must always be revalidated.
  app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y', index: false }))
  // The service worker and pages must be revalidated so a new build reaches every device.
  app.use(express.static(clientDir, { index: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }))
  app.get('/{*path}', (_req, res) => {
    if (!existsSync(indexHtml)) {
      res.status(503).type('text/plain').send('The client is not built: run `npm run build`.')
      return
    }
    res.set('Cache-Control', 'no-cache').sendFile(indexHtml)
  })

  const onError: ErrorRequestHandler = (err: unknown, req, res, _next) => {
    const error = asAppError(err)
    if (error.status >= 500) logger.error('request failed', { method: req.method, path: req.path, error: toError(err).stack })
    else logger.debug('request rejected', { method: req.method, path: req.path, code: error.code })
    if (res.headersSent) return
    res.status(error.status).json(errorBody(error))
  }
  app.use(onError)
  return app
}

function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err
  const type = (err as { type?: unknown } | null)?.type
  if (type === 'entity.parse.failed') return new AppError(ErrorCode.invalidJson, 'request body is not valid JSON')
  if (type === 'entity.too.large') return new AppError(ErrorCode.payloadTooLarge, 'request body is too large')
  const status = (err as { status?: unknown } | null)?.status
  if (typeof status === 'number' && status >= 400 && status < 500) return new AppError(ErrorCode.badRequest, 'bad request')
  return new AppError(ErrorCode.internal, 'internal error')
}
