import { afterEach, describe, expect, it } from 'vitest'
import * as decoding from 'lib0/decoding'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { MessageType } from '../../shared/protocol.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const cleanup: Array<() => unknown> = []
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn()
})

/** A stock provider that opts in to saved-on-server and records the last acknowledged state vector. */
function savedClient(server: TestServer, docId: string): TestClient & { saved(): Map<number, number> } {
  const client = connectClient(server, docId)
  let saved = new Map<number, number>()
  client.provider.messageHandlers[MessageType.savedOnServer] = (_encoder, decoder) => {
    saved = Y.decodeStateVector(decoding.readVarUint8Array(decoder))
  }
  client.provider.on('status', ({ status }) => {
    if (status === 'connected') client.provider.ws?.send(Uint8Array.of(MessageType.savedOnServer))
  })
  cleanup.push(() => client.destroy())
  return Object.assign(client, { saved: () => saved })
}

describe('saved-on-server acknowledgement', () => {
  it('tells an opted-in client which of its changes are on disk, and those survive kill -9', async () => {
    const server = await startServer({ env: { COMPACT_RECORDS: '100000' } })
    cleanup.push(() => server.dispose())
    const client = savedClient(server, 'note:acked')
    await client.synced()
    await waitFor(() => client.saved().size >= 0 && client.provider.wsconnected, { message: 'connected' })
    for (let i = 0; i < 50; i++) client.doc.getArray<number>('n').push([i])
    const own = client.doc.clientID
    await waitFor(() => client.saved().get(own) === Y.getState(client.doc.store, own), { message: 'all 50 changes acknowledged' })

    // Everything acknowledged must be there after a crash.
    await server.kill()
    const restarted = await startServer({ dataDir: server.dataDir })
    cleanup.push(() => restarted.dispose())
    client.provider.disconnect()
    const reader = connectClient(restarted, 'note:acked')
    cleanup.push(() => reader.destroy())
    await reader.synced()
    expect(reader.doc.getArray('n').toArray()).toEqual(Array.from({ length: 50 }, (_, i) => i))
  })

  it('answers the opt-in at once when everything is already on disk', async () => {
    const server = await startServer()
    cleanup.push(() => server.dispose())
    const writer = connectClient(server, 'note:idle-ack')
    cleanup.push(() => writer.destroy())
    await writer.synced()
    writer.doc.getText('t').insert(0, 'Козыревск')
    const late = savedClient(server, 'note:idle-ack')
    await late.synced()
    await waitFor(() => late.saved().get(writer.doc.clientID) === 9, { message: "the writer's 9 characters acknowledged" })
  })

  it('never sends the extension to a client that did not opt in', async () => {
    const server = await startServer()
    cleanup.push(() => server.dispose())
    const writer = connectClient(server, 'note:plain')
    cleanup.push(() => writer.destroy())
    await writer.synced()
    const raw = new WebSocket(`${server.wsUrl}/note:plain?token=${server.token}`)
    cleanup.push(() => raw.terminate())
    const types: number[] = []
    raw.on('message', (data: Buffer) => types.push(data[0] ?? -1))
    await new Promise((resolve) => raw.on('open', resolve))
    const watcher = savedClient(server, 'note:plain')
    await watcher.synced()
    for (let i = 0; i < 20; i++) writer.doc.getText('t').insert(0, 'x')
    // Once an opted-in client has the acknowledgement, any wrongly sent one is ahead of
    // the answer to a sync step 1 on the plain socket (same socket, same order).
    await waitFor(() => watcher.saved().get(writer.doc.clientID) === 20, { message: 'the watcher acknowledged' })
    const before = types.length
    raw.send(Uint8Array.of(MessageType.sync, 0, 1, 0)) // sync step 1 with an empty state vector
    await waitFor(() => types.length > before, { message: 'the sync step 2 answer' })
    expect(types).not.toContain(MessageType.savedOnServer)
  })
})
