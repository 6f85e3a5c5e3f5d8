/**
 * Keeps one loaded document durable: appends every update to the DocStore
 * (group-committed, fsynced), folds the log into a snapshot past a threshold,
 * and — when the store fails — keeps the document in memory and retries by
 * writing a full snapshot until one succeeds.
 */
import * as Y from 'yjs'
import type { DocId } from '../../shared/docId.js'
import { toError, type Logger } from '../log.js'
import type { DocStore } from '../storage/types.js'
import type { Attribution } from '../storage/logRecords.js'

export interface PersistenceOptions {
  compactRecords: number
  compactBytes: number
  /** First retry delay after a failed write (doubles up to 30 s). */
  retryMs?: number
}

/** Who wants to hear what is on disk (the saved-on-server acknowledgement). */
export interface SavedListener {
  /** Whether anyone listens now; state vectors are only computed then. */
  wanted(): boolean
  /** The state vector of everything now durably stored. */
  saved(stateVector: Uint8Array): void
}

export class DocPersistence {
  private readonly inFlight = new Set<Promise<void>>()
  private compacting: Promise<boolean> | null = null
  /** True while some update may be only in memory because a write failed. */
  private failed = false
  private retryTimer: NodeJS.Timeout | null = null
  private retryDelay: number
  private closed = false

  constructor(
    private readonly docId: DocId,
    private readonly doc: Y.Doc,
    private readonly store: DocStore,
    private readonly logger: Logger,
    private readonly options: PersistenceOptions,
    private readonly listener: SavedListener = { wanted: () => false, saved: () => {} },
  ) {
    this.retryDelay = options.retryMs ?? 250
  }

  /** True when everything the document holds is (or is being) written. */
  get healthy(): boolean {
    return !this.failed
  }

  /** True when no write is in flight and none has failed: the document in memory is on disk. */
  get idle(): boolean {
    return this.inFlight.size === 0 && !this.failed
  }

  /** Appends one update (with who sent it, when known); never throws (failures switch to snapshot retries). */
  append(update: Uint8Array, attribution?: Attribution): void {
    // Appends become durable in call order, so the state vector taken now (the
    // doc already holds this update) is exactly what is on disk once it resolves.
    const stateVector = this.listener.wanted() ? Y.encodeStateVector(this.doc) : null
    const write = this.store.append(this.docId, update, attribution).then(
      () => {
        if (stateVector && !this.failed) this.listener.saved(stateVector)
        this.maybeCompact()
      },
      (e: unknown) => this.fail('append failed', e),
    )
    this.inFlight.add(write)
    void write.finally(() => this.inFlight.delete(write))
  }

  /** Waits until every append called so far has settled. */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  /**
   * Writes everything to storage and folds the log into a snapshot.
   * Resolves true when the document is fully durable, false when storage failed.
   */
  async flush(): Promise<boolean> {
    await this.settle()
    const { records } = this.store.logStats(this.docId)
    if (records === 0 && !this.failed) return true
    return this.compact()
  }

  /** Stops retry timers; the caller flushes first when it wants the data kept. */
  close(): void {
    this.closed = true
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
  }

  private maybeCompact(): void {
    if (this.compacting || this.closed) return
    const { records, bytes } = this.store.logStats(this.docId)
    if (records < this.options.compactRecords && bytes < this.options.compactBytes) return
    void this.compact()
  }

  /** One compaction at a time; the state is taken when the compaction starts. */
  private compact(): Promise<boolean> {
    const previous = this.compacting ?? Promise.resolve(true)
    const run = previous.then(async () => {
      const state = Y.encodeStateAsUpdate(this.doc)
      const stateVector = this.listener.wanted() ? Y.encodeStateVector(this.doc) : null
      try {
        await this.store.compact(this.docId, state)
        if (stateVector) this.listener.saved(stateVector)
        if (this.failed) this.logger.info('storage recovered', { docId: this.docId })
        this.failed = false
        this.retryDelay = this.options.retryMs ?? 250
        return true
      } catch (e) {
        this.fail('compaction failed', e)
        return false
      }
    })
    const tracked = run.finally(() => {
      if (this.compacting === tracked) this.compacting = null
    })
    this.compacting = tracked
    return run
  }

  private fail(what: string, e: unknown): void {
    this.failed = true
    this.logger.error(`storage: ${what}; the document stays in memory and will be retried`, {
      docId: this.docId,
      error: toError(e).message,
    })
    if (this.retryTimer || this.closed) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.retryDelay = Math.min(this.retryDelay * 2, 30_000)
      void this.compact()
    }, this.retryDelay)
  }
}
