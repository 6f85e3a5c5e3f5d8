/**
 * Ordered rows in a Y.Map keyed by row id, each row a Y.Map of plain values
 * and a fractional order key (see `shared/schema/order.ts`): concurrent
 * inserts, moves and edits never duplicate or lose a row, and each cell
 * merges on its own (last writer wins per cell).
 */
import * as Y from 'yjs'
import { ID_PATTERN, newId } from '../docId.js'
import { restoreEntry, snapshotEntry, type EntrySnapshot } from '../schema/board.js'
import { keyForIndex, readOrderKey, sortOrdered, type Ordered } from '../schema/order.js'
import { ROW_ORDER } from './keys.js'

export type RowEntry = Y.Map<unknown>
/** A removed row, for undo. */
export type RowSnapshot = EntrySnapshot
/** A plain cell value as rows store it. */
export type Cell = string | number | boolean | null | readonly string[]

/** Every valid row of a map, read with `read`, sorted by key then id. */
export function readRows<T extends Ordered>(map: Y.Map<unknown>, read: (id: string, entry: RowEntry, key: string) => T | null): T[] {
  const out: T[] = []
  map.forEach((value, id) => {
    if (!(value instanceof Y.Map) || !ID_PATTERN.test(id)) return
    const row = read(id, value as RowEntry, readOrderKey(value.get(ROW_ORDER)))
    if (row) out.push(row)
  })
  return sortOrdered(out)
}

/** The row entry, or null when it is gone. */
export function rowEntry(map: Y.Map<unknown>, id: string): RowEntry | null {
  const value = map.get(id)
  return value instanceof Y.Map ? (value as RowEntry) : null
}

/**
 * Inserts a row at `index` of `siblings` (the sorted rows it joins; the end
 * by default) and returns its id.
 */
export function insertRow(
  map: Y.Map<unknown>,
  siblings: readonly Ordered[],
  cells: Readonly<Record<string, Cell>>,
  options: { id?: string; index?: number } = {},
): string {
  const id = options.id ?? newId()
  if (!ID_PATTERN.test(id)) throw new Error(`invalid row id: ${JSON.stringify(id)}`)
  if (map.has(id)) throw new Error(`row exists: ${id}`)
  const write = () => {
    const entry = map.set(id, new Y.Map<unknown>())
    entry.set(ROW_ORDER, keyForIndex(siblings, options.index ?? siblings.length))
    for (const [name, value] of Object.entries(cells)) entry.set(name, value)
  }
  if (map.doc) map.doc.transact(write)
  else write()
  return id
}

/** Writes the cells that differ (undefined = leave as is); false when the row is gone. */
export function patchRow(map: Y.Map<unknown>, id: string, cells: Readonly<Record<string, Cell | undefined>>): boolean {
  const entry = rowEntry(map, id)
  if (!entry) return false
  const write = () => {
    for (const [name, value] of Object.entries(cells)) {
      if (value === undefined) continue
      if (JSON.stringify(entry.get(name)) !== JSON.stringify(value)) entry.set(name, value)
    }
  }
  if (map.doc) map.doc.transact(write)
  else write()
  return true
}

/** Moves a row to `index` among `siblings` (its index once moved); false when it is gone. */
export function moveRow(map: Y.Map<unknown>, siblings: readonly Ordered[], id: string, index: number): boolean {
  const entry = rowEntry(map, id)
  if (!entry) return false
  const key = keyForIndex(siblings, index, id)
  if (entry.get(ROW_ORDER) !== key) entry.set(ROW_ORDER, key)
  return true
}

/** Removes a row; returns what `restoreRow` needs, or null when it was already gone. */
export function removeRow(map: Y.Map<unknown>, id: string): RowSnapshot | null {
  const snapshot = snapshotEntry(map, id)
  if (snapshot) map.delete(id)
  return snapshot
}

/** Puts a removed row back; false when a row with its id exists again. */
export function restoreRow(map: Y.Map<unknown>, snapshot: RowSnapshot): boolean {
  return restoreEntry(map, snapshot)
}

/** A finite number cell, or null. */
export function readNumber(entry: RowEntry, name: string): number | null {
  const v = entry.get(name)
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/** A non-negative safe integer cell (money in kopecks), or 0. */
export function readKopecks(entry: RowEntry, name: string): number {
  const v = entry.get(name)
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0
}

/** A boolean cell (false when missing). */
export function readBool(entry: RowEntry, name: string): boolean {
  return entry.get(name) === true
}
