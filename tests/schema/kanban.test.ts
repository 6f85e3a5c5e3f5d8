import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addStage,
  cardsByStage,
  createCard,
  DEFAULT_STAGE_IDS,
  deleteCard,
  ensureDefaultStages,
  filterColumns,
  getCard,
  isDefaultStage,
  KANBAN_LIMITS,
  listCards,
  listStages,
  moveCard,
  moveStage,
  observeKanban,
  removeStage,
  renameStage,
  restoreCard,
  stageTitle,
  updateCard,
  type CardMeta,
} from '../../shared/schema/kanban.js'
import { replica, syncAll } from './replicas.js'

const at = new Date('2025-03-01T10:00:00.000Z')
const columnIds = (doc: Y.Doc) => Object.fromEntries(cardsByStage(doc).map((c) => [c.stage.id, c.cards.map((x) => x.id)]))
const stageIds = (doc: Y.Doc) => listStages(doc).map((s) => s.id)
const card = (doc: Y.Doc, id: string, stage?: string) => createCard(doc, { id, title: id, createdBy: 'A', stage, now: at })

describe('kanban: stages', () => {
  it('shows the default stages before anyone writes them, and seeds them once', () => {
    const doc = new Y.Doc()
    expect(stageIds(doc)).toEqual([...DEFAULT_STAGE_IDS])
    expect(listStages(doc).every((s) => s.title === null && s.isDefault)).toBe(true)
    expect(doc.getMap('stages').size).toBe(0)
    // Edits of an unknown stage write nothing, not even the defaults.
    expect(renameStage(doc, 'nope', 'x')).toBe(false)
    expect(moveStage(doc, 'nope', 0)).toBe(false)
    expect(removeStage(doc, 'nope')).toBeNull()
    expect(doc.getMap('stages').size).toBe(0)
    expect(ensureDefaultStages(doc)).toBe(true)
    expect(ensureDefaultStages(doc)).toBe(false)
    expect(doc.getMap('stages').size).toBe(5)
    expect(stageIds(doc)).toEqual([...DEFAULT_STAGE_IDS])
    expect(isDefaultStage('won')).toBe(true)
    expect(isDefaultStage('custom')).toBe(false)
  })

  it('two replicas seeding apart end with the same five stages', () => {
    const a = replica(1)
    const b = replica(2)
    ensureDefaultStages(a)
    ensureDefaultStages(b)
    syncAll(a, b)
    expect(listStages(a)).toEqual(listStages(b))
    expect(stageIds(a)).toEqual([...DEFAULT_STAGE_IDS])
  })

  it('adds, renames, reorders stages; default titles stay null until renamed', () => {
    const doc = new Y.Doc()
    const review = addStage(doc, { title: '  Экспертиза ', index: 3, id: 'review' })
    expect(stageIds(doc)).toEqual(['idea', 'initiative', 'draft', 'review', 'submitted', 'won'])
    expect(stageTitle(doc, review)).toBe('Экспертиза')
    expect(stageTitle(doc, 'idea')).toBeNull()
    expect(renameStage(doc, 'idea', 'Идеи жителей')).toBe(true)
    expect(stageTitle(doc, 'idea')).toBe('Идеи жителей')
    expect(renameStage(doc, 'idea', '  ')).toBe(true)
    expect(stageTitle(doc, 'idea')).toBeNull()
    expect(renameStage(doc, 'nope', 'x')).toBe(false)
    expect(moveStage(doc, 'won', 0)).toBe(true)
    expect(stageIds(doc)).toEqual(['won', 'idea', 'initiative', 'draft', 'review', 'submitted'])
    expect(moveStage(doc, 'idea', 5)).toBe(true)
    expect(stageIds(doc).at(-1)).toBe('idea')
    expect(moveStage(doc, 'nope', 0)).toBe(false)
    expect(addStage(doc, { title: 'x' })).toMatch(/^[A-Za-z0-9]{16}$/)
    expect(() => addStage(doc, { title: 'dup', id: 'review' })).toThrow(/stage exists/)
    expect(() => addStage(doc, { title: 'bad', id: 'a b' })).toThrow(/invalid stage id/)
    expect(stageTitle(doc, addStage(doc, { title: 'я'.repeat(100) }))).toHaveLength(KANBAN_LIMITS.stageTitle)
  })

  it('removing a stage moves its cards to the end of the previous one, in order', () => {
    const doc = new Y.Doc()
    card(doc, 'i1', 'initiative')
    card(doc, 'd1', 'draft')
    card(doc, 'd2', 'draft')
    expect(removeStage(doc, 'draft')).toBe('initiative')
    expect(stageIds(doc)).toEqual(['idea', 'initiative', 'submitted', 'won'])
    expect(columnIds(doc).initiative).toEqual(['i1', 'd1', 'd2'])
    // The first stage gives its cards to the next one.
    card(doc, 'x1', 'idea')
    expect(removeStage(doc, 'idea')).toBe('initiative')
    expect(columnIds(doc).initiative).toEqual(['i1', 'd1', 'd2', 'x1'])
    expect(removeStage(doc, 'nope')).toBeNull()
    removeStage(doc, 'submitted')
    removeStage(doc, 'won')
    expect(stageIds(doc)).toEqual(['initiative'])
    expect(removeStage(doc, 'initiative')).toBeNull()
    expect(listCards(doc)).toHaveLength(4)
  })

  it('a card moved into a stage removed at the same time shows in the first stage', () => {
    const a = replica(1)
    const b = replica(2)
    ensureDefaultStages(a)
    card(a, 'c', 'idea')
    syncAll(a, b)
    moveCard(a, 'c', 'submitted', 0)
    removeStage(b, 'submitted')
    syncAll(a, b)
    expect(columnIds(a)).toEqual(columnIds(b))
    expect(getCard(a, 'c')?.stage).toBe('idea')
    expect(columnIds(a).idea).toEqual(['c'])
  })

  it('if concurrent removals empty the stage map, the defaults show again and no card is lost', () => {
    const a = replica(1)
    const b = replica(2)
    addStage(a, { title: 'x', id: 'x' })
    for (const id of DEFAULT_STAGE_IDS) removeStage(a, id)
    addStage(a, { title: 'y', id: 'y' })
    card(a, 'c', 'x')
    syncAll(a, b)
    removeStage(a, 'x')
    removeStage(b, 'y')
    syncAll(a, b)
    expect(stageIds(a)).toEqual([...DEFAULT_STAGE_IDS])
    expect(columnIds(b).idea).toEqual(['c'])
  })
})

describe('kanban: cards', () => {
  it('creates, reads and updates a card', () => {
    const doc = new Y.Doc()
    const id = createCard(doc, {
      title: ' Школа  юных экскурсоводов ',
      description: 'Строка 1\r\nСтрока 2  ',
      tags: ['туризм', ' туризм', '', 'молодёжь'],
      owners: ['Мария'],
      due: '2025-04-01',
      createdBy: 'Анна',
      now: at,
    })
    expect(getCard(doc, id)).toEqual<CardMeta>({
      id,
      title: 'Школа юных экскурсоводов',
      description: 'Строка 1\nСтрока 2',
      tags: ['туризм', 'молодёжь'],
      owners: ['Мария'],
      due: '2025-04-01',
      createdAt: at.toISOString(),
      createdBy: 'Анна',
      stage: 'idea',
      key: expect.any(String) as string,
    })
    expect(updateCard(doc, id, { title: 'Новое', tags: [], due: null })).toBe(true)
    expect(getCard(doc, id)).toMatchObject({ title: 'Новое', tags: [], due: null, owners: ['Мария'] })
    expect(updateCard(doc, id, { due: '2025-05-05', owners: ['A', 'B'], description: 'd' })).toBe(true)
    expect(getCard(doc, id)).toMatchObject({ due: '2025-05-05', owners: ['A', 'B'], description: 'd' })
    expect(() => updateCard(doc, id, { due: '2025-13-01' })).toThrow(/invalid date/)
    expect(updateCard(doc, 'gone', { title: 'x' })).toBe(false)
    expect(() => createCard(doc, { title: 't', createdBy: 'A', stage: 'nope' })).toThrow(/unknown stage/)
    expect(() => createCard(doc, { title: 't', createdBy: 'A', id })).toThrow(/card exists/)
  })

  it('creates at the start or end of a stage', () => {
    const doc = new Y.Doc()
    card(doc, 'a', 'draft')
    card(doc, 'b', 'draft')
    createCard(doc, { id: 'c', title: 'c', createdBy: 'A', stage: 'draft', at: 'start' })
    expect(columnIds(doc).draft).toEqual(['c', 'a', 'b'])
  })

  it('moves cards within and across stages', () => {
    const doc = new Y.Doc()
    for (const id of ['a', 'b', 'c']) card(doc, id, 'idea')
    expect(moveCard(doc, 'a', 'idea', 2)).toBe(true)
    expect(columnIds(doc).idea).toEqual(['b', 'c', 'a'])
    expect(moveCard(doc, 'c', 'won', 0)).toBe(true)
    expect(moveCard(doc, 'b', 'won', 0)).toBe(true)
    expect(columnIds(doc)).toMatchObject({ idea: ['a'], won: ['b', 'c'] })
    expect(moveCard(doc, 'a', 'won', 1)).toBe(true)
    expect(columnIds(doc)).toMatchObject({ idea: [], won: ['b', 'a', 'c'] })
    expect(moveCard(doc, 'a', 'nope', 0)).toBe(false)
    expect(moveCard(doc, 'gone', 'won', 0)).toBe(false)
    // A move to where the card already is writes nothing.
    const before = Y.encodeStateVector(doc)
    moveCard(doc, 'a', 'won', 1)
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('concurrent moves of one card land it in exactly one place', () => {
    const a = replica(1)
    const b = replica(2)
    card(a, 'c', 'idea')
    card(a, 'd', 'draft')
    syncAll(a, b)
    moveCard(a, 'c', 'draft', 0)
    moveCard(b, 'c', 'won', 0)
    syncAll(a, b)
    expect(columnIds(a)).toEqual(columnIds(b))
    expect(listCards(a).filter((x) => x.id === 'c')).toHaveLength(1)
  })

  it('concurrent inserts at the same spot keep the same order everywhere', () => {
    const a = replica(1)
    const b = replica(2)
    card(a, 'first', 'idea')
    syncAll(a, b)
    card(a, 'zz', 'idea')
    card(b, 'aa', 'idea')
    syncAll(a, b)
    expect(columnIds(a).idea).toEqual(['first', 'aa', 'zz'])
    expect(columnIds(b).idea).toEqual(['first', 'aa', 'zz'])
    // Moving between the tied pair lands after the tie, the same everywhere.
    card(a, 'm', 'idea')
    moveCard(a, 'm', 'idea', 2)
    syncAll(a, b)
    expect(columnIds(b).idea).toEqual(['first', 'aa', 'zz', 'm'])
  })

  it('deletes a card and restores it where it was', () => {
    const doc = new Y.Doc()
    for (const id of ['a', 'b', 'c']) card(doc, id, 'draft')
    updateCard(doc, 'b', { tags: ['t'] })
    const before = getCard(doc, 'b')
    const snapshot = deleteCard(doc, 'b')
    expect(snapshot?.id).toBe('b')
    expect(getCard(doc, 'b')).toBeNull()
    expect(deleteCard(doc, 'b')).toBeNull()
    expect(restoreCard(doc, snapshot!)).toBe(true)
    expect(getCard(doc, 'b')).toEqual(before)
    expect(columnIds(doc).draft).toEqual(['a', 'b', 'c'])
    expect(restoreCard(doc, snapshot!)).toBe(false)
  })

  it('restoring into a removed stage puts the card in the first stage', () => {
    const doc = new Y.Doc()
    card(doc, 'a', 'won')
    const snapshot = deleteCard(doc, 'a')!
    removeStage(doc, 'won')
    restoreCard(doc, snapshot)
    expect(getCard(doc, 'a')?.stage).toBe('idea')
  })

  it('ignores junk a peer wrote', () => {
    const doc = new Y.Doc()
    card(doc, 'ok')
    const cards = doc.getMap('cards')
    cards.set('junk', 5)
    cards.set('bad id!', new Y.Map())
    const odd = new Y.Map<unknown>()
    cards.set('odd', odd)
    odd.set('position', 'nowhere')
    odd.set('tags', 'notalist')
    odd.set('due', 'tomorrow')
    expect(listCards(doc).map((c) => c.id)).toEqual(['odd', 'ok'])
    expect(getCard(doc, 'odd')).toMatchObject({ stage: 'idea', key: '', tags: [], due: null, title: '' })
    // Moves next to a junk-keyed card still work; nothing sorts before a junk key.
    expect(moveCard(doc, 'ok', 'idea', 0)).toBe(true)
    expect(columnIds(doc).idea).toEqual(['odd', 'ok'])
    expect(moveCard(doc, 'odd', 'idea', 1)).toBe(true)
    expect(columnIds(doc).idea).toEqual(['ok', 'odd'])
  })

  it('filters cards by text, tag and owner', () => {
    const doc = new Y.Doc()
    createCard(doc, { id: 'a', title: 'Уборка побережья', tags: ['экология'], owners: ['Дмитрий'], createdBy: 'A' })
    createCard(doc, { id: 'b', title: 'Клуб игр', description: 'в библиотеке', tags: ['досуг'], owners: ['Светлана'], createdBy: 'A', stage: 'won' })
    const ids = (f: Parameters<typeof filterColumns>[1]) => filterColumns(cardsByStage(doc), f).flatMap((c) => c.cards.map((x) => x.id))
    expect(ids({ text: 'БИБЛИОТЕК' })).toEqual(['b'])
    expect(ids({ tag: 'экология' })).toEqual(['a'])
    expect(ids({ owner: 'Светлана', tag: 'экология' })).toEqual([])
    expect(ids({})).toEqual(['a', 'b'])
    expect(filterColumns(cardsByStage(doc), { tag: 'none' })).toHaveLength(5)
  })

  it('notifies observers once per change and stops after unsubscribe', () => {
    const doc = new Y.Doc()
    const seen: string[][] = []
    const stop = observeKanban(doc, (cols) => seen.push(cols.flatMap((c) => c.cards.map((x) => `${c.stage.id}:${x.title}`))))
    card(doc, 'a')
    updateCard(doc, 'a', { title: 'b' })
    moveCard(doc, 'a', 'won', 0)
    removeStage(doc, 'won') // touches stages and cards in one transaction: one call
    stop()
    card(doc, 'z')
    expect(seen).toEqual([['idea:a'], ['idea:b'], ['won:b'], ['submitted:b']])
  })
})
