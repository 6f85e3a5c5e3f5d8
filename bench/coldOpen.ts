/**
 * Cold open of a document holding 10,000 small logged updates: how long a
 * fresh client takes from connecting to synced. For ours, first with every
 * update replayed from the log (the server was SIGKILLed, so it could not
 * compact), then from the compacted snapshot. The reference keeps documents in
 * memory only: its figure, clients right after the writes, is the baseline.
 */
import type { Cleanup } from './cleanup.js'
import { connect, now, waitUntil, whenSynced, withTimeout, writeEntry } from './clients.js'
import { dirBytes, health, startOurs, startReference, tempDataDir, type ServerHandle } from './servers.js'
import { median } from './stats.js'

export interface ColdOpenOptions {
  updates: number
  /** Cold opens per case (each on a freshly started process). */
  repeats: number
  room: string
}

export interface OpenTiming {
  /** Connect → synced, ms. */
  openMs: number
  /** Process start → listening, ms (ours, restarted per open). */
  startMs: number | null
}

export interface ColdOpenResult {
  server: string
  updates: number
  /** Time to write the updates (each waits until a second client has it). */
  writeSeconds: number
  /** Cold opens replaying the log (ours); the reference has only its first client from memory. */
  fromLog: OpenTiming[]
  /** Cold opens from the compacted snapshot (ours only). */
  fromSnapshot: OpenTiming[]
  /** Clients right after the writes, from memory (the process that took the writes), one after another. */
  fromMemory: number[]
  fromMemoryMedianMs: number
  /** Process start → /healthz answers, median over the restarts (ours). */
  startMedianMs: number | null
  /** Bytes on disk before and after compaction (ours). */
  logBytes: number | null
  snapshotBytes: number | null
  /** Summary: medians of the cases above. */
  fromLogMedianMs: number | null
  fromSnapshotMedianMs: number | null
}

const KEEP_EVERYTHING = {
  COMPACT_RECORDS: '10000000',
  COMPACT_BYTES: String(1024 * 1024 * 1024),
  IDLE_UNLOAD_MS: '86400000',
}

/** Ours: write, SIGKILL, reopen from the log; compact; reopen from the snapshot. */
export async function coldOpenOurs(o: ColdOpenOptions, cleanup: Cleanup): Promise<ColdOpenResult> {
  const dataDir = tempDataDir(cleanup)
  const start = (env: Record<string, string> = {}): Promise<ServerHandle> => startOurs(cleanup, { dataDir, env: { ...KEEP_EVERYTHING, ...env } })

  const writer = await start()
  const writeSeconds = await writeUpdates(writer, o)
  const fromMemory = await openEach(writer, o)
  await waitDurable(dataDir)
  if (!(await health(writer)).ok) throw new Error('ours: /healthz not ok after the writes')
  await writer.kill()
  const logBytes = dirBytes(dataDir)

  const fromLog = await reopenEach(o, start)

  // Let it compact: the document unloads once idle, which folds the log into a snapshot.
  const compactor = await start({ IDLE_UNLOAD_MS: '100' })
  const visitor = connect(compactor, o.room)
  await whenSynced(visitor)
  visitor.destroy()
  await waitUntil(async () => ((await health(compactor)).docsLoaded === 0 ? true : null), { timeoutMs: 60_000, what: 'the document to unload' })
  await compactor.stop()
  const snapshotBytes = dirBytes(dataDir)
  const fromSnapshot = await reopenEach(o, start)

  return {
    server: 'ours',
    updates: o.updates,
    writeSeconds,
    fromLog,
    fromSnapshot,
    fromMemory,
    fromMemoryMedianMs: median(fromMemory),
    startMedianMs: median([...fromLog, ...fromSnapshot].map((t) => t.startMs ?? Number.NaN)),
    logBytes,
    snapshotBytes,
    fromLogMedianMs: median(fromLog.map((t) => t.openMs)),
    fromSnapshotMedianMs: median(fromSnapshot.map((t) => t.openMs)),
  }
}

/** Reference: write, then time fresh clients against the in-memory document. */
export async function coldOpenReference(o: ColdOpenOptions, cleanup: Cleanup): Promise<ColdOpenResult> {
  const server = await startReference(cleanup)
  try {
    const writeSeconds = await writeUpdates(server, o)
    const fromMemory = await openEach(server, o)
    return {
      server: 'reference',
      updates: o.updates,
      writeSeconds,
      fromLog: [],
      fromSnapshot: [],
      fromMemory,
      fromMemoryMedianMs: median(fromMemory),
      startMedianMs: null,
      logBytes: null,
      snapshotBytes: null,
      fromLogMedianMs: null,
      fromSnapshotMedianMs: null,
    }
  } finally {
    await server.stop()
  }
}

async function reopenEach(o: ColdOpenOptions, start: () => Promise<ServerHandle>): Promise<OpenTiming[]> {
  const timings: OpenTiming[] = []
  for (let i = 0; i < o.repeats; i++) {
    const t0 = now()
    const server = await start()
    const startMs = now() - t0
    try {
      timings.push({ openMs: await timeOpen(server, o), startMs })
    } finally {
      // SIGKILL: a clean stop would compact, and the next open must replay the same log.
      await server.kill()
    }
  }
  return timings
}

/** `repeats` fresh clients, one after another, on a running server. */
async function openEach(server: ServerHandle, o: ColdOpenOptions): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < o.repeats; i++) times.push(await timeOpen(server, o))
  return times
}

/** Connect → synced for a fresh client; checks that it received every entry. */
async function timeOpen(server: ServerHandle, o: ColdOpenOptions): Promise<number> {
  const t0 = now()
  const client = connect(server, o.room)
  try {
    await whenSynced(client, 120_000)
    const ms = now() - t0
    if (client.entries.size !== o.updates) throw new Error(`${server.kind}: opened with ${client.entries.size} of ${o.updates} entries`)
    return ms
  } finally {
    client.destroy()
  }
}

/**
 * Writes `updates` entries, one update each. Each write waits until a second
 * client has received it, so every update reaches the server on its own
 * (one log record each) rather than coalesced with its neighbours.
 */
async function writeUpdates(server: ServerHandle, o: ColdOpenOptions): Promise<number> {
  const writer = connect(server, o.room)
  const observer = connect(server, o.room)
  try {
    await Promise.all([whenSynced(writer), whenSynced(observer)])
    const t0 = now()
    for (let seq = 0; seq < o.updates; seq++) {
      const seen = new Promise<void>((resolve) => {
        const onChange = (): void => {
          if (!observer.entries.has(String(seq))) return
          observer.entries.unobserve(onChange)
          resolve()
        }
        observer.entries.observe(onChange)
      })
      writeEntry(writer, seq)
      await withTimeout(seen, 10_000, `${server.kind} to relay update ${seq}`)
    }
    return (now() - t0) / 1000
  } finally {
    writer.destroy()
    observer.destroy()
  }
}

/** Waits until the data folder has stopped growing (the server fsyncs within 50 ms). */
async function waitDurable(dataDir: string): Promise<void> {
  let last = -1
  let stableSince = Date.now()
  await waitUntil(
    () => {
      const bytes = dirBytes(dataDir)
      if (bytes !== last) {
        last = bytes
        stableSince = Date.now()
      }
      return bytes > 0 && Date.now() - stableSince >= 300 ? true : null
    },
    { timeoutMs: 30_000, intervalMs: 25, what: 'the update log to be written' },
  )
}
