/** Who is in a document right now, from its awareness states. */
import { useEffect, useState } from 'react'
import { isBoardRole, type BoardRole } from '../../../shared/roles.js'
import type { OpenDoc, Person } from './docRegistry.js'

export interface Present extends Person {
  clientId: number
  self: boolean
  /** The person's role on the board, as the server stamps it (absent on older presence). */
  role?: BoardRole
}

/** Reads a peer's `user` field defensively: any client can put anything there. */
function personOf(state: unknown): (Person & { role?: BoardRole }) | null {
  if (typeof state !== 'object' || state === null) return null
  const user = (state as { user?: unknown }).user
  if (typeof user !== 'object' || user === null) return null
  const { name, color, role } = user as { name?: unknown; color?: unknown; role?: unknown }
  if (typeof name !== 'string' || name.trim() === '') return null
  const person = { name: name.slice(0, 80), color: typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : '#555555' }
  return isBoardRole(role) ? { ...person, role } : person
}

function readPresence(entry: OpenDoc): Present[] {
  const awareness = entry.provider.awareness
  const out: Present[] = []
  awareness.getStates().forEach((state, clientId) => {
    const person = personOf(state)
    if (person) out.push({ ...person, clientId, self: clientId === awareness.clientID })
  })
  // Me first, then the others in a stable order.
  return out.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId)
}

/** People with the document open, me included (first). */
export function usePresence(entry: OpenDoc | null): Present[] {
  const [people, setPeople] = useState<Present[]>([])
  useEffect(() => {
    if (!entry) {
      setPeople([])
      return
    }
    const awareness = entry.provider.awareness
    const read = () => setPeople(readPresence(entry))
    read()
    awareness.on('change', read)
    return () => awareness.off('change', read)
  }, [entry])
  return people
}
