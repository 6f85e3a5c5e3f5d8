/**
 * The kanban's storage layer in the board document: key names, the two maps,
 * the types views see, and reading stages and cards (with the orphan rule).
 * Only `kanban.ts` and `kanbanStages.ts` import this; views import `kanban.ts`.
 */
import * as Y from 'yjs'
import { ID_PATTERN } from '../docId.js'
import { isIsoDate, readString } from './board.js'
import { readStringList, type EntrySnapshot } from './board.js'
import { keysBetween, readOrderKey, sortOrdered } from './order.js'

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
/** Shorthand for the limits inside the kanban modules. */
export const L = KANBAN_LIMITS

/** Keys of a stage entry and of a card entry: the only place they are spelled. */
export const StageField = { title: 'title', order: 'order' } as const
export const CardField = {
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

export type Entry = Y.Map<unknown>
export const stagesMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_STAGES)
export const cardsMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_CARDS)
export const entryIn = (map: Y.Map<unknown>, id: string): Entry | null => {
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

export function readPosition(value: unknown): { stage: string; key: string } {
  if (typeof value !== 'object' || value === null) return { stage: '', key: '' }
  const { stage, key } = value as { stage?: unknown; key?: unknown }
  return { stage: typeof stage === 'string' ? stage : '', key: readOrderKey(key) }
}

export function readCard(id: string, value: unknown, stageIds: ReadonlySet<string>, first: string): CardMeta | null {
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
