/**
 * The order shown while a card is dragged, as plain data. During a drag the
 * view shows this local placement (so cards make room under the pointer);
 * on drop it becomes ONE `moveCard` call and the placement is dropped: the
 * board is always rendered from the document otherwise, so nothing can drift.
 */
import type { StageColumn } from '../../../../shared/schema/kanban.js'

/** Card ids per stage id, in the order shown. */
export type Placement = Readonly<Record<string, readonly string[]>>

/** Where a card is or will be: stage, 0-based index, and how many cards the stage then has. */
export interface Spot {
  readonly stage: string
  readonly index: number
  readonly total: number
}

const COLUMN_PREFIX = 'stage:'

/** The droppable id of a stage's column (kept apart from card ids, which share the id alphabet). */
export function columnDropId(stageId: string): string {
  return `${COLUMN_PREFIX}${stageId}`
}

/** The stage of a column droppable id, or null for a card id. */
export function stageOfDropId(id: string): string | null {
  return id.startsWith(COLUMN_PREFIX) ? id.slice(COLUMN_PREFIX.length) : null
}

/** True for a column's id: what is dragged or hit is a stage, not a card. */
export function isStageDrag(id: string | number): boolean {
  return stageOfDropId(String(id)) !== null
}

/** The placement of the columns as they are shown now. */
export function placementOf(columns: readonly StageColumn[]): Placement {
  return Object.fromEntries(columns.map((c) => [c.stage.id, c.cards.map((card) => card.id)]))
}

/** The stage holding a card id, or the stage of a column id; null when unknown. */
export function stageOfItem(placement: Placement, id: string): string | null {
  const stage = stageOfDropId(id)
  if (stage !== null) return stage in placement ? stage : null
  for (const [stageId, ids] of Object.entries(placement)) if (ids.includes(id)) return stageId
  return null
}

/**
 * Carries the active card into the stage of `overId`: before the card it is
 * over (after it when `below`), or at the end when over the column itself.
 */
export function moveAcross(placement: Placement, activeId: string, overId: string, below: boolean): Placement {
  const from = stageOfItem(placement, activeId)
  const to = stageOfItem(placement, overId)
  if (from === null || to === null || from === to) return placement
  const target = placement[to] ?? []
  const overIndex = target.indexOf(overId)
  const at = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0)
  return {
    ...placement,
    [from]: (placement[from] ?? []).filter((id) => id !== activeId),
    [to]: [...target.slice(0, at), activeId, ...target.slice(at)],
  }
}

/**
 * Where the active card lands when dropped over `overId`: in another stage as
 * `moveAcross` puts it; in its own stage at the index of the card it is over
 * (the sortable list's rule), or where it is when over the column.
 */
export function spotAfter(placement: Placement, activeId: string, overId: string, below: boolean): Spot | null {
  const from = stageOfItem(placement, activeId)
  const to = stageOfItem(placement, overId)
  if (from === null || to === null) return null
  const next = from === to ? placement : moveAcross(placement, activeId, overId, below)
  const list = next[to] ?? []
  const overIndex = list.indexOf(overId)
  const index = from === to && overIndex >= 0 ? overIndex : list.indexOf(activeId)
  return { stage: to, index, total: list.length }
}

/** The stage's shown ids once the active card sits at `index` of it. */
export function orderWith(ids: readonly string[], activeId: string, index: number): string[] {
  const rest = ids.filter((id) => id !== activeId)
  const at = Math.max(0, Math.min(index, rest.length))
  return [...rest.slice(0, at), activeId, ...rest.slice(at)]
}

/**
 * The index for `moveCard` in the whole stage, from the order shown (which a
 * filter may have thinned): right after the shown card before it, else right
 * before the shown card after it, else at the end.
 */
export function fullIndex(allIds: readonly string[], shown: readonly string[], activeId: string): number {
  const others = allIds.filter((id) => id !== activeId)
  const at = shown.indexOf(activeId)
  const before = at > 0 ? shown[at - 1] : undefined
  if (before !== undefined && others.includes(before)) return others.indexOf(before) + 1
  const after = shown[at + 1]
  if (after !== undefined && others.includes(after)) return others.indexOf(after)
  return others.length
}
