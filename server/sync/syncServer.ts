/**
 * The websocket endpoint `/sync/<docId>`: validates the upgrade (an invalid
 * path never reaches storage), owns the live connections and pings them.
 */
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { isDocId, type DocId } from '../../shared/docId.js'
import { CloseCode, SYNC_PATH, tryAgainLaterReason } from '../../shared/protocol.js'
import type { DocManager } from '../docs/docManager.js'
import type { Logger } from '../log.js'
import { Admission, type AdmissionLimits } from './admission.js'
import { Connection, type ConnectionLimits } from './connection.js'
import type { Principal, SyncGate } from './gate.js'

export interface SyncServerOptions extends ConnectionLimits, AdmissionLimits {
  maxFrameBytes: number
  pingIntervalMs: number
  /** permessage-deflate on; frames smaller than the threshold go uncompressed. */
  deflate: boolean
  deflateThresholdBytes: number
  /** How often live connections are checked against sessions, accounts and memberships. */
  accessRecheckMs: number
}

export class SyncServer {
  private readonly wss: WebSocketServer
  private readonly connections = new Set<Connection>()
  private readonly pingTimer: NodeJS.Timeout
  private readonly recheckTimer: NodeJS.Timeout
  private rechecking: Promise<void> | null = null
  private nextConnectionId = 1
  private accepting = true
  private readonly admission: Admission

  constructor(
    private readonly docs: DocManager,
    private readonly gate: SyncGate,
    private readonly logger: Logger,
    private readonly options: SyncServerOptions,
  ) {
    this.admission = new Admission(options)
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxFrameBytes,
      perMessageDeflate: options.deflate
        ? {
            threshold: options.deflateThresholdBytes,
            // Updates are small and varied: a smaller window and memory level keep
            // each connection's zlib state small at little cost in ratio.
            serverMaxWindowBits: 13,
            zlibDeflateOptions: { level: 6, memLevel: 7 },
            concurrencyLimit: 10,
          }
        : false,
    })
    this.wss.on('error', (e) => logger.error('websocket server error', { error: e.message }))
    this.pingTimer = setInterval(() => {
      const now = Date.now()
      for (const conn of this.connections) {
        conn.ping()
        conn.checkBackpressure(now)
      }
    }, options.pingIntervalMs)
    this.pingTimer.unref()
    this.recheckTimer = setInterval(() => void this.recheckAccess(), options.accessRecheckMs)
    this.recheckTimer.unref()
  }

  /**
   * Checks every live connection's session and role now: closes those whose
   * person signed out, was disabled or left the board, and applies changed
   * roles (a viewer made editor or the other way round) at once.
   */
  recheckAccess(): Promise<void> {
    this.rechecking ??= this.recheckAll().finally(() => {
      this.rechecking = null
    })
    return this.rechecking
  }

  private async recheckAll(): Promise<void> {
    // One check per credential and document, however many connections share them (tabs, devices,
    // benchmarks); all at once, so their reads of the account file share one look at the disk.
    const verdicts = new Map<string, ReturnType<SyncGate['recheck']>>()
    const verdictFor = (conn: Connection) => {
      const { credential } = conn.principal
      const key = `${credential.kind}:${credential.secret}\n${conn.docId}`
      let verdict = verdicts.get(key)
      if (!verdict) verdicts.set(key, (verdict = this.gate.recheck(conn.principal, conn.docId)))
      return verdict
    }
    await Promise.all(
      [...this.connections].map(async (conn) => {
        try {
          const { principal, signedOut } = await verdictFor(conn)
          if (principal) conn.setPrincipal(principal)
          else {
            this.logger.info('connection closed: access ended', { conn: conn.id, docId: conn.docId, user: conn.principal.user.id, signedOut })
            conn.close(signedOut ? CloseCode.signedOut : CloseCode.accessRevoked)
          }
        } catch (e) {
          this.logger.warn('access recheck failed', { conn: conn.id, error: e instanceof Error ? e.message : String(e) })
        }
      }),
    )
  }


  /** Open websocket connections. */
  get connectionCount(): number {
    return this.connections.size
  }

  /**
   * Handles an HTTP upgrade request; anything but a valid `/sync/<docId>` from
   * someone with access to its board is refused before the document loads.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', (e) => this.logger.debug('upgrade socket error', { error: e.message }))
    if (!this.accepting) return refuse(socket, 503, 'server shutting down')
    const docId = docIdFromPath(req.url ?? '')
    if (docId === undefined) return refuse(socket, 404, 'not found')
    if (docId === null) return refuse(socket, 400, 'invalid document id')
    this.gate.admit(req, docId).then(
      (allowed) => {
        if (socket.destroyed) return
        if (!allowed.ok) {
          this.logger.debug('upgrade refused', { docId, status: allowed.status, why: allowed.message })
          return refuse(socket, allowed.status, allowed.message)
        }
        if (!this.accepting) return refuse(socket, 503, 'server shutting down')
        this.accept(req, socket, head, docId, allowed.principal)
      },
      (e: unknown) => {
        this.logger.error('upgrade check failed', { docId, error: e instanceof Error ? e.message : String(e) })
        refuse(socket, 503, 'try again later')
      },
    )
  }

  private accept(req: IncomingMessage, socket: Duplex, head: Buffer, docId: DocId, principal: Principal): void {
    const verdict = this.admission.admit(docId, this.loadingDocs())
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      if (verdict.retryAfterMs !== null) {
        // Accepted only to say "later" with a close code a browser can read (an HTTP 503 reads as 1006).
        this.logger.debug('connection deferred: server busy', { docId, retryAfterMs: verdict.retryAfterMs, why: verdict.why })
        ws.close(CloseCode.tryAgainLater, tryAgainLaterReason(verdict.retryAfterMs))
        return
      }
      const conn = new Connection(this.nextConnectionId++, docId, principal, ws, this.docs, this.logger, this.options, (c) =>
        this.connections.delete(c),
      )
      this.connections.add(conn)
    })
  }

  /** Documents that connections are waiting for (loading from storage now). */
  private loadingDocs(): Set<DocId> {
    const docs = new Set<DocId>()
    for (const conn of this.connections) if (conn.loading) docs.add(conn.docId)
    return docs
  }

  /** Stops accepting and closes every connection (shutdown). */
  closeAll(): void {
    this.accepting = false
    clearInterval(this.pingTimer)
    clearInterval(this.recheckTimer)
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

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 503: 'Service Unavailable' }

function refuse(socket: Duplex, status: number, message: string): void {
  const reason = STATUS_TEXT[status] ?? 'Error'
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  )
}
