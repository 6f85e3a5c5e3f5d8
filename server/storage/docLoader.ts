/**
 * Reads one document's files and repairs what a crash can leave behind:
 * logs already folded into the snapshot are removed, a half-written snapshot
 * temp file is removed, a torn log tail is logged and truncated (so new records
 * never follow garbage). The caller guarantees nothing writes the folder meanwhile.
 */
import { readdir, readFile, rm, truncate } from 'node:fs/promises'
import path from 'node:path'
import type { DocId } from '../../shared/docId.js'
import { toError, type Logger } from '../log.js'
import { isErrno } from './fsDurable.js'
import { logFileName, parseLogFileName, SNAPSHOT_FILE, SNAPSHOT_TMP_FILE } from './docLayout.js'
import { decodeAttributed, parseLog, RecordKind } from './logRecords.js'
import { decodeSnapshot } from './snapshotFile.js'
import type { StoredDoc } from './types.js'

/** What loading found: the content, and where appends continue. */
export interface LoadedDoc {
  stored: StoredDoc
  /** Generation new appends go to (the newest log, or the snapshot's covered generation). */
  gen: number
  /** Readable length of that generation's log file (0 when it does not exist). */
  size: number
  /** Records and bytes in the logs since the snapshot. */
  records: number
  bytes: number
}

/** Loads and repairs the files in `dir` (one document's folder). */
export async function loadDocFiles(dir: string, docId: DocId, logger: Logger): Promise<LoadedDoc> {
  const entries = await readdirOrEmpty(dir)
  let snapshot: StoredDoc['snapshot'] = null
  let coveredGen = 0
  if (entries.includes(SNAPSHOT_FILE)) {
    const file = path.join(dir, SNAPSHOT_FILE)
    const decoded = decodeSnapshot(file, await readFile(file))
    snapshot = decoded.state
    coveredGen = decoded.coveredGen
  }
  if (entries.includes(SNAPSHOT_TMP_FILE)) {
    // A compaction crashed before its rename: the old snapshot and the logs are still authoritative.
    await removeBestEffort(path.join(dir, SNAPSHOT_TMP_FILE), docId, logger)
  }

  const gens = entries
    .map(parseLogFileName)
    .filter((gen): gen is number => gen !== null)
    .sort((a, b) => a - b)
  const updates: Uint8Array[] = []
  let records = 0
  let bytes = 0
  let gen = coveredGen
  let size = 0
  for (const g of gens) {
    const file = path.join(dir, logFileName(g))
    if (g < coveredGen) {
      // Left by a compaction that crashed after its snapshot was durable but before cleanup.
      logger.info('removing log already covered by the snapshot', { docId, file, coveredGen })
      await removeBestEffort(file, docId, logger)
      continue
    }
    const parsed = parseLog(await readFile(file))
    if (parsed.torn) {
      logger.warn('dropping torn tail of document log', {
        docId,
        file,
        offset: parsed.torn.offset,
        bytesDropped: parsed.torn.bytesDropped,
        reason: parsed.torn.reason,
      })
      await truncate(file, parsed.validBytes)
    }
    for (const record of parsed.records) {
      if (record.kind === RecordKind.yjsUpdate) updates.push(record.payload)
      else if (record.kind === RecordKind.attributedUpdate) updates.push(decodeAttributed(record.payload).update)
      else logger.debug('skipping log record of unknown kind', { docId, file, offset: record.offset, kind: record.kind })
    }
    records += parsed.records.length
    bytes += parsed.validBytes
    gen = g
    size = parsed.validBytes
  }
  return { stored: { snapshot, updates }, gen, size, records, bytes }
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir)
  } catch (e) {
    if (isErrno(e, 'ENOENT')) return []
    throw e
  }
}

/** Cleanup that may fail without harm: the file is ignored on every load anyway. */
async function removeBestEffort(file: string, docId: DocId, logger: Logger): Promise<void> {
  try {
    await rm(file, { force: true })
  } catch (e) {
    logger.warn('could not remove stale file', { docId, file, error: toError(e).message })
  }
}
