/**
 * The composition root: reads the config, opens storage, builds the HTTP app
 * and the sync endpoint on one server, and shuts down cleanly on SIGTERM/SIGINT
 * (stop accepting, flush every document, exit 0).
 */
import { mkdirSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { ConfigError, loadConfig, type Config } from './config.js'
import { AuthStore } from './auth/authStore.js'
import { BoardIndex } from './docs/boardIndex.js'
import { DocManager } from './docs/docManager.js'
import { DocHistory } from './docs/history.js'
import { createApp } from './http/app.js'
import { createLogger, toError, type Logger } from './log.js'
import { FileDocStore } from './storage/fileDocStore.js'
import { LowMetaStore } from './storage/lowMetaStore.js'
import { FileVersionStore } from './storage/versionFiles.js'
import { SyncGate } from './sync/gate.js'
import { SyncServer } from './sync/syncServer.js'
import { readVersion } from './version.js'

/** Starts the server; resolves with a function that shuts it down. */
export async function startServer(config: Config, logger: Logger): Promise<{ port: number; shutdown: () => Promise<void> }> {
  mkdirSync(config.dataDir, { recursive: true })
  const docStore = new FileDocStore({ dir: path.join(config.dataDir, 'docs'), logger, commitWindowMs: config.commitWindowMs })
  const meta = await LowMetaStore.open({ file: path.join(config.dataDir, 'meta.json'), logger })
  const docs = new DocManager(docStore, meta, logger, config)
  const boards = new BoardIndex(docs, meta, logger)
  const history = new DocHistory(docs, new FileVersionStore(path.join(config.dataDir, 'docs'), logger), logger, {
    quietMs: config.historyQuietMs,
    maxIntervalMs: config.historyMaxIntervalMs,
  })
  const auth = new AuthStore(path.join(config.dataDir, 'auth.json'))
  const sync = new SyncServer(docs, new SyncGate(auth, boards, meta, { allowedOrigins: config.allowedOrigins }), logger, config)
  const app = createApp({
    meta,
    docs,
    boards,
    history,
    auth,
    accessChanged: () => sync.recheckAccess(),
    authOptions: config.auth,
    logger,
    clientDir: config.clientDir,
    version: readVersion(),
    health: () => ({ docsLoaded: docs.loadedCount, connections: sync.connectionCount }),
  })
  const server = createServer(app)
  server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head))
  server.on('clientError', (e, socket) => {
    logger.debug('http client error', { error: e.message })
    socket.destroy()
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port

  let stopping: Promise<void> | null = null
  const shutdown = () =>
    (stopping ??= (async () => {
      server.close()
      sync.closeAll()
      await docs.closeAll()
      await meta.close()
      await docStore.close()
      server.closeAllConnections()
    })())
  return { port, shutdown }
}

async function main(): Promise<void> {
  let config: Config
  try {
    config = loadConfig()
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`Impact Board: ${e.message}\n`)
      process.exit(2)
    }
    throw e
  }
  const logger = createLogger(config.logLevel)
  const { port, shutdown } = await startServer(config, logger)
  logger.info('listening', { url: `http://${config.host}:${port}`, port, dataDir: config.dataDir })

  const onSignal = (signal: NodeJS.Signals) => {
    logger.info('shutting down', { signal })
    shutdown().then(
      () => {
        logger.info('stopped')
        process.exit(0)
      },
      (e: unknown) => {
        logger.error('shutdown failed', { error: toError(e).stack })
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
  process.on('uncaughtException', (e) => logger.error('uncaught exception', { error: e.stack }))
  process.on('unhandledRejection', (e) => logger.error('unhandled rejection', { error: toError(e).stack }))
}

await main()
