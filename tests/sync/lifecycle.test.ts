import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

interface Health {
  ok: boolean
  version: string
  docsLoaded: number
  connections: number
}

let server: TestServer
const health = async (): Promise<Health> => (await (await fetch(`${server.url}/healthz`)).json()) as Health

beforeAll(async () => {
  server = await startServer({ env: { IDLE_UNLOAD_MS: '300' } })
})
afterAll(async () => {
  await server.dispose()
})

describe('document lifecycle', () => {
  it('reports health', async () => {
    const h = await health()
    expect(h).toMatchObject({ ok: true, docsLoaded: 0, connections: 0 })
    expect(h.version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('unloads an idle document after the grace period and reloads it intact', async () => {
    const a = connectClient(server, 'note:idle')
    await a.synced()
    a.doc.getText('t').insert(0, 'Козыревск')
    await waitFor(async () => (await health()).docsLoaded === 1 && (await health()).connections === 1, { message: 'one doc, one connection' })
    a.destroy()
    await waitFor(async () => (await health()).docsLoaded === 0, { message: 'the idle document to unload' })

    const b = connectClient(server, 'note:idle')
    await b.synced()
    expect(b.doc.getText('t').toString()).toBe('Козыревск')
    b.destroy()
  })

  it('a client that comes back during the grace period keeps the document loaded', async () => {
    const a = connectClient(server, 'note:back')
    await a.synced()
    a.doc.getText('t').insert(0, 'x')
    a.destroy()
    const b = connectClient(server, 'note:back')
    await b.synced()
    expect(b.doc.getText('t').toString()).toBe('x')
    b.doc.getText('t').insert(1, 'y')
    b.destroy()
    await waitFor(async () => (await health()).docsLoaded === 0, { message: 'unload after the second client' })
    const c = connectClient(server, 'note:back')
    await c.synced()
    expect(c.doc.getText('t').toString()).toBe('xy')
    c.destroy()
  })

  it("removes a connection's presence when it closes", async () => {
    const a = connectClient(server, 'note:presence')
    const b = connectClient(server, 'note:presence')
    await Promise.all([a.synced(), b.synced()])
    a.provider.awareness.setLocalStateField('user', { name: 'Анна' })
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID), { message: 'b to see a' })
    const aId = a.doc.clientID
    // Close the socket without the client's own goodbye message, as a dropped network would.
    a.provider.shouldConnect = false
    ;(a.provider.ws as unknown as { terminate(): void }).terminate()
    await waitFor(() => !b.provider.awareness.getStates().has(aId), { message: "a's presence to vanish for b" })
    a.destroy()
    b.destroy()
  })
})

describe('REST', () => {
  it('creates and lists boards', async () => {
    const created = await server.fetch(`/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Палана', settlement: 'Палана' }),
    })
    expect(created.status).toBe(201)
    const board = (await created.json()) as { id: string; title: string }
    expect(board.title).toBe('Палана')
    const list = (await (await server.fetch(`/api/boards`)).json()) as Array<{ id: string }>
    expect(list.map((b) => b.id)).toContain(board.id)
  })

  it('answers a bad body with 400 and a message', async () => {
    const res = await server.fetch(`/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: '' }),
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('bad_request')
    expect(body.error.message).toMatch(/title/)

    const broken = await server.fetch(`/api/boards`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title":' })
    expect(broken.status).toBe(400)
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe('invalid_json')
  })
})
