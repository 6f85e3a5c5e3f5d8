/**
 * One loaded document: its Y.Doc, awareness, the peers connected to it, and
 * fan-out. The first update after a quiet moment is sent at once; those that
 * follow in the same tick are merged (`Y.mergeUpdates`) and encoded once per
 * broadcast; every update is handed to persistence.
 */
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { DocId } from '../../shared/docId.js'
import { encodeAwareness, encodeSaved, encodeUpdate } from '../sync/frames.js'
import type { Logger } from '../log.js'
import type { DocStore } from '../storage/types.js'
import { DocPersistence, type PersistenceOptions } from './persistence.js'

/** A connection as a room sees it: something to send frames to. */
export interface Peer {
  readonly id: number
  send(frame: Uint8Array): void
  /** Awareness client ids this peer has announced (removed when it leaves). */
  readonly awarenessIds: Set<number>
  /** Subscribed to saved-on-server acknowledgements. */
  wantsSaved: boolean
  /** The signed-in person behind this peer: stored with each update they send (attribution) and named in history. */
  readonly author?: Author
}

/** A signed-in person as attribution records them. */
export interface Author {
  readonly id: string
  readonly name: string
}

/** A transaction origin on behalf of someone (a peer, or a REST call such as a restore). */
export interface Authored {
  readonly author?: Author
}

function authorOf(origin: unknown): Author | undefined {
  return typeof origin === 'object' && origin !== null ? (origin as Authored).author : undefined
}

/** Transaction origin of updates replayed from storage: not persisted again, not broadcast. */
export const LOAD_ORIGIN = Symbol('load')

/** Most updates merged into one fan-out frame. */
const FANOUT_CHUNK = 100

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
  private savedSubscribers = 0
  /** What is on disk, per client: only ever grows (acks may resolve out of order around a compaction). */
  private readonly durable = new Map<number, number>()
  private savedScheduled = false
  private fanoutScheduled = false
  private destroyed = false
  /** Changed since the last version was taken (history). */
  changedSinceVersion = false
  /** Names of the people whose updates arrived since the last version. */
  readonly authorsSinceVersion = new Set<string>()
  /** Called after every change that is not a replay from storage (history's activity timer). */
  onChange: (() => void) | null = null

  constructor(
    readonly docId: DocId,
    store: DocStore,
    logger: Logger,
    options: PersistenceOptions,
    /** Called after the first update this room persists (to index the document). */
    onFirstWrite: () => void,
  ) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null)
    this.persistence = new DocPersistence(docId, this.doc, store, logger, options, {
      wanted: () => this.savedSubscribers > 0,
      saved: (stateVector) => this.queueSaved(stateVector),
    })
    let written = false
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN) return
      const author = authorOf(origin)
      this.persistence.append(update, author ? { author: author.id, at: Date.now() } : undefined)
      if (!written) {
        written = true
        onFirstWrite()
      }
      this.queueFanout(update, origin)
      this.noteAuthor(origin)
    })
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  /** Applies the stored state (snapshot + log) without persisting or broadcasting it. */
  applyStored(updates: Uint8Array[]): void {
    if (updates.length === 0) return
    // One by one inside one transaction: Y.mergeUpdates is superlinear in the
    // number of updates (10,000 logged records: ~2 s merged, ~70 ms this way),
    // and the transaction still emits one 'update' (skipped: LOAD_ORIGIN).
    Y.transact(
      this.doc,
      () => {
        for (const update of updates) Y.applyUpdate(this.doc, update, LOAD_ORIGIN)
      },
      LOAD_ORIGIN,
    )
  }

  /** Takes the history bookkeeping (authors, changed flag) for a version being taken now. */
  takeVersionState(): { changed: boolean; authors: string[] } {
    const taken = { changed: this.changedSinceVersion, authors: [...this.authorsSinceVersion].sort((a, b) => a.localeCompare(b, 'ru')) }
    this.changedSinceVersion = false
    this.authorsSinceVersion.clear()
    return taken
  }

  /** Puts back what `takeVersionState` took when the version could not be stored. */
  returnVersionState(taken: { changed: boolean; authors: string[] }): void {
    if (taken.changed) this.changedSinceVersion = true
    for (const name of taken.authors) this.authorsSinceVersion.add(name)
  }

  join(peer: Peer): void {
    this.peers.add(peer)
  }

  /** Subscribes a peer to saved-on-server acknowledgements; answers at once when all is on disk. */
  subscribeSaved(peer: Peer): void {
    if (peer.wantsSaved || !this.peers.has(peer)) return
    peer.wantsSaved = true
    this.savedSubscribers++
    // With nothing in flight, the state in memory is the state on disk. Appends
    // already in flight took no state vector (nobody listened): wait for them.
    const answer = () => {
      if (this.persistence.idle && !this.destroyed) this.queueSaved(Y.encodeStateVector(this.doc))
    }
    if (this.persistence.idle) answer()
    else void this.persistence.settle().then(answer)
  }

  /** The peer that announced an awareness client id, or undefined when nobody present did. */
  awarenessOwner(clientId: number): Peer | undefined {
    for (const peer of this.peers) if (peer.awarenessIds.has(clientId)) return peer
    return undefined
  }

  /** Removes a peer and the awareness states it controlled. */
  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return
    if (peer.wantsSaved) this.savedSubscribers--
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

  /** Merges a durable state vector and sends it once per tick, however many appends resolved. */
  private queueSaved(stateVector: Uint8Array): void {
    for (const [client, clock] of Y.decodeStateVector(stateVector)) {
      if (clock > (this.durable.get(client) ?? 0)) this.durable.set(client, clock)
    }
    if (this.savedScheduled) return
    this.savedScheduled = true
    setImmediate(() => {
      this.savedScheduled = false
      if (this.destroyed) return
      const frame = encodeSaved(Y.encodeStateVector(this.durable))
      for (const peer of this.peers) if (peer.wantsSaved) peer.send(frame)
    })
  }

  /**
   * Leading edge, then batches: the first update after a quiet moment goes out
   * at once (a lone keystroke waits for nothing), and opens a window until the
   * end of this I/O phase in which further updates are merged and sent once.
   */
  private queueFanout(update: Uint8Array, origin: unknown): void {
    if (!this.fanoutScheduled) {
      this.fanoutScheduled = true
      // setImmediate runs after the current I/O phase: every frame read in this tick lands in the same batch.
      setImmediate(() => this.fanout())
      this.send([{ update, origin }])
      return
    }
    this.pending.push({ update, origin })
  }

  private fanout(): void {
    this.fanoutScheduled = false
    const batch = this.pending
    if (batch.length === 0 || this.destroyed) return
    this.pending = []
    this.send(batch)
  }

  private send(batch: Pending[]): void {
    // Merging is superlinear in the number of updates: merge in bounded chunks.
    for (let i = 0; i < batch.length; i += FANOUT_CHUNK) {
      const chunk = batch.slice(i, i + FANOUT_CHUNK)
      const first = chunk[0] as Pending
      const merged = chunk.length === 1 ? first.update : Y.mergeUpdates(chunk.map((p) => p.update))
      // The sender already has its own update; skip it when it is the only origin.
      const soleOrigin = chunk.every((p) => p.origin === first.origin) ? first.origin : undefined
      const frame = encodeUpdate(merged)
      for (const peer of this.peers) {
        if (peer !== soleOrigin) peer.send(frame)
      }
    }
  }

  /** Remembers who changed the document: the account behind the peer that sent the change. */
  private noteAuthor(origin: unknown): void {
    this.changedSinceVersion = true
    const author = authorOf(origin)
    if (author && this.authorsSinceVersion.size < 200) this.authorsSinceVersion.add(author.name.trim().slice(0, 200))
    this.onChange?.()
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
