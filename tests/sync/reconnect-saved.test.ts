/**
 * The client's count of unsent changes against the real server: insertions
 * are confirmed by the durable state vector, deletions by a saved mark that
 * comes only once they are on disk (a kill -9 right after loses nothing);
 * changes made while the server is away count as unsent until a reconnect
 * has stored them; a client that never asks never receives a mark.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { SavedTracker } from '../../client/src/sync/savedTracker.js'
import { countUnsentStructs, mergeStateVector } from '../../client/src/sync/unsent.js'
import { MessageType } from '../../shared/protocol.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const cleanup: Array<() => unknown> = []
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn()
})

/** A stock provider with the app's saved-state tracker on it. */
function trackedClient(server: TestServer, docId: string): TestClient & { tracker: SavedTracker } {
  const client = connectClient(server, docId)
  const tracker = new SavedTracker(docId, client.doc, client.provider, null, () => undefined)
  cleanup.push(() => {
    tracker.destroy()
    client.destroy()
  })
  return Object.assign(client, { tracker })
}

async function readText(server: TestServer, docId: string): Promise<string> {
  const reader = connectClient(server, docId)
  try {
    await reader.synced()
    return reader.doc.getText('t').toString()
  } finally {
    reader.destroy()
  }
}

describe('unsent changes, as the client counts them', () => {
  it('confirms insertions by the state vector and a deletion by a mark, only once on disk', async () => {
    const server = await startServer({ env: { COMPACT_RECORDS: '100000' } })
    cleanup.push(() => server.dispose())
    const anna = trackedClient(server, 'note:marks')
    await anna.synced()
    await waitFor(() => anna.tracker.confirmed, { message: 'nothing to send at first' })

    anna.doc.getText('t').insert(0, 'Палана Козыревск')
    await Promise.resolve() // the count follows the transaction by a microtask
    expect(anna.tracker.unsent).toBeGreaterThan(0)
    await waitFor(() => anna.tracker.confirmed, { message: 'the insertion on disk' })

    // A deletion does not move any clock: only the mark can confirm it.
    anna.doc.getText('t').delete(0, 'Палана '.length)
    await waitFor(() => anna.tracker.unsent === 1, { message: 'the deletion counted' })
    await waitFor(() => anna.tracker.confirmed, { message: 'the deletion confirmed by a mark' })

    // Confirmed means on disk: a crash right now keeps it.
    await server.kill()
    const restarted = await startServer({ dataDir: server.dataDir })
    cleanup.push(() => restarted.dispose())
    expect(await readText(restarted, 'note:marks')).toBe('Козыревск')
  })

  it('counts what was changed while the server was away until a reconnect stored it', async () => {
    const server = await startServer()
    cleanup.push(() => server.dispose())
    const anna = trackedClient(server, 'note:away')
    await anna.synced()
    anna.doc.getText('t').insert(0, 'Эссо, Тиличики')
    await Promise.resolve() // the count follows the transaction by a microtask
    await waitFor(() => anna.tracker.confirmed, { message: 'the first text on disk' })

    expect(await server.stop()).toBe(0)
    await waitFor(() => !anna.provider.wsconnected, { message: 'the connection gone' })
    anna.doc.getText('t').delete(0, 'Эссо, '.length)
    anna.doc.getText('t').insert(anna.doc.getText('t').length, ', Оссора')
    await waitFor(() => anna.tracker.unsent === 2, { message: 'one deletion and one insertion unsent' })
    expect(anna.tracker.confirmed).toBe(false)

    const back = await startServer({ dataDir: server.dataDir, port: server.port })
    cleanup.push(() => back.dispose())
    await waitFor(() => anna.tracker.confirmed, { timeout: 20_000, message: 'everything stored after the reconnect' })
    expect(await readText(back, 'note:away')).toBe('Тиличики, Оссора')
  })

  it('never sends a mark answer to a client that did not ask', async () => {
    const server = await startServer()
    cleanup.push(() => server.dispose())
    const raw = new WebSocket(`${server.wsUrl}/note:quiet?token=${server.token}`)
    cleanup.push(() => raw.terminate())
    const types: number[] = []
    raw.on('message', (data: Buffer) => types.push(data[0] ?? -1))
    await new Promise((resolve) => raw.on('open', resolve))
    const anna = trackedClient(server, 'note:quiet')
    await anna.synced()
    anna.doc.getText('t').insert(0, 'Усть-Камчатск')
    anna.doc.getText('t').delete(0, 4)
    await Promise.resolve()
    await waitFor(() => anna.tracker.confirmed, { message: 'the deletion confirmed for the asking client' })
    const before = types.length
    raw.send(Uint8Array.of(MessageType.sync, 0, 1, 0))
    await waitFor(() => types.length > before, { message: 'the sync step 2 answer' })
    expect(types).not.toContain(MessageType.savedMark)
    expect(types).not.toContain(MessageType.savedOnServer)
  })
})

describe('the unsent rule', () => {
  it('counts structs beyond the durable state vector, for every client id on this device', () => {
    const earlier = new Y.Doc() // a previous session, known only from IndexedDB
    earlier.getText('t').insert(0, 'Палана')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier))
    const durable = new Map<number, number>()
    expect(countUnsentStructs(doc, durable)).toBe(1)
    expect(countUnsentStructs(doc, durable, doc.clientID)).toBe(0)
    mergeStateVector(durable, Y.decodeStateVector(Y.encodeStateVector(doc)))
    expect(countUnsentStructs(doc, durable)).toBe(0)

    // A typed word is one change, not one per letter; a run half on the server counts once.
    const text = doc.getText('t')
    for (const ch of ' Эссо') text.insert(text.length, ch)
    expect(countUnsentStructs(doc, durable)).toBe(1)
    // A durable state only grows: an older vector changes nothing.
    expect(mergeStateVector(durable, new Map([[earlier.clientID, 2]]))).toBe(false)
  })
})
