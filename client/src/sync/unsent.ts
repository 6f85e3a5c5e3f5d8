/**
 * What of a document is not yet on the server's disk, and this device's
 * memory of it between sessions.
 *
 * The rule: the server's durable state vector says, per client id, how many
 * operations of that client it holds on disk. Every struct (insertion run,
 * tombstone) in the local document whose clock lies beyond that count is
 * not on the server. Counting all client ids — not only this session's —
 * covers changes made in earlier sessions whose only copy is IndexedDB, and
 * changes another tab of this browser passed over. Structs merge consecutive
 * typing, so a typed word counts as one change, not one per letter.
 *
 * A state vector cannot show deletions (they do not advance a clock), so
 * local transactions that delete something are counted separately until a
 * saved mark sent after them comes back (see MessageType.savedMark).
 */
import * as Y from 'yjs'

/** Per client id, the clock up to which the server has the operations on disk. */
export type StateVector = Map<number, number>

/**
 * Structs in `doc` beyond `durable`: the insertions the server does not have
 * on disk. With `only`, just that client's (when nothing is known of the server yet).
 */
export function countUnsentStructs(doc: Y.Doc, durable: StateVector, only?: number): number {
  let count = 0
  for (const [client, structs] of doc.store.clients) {
    if (only !== undefined && client !== only) continue
    const last = structs[structs.length - 1]
    if (!last) continue
    const have = durable.get(client) ?? 0
    if (last.id.clock + last.length <= have) continue
    count += have === 0 ? structs.length : structs.length - Y.findIndexSS(structs, have)
  }
  return count
}

/** Raises every entry of `into` to at least the one in `from` (a durable state only grows). */
export function mergeStateVector(into: StateVector, from: StateVector): boolean {
  let changed = false
  for (const [client, clock] of from) {
    if (clock > (into.get(client) ?? 0)) {
      into.set(client, clock)
      changed = true
    }
  }
  return changed
}

/** What this device remembers about one document between sessions. */
export interface SavedRecord {
  /** The server's durable state vector as last heard. */
  durable: StateVector
  /** Local deleting transactions not yet confirmed by a saved mark. */
  deletes: number
  /** Unsent changes when last written (lets the next session find documents to push). */
  unsent: number
}

const PREFIX = 'impact.saved.'

/** Reads the record of `docId` (null when none or unreadable). */
export function readSaved(storage: Storage | null, docId: string): SavedRecord | null {
  try {
    const raw = storage?.getItem(PREFIX + docId)
    if (!raw) return null
    const value = JSON.parse(raw) as { sv?: unknown; deletes?: unknown; unsent?: unknown }
    const durable: StateVector = new Map()
    if (Array.isArray(value.sv)) {
      for (const pair of value.sv) {
        if (Array.isArray(pair) && typeof pair[0] === 'number' && typeof pair[1] === 'number') durable.set(pair[0], pair[1])
      }
    }
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0)
    return { durable, deletes: num(value.deletes), unsent: num(value.unsent) }
  } catch {
    return null
  }
}

/** Writes the record of `docId`; a full or missing storage only loses the hint, never data. */
export function writeSaved(storage: Storage | null, docId: string, record: SavedRecord): void {
  try {
    storage?.setItem(PREFIX + docId, JSON.stringify({ sv: [...record.durable], deletes: record.deletes, unsent: record.unsent }))
  } catch {
    // Quota or privacy mode: the next session just learns the state from the server again.
  }
}

/** Document ids this device last saw with unsent changes (to push them when the app starts). */
export function docsWithUnsent(storage: Storage | null): string[] {
  const ids: string[] = []
  try {
    if (!storage) return ids
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (!key?.startsWith(PREFIX)) continue
      const id = key.slice(PREFIX.length)
      const record = readSaved(storage, id)
      if (record && (record.unsent > 0 || record.deletes > 0)) ids.push(id)
    }
  } catch {
    // Storage unavailable: nothing to push.
  }
  return ids
}
