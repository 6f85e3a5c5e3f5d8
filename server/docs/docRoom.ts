/**
 * One loaded document: its Y.Doc, awareness, the peers connected to it, and
 * fan-out. Updates arriving in the same tick are merged (`Y.mergeUpdates`) and
 * encoded once per broadcast; every update is handed to persistence.
 */
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { DocId } from '../../shared/docId.js'
import { encodeAwareness, encodeUpdate } from '../sync/frames.js'
import type { Logger } from '../log.js'
import type { DocStore } from '../storage/types.js'
import { DocPersistence, type PersistenceOptions } from './persistence.js'

/** A connection as a room sees it: something to send frames to. */
export interface Peer {
  readonly id: number
  send(frame: Uint8Array): void
  /** Awareness client ids this peer has announced (removed when it leaves). */
  readonly awarenessIds: Set<number>
}

/** Transaction origin of updates replayed from storage: not persisted again, not broadcast. */
export const LOAD_ORIGIN = Symbol('load')

interface Pending {
  update: Uint8Array
  origin: unknown
}

export class DocRoom {
  readonly doc = new Y.Doc({ gc: true })
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly peers = new Set<Peer>()
  readonly persistence: DocPersistence
  private pending: Pending[] = []
  private fanoutScheduled = false
  private destroyed = false

  constructor(
    readonly docId: DocId,
    store: DocStore,
    private readonly logger: Logger,
    options: PersistenceOptions,
    /** Called after the first update this room persists (to index the document). */
    onFirstWrite: () => void,
  ) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null)
    this.persistence = new DocPersistence(docId, this.doc, store, logger, options)
    let written = false
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN) return
      this.persistence.append(update, origin)
      if (!written) {
        written = true
        onFirstWrite()
      }
      this.queueFanout(update, origin)
    })
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  /** Applies the stored state (snapshot + log) without persisting or broadcasting it. */
  applyStored(updates: Uint8Array[]): void {
    if (updates.length === 0) return
    const merged = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates)
    Y.applyUpdate(this.doc, merged, LOAD_ORIGIN)
  }

  join(peer: Peer): void {
    this.peers.add(peer)
  }

  /** Removes a peer and the awareness states it controlled. */
  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return
    if (peer.awarenessIds.size > 0 && !this.destroyed) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessIds], null)
    }
  }

  /** Encoded awareness of everyone present, or null when nobody has a state. */
  encodeAllAwareness(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length === 0) return null
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients))
  }

  /** Sends any queued fan-out now (used before shutdown). */
  flushFanout(): void {
    this.fanout()
  }

  destroy(): void {
    this.destroyed = true
    this.persistence.close()
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private queueFanout(update: Uint8Array, origin: unknown): void {
    this.pending.push({ update, origin })
    if (this.fanoutScheduled) return
    this.fanoutScheduled = true
    // setImmediate runs after the current I/O phase: every frame read in this
    // tick lands in the same batch.
    setImmediate(() => this.fanout())
  }

  private fanout(): void {
    this.fanoutScheduled = false
    const batch = this.pending
    if (batch.length === 0 || this.destroyed) return
    this.pending = []
    const first = batch[0] as Pending
    const merged = batch.length === 1 ? first.update : Y.mergeUpdates(batch.map((p) => p.update))
    // The sender already has its own update; skip it when it is the only origin.
    const soleOrigin = batch.every((p) => p.origin === first.origin) ? first.origin : undefined
    const frame = encodeUpdate(merged)
    for (const peer of this.peers) {
      if (peer !== soleOrigin) peer.send(frame)
    }
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed]
    if (origin && this.peers.has(origin as Peer)) {
      const ids = (origin as Peer).awarenessIds
      for (const id of added) ids.add(id)
      for (const id of updated) ids.add(id)
      for (const id of removed) ids.delete(id)
    }
    if (this.peers.size === 0) return
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    for (const peer of this.peers) {
      if (peer !== origin) peer.send(frame)
    }
  }
}
