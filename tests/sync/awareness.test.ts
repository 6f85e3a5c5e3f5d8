import * as encoding from 'lib0/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { MessageType } from '../../shared/protocol.js'
import { createAccount } from '../helpers/accounts.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

let server: TestServer
const clients: TestClient[] = []

beforeAll(async () => {
  // No periodic re-check during these tests: what changes presence must do so by itself.
  server = await startServer({ env: { ACCESS_RECHECK_MS: '600000' } })
})

afterAll(async () => {
  clients.forEach((c) => c.destroy())
  await server.dispose()
})

/** An awareness frame, written by hand: whatever client id and state the sender likes. */
function awarenessFrame(entries: Array<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, entries.length)
  for (const e of entries) {
    encoding.writeVarUint(update, e.clientId)
    encoding.writeVarUint(update, e.clock)
    encoding.writeVarString(update, JSON.stringify(e.state))
  }
  const frame = encoding.createEncoder()
  encoding.writeVarUint(frame, MessageType.awareness)
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update))
  return encoding.toUint8Array(frame)
}

const nameOf = (c: TestClient, clientId: number) => (c.provider.awareness.getStates().get(clientId) as { user?: { name?: string } } | undefined)?.user?.name

const roleOf = (c: TestClient, clientId: number) => (c.provider.awareness.getStates().get(clientId) as { user?: { role?: string } } | undefined)?.user?.role

describe('presence belongs to its connection', () => {
  it('ignores a forged presence or removal for someone else’s client id, and keeps the sender’s own', async () => {
    const docId = 'note:presence'
    const account = (name: string) => createAccount(server, { name, workspaceRole: 'curator' })
    const [annaAccount, borisAccount, guestAccount] = await Promise.all([account('Анна'), account('Борис'), account('Гость')])
    const anna = connectClient(server, docId, { as: annaAccount })
    const boris = connectClient(server, docId, { as: borisAccount })
    clients.push(anna, boris)
    // Whatever name a client claims, the server shows the account's.
    anna.provider.awareness.setLocalStateField('user', { name: 'Не Анна', color: '#3366cc' })
    await Promise.all([anna.synced(), boris.synced()])
    const annaId = anna.doc.clientID
    await waitFor(() => nameOf(boris, annaId) === 'Анна', { message: 'Boris to see Anna' })
    expect(roleOf(boris, annaId)).toBe('curator')

    const forger = new WebSocket(`${server.wsUrl}/${docId}?token=${guestAccount.token}`)
    await new Promise((resolve, reject) => forger.once('open', resolve).once('error', reject))
    const clock = anna.provider.awareness.meta.get(annaId)?.clock ?? 0
    const ownId = 424242
    forger.send(awarenessFrame([
      { clientId: annaId, clock: clock + 10, state: { user: { name: 'Подделка', color: '#000000' } } },
      { clientId: ownId, clock: 1, state: { user: { name: 'Самозванец', color: '#00aa00' } } },
    ]))
    forger.send(awarenessFrame([{ clientId: annaId, clock: clock + 20, state: null }]))

    // The forger's own presence arrives; Anna's stays hers.
    await waitFor(() => nameOf(boris, ownId) === 'Гость', { message: "the forger's own presence" })
    await waitFor(() => server.logs.filter((l) => String(l.msg).startsWith('awareness for another')).length === 2, { message: `the forged entries logged: ${JSON.stringify(server.logs.slice(-4))}` })
    expect(nameOf(boris, annaId)).toBe('Анна')
    const fresh = connectClient(server, docId)
    clients.push(fresh)
    await fresh.synced()
    await waitFor(() => nameOf(fresh, annaId) === 'Анна' && nameOf(fresh, ownId) === 'Гость', { message: 'a newcomer to see the true presence' })
    forger.close()
  })

  it('shows a new name at once after the person changes it', async () => {
    const docId = 'note:rename'
    const veraAccount = await createAccount(server, { name: 'Вера', workspaceRole: 'curator' })
    const vera = connectClient(server, docId, { as: veraAccount })
    const watcher = connectClient(server, docId)
    clients.push(vera, watcher)
    vera.provider.awareness.setLocalStateField('user', { name: 'Вера', color: '#3366cc' })
    await Promise.all([vera.synced(), watcher.synced()])
    const veraId = vera.doc.clientID
    await waitFor(() => nameOf(watcher, veraId) === 'Вера', { message: 'the watcher to see Vera' })
    const renamed = await fetch(`${server.url}/api/auth/me`, {
      method: 'PATCH',
      headers: { ...veraAccount.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Вера Кимова' }),
    })
    expect(renamed.status).toBe(200)
    // What the app does next: presence with the new name, stamped by the server from the account.
    vera.provider.awareness.setLocalStateField('user', { name: 'Вера Кимова', color: '#3366cc' })
    await waitFor(() => nameOf(watcher, veraId) === 'Вера Кимова', { timeout: 5_000, message: 'the new name without waiting for a periodic check' })
  })
})
