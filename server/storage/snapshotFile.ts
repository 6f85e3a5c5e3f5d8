/**
 * The snapshot file format: a 20-byte header and a Yjs update.
 *
 * Header (little-endian): magic `IBSN` · u16 format version · u16 reserved ·
 * u32 covered generation (the first log generation NOT folded in) ·
 * u32 payload length · u32 crc32 of header bytes 4..16 and the payload.
 * The checksum covers the generation too: a flipped generation would silently
 * skip or replay logs.
 */
import { crc32 } from 'node:zlib'

const MAGIC = Buffer.from('IBSN', 'latin1')
/** Current snapshot format version. */
export const SNAPSHOT_FORMAT_VERSION = 1
/** Size of the snapshot header in bytes. */
export const SNAPSHOT_HEADER_BYTES = 20

/** A decoded snapshot. */
export interface Snapshot {
  /** First log generation not included in `state`. */
  coveredGen: number
  /** Full document state as a Yjs update. */
  state: Uint8Array
}

/**
 * A stored file is unreadable. Thrown rather than loading the document as empty,
 * because an empty document that people then edit would overwrite real content.
 */
export class StorageCorruptionError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`corrupt storage file ${file}: ${detail}`)
    this.name = 'StorageCorruptionError'
  }
}

/** Encodes a snapshot file's bytes. */
export function encodeSnapshot(snapshot: Snapshot): Buffer {
  const { coveredGen, state } = snapshot
  const out = Buffer.allocUnsafe(SNAPSHOT_HEADER_BYTES + state.length)
  MAGIC.copy(out, 0)
  out.writeUInt16LE(SNAPSHOT_FORMAT_VERSION, 4)
  out.writeUInt16LE(0, 6)
  out.writeUInt32LE(coveredGen, 8)
  out.writeUInt32LE(state.length, 12)
  out.set(state, SNAPSHOT_HEADER_BYTES)
  out.writeUInt32LE(checksum(out), 16)
  return out
}

/** Decodes a snapshot file; throws `StorageCorruptionError` on any mismatch. */
export function decodeSnapshot(file: string, data: Uint8Array): Snapshot {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (buf.length < SNAPSHOT_HEADER_BYTES) {
    throw new StorageCorruptionError(file, `snapshot is ${buf.length} bytes, shorter than its header`)
  }
  if (!buf.subarray(0, 4).equals(MAGIC)) throw new StorageCorruptionError(file, 'not a snapshot (bad magic)')
  const version = buf.readUInt16LE(4)
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    throw new StorageCorruptionError(file, `unsupported snapshot format version ${version}`)
  }
  const length = buf.readUInt32LE(12)
  if (length !== buf.length - SNAPSHOT_HEADER_BYTES) {
    throw new StorageCorruptionError(
      file,
      `snapshot payload is ${buf.length - SNAPSHOT_HEADER_BYTES} bytes, header says ${length}`,
    )
  }
  if (buf.readUInt32LE(16) !== checksum(buf)) throw new StorageCorruptionError(file, 'snapshot checksum mismatch')
  return { coveredGen: buf.readUInt32LE(8), state: buf.subarray(SNAPSHOT_HEADER_BYTES) }
}

/** crc32 over version, reserved, generation, length and payload (not magic, not the crc itself). */
function checksum(buf: Buffer): number {
  return crc32(buf.subarray(SNAPSHOT_HEADER_BYTES), crc32(buf.subarray(4, 16)))
}
