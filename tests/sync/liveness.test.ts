import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { MessageType } from '../../shared/protocol.js'
import { connectClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

let server: TestServer
let slowServer: TestServer
beforeAll(async () => {
  ;[server, slowServer] = await Promise.all([
    startServer({ env: { PING_INTERVAL_MS: '200' } }),
    startServer({ env: { SLOW_CONSUMER_BYTES: '1024', SLOW_CONSUMER_MS: '100' } }),
  ])
})
afterAll(async () => {
  await Promise.all([server.dispose(), slowServer.dispose()])
})

/** An awareness frame announcing `name` for a fresh client id. */
function awarenessFrame(name: string): { frame: Uint8Array; clientId: number } {
  const doc = new Y.Doc()
  const awareness = new awarenessProtocol.Awareness(doc)
  awareness.setLocalStateField('user', { name })
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]))
  const result = { frame: encoding.toUint8Array(encoder), clientId: doc.clientID }
  awareness.destroy()
  doc.destroy()
  return result
}

describe('liveness', () => {
  it('drops a client that stops answering pings, and its presence with it', async () => {
    const observer = connectClient(server, 'note:pings')
    await observer.synced()
    const silent = new WebSocket(`${server.wsUrl}/note:pings?token=${server.token}`, { autoPong: false })
    const closed = new Promise<void>((resolve) => silent.on('close', () => resolve()))
    await new Promise((resolve) => silent.on('open', resolve))
    const { frame, clientId } = awarenessFrame('Молчун')
    silent.send(frame)
    await waitFor(() => observer.provider.awareness.getStates().has(clientId), { message: 'the silent client to be present' })
    await closed
    await waitFor(() => !observer.provider.awareness.getStates().has(clientId), { message: 'its presence to be removed' })
    expect(observer.provider.wsconnected).toBe(true)
    observer.destroy()
  })

  it('disconnects a client whose send buffer stays over the limit', async () => {
    const writer = connectClient(slowServer, 'note:slow')
    await writer.synced()
    const slow = new WebSocket(`${slowServer.wsUrl}/note:slow?token=${slowServer.token}`)
    slow.on('error', () => {})
    await new Promise((resolve) => slow.on('open', resolve))
    // Stop reading: the server's send buffer for this socket fills up. (A paused
    // socket does not see the close either, so the server's log tells.)
    ;(slow as unknown as { _socket: { pause(): void } })._socket.pause()
    const text = writer.doc.getText('t')
    await waitFor(
      () => {
        text.insert(text.length, 'x'.repeat(64 * 1024))
        return slowServer.logs.find((l) => l.msg === 'slow consumer disconnected')
      },
      { timeout: 30_000, interval: 10, message: 'the slow client to be disconnected' },
    )
    await waitFor(async () => ((await (await fetch(`${slowServer.url}/healthz`)).json()) as { connections: number }).connections === 1, {
      message: 'only the writer to stay connected',
    })
    expect(writer.provider.wsconnected).toBe(true)
    slow.terminate()
    writer.destroy()
  })
})
