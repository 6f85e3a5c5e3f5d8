/**
 * The plan's months with drag and drop (mouse, touch, keyboard): reorder
 * within a month, or drop into another one, which moves the activity's date
 * for everyone. While dragging, a local preview shows where it will land; the
 * drop is one `movePlanItem` write.
 */
import {
  closestCorners,
  DndContext,
  DragOverlay,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { movePlanItem, planByMonth, type PlanMonth } from '../../../../shared/schema/plan.js'
import { useListSensors } from '../../components/dndSensors.js'
import { dropPlace, indexAmongAll, listOf, monthOfDropId, moveTo, type MonthLists } from './dropIndex.js'
import { PlanItemRow } from './PlanItemRow.js'
import { PlanMonthSection } from './PlanMonthSection.js'
import { usePlanAnnouncements } from './announcements.js'

interface Props {
  doc: Y.Doc
  /** The months shown (filtered), with their items in order. */
  months: readonly PlanMonth[]
  /** An activity landed in another month (to highlight it). */
  onMoved(id: string): void
  /** I picked an activity up (its id) or let go (null): the others see who holds what. */
  onHold(id: string | null): void
}

export function PlanMonths({ doc, months, onMoved, onHold }: Props) {
  const shown = useMemo<MonthLists>(() => Object.fromEntries(months.map((m) => [m.month, m.items.map((i) => i.id)])), [months])
  const byId = useMemo(() => new Map(months.flatMap((m) => m.items).map((i) => [i.id, i])), [months])
  const [preview, setPreview] = useState<MonthLists | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const lists = preview ?? shown
  // Collision detection and announcements run outside render: they read the latest lists here.
  const listsRef = useRef(lists)
  listsRef.current = lists

  const sensors = useListSensors()

  // Over a month that has items, aim at its nearest item, not the month as a whole.
  const collision: CollisionDetection = (args) => {
    const pointer = args.pointerCoordinates ? pointerWithin(args) : []
    const hits = pointer.length > 0 ? pointer : rectIntersection(args)
    const overId = getFirstCollision(hits, 'id')
    if (overId == null) return closestCorners(args)
    const month = monthOfDropId(String(overId))
    const ids = month === null ? null : listsRef.current[month]
    if (ids && ids.length > 0) {
      const inMonth = args.droppableContainers.filter((c) => ids.includes(String(c.id)))
      return closestCorners({ ...args, droppableContainers: inMonth })
    }
    return [{ id: overId }]
  }

  const accessibility = usePlanAnnouncements(doc, byId, listsRef)

  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id))
    setPreview(shown)
    onHold(String(active.id))
  }

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return
    const id = String(active.id)
    const overId = String(over.id)
    setPreview((prev) => {
      const cur = prev ?? shown
      const from = listOf(cur, id)
      const to = listOf(cur, overId)
      if (!from || !to || from === to) return prev
      const target = cur[to] ?? []
      const dragged = active.rect.current.translated
      const below = dragged !== null && dragged.top > over.rect.top + over.rect.height / 2
      const index = monthOfDropId(overId) !== null ? target.length : target.indexOf(overId) + (below ? 1 : 0)
      return moveTo(cur, id, to, index)
    })
  }

  const finish = () => {
    setPreview(null)
    setActiveId(null)
    onHold(null)
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const id = String(active.id)
    // The preview as last rendered: a keyboard drop can come before this handler is renewed.
    const cur = listsRef.current
    const place = over ? dropPlace(cur, id, String(over.id)) : null
    if (!place) return finish()
    const to = place.month
    const final = moveTo(cur, id, to, place.index)
    const full = (planByMonth(doc, [to]).find((m) => m.month === to)?.items ?? []).map((i) => i.id)
    const before = byId.get(id)
    movePlanItem(doc, id, to, indexAmongAll(final[to] ?? [], full, id))
    finish()
    if (before && before.month !== to) onMoved(id)
  }

  const active = activeId ? byId.get(activeId) : undefined
  const target = activeId ? listOf(lists, activeId) : null
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
      accessibility={accessibility}
    >
      <div className="plan-months">
        {months.map((m) => (
          <PlanMonthSection
            key={m.month}
            month={m.month}
            items={(lists[m.month] ?? []).flatMap((id) => byId.get(id) ?? [])}
            target={target === m.month && active?.month !== m.month}
          />
        ))}
      </div>
      <DragOverlay>{active ? <PlanItemRow item={active} overlay /> : null}</DragOverlay>
    </DndContext>
  )
}
