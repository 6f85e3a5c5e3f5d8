import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { revertTo } from '../../server/docs/revert.js'
import { createRandom, runSeed, type Random } from '../helpers/random.js'

/** A random edit of the shapes our documents use: rich text, maps of maps, plain text. */
function edit(doc: Y.Doc, r: Random): void {
  const body = doc.getXmlFragment('body')
  const cards = doc.getMap<Y.Map<string>>('cards')
  const note = doc.getText('note')
  switch (r.int(6)) {
    case 0: {
      const p = new Y.XmlElement('paragraph')
      const t = new Y.XmlText()
      t.insert(0, `абв${r.int(100)}`, r.bool() ? { bold: true } : {})
      p.insert(0, [t])
      body.insert(r.int(body.length + 1), [p])
      break
    }
    case 1:
      if (body.length > 0) body.delete(r.int(body.length), 1)
      break
    case 2: {
      const card = new Y.Map<string>()
      cards.set(`c${r.int(8)}`, card)
      card.set('title', `карточка ${r.int(100)}`)
      break
    }
    case 3: {
      const keys = [...cards.keys()]
      if (keys.length > 0) cards.delete(r.pick(keys))
      break
    }
    case 4: {
      const keys = [...cards.keys()]
      if (keys.length > 0) cards.get(r.pick(keys))?.set('title', `правка ${r.int(100)}`)
      break
    }
    default:
      if (note.length > 0 && r.bool(0.4)) note.delete(r.int(note.length), 1)
      else note.insert(r.int(note.length + 1), `т${r.int(10)}`)
  }
}

const json = (doc: Y.Doc) => ({ body: doc.getXmlFragment('body').toString(), cards: doc.getMap('cards').toJSON(), note: doc.getText('note').toString() })

describe('revertTo', () => {
  it('turns a document back into an earlier state, and concurrent edits survive on every replica', () => {
    const seed = runSeed()
    const r = createRandom(seed)
    for (let round = 0; round < 40; round++) {
      // The server's copy collects garbage, as the real one does.
      const server = new Y.Doc({ gc: true })
      const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
      const author = new Y.Doc()
      for (let i = r.int(20); i > 0; i--) edit(author, r)
      sync(author, server)
      const version = Y.encodeStateAsUpdate(server)
      const expected = json(server)
      for (let i = 1 + r.int(20); i > 0; i--) edit(author, r)
      sync(author, server)

      // Someone offline edits meanwhile; the server restores without their edits.
      const offline = new Y.Doc()
      sync(server, offline)
      for (let i = r.int(5); i > 0; i--) edit(offline, r)

      const change = revertTo(server, version)
      if (change) Y.applyUpdate(server, change)
      expect(json(server), `seed ${seed}, round ${round}: restored state`).toEqual(expected)

      sync(server, author)
      sync(offline, server)
      sync(server, offline)
      sync(server, author)
      expect(json(author), `seed ${seed}, round ${round}: replicas converge`).toEqual(json(server))
      expect(json(offline), `seed ${seed}, round ${round}: replicas converge`).toEqual(json(server))
    }
  })
})

describe('revertTo and comments', () => {
  it('brings the text back and leaves the discussion as it is today', () => {
    const doc = new Y.Doc()
    doc.getText('note').insert(0, 'первый текст')
    const version = Y.encodeStateAsUpdate(doc)
    doc.getText('note').insert(0, 'новое: ')
    const thread = new Y.Map<unknown>()
    doc.getMap('comments').set('t1', thread)
    thread.set('text', 'Эксперт: уточните цель')

    const change = revertTo(doc, version)
    if (change) Y.applyUpdate(doc, change)
    expect(doc.getText('note').toString()).toBe('первый текст')
    expect(doc.getMap('comments').toJSON()).toEqual({ t1: { text: 'Эксперт: уточните цель' } })
  })
})
