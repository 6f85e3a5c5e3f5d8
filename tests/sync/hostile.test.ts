import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { CloseCode } from '../../shared/protocol.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { createRandom, runSeed } from '../helpers/random.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

let server: TestServer
let healthy: TestClient
let observer: TestClient

beforeAll(async () => {
  server = await startServer()
  healthy = connectClient(server, 'note:shared')
  observer = connectClient(server, 'note:shared')
  await Promise.all([healthy.synced(), observer.synced()])
})
afterAll(async () => {
  healthy.destroy()
  observer.destroy()
  await server.dispose()
})

/** Opens a raw socket, sends `frames`, and resolves with the close code. */
function sendRaw(frames: Array<Uint8Array | string>, docId = 'note:shared'): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.wsUrl}/${docId}?token=${server.token}`)
    ws.on('error', () => {}) // the server may reset us mid-send; the close code still arrives
    ws.on('open', () => {
      for (const f of frames) ws.send(f)
    })
    ws.on('close', (code) => resolve(code))
    setTimeout(() => reject(new Error('socket was not closed by the server')), 15_000).unref()
  })
}

/** Sends a websocket upgrade request for `/sync/<pathPart>` and resolves with the HTTP status. */
function upgradeStatus(pathPart: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request({
      host: '127.0.0.1',
      port: server.port,
      path: `/sync/${pathPart}`,
      agent: false,
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' },
    })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('upgrade', (_res, socket) => {
      socket.destroy()
      resolve(101)
    })
    req.on('error', () => resolve(0))
    req.end()
  })
}

/** The healthy client's edit reaches the observer: the server still serves. */
async function assertStillServing(label: string): Promise<void> {
  const text = healthy.doc.getText('t')
  text.insert(text.length, `[${label}]`)
  await waitFor(() => observer.doc.getText('t').toString().includes(`[${label}]`), { message: `edit after ${label}` })
  const health = (await (await fetch(`${server.url}/healthz`)).json()) as { ok: boolean }
  expect(health.ok).toBe(true)
}

describe('hostile input closes one connection, never the process', () => {
  it('random bytes', async () => {
    const seed = runSeed()
    const rnd = createRandom(seed)
    for (let n = 0; n < 20; n++) {
      // Start with an unknown message type so the frame cannot be accidentally valid.
      const bytes = Uint8Array.from({ length: 1 + rnd.int(2000) }, (_, i) => (i === 0 ? 10 + rnd.int(80) : rnd.int(256)))
      expect(await sendRaw([bytes]), `seed ${seed}`).toBe(CloseCode.malformedMessage)
    }
    await assertStillServing('random')
  })

  it('a truncated varint', async () => {
    expect(await sendRaw([Uint8Array.of(0, 2, 0x85)])).toBe(CloseCode.malformedMessage)
    expect(await sendRaw([Uint8Array.of(0x80)])).toBe(CloseCode.malformedMessage)
    await assertStillServing('truncated')
  })

  it('a varint over 2^53 (y-websocket issue #95)', async () => {
    const huge = Uint8Array.of(0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)
    expect(await sendRaw([huge])).toBe(CloseCode.malformedMessage)
    // The same inside a Yjs update: a valid frame wrapping an update whose struct count overflows.
    const inner = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)
    expect(await sendRaw([Uint8Array.of(0, 2, inner.length, ...inner)])).toBe(CloseCode.malformedMessage)
    await assertStillServing('varint')
  })

  it('a malformed Yjs update inside a well-formed frame', async () => {
    const garbage = Uint8Array.of(1, 1, 5, 0, 9, 9, 9)
    expect(await sendRaw([Uint8Array.of(0, 2, garbage.length, ...garbage)])).toBe(CloseCode.malformedMessage)
    await assertStillServing('bad-update')
  })

  it('a 50 MB frame', async () => {
    const big = new Uint8Array(50 * 1024 * 1024)
    big[0] = 0
    expect(await sendRaw([big])).toBe(CloseCode.messageTooBig)
    await assertStillServing('big')
  })

  it('a text frame', async () => {
    expect(await sendRaw(['hello'])).toBe(CloseCode.textFrame)
    await assertStillServing('text')
  })

  it('a thousand upgrades to invalid ids are refused with 400 and touch no file', async () => {
    const bad = ['../../etc/passwd', 'note:', 'note:a/b', 'unknown:x', 'note:' + 'x'.repeat(65), 'note:%2e%2e', '%ZZ']
    const statuses: number[] = []
    for (let batch = 0; batch < 10; batch++) {
      statuses.push(...(await Promise.all(Array.from({ length: 100 }, (_, i) => upgradeStatus(bad[(batch * 100 + i) % bad.length]!)))))
    }
    expect(statuses.filter((s) => s === 400).length).toBe(1000)
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { docsLoaded: number }
    expect(health.docsLoaded).toBe(1) // only note:shared
    await assertStillServing('upgrades')
  })
})
