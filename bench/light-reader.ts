/**
 * A protocol-level reader: a raw websocket that speaks just enough of the
 * y-websocket protocol to join a room (sync step 1/2) and then reads the
 * entries carried by every update, without a Y.Doc. It keeps the client side
 * cheap so burst fan-out measures the server, not the readers. Readers in one
 * worker share a cache of decoded payloads, since a server sends the same
 * bytes to every reader.
 */
import { WebSocket, type RawData } from 'ws'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { MessageType } from '../shared/protocol.js'
import { now } from './clients.js'
import type { SyncEndpoint } from './clients.js'

const SYNC_STEP1 = 0
const SYNC_STEP2 = 1
const SYNC_UPDATE = 2

/** Send times of the entries in one update, keyed by the update's bytes. */
export type PayloadCache = Map<string, number[]>

/** Called with the receipt time and the send times of the entries in one message. */
export type OnEntries = (receivedAt: number, sendTimes: number[]) => void

export interface LightReader {
  synced: Promise<void>
  destroy(): void
}

/** Connects one protocol-level reader to `wsBase`/`room`. */
export function connectLight(server: SyncEndpoint, room: string, cache: PayloadCache, onEntries: OnEntries): LightReader {
  const socket = new WebSocket(`${server.wsBase}/${room}${server.token ? `?token=${encodeURIComponent(server.token)}` : ''}`)
  let markSynced: () => void = () => undefined
  let failSync: (e: Error) => void = () => undefined
  const synced = new Promise<void>((resolve, reject) => {
    markSynced = resolve
    failSync = reject
  })
  socket.on('error', (e) => failSync(e))
  socket.on('open', () => {
    // Ask for the server's state: an empty state vector means "everything".
    socket.send(syncMessage(SYNC_STEP1, Y.encodeStateVector(new Y.Doc())))
  })
  socket.on('message', (data: RawData) => {
    const receivedAt = now()
    const bytes = toBytes(data)
    const decoder = decoding.createDecoder(bytes)
    if (decoding.readVarUint(decoder) !== MessageType.sync) return
    const step = decoding.readVarUint(decoder)
    if (step === SYNC_STEP1) {
      // The server asks for our state: we have none.
      socket.send(syncMessage(SYNC_STEP2, Y.encodeStateAsUpdate(new Y.Doc())))
      return
    }
    const update = decoding.readVarUint8Array(decoder)
    const sendTimes = entriesOf(update, cache)
    if (step === SYNC_STEP2) markSynced()
    if (step === SYNC_UPDATE || sendTimes.length > 0) onEntries(receivedAt, sendTimes)
  })
  return {
    synced,
    destroy: () => {
      socket.removeAllListeners('message')
      socket.on('error', () => undefined)
      socket.terminate()
    },
  }
}

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, step)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** Send times of the benchmark entries ([seq, sendTime]) an update inserts; decoded once per distinct payload. */
function entriesOf(update: Uint8Array, cache: PayloadCache): number[] {
  const key = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('latin1')
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const times: number[] = []
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue
    for (const value of struct.content.arr) {
      if (Array.isArray(value) && typeof value[1] === 'number') times.push(value[1])
    }
  }
  cache.set(key, times)
  return times
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
