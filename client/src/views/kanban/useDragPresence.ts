/**
 * Whose hand holds which card or stage. While I drag, my awareness state
 * carries `dragging: {cardId}` or `dragging: {stageId}`; others read it and
 * show my name and colour on that card or column. Any client can write
 * anything there, so what is read is checked.
 */
import { useCallback, useEffect, useState } from 'react'
import { ID_PATTERN } from '../../../../shared/docId.js'
import type { OpenDoc, Person } from '../../sync/docRegistry.js'
import { columnDropId, stageOfDropId } from './dragModel.js'

/** The awareness field, spelled once. */
const FIELD = 'dragging'
const COLOR = /^#[0-9a-f]{6}$/i

/**
 * What another person is dragging — a card's id, or a stage as its column's id
 * (`columnDropId`) — with who they are; null for any other shape.
 */
export function readRemoteDrag(state: unknown): { id: string; person: Person } | null {
  if (typeof state !== 'object' || state === null) return null
  const { dragging, user } = state as { dragging?: unknown; user?: unknown }
  if (typeof dragging !== 'object' || dragging === null || typeof user !== 'object' || user === null) return null
  const { cardId, stageId } = dragging as { cardId?: unknown; stageId?: unknown }
  const { name, color } = user as { name?: unknown; color?: unknown }
  const valid = (id: unknown): id is string => typeof id === 'string' && ID_PATTERN.test(id)
  const id = valid(cardId) ? cardId : valid(stageId) ? columnDropId(stageId) : null
  if (id === null) return null
  if (typeof name !== 'string' || name.trim() === '') return null
  return { id, person: { name: name.trim().slice(0, 80), color: typeof color === 'string' && COLOR.test(color) ? color : '#555555' } }
}

function remoteDrags(entry: OpenDoc): Map<string, Person> {
  const awareness = entry.provider.awareness
  const out = new Map<string, Person>()
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return
    const drag = readRemoteDrag(state)
    // Two people on one card: the first one read is shown (rare, and both moves still merge).
    if (drag && !out.has(drag.id)) out.set(drag.id, drag.person)
  })
  return out
}

const sameDrags = (a: ReadonlyMap<string, Person>, b: ReadonlyMap<string, Person>) =>
  a.size === b.size && [...a].every(([id, p]) => b.get(id)?.name === p.name && b.get(id)?.color === p.color)

/** What others are dragging right now: cards by id, stages by their column's id. */
export function useRemoteDrags(entry: OpenDoc | null): ReadonlyMap<string, Person> {
  const [drags, setDrags] = useState<ReadonlyMap<string, Person>>(new Map())
  useEffect(() => {
    if (!entry) {
      setDrags(new Map())
      return
    }
    const awareness = entry.provider.awareness
    // Awareness also changes when people come, go or rename: re-render only when a drag changes.
    const read = () => setDrags((prev) => {
      const next = remoteDrags(entry)
      return sameDrags(prev, next) ? prev : next
    })
    read()
    awareness.on('change', read)
    return () => awareness.off('change', read)
  }, [entry])
  return drags
}

/** Tells others which card or stage (a column's id) I hold (null: none); cleared when the view goes away. */
export function useAnnounceDrag(entry: OpenDoc | null): (id: string | null) => void {
  useEffect(() => {
    if (!entry) return
    return () => {
      if (entry.provider.awareness.getLocalState() !== null) entry.provider.awareness.setLocalStateField(FIELD, null)
    }
  }, [entry])
  return useCallback(
    (id: string | null) => {
      const awareness = entry?.provider.awareness
      // After `leave` the local state is null: nobody sees me, so there is nothing to say.
      if (!awareness || awareness.getLocalState() === null) return
      const stageId = id === null ? null : stageOfDropId(id)
      awareness.setLocalStateField(FIELD, id === null ? null : stageId !== null ? { stageId } : { cardId: id })
    },
    [entry],
  )
}
