import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { appendBlocks } from '../../shared/schema/richText.js'
import { inboxItems, mentionedNames } from '../../shared/schema/commentInbox.js'
import {
  anchorText,
  COMMENTS_ROOT,
  createThread,
  deleteReply,
  isCommentAuthor,
  listThreads,
  observeComments,
  openCommentCounts,
  reply,
  restoreReply,
  setResolved,
  textAnchor,
  type TextAnchor,
} from '../../shared/schema/comments.js'
import { replica, send, syncAll } from './replicas.js'

const ANNA = { name: 'Анна Петрова', color: '#aa3355' }
const BORIS = { name: 'Борис Иванов', color: '#3355aa' }
const FIELD = 'body'

/** The first paragraph's text node of a note body with `text`. */
function noteWith(doc: Y.Doc, text: string): Y.XmlText {
  const body = doc.getXmlFragment(FIELD)
  appendBlocks(body, [{ type: 'paragraph', text }])
  const p = body.get(0) as Y.XmlElement
  return p.get(0) as Y.XmlText
}

/** An anchor on the first occurrence of `words` in `node`. */
function anchorOn(node: Y.XmlText, words: string): TextAnchor {
  const from = node.toString().indexOf(words)
  expect(from).toBeGreaterThanOrEqual(0)
  return textAnchor(FIELD, { type: node, index: from }, { type: node, index: from + words.length }, words)
}

const anchorOf = (doc: Y.Doc, id: string) => listThreads(doc).find((t) => t.id === id)?.anchor as TextAnchor

describe('comment anchors', () => {
  it('keep their words after edits before and inside the range', () => {
    const doc = replica(1)
    const text = noteWith(doc, 'Бюджет готовит Борис к пятнице.')
    const id = createThread(doc, anchorOn(text, 'Борис'), { author: ANNA, text: 'Точно он?' })
    text.insert(0, 'Итак: ')
    expect(anchorText(doc, anchorOf(doc, id))).toBe('Борис')
    // Typed inside the range: it grows; typed right after it: it does not.
    const inside = text.toString().indexOf('Борис') + 3
    text.insert(inside, '-и-')
    const after = text.toString().indexOf(' к пятнице')
    text.insert(after, '!')
    expect(anchorText(doc, anchorOf(doc, id))).toBe('Бор-и-ис')
    // Typed right before it stays out too.
    text.insert(text.toString().indexOf('Бор-и-ис'), 'и ')
    expect(anchorText(doc, anchorOf(doc, id))).toBe('Бор-и-ис')
  })

  it('follow a remote edit made on another replica', () => {
    const a = replica(1)
    const b = replica(2)
    const text = noteWith(a, 'Решили подать заявку в фонд.')
    syncAll(a, b)
    const id = createThread(a, anchorOn(text, 'заявку'), { author: ANNA, text: 'Какую?' })
    const bText = (b.getXmlFragment(FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText
    bText.insert(0, 'На встрече ')
    syncAll(a, b)
    expect(anchorText(a, anchorOf(a, id))).toBe('заявку')
    expect(anchorText(b, anchorOf(b, id))).toBe('заявку')
  })

  it('become detached when all their words are deleted, and come back with undo', () => {
    const doc = replica(1)
    const text = noteWith(doc, 'Бюджет готовит Борис к пятнице.')
    const undo = new Y.UndoManager(doc.getXmlFragment(FIELD), { captureTimeout: 0 })
    const id = createThread(doc, anchorOn(text, 'Борис'), { author: ANNA, text: 'Точно он?' })
    text.delete(text.toString().indexOf('Борис'), 'Борис'.length)
    const anchor = anchorOf(doc, id)
    expect(anchorText(doc, anchor)).toBeNull()
    // Never lost: the thread is still listed with the words it was about.
    expect(anchor.quote).toBe('Борис')
    expect(listThreads(doc)).toHaveLength(1)
    undo.undo()
    expect(anchorText(doc, anchorOf(doc, id))).toBe('Борис')
  })

  it('are detached when their paragraph goes', () => {
    const doc = replica(1)
    const text = noteWith(doc, 'Первый абзац.')
    appendBlocks(doc.getXmlFragment(FIELD), [{ type: 'paragraph', text: 'Второй.' }])
    const id = createThread(doc, anchorOn(text, 'абзац'), { author: ANNA, text: '?' })
    doc.getXmlFragment(FIELD).delete(0, 1)
    expect(anchorText(doc, anchorOf(doc, id))).toBeNull()
  })

  it('span paragraphs', () => {
    const doc = replica(1)
    const first = noteWith(doc, 'Первый абзац.')
    appendBlocks(doc.getXmlFragment(FIELD), [{ type: 'paragraph', text: 'Второй абзац.' }])
    const second = (doc.getXmlFragment(FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText
    const anchor = textAnchor(FIELD, { type: first, index: 7 }, { type: second, index: 6 }, 'абзац.\nВторой')
    expect(anchorText(doc, anchor)).toBe('абзац.\nВторой')
  })
})

describe('comment threads', () => {
  it('live only under the comments root', () => {
    const doc = replica(1)
    const text = noteWith(doc, 'Текст заметки.')
    const before = doc.getXmlFragment(FIELD).toJSON()
    const updates: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => updates.push(u))
    const id = createThread(doc, anchorOn(text, 'заметки'), { author: ANNA, text: 'Хорошо' })
    reply(doc, id, { author: BORIS, text: 'Согласен' })
    setResolved(doc, id, true, BORIS.name)
    expect(doc.getXmlFragment(FIELD).toJSON()).toBe(before)
    // Every struct of those updates hangs under the comments root (what a server check can verify).
    const probe = new Y.Doc()
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc))
    expect([...probe.share.keys()].sort()).toEqual([COMMENTS_ROOT, FIELD].sort())
    for (const u of updates) {
      const { structs } = Y.decodeUpdate(u)
      for (const s of structs) if (s instanceof Y.Item && s.parent !== null && typeof s.parent === 'string') expect(s.parent).toBe(COMMENTS_ROOT)
    }
  })

  it('reply, resolve, reopen, delete own reply with undo', () => {
    const doc = replica(1)
    const id = createThread(doc, { kind: 'card', id: 'card1' }, { author: ANNA, text: 'Нужен бюджет', now: '2025-03-01T10:00:00Z' })
    const r = reply(doc, id, { author: BORIS, text: '@Анна Петрова сделаю', mentions: [ANNA.name] })
    expect(r).not.toBeNull()
    expect(listThreads(doc, { target: { kind: 'card', id: 'card1' } })[0]?.replies.map((x) => x.text)).toEqual(['Нужен бюджет', '@Анна Петрова сделаю'])
    expect(openCommentCounts(doc, 'card').get('card1')).toBe(2)
    setResolved(doc, id, true, BORIS.name)
    expect(listThreads(doc)[0]).toMatchObject({ resolved: true, resolvedBy: BORIS.name })
    expect(openCommentCounts(doc, 'card').get('card1')).toBeUndefined()
    setResolved(doc, id, false, ANNA.name)
    expect(listThreads(doc)[0]).toMatchObject({ resolved: false, resolvedBy: null })
    // Only the author deletes a reply.
    expect(deleteReply(doc, id, r as string, ANNA)).toBeNull()
    const snap = deleteReply(doc, id, r as string, BORIS)
    expect(listThreads(doc)[0]?.replies).toHaveLength(1)
    expect(restoreReply(doc, snap!)).toBe(true)
    expect(listThreads(doc)[0]?.replies.map((x) => x.id)).toContain(r)
    expect(() => reply(doc, id, { author: ANNA, text: '   ' })).toThrow()
  })

  it('belong to the account that wrote them, through a change of name', () => {
    const doc = replica(1)
    const anna = { ...ANNA, id: 'user-anna' }
    const id = createThread(doc, { kind: 'card', id: 'c2' }, { author: anna, text: 'Моё' })
    const written = listThreads(doc)[0]!.replies[0]!
    expect(written.author).toEqual({ name: ANNA.name, color: ANNA.color, id: 'user-anna' })
    // Someone else with the same name is not her; she, renamed, still is.
    expect(isCommentAuthor(written.author, { name: ANNA.name, id: 'user-other' })).toBe(false)
    expect(deleteReply(doc, id, written.id, { name: ANNA.name, id: 'user-other' })).toBeNull()
    expect(deleteReply(doc, id, written.id, { name: 'Анна Петрова-Ким', id: 'user-anna' })).not.toBeNull()
    // Comments from before accounts go by name.
    expect(isCommentAuthor({ name: BORIS.name }, { name: ` ${BORIS.name} `, id: 'user-boris' })).toBe(true)
  })

  it('go with their only reply and come back with it', () => {
    const doc = replica(1)
    const id = createThread(doc, { kind: 'planItem', id: 'p1' }, { author: ANNA, text: 'Где?' })
    const first = listThreads(doc)[0]!.replies[0]!.id
    const snap = deleteReply(doc, id, first, ANNA)
    expect(listThreads(doc)).toHaveLength(0)
    restoreReply(doc, snap!)
    expect(listThreads(doc)[0]?.replies[0]?.text).toBe('Где?')
  })

  it('merge concurrent replies from two replicas in one order', () => {
    const a = replica(1)
    const b = replica(2)
    const id = createThread(a, { kind: 'card', id: 'c' }, { author: ANNA, text: 'Начало' })
    syncAll(a, b)
    let calls = 0
    const stop = observeComments(b, () => calls++)
    reply(a, id, { author: ANNA, text: 'A1' })
    reply(a, id, { author: ANNA, text: 'A2' })
    reply(b, id, { author: BORIS, text: 'B1' })
    send(b, a)
    send(a, b)
    stop()
    const order = (doc: Y.Doc) => listThreads(doc)[0]?.replies.map((r) => r.text)
    expect(order(a)).toEqual(order(b))
    expect(order(a)).toHaveLength(4)
    // Each replica's own replies keep their order.
    const seq = order(a)!
    expect(seq.indexOf('A1')).toBeLessThan(seq.indexOf('A2'))
    expect(calls).toBeGreaterThan(0)
  })

  it('ignore malformed entries written by a stranger', () => {
    const doc = replica(1)
    const map = doc.getMap<unknown>(COMMENTS_ROOT)
    map.set('x', new Y.Map())
    map.set('y', 'nonsense')
    expect(listThreads(doc)).toEqual([])
  })
})

describe('mentions and replies', () => {
  it('lists mentions of me and replies in threads I joined, not my own', () => {
    const doc = replica(1)
    const mine = createThread(doc, { kind: 'card', id: 'a' }, { author: ANNA, text: 'Вопрос', now: '2025-01-01T00:00:00Z' })
    reply(doc, mine, { author: BORIS, text: 'Ответ', now: '2025-01-01T00:01:00Z' })
    const other = createThread(doc, { kind: 'card', id: 'b' }, { author: BORIS, text: 'Без меня', now: '2025-01-01T00:02:00Z' })
    reply(doc, other, { author: BORIS, text: '@Анна Петрова посмотри', mentions: [ANNA.name], now: '2025-01-01T00:03:00Z' })
    const items = inboxItems(listThreads(doc), ANNA)
    expect(items.map((i) => [i.reply.text, i.reason])).toEqual([
      ['@Анна Петрова посмотри', 'mention'],
      ['Ответ', 'reply'],
    ])
    expect(inboxItems(listThreads(doc), BORIS).map((i) => i.reply.text)).toEqual([])
  })

  it('knows my own comments by account after I am renamed', () => {
    const doc = replica(1)
    const anna = { ...ANNA, id: 'user-anna' }
    const mine = createThread(doc, { kind: 'card', id: 'a' }, { author: anna, text: 'Вопрос', now: '2025-01-01T00:00:00Z' })
    reply(doc, mine, { author: BORIS, text: 'Ответ', now: '2025-01-01T00:01:00Z' })
    const renamed = { name: 'Анна Ким', id: 'user-anna' }
    expect(inboxItems(listThreads(doc), renamed).map((i) => [i.reply.text, i.reason])).toEqual([['Ответ', 'reply']])
  })

  it('finds @names, longest first', () => {
    expect(mentionedNames('@Анна Петрова и @анна, гляньте', ['Анна', 'Анна Петрова', 'Борис'])).toEqual(['Анна Петрова', 'Анна'])
    expect(mentionedNames('без упоминаний', ['Анна'])).toEqual([])
  })
})
