/**
 * The arithmetic of dragging plan items between months, kept pure so it is
 * tested without a browser. While a drag runs the view shows a preview
 * (month → item ids as shown); the drop turns it into one `movePlanItem` call.
 */

/** Month → ids of its items in the order shown. */
export type MonthLists = Readonly<Record<string, readonly string[]>>

const MONTH_PREFIX = 'month:'

/** The droppable id of a month's list (item ids never contain a colon). */
export const monthDropId = (month: string) => `${MONTH_PREFIX}${month}`

/** The month of a month droppable id, or null for an item id. */
export function monthOfDropId(id: string): string | null {
  return id.startsWith(MONTH_PREFIX) ? id.slice(MONTH_PREFIX.length) : null
}

/** The month whose list holds `id` (an item, or a month's own droppable id). */
export function listOf(lists: MonthLists, id: string): string | null {
  const month = monthOfDropId(id)
  if (month !== null) return month in lists ? month : null
  for (const [m, ids] of Object.entries(lists)) if (ids.includes(id)) return m
  return null
}

/** The lists with `id` taken out of wherever it is and put at `index` (clamped) of month `to`. */
export function moveTo(lists: MonthLists, id: string, to: string, index: number): MonthLists {
  const out: Record<string, string[]> = {}
  for (const [m, ids] of Object.entries(lists)) out[m] = ids.filter((x) => x !== id)
  const target = out[to] ?? []
  const at = Math.max(0, Math.min(index, target.length))
  out[to] = [...target.slice(0, at), id, ...target.slice(at)]
  return out
}

/**
 * Where the moved item lands among ALL of its new month's items (`full`, in
 * order, hidden ones included), judged by its neighbours in the list shown
 * (`shown`, which holds it): right before the next shown item, else right
 * after the previous one, else at the end. With no filter on, this is simply
 * its index in `shown`. The result is "its index once moved", what
 * `movePlanItem` takes.
 */
export function indexAmongAll(shown: readonly string[], full: readonly string[], id: string): number {
  const others = full.filter((x) => x !== id)
  const at = shown.indexOf(id)
  if (at < 0) return others.length
  const next = shown.slice(at + 1).find((x) => others.includes(x))
  if (next !== undefined) return others.indexOf(next)
  const prev = [...shown.slice(0, at)].reverse().find((x) => others.includes(x))
  if (prev !== undefined) return others.indexOf(prev) + 1
  return others.length
}

/** Where a drop puts the item: a month, its index in that month's list as shown, and the list's length then. */
export interface DropPlace {
  month: string
  index: number
  total: number
}

/**
 * Where dropping `activeId` on `overId` puts it, judged from the lists as
 * shown (the drop and the screen-reader announcements use this one rule):
 * on an item of its own month it takes that item's place (the sortable list
 * shows it there); on a month's empty area it goes to the end (or stays, in
 * its own month); on an item of another month, right after that item (the
 * preview first puts it before the item, then the list treats it as dropped
 * onto it).
 */
export function dropPlace(lists: MonthLists, activeId: string, overId: string): DropPlace | null {
  const from = listOf(lists, activeId)
  const to = listOf(lists, overId)
  if (from === null || to === null) return null
  const ids = lists[to] ?? []
  const same = from === to
  if (monthOfDropId(overId) !== null) return same ? { month: to, index: ids.indexOf(activeId), total: ids.length } : { month: to, index: ids.length, total: ids.length + 1 }
  if (same) return { month: to, index: ids.indexOf(overId), total: ids.length }
  return { month: to, index: ids.indexOf(overId) + 1, total: ids.length + 1 }
}
