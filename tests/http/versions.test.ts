import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { VersionMeta, VersionWithState } from '../../shared/versions.js'
import { createAccount } from '../helpers/accounts.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const servers: TestServer[] = []
const clients: TestClient[] = []

afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy())
  await Promise.all(servers.splice(0).map((s) => s.dispose()))
})

async function start(env: Record<string, string> = {}, dataDir?: string): Promise<TestServer> {
  const server = await startServer({ env, dataDir })
  servers.push(server)
  return server
}

/** Opens a document as the curator, or as a person called `name` (authors come from the account that sent a change). */
async function open(server: TestServer, docId: string, name?: string): Promise<TestClient> {
  const as = name ? await createAccount(server, { name, workspaceRole: 'curator' }) : undefined
  const client = connectClient(server, docId, { as })
  clients.push(client)
  await client.synced()
  return client
}

const api = (server: TestServer, path: string, init?: RequestInit) =>
  server.fetch(`/api/docs/${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...init?.headers } })

async function list(server: TestServer, docId: string): Promise<VersionMeta[]> {
  const res = await api(server, `${docId}/versions`)
  expect(res.status).toBe(200)
  return (await res.json()) as VersionMeta[]
}

async function named(server: TestServer, docId: string, name: string): Promise<VersionMeta> {
  const res = await api(server, `${docId}/versions`, { method: 'POST', body: JSON.stringify({ name }) })
  expect(res.status).toBe(201)
  return (await res.json()) as VersionMeta
}

/** Waits until the server holds the client's state (a fresh reader sees `expected`). */
async function serverSees(server: TestServer, docId: string, read: (doc: Y.Doc) => string, expected: string): Promise<void> {
  const reader = await open(server, docId)
  await waitFor(() => read(reader.doc) === expected, { message: `the server to hold «${expected}»` })
  reader.destroy()
}

const text = (doc: Y.Doc) => doc.getText('body').toString()

describe('version history', () => {
  it('takes a named version, lists it with its authors, and returns its state', async () => {
    const server = await start()
    const anna = await open(server, 'note:plan', 'Анна Коерина')
    anna.doc.getText('body').insert(0, 'Подано в ФПГ')
    await serverSees(server, 'note:plan', text, 'Подано в ФПГ')

    const version = await named(server, 'note:plan', 'Подано в ФПГ 15.03')
    expect(version).toMatchObject({ kind: 'named', name: 'Подано в ФПГ 15.03', authors: ['Анна Коерина'] })

    anna.doc.getText('body').insert(0, 'Черновик: ')
    await serverSees(server, 'note:plan', text, 'Черновик: Подано в ФПГ')
    expect((await list(server, 'note:plan')).map((v) => v.id)).toEqual([version.id])

    const res = await api(server, `note:plan/versions/${version.id}`)
    const body = (await res.json()) as VersionWithState
    const old = new Y.Doc()
    Y.applyUpdate(old, Buffer.from(body.update, 'base64'))
    expect(text(old)).toBe('Подано в ФПГ')
    expect(body.version).toEqual(version)
  })

  it('restores a version as a new change while someone else edits, and both survive everywhere', async () => {
    const server = await start()
    const anna = await open(server, 'initiative:club', 'Анна')
    const boris = await open(server, 'initiative:club', 'Борис')
    const cards = anna.doc.getMap<string>('fields')
    cards.set('goal', 'Клуб для детей')
    anna.doc.getText('body').insert(0, 'Проблема: нет клуба.')
    await waitFor(() => text(boris.doc) === 'Проблема: нет клуба.', { message: 'Boris to see Anna' })
    const version = await named(server, 'initiative:club', 'отправлено эксперту')

    anna.doc.getText('body').delete(0, 10)
    cards.set('goal', 'Другая цель')
    cards.set('extra', 'добавлено после')
    await waitFor(() => text(boris.doc) === 'нет клуба.' && boris.doc.getMap('fields').get('extra') === 'добавлено после', { message: 'Boris to see the later edits' })

    // Boris types at the same moment, on a link that drops: the server restores without having seen his words.
    boris.provider.disconnect()
    boris.doc.getText('body').insert(text(boris.doc).length, ' Борис:')
    const res = await api(server, `initiative:club/versions/${version.id}/restore`, { method: 'POST' })
    expect(res.status).toBe(200)
    const { before } = (await res.json()) as { before: VersionMeta }
    expect(before).toMatchObject({ kind: 'beforeRestore', restoredFrom: version.id })
    await waitFor(() => text(anna.doc) === 'Проблема: нет клуба.', { message: 'Anna to see the restore live' })
    boris.provider.connect()

    const expected = 'Проблема: нет клуба. Борис:'
    for (const c of [anna, boris]) {
      await waitFor(() => text(c.doc) === expected, { message: `restored text on a replica (now «${text(c.doc)}»)` })
      expect(c.doc.getMap('fields').toJSON()).toEqual({ goal: 'Клуб для детей' })
    }

    // Durable: a restart serves the restored state, and history keeps the state before the restore too.
    const dataDir = server.dataDir
    clients.splice(0).forEach((c) => c.destroy())
    expect(await server.stop()).toBe(0)
    const again = await start({}, dataDir)
    const reader = await open(again, 'initiative:club')
    expect(text(reader.doc)).toBe(expected)
    const versions = await list(again, 'initiative:club')
    // Newest first: the restored state (taken at shutdown, as it changed), the state before the restore, the named one.
    expect(versions.map((v) => v.kind)).toEqual(['auto', 'beforeRestore', 'named'])
    const beforeState = (await (await api(again, `initiative:club/versions/${before.id}`)).json()) as VersionWithState
    const old = new Y.Doc()
    Y.applyUpdate(old, Buffer.from(beforeState.update, 'base64'))
    expect(old.getMap('fields').get('extra')).toBe('добавлено после')
  })

  it('takes an automatic version after a quiet stretch and when a changed document unloads', async () => {
    const server = await start({ HISTORY_QUIET_MS: '300', IDLE_UNLOAD_MS: '200' })
    const anna = await open(server, 'note:auto', 'Анна')
    anna.doc.getText('body').insert(0, 'первая правка')
    await waitFor(async () => (await list(server, 'note:auto')).length === 1, { message: 'an automatic version after the quiet time' })
    const [first] = await list(server, 'note:auto')
    expect(first).toMatchObject({ kind: 'auto', name: null, authors: ['Анна'] })

    anna.doc.getText('body').insert(0, 'вторая ')
    await serverSees(server, 'note:auto', text, 'вторая первая правка')
    anna.destroy()
    await waitFor(async () => (await list(server, 'note:auto')).length === 2, { message: 'a version when the document unloads (or goes quiet)' })
    // Nothing changed since: no more versions however long it stays quiet or unloaded.
    const reader = await open(server, 'note:auto')
    expect(text(reader.doc)).toBe('вторая первая правка')
    reader.destroy()
    await waitFor(async () => ((await (await fetch(`${server.url}/healthz`)).json()) as { docsLoaded: number }).docsLoaded === 0, { message: 'the document to unload again' })
    expect(await list(server, 'note:auto')).toHaveLength(2)
  })

  it('answers bad requests with 400 and unknown versions with 404', async () => {
    const server = await start()
    expect((await api(server, 'nonsense/versions')).status).toBe(400)
    expect((await api(server, 'note:x/versions', { method: 'POST', body: JSON.stringify({ name: '' }) })).status).toBe(400)
    expect((await api(server, 'note:x/versions', { method: 'POST', body: JSON.stringify({ title: 'x' }) })).status).toBe(400)
    expect((await api(server, 'note:x/versions', { method: 'POST', body: '{' })).status).toBe(400)
    expect((await api(server, 'note:x/versions/0000-missing')).status).toBe(404)
    expect((await api(server, 'note:x/versions/../../etc')).status).toBe(404)
    expect((await api(server, 'note:x/versions/0000-missing/restore', { method: 'POST' })).status).toBe(404)
    expect(await list(server, 'note:never')).toEqual([])
  })
})
