import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addStage, cardsByStage, createCard, deleteStage, listStages, moveCard, restoreStage } from '../../shared/schema/kanban.js'
import { replica, syncAll } from './replicas.js'

const at = new Date('2025-03-01T10:00:00.000Z')
const columnIds = (doc: Y.Doc) => Object.fromEntries(cardsByStage(doc).map((c) => [c.stage.id, c.cards.map((x) => x.id)]))
const card = (doc: Y.Doc, id: string, stage?: string) => createCard(doc, { id, title: id, createdBy: 'A', stage, now: at })

describe('kanban: removing a stage with undo', () => {
  it('deleteStage moves the cards to the previous stage; restoreStage puts stage and cards back', () => {
    const doc = new Y.Doc()
    card(doc, 'a', 'idea')
    card(doc, 'b', 'initiative')
    card(doc, 'c', 'initiative')
    const before = columnIds(doc)
    const snapshot = deleteStage(doc, 'initiative')
    expect(snapshot?.into).toBe('idea')
    expect(columnIds(doc)).toEqual({ idea: ['a', 'b', 'c'], draft: [], submitted: [], won: [] })
    expect(restoreStage(doc, snapshot!)).toBe(true)
    expect(columnIds(doc)).toEqual(before)
    expect(listStages(doc).map((s) => s.id)).toEqual(['idea', 'initiative', 'draft', 'submitted', 'won'])
    // Twice is a no-op.
    expect(restoreStage(doc, snapshot!)).toBe(false)
  })

  it('keeps a renamed title and a custom stage; the first stage gives its cards to the next', () => {
    const doc = new Y.Doc()
    const custom = addStage(doc, { title: 'Отчёт', index: 0 })
    card(doc, 'x', custom)
    const snapshot = deleteStage(doc, custom)
    expect(snapshot?.into).toBe('idea')
    expect(columnIds(doc).idea).toEqual(['x'])
    restoreStage(doc, snapshot!)
    expect(listStages(doc)[0]).toMatchObject({ id: custom, title: 'Отчёт' })
    expect(columnIds(doc)[custom]).toEqual(['x'])
  })

  it('returns null for an unknown stage and for the last one, writing nothing', () => {
    const doc = new Y.Doc()
    expect(deleteStage(doc, 'nope')).toBeNull()
    expect(doc.getMap('stages').size).toBe(0)
    for (const id of ['idea', 'initiative', 'draft', 'submitted']) expect(deleteStage(doc, id)).not.toBeNull()
    expect(deleteStage(doc, 'won')).toBeNull()
  })

  it('a card moved elsewhere after the removal stays where it was moved', () => {
    const a = replica(1)
    const b = replica(2)
    card(a, 'p', 'draft')
    card(a, 'q', 'draft')
    syncAll(a, b)
    const snapshot = deleteStage(a, 'draft')!
    syncAll(a, b)
    moveCard(b, 'q', 'won', 0)
    syncAll(a, b)
    restoreStage(a, snapshot)
    syncAll(a, b)
    expect(columnIds(a)).toEqual(columnIds(b))
    expect(columnIds(a).draft).toEqual(['p'])
    expect(columnIds(a).won).toEqual(['q'])
  })
})
