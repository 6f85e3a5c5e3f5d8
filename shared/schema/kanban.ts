/**
 * The kanban of initiative cards, in the board document (`board:<id>`).
 *
 * `stages`: Y.Map stage id → Y.Map {title?, order}. The five default stages
 * have fixed ids, so replicas that seed while apart write the same entries.
 * A default stage stores a title only once renamed; until then `title` is
 * null and the view shows its translated name. While nobody has written any
 * stage, `listStages` shows the defaults anyway and the first stage edit seeds
 * them, so a fresh board needs no seeding step. (If two people edit the
 * stages of a never-seeded board while apart, one seeding wins per stage and
 * an edit made on the other copy before the merge is lost; cards never are.)
 *
 * `cards`: Y.Map card id → Y.Map {title, description, tags, owners, due,
 * createdAt, createdBy, position}. `position` is ONE value {stage, key}, set
 * whole: concurrent moves of a card resolve last-writer-wins to exactly one
 * place. A card's id is also its initiative document's id (`initiative:<id>`).
 *
 * A card whose stage no longer exists (a stage removed while someone else
 * moved a card into it) is shown in the first stage, by its key: never lost.
 * If concurrent removals empty the stage map, the default stages show again.
 */
import * as Y from 'yjs'
import { ID_PATTERN, newId } from '../docId.js'
import { assertDate, cleanBlock, cleanList, cleanText, observeMaps, restoreEntry, snapshotEntry } from './board.js'
import { CardField, cardsByStage, cardsMap, entryIn, L, listStages, readCard, readPosition, stagesMap, type CardMeta, type CardPatch, type CardSnapshot, type Entry, type NewCard, type StageColumn, type StageMeta } from './kanbanStore.js'
import { keyAtEnd, keyAtStart, keyForIndex } from './order.js'

export {
  BOARD_CARDS, BOARD_STAGES, cardsByStage, DEFAULT_STAGE_IDS, ensureDefaultStages, isDefaultStage, KANBAN_LIMITS, listStages, stageTitle,
  type CardMeta, type CardPatch, type CardSnapshot, type DefaultStageId, type NewCard, type StageColumn, type StageMeta,
} from './kanbanStore.js'
export * from './kanbanStages.js'

/** All cards in board order (by stage, then position in it). */
export function listCards(doc: Y.Doc): CardMeta[] {
  return cardsByStage(doc).flatMap((c) => c.cards)
}

/** One card, or null when it does not exist. */
export function getCard(doc: Y.Doc, id: string): CardMeta | null {
  const stages = listStages(doc)
  return readCard(id, cardsMap(doc).get(id), new Set(stages.map((s) => s.id)), (stages[0] as StageMeta).id)
}

/** Creates a card at the start or end of a stage and returns its id (also its initiative's id). */
export function createCard(doc: Y.Doc, input: NewCard): string {
  const id = input.id ?? newId()
  if (!ID_PATTERN.test(id)) throw new Error(`invalid card id: ${JSON.stringify(id)}`)
  assertDate(input.due)
  doc.transact(() => {
    const columns = cardsByStage(doc)
    const column = input.stage === undefined ? columns[0] : columns.find((c) => c.stage.id === input.stage)
    if (!column) throw new Error(`unknown stage: ${JSON.stringify(input.stage)}`)
    if (cardsMap(doc).has(id)) throw new Error(`card exists: ${id}`)
    const key = input.at === 'start' ? keyAtStart(column.cards) : keyAtEnd(column.cards)
    // Integrated first: writeCard compares with what the entry holds.
    const entry = cardsMap(doc).set(id, new Y.Map<unknown>())
    entry.set(CardField.createdAt, (input.now ?? new Date()).toISOString())
    entry.set(CardField.createdBy, cleanText(input.createdBy, L.owner))
    entry.set(CardField.position, { stage: column.stage.id, key })
    writeCard(entry, { description: '', tags: [], owners: [], ...input })
  })
  return id
}

/** Writes the fields of `patch` that differ from what the entry holds. */
function writeCard(entry: Entry, patch: CardPatch): void {
  const next: Array<[string, unknown]> = []
  if (patch.title !== undefined) next.push([CardField.title, cleanText(patch.title, L.title)])
  if (patch.description !== undefined) next.push([CardField.description, cleanBlock(patch.description, L.description)])
  if (patch.tags !== undefined) next.push([CardField.tags, cleanList(patch.tags, L.tags, L.tag)])
  if (patch.owners !== undefined) next.push([CardField.owners, cleanList(patch.owners, L.owners, L.owner)])
  if (patch.due != null) next.push([CardField.due, patch.due])
  for (const [key, value] of next) if (JSON.stringify(entry.get(key)) !== JSON.stringify(value)) entry.set(key, value)
  if (patch.due === null && entry.has(CardField.due)) entry.delete(CardField.due)
}

/** Changes the given fields of a card (each merges on its own); false when the card is gone. */
export function updateCard(doc: Y.Doc, id: string, patch: CardPatch): boolean {
  assertDate(patch.due)
  const entry = entryIn(cardsMap(doc), id)
  if (!entry) return false
  doc.transact(() => writeCard(entry, patch))
  return true
}

/**
 * Moves a card to `toIndex` of stage `toStage` (its index once moved, clamped),
 * writing its one `position` value. False when the card or the stage is gone.
 */
export function moveCard(doc: Y.Doc, cardId: string, toStage: string, toIndex: number): boolean {
  const entry = entryIn(cardsMap(doc), cardId)
  const column = cardsByStage(doc).find((c) => c.stage.id === toStage)
  if (!entry || !column) return false
  const key = keyForIndex(column.cards, toIndex, cardId)
  const now = readPosition(entry.get(CardField.position))
  if (now.stage !== toStage || now.key !== key) entry.set(CardField.position, { stage: toStage, key })
  return true
}

/** Deletes a card and returns what `restoreCard` needs, or null when it was already gone. */
export function deleteCard(doc: Y.Doc, id: string): CardSnapshot | null {
  const snapshot = snapshotEntry(cardsMap(doc), id)
  if (snapshot) cardsMap(doc).delete(id)
  return snapshot
}

/** Puts a deleted card back where it was (its stage's first one if that stage is gone); false when it exists. */
export function restoreCard(doc: Y.Doc, snapshot: CardSnapshot): boolean {
  return restoreEntry(cardsMap(doc), snapshot)
}

/** What `filterColumns` keeps: every given condition must hold. */
export interface CardFilter {
  /** Case-insensitive part of the title or description. */
  text?: string
  tag?: string
  owner?: string
}

/** The columns with only the cards matching `filter` (pure; stages stay). */
export function filterColumns(columns: readonly StageColumn[], filter: CardFilter): StageColumn[] {
  const text = filter.text?.trim().toLocaleLowerCase() ?? ''
  const keep = (card: CardMeta) =>
    (text === '' || `${card.title}\n${card.description}`.toLocaleLowerCase().includes(text)) &&
    (filter.tag === undefined || card.tags.includes(filter.tag)) &&
    (filter.owner === undefined || card.owners.includes(filter.owner))
  return columns.map((c) => ({ stage: c.stage, cards: c.cards.filter(keep) }))
}

/** Calls `cb` with the columns after every change to stages or cards. Returns the unsubscribe function. */
export function observeKanban(doc: Y.Doc, cb: (columns: StageColumn[]) => void): () => void {
  return observeMaps([stagesMap(doc), cardsMap(doc)], () => cb(cardsByStage(doc)))
}
