/**
 * Version history of documents. The server takes a version by itself after a
 * stretch of activity (once the document has been quiet for `quietMs`, or
 * every `maxIntervalMs` while edits never pause) and when a changed document
 * unloads; people take named ones («Подано в ФПГ 15.03»). Restoring a version
 * is a new change computed against today's state (see `revertTo`), never a
 * rewind: concurrent edits survive, and the state before it is kept as a
 * version of its own, so a restore can itself be undone.
 */
import * as Y from 'yjs'
import { newId, type DocId } from '../../shared/docId.js'
import type { VersionKind, VersionMeta } from '../../shared/versions.js'
import { AppError, ErrorCode } from '../errors.js'
import { toError, type Logger } from '../log.js'
import type { StoredVersion, VersionStore } from '../storage/types.js'
import { SERVER_ORIGIN, type DocManager, type RoomObserver } from './docManager.js'
import type { Author, Authored, DocRoom } from './docRoom.js'
import { revertTo } from './revert.js'

export interface HistoryOptions {
  /** Quiet time after the last change before an automatic version. */
  quietMs: number
  /** Longest time between automatic versions while edits continue. */
  maxIntervalMs: number
}

/** Time-sortable version id: milliseconds in base 36, then a random part. */
function versionId(now: Date): string {
  return `${now.getTime().toString(36).padStart(9, '0')}-${newId()}`
}

interface Timer {
  handle: NodeJS.Timeout | null
  /** When the first change of this stretch arrived. */
  since: number
  /** When the latest change arrived. */
  last: number
}

export class DocHistory implements RoomObserver {
  private readonly timers = new Map<DocRoom, Timer>()
  private readonly logger: Logger

  constructor(
    private readonly docs: DocManager,
    private readonly versions: VersionStore,
    logger: Logger,
    private readonly options: HistoryOptions,
  ) {
    this.logger = logger.child({ component: 'history' })
    docs.observe(this)
  }

  /** Every version of a document, newest first. */
  async list(docId: DocId): Promise<VersionMeta[]> {
    return (await this.versions.list(docId)).reverse()
  }

  /** One version with its state; 404 when there is none. */
  async get(docId: DocId, id: string): Promise<StoredVersion> {
    const version = await this.versions.load(docId, id)
    if (!version) throw new AppError(ErrorCode.notFound, 'version not found')
    return version
  }

  /** Takes a named version of the document as it is now. */
  async createNamed(docId: DocId, name: string): Promise<VersionMeta> {
    return this.docs.use(docId, (room) => this.take(room, 'named', { name }))
  }

  /**
   * Turns the document back into version `id` with a new change that everyone
   * connected sees live. Returns the version holding the state before it.
   */
  async restore(docId: DocId, id: string, author?: Author): Promise<VersionMeta> {
    const target = await this.get(docId, id)
    return this.docs.use(docId, async (room) => {
      const before = await this.take(room, 'beforeRestore', { restoredFrom: id })
      const change = revertTo(room.doc, target.state)
      if (change) Y.applyUpdate(room.doc, change, author ? ({ author } satisfies Authored) : SERVER_ORIGIN)
      await room.persistence.settle()
      this.logger.info('version restored', { docId, versionId: id, bytes: change?.length ?? 0 })
      return before
    })
  }

  loaded(room: DocRoom): void {
    room.onChange = () => this.schedule(room)
  }

  async beforeUnload(room: DocRoom): Promise<void> {
    this.cancel(room)
    if (!room.changedSinceVersion) return
    try {
      await this.take(room, 'auto')
    } catch (e) {
      // The document itself is flushed next; only this version is missing.
      this.logger.error('automatic version failed', { docId: room.docId, error: toError(e).message })
    }
  }

  /**
   * Called on every change (the sync hot path): notes the time, and arms one
   * timer only when none is waiting. The timer re-arms itself until the
   * document has been quiet for `quietMs` or `maxIntervalMs` has passed.
   */
  private schedule(room: DocRoom): void {
    const now = Date.now()
    const timer = this.timers.get(room)
    if (timer) {
      timer.last = now
      return
    }
    const stretch: Timer = { handle: null, since: now, last: now }
    this.timers.set(room, stretch)
    this.arm(room, stretch)
  }

  private arm(room: DocRoom, stretch: Timer): void {
    const due = Math.min(stretch.last + this.options.quietMs, stretch.since + this.options.maxIntervalMs)
    const handle = setTimeout(() => {
      if (Date.now() < Math.min(stretch.last + this.options.quietMs, stretch.since + this.options.maxIntervalMs)) {
        this.arm(room, stretch)
        return
      }
      this.timers.delete(room)
      if (!room.changedSinceVersion) return
      this.take(room, 'auto').catch((e: unknown) => this.logger.error('automatic version failed', { docId: room.docId, error: toError(e).message }))
    }, Math.max(0, due - Date.now()))
    handle.unref()
    stretch.handle = handle
  }

  private cancel(room: DocRoom): void {
    const timer = this.timers.get(room)
    if (timer?.handle) clearTimeout(timer.handle)
    this.timers.delete(room)
  }

  private async take(room: DocRoom, kind: VersionKind, extra: { name?: string; restoredFrom?: string } = {}): Promise<VersionMeta> {
    if (kind !== 'auto') this.cancel(room)
    const now = new Date()
    const state = Y.encodeStateAsUpdate(room.doc)
    const taken = room.takeVersionState()
    const meta: VersionMeta = {
      id: versionId(now),
      createdAt: now.toISOString(),
      kind,
      name: extra.name ?? null,
      authors: taken.authors,
      bytes: state.length,
      ...(extra.restoredFrom ? { restoredFrom: extra.restoredFrom } : {}),
    }
    try {
      await this.versions.save(room.docId, meta, state)
    } catch (e) {
      room.returnVersionState(taken)
      throw e
    }
    this.logger.debug('version taken', { docId: room.docId, versionId: meta.id, kind, bytes: state.length })
    return meta
  }
}
