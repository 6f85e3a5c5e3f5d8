/**
 * Every REST call needs a signed-in person, and each route checks their role
 * on the board with the one matrix in shared/roles.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCard, ensureDefaultStages } from '../../shared/schema/kanban.js'
import { createAccount, sessionCookie, type Account } from '../helpers/accounts.js'
import { createBoard } from '../helpers/boards.js'
import { connectClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

let server: TestServer
let boardId: string
let otherBoardId: string
let cardId: string
let viewer: Account
let expert: Account
let outsider: Account

const as = (who: Account, path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { ...init, headers: { ...who.headers, 'content-type': 'application/json', ...init.headers } })

beforeAll(async () => {
  server = await startServer()
  boardId = (await createBoard(server, { title: 'Палана' })).id
  otherBoardId = (await createBoard(server, { title: 'Козыревск' })).id
  viewer = await createAccount(server, { name: 'Вика', board: { id: boardId, role: 'viewer' } })
  expert = await createAccount(server, { name: 'Эксперт', board: { id: boardId, role: 'expert' } })
  outsider = await createAccount(server, { name: 'Чужой', board: { id: otherBoardId, role: 'ambassador' } })
  // An initiative card on the board, so its document belongs to the board.
  const board = connectClient(server, `board:${boardId}`)
  await board.synced()
  ensureDefaultStages(board.doc)
  cardId = createCard(board.doc, { title: 'Клуб', createdBy: 'Куратор' })
  await waitFor(async () => (await server.fetch(`/api/docs/initiative:${cardId}/versions`)).status === 200 && (await as(expert, `/api/docs/initiative:${cardId}/versions`)).status === 200, {
    message: 'the board index to claim the initiative',
  })
  board.destroy()
})

afterAll(async () => {
  await server.dispose()
})

describe('signed out', () => {
  it('answers 401 with a message on every API route but sign-in and invites', async () => {
    for (const path of ['/api/boards', `/api/boards/${boardId}`, '/api/templates', `/api/docs/board:${boardId}/versions`, `/api/initiatives/${cardId}/readiness`, '/api/auth/me']) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.status, path).toBe(401)
      expect(await res.json(), path).toEqual({ error: { code: 'unauthorized', message: 'sign in first' } })
    }
    expect((await fetch(`${server.url}/api/invites/not-a-real-invite-secret`)).status).toBe(404)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})

describe('roles', () => {
  it('lists only the boards a person belongs to, each with their access', async () => {
    const listed = (await (await as(viewer, '/api/boards')).json()) as Array<{ id: string; access: unknown }>
    expect(listed).toEqual([expect.objectContaining({ id: boardId, access: { role: 'viewer', viewerMayComment: false } })])
    expect((await as(outsider, `/api/boards/${boardId}`)).status).toBe(404)
    const all = (await (await server.fetch('/api/boards')).json()) as Array<{ id: string; access: { role: string } }>
    expect(all.map((b) => b.access.role)).toEqual(['curator', 'curator'])
  })

  it('lets workspace curators create boards and templates, and board curators change boards', async () => {
    expect((await as(expert, '/api/boards', { method: 'POST', body: JSON.stringify({ title: 'Моя доска' }) })).status).toBe(403)
    expect((await as(expert, '/api/boards/demo', { method: 'POST' })).status).toBe(403)
    expect((await as(viewer, `/api/boards/${boardId}`, { method: 'PATCH', body: JSON.stringify({ title: 'Переименовано' }) })).status).toBe(403)
    expect((await as(expert, `/api/boards/${boardId}`, { method: 'DELETE' })).status).toBe(403)
    expect((await as(expert, '/api/templates', { method: 'POST', body: JSON.stringify({ copyOf: 'fpg-2026', name: 'Копия' }) })).status).toBe(403)
    expect((await as(expert, '/api/templates')).status).toBe(200)
    const renamed = await server.fetch(`/api/boards/${boardId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Палана — модуль' }) })
    expect(renamed.status).toBe(200)
  })

  it('exports for curators only; readiness for anyone who reads', async () => {
    expect((await as(expert, `/api/initiatives/${cardId}/export?format=md&template=fpg-2026`)).status).toBe(403)
    expect((await as(viewer, `/api/initiatives/${cardId}/readiness?template=fpg-2026`)).status).toBe(200)
    expect((await as(outsider, `/api/initiatives/${cardId}/readiness?template=fpg-2026`)).status).toBe(403)
    expect((await server.fetch(`/api/initiatives/${cardId}/export?format=md&template=fpg-2026`)).status).toBe(200)
  })

  it('checks versions as sync does: read to list, edit to take or restore', async () => {
    const doc = `initiative:${cardId}`
    expect((await as(viewer, `/api/docs/${doc}/versions`)).status).toBe(200)
    expect((await as(viewer, `/api/docs/${doc}/versions`, { method: 'POST', body: JSON.stringify({ name: 'Моя версия' }) })).status).toBe(403)
    expect((await as(outsider, `/api/docs/${doc}/versions`)).status).toBe(403)
    const made = await as(expert, `/api/docs/${doc}/versions`, { method: 'POST', body: JSON.stringify({ name: 'Отправлено эксперту' }) })
    expect(made.status).toBe(201)
    const { id } = (await made.json()) as { id: string }
    expect((await as(viewer, `/api/docs/${doc}/versions/${id}/restore`, { method: 'POST' })).status).toBe(403)
    expect((await as(expert, `/api/docs/${doc}/versions/${id}/restore`, { method: 'POST' })).status).toBe(200)
  })
})

describe('first run', () => {
  it('lets the first curator be made from the server’s own machine, once', async () => {
    const fresh = await startServer({ curator: false })
    try {
      expect(await (await fetch(`${fresh.url}/api/auth/setup`)).json()).toEqual({ needed: true, allowed: true })
      const body = JSON.stringify({ login: 'anna', name: 'Анна Коерина', password: 'long-enough-1', lang: 'en' })
      const viaProxy = await fetch(`${fresh.url}/api/auth/setup`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' }, body })
      expect(viaProxy.status).toBe(403)
      const made = await fetch(`${fresh.url}/api/auth/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      expect(made.status).toBe(201)
      // The account starts in the language the form was filled in.
      expect(await made.json()).toMatchObject({ login: 'anna', workspaceRole: 'curator', lang: 'en' })
      const cookie = sessionCookie(made)
      expect((await fetch(`${fresh.url}/api/auth/me`, { headers: { cookie: `impact_session=${cookie}` } })).status).toBe(200)
      const again = await fetch(`${fresh.url}/api/auth/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body.replace('anna', 'boris') })
      expect(again.status).toBe(409)
      expect(await (await fetch(`${fresh.url}/api/auth/setup`)).json()).toEqual({ needed: false, allowed: true })
      const bad = await fetch(`${fresh.url}/api/auth/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"login":"x"}' })
      expect(bad.status).toBe(400)
    } finally {
      await fresh.dispose()
    }
  })
})
