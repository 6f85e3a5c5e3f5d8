/**
 * Coming back after a server restart: 200 stock clients reconnect at once and
 * all sync, with the server pacing them (1013 + retry-after); our client's
 * reconnect rule (backoff with jitter, the server's hint respected) and the
 * server's admission rule, in isolation.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { Reconnector, backoffDelay, retryAfterDelay } from '../../client/src/sync/reconnect.js'
import { CloseCode, parseRetryAfter, tryAgainLaterReason } from '../../shared/protocol.js'
import { Admission } from '../../server/sync/admission.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

// Each stock provider adds a process 'exit' listener; 200 of them are expected here.
process.setMaxListeners(400)

const cleanup: Array<() => unknown> = []
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn()
})

describe('reconnecting after a restart', () => {
  it('200 stock clients all sync again, paced by 1013', async () => {
    const env = { SYNC_UPGRADES_PER_SECOND: '60', SYNC_MAX_LOADING_DOCS: '4' }
    const first = await startServer({ env })
    cleanup.push(() => first.dispose())
    const docs = Array.from({ length: 8 }, (_, i) => `board:restart${i}`)
    const clients: TestClient[] = []
    let deferred = 0
    for (let i = 0; i < 200; i++) {
      const client = connectClient(first, docs[i % docs.length] as string)
      client.provider.on('connection-close', (event) => {
        if (event?.code === CloseCode.tryAgainLater) deferred++
      })
      clients.push(client)
    }
    cleanup.push(() => clients.forEach((c) => c.destroy()))
    await waitFor(() => clients.every((c) => c.provider.synced), { timeout: 30_000, message: 'all 200 synced the first time' })
    clients.forEach((c, i) => c.doc.getArray<number>('seen').push([i]))
    await waitFor(() => clients.every((c) => c.doc.getArray('seen').length === 25), { timeout: 20_000, message: 'every edit everywhere' })

    // Restart on the same port: everyone comes back at once.
    expect(await first.stop()).toBe(0)
    const deferredBefore = deferred
    const second = await startServer({ env, dataDir: first.dataDir, port: first.port })
    cleanup.push(() => second.dispose())
    await waitFor(() => clients.every((c) => c.provider.synced), { timeout: 40_000, message: 'all 200 synced after the restart' })
    expect(deferred).toBeGreaterThan(deferredBefore)

    // Live again: one more edit reaches everyone on its document, and nothing was lost.
    clients[0]?.doc.getArray<number>('seen').push([1000])
    await waitFor(() => clients.filter((_, i) => i % docs.length === 0).every((c) => c.doc.getArray('seen').length === 26), {
      message: 'a new edit after the restart',
    })
    for (const [i, c] of clients.entries()) {
      if (i % docs.length !== 0) expect(c.doc.getArray('seen').length).toBe(25)
    }
  })
})

describe('the client reconnect rule', () => {
  it('backs off exponentially with jitter, up to a ceiling', () => {
    const low = { baseMs: 500, maxMs: 30_000, random: () => 0 }
    const high = { ...low, random: () => 1 }
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, low))).toEqual([250, 500, 1000, 2000])
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, high))).toEqual([500, 1000, 2000, 4000])
    expect(backoffDelay(40, high)).toBe(30_000)
    expect(retryAfterDelay(4000, low)).toBe(4000)
    expect(retryAfterDelay(4000, high)).toBe(5000)
    expect(parseRetryAfter(tryAgainLaterReason(1500))).toBe(1500)
    expect(parseRetryAfter('server busy')).toBeNull()
  })

  it('waits as long as the server says after a 1013, and tries at once on `online`', async () => {
    // Everyone but the first is deferred for a while.
    const server = await startServer({ env: { SYNC_UPGRADES_PER_SECOND: '1' } })
    cleanup.push(() => server.dispose())
    const blocker = connectClient(server, 'note:polite-a')
    cleanup.push(() => blocker.destroy())
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(server.wsUrl, 'note:polite-b', doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      connect: false,
      params: { token: server.token },
    })
    // Listening before the reconnector does, so `at` is read no later than its clock.
    const closes: Array<{ code: number; reason: string; at: number }> = []
    provider.on('closed', ({ code, reason }) => closes.push({ code, reason, at: Date.now() }))
    const online = new EventTarget()
    const reconnector = new Reconnector(provider, online, { baseMs: 100, maxMs: 1000, random: () => 0 })
    cleanup.push(() => {
      reconnector.destroy()
      provider.destroy()
    })
    await blocker.synced()
    provider.connect()
    await waitFor(() => closes.length > 0, { message: 'the 1013' })
    const close = closes[0] as { code: number; reason: string; at: number }
    expect(close.code).toBe(CloseCode.tryAgainLater)
    const hint = parseRetryAfter(close.reason) as number
    expect(hint).toBeGreaterThan(0)
    expect((reconnector.nextAttemptAt as number) - close.at).toBeGreaterThanOrEqual(hint)

    // The browser says the network is back: no waiting for the timer.
    online.dispatchEvent(new Event('online'))
    expect(reconnector.nextAttemptAt).toBeNull()
    await waitFor(() => provider.synced || closes.length > 1, { message: 'an immediate try' })
    await waitFor(() => provider.synced, { timeout: 15_000, message: 'synced in the end' })
  })
})

describe('the server admission rule', () => {
  it('admits a rate per second and gives the deferred staggered times', () => {
    let now = 10_000
    const admission = new Admission({ upgradesPerSecond: 2, maxLoadingDocs: 0 }, () => now)
    const none = new Set<never>()
    expect(admission.admit('note:a', none).retryAfterMs).toBeNull()
    expect(admission.admit('note:a', none).retryAfterMs).toBeNull()
    const waits = [0, 1, 2, 3].map(() => admission.admit('note:a', none).retryAfterMs)
    expect(waits).toEqual([1000, 1000, 2000, 2000])
    now += 1000
    expect(admission.admit('note:a', none).retryAfterMs).toBeNull()
  })

  it('refuses a new load while too many documents load, but not a document already loading', () => {
    const admission = new Admission({ upgradesPerSecond: 0, maxLoadingDocs: 2 }, () => 0)
    const loading = new Set(['note:a', 'note:b'] as const)
    expect(admission.admit('note:a', loading).retryAfterMs).toBeNull()
    const verdict = admission.admit('note:c', loading)
    expect(verdict.why).toBe('loading')
    expect(verdict.retryAfterMs).toBeGreaterThan(0)
  })
})
