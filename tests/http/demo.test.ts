import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listActions, listConsultations } from '../../shared/schema/consultation.js'
import { canvasText } from '../../shared/schema/initiative.js'
import { listCards } from '../../shared/schema/kanban.js'
import { noteBodyText } from '../../shared/schema/note.js'
import { listPlanItems } from '../../shared/schema/plan.js'
import { connectClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'

let server: TestServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server.dispose()
})

async function open(docId: string) {
  const client = connectClient(server, docId)
  await client.synced()
  return client
}

describe('demo board', () => {
  it('creates the sample module «Палана» with initiatives, a canvas, a plan and a consultation', async () => {
    const res = await server.fetch(`/api/boards/demo`, { method: 'POST' })
    expect(res.status).toBe(201)
    const board = (await res.json()) as { id: string; title: string; district: string }
    expect(board.title).toBe('Палана')

    const listed = (await (await server.fetch(`/api/boards`)).json()) as Array<{ id: string }>
    expect(listed.map((b) => b.id)).toContain(board.id)

    const boardDoc = await open(`board:${board.id}`)
    const cards = listCards(boardDoc.doc)
    expect(cards.length).toBeGreaterThanOrEqual(5)
    expect(new Set(cards.map((c) => c.stage)).size).toBeGreaterThan(2)
    expect(listPlanItems(boardDoc.doc).length).toBeGreaterThan(3)
    const [consultation] = listConsultations(boardDoc.doc)
    expect(consultation?.initiativeId).toBeTruthy()
    expect(listActions(boardDoc.doc).length).toBeGreaterThan(0)

    const canvas = await open(`initiative:${consultation!.initiativeId}`)
    expect(canvasText(canvas.doc).problem.length).toBeGreaterThan(50)
    const note = await open(`note:${consultation!.id}`)
    expect(noteBodyText(note.doc).length).toBeGreaterThan(20)
    ;[boardDoc, canvas, note].forEach((c) => c.destroy())
  })

  it('deletes a board and undoes the deletion', async () => {
    const created = (await (await server.fetch(`/api/boards/demo`, { method: 'POST' })).json()) as { id: string }
    expect((await server.fetch(`/api/boards/${created.id}`, { method: 'DELETE' })).status).toBe(200)
    let ids = ((await (await server.fetch(`/api/boards`)).json()) as Array<{ id: string }>).map((b) => b.id)
    expect(ids).not.toContain(created.id)
    const undo = await server.fetch(`/api/boards/${created.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ deleted: false }),
    })
    expect(undo.status).toBe(200)
    ids = ((await (await server.fetch(`/api/boards`)).json()) as Array<{ id: string }>).map((b) => b.id)
    expect(ids).toContain(created.id)
  })
})
