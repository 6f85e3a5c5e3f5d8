/**
 * `VersionStore` in files, beside each document's snapshot and log:
 * `<root>/<kind>/<id>/versions/<versionId>.bin`, each file two checksummed
 * records (the version's description, then its full state), written to a
 * temporary file, fsynced and renamed. Version ids start with the time, so
 * file names sort oldest first. Versions are never removed.
 */
import { open, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { DocId } from '../../shared/docId.js'
import { VERSION_ID_PATTERN, versionMetaSchema, type VersionMeta } from '../../shared/versions.js'
import { toError, type Logger } from '../log.js'
import { docDir } from './docLayout.js'
import { ensureDirDurable, isErrno, replaceFileDurable } from './fsDurable.js'
import { encodeRecord, parseLog, RECORD_HEADER_BYTES, RecordKind } from './logRecords.js'
import type { StoredVersion, VersionStore } from './types.js'

const VERSIONS_DIR = 'versions'
const SUFFIX = '.bin'

export class FileVersionStore implements VersionStore {
  private readonly logger: Logger

  constructor(
    private readonly root: string,
    logger: Logger,
  ) {
    this.logger = logger.child({ component: 'versionStore' })
  }

  async save(docId: DocId, meta: VersionMeta, state: Uint8Array): Promise<void> {
    const parsed = versionMetaSchema.parse(meta)
    const dir = this.dir(docId)
    await ensureDirDurable(dir)
    const bytes = Buffer.concat([
      encodeRecord(RecordKind.versionMeta, Buffer.from(JSON.stringify(parsed), 'utf8')),
      encodeRecord(RecordKind.versionState, state),
    ])
    await replaceFileDurable(this.file(docId, parsed.id), path.join(dir, `${parsed.id}${SUFFIX}.tmp`), bytes)
  }

  async list(docId: DocId): Promise<VersionMeta[]> {
    let names: string[]
    try {
      names = await readdir(this.dir(docId))
    } catch (e) {
      if (isErrno(e, 'ENOENT')) return []
      throw e
    }
    const ids = names.filter((n) => n.endsWith(SUFFIX)).map((n) => n.slice(0, -SUFFIX.length)).filter((id) => VERSION_ID_PATTERN.test(id))
    ids.sort()
    const out: VersionMeta[] = []
    for (const id of ids) {
      const meta = await this.readMeta(docId, id)
      if (meta) out.push(meta)
    }
    return out
  }

  async load(docId: DocId, versionId: string): Promise<StoredVersion | null> {
    if (!VERSION_ID_PATTERN.test(versionId)) return null
    let data: Buffer
    try {
      data = await readFile(this.file(docId, versionId))
    } catch (e) {
      if (isErrno(e, 'ENOENT')) return null
      throw e
    }
    const { records, torn } = parseLog(data)
    const meta = records[0]?.kind === RecordKind.versionMeta ? this.parseMeta(docId, versionId, records[0].payload) : null
    const state = records[1]?.kind === RecordKind.versionState ? records[1].payload : null
    if (!meta || !state || torn) {
      this.logger.warn('unreadable version skipped', { docId, versionId })
      return null
    }
    return { meta, state: new Uint8Array(state) }
  }

  /** Reads only a version file's first record (the description), not its state. */
  private async readMeta(docId: DocId, versionId: string): Promise<VersionMeta | null> {
    const file = await open(this.file(docId, versionId), 'r')
    try {
      const header = Buffer.alloc(RECORD_HEADER_BYTES)
      const { bytesRead } = await file.read(header, 0, RECORD_HEADER_BYTES, 0)
      if (bytesRead < RECORD_HEADER_BYTES) return this.skip(docId, versionId)
      const length = header.readUInt32LE(0)
      const record = Buffer.alloc(RECORD_HEADER_BYTES + length)
      const { bytesRead: got } = await file.read(record, 0, record.length, 0)
      const { records } = parseLog(record.subarray(0, got))
      const first = records[0]
      if (first?.kind !== RecordKind.versionMeta) return this.skip(docId, versionId)
      return this.parseMeta(docId, versionId, first.payload)
    } finally {
      await file.close()
    }
  }

  private parseMeta(docId: DocId, versionId: string, payload: Uint8Array): VersionMeta | null {
    try {
      const meta = versionMetaSchema.parse(JSON.parse(Buffer.from(payload).toString('utf8')))
      return meta.id === versionId ? meta : this.skip(docId, versionId)
    } catch (e) {
      this.logger.warn('unreadable version skipped', { docId, versionId, error: toError(e).message })
      return null
    }
  }

  private skip(docId: DocId, versionId: string): null {
    this.logger.warn('unreadable version skipped', { docId, versionId })
    return null
  }

  private dir(docId: DocId): string {
    return path.join(docDir(this.root, docId), VERSIONS_DIR)
  }

  private file(docId: DocId, versionId: string): string {
    return path.join(this.dir(docId), `${versionId}${SUFFIX}`)
  }
}
