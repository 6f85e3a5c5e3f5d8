/**
 * The lifecycle of loaded documents: loads each one once (concurrent opens
 * share the load), hands out rooms, and flushes + unloads a room after it has
 * been idle for the grace period — without racing a client that comes back
 * while the flush runs.
 */
import * as Y from 'yjs'
import type { DocId } from '../../shared/docId.js'
import { toError, type Logger } from '../log.js'
import type { DocStore, MetaStore } from '../storage/types.js'
import { DocRoom } from './docRoom.js'
import type { PersistenceOptions } from './persistence.js'

export interface DocManagerOptions extends PersistenceOptions {
  idleUnloadMs: number
}

/** Told about rooms as they load and before they unload (history takes its versions there). */
export interface RoomObserver {
  loaded(room: DocRoom): void
  /** Awaited before the room's final flush; must not throw. */
  beforeUnload(room: DocRoom): Promise<void>
}

/** Transaction origin of changes the server makes itself. */
export const SERVER_ORIGIN = Symbol('server')

interface Entry {
  loading: Promise<DocRoom>
  room: DocRoom | null
  unloadTimer: NodeJS.Timeout | null
  unloading: Promise<void> | null
  /** Counts opens, so an unload can tell that someone came back during its flush. */
  opens: number
}

export class DocManager {
  private readonly entries = new Map<DocId, Entry>()
  private closing = false
  private readonly observers: RoomObserver[] = []

  constructor(
    private readonly store: DocStore,
    private readonly meta: MetaStore,
    private readonly logger: Logger,
    private readonly options: DocManagerOptions,
  ) {}

  /** Adds an observer of room loads and unloads (history, the board index). */
  observe(observer: RoomObserver): void {
    this.observers.push(observer)
  }

  /** Runs `fn` with a document's room (loading it if needed), then lets the room go. */
  async use<T>(docId: DocId, fn: (room: DocRoom) => T | Promise<T>): Promise<T> {
    const room = await this.open(docId)
    try {
      return await fn(room)
    } finally {
      this.released(room)
    }
  }

  /** Number of documents in memory. */
  get loadedCount(): number {
    return this.entries.size
  }

  /** The room of a document, loading it from storage on first use. */
  open(docId: DocId): Promise<DocRoom> {
    if (this.closing) return Promise.reject(new Error('server is shutting down'))
    const existing = this.entries.get(docId)
    if (existing) {
      this.cancelUnload(existing)
      existing.opens++
      return existing.loading
    }
    const entry: Entry = { loading: this.load(docId), room: null, unloadTimer: null, unloading: null, opens: 1 }
    this.entries.set(docId, entry)
    entry.loading.then(
      (room) => {
        entry.room = room
      },
      () => {
        // A failed load is forgotten so that the next open tries again.
        if (this.entries.get(docId) === entry) this.entries.delete(docId)
      },
    )
    return entry.loading
  }

  /**
   * Changes a document from the server (seeding, restore): the edit is
   * applied, fanned out to everyone connected, and durable when this resolves.
   */
  async edit(docId: DocId, change: (doc: Y.Doc) => void): Promise<void> {
    const room = await this.open(docId)
    try {
      Y.transact(room.doc, () => change(room.doc), SERVER_ORIGIN)
      await room.persistence.settle()
    } finally {
      this.released(room)
    }
  }

  /** Reads a document's current state (loading it if needed). */
  async read<T>(docId: DocId, view: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.open(docId)
    try {
      return view(room.doc)
    } finally {
      this.released(room)
    }
  }

  /** Called when a peer left: schedules the unload once nobody is left. */
  released(room: DocRoom): void {
    const entry = this.entries.get(room.docId)
    if (!entry || entry.room !== room || room.peers.size > 0 || this.closing) return
    this.scheduleUnload(entry, room, this.options.idleUnloadMs)
  }

  /** Flushes every document and drops them all (shutdown). */
  async closeAll(): Promise<void> {
    this.closing = true
    const rooms = await Promise.allSettled([...this.entries.values()].map((e) => e.loading))
    await Promise.all(
      rooms.map(async (r) => {
        if (r.status !== 'fulfilled') return
        const room = r.value
        const entry = this.entries.get(room.docId)
        if (entry?.unloadTimer) clearTimeout(entry.unloadTimer)
        if (entry?.unloading) await entry.unloading
        room.flushFanout()
        for (const o of this.observers) await o.beforeUnload(room)
        const ok = await room.persistence.flush()
        if (!ok) this.logger.error('shutdown: document could not be flushed', { docId: room.docId })
        room.destroy()
        this.entries.delete(room.docId)
      }),
    )
  }

  private async load(docId: DocId): Promise<DocRoom> {
    const started = performance.now()
    const stored = await this.store.load(docId)
    const room = new DocRoom(docId, this.store, this.logger, this.options, () => {
      this.meta.touchDoc(docId).catch((e: unknown) => this.logger.warn('doc index update failed', { docId, error: toError(e).message }))
    })
    try {
      room.applyStored(stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates)
    } catch (e) {
      room.destroy()
      throw e
    }
    for (const o of this.observers) o.loaded(room)
    this.logger.debug('document loaded', { docId, ms: Math.round(performance.now() - started), records: stored.updates.length })
    return room
  }

  private cancelUnload(entry: Entry): void {
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer)
    entry.unloadTimer = null
  }

  private scheduleUnload(entry: Entry, room: DocRoom, delay: number): void {
    this.cancelUnload(entry)
    entry.unloadTimer = setTimeout(() => {
      entry.unloadTimer = null
      entry.unloading = this.unload(entry, room).finally(() => {
        entry.unloading = null
      })
    }, delay)
  }

  private async unload(entry: Entry, room: DocRoom): Promise<void> {
    if (room.peers.size > 0 || this.closing) return
    const opens = entry.opens
    for (const o of this.observers) await o.beforeUnload(room)
    const ok = await room.persistence.flush()
    // A client may have come back while the flush ran: then the room stays.
    if (entry.opens !== opens || room.peers.size > 0 || this.entries.get(room.docId) !== entry || this.closing) return
    if (!ok) {
      // Storage failed: keep the document in memory and try again later.
      this.scheduleUnload(entry, room, Math.max(this.options.idleUnloadMs, 1_000))
      return
    }
    this.entries.delete(room.docId)
    room.destroy()
    this.logger.debug('document unloaded', { docId: room.docId })
  }
}
