/**
 * Where the arrow keys carry a lifted card or stage. A stage goes ←/→ among
 * the columns only (the sortable list's rule, kept to columns). A card's ↑/↓
 * are the sortable list's own rule (`sortableKeyboardCoordinates`), kept to
 * the card's stage so a step never lands in another column by geometry; its
 * ←/→ go to the neighbouring stage, next to the card at about the same
 * height (its end when empty).
 */
import type { KeyboardCoordinateGetter } from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { columnDropId, isStageDrag, stageOfItem, type Placement } from './dragModel.js'

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
    if (active && isStageDrag(active.id)) {
      if (event.code !== 'ArrowLeft' && event.code !== 'ArrowRight') return undefined
      return sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers: only(droppableContainers, isStageDrag) } })
    }
    const from = placement && active ? stageOfItem(placement, String(active.id)) : null
    if (!placement || !active || !collisionRect || from === null) return sortableKeyboardCoordinates(event, args)

    if (event.code === 'ArrowUp' || event.code === 'ArrowDown') {
      const mine = new Set(placement[from] ?? [])
      return sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers: only(droppableContainers, (id) => mine.has(String(id))) } })
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

type Containers = Parameters<KeyboardCoordinateGetter>[1]['context']['droppableContainers']

/** The enabled drop targets whose id passes `keep`, in dnd-kit's own container type. */
function only(containers: Containers, keep: (id: string | number) => boolean): Containers {
  const Kind = containers.constructor as new () => Containers
  const out = new Kind()
  for (const c of containers.getEnabled()) if (keep(c.id)) out.set(c.id, c)
  return out
}
