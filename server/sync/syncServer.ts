/**
 * The websocket endpoint `/sync/<docId>`: validates the upgrade (an invalid
 * path never reaches storage), owns the live connections and pings them.
 */
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { isDocId, type DocId } from '../../shared/docId.js'
import { CloseCode, SYNC_PATH } from '../../shared/protocol.js'
import type { DocManager } from '../docs/docManager.js'
import type { Logger } from '../log.js'
import { Connection, type ConnectionLimits } from './connection.js'

export interface SyncServerOptions extends ConnectionLimits {
  maxFrameBytes: number
  pingIntervalMs: number
}

export class SyncServer {
  private readonly wss: WebSocketServer
  private readonly connections = new Set<Connection>()
  private readonly pingTimer: NodeJS.Timeout
  private nextConnectionId = 1
  private accepting = true

  constructor(
    private readonly docs: DocManager,
    private readonly logger: Logger,
    private readonly options: SyncServerOptions,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes, perMessageDeflate: false })
    this.wss.on('error', (e) => logger.error('websocket server error', { error: e.message }))
    this.pingTimer = setInterval(() => {
      const now = Date.now()
      for (const conn of this.connections) {
        conn.ping()
        conn.checkBackpressure(now)
      }
    }, options.pingIntervalMs)
    this.pingTimer.unref()
  }

  /** Open websocket connections. */
  get connectionCount(): number {
    return this.connections.size
  }

  /** Handles an HTTP upgrade request; anything but a valid `/sync/<docId>` is refused. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', (e) => this.logger.debug('upgrade socket error', { error: e.message }))
    if (!this.accepting) return refuse(socket, 503, 'server shutting down')
    const docId = docIdFromPath(req.url ?? '')
    if (docId === undefined) return refuse(socket, 404, 'not found')
    if (docId === null) return refuse(socket, 400, 'invalid document id')
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const conn = new Connection(this.nextConnectionId++, docId, ws, this.docs, this.logger, this.options, (c) =>
        this.connections.delete(c),
      )
      this.connections.add(conn)
    })
  }

  /** Stops accepting and closes every connection (shutdown). */
  closeAll(): void {
    this.accepting = false
    clearInterval(this.pingTimer)
    for (const conn of this.connections) conn.close(CloseCode.serverShutdown)
  }
}

/** The doc id of a `/sync/<docId>` URL; null for a bad id, undefined for another path. */
export function docIdFromPath(url: string): DocId | null | undefined {
  const pathname = url.split('?', 1)[0] ?? ''
  if (!pathname.startsWith(SYNC_PATH + '/')) return undefined
  let candidate: string
  try {
    candidate = decodeURIComponent(pathname.slice(SYNC_PATH.length + 1))
  } catch {
    return null
  }
  return isDocId(candidate) ? candidate : null
}

function refuse(socket: Duplex, status: number, message: string): void {
  const reason = status === 400 ? 'Bad Request' : status === 404 ? 'Not Found' : 'Service Unavailable'
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  )
}
