/**
 * Fan-out: one writer and many readers in one document. The writer appends
 * entries [seq, sendTime] to a Y.Map, in a burst or paced; readers in worker
 * threads record each entry's delivery latency. Counted per entry, so servers
 * that merge updates into fewer messages are measured fairly.
 */
import { Worker } from 'node:worker_threads'
import type { Cleanup } from './cleanup.js'
import { connect, now, whenSynced, writeEntry, type BenchClient } from './clients.js'
import type { FromWorker, ReaderInit, ReaderKind, ReaderResult, ToWorker } from './reader-worker.js'
import type { CpuTimes, LoopDelay, ServerHandle } from './servers.js'
import { mergeSorted, quantile } from './stats.js'

export type FanoutMode = 'burst' | 'paced'

export interface FanoutOptions {
  readers: number
  readerKind: ReaderKind
  mode: FanoutMode
  /** Entries the writer sends. */
  updates: number
  /** Entries per second in paced mode. */
  rateHz: number
  /** Worker threads the readers are spread over. */
  workers: number
  room: string
}

export interface FanoutResult {
  server: string
  readers: number
  readerKind: ReaderKind
  mode: FanoutMode
  updates: number
  expected: number
  delivered: number
  /** Entries per message received (1 = one message per update; more = the server merged). */
  entriesPerMessage: number
  /** First send → last receipt, seconds. */
  seconds: number
  deliveriesPerSec: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  serverCpuS: number
  /** Of which in the kernel (stime): syscalls such as writes, fsyncs, socket sends. */
  serverSystemS: number
  /** Server CPU per 1,000 deliveries, ms. */
  cpuMsPerKDelivery: number
  serverRssMiB: number
  /** Event-loop delay of the server process during the measurement, ms (p99 and max). */
  serverLoopP99Ms: number
  serverLoopMaxMs: number
  /** Highest event-loop utilisation among reader workers (near 1 = the client side was saturated). */
  clientUtilization: number
  /** Runs combined into this result (figures are their means), and each run's p99. */
  runs: number
  p99PerRunMs: number[]
}

type WorkerEvent<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>

class ReaderWorker {
  private readonly worker: Worker
  private readonly waiting = new Map<FromWorker['type'], Array<(m: FromWorker) => void>>()
  private readonly seen = new Set<FromWorker['type']>()
  private failure: Error | null = null

  constructor(init: ReaderInit, cleanup: Cleanup) {
    // Workers do not inherit the TypeScript loader the main thread runs under:
    // a tiny bootstrap loads the worker module through tsx's import API.
    const api = JSON.stringify(import.meta.resolve('tsx/esm/api'))
    const entry = JSON.stringify(new URL('./reader-worker.ts', import.meta.url).href)
    const boot = `import(${api}).then((m) => m.tsImport(${entry}, ${entry}))`
    this.worker = new Worker(boot, { eval: true, workerData: init })
    cleanup.add(async () => {
      await this.worker.terminate()
    })
    this.worker.on('message', (m: FromWorker) => {
      if (m.type === 'error') this.failure = new Error(`reader worker: ${m.message}`)
      this.seen.add(m.type)
      const queue = this.waiting.get(m.type) ?? []
      this.waiting.delete(m.type)
      for (const resolve of queue) resolve(m)
    })
    this.worker.on('error', (e) => (this.failure = e))
  }

  send(message: ToWorker): void {
    this.worker.postMessage(message)
  }

  /** Waits for the next message of `type` (or one already seen, for one-shot events like `ready`). */
  next<T extends FromWorker['type']>(type: T, timeoutMs: number, { seenCounts = false } = {}): Promise<WorkerEvent<T>> {
    if (this.failure !== null) return Promise.reject(this.failure)
    if (seenCounts && this.seen.has(type)) return Promise.resolve({ type } as WorkerEvent<T>)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(this.failure ?? new Error(`reader worker: no '${type}' within ${timeoutMs} ms`)), timeoutMs)
      const queue = this.waiting.get(type) ?? []
      queue.push((m) => {
        clearTimeout(timer)
        resolve(m as WorkerEvent<T>)
      })
      this.waiting.set(type, queue)
    })
  }

  /** Offset (ms) of the worker's clock against ours, from the quickest of a few round trips. */
  async clockOffset(): Promise<number> {
    let best = { rtt: Infinity, offset: 0 }
    for (let i = 0; i < 7; i++) {
      const t0 = now()
      const reply = this.next('clock', 5_000)
      this.send({ type: 'clock' })
      const { t } = await reply
      const t1 = now()
      if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: t - (t0 + t1) / 2 }
    }
    return best.offset
  }

  async close(): Promise<void> {
    const closed = this.next('closed', 10_000).catch(() => undefined)
    this.send({ type: 'close' })
    await closed
    await this.worker.terminate()
  }
}

/** Runs one fan-out measurement against `server`. */
export async function runFanout(server: ServerHandle, options: FanoutOptions, cleanup: Cleanup): Promise<FanoutResult> {
  const perWorker = splitEvenly(options.readers, options.workers)
  const workers = perWorker.map((readers) => new ReaderWorker({ wsBase: server.wsBase, token: server.token, room: options.room, readers, kind: options.readerKind }, cleanup))
  let writer: BenchClient | null = null
  try {
    await Promise.all(workers.map((w) => w.next('ready', 90_000, { seenCounts: true })))
    writer = connect(server, options.room, { presence: true })
    await whenSynced(writer)
    const offsets: number[] = []
    for (const w of workers) offsets.push(await w.clockOffset())
    await startMeasuring(workers, offsets, Math.min(WARM_UP, options.updates))
    const warm = workers.map((w) => w.next('complete', 30_000).catch(() => undefined))
    // Warm up the way the measurement sends: a burst warms only the merged path of a
    // server that merges bursts, leaving its one-update path (and the readers') cold.
    const warmUpdates = Math.min(WARM_UP, options.updates)
    if (options.mode === 'burst') burst(writer, warmUpdates, -WARM_UP)
    else await paced(writer, warmUpdates, options.rateHz, -WARM_UP)
    await Promise.all(warm)
    await collect(workers)
    await startMeasuring(workers, offsets, options.updates)
    // Bounded: the send time plus a grace period for the last deliveries.
    const sendMs = options.mode === 'burst' ? 0 : (options.updates / options.rateHz) * 1000
    const graceMs = options.mode === 'burst' ? 90_000 : 30_000
    const completes = workers.map((w) => w.next('complete', sendMs + graceMs).catch(() => undefined))
    await server.loopDelay()
    const cpu0 = server.cpu()
    const t0 = now()
    if (options.mode === 'burst') burst(writer, options.updates)
    else await paced(writer, options.updates, options.rateHz)
    await Promise.all(completes)
    const cpu1 = server.cpu()
    const loop = await server.loopDelay()
    const rss = server.rssMiB()
    const results = await collect(workers)
    const cpu = { user: cpu1.user - cpu0.user, system: cpu1.system - cpu0.system }
    return summarize(server, options, results, t0, cpu, rss, loop)
  } finally {
    writer?.destroy()
    await Promise.all(workers.map((w) => w.close()))
  }
}

/** Entries sent (and discarded) before measuring, so both servers and the readers are past JIT warm-up. */
export const WARM_UP = 200

async function startMeasuring(workers: ReaderWorker[], offsets: number[], expected: number): Promise<void> {
  await Promise.all(
    workers.map((w, i) => {
      const ack = w.next('measuring', 5_000)
      w.send({ type: 'measure', expected, offsetMs: offsets[i] ?? 0 })
      return ack
    }),
  )
}

async function collect(workers: ReaderWorker[]): Promise<ReaderResult[]> {
  return Promise.all(
    workers.map(async (w) => {
      const reply = w.next('result', 10_000)
      w.send({ type: 'collect' })
      return (await reply).result
    }),
  )
}

function burst(writer: BenchClient, updates: number, firstSeq = 0): void {
  // As fast as possible: one transaction (one update, one frame) per entry, back to back.
  for (let i = 0; i < updates; i++) writeEntry(writer, firstSeq + i)
}

async function paced(writer: BenchClient, updates: number, rateHz: number, firstSeq = 0): Promise<void> {
  const start = now()
  const intervalMs = 1000 / rateHz
  for (let i = 0; i < updates; i++) {
    const wait = start + i * intervalMs - now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    writeEntry(writer, firstSeq + i)
  }
}

function summarize(server: ServerHandle, o: FanoutOptions, results: ReaderResult[], t0: number, cpuTimes: CpuTimes, rss: number, loop: LoopDelay): FanoutResult {
  const cpu = cpuTimes.user + cpuTimes.system
  const latencies = mergeSorted(results.map((r) => r.latencies))
  const delivered = results.reduce((n, r) => n + r.delivered, 0)
  const messages = results.reduce((n, r) => n + r.messages, 0)
  const expected = results.reduce((n, r) => n + r.expected, 0)
  const lastReceipt = Math.max(...results.map((r) => r.lastReceipt))
  const seconds = (lastReceipt - t0) / 1000
  return {
    server: server.kind,
    readers: o.readers,
    readerKind: o.readerKind,
    mode: o.mode,
    updates: o.updates,
    expected,
    delivered,
    entriesPerMessage: messages > 0 ? delivered / messages : 0,
    seconds,
    deliveriesPerSec: seconds > 0 ? delivered / seconds : 0,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    maxMs: quantile(latencies, 1),
    serverCpuS: cpu,
    serverSystemS: cpuTimes.system,
    cpuMsPerKDelivery: delivered > 0 ? (cpu * 1000 * 1000) / delivered : 0,
    serverRssMiB: rss,
    serverLoopP99Ms: loop.p99,
    serverLoopMaxMs: loop.max,
    clientUtilization: Math.max(...results.map((r) => r.utilization)),
    runs: 1,
    p99PerRunMs: [quantile(latencies, 0.99)],
  }
}

/** Combines repeated runs of one scenario on one server: means of the figures, every run's p99 kept. */
export function combineRuns(runs: FanoutResult[]): FanoutResult {
  const [first] = runs
  if (first === undefined) throw new Error('combineRuns: no runs')
  if (runs.length === 1) return first
  const mean = (pick: (r: FanoutResult) => number): number => runs.reduce((n, r) => n + pick(r), 0) / runs.length
  return {
    ...first,
    delivered: runs.reduce((n, r) => n + r.delivered, 0),
    expected: runs.reduce((n, r) => n + r.expected, 0),
    entriesPerMessage: mean((r) => r.entriesPerMessage),
    seconds: mean((r) => r.seconds),
    deliveriesPerSec: mean((r) => r.deliveriesPerSec),
    p50Ms: mean((r) => r.p50Ms),
    p99Ms: mean((r) => r.p99Ms),
    maxMs: Math.max(...runs.map((r) => r.maxMs)),
    serverCpuS: mean((r) => r.serverCpuS),
    serverSystemS: mean((r) => r.serverSystemS),
    cpuMsPerKDelivery: mean((r) => r.cpuMsPerKDelivery),
    serverRssMiB: Math.max(...runs.map((r) => r.serverRssMiB)),
    serverLoopP99Ms: mean((r) => r.serverLoopP99Ms),
    serverLoopMaxMs: Math.max(...runs.map((r) => r.serverLoopMaxMs)),
    clientUtilization: Math.max(...runs.map((r) => r.clientUtilization)),
    runs: runs.length,
    p99PerRunMs: runs.flatMap((r) => r.p99PerRunMs),
  }
}

function splitEvenly(total: number, parts: number): number[] {
  const n = Math.max(1, Math.min(parts, total))
  return Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0))
}
