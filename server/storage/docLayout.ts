/**
 * Where a document's files live: `<root>/<kind>/<id>/snapshot.bin` and
 * `<root>/<kind>/<id>/log-<gen>.bin`, gen zero-padded so names sort by generation.
 */
import path from 'node:path'
import { parseDocId, type DocId } from '../../shared/docId.js'

export const SNAPSHOT_FILE = 'snapshot.bin'
/** Temporary name a snapshot is written under before it is renamed over `snapshot.bin`. */
export const SNAPSHOT_TMP_FILE = 'snapshot.bin.tmp'
/** Generations are stored as u32 in the snapshot header and padded to 10 digits in names. */
export const MAX_GENERATION = 0xffff_ffff

const LOG_FILE_PATTERN = /^log-(\d{10})\.bin$/

/** The folder holding one document's files; throws on an invalid document id. */
export function docDir(root: string, docId: DocId): string {
  const parsed = parseDocId(docId)
  if (!parsed) throw new Error(`invalid document id: ${JSON.stringify(docId)}`)
  return path.join(root, parsed.kind, parsed.id)
}

/** File name of the log of generation `gen`. */
export function logFileName(gen: number): string {
  return `log-${String(gen).padStart(10, '0')}.bin`
}

/** The generation a log file name stands for, or null when it is not a log file. */
export function parseLogFileName(name: string): number | null {
  const match = LOG_FILE_PATTERN.exec(name)
  if (!match) return null
  const gen = Number(match[1])
  return gen <= MAX_GENERATION ? gen : null
}

/** True when a folder's entries show a stored document (a snapshot or a log). */
export function holdsDocument(entries: readonly string[]): boolean {
  return entries.some((name) => name === SNAPSHOT_FILE || parseLogFileName(name) !== null)
}
