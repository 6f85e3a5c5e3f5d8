/**
 * Who is moving which activity right now. While I drag, my awareness state
 * on the board document carries `planDragging: {itemId}`; the others show my
 * name and colour on that row. Any client can write anything there, so what
 * is read is checked.
 */
import { useCallback, useEffect, useState } from 'react'
import { ID_PATTERN } from '../../../../shared/docId.js'
import type { OpenDoc, Person } from '../../sync/docRegistry.js'

/** The awareness field, spelled once (the kanban has its own, for cards). */
const FIELD = 'planDragging'
const COLOR = /^#[0-9a-f]{6}$/i

function readDrag(state: unknown): { itemId: string; person: Person } | null {
  if (typeof state !== 'object' || state === null) return null
  const { planDragging, user } = state as { planDragging?: unknown; user?: unknown }
  if (typeof planDragging !== 'object' || planDragging === null || typeof user !== 'object' || user === null) return null
  const { itemId } = planDragging as { itemId?: unknown }
  const { name, color } = user as { name?: unknown; color?: unknown }
  if (typeof itemId !== 'string' || !ID_PATTERN.test(itemId) || typeof name !== 'string' || name.trim() === '') return null
  return { itemId, person: { name: name.trim().slice(0, 80), color: typeof color === 'string' && COLOR.test(color) ? color : '#555555' } }
}

const key = (drags: ReadonlyMap<string, Person>) => [...drags].map(([id, p]) => `${id}:${p.name}:${p.color}`).join('|')

/** Activities others are dragging, by id, and the function that tells them which one I hold (null: none). */
export function usePlanDrags(entry: OpenDoc | null): [ReadonlyMap<string, Person>, (itemId: string | null) => void] {
  const [drags, setDrags] = useState<ReadonlyMap<string, Person>>(new Map())
  useEffect(() => {
    if (!entry) return
    const awareness = entry.provider.awareness
    // Awareness changes with every caret and arrival: re-render only when a drag changes.
    const read = () => {
      const next = new Map<string, Person>()
      awareness.getStates().forEach((state, clientId) => {
        const drag = clientId === awareness.clientID ? null : readDrag(state)
        if (drag && !next.has(drag.itemId)) next.set(drag.itemId, drag.person)
      })
      setDrags((prev) => (key(prev) === key(next) ? prev : next))
    }
    read()
    awareness.on('change', read)
    return () => {
      awareness.off('change', read)
      if (awareness.getLocalState() !== null) awareness.setLocalStateField(FIELD, null)
    }
  }, [entry])
  const announce = useCallback(
    (itemId: string | null) => {
      const awareness = entry?.provider.awareness
      // After `leave` the local state is null: nobody sees me, so there is nothing to say.
      if (!awareness || awareness.getLocalState() === null) return
      awareness.setLocalStateField(FIELD, itemId === null ? null : { itemId })
    },
    [entry],
  )
  return [drags, announce]
}
