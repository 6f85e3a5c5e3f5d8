/** File-system helpers for writes that must survive a crash (fsync of files and directories). */
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'

/** True when `e` is a Node system error with the given code (ENOENT, EEXIST, …). */
export function isErrno(e: unknown, code: string): boolean {
  return e instanceof Error && 'code' in e && e.code === code
}

/** Fsyncs a directory, making entries created, renamed or removed in it durable. */
export async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r')
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/** Fsyncs a file already written (e.g. by another library) and its directory entry. */
export async function fsyncFileAndDir(file: string): Promise<void> {
  const fh = await open(file, 'r')
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
  await fsyncDir(path.dirname(file))
}

/** Creates `dir` (and parents) and, when something was created, makes the new entries durable. */
export async function ensureDirDurable(dir: string): Promise<void> {
  const created = await mkdir(dir, { recursive: true })
  if (created === undefined) return
  // Each new directory's entry lives in its parent: fsync from dir's parent up to created's parent.
  const top = path.dirname(created)
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    await fsyncDir(d)
    if (d === top || d === path.dirname(d)) break
  }
  await fsyncDir(dir)
}

/** Writes all of `data` at `position`, looping over short writes. */
export async function writeFully(fh: FileHandle, data: Uint8Array, position: number): Promise<void> {
  let done = 0
  while (done < data.length) {
    const { bytesWritten } = await fh.write(data, done, data.length - done, position + done)
    if (bytesWritten <= 0) throw new Error(`write made no progress at offset ${position + done}`)
    done += bytesWritten
  }
}

/**
 * Replaces `file` atomically and durably: write `tmpFile`, fsync it, rename it
 * over `file`, fsync the directory. A crash leaves either the old or the new file.
 */
export async function replaceFileDurable(file: string, tmpFile: string, data: Uint8Array): Promise<void> {
  try {
    const fh = await open(tmpFile, 'w')
    try {
      await writeFully(fh, data, 0)
      await fh.sync()
    } finally {
      await fh.close()
    }
    await rename(tmpFile, file)
  } catch (e) {
    await rm(tmpFile, { force: true }).catch(() => undefined)
    throw e
  }
  await fsyncDir(path.dirname(file))
}
