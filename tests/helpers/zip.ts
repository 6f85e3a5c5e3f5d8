/**
 * A tiny zip reader for tests (a .docx is a zip): reads the central
 * directory and inflates entries with node:zlib. Enough for files written by
 * common libraries (stored or deflated entries, no zip64, no encryption).
 */
import { inflateRawSync } from 'node:zlib'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/** Every entry of a zip archive: name → content. */
export function readZip(data: Buffer): Map<string, Buffer> {
  let eocd = -1
  // The end record sits in the last 64 KiB + 22 bytes (after an optional comment).
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory')
  const count = data.readUInt16LE(eocd + 10)
  let at = data.readUInt32LE(eocd + 16)
  const entries = new Map<string, Buffer>()
  for (let n = 0; n < count; n++) {
    if (data.readUInt32LE(at) !== CENTRAL) throw new Error(`bad central directory entry at ${at}`)
    const method = data.readUInt16LE(at + 10)
    const compressed = data.readUInt32LE(at + 20)
    const nameLength = data.readUInt16LE(at + 28)
    const extraLength = data.readUInt16LE(at + 30)
    const commentLength = data.readUInt16LE(at + 32)
    const localAt = data.readUInt32LE(at + 42)
    const name = data.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    if (data.readUInt32LE(localAt) !== LOCAL) throw new Error(`bad local header for ${name}`)
    const start = localAt + 30 + data.readUInt16LE(localAt + 26) + data.readUInt16LE(localAt + 28)
    const raw = data.subarray(start, start + compressed)
    if (method !== 0 && method !== 8) throw new Error(`unsupported compression ${method} for ${name}`)
    entries.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw))
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
