/**
 * Editing the kanban's stages: add, rename, reorder, remove (its cards go to
 * the neighbouring stage) and undo a removal. See `kanban.ts` for the model.
 */
import * as Y from 'yjs'
import { ID_PATTERN, newId } from '../docId.js'
import { cleanText, readString, restoreEntry, snapshotEntry, type EntrySnapshot } from './board.js'
import { CardField, cardsByStage, cardsMap, ensureDefaultStages, entryIn, isDefaultStage, L, listStages, readPosition, StageField, stagesMap, type Entry, type StageColumn, type StageMeta } from './kanbanStore.js'
import { keyForIndex, keysBetween } from './order.js'

/** Adds a stage (at `index`, the end by default) and returns its id. */
export function addStage(doc: Y.Doc, input: { title: string; index?: number; id?: string }): string {
  const id = input.id ?? newId()
  if (!ID_PATTERN.test(id)) throw new Error(`invalid stage id: ${JSON.stringify(id)}`)
  doc.transact(() => {
    ensureDefaultStages(doc)
    const stages = listStages(doc)
    if (stages.some((s) => s.id === id)) throw new Error(`stage exists: ${id}`)
    const entry: Entry = new Y.Map<unknown>()
    entry.set(StageField.title, cleanText(input.title, L.stageTitle))
    entry.set(StageField.order, keyForIndex(stages, input.index ?? stages.length))
    stagesMap(doc).set(id, entry)
  })
  return id
}

/** Writes to a stage's entry, seeding the defaults first if they are only shown; false when the stage is unknown. */
function editStage(doc: Y.Doc, id: string, write: (entry: Entry) => void): boolean {
  if (!listStages(doc).some((s) => s.id === id)) return false
  doc.transact(() => {
    ensureDefaultStages(doc)
    const entry = entryIn(stagesMap(doc), id)
    if (entry) write(entry)
  })
  return true
}

/** Renames a stage; an empty title gives a default stage its translated name back. False when it is gone. */
export function renameStage(doc: Y.Doc, id: string, title: string): boolean {
  const clean = cleanText(title, L.stageTitle)
  return editStage(doc, id, (entry) => {
    if (clean === '' && isDefaultStage(id)) entry.delete(StageField.title)
    else if (readString(entry, StageField.title) !== clean) entry.set(StageField.title, clean)
  })
}

/** Moves a stage to `toIndex` (its index once moved); false when it is gone. */
export function moveStage(doc: Y.Doc, id: string, toIndex: number): boolean {
  return editStage(doc, id, (entry) => {
    const key = keyForIndex(listStages(doc), toIndex, id)
    if (entry.get(StageField.order) !== key) entry.set(StageField.order, key)
  })
}

/**
 * Removes a stage and, in the same transaction, moves its cards to the end of
 * the previous stage (the next one when it was first), keeping their order.
 * Returns the receiving stage's id, or null when the stage is unknown or the
 * last one left (never removed).
 */
export function removeStage(doc: Y.Doc, id: string): string | null {
  const stages = listStages(doc)
  const at = stages.findIndex((s) => s.id === id)
  if (at < 0 || stages.length < 2) return null
  const target = (stages[at > 0 ? at - 1 : at + 1] as StageMeta).id
  doc.transact(() => {
    ensureDefaultStages(doc)
    const columns = cardsByStage(doc)
    const into = (columns.find((c) => c.stage.id === target) as StageColumn).cards
    const moving = columns.find((c) => c.stage.id === id)?.cards ?? []
    const keys = keysBetween(into[into.length - 1]?.key ?? null, null, moving.length)
    moving.forEach((card, i) => {
      entryIn(cardsMap(doc), card.id)?.set(CardField.position, { stage: target, key: keys[i] as string })
    })
    stagesMap(doc).delete(id)
  })
  return target
}

/** A removed stage with where its cards were, for `restoreStage` (undo). Opaque to views. */
export interface StageSnapshot {
  readonly stage: EntrySnapshot
  /** The stage that received the cards. */
  readonly into: string
  readonly cards: ReadonlyArray<{ readonly id: string; readonly key: string }>
}

/**
 * Removes a stage like `removeStage` (its cards go to the previous stage) and
 * returns what `restoreStage` needs; null when nothing was removed.
 */
export function deleteStage(doc: Y.Doc, id: string): StageSnapshot | null {
  const column = cardsByStage(doc).find((c) => c.stage.id === id)
  if (!column || listStages(doc).length < 2) return null
  let snapshot: StageSnapshot | null = null
  doc.transact(() => {
    // A stage only shown as a default has no entry yet: seed so there is one to copy.
    ensureDefaultStages(doc)
    const stage = snapshotEntry(stagesMap(doc), id)
    const into = removeStage(doc, id)
    if (stage && into) snapshot = { stage, into, cards: column.cards.map((c) => ({ id: c.id, key: c.key })) }
  })
  return snapshot
}

/**
 * Puts a removed stage back where it was, and its cards too — those still in
 * the stage that received them (a card someone moved elsewhere since stays
 * there). False when the stage exists again.
 */
export function restoreStage(doc: Y.Doc, snapshot: StageSnapshot): boolean {
  if (stagesMap(doc).has(snapshot.stage.id)) return false
  let done = false
  doc.transact(() => {
    done = restoreEntry(stagesMap(doc), snapshot.stage)
    if (!done) return
    for (const card of snapshot.cards) {
      const entry = entryIn(cardsMap(doc), card.id)
      if (entry && readPosition(entry.get(CardField.position)).stage === snapshot.into) {
        entry.set(CardField.position, { stage: snapshot.stage.id, key: card.key })
      }
    }
  })
  return done
}

