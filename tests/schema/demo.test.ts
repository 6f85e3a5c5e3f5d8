import { getSchema } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getNote, listNotes } from '../../shared/schema/board.js'
import { actionsForNote, getConsultation, openActionsForInitiative } from '../../shared/schema/consultation.js'
import { buildDemoBoard, DEMO_BOARD } from '../../shared/schema/demo.js'
import { CANVAS_BLOCK_IDS, canvasFragment, canvasText, filledBlocks } from '../../shared/schema/initiative.js'
import { cardsByStage, DEFAULT_STAGE_IDS, getCard, listCards } from '../../shared/schema/kanban.js'
import { createBoardSchema } from '../../shared/schema/meta.js'
import { noteBody, noteBodyText } from '../../shared/schema/note.js'
import { listPlanItems, planByMonth, upcomingMonths } from '../../shared/schema/plan.js'

function build(now = new Date(2025, 8, 10, 12)) {
  const board = new Y.Doc()
  const initiatives = new Map<string, Y.Doc>()
  const notes = new Map<string, Y.Doc>()
  let n = 0
  const ids = buildDemoBoard(
    {
      board,
      initiative: (id) => initiatives.set(id, initiatives.get(id) ?? new Y.Doc()).get(id)!,
      note: (id) => notes.set(id, notes.get(id) ?? new Y.Doc()).get(id)!,
    },
    { now, makeId: () => `demo${++n}` },
  )
  return { board, initiatives, notes, ids, now }
}

describe('demo board «Палана»', () => {
  it('has valid board metadata', () => {
    expect(createBoardSchema.parse(DEMO_BOARD).title).toBe('Палана')
  })

  it('spreads six initiatives over the stages, with tags, owners and dues', () => {
    const { board, ids } = build()
    expect(ids.cards).toHaveLength(6)
    expect(new Set(ids.cards).size).toBe(6)
    expect(listCards(board).map((c) => c.id).sort()).toEqual([...ids.cards].sort())
    const used = cardsByStage(board).filter((c) => c.cards.length > 0).map((c) => c.stage.id)
    expect(used.length).toBeGreaterThanOrEqual(4)
    expect(board.getMap('stages').size).toBe(DEFAULT_STAGE_IDS.length)
    for (const card of listCards(board)) {
      expect(card.title).not.toBe('')
      expect(card.tags.length).toBeGreaterThan(0)
      expect(card.owners.length).toBeGreaterThan(0)
    }
    expect(listCards(board).filter((c) => c.due !== null).length).toBeGreaterThanOrEqual(3)
    expect(getCard(board, ids.canvasCard)?.title).toBe('Корякский язык для детей')
  })

  it('fills one canvas in every block', () => {
    const { initiatives, ids } = build()
    expect([...initiatives.keys()]).toEqual([ids.canvasCard])
    const doc = initiatives.get(ids.canvasCard)!
    expect(filledBlocks(doc)).toEqual(CANVAS_BLOCK_IDS)
    expect(canvasText(doc).geography).toContain('Палана')
  })

  it('plans items over the coming months with places and owners', () => {
    const { board, ids, now } = build()
    expect(ids.plan).toHaveLength(6)
    const coming = upcomingMonths(now, 4)
    expect(planByMonth(board).every((m) => coming.includes(m.month))).toBe(true)
    expect(listPlanItems(board).every((i) => i.place !== '' && i.owner !== '')).toBe(true)
    expect(listPlanItems(board).some((i) => i.initiativeId === ids.canvasCard)).toBe(true)
  })

  it('has one consultation with expert, participants, linked initiative, three actions and a body', () => {
    const { board, notes, ids } = build()
    expect(listNotes(board).map((n) => n.id)).toEqual([ids.note])
    expect(getNote(board, ids.note)?.date).toBe('2025-09-07')
    expect(getConsultation(board, ids.note)).toMatchObject({ initiativeId: ids.canvasCard })
    expect(getConsultation(board, ids.note)?.expert).not.toBe('')
    expect(getConsultation(board, ids.note)?.participants.length).toBeGreaterThanOrEqual(2)
    expect(actionsForNote(board, ids.note).map((a) => a.id)).toEqual(ids.actions)
    expect(ids.actions).toHaveLength(3)
    expect(openActionsForInitiative(board, ids.canvasCard)).toHaveLength(2)
    expect(noteBodyText(notes.get(ids.note)!)).toContain('Решили')
  })

  it('is deterministic for the same ids and day, and the board is one update', () => {
    const a = build()
    const b = build()
    expect(listCards(a.board)).toEqual(listCards(b.board))
    expect(listPlanItems(a.board)).toEqual(listPlanItems(b.board))
    let updates = 0
    const doc = new Y.Doc()
    doc.on('update', () => updates++)
    buildDemoBoard({ board: doc, initiative: () => new Y.Doc(), note: () => new Y.Doc() }, { now: a.now })
    expect(updates).toBe(1)
  })

  it("writes rich text the editor's schema accepts (StarterKit)", () => {
    const { initiatives, notes, ids } = build()
    const schema = getSchema([StarterKit])
    const fragments = [
      ...CANVAS_BLOCK_IDS.map((id) => canvasFragment(initiatives.get(ids.canvasCard)!, id)),
      noteBody(notes.get(ids.note)!),
    ]
    for (const fragment of fragments) {
      const node = yXmlFragmentToProseMirrorRootNode(fragment, schema)
      expect(() => node.check()).not.toThrow()
      expect(node.childCount).toBe(fragment.length)
    }
  })
})
