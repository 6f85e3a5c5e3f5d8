/**
 * One websocket client of one document. Frames that arrive before the
 * document has loaded wait in a bounded queue; every frame is decoded inside
 * try/catch, and anything malformed closes this connection only.
 */
import type { WebSocket } from 'ws'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { DocId } from '../../shared/docId.js'
import { CloseCode, closeReason } from '../../shared/protocol.js'
import type { DocManager } from '../docs/docManager.js'
import type { Author, DocRoom, Peer } from '../docs/docRoom.js'
import { toError, type Logger } from '../log.js'
import { guardAwareness } from './awarenessGuard.js'
import { commenterMayApply } from './commentOnly.js'
import { decodeClientFrame, encodePermissionDenied, encodeSavedMark, encodeSyncStep1, encodeSyncStep2 } from './frames.js'
import type { Principal } from './gate.js'

export interface ConnectionLimits {
  maxQueuedFrames: number
  slowConsumerBytes: number
  slowConsumerMs: number
}

/** How often a saved mark is re-checked while storage is failing. */
const MARK_RETRY_MS = 1000

/** An update with no structs and no deletions (what a client with nothing new sends as sync step 2). */
const isEmptyUpdate = (update: Uint8Array) => update.length <= 2 && update.every((b) => b === 0)

export class Connection implements Peer {
  readonly awarenessIds = new Set<number>()
  wantsSaved = false
  /** Cleared on each ping, set by the pong; a connection still false at the next ping is dead. */
  alive = true
  private room: DocRoom | null = null
  private queue: Uint8Array[] | null = []
  private closed = false
  private overLimitSince = 0
  private readonly log: Logger
  /** The one awareness client id this connection speaks for (its provider's), once announced. */
  private ownAwarenessId: number | null = null
  private deniedAt = 0

  constructor(
    readonly id: number,
    readonly docId: DocId,
    private current: Principal,
    private readonly ws: WebSocket,
    private readonly docs: DocManager,
    logger: Logger,
    private readonly limits: ConnectionLimits,
    private readonly onClosed: (conn: Connection) => void,
  ) {
    this.log = logger.child({ conn: id, docId })
    ws.on('message', (data: Buffer, isBinary: boolean) => this.onMessage(data, isBinary))
    ws.on('pong', () => {
      this.alive = true
    })
    ws.on('error', (e: Error) => {
      // ws closes the socket itself (1009 for oversized frames, 1002 for protocol errors).
      this.log.warn('websocket error', { error: e.message, code: (e as NodeJS.ErrnoException).code })
    })
    ws.on('close', () => this.onClose())
    docs.open(docId).then(
      (room) => this.attach(room),
      (e: unknown) => {
        this.log.error('document load failed', { error: toError(e).message })
        this.close(CloseCode.loadFailed)
      },
    )
  }

  /** Who is connected, with their current role. */
  get principal(): Principal {
    return this.current
  }

  /** Applies a re-checked role (a curator may have changed it while connected). */
  setPrincipal(principal: Principal): void {
    if (principal.permission !== this.current.permission) this.log.info('connection role changed', { from: this.current.permission, to: principal.permission })
    this.current = principal
  }

  /** The account behind the updates this connection sends (attribution). */
  get author(): Author {
    return { id: this.current.user.id, name: this.current.user.name }
  }

  /** True until the document has loaded (frames wait in the queue meanwhile). */
  get loading(): boolean {
    return this.queue !== null && !this.closed
  }

  /** Sends a frame, watching for a client that cannot keep up. */
  send(frame: Uint8Array): void {
    this.sendFrame(frame, false)
  }

  /**
   * Sends a frame; `compress` asks permessage-deflate (when negotiated) to
   * compress it if it passes the size threshold. Only answers to this one
   * client are compressed (the sync step 2 download): a fan-out frame goes to
   * every reader, and compressing it once per connection would cost CPU in
   * proportion to the readers and queue every later frame behind zlib.
   */
  private sendFrame(frame: Uint8Array, compress: boolean): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return
    this.ws.send(frame, { binary: true, compress })
    this.checkBackpressure()
  }

  /** Called on every ping round: closes a connection whose buffer stays over the limit. */
  checkBackpressure(now = Date.now()): void {
    if (this.ws.bufferedAmount <= this.limits.slowConsumerBytes) {
      this.overLimitSince = 0
      return
    }
    if (this.overLimitSince === 0) this.overLimitSince = now
    else if (now - this.overLimitSince > this.limits.slowConsumerMs) {
      this.log.warn('slow consumer disconnected', { buffered: this.ws.bufferedAmount })
      this.close(CloseCode.slowConsumer)
      // The close frame waits behind the full buffer; do not wait for it.
      this.ws.terminate()
    }
  }

  /** Pings the client; terminates it when the previous ping got no answer. */
  ping(): void {
    if (!this.alive) {
      this.log.info('ping timeout')
      this.ws.terminate()
      return
    }
    this.alive = false
    this.ws.ping()
  }

  /** Closes with a named code from the shared protocol. */
  close(code: CloseCode): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) {
      this.ws.close(code, closeReason[code])
    }
  }

  private attach(room: DocRoom): void {
    if (this.closed) {
      // The client left while the document loaded; let the room unload if idle.
      this.docs.released(room)
      return
    }
    this.room = room
    room.join(this)
    this.send(encodeSyncStep1(room.doc))
    const awareness = room.encodeAllAwareness()
    if (awareness) this.send(awareness)
    const queued = this.queue ?? []
    this.queue = null
    for (const frame of queued) {
      if (this.closed) break
      this.handle(room, frame)
    }
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.closed) return
    if (!isBinary) {
      this.reject(CloseCode.textFrame, 'text frame')
      return
    }
    if (this.queue) {
      if (this.queue.length >= this.limits.maxQueuedFrames) {
        this.reject(CloseCode.queueOverflow, `more than ${this.limits.maxQueuedFrames} frames while loading`)
        return
      }
      this.queue.push(data)
      return
    }
    if (this.room) this.handle(this.room, data)
  }

  private handle(room: DocRoom, data: Uint8Array): void {
    try {
      const frame = decodeClientFrame(data)
      switch (frame.type) {
        case 'syncStep1':
          this.sendFrame(encodeSyncStep2(room.doc, frame.stateVector), true)
          break
        case 'syncStep2':
        case 'update':
          this.receive(room, frame.update)
          break
        case 'awareness': {
          const { update, forged, ownId } = guardAwareness(frame.update, {
            self: this as Peer,
            ownId: this.ownAwarenessId,
            ownerOf: (id) => room.awarenessOwner(id),
            knownClock: (id) => room.awareness.meta.get(id)?.clock ?? 0,
            user: { id: this.current.user.id, name: this.current.user.name, role: this.current.role },
          })
          this.ownAwarenessId = ownId
          if (forged > 0) this.log.warn('awareness for another connection’s client id ignored', { entries: forged })
          if (update) awarenessProtocol.applyAwarenessUpdate(room.awareness, update, this)
          break
        }
        case 'queryAwareness': {
          const all = room.encodeAllAwareness()
          if (all) this.send(all)
          break
        }
        case 'savedOnServer':
          room.subscribeSaved(this)
          break
        case 'savedMark':
          this.answerMark(room, frame.mark)
          break
        case 'auth':
          break
      }
    } catch (e) {
      this.reject(CloseCode.malformedMessage, toError(e).message)
    }
  }

  /**
   * Applies an update the person may make: everything for editors, only their
   * own comments for commenters; anything else is dropped (it reaches neither the
   * other clients nor the disk) and answered with "permission denied".
   */
  private receive(room: DocRoom, update: Uint8Array): void {
    const { permission } = this.current
    if (permission === 'edit' || (permission === 'comment' && commenterMayApply(room.doc, update, this.current.user))) {
      Y.applyUpdate(room.doc, update, this)
      return
    }
    if (isEmptyUpdate(update)) return
    const now = Date.now()
    // One answer per second is enough for the client to know; a busy offline queue sends many updates.
    if (now - this.deniedAt < 1000) return
    this.deniedAt = now
    this.log.info('update refused: read-only role', { user: this.current.user.id, role: this.current.role, bytes: update.length })
    this.send(encodePermissionDenied(permission === 'comment' ? 'you may only comment on this board' : 'you may only read this board'))
  }

  /**
   * Answers a saved mark once every update this connection sent before it is
   * on disk: they were appended (in order) before this frame was handled, so
   * settling the appends made so far covers them. While storage is failing
   * the answer waits for the recovery (the retry writes a full snapshot).
   */
  private answerMark(room: DocRoom, mark: number): void {
    void room.persistence.settle().then(() => {
      if (this.closed || this.room !== room) return
      if (room.persistence.healthy) {
        this.send(encodeSavedMark(mark))
        return
      }
      const retry = setTimeout(() => this.answerMark(room, mark), MARK_RETRY_MS)
      retry.unref()
    })
  }

  private reject(code: CloseCode, detail: string): void {
    this.log.warn('connection closed: bad input', { code, reason: closeReason[code], detail })
    this.close(code)
    this.closed = true
  }

  private onClose(): void {
    const wasClosed = this.closed
    this.closed = true
    this.queue = null
    if (this.room) {
      this.room.leave(this)
      this.docs.released(this.room)
      this.room = null
    }
    if (!wasClosed) this.log.debug('connection closed')
    this.onClosed(this)
  }
}
