/**
 * Dragging stages: a column is carried by its header (a long press on touch,
 * its grip with the keyboard) and dropped among the others as one
 * `moveStage`. The columns make room as it passes; what screen readers hear
 * is said in the person's language.
 */
import type { Announcements, CollisionDetection, DragEndEvent, DragOverEvent, DragStartEvent, UniqueIdentifier } from '@dnd-kit/core'
import { useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { moveStage, type StageMeta } from '../../../../shared/schema/kanban.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { isStageDrag, stageOfDropId } from './dragModel.js'
import { stageLabel } from './stageLabel.js'

/**
 * The column whose middle is nearest the carried column's middle, left to
 * right only: columns differ in height, and a short one carried over a tall
 * one must still land beside it.
 */
export const stageCollision: CollisionDetection = ({ collisionRect, droppableContainers, droppableRects }) => {
  const x = collisionRect.left + collisionRect.width / 2
  let best: { id: UniqueIdentifier; distance: number } | null = null
  for (const container of droppableContainers) {
    const rect = isStageDrag(container.id) ? droppableRects.get(container.id) : undefined
    if (!rect) continue
    const distance = Math.abs(rect.left + rect.width / 2 - x)
    if (!best || distance < best.distance) best = { id: container.id, distance }
  }
  return best ? [{ id: best.id, data: { value: best.distance } }] : []
}

/**
 * `announce` tells others which stage I hold (its column's id; null when I let
 * go), as the card drag does for cards.
 */
export function useStageDrag(doc: Y.Doc, stages: readonly StageMeta[], announce: (id: string | null) => void) {
  const { t } = useI18n()
  const [activeStage, setActiveStage] = useState<string | null>(null)
  // Announcements run outside React's render: they read the latest values here.
  const latest = useRef(stages)
  latest.current = stages
  const origin = useRef(-1)
  const spoken = useRef(-1)
  // Right after the pick-up the column is "over" itself: say the pick-up, not that.
  const justPicked = useRef(false)

  // Reads only the ref, so the memoised announcements may use it.
  const indexOf = (id: UniqueIdentifier) => {
    const stage = stageOfDropId(String(id))
    return stage === null ? -1 : latest.current.findIndex((s) => s.id === stage)
  }

  const handlers = {
    onDragStart({ active }: DragStartEvent) {
      setActiveStage(stageOfDropId(String(active.id)))
      origin.current = indexOf(active.id)
      spoken.current = origin.current
      justPicked.current = true
      announce(String(active.id))
    },
    onDragOver({ over }: DragOverEvent) {
      spoken.current = over ? indexOf(over.id) : origin.current
    },
    onDragEnd({ active, over }: DragEndEvent) {
      const stage = stageOfDropId(String(active.id))
      const to = over ? indexOf(over.id) : -1
      spoken.current = to < 0 ? origin.current : to
      // One write of the stage's position; the columns are drawn from the document again.
      if (stage !== null && to >= 0 && to !== origin.current) moveStage(doc, stage, to)
      setActiveStage(null)
      announce(null)
    },
    onDragCancel() {
      setActiveStage(null)
      announce(null)
    },
  }

  const announcements = useMemo(() => {
    const nameAt = (index: number) => {
      const stage = latest.current[index]
      return stage ? stageLabel(stage, t) : ''
    }
    const say = (key: 'kanban.stageDnd.start' | 'kanban.stageDnd.over' | 'kanban.stageDnd.end', id: UniqueIdentifier, index: number) =>
      t(key, { stage: nameAt(indexOf(id)), position: index + 1, total: latest.current.length })
    const announcements: Announcements = {
      onDragStart: ({ active }) => say('kanban.stageDnd.start', active.id, origin.current),
      onDragOver: ({ active, over }) => {
        const quiet = justPicked.current && over?.id === active.id
        justPicked.current = false
        return quiet ? undefined : say('kanban.stageDnd.over', active.id, spoken.current)
      },
      onDragEnd: ({ active }) => say('kanban.stageDnd.end', active.id, spoken.current),
      onDragCancel: ({ active }) => t('kanban.stageDnd.cancel', { stage: nameAt(indexOf(active.id)), position: origin.current + 1 }),
    }
    return announcements
  }, [t])

  return { activeStage, handlers, announcements }
}
