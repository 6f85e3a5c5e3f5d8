/**
 * Presence belongs to whoever announced it: a connection may set or remove
 * only the awareness client ids that are its own. An entry for a client id
 * another connection of the room announced is dropped (a forged cursor or a
 * forged "left"), the rest of the update goes through.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

export interface AwarenessEntry {
  clientId: number
  clock: number
  /** The JSON text of the state, `null` for a removal. */
  state: string
}

/** The entries of an encoded awareness update (y-protocols' format); throws on a malformed one. */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) })
  }
  return entries
}

function writeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId)
    encoding.writeVarUint(encoder, e.clock)
    encoding.writeVarString(encoder, e.state)
  }
  return encoding.toUint8Array(encoder)
}

/**
 * The update without the entries whose client id belongs to someone else
 * (`ownerOf` returns the owning connection, or undefined for a free id).
 * The stock provider relays the presence it received, so dropped entries
 * that bring nothing newer than `knownClock` are expected; `forged` counts
 * only those that tried to change someone else's presence.
 * Returns the input itself when nothing is dropped.
 */
export function ownAwarenessOnly<P>(
  update: Uint8Array,
  self: P,
  ownerOf: (clientId: number) => P | undefined,
  knownClock: (clientId: number) => number,
): { update: Uint8Array | null; forged: number } {
  const entries = readAwarenessEntries(update)
  let forged = 0
  const kept = entries.filter((e) => {
    const owner = ownerOf(e.clientId)
    if (owner === undefined || owner === self) return true
    if (e.clock > knownClock(e.clientId)) forged++
    return false
  })
  if (kept.length === entries.length) return { update, forged }
  return { update: kept.length > 0 ? writeAwarenessEntries(kept) : null, forged }
}
