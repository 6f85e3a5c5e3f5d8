import { describe, expect, it } from 'vitest'
import { encodeRecord, parseLog, RecordKind, RECORD_HEADER_BYTES } from '../../server/storage/logRecords.js'
import { decodeSnapshot, encodeSnapshot, StorageCorruptionError } from '../../server/storage/snapshotFile.js'

const payloads = [Buffer.from('first'), Buffer.alloc(0), Buffer.from('third record')]
const log = Buffer.concat(payloads.map((p) => encodeRecord(RecordKind.yjsUpdate, p)))
const lastOffset = log.length - (RECORD_HEADER_BYTES + 'third record'.length)

describe('log records', () => {
  it('reads back what was written, with offsets', () => {
    const parsed = parseLog(log)
    expect(parsed.torn).toBeNull()
    expect(parsed.validBytes).toBe(log.length)
    expect(parsed.records.map((r) => Buffer.from(r.payload).toString())).toEqual(['first', '', 'third record'])
    expect(parsed.records[2]?.offset).toBe(lastOffset)
    expect(parseLog(new Uint8Array(0))).toEqual({ records: [], validBytes: 0, torn: null })
  })

  it.each([
    ['short header', log.subarray(0, lastOffset + 4)],
    ['length past end of file', log.subarray(0, log.length - 1)],
    ['checksum mismatch', Buffer.concat([log.subarray(0, lastOffset + 8), Buffer.from([9]), log.subarray(lastOffset + 9)])],
  ])('stops at a torn last record (%s)', (reason, data) => {
    const parsed = parseLog(data)
    expect(parsed.records).toHaveLength(2)
    expect(parsed.validBytes).toBe(lastOffset)
    expect(parsed.torn).toEqual({ offset: lastOffset, bytesDropped: data.length - lastOffset, reason })
  })
})

describe('snapshot file', () => {
  it('round-trips state and covered generation', () => {
    const state = Buffer.from('state bytes')
    const decoded = decodeSnapshot('s', encodeSnapshot({ coveredGen: 42, state }))
    expect(decoded.coveredGen).toBe(42)
    expect(Buffer.from(decoded.state).equals(state)).toBe(true)
  })

  it.each([
    ['a header only part there', (b: Buffer) => b.subarray(0, 10), /shorter than its header/],
    ['bad magic', (b: Buffer) => Buffer.concat([Buffer.from('XXXX'), b.subarray(4)]), /bad magic/],
    ['an unknown version', (b: Buffer) => (b.writeUInt16LE(9, 4), b), /version 9/],
    ['extra bytes', (b: Buffer) => Buffer.concat([b, Buffer.from([0])]), /header says/],
  ])('rejects %s', (_name, damage, message) => {
    const bytes = damage(encodeSnapshot({ coveredGen: 1, state: Buffer.from('abc') }))
    expect(() => decodeSnapshot('s', bytes)).toThrow(StorageCorruptionError)
    expect(() => decodeSnapshot('s', bytes)).toThrow(message)
  })
})
