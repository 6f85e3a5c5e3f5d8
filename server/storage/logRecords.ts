/**
 * The update log's record format.
 *
 * Each record is `[u32 payload length][u32 crc32 of kind+payload][u8 kind][payload]`,
 * little-endian. The kind byte lets later record kinds (attribution, markers)
 * join the same log without a format change; readers skip kinds they do not know.
 */
import { crc32 } from 'node:zlib'

/** Kinds of log records. */
export const RecordKind = {
  /** A Yjs update (the payload is `Y.encodeStateAsUpdate`/`update` event bytes). */
  yjsUpdate: 1,
  /** A version's description (JSON of `VersionMeta`), first record of a version file. */
  versionMeta: 2,
  /** A version's full state (`Y.encodeStateAsUpdate`), second record of a version file. */
  versionState: 3,
  /** A Yjs update with who sent it and when: `[u16 author length][author utf-8][f64 ms since epoch][update]`. */
  attributedUpdate: 4,
} as const
export type RecordKind = (typeof RecordKind)[keyof typeof RecordKind]

/** Bytes before the payload: length, checksum, kind. */
export const RECORD_HEADER_BYTES = 9

/** A record read back from a log file. */
export interface LogRecord {
  kind: number
  payload: Uint8Array
  /** Byte offset of the record's header in the file. */
  offset: number
}

/** Where and why a log stopped being readable. */
export interface TornTail {
  offset: number
  bytesDropped: number
  reason: 'short header' | 'length past end of file' | 'checksum mismatch'
}

/** Result of reading a whole log file. */
export interface ParsedLog {
  records: LogRecord[]
  /** Length of the readable prefix; everything after it is the torn tail. */
  validBytes: number
  torn: TornTail | null
}

/** Checksum of a record: covers the kind byte too, so a flipped kind is caught. */
function recordChecksum(kind: number, payload: Uint8Array): number {
  return crc32(payload, crc32(Uint8Array.of(kind)))
}

/** Encodes one record (copies the payload, so the caller may reuse its buffer). */
export function encodeRecord(kind: number, payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.length)
  out.writeUInt32LE(payload.length, 0)
  out.writeUInt32LE(recordChecksum(kind, payload), 4)
  out.writeUInt8(kind, 8)
  out.set(payload, RECORD_HEADER_BYTES)
  return out
}

/**
 * Reads records until the end or the first unreadable one. A crash can leave
 * a partly written last batch (even with later pages on disk and earlier ones
 * not), so the first bad record starts the torn tail and nothing after it is
 * trusted: none of it was acknowledged as durable.
 */
export function parseLog(data: Uint8Array): ParsedLog {
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  const records: LogRecord[] = []
  let offset = 0
  const tornAt = (reason: TornTail['reason']): ParsedLog => ({
    records,
    validBytes: offset,
    torn: { offset, bytesDropped: view.length - offset, reason },
  })
  while (offset < view.length) {
    if (view.length - offset < RECORD_HEADER_BYTES) return tornAt('short header')
    const length = view.readUInt32LE(offset)
    const checksum = view.readUInt32LE(offset + 4)
    const kind = view.readUInt8(offset + 8)
    const start = offset + RECORD_HEADER_BYTES
    if (length > view.length - start) return tornAt('length past end of file')
    const payload = view.subarray(start, start + length)
    if (recordChecksum(kind, payload) !== checksum) return tornAt('checksum mismatch')
    records.push({ kind, payload, offset })
    offset = start + length
  }
  return { records, validBytes: offset, torn: null }
}

/** Who sent a stored update and when (the account id; the time the server received it). */
export interface Attribution {
  author: string
  at: number
}

/** The payload of an `attributedUpdate` record: author and time first, then the update itself. */
export function encodeAttributed(update: Uint8Array, attribution: Attribution): Buffer {
  const author = Buffer.from(attribution.author.slice(0, 200), 'utf8')
  const out = Buffer.allocUnsafe(2 + author.length + 8 + update.length)
  out.writeUInt16LE(author.length, 0)
  author.copy(out, 2)
  out.writeDoubleLE(attribution.at, 2 + author.length)
  out.set(update, 2 + author.length + 8)
  return out
}

/** Splits an `attributedUpdate` payload back into its attribution and update. */
export function decodeAttributed(payload: Uint8Array): Attribution & { update: Uint8Array } {
  const view = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength)
  const length = view.readUInt16LE(0)
  if (2 + length + 8 > view.length) throw new Error('attributed update record is too short')
  return {
    author: view.toString('utf8', 2, 2 + length),
    at: view.readDoubleLE(2 + length),
    update: view.subarray(2 + length + 8),
  }
}
