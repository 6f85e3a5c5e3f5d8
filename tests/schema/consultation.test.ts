import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNote, deleteNote, getNote } from '../../shared/schema/board.js'
import {
  actionCountsByInitiative,
  actionsForNote,
  addAction,
  consultationsForInitiative,
  deleteAction,
  deleteConsultation,
  getConsultation,
  listActions,
  listConsultations,
  moveAction,
  observeActions,
  observeConsultations,
  openActionsForInitiative,
  restoreAction,
  restoreConsultation,
  setConsultationFields,
  toggleAction,
  updateAction,
  type ActionItem,
} from '../../shared/schema/consultation.js'
import { replica, syncAll } from './replicas.js'

const at = new Date('2025-03-01T10:00:00.000Z')
const note = (doc: Y.Doc, id: string, date?: string) => addNote(doc, { id, title: id, createdBy: 'A', date, now: at })
const texts = (items: readonly ActionItem[]) => items.map((a) => a.text)

describe('consultation fields', () => {
  it('reads defaults, sets and clears expert, participants and linked initiative', () => {
    const doc = new Y.Doc()
    note(doc, 'n1')
    expect(getConsultation(doc, 'n1')).toMatchObject({ id: 'n1', title: 'n1', expert: '', participants: [], initiativeId: null })
    expect(setConsultationFields(doc, 'n1', { expert: ' Ирина  С. ', participants: ['Анна', 'Анна', ' Виктор '], initiativeId: 'card1' })).toBe(true)
    expect(getConsultation(doc, 'n1')).toMatchObject({ expert: 'Ирина С.', participants: ['Анна', 'Виктор'], initiativeId: 'card1' })
    setConsultationFields(doc, 'n1', { initiativeId: null })
    expect(getConsultation(doc, 'n1')?.initiativeId).toBeNull()
    expect(getConsultation(doc, 'n1')?.expert).toBe('Ирина С.')
    expect(setConsultationFields(doc, 'gone', { expert: 'x' })).toBe(false)
    expect(() => setConsultationFields(doc, 'n1', { initiativeId: 'bad id' })).toThrow(/invalid initiative/)
    expect(getConsultation(doc, 'gone')).toBeNull()
  })

  it('lists consultations newest first and per initiative', () => {
    const doc = new Y.Doc()
    note(doc, 'old', '2025-01-01')
    note(doc, 'new', '2025-02-01')
    note(doc, 'other', '2025-01-15')
    setConsultationFields(doc, 'old', { initiativeId: 'c' })
    setConsultationFields(doc, 'new', { initiativeId: 'c' })
    expect(listConsultations(doc).map((c) => c.id)).toEqual(['new', 'other', 'old'])
    expect(consultationsForInitiative(doc, 'c').map((c) => c.id)).toEqual(['new', 'old'])
  })
})

describe('action items', () => {
  it('adds, updates, toggles, moves and lists actions of a note', () => {
    const doc = new Y.Doc()
    note(doc, 'n')
    const a = addAction(doc, { noteId: 'n', text: ' Письмо поддержки ', owner: 'Виктор', due: '2025-03-15' })!
    const b = addAction(doc, { noteId: 'n', text: 'Бюджет', id: 'b' })!
    const c = addAction(doc, { noteId: 'n', text: 'Сначала', at: 'start' })!
    expect(texts(actionsForNote(doc, 'n'))).toEqual(['Сначала', 'Письмо поддержки', 'Бюджет'])
    expect(actionsForNote(doc, 'n')[1]).toEqual<ActionItem>({
      id: a,
      noteId: 'n',
      text: 'Письмо поддержки',
      owner: 'Виктор',
      due: '2025-03-15',
      done: false,
      key: expect.any(String) as string,
    })
    expect(updateAction(doc, b, { owner: 'Мария', due: '2025-04-01', text: 'Пересчитать бюджет' })).toBe(true)
    expect(updateAction(doc, a, { due: null })).toBe(true)
    expect(toggleAction(doc, c)).toBe(true)
    expect(toggleAction(doc, c)).toBe(false)
    expect(toggleAction(doc, b)).toBe(true)
    expect(moveAction(doc, c, 2)).toBe(true)
    expect(actionsForNote(doc, 'n').map((x) => [x.text, x.owner, x.due, x.done])).toEqual([
      ['Письмо поддержки', 'Виктор', null, false],
      ['Пересчитать бюджет', 'Мария', '2025-04-01', true],
      ['Сначала', '', null, false],
    ])
    expect(addAction(doc, { noteId: 'gone', text: 'x' })).toBeNull()
    expect(() => addAction(doc, { noteId: 'n', text: 'x', due: '1.1.2025' })).toThrow(/invalid date/)
    expect(() => addAction(doc, { noteId: 'n', text: 'x', id: 'b' })).toThrow(/exists/)
    expect(updateAction(doc, 'gone', { done: true })).toBe(false)
    expect(toggleAction(doc, 'gone')).toBeNull()
    expect(moveAction(doc, 'gone', 0)).toBe(false)
  })

  it('deletes and restores an action', () => {
    const doc = new Y.Doc()
    note(doc, 'n')
    addAction(doc, { noteId: 'n', text: '1', id: 'a1' })
    addAction(doc, { noteId: 'n', text: '2', id: 'a2' })
    const snapshot = deleteAction(doc, 'a1')!
    expect(texts(actionsForNote(doc, 'n'))).toEqual(['2'])
    expect(deleteAction(doc, 'a1')).toBeNull()
    expect(restoreAction(doc, snapshot)).toBe(true)
    expect(texts(actionsForNote(doc, 'n'))).toEqual(['1', '2'])
    expect(restoreAction(doc, snapshot)).toBe(false)
    // Not into a note that is gone.
    const again = deleteAction(doc, 'a1')!
    deleteNote(doc, 'n')
    expect(restoreAction(doc, again)).toBe(false)
  })

  it('open actions and counts per initiative go through the note link', () => {
    const doc = new Y.Doc()
    note(doc, 'n1', '2025-02-01')
    note(doc, 'n2', '2025-03-01')
    note(doc, 'n3')
    setConsultationFields(doc, 'n1', { initiativeId: 'card' })
    setConsultationFields(doc, 'n2', { initiativeId: 'card' })
    setConsultationFields(doc, 'n3', { initiativeId: 'other' })
    addAction(doc, { noteId: 'n1', text: 'old open' })
    const done = addAction(doc, { noteId: 'n1', text: 'old done' })!
    toggleAction(doc, done)
    addAction(doc, { noteId: 'n2', text: 'new open' })
    addAction(doc, { noteId: 'n3', text: 'other open' })
    expect(texts(openActionsForInitiative(doc, 'card'))).toEqual(['new open', 'old open'])
    expect(actionCountsByInitiative(doc)).toEqual(new Map([['card', { open: 2, done: 1 }], ['other', { open: 1, done: 0 }]]))
    // Re-linking the note moves its actions to the other card.
    setConsultationFields(doc, 'n2', { initiativeId: 'other' })
    expect(actionCountsByInitiative(doc).get('other')).toEqual({ open: 2, done: 0 })
    // By consultation (newest first: n2 and n3 share a day, then by id), then position.
    expect(texts(listActions(doc))).toEqual(['new open', 'other open', 'old open', 'old done'])
  })

  it('deleting a consultation removes its actions in the same transaction; restore brings both back', () => {
    const doc = new Y.Doc()
    note(doc, 'n')
    note(doc, 'keep')
    setConsultationFields(doc, 'n', { expert: 'Ирина', initiativeId: 'card' })
    addAction(doc, { noteId: 'n', text: '1' })
    addAction(doc, { noteId: 'n', text: '2' })
    addAction(doc, { noteId: 'keep', text: 'k' })
    const before = getConsultation(doc, 'n')
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const snapshot = deleteConsultation(doc, 'n')!
    expect(transactions).toBe(1)
    expect(getNote(doc, 'n')).toBeNull()
    expect(doc.getMap('actions').size).toBe(1)
    expect(deleteConsultation(doc, 'n')).toBeNull()
    expect(restoreConsultation(doc, snapshot)).toBe(true)
    expect(getConsultation(doc, 'n')).toEqual(before)
    expect(texts(actionsForNote(doc, 'n'))).toEqual(['1', '2'])
    expect(restoreConsultation(doc, snapshot)).toBe(false)
  })

  it('an action added to a note deleted at the same time is hidden everywhere', () => {
    const a = replica(1)
    const b = replica(2)
    note(a, 'n')
    setConsultationFields(a, 'n', { initiativeId: 'card' })
    syncAll(a, b)
    addAction(a, { noteId: 'n', text: 'late' })
    deleteConsultation(b, 'n')
    syncAll(a, b)
    expect(listActions(a)).toEqual([])
    expect(listActions(b)).toEqual([])
    expect(actionCountsByInitiative(a).size).toBe(0)
  })

  it('concurrent ticks and edits of one action converge', () => {
    const a = replica(1)
    const b = replica(2)
    note(a, 'n')
    const id = addAction(a, { noteId: 'n', text: 't' })!
    syncAll(a, b)
    toggleAction(a, id)
    updateAction(b, id, { owner: 'Анна' })
    syncAll(a, b)
    expect(listActions(a)).toEqual(listActions(b))
    expect(listActions(a)[0]).toMatchObject({ done: true, owner: 'Анна' })
  })

  it('observers fire once per change', () => {
    const doc = new Y.Doc()
    const seenActions: number[] = []
    const seenNotes: string[] = []
    const stopA = observeActions(doc, (list) => seenActions.push(list.length))
    const stopN = observeConsultations(doc, (list) => seenNotes.push(list.map((c) => c.expert).join()))
    note(doc, 'n')
    addAction(doc, { noteId: 'n', text: '1' })
    setConsultationFields(doc, 'n', { expert: 'E' })
    deleteConsultation(doc, 'n')
    stopA()
    stopN()
    note(doc, 'm')
    expect(seenActions).toEqual([0, 1, 1, 0])
    expect(seenNotes).toEqual(['', 'E', ''])
  })
})
