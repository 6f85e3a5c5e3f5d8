/**
 * The embedded document store: per document a snapshot plus append-only,
 * checksummed, group-committed update logs in `<dir>/<kind>/<id>/`.
 * One instance per folder per process (it assumes it is the only writer).
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { DOC_KINDS, docId as makeDocId, ID_PATTERN, type DocId } from '../../shared/docId.js'
import type { Logger } from '../log.js'
import { docDir, holdsDocument } from './docLayout.js'
import { DocLog, type StoreCounters } from './docLog.js'
import { isErrno } from './fsDurable.js'
import type { Attribution } from './logRecords.js'
import type { DocStore, StoredDoc } from './types.js'

export interface FileDocStoreOptions {
  /** Folder of the documents (`DATA_DIR/docs`); created on first write. */
  dir: string
  logger: Logger
  /** Close a document's log file after this long without writes (default 30 s). */
  idleCloseMs?: number
  /** Shortest time between two fsyncs of one document's log (see `DocLogOptions.commitWindowMs`). */
  commitWindowMs?: number
}

/** Counters for tests, health and benchmarks. */
export interface FileDocStoreStats extends StoreCounters {
  /** Documents touched since the store opened. */
  docs: number
}

const DEFAULT_IDLE_CLOSE_MS = 30_000

/** `DocStore` on the local file system (the embedded default). */
export class FileDocStore implements DocStore {
  private readonly dir: string
  private readonly logger: Logger
  private readonly idleCloseMs: number
  private readonly commitWindowMs: number
  private readonly docs = new Map<DocId, DocLog>()
  private readonly counters: StoreCounters = { fsyncs: 0, appends: 0, compactions: 0 }
  private closing: Promise<void> | null = null

  constructor(options: FileDocStoreOptions) {
    this.dir = options.dir
    this.logger = options.logger.child({ component: 'docStore' })
    this.idleCloseMs = options.idleCloseMs ?? DEFAULT_IDLE_CLOSE_MS
    this.commitWindowMs = options.commitWindowMs ?? 0
  }

  /** Loads a document's snapshot and later updates; throws `StorageCorruptionError` on a bad snapshot. */
  async load(docId: DocId): Promise<StoredDoc> {
    return this.docLog(docId).load()
  }

  /** Appends one update; resolves once it is fsynced (group-committed). */
  async append(docId: DocId, update: Uint8Array, attribution?: Attribution): Promise<void> {
    return this.docLog(docId).append(update, attribution)
  }

  /** Replaces the snapshot with `state`, folding every append called before this call. */
  async compact(docId: DocId, state: Uint8Array): Promise<void> {
    return this.docLog(docId).compact(state)
  }

  /** Every document with a snapshot or a log on disk; other folder entries are ignored. */
  async list(): Promise<DocId[]> {
    const found: DocId[] = []
    for (const kind of DOC_KINDS) {
      const kindDir = path.join(this.dir, kind)
      for (const entry of await readdirOrEmpty(kindDir)) {
        if (!entry.isDirectory() || !ID_PATTERN.test(entry.name)) continue
        const files = await readdirOrEmpty(path.join(kindDir, entry.name))
        if (holdsDocument(files.map((file) => file.name))) found.push(makeDocId(kind, entry.name))
      }
    }
    return found.sort()
  }

  /** Log size since the last compaction; zero for a document not loaded or written yet. */
  logStats(docId: DocId): { records: number; bytes: number } {
    return this.docs.get(docId)?.logStats() ?? { records: 0, bytes: 0 }
  }

  /** Waits for every pending write and compaction, then closes all files; later calls reject. */
  close(): Promise<void> {
    this.closing ??= Promise.all([...this.docs.values()].map((log) => log.close())).then(() => undefined)
    return this.closing
  }

  /** Counters since the store opened (fsyncs counts group-commit batches). */
  stats(): FileDocStoreStats {
    return { ...this.counters, docs: this.docs.size }
  }

  private docLog(docId: DocId): DocLog {
    if (this.closing) throw new Error(`document store is closed (${docId})`)
    let log = this.docs.get(docId)
    if (!log) {
      log = new DocLog({
        dir: docDir(this.dir, docId),
        docId,
        logger: this.logger,
        counters: this.counters,
        idleCloseMs: this.idleCloseMs,
        commitWindowMs: this.commitWindowMs,
      })
      this.docs.set(docId, log)
    }
    return log
  }
}

async function readdirOrEmpty(dir: string): Promise<import('node:fs').Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true })
  } catch (e) {
    if (isErrno(e, 'ENOENT') || isErrno(e, 'ENOTDIR')) return []
    throw e
  }
}
