import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNote,
  deleteNote,
  getNote,
  listNotes,
  NOTE_TITLE_MAX,
  observeNotes,
  renameNote,
  setNoteDate,
  type NoteMeta,
} from '../../shared/schema/board.js'
import { NOTE_BODY, noteBody, noteBodyText } from '../../shared/schema/note.js'

/** Sends each replica whatever the others have that it lacks (a full round of sync). */
function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from === to) continue
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
    }
  }
}

function replica(clientID: number): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return doc
}

/** Deterministic PRNG (mulberry32) so a failing seed can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const at = new Date('2025-03-01T10:00:00.000Z')

describe('board schema: notes', () => {
  it('adds, reads, renames, dates and deletes a note', () => {
    const doc = new Y.Doc()
    const id = addNote(doc, { title: '  Встреча   с экспертом ', createdBy: 'Анна', now: at })
    expect(getNote(doc, id)).toEqual<NoteMeta>({
      id,
      title: 'Встреча с экспертом',
      createdAt: at.toISOString(),
      createdBy: 'Анна',
      date: null,
    })
    expect(renameNote(doc, id, 'Консультация по бюджету')).toBe(true)
    expect(setNoteDate(doc, id, '2025-03-05')).toBe(true)
    expect(getNote(doc, id)).toMatchObject({ title: 'Консультация по бюджету', date: '2025-03-05' })
    expect(setNoteDate(doc, id, null)).toBe(true)
    expect(getNote(doc, id)?.date).toBeNull()
    expect(deleteNote(doc, id)).toBe(true)
    expect(getNote(doc, id)).toBeNull()
    expect(listNotes(doc)).toEqual([])
    expect(deleteNote(doc, id)).toBe(false)
    expect(renameNote(doc, id, 'x')).toBe(false)
    expect(setNoteDate(doc, id, '2025-03-05')).toBe(false)
  })

  it('cuts long titles and rejects bad dates and ids', () => {
    const doc = new Y.Doc()
    const id = addNote(doc, { title: 'я'.repeat(NOTE_TITLE_MAX + 50), createdBy: 'A' })
    expect(getNote(doc, id)?.title).toHaveLength(NOTE_TITLE_MAX)
    expect(() => setNoteDate(doc, id, '2025-02-30')).toThrow(/invalid date/)
    expect(() => addNote(doc, { title: 't', createdBy: 'A', date: '05.03.2025' })).toThrow(/invalid date/)
    expect(() => addNote(doc, { title: 't', createdBy: 'A', id: 'bad id' })).toThrow(/invalid note id/)
  })

  it('lists newest consultation first and ignores junk a peer wrote', () => {
    const doc = new Y.Doc()
    const old = addNote(doc, { title: 'old', createdBy: 'A', date: '2025-01-10', now: at })
    const undated = addNote(doc, { title: 'undated', createdBy: 'A', now: at })
    const recent = addNote(doc, { title: 'recent', createdBy: 'A', date: '2025-04-01', now: at })
    doc.getMap('notes').set('junk', 'not a map')
    doc.getMap('notes').set('bad id!', new Y.Map())
    expect(listNotes(doc).map((n) => n.id)).toEqual([recent, undated, old])
  })

  it('notifies observers of adds, nested renames and deletes, and stops after unsubscribe', () => {
    const doc = new Y.Doc()
    const seen: string[][] = []
    const stop = observeNotes(doc, (notes) => seen.push(notes.map((n) => n.title)))
    const id = addNote(doc, { title: 'a', createdBy: 'A' })
    renameNote(doc, id, 'b')
    deleteNote(doc, id)
    stop()
    addNote(doc, { title: 'c', createdBy: 'A' })
    expect(seen).toEqual([['a'], ['b'], []])
  })

  it('concurrent adds on two replicas both survive', () => {
    const a = replica(1)
    const b = replica(2)
    const idA = addNote(a, { title: 'from A', createdBy: 'A', now: at })
    const idB = addNote(b, { title: 'from B', createdBy: 'B', now: at })
    syncAll(a, b)
    expect(listNotes(a)).toEqual(listNotes(b))
    expect(listNotes(a).map((n) => n.id).sort()).toEqual([idA, idB].sort())
  })

  it('rename vs delete: the delete wins on both replicas', () => {
    const a = replica(1)
    const b = replica(2)
    const id = addNote(a, { title: 'shared', createdBy: 'A' })
    syncAll(a, b)
    renameNote(a, id, 'renamed on A')
    deleteNote(b, id)
    syncAll(a, b)
    expect(getNote(a, id)).toBeNull()
    expect(getNote(b, id)).toBeNull()
  })

  it('concurrent renames converge to one title', () => {
    const a = replica(1)
    const b = replica(2)
    const id = addNote(a, { title: 'start', createdBy: 'A' })
    syncAll(a, b)
    renameNote(a, id, 'title A')
    renameNote(b, id, 'title B')
    setNoteDate(b, id, '2025-05-05')
    syncAll(a, b)
    expect(getNote(a, id)).toEqual(getNote(b, id))
    expect(['title A', 'title B']).toContain(getNote(a, id)?.title)
    // The date set on B alone is kept: fields merge independently.
    expect(getNote(a, id)?.date).toBe('2025-05-05')
  })

  it('concurrent deletes of the same note are harmless', () => {
    const a = replica(1)
    const b = replica(2)
    const keep = addNote(a, { title: 'keep', createdBy: 'A' })
    const gone = addNote(a, { title: 'gone', createdBy: 'A' })
    syncAll(a, b)
    deleteNote(a, gone)
    deleteNote(b, gone)
    syncAll(a, b)
    expect(listNotes(a).map((n) => n.id)).toEqual([keep])
    expect(listNotes(b)).toEqual(listNotes(a))
  })

  it('random concurrent edits with random partial delivery converge (seeded)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rnd = prng(seed)
      const docs = [replica(1), replica(2), replica(3)]
      const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T
      try {
        for (let step = 0; step < 40; step++) {
          const doc = pick(docs)
          const ids = listNotes(doc).map((n) => n.id)
          const op = rnd()
          if (op < 0.35 || ids.length === 0) addNote(doc, { title: `n${step}`, createdBy: `u${doc.clientID}` })
          else if (op < 0.6) renameNote(doc, pick(ids), `r${step}`)
          else if (op < 0.75) setNoteDate(doc, pick(ids), rnd() < 0.5 ? null : `2025-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 10)}`)
          else if (op < 0.9) deleteNote(doc, pick(ids))
          else {
            // Deliver one replica's state to one other, in a random direction.
            const from = pick(docs)
            const to = pick(docs)
            if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
          }
        }
        syncAll(...docs)
        const [first, ...rest] = docs.map((d) => listNotes(d))
        for (const other of rest) expect(other).toEqual(first)
      } catch (e) {
        throw new Error(`diverged with seed ${seed}: ${e instanceof Error ? e.message : String(e)}`)
      }
    }
  })
})

describe('note schema', () => {
  it('names the body fragment and reads its text', () => {
    const doc = new Y.Doc()
    expect(noteBody(doc)).toBe(doc.getXmlFragment(NOTE_BODY))
    const p1 = new Y.XmlElement('paragraph')
    const t1 = new Y.XmlText()
    p1.insert(0, [t1])
    const p2 = new Y.XmlElement('paragraph')
    const t2 = new Y.XmlText()
    p2.insert(0, [t2])
    noteBody(doc).insert(0, [p1, p2])
    t1.insert(0, 'Решили: ')
    t1.insert(8, 'подать заявку', { bold: true })
    t2.insert(0, 'Ответственный — Анна')
    expect(noteBodyText(doc)).toBe('Решили: подать заявку\nОтветственный — Анна')
  })
})
