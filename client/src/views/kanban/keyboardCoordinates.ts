/**
 * Where the arrow keys carry a lifted card. ↑/↓ are the sortable list's own
 * rule (`sortableKeyboardCoordinates`), kept to the card's stage so a step
 * never lands in another column by geometry. ←/→ go to the neighbouring
 * stage, next to the card at about the same height (its end when empty).
 */
import type { KeyboardCoordinateGetter } from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { columnDropId, stageOfItem, type Placement } from './dragModel.js'

export interface KeyboardBoard {
  /** The order during the drag, or null. */
  placement: Placement | null
  /** Stage ids, left to right. */
  stages: readonly string[]
}

export function kanbanKeyboardCoordinates(read: () => KeyboardBoard): KeyboardCoordinateGetter {
  return (event, args) => {
    const { placement, stages } = read()
    const { active, collisionRect, droppableRects, droppableContainers } = args.context
    const from = placement && active ? stageOfItem(placement, String(active.id)) : null
    if (!placement || !active || !collisionRect || from === null) return sortableKeyboardCoordinates(event, args)

    if (event.code === 'ArrowUp' || event.code === 'ArrowDown') {
      const mine = new Set(placement[from] ?? [])
      const Containers = droppableContainers.constructor as new () => typeof droppableContainers
      const own = new Containers()
      for (const c of droppableContainers.getEnabled()) if (mine.has(String(c.id))) own.set(c.id, c)
      return sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers: own } })
    }

    if (event.code !== 'ArrowLeft' && event.code !== 'ArrowRight') return sortableKeyboardCoordinates(event, args)
    event.preventDefault()
    const target = stages[stages.indexOf(from) + (event.code === 'ArrowRight' ? 1 : -1)]
    if (target === undefined) return undefined
    let best: { left: number; top: number } | null = null
    for (const id of placement[target] ?? []) {
      const rect = id === active.id ? undefined : droppableRects.get(id)
      if (rect && (!best || Math.abs(rect.top - collisionRect.top) < Math.abs(best.top - collisionRect.top))) best = rect
    }
    const spot = best ?? droppableRects.get(columnDropId(target)) ?? null
    return spot ? { x: spot.left, y: spot.top } : undefined
  }
}
