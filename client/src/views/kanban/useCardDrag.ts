/**
 * Dragging cards: the sensors (mouse, touch, keyboard), which drop target is
 * hit, the local placement during the drag, the drop as one `moveCard`, and
 * what screen readers hear — in the person's language.
 */
import {
  closestCenter,
  closestCorners,
  getFirstCollision,
  KeyboardSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type Over,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { moveCard, type StageColumn } from '../../../../shared/schema/kanban.js'
import { MouseAndPenSensor } from '../../components/dndSensors.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { kanbanKeyboardCoordinates } from './keyboardCoordinates.js'
import { fullIndex, orderWith, placementOf, spotAfter, stageOfDropId, type Placement, type Spot } from './dragModel.js'
import { stageLabel } from './stageLabel.js'

/**
 * True when the dragged card's middle is below the middle of what it is over.
 * Keyboard steps land on a card's top edge: there the card takes its place.
 */
function isBelow(active: Active, over: Over, keyboard: boolean): boolean {
  if (keyboard) return false
  const rect = active.rect.current.translated
  return rect !== null && rect.top + rect.height / 2 > over.rect.top + over.rect.height / 2
}

export interface CardDragOptions {
  doc: Y.Doc
  /** The columns as shown (a filter may hide cards). */
  columns: readonly StageColumn[]
  /** Every card of every stage: a drop is placed among all of them. */
  allColumns: readonly StageColumn[]
  /** Tells others which card (or stage, by its column's id) I hold; null when I let go. */
  announce(id: string | null): void
}

export function useCardDrag({ doc, columns, allColumns, announce }: CardDragOptions) {
  const { t } = useI18n()
  const [placement, setPlacement] = useState<Placement | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  // Handlers and announcements run outside React's render: they read the latest values here.
  const latest = useRef({ placement, columns, allColumns, keyboard: false })
  latest.current = { ...latest.current, placement, columns, allColumns }
  const origin = useRef<Spot | null>(null)
  const spoken = useRef<Spot | null>(null)
  // Right after the pick-up the card is "over" itself: say the pick-up, not that.
  const justPicked = useRef(false)
  const lastOver = useRef<UniqueIdentifier | null>(null)
  const justCrossed = useRef(false)

  const keyboardOptions = useMemo(
    () => ({
      coordinateGetter: kanbanKeyboardCoordinates(() => ({
        placement: latest.current.placement,
        stages: latest.current.columns.map((c) => c.stage.id),
      })),
    }),
    [],
  )
  const sensors = useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, keyboardOptions),
  )

  const place = useCallback((next: Placement | null) => {
    latest.current.placement = next
    setPlacement(next)
  }, [])

  // After a card changes stage the layout shifts under a still pointer; until the
  // next frame keep the last target, or the card would flip back and forth.
  useEffect(() => {
    const frame = requestAnimationFrame(() => (justCrossed.current = false))
    return () => cancelAnimationFrame(frame)
  }, [placement])

  /** Pointer: the column under it, then the nearest card in that column. Keyboard: nearest corners. */
  const collisionDetection: CollisionDetection = useCallback((args) => {
    if (!args.pointerCoordinates) return closestCorners(args)
    const columnHits = pointerWithin({ ...args, droppableContainers: args.droppableContainers.filter((c) => stageOfDropId(String(c.id)) !== null) })
    const columnId = getFirstCollision(columnHits, 'id')
    if (columnId !== null) {
      const stage = stageOfDropId(String(columnId)) ?? ''
      const ids = new Set(latest.current.placement?.[stage] ?? [])
      const cards = args.droppableContainers.filter((c) => ids.has(String(c.id)))
      const nearest = cards.length > 0 ? getFirstCollision(closestCenter({ ...args, droppableContainers: cards }), 'id') : null
      lastOver.current = nearest ?? columnId
      return [{ id: lastOver.current }]
    }
    if (justCrossed.current) lastOver.current = args.active.id
    return lastOver.current === null ? [] : [{ id: lastOver.current }]
  }, [])

  const spotOf = (p: Placement, id: string): Spot | null => {
    for (const [stage, ids] of Object.entries(p)) {
      const index = ids.indexOf(id)
      if (index >= 0) return { stage, index, total: ids.length }
    }
    return null
  }

  const finish = useCallback(() => {
    place(null)
    setActiveId(null)
    lastOver.current = null
    announce(null)
  }, [announce, place])

  const handlers = {
    onDragStart({ active, activatorEvent }: DragStartEvent) {
      latest.current.keyboard = activatorEvent instanceof KeyboardEvent
      const p = placementOf(latest.current.columns)
      place(p)
      setActiveId(String(active.id))
      origin.current = spotOf(p, String(active.id))
      spoken.current = origin.current
      justPicked.current = true
      announce(String(active.id))
    },
    onDragOver({ active, over }: DragOverEvent) {
      const p = latest.current.placement
      if (!over || !p) {
        spoken.current = null
        return
      }
      const spot = spotAfter(p, String(active.id), String(over.id), isBelow(active, over, latest.current.keyboard))
      spoken.current = spot
      if (!spot || spot.stage === spotOf(p, String(active.id))?.stage) return
      justCrossed.current = true
      place({ ...p, ...crossed(p, String(active.id), spot) })
    },
    onDragEnd({ active, over }: DragEndEvent) {
      const p = latest.current.placement
      const id = String(active.id)
      const spot = over && p ? spotAfter(p, id, String(over.id), isBelow(active, over, latest.current.keyboard)) : null
      spoken.current = spot
      if (spot && p) {
        const shown = orderWith(p[spot.stage] ?? [], id, spot.index)
        const all = latest.current.allColumns.find((c) => c.stage.id === spot.stage)?.cards.map((c) => c.id) ?? []
        // One write of the card's position: the document is the order from here on.
        moveCard(doc, id, spot.stage, fullIndex(all, shown, id))
      }
      finish()
    },
    onDragCancel() {
      finish()
    },
  }

  const accessibility = useMemo(() => {
    const titleOf = (id: UniqueIdentifier) =>
      latest.current.allColumns.flatMap((c) => c.cards).find((c) => c.id === String(id))?.title || t('kanban.card.untitled')
    const stageOf = (id: string) => {
      const stage = latest.current.allColumns.find((c) => c.stage.id === id)?.stage
      return stage ? stageLabel(stage, t) : ''
    }
    const say = (key: 'kanban.dnd.start' | 'kanban.dnd.over' | 'kanban.dnd.end', active: Active, spot: Spot | null) =>
      spot
        ? t(key, { title: titleOf(active.id), stage: stageOf(spot.stage), position: spot.index + 1, total: spot.total })
        : t('kanban.dnd.outside', { title: titleOf(active.id) })
    const announcements: Announcements = {
      onDragStart: ({ active }) => say('kanban.dnd.start', active, origin.current),
      onDragOver: ({ active, over }) => {
        const quiet = justPicked.current && over?.id === active.id
        justPicked.current = false
        return quiet ? undefined : say('kanban.dnd.over', active, spoken.current)
      },
      onDragEnd: ({ active }) => say('kanban.dnd.end', active, spoken.current ?? origin.current),
      onDragCancel: ({ active }) => t('kanban.dnd.cancel', { title: titleOf(active.id), stage: stageOf(origin.current?.stage ?? '') }),
    }
    return { announcements, screenReaderInstructions: { draggable: t('kanban.dnd.instructions') } }
  }, [t])

  return { sensors, collisionDetection, placement, activeId, handlers, accessibility }
}

/** The two stages' lists once the active card has crossed into `spot.stage` at `spot.index`. */
function crossed(p: Placement, activeId: string, spot: Spot): Placement {
  const out: Record<string, readonly string[]> = {}
  for (const [stage, ids] of Object.entries(p)) {
    if (stage === spot.stage) out[stage] = orderWith(ids, activeId, spot.index)
    else if (ids.includes(activeId)) out[stage] = ids.filter((id) => id !== activeId)
  }
  return out
}
