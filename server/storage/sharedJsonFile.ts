/**
 * A lowdb JSON file that two processes may change: the running server and the
 * admin tool. Every change runs under a lock file (created with O_EXCL, taken
 * over when its owner is gone or it is stale), re-reads the file first when
 * another process wrote it, and is written durably (lowdb's temp file and
 * rename, then fsync). Readers re-read when the file changed, so the server
 * sees the admin tool's changes without a restart.
 */
import { constants } from 'node:fs'
import { open, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import type { z } from 'zod'
import { toError } from '../log.js'
import { ensureDirDurable, fsyncFileAndDir, isErrno } from './fsDurable.js'

/** A lock older than this is taken over even if its owner looks alive (a crashed tool on another host). */
const STALE_LOCK_MS = 30_000
const LOCK_WAIT_MS = 10_000

export class SharedJsonFileError extends Error {
  constructor(file: string, detail: string) {
    super(`${file} is unreadable: ${detail}`)
    this.name = 'SharedJsonFileError'
  }
}

export class SharedJsonFile<S extends z.ZodType<object>> {
  private readonly db: Low<z.infer<S>>
  private readonly lockFile: string
  /** The file's identity when last read or written by us. */
  private seen = ''
  /** Serialises this process's own changes (the lock file only orders processes). */
  private queue: Promise<unknown> = Promise.resolve()
  /** The check for another process's change in flight. */
  private checking: Promise<void> | null = null
  /** The check after it, shared by every read that arrives meanwhile. */
  private nextCheck: Promise<void> | null = null

  constructor(
    private readonly file: string,
    private readonly schema: S,
    empty: () => z.infer<S>,
  ) {
    this.db = new Low<z.infer<S>>(new JSONFile<z.infer<S>>(file), empty())
    this.lockFile = `${file}.lock`
  }

  /**
   * The current data (re-read when another process changed the file). Treat it
   * as read-only. Every read sees a check that started after it was called, and
   * reads that arrive together share one: a burst of them (every live
   * connection's recheck) costs two `stat`s, not one each.
   */
  async read(): Promise<z.infer<S>> {
    await this.freshCheck()
    return this.db.data
  }

  private freshCheck(): Promise<void> {
    if (this.checking === null) {
      this.checking = this.refresh().finally(() => {
        this.checking = null
      })
      return this.checking
    }
    // The running check may have started before this read: share the one after it.
    this.nextCheck ??= this.checking
      .catch(() => undefined)
      .then(() => {
        this.nextCheck = null
        return this.freshCheck()
      })
    return this.nextCheck
  }

  /** Runs `change` on fresh data under the lock and writes the result durably; resolves with its result. */
  update<T>(change: (data: z.infer<S>) => T): Promise<T> {
    const run = this.queue.then(async () => {
      const release = await this.lock()
      try {
        await this.refresh()
        const result = change(this.db.data)
        this.db.data = this.schema.parse(this.db.data)
        await ensureDirDurable(path.dirname(this.file))
        await this.db.write()
        await fsyncFileAndDir(this.file)
        this.seen = await this.identity()
        return result
      } finally {
        await release()
      }
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private async refresh(): Promise<void> {
    const now = await this.identity()
    if (now === this.seen) return
    if (now === 'missing') {
      this.seen = now
      return
    }
    let raw: unknown
    try {
      raw = JSON.parse(await readFile(this.file, 'utf8'))
    } catch (e) {
      throw new SharedJsonFileError(this.file, toError(e).message)
    }
    const parsed = this.schema.safeParse(raw)
    if (!parsed.success) throw new SharedJsonFileError(this.file, parsed.error.message)
    this.db.data = parsed.data
    this.seen = now
  }

  private async identity(): Promise<string> {
    try {
      const s = await stat(this.file, { bigint: true })
      return `${s.ino}:${s.size}:${s.mtimeNs}`
    } catch (e) {
      if (isErrno(e, 'ENOENT')) return 'missing'
      throw e
    }
  }

  private async lock(): Promise<() => Promise<void>> {
    await ensureDirDurable(path.dirname(this.file))
    const deadline = Date.now() + LOCK_WAIT_MS
    for (;;) {
      try {
        const handle = await open(this.lockFile, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL)
        await handle.writeFile(`${process.pid}\n`)
        await handle.close()
        return () => rm(this.lockFile, { force: true })
      } catch (e) {
        if (!isErrno(e, 'EEXIST')) throw e
      }
      if (await this.lockIsAbandoned()) {
        await rm(this.lockFile, { force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`${this.file} is locked by another process (${this.lockFile})`)
      await delay(15 + Math.random() * 30)
    }
  }

  /** True when the lock's owner process is gone, or the lock is older than any change takes. */
  private async lockIsAbandoned(): Promise<boolean> {
    try {
      const [content, info] = await Promise.all([readFile(this.lockFile, 'utf8'), stat(this.lockFile)])
      if (Date.now() - info.mtimeMs > STALE_LOCK_MS) return true
      const pid = Number(content.trim())
      if (!Number.isInteger(pid) || pid <= 0) return Date.now() - info.mtimeMs > 1_000
      if (pid === process.pid) return false
      try {
        process.kill(pid, 0)
        return false
      } catch (e) {
        return isErrno(e, 'ESRCH')
      }
    } catch (e) {
      // Released meanwhile: try again.
      if (isErrno(e, 'ENOENT')) return false
      throw e
    }
  }
}
