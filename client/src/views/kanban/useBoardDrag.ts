/**
 * One drag-and-drop for the board: cards (`useCardDrag`) and stages
 * (`useStageDrag`) share the sensors and the live region; each event goes to
 * the one whose thing is being carried.
 */
import type { Active, Announcements, CollisionDetection } from '@dnd-kit/core'
import { useCallback, useMemo } from 'react'
import { isStageDrag } from './dragModel.js'
import { useCardDrag, type CardDragOptions } from './useCardDrag.js'
import { stageCollision, useStageDrag } from './useStageDrag.js'

const carriesStage = (event: { active: Active }) => isStageDrag(event.active.id)

export function useBoardDrag(options: CardDragOptions) {
  const cards = useCardDrag(options)
  const stageList = useMemo(() => options.allColumns.map((c) => c.stage), [options.allColumns])
  const stages = useStageDrag(options.doc, stageList, options.announce)

  const collisionDetection: CollisionDetection = useCallback(
    (args) => (isStageDrag(args.active.id) ? stageCollision(args) : cards.collisionDetection(args)),
    [cards.collisionDetection],
  )

  const handlers = {
    onDragStart: (e: Parameters<typeof cards.handlers.onDragStart>[0]) => (carriesStage(e) ? stages.handlers.onDragStart(e) : cards.handlers.onDragStart(e)),
    onDragOver: (e: Parameters<typeof cards.handlers.onDragOver>[0]) => (carriesStage(e) ? stages.handlers.onDragOver(e) : cards.handlers.onDragOver(e)),
    onDragEnd: (e: Parameters<typeof cards.handlers.onDragEnd>[0]) => (carriesStage(e) ? stages.handlers.onDragEnd(e) : cards.handlers.onDragEnd(e)),
    onDragCancel: (e: { active: Active }) => (carriesStage(e) ? stages.handlers.onDragCancel() : cards.handlers.onDragCancel()),
  }

  const accessibility = useMemo(() => {
    const card = cards.accessibility.announcements
    const stage = stages.announcements
    const announcements: Announcements = {
      onDragStart: (e) => (carriesStage(e) ? stage.onDragStart(e) : card.onDragStart(e)),
      onDragOver: (e) => (carriesStage(e) ? stage.onDragOver(e) : card.onDragOver(e)),
      onDragEnd: (e) => (carriesStage(e) ? stage.onDragEnd(e) : card.onDragEnd(e)),
      onDragCancel: (e) => (carriesStage(e) ? stage.onDragCancel(e) : card.onDragCancel(e)),
    }
    return { ...cards.accessibility, announcements }
  }, [cards.accessibility, stages.announcements])

  return {
    sensors: cards.sensors,
    collisionDetection,
    handlers,
    accessibility,
    /** The cards' order during a card drag, or null. */
    placement: cards.placement,
    /** The card being carried, or null. */
    activeCard: cards.activeId,
    /** The stage being carried, or null. */
    activeStage: stages.activeStage,
  }
}
