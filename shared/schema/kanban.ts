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
import { assertDate, cleanBlock, cleanList, cleanText, isIsoDate, observeMaps, readString } from './board.js'
import { readStringList, restoreEntry, snapshotEntry, type EntrySnapshot } from './board.js'
import { keyAtEnd, keyAtStart, keyForIndex, keysBetween, readOrderKey, sortOrdered } from './order.js'

/** Name of the board document's map of stages. */
export const BOARD_STAGES = 'stages'
/** Name of the board document's map of cards. */
export const BOARD_CARDS = 'cards'

/** Ids of the default stages, in order: Идея → Инициатива → Черновик проекта → Заявка подана → Поддержана. */
export const DEFAULT_STAGE_IDS = ['idea', 'initiative', 'draft', 'submitted', 'won'] as const
export type DefaultStageId = (typeof DEFAULT_STAGE_IDS)[number]
const DEFAULT_KEYS = keysBetween(null, null, DEFAULT_STAGE_IDS.length)

/** Longest kept lengths (characters) and counts; longer input is cut. */
export const KANBAN_LIMITS = { stageTitle: 60, title: 200, description: 2000, tags: 20, tag: 40, owners: 20, owner: 80 } as const
const L = KANBAN_LIMITS

/** Keys of a stage entry and of a card entry: the only place they are spelled. */
const StageField = { title: 'title', order: 'order' } as const
const CardField = {
  title: 'title', description: 'description', tags: 'tags', owners: 'owners', due: 'due',
  createdAt: 'createdAt', createdBy: 'createdBy', position: 'position',
} as const

/** A stage as the views see it. `title` is null for a default stage not renamed (show its i18n name `kanban.stage.<id>`). */
export interface StageMeta {
  readonly id: string
  readonly title: string | null
  readonly key: string
  readonly isDefault: boolean
}

/** A card as the views see it; `stage` is where it is shown (see the orphan rule above). */
export interface CardMeta {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly tags: readonly string[]
  readonly owners: readonly string[]
  /** Due day, `YYYY-MM-DD`, or null. */
  readonly due: string | null
  readonly createdAt: string
  readonly createdBy: string
  readonly stage: string
  readonly key: string
}

/** One kanban column: a stage and its cards in order. */
export interface StageColumn {
  readonly stage: StageMeta
  readonly cards: readonly CardMeta[]
}

/** Fields `updateCard` may change; absent fields stay as they are. */
export interface CardPatch {
  title?: string
  description?: string
  tags?: readonly string[]
  owners?: readonly string[]
  due?: string | null
}

/** Input of `createCard`: `stage` defaults to the first, `at` to 'end', `id` to a new random one. */
export interface NewCard extends CardPatch {
  title: string
  createdBy: string
  stage?: string
  at?: 'start' | 'end'
  id?: string
  now?: Date
}

/** A deleted card, for `restoreCard` (undo). */
export type CardSnapshot = EntrySnapshot

type Entry = Y.Map<unknown>
const stagesMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_STAGES)
const cardsMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_CARDS)
const entryIn = (map: Y.Map<unknown>, id: string): Entry | null => {
  const value = map.get(id)
  return value instanceof Y.Map ? (value as Entry) : null
}

/** True for the id of one of the five default stages. */
export function isDefaultStage(id: string): id is DefaultStageId {
  return (DEFAULT_STAGE_IDS as readonly string[]).includes(id)
}

const defaultStages = (): StageMeta[] =>
  DEFAULT_STAGE_IDS.map((id, i) => ({ id, title: null, key: DEFAULT_KEYS[i] as string, isDefault: true }))

function storedStages(doc: Y.Doc): StageMeta[] {
  const out: StageMeta[] = []
  stagesMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map) || !ID_PATTERN.test(id)) return
    const title = readString(value as Entry, StageField.title)
    const isDefault = isDefaultStage(id)
    out.push({ id, title: title === '' && isDefault ? null : title, key: readOrderKey(value.get(StageField.order)), isDefault })
  })
  return sortOrdered(out)
}

/** The stages in order (the defaults while none are stored). */
export function listStages(doc: Y.Doc): StageMeta[] {
  const stored = storedStages(doc)
  return stored.length > 0 ? stored : defaultStages()
}

/** Writes the default stages when the board has none; true when it wrote them. */
export function ensureDefaultStages(doc: Y.Doc): boolean {
  if (storedStages(doc).length > 0) return false
  doc.transact(() => {
    for (const stage of defaultStages()) {
      const entry: Entry = new Y.Map<unknown>()
      entry.set(StageField.order, stage.key)
      stagesMap(doc).set(stage.id, entry)
    }
  })
  return true
}

/** A stage's own title, or null for a default stage not renamed (and for an unknown id). */
export function stageTitle(doc: Y.Doc, id: string): string | null {
  return listStages(doc).find((s) => s.id === id)?.title ?? null
}

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

function readPosition(value: unknown): { stage: string; key: string } {
  if (typeof value !== 'object' || value === null) return { stage: '', key: '' }
  const { stage, key } = value as { stage?: unknown; key?: unknown }
  return { stage: typeof stage === 'string' ? stage : '', key: readOrderKey(key) }
}

function readCard(id: string, value: unknown, stageIds: ReadonlySet<string>, first: string): CardMeta | null {
  if (!(value instanceof Y.Map) || !ID_PATTERN.test(id)) return null
  const entry = value as Entry
  const position = readPosition(entry.get(CardField.position))
  const due = readString(entry, CardField.due)
  return {
    id,
    title: readString(entry, CardField.title),
    description: readString(entry, CardField.description),
    tags: readStringList(entry, CardField.tags),
    owners: readStringList(entry, CardField.owners),
    due: isIsoDate(due) ? due : null,
    createdAt: readString(entry, CardField.createdAt),
    createdBy: readString(entry, CardField.createdBy),
    stage: stageIds.has(position.stage) ? position.stage : first,
    key: position.key,
  }
}

/** The columns of the kanban: every stage in order with its cards in order; each card in exactly one. */
export function cardsByStage(doc: Y.Doc): StageColumn[] {
  const stages = listStages(doc)
  const ids = new Set(stages.map((s) => s.id))
  const buckets = new Map<string, CardMeta[]>(stages.map((s) => [s.id, []]))
  const first = (stages[0] as StageMeta).id
  cardsMap(doc).forEach((value, id) => {
    const card = readCard(id, value, ids, first)
    if (card) buckets.get(card.stage)?.push(card)
  })
  return stages.map((stage) => ({ stage, cards: sortOrdered(buckets.get(stage.id) ?? []) }))
}

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

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

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
