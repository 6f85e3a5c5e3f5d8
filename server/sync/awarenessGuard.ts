/**
 * Presence belongs to whoever announced it: a connection may set or remove
 * only its own awareness client id. An entry for a client id another
 * connection of the room announced is dropped (a forged cursor or a forged
 * "left"), and the person's name and role in it are the account's.
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

export interface AwarenessPolicy<P> {
  /** The connection sending the update. */
  self: P
  /** The client id this connection already speaks for, or null before its first presence. */
  ownId: number | null
  /** The connection that announced a client id, or undefined for a free id. */
  ownerOf(clientId: number): P | undefined
  /** The clock the room holds for a client id (0 when unknown). */
  knownClock(clientId: number): number
  /** The account's fields written over every state's `user` (name and role come from the server, not the client). */
  user: Record<string, string>
}

/**
 * The update with only the sender's own presence, stamped with its account.
 * A connection speaks for one awareness client id: the first free one it
 * announces. The stock provider relays presence it received from others, so
 * entries for other ids are expected and dropped; `forged` counts only those
 * that tried to change someone else's presence (newer than the room's clock).
 */
export function guardAwareness<P>(update: Uint8Array, policy: AwarenessPolicy<P>): { update: Uint8Array | null; forged: number; ownId: number | null } {
  let ownId = policy.ownId
  let forged = 0
  const kept: AwarenessEntry[] = []
  for (const e of readAwarenessEntries(update)) {
    const owner = policy.ownerOf(e.clientId)
    if (ownId === null && e.state !== 'null' && (owner === undefined || owner === policy.self)) ownId = e.clientId
    if (e.clientId === ownId) {
      kept.push(e.state === 'null' ? e : { ...e, state: stamp(e.state, policy.user) })
      continue
    }
    if (owner !== undefined && owner !== policy.self && e.clock > policy.knownClock(e.clientId)) forged++
  }
  return { update: kept.length > 0 ? writeAwarenessEntries(kept) : null, forged, ownId }
}

/** A presence state with `user` overwritten by the account's fields (other fields, like colour, are kept). */
function stamp(stateJson: string, user: Record<string, string>): string {
  let state: unknown
  try {
    state = JSON.parse(stateJson)
  } catch {
    state = null
  }
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return JSON.stringify({ user })
  const previous = (state as { user?: unknown }).user
  const base = typeof previous === 'object' && previous !== null && !Array.isArray(previous) ? previous : {}
  return JSON.stringify({ ...state, user: { ...base, ...user } })
}
