/**
 * A worker thread holding many reader clients in one document: real Y.Docs
 * with `WebsocketProvider` ('provider'), or protocol-level readers ('light').
 * Each reader records, per entry it receives, the delivery latency: receipt
 * time minus the writer's send time carried in the entry (clocks aligned by
 * the offset the main thread measured).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { performance, type EventLoopUtilization } from 'node:perf_hooks'
import { connect, now, whenSynced } from './clients.js'
import { connectLight, type PayloadCache } from './light-reader.js'

/** Real clients (Y.Doc + WebsocketProvider) or protocol-level ones. */
export type ReaderKind = 'provider' | 'light'

/** What the main thread passes at start. */
export interface ReaderInit {
  wsBase: string
  token: string | null
  room: string
  readers: number
  kind: ReaderKind
}

/** Main thread → worker. */
export type ToWorker =
  | { type: 'clock' }
  | { type: 'measure'; expected: number; offsetMs: number }
  | { type: 'collect' }
  | { type: 'close' }

/** What one worker measured. */
export interface ReaderResult {
  /** Latencies in ms, every delivery of every reader in this worker. */
  latencies: Float64Array
  delivered: number
  /** Messages (observed transactions) that carried entries: fewer than `delivered` when the server merges. */
  messages: number
  expected: number
  /** Readers that did not see every entry. */
  incomplete: number
  /** Last receipt, in the main thread's clock (ms). */
  lastReceipt: number
  /** Event-loop utilisation of this worker from `measure` until every reader was complete (or `collect`). */
  utilization: number
}

/** Worker → main thread. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'clock'; t: number }
  | { type: 'measuring' }
  | { type: 'complete' }
  | { type: 'result'; result: ReaderResult }
  | { type: 'closed' }
  | { type: 'error'; message: string }

interface Reader {
  synced: Promise<void>
  destroy: () => void
  latencies: Float64Array
  count: number
  messages: number
  done: boolean
}

const port = parentPort
if (port === null) throw new Error('reader-worker must run as a worker thread')
const init = workerData as ReaderInit
// Each provider adds a process 'exit' listener.
process.setMaxListeners(init.readers + 10)
const post = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer)

let expected = 0
let offsetMs = 0
let complete = 0
let lastReceipt = 0
let eluStart: EventLoopUtilization | null = null
let eluAtComplete: EventLoopUtilization | null = null

const readers: Reader[] = []
const cache: PayloadCache = new Map()

function record(reader: Reader, receivedAt: number, sendTimes: Iterable<number>): void {
  const received = receivedAt - offsetMs
  if (reader.count < reader.latencies.length) reader.messages++
  for (const sent of sendTimes) {
    if (reader.count < reader.latencies.length) reader.latencies[reader.count++] = received - sent
  }
  lastReceipt = Math.max(lastReceipt, received)
  if (!reader.done && expected > 0 && reader.count === expected) {
    reader.done = true
    if (++complete === readers.length) {
      eluAtComplete = performance.eventLoopUtilization(eluStart ?? undefined)
      post({ type: 'complete' })
    }
  }
}

for (let i = 0; i < init.readers; i++) {
  const reader: Reader = { synced: Promise.resolve(), destroy: () => undefined, latencies: new Float64Array(0), count: 0, messages: 0, done: false }
  if (init.kind === 'light') {
    const light = connectLight(init, init.room, cache, (at, times) => record(reader, at, times))
    reader.synced = light.synced
    reader.destroy = light.destroy
  } else {
    const client = connect(init, init.room)
    const { entries } = client
    entries.observe((event) => {
      const at = now()
      const times: number[] = []
      for (const key of event.keysChanged) {
        const value = entries.get(key)
        if (value !== undefined) times.push(value[1])
      }
      record(reader, at, times)
    })
    reader.synced = whenSynced(client, 60_000)
    reader.destroy = client.destroy
  }
  readers.push(reader)
}

Promise.all(readers.map((r) => r.synced)).then(
  () => post({ type: 'ready' }),
  (e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
)

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'clock':
      post({ type: 'clock', t: now() })
      return
    case 'measure':
      expected = message.expected
      offsetMs = message.offsetMs
      complete = 0
      lastReceipt = 0
      eluAtComplete = null
      for (const r of readers) {
        r.latencies = new Float64Array(expected)
        r.count = 0
        r.messages = 0
        r.done = false
      }
      eluStart = performance.eventLoopUtilization()
      post({ type: 'measuring' })
      return
    case 'collect': {
      const elu = eluAtComplete ?? performance.eventLoopUtilization(eluStart ?? undefined)
      let delivered = 0
      let messages = 0
      for (const r of readers) {
        delivered += r.count
        messages += r.messages
      }
      const latencies = new Float64Array(delivered)
      let at = 0
      for (const r of readers) {
        latencies.set(r.latencies.subarray(0, r.count), at)
        at += r.count
      }
      const result: ReaderResult = {
        latencies,
        delivered,
        messages,
        expected: expected * readers.length,
        incomplete: readers.filter((r) => r.count < expected).length,
        lastReceipt,
        utilization: elu.utilization,
      }
      post({ type: 'result', result }, [latencies.buffer as ArrayBuffer])
      return
    }
    case 'close':
      for (const r of readers) r.destroy()
      post({ type: 'closed' })
      port.close()
      return
  }
})
