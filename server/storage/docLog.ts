/**
 * One document's writer: an ordered queue served by a single loop.
 *
 * Appends are group-committed: the loop takes every append queued so far,
 * writes them in one `write`, runs one `fdatasync` and then resolves them all.
 * Batches start at most once per commit window, so a steady stream of small
 * updates shares fsyncs instead of paying one each.
 * Loads and compaction rotations are queue items too, so they see every append
 * called before them and nothing called after. A compaction's snapshot write
 * runs beside the loop (appends to the new generation continue meanwhile) and
 * compactions of one document are chained, never concurrent.
 */
import { constants } from 'node:fs'
import { open, readdir, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as startTimer } from 'node:timers'
import type { DocId } from '../../shared/docId.js'
import { toError, type Logger } from '../log.js'
import { logFileName, MAX_GENERATION, parseLogFileName, SNAPSHOT_FILE, SNAPSHOT_TMP_FILE } from './docLayout.js'
import { loadDocFiles, type LoadedDoc } from './docLoader.js'
import { ensureDirDurable, fsyncDir, isErrno, replaceFileDurable, writeFully } from './fsDurable.js'
import { encodeAttributed, encodeRecord, RecordKind, type Attribution } from './logRecords.js'
import { encodeSnapshot } from './snapshotFile.js'
import type { StoredDoc } from './types.js'

/** Counters shared by all documents of one store (owned and reported by the store). */
export interface StoreCounters {
  fsyncs: number
  appends: number
  compactions: number
}

export interface DocLogOptions {
  /** The document's folder. */
  dir: string
  docId: DocId
  logger: Logger
  counters: StoreCounters
  /** Idle time after which the log file is closed (it reopens on the next append). */
  idleCloseMs: number
  /**
   * Shortest time between two fdatasyncs of this log (0: sync each batch at
   * once). Appends arriving within the window join the next batch, so a steady
   * stream costs one fsync per window instead of one per update.
   */
  commitWindowMs: number
}

interface PendingAppend {
  type: 'append'
  record: Buffer
  resolve: () => void
  reject: (error: Error) => void
}

interface PendingTask {
  type: 'task'
  /** Settles its own caller's promise; never rejects. */
  run: () => Promise<void>
}

type QueueItem = PendingAppend | PendingTask

/** Where appends go: a generation and the durable length of its log file. */
interface WritePosition {
  gen: number
  size: number
}

/** The append queue, log file and compaction chain of one document. */
export class DocLog {
  private readonly queue: QueueItem[] = []
  private running = false
  private position: WritePosition | null = null
  private file: FileHandle | null = null
  private counts = { records: 0, bytes: 0 }
  /** Snapshot writes of compactions already rotated, chained; never rejects. */
  private filePhase: Promise<void> = Promise.resolve()
  private idleTimer: ReturnType<typeof startTimer> | null = null
  private closing: Promise<void> | null = null
  /** When the last batch's write started (performance.now()), for the commit window. */
  private lastCommitAt = Number.NEGATIVE_INFINITY

  constructor(private readonly options: DocLogOptions) {}

  /** Queues one update (with who sent it, when known); resolves once it is fsynced. */
  append(update: Uint8Array, attribution?: Attribution): Promise<void> {
    if (this.closing) return Promise.reject(new Error(`document store is closed (${this.options.docId})`))
    // Encoded now, so a caller reusing its buffer cannot change what gets written.
    const record = attribution ? encodeRecord(RecordKind.attributedUpdate, encodeAttributed(update, attribution)) : encodeRecord(RecordKind.yjsUpdate, update)
    return new Promise((resolve, reject) => this.enqueue({ type: 'append', record, resolve, reject }))
  }

  /** Reads everything stored, after every append called before it has been written. */
  load(): Promise<StoredDoc> {
    return this.exclusive(async () => {
      // A compaction rotated earlier may still be writing its snapshot or removing logs.
      await this.filePhase
      await this.closeFile()
      const loaded = await loadDocFiles(this.options.dir, this.options.docId, this.options.logger)
      this.adopt(loaded)
      return loaded.stored
    })
  }

  /** Folds every append called before now into a snapshot of `state`; see `DocStore.compact`. */
  async compact(state: Uint8Array): Promise<void> {
    const payload = state.slice()
    const rotated = await this.exclusive(async () => {
      const position = await this.ensurePosition()
      if (position.gen >= MAX_GENERATION) throw new Error(`log generation overflow for ${this.options.docId}`)
      await this.closeFile()
      const coveredGen = position.gen + 1
      this.position = { gen: coveredGen, size: 0 }
      const folded = this.counts
      this.counts = { records: 0, bytes: 0 }
      const phase = this.filePhase.then(() => this.writeSnapshot(coveredGen, payload))
      this.filePhase = phase.catch(() => undefined)
      // On failure the folded logs stay authoritative, so they count again.
      phase.catch(() => {
        this.counts.records += folded.records
        this.counts.bytes += folded.bytes
      })
      // Wrapped so the queue does not wait for the snapshot write.
      return { phase }
    })
    await rotated.phase
  }

  /** Records and bytes logged since the last compaction. */
  logStats(): { records: number; bytes: number } {
    return { ...this.counts }
  }

  /** Rejects later calls, waits for queued work and compactions, then closes the file. */
  close(): Promise<void> {
    this.closing ??= this.runTask(async () => {
      await this.filePhase
      await this.closeFile()
    })
    return this.closing
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new Error(`document store is closed (${this.options.docId})`))
    return this.runTask(fn)
  }

  private runTask<T>(fn: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = async (): Promise<void> => {
        try {
          resolve(await fn())
        } catch (e) {
          reject(toError(e))
        }
      }
      this.enqueue({ type: 'task', run })
    })
  }

  private enqueue(item: QueueItem): void {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer)
      this.idleTimer = null
    }
    this.queue.push(item)
    if (!this.running) void this.drain()
  }

  private async drain(): Promise<void> {
    this.running = true
    while (this.queue.length > 0) {
      const head = this.queue[0]
      if (head?.type === 'task') {
        this.queue.shift()
        await head.run()
        continue
      }
      const wait = this.lastCommitAt + this.options.commitWindowMs - performance.now()
      if (wait > 0 && !this.closing) {
        // Let the appends of the next few milliseconds share this batch's fsync.
        await new Promise((resolve) => startTimer(resolve, wait))
      }
      this.lastCommitAt = performance.now()
      let count = 0
      while (this.queue[count]?.type === 'append') count++
      const batch = this.queue.splice(0, count).filter((item): item is PendingAppend => item.type === 'append')
      await this.writeBatch(batch)
    }
    this.running = false
    this.armIdleTimer()
  }

  private async writeBatch(batch: PendingAppend[]): Promise<void> {
    try {
      const data = batch.length === 1 && batch[0] ? batch[0].record : Buffer.concat(batch.map((item) => item.record))
      const { file, position } = await this.openFile()
      await writeFully(file, data, position.size)
      await file.datasync()
      this.options.counters.fsyncs++
      this.options.counters.appends += batch.length
      position.size += data.length
      this.counts.records += batch.length
      this.counts.bytes += data.length
      for (const item of batch) item.resolve()
    } catch (e) {
      const error = toError(e)
      this.options.logger.error('document log write failed', {
        docId: this.options.docId,
        records: batch.length,
        error: error.message,
      })
      // The next batch reopens the file and cuts it back to its last durable length.
      await this.closeFile()
      for (const item of batch) item.reject(error)
    }
  }

  /** The open log file of the current generation, created (durably) if needed. */
  private async openFile(): Promise<{ file: FileHandle; position: WritePosition }> {
    const position = await this.ensurePosition()
    if (this.file) return { file: this.file, position }
    const { dir, docId, logger } = this.options
    await ensureDirDurable(dir)
    const name = path.join(dir, logFileName(position.gen))
    let file: FileHandle
    let created = true
    try {
      file = await open(name, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL)
    } catch (e) {
      if (!isErrno(e, 'EEXIST')) throw e
      created = false
      file = await open(name, constants.O_WRONLY)
    }
    try {
      if (created) {
        await fsyncDir(dir)
      } else {
        const { size } = await file.stat()
        // Longer: a failed write left bytes that were never acknowledged. Shorter: someone cut the file.
        if (size > position.size) await file.truncate(position.size)
        if (size < position.size) {
          logger.warn('document log is shorter than written', { docId, file: name, expected: position.size, size })
          position.size = size
        }
      }
    } catch (e) {
      await file.close().catch(() => undefined)
      throw e
    }
    this.file = file
    return { file, position }
  }

  private async ensurePosition(): Promise<WritePosition> {
    if (this.position) return this.position
    // First touch without a load: the folder decides where appends continue.
    const loaded = await loadDocFiles(this.options.dir, this.options.docId, this.options.logger)
    return this.adopt(loaded)
  }

  private adopt(loaded: LoadedDoc): WritePosition {
    this.position = { gen: loaded.gen, size: loaded.size }
    this.counts = { records: loaded.records, bytes: loaded.bytes }
    return this.position
  }

  private async writeSnapshot(coveredGen: number, state: Uint8Array): Promise<void> {
    const { dir, docId, logger } = this.options
    try {
      await ensureDirDurable(dir)
      const bytes = encodeSnapshot({ coveredGen, state })
      await replaceFileDurable(path.join(dir, SNAPSHOT_FILE), path.join(dir, SNAPSHOT_TMP_FILE), bytes)
    } catch (e) {
      const error = toError(e)
      logger.error('document compaction failed', { docId, coveredGen, error: error.message })
      throw error
    }
    this.options.counters.compactions++
    // The snapshot is durable: older logs are now redundant. Failing to remove them is harmless.
    try {
      for (const name of await readdir(dir)) {
        const gen = parseLogFileName(name)
        if (gen !== null && gen < coveredGen) await rm(path.join(dir, name), { force: true })
      }
    } catch (e) {
      logger.warn('could not remove compacted logs', { docId, coveredGen, error: toError(e).message })
    }
  }

  private async closeFile(): Promise<void> {
    const file = this.file
    this.file = null
    // Everything written was already fdatasync'ed, so a failing close loses nothing.
    await file?.close().catch(() => undefined)
  }

  private armIdleTimer(): void {
    if (!this.file || this.closing) return
    const timer = startTimer(() => {
      this.idleTimer = null
      if (!this.closing) void this.runTask(() => this.closeFile())
    }, this.options.idleCloseMs)
    timer.unref()
    this.idleTimer = timer
  }
}
