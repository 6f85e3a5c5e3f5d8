/** Stock y-websocket clients for benchmarks (Node settings), a clock and a polling wait. */
import { performance } from 'node:perf_hooks'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

/** Milliseconds since the epoch with sub-millisecond resolution. */
export function now(): number {
  return performance.timeOrigin + performance.now()
}

/**
 * Name of the shared Y.Map every benchmark writes its entries into, keyed by
 * sequence number (as the app keys cards by id). A map, not an array: pushes to
 * a Y.Array merge into one growing item, which costs every replica O(n) per entry.
 */
export const ENTRIES_MAP = 'entries'

/** Writes entry `seq` (one transaction, so one update). */
export function writeEntry(client: BenchClient, seq: number): void {
  client.entries.set(String(seq), [seq, now()])
}

/** One benchmark entry: [sequence number, send time (ms, writer's clock)]. */
export type Entry = [number, number]

export interface BenchClient {
  doc: Y.Doc
  provider: WebsocketProvider
  entries: Y.Map<Entry>
  destroy(): void
}

/** Where clients connect: the server's websocket base and the token ours requires (null for the reference). */
export interface SyncEndpoint {
  wsBase: string
  token: string | null
}

/**
 * Connects a `WebsocketProvider`. `presence: false` keeps the local awareness
 * state empty, so silent readers do not add awareness traffic to the measurement.
 */
export function connect(server: SyncEndpoint, room: string, { presence = false }: { presence?: boolean } = {}): BenchClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(server.wsBase, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: false,
    params: server.token ? { token: server.token } : {},
    maxBackoffTime: 500,
  })
  if (!presence) provider.awareness.setLocalState(null)
  provider.connect()
  return {
    doc,
    provider,
    entries: doc.getMap<Entry>(ENTRIES_MAP),
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Resolves when the provider has synced with the server. */
export function whenSynced(client: BenchClient, timeoutMs = 30_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.provider.off('sync', onSync)
      reject(new Error(`not synced after ${timeoutMs} ms`))
    }, timeoutMs)
    const onSync = (synced: boolean): void => {
      if (!synced) return
      clearTimeout(timer)
      client.provider.off('sync', onSync)
      resolve()
    }
    client.provider.on('sync', onSync)
  })
}

/** Polls `check` until it returns non-null (errors it throws end the wait); never a fixed sleep. */
export async function waitUntil<T>(
  check: () => T | null | Promise<T | null>,
  { timeoutMs = 10_000, intervalMs = 20, what = 'condition' }: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== null) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/** Rejects when `promise` has not settled within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
