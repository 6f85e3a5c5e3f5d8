/**
 * Sensors for drag and drop, shared by the views: a mouse or pen moves a
 * thing once it has travelled a few pixels; a finger must press a moment
 * first, so swiping still scrolls the page; the keyboard carries it with
 * Space and the arrows.
 */
import {
  KeyboardSensor,
  MouseSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type PointerSensorOptions,
} from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import type { PointerEvent as ReactPointerEvent } from 'react'

/**
 * The pointer sensor for mouse and pen only. A finger goes to the touch
 * sensor and its press delay, so swiping over cards still scrolls the page.
 */
export class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: (event: ReactPointerEvent, options: PointerSensorOptions) =>
        event.nativeEvent.pointerType !== 'touch' && PointerSensor.activators.some((a) => a.handler(event, options)),
    },
  ]
}

/** The sensors of a sortable list (plan months, table rows): ↑/↓ by the sortable list's own rule. */
export function useListSensors() {
  return useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
}
