/**
 * Fractional ordering of items kept in a Y.Map (cards, stages, plan items,
 * action items). Each item stores an order key; a list's order is the items
 * sorted by (key, id). Moving an item rewrites only its own key, so concurrent
 * moves never duplicate or lose it.
 *
 * Two replicas that insert at the same spot while apart pick the same key;
 * the id breaks the tie, so every replica still shows the same order. A later
 * insert "between" two equal keys cannot get a key strictly between them: it
 * lands right after the run of equal keys instead (see `keyForIndex`).
 *
 * Keys are compared by UTF-16 code units (`<`), never `localeCompare`: the
 * library's base-62 keys sort correctly only that way.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing'

/** Anything that has a place in an ordered list. */
export interface Ordered {
  readonly id: string
  /** Fractional key; '' when the stored key is missing or junk (sorts first). */
  readonly key: string
}

/** The key as stored when valid, else '' (sorts first). */
export function readOrderKey(value: unknown): string {
  return isOrderKey(value) ? value : ''
}

/** True when `value` is a key the library accepts (peers may write junk). */
export function isOrderKey(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false
  try {
    generateKeyBetween(value, null)
    return true
  } catch {
    return false
  }
}

/**
 * A key that sorts strictly between `before` and `after` (null = open end).
 * When the two are equal (a tie from concurrent inserts) the result sorts
 * right after them.
 */
export function keyBetween(before: string | null, after: string | null): string {
  // '' is what readers use for a missing or junk key: it sorts first, like the open start.
  if (before === '') before = null
  if (after === '') after = null
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null)
  return generateKeyBetween(before, after)
}

/** `n` ascending keys strictly between `before` and `after` (null = open end). */
export function keysBetween(before: string | null, after: string | null, n: number): string[] {
  if (before === '') before = null
  if (after === '') after = null
  if (before !== null && after !== null && before >= after) return generateNKeysBetween(before, null, n)
  return generateNKeysBetween(before, after, n)
}

/** Order by key, then id (code units), the same on every replica. */
export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** A sorted copy of `items` (by key, then id). */
export function sortOrdered<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(compareOrdered)
}

/** The key after the last item of a sorted list (append). */
export function keyAtEnd(sorted: readonly Ordered[]): string {
  return keyBetween(sorted[sorted.length - 1]?.key ?? null, null)
}

/** The key before the first item of a sorted list (prepend). */
export function keyAtStart(sorted: readonly Ordered[]): string {
  return keyBetween(null, sorted[0]?.key ?? null)
}

/**
 * The key that puts item `movingId` at position `index` of the sorted list
 * `sorted` once the item itself is left out of it (so `index` is where the
 * item ends up). `index` is clamped to the list. When the item already sits
 * there its own key comes back (nothing to write). Inside a run of equal keys
 * the item lands right after the run: no key fits strictly inside it.
 */
export function keyForIndex(sorted: readonly Ordered[], index: number, movingId?: string): string {
  const others = movingId === undefined ? sorted : sorted.filter((item) => item.id !== movingId)
  const at = Math.max(0, Math.min(Math.trunc(index), others.length))
  // Already there: keep the key, so a no-op move writes nothing.
  const current = movingId === undefined ? -1 : sorted.findIndex((item) => item.id === movingId)
  if (current === at) return (sorted[current] as Ordered).key
  const before = others[at - 1]?.key ?? null
  let next = at
  while (before !== null && next < others.length && (others[next] as Ordered).key <= before) next++
  return keyBetween(before, others[next]?.key ?? null)
}
