/**
 * Who may open and change a document over sync: the upgrade is refused
 * without credentials (401) or a role (403) before anything loads; viewers
 * read but their updates reach neither other clients nor the disk; live
 * connections close when the session, token or membership ends.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { CloseCode, MessageType } from '../../shared/protocol.js'
import { createThread, deleteReply, listThreads, reply, setResolved } from '../../shared/schema/comments.js'
import { parseLogFileName } from '../../server/storage/docLayout.js'
import { decodeAttributed, parseLog, RecordKind } from '../../server/storage/logRecords.js'
import { admin, createAccount, type Account } from '../helpers/accounts.js'
import { createBoard } from '../helpers/boards.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

let server: TestServer
let boardId: string
let otherBoardId: string
const clients: TestClient[] = []

beforeAll(async () => {
  server = await startServer({ env: { ACCESS_RECHECK_MS: '200', SESSION_TTL_MS: '1500' } })
  boardId = (await createBoard(server, { title: 'Палана' })).id
  otherBoardId = (await createBoard(server, { title: 'Козыревск' })).id
})

afterAll(async () => {
  clients.forEach((c) => c.destroy())
  await server.dispose()
})

function open(docId: string, as?: Account): TestClient {
  const client = connectClient(server, docId, { as })
  clients.push(client)
  return client
}

/** The HTTP status an upgrade gets (101 when it is accepted). */
function upgradeStatus(query: string, headers: Record<string, string> = {}, docId = `board:${boardId}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.wsUrl}/${docId}${query}`, { headers })
    ws.once('open', () => {
      ws.close()
      resolve(101)
    })
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      ws.terminate()
    })
    ws.once('error', (e) => {
      if (!String(e.message).includes('Unexpected server response')) reject(e)
    })
  })
}

/** A raw connection as `account`; collects every frame and the close code. */
async function raw(account: Account, docId = `board:${boardId}`) {
  const ws = new WebSocket(`${server.wsUrl}/${docId}?token=${account.token}`)
  const frames: Uint8Array[] = []
  let closed: number | null = null
  ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)))
  ws.on('close', (code) => (closed = code))
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))
  return { ws, frames, closeCode: () => closed }
}

const health = async () => (await (await fetch(`${server.url}/healthz`)).json()) as { docsLoaded: number }

describe('opening a document', () => {
  it('refuses an upgrade without credentials, or with a wrong token, before loading anything', async () => {
    const before = await health()
    expect(await upgradeStatus('', {}, 'note:never-loaded')).toBe(401)
    expect(await upgradeStatus('?token=not-a-token', {}, 'note:never-loaded')).toBe(401)
    expect(await upgradeStatus('', { cookie: 'impact_session=forged' }, 'note:never-loaded')).toBe(401)
    expect((await health()).docsLoaded).toBe(before.docsLoaded)
    expect(await upgradeStatus(`?token=${server.token}`)).toBe(101)
  })

  it('refuses a person with no role on the document’s board (403)', async () => {
    const olga = await createAccount(server, { name: 'Ольга', board: { id: otherBoardId, role: 'activist' } })
    expect(await upgradeStatus(`?token=${olga.token}`, {}, `board:${boardId}`)).toBe(403)
    expect(await upgradeStatus(`?token=${olga.token}`, {}, `board:${otherBoardId}`)).toBe(101)
    // A document no board lists belongs to the workspace: curators only.
    expect(await upgradeStatus(`?token=${olga.token}`, {}, 'note:unlisted')).toBe(403)
  })

  it('checks the Origin a browser sends (cross-site websocket hijacking)', async () => {
    // A fresh session: sessions on this server last 1.5 s.
    const cookie = `impact_session=${(await createAccount(server, { name: 'Куратор', workspaceRole: 'curator' })).cookie}`
    expect(await upgradeStatus('', { cookie, origin: 'https://evil.example' })).toBe(403)
    expect(await upgradeStatus('', { cookie, origin: server.url })).toBe(101)
  })

  it('refuses an ended session and a revoked token, and closes their live connections', async () => {
    const vera = await createAccount(server, { name: 'Вера', board: { id: boardId, role: 'activist' } })
    const byToken = await raw(vera)
    const revoke = await fetch(`${server.url}/api/auth/token`, { method: 'POST', headers: { cookie: `impact_session=${vera.cookie}`, 'content-type': 'application/json' }, body: '{}' })
    const { id, token } = (await revoke.json()) as { id: string; token: string }
    const second = new WebSocket(`${server.wsUrl}/board:${boardId}?token=${token}`)
    let secondClosed: number | null = null
    second.on('close', (code) => (secondClosed = code))
    await new Promise((resolve) => second.once('open', resolve))
    expect((await fetch(`${server.url}/api/auth/token/${id}`, { method: 'DELETE', headers: { cookie: `impact_session=${vera.cookie}` } })).status).toBe(204)
    await waitFor(() => secondClosed === CloseCode.signedOut, { message: 'the revoked token’s connection to close' })
    expect(await upgradeStatus(`?token=${token}`)).toBe(401)
    expect(byToken.closeCode()).toBe(null)

    // The session lasts 1.5 s on this server.
    const cookie = `impact_session=${vera.cookie}`
    await waitFor(async () => (await upgradeStatus('', { cookie })) === 401, { message: 'the expired session to be refused', timeout: 10_000 })
  })
})

describe('viewers and commenters', () => {
  it('lets a viewer read, but their updates reach neither other people nor the disk', async () => {
    const docId = `board:${boardId}`
    const editor = open(docId)
    await editor.synced()
    editor.doc.getText('notes').insert(0, 'план')
    const viewer = await createAccount(server, { name: 'Наблюдатель', board: { id: boardId, role: 'viewer' } })
    const reader = open(docId, viewer)
    await waitFor(() => reader.doc.getText('notes').toString() === 'план', { message: 'the viewer to read' })

    // Through the stock provider: the change stays on the viewer's device.
    reader.doc.getText('notes').insert(0, 'ВЗЛОМ ')
    // And through a raw frame: answered with permission denied.
    const rawViewer = await raw(viewer)
    const forged = new Y.Doc()
    forged.getText('notes').insert(0, 'подделка')
    const frame = encoding.createEncoder()
    encoding.writeVarUint(frame, MessageType.sync)
    syncProtocol.writeUpdate(frame, Y.encodeStateAsUpdate(forged))
    rawViewer.ws.send(encoding.toUint8Array(frame))
    await waitFor(() => rawViewer.frames.some((f) => f[0] === MessageType.auth), { message: 'permission denied' })
    const denied = decoding.createDecoder(rawViewer.frames.find((f) => f[0] === MessageType.auth) as Uint8Array)
    decoding.readVarUint(denied)
    expect(decoding.readVarUint(denied)).toBe(0)
    expect(decoding.readVarString(denied)).toBe('you may only read this board')

    // The editor writes after the refused changes; once it arrives, nothing refused came before it.
    editor.doc.getText('notes').insert(4, ' готов')
    const fresh = open(docId)
    await waitFor(() => fresh.doc.getText('notes').toString() === 'план готов', { message: 'a fresh reader to see only the editor’s text' })
    expect(editor.doc.getText('notes').toString()).toBe('план готов')

    // On disk: restart and read again.
    clients.splice(0).forEach((c) => c.destroy())
    rawViewer.ws.close()
    expect(await server.stop()).toBe(0)
    server = await startServer({ dataDir: server.dataDir, env: { ACCESS_RECHECK_MS: '200', SESSION_TTL_MS: '1500' } })
    const afterRestart = open(docId)
    await afterRestart.synced()
    expect(afterRestart.doc.getText('notes').toString()).toBe('план готов')
  })

  it('lets a viewer the curator allows comment, and nothing else', async () => {
    const docId = `board:${boardId}`
    const editor = open(docId)
    await editor.synced()
    const commenter = await createAccount(server, { name: 'Эксперт-наблюдатель', board: { id: boardId, role: 'viewer', viewerMayComment: true } })
    const client = open(docId, commenter)
    await client.synced()
    createThread(client.doc, { kind: 'card', id: 'card1' }, { author: { name: 'Эксперт-наблюдатель', color: '#1f5f8b' }, text: 'Уточните бюджет' })
    client.doc.getText('notes').insert(0, 'не моё ')
    await waitFor(() => listThreads(editor.doc).length === 1, { message: 'the comment to reach the editor' })
    const fresh = open(docId)
    await fresh.synced()
    await waitFor(() => listThreads(fresh.doc).length === 1, { message: 'the comment on the server' })
    expect(fresh.doc.getText('notes').toString()).not.toContain('не моё')
  })

  it('lets a commenter write only in their own name', async () => {
    const docId = `board:${boardId}`
    const editor = open(docId)
    await editor.synced()
    const curatorName = server.curator.user.name
    const threadId = createThread(editor.doc, { kind: 'card', id: 'card2' }, { author: { name: curatorName, color: '#8b1f1f' }, text: 'Проверьте смету' })
    const curatorReply = listThreads(editor.doc).find((t) => t.id === threadId)?.replies[0]?.id ?? ''
    const name = 'Наблюдатель Лена'
    const lena = await createAccount(server, { name, board: { id: boardId, role: 'viewer', viewerMayComment: true } })
    // Each attempt on its own connection: a refused update would hold back the later ones of the same client.
    const attempt = async (change: (doc: Y.Doc) => void) => {
      const client = open(docId, lena)
      await client.synced()
      await waitFor(() => listThreads(client.doc).some((t) => t.id === threadId), { message: 'the curator’s thread at the commenter' })
      change(client.doc)
    }
    await attempt((doc) => createThread(doc, { kind: 'card', id: 'card2' }, { author: { name: curatorName, color: '#8b1f1f' }, text: 'Подделка' }))
    await attempt((doc) => deleteReply(doc, threadId, curatorReply, { name: curatorName }))
    await attempt((doc) => setResolved(doc, threadId, true, curatorName))
    // Their own name with someone else's account id.
    await attempt((doc) => reply(doc, threadId, { author: { name, color: '#1f5f8b', id: server.curator.user.id }, text: 'Подделка' }))
    await attempt((doc) => reply(doc, threadId, { author: { name, color: '#1f5f8b', id: lena.user.id }, text: 'Смета обновлена' }))
    await waitFor(() => listThreads(editor.doc).find((t) => t.id === threadId)?.replies.length === 2, { message: 'the commenter’s own reply' })

    const fresh = open(docId)
    await fresh.synced()
    const threads = listThreads(fresh.doc)
    expect(threads.some((t) => t.replies.some((r) => r.text === 'Подделка'))).toBe(false)
    const thread = threads.find((t) => t.id === threadId)
    expect(thread?.replies.map((r) => [r.author.name, r.text])).toEqual([
      [curatorName, 'Проверьте смету'],
      [name, 'Смета обновлена'],
    ])
    expect(thread?.resolved).toBe(false)
  })
})

describe('while connected', () => {
  it('closes a removed member’s connections within seconds, and a disabled account’s', async () => {
    const pavel = await createAccount(server, { name: 'Павел', board: { id: boardId, role: 'activist' } })
    const conn = await raw(pavel)
    expect((await server.fetch(`/api/boards/${boardId}/members/${pavel.user.id}`, { method: 'DELETE' })).status).toBe(204)
    await waitFor(() => conn.closeCode() === CloseCode.accessRevoked, { message: 'the removed member’s connection to close' })

    const rita = await createAccount(server, { name: 'Рита', login: 'rita', board: { id: boardId, role: 'expert' } })
    const ritaConn = await raw(rita)
    expect((await admin(server.dataDir, ['disable-user', '--login', 'rita'])).code).toBe(0)
    await waitFor(() => ritaConn.closeCode() === CloseCode.signedOut, { message: 'the disabled account’s connection to close' })
  })

  it('records who sent each stored update', async () => {
    const nina = await createAccount(server, { name: 'Нина', board: { id: boardId, role: 'expert' } })
    const client = open(`board:${boardId}`, nina)
    await client.synced()
    client.doc.getMap('attribution-check').set('by', 'nina')
    const dir = path.join(server.dataDir, 'docs')
    const authors = () => {
      const found = new Set<string>()
      const walk = (d: string): void => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = path.join(d, e.name)
          if (e.isDirectory()) walk(p)
          else if (parseLogFileName(e.name) !== null) {
            for (const r of parseLog(readFileSync(p)).records) if (r.kind === RecordKind.attributedUpdate) found.add(decodeAttributed(r.payload).author)
          }
        }
      }
      walk(dir)
      return found
    }
    await waitFor(() => authors().has(nina.user.id), { message: 'an update attributed to Nina on disk' })
  })

  it('never logs a token or a session secret, even from refused upgrades', async () => {
    const eve = await createAccount(server, { name: 'Ева', board: { id: otherBoardId, role: 'viewer' } })
    expect(await upgradeStatus(`?token=${eve.token}`, { cookie: `impact_session=${eve.cookie}` })).toBe(403)
    const logs = JSON.stringify(server.logs)
    for (const secret of [eve.token, eve.cookie, server.token]) expect(logs).not.toContain(secret)
  })
})
