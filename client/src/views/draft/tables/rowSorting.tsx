/**
 * Rows of a draft table (or of one group of it: a task's activities, an
 * article's budget lines) reordered by drag and drop. A row is carried by its
 * grip — the mouse, a long press, or the keyboard (Space, ↑/↓, Space) — and
 * the drop is one move of the document's order; the ↑/↓ buttons stay. What
 * screen readers hear is said in the person's language.
 */
import {
  closestCenter,
  DndContext,
  type Announcements,
  type DraggableAttributes,
  type DraggableSyntheticListeners,
  type DragEndEvent,
  type Modifier,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { createContext, useContext, useMemo, useRef, type CSSProperties, type ReactNode } from 'react'
import { useListSensors } from '../../../components/dndSensors.js'
import { GripIcon } from '../../../components/icons.js'
import { useI18n } from '../../../i18n/I18nProvider.js'

export interface RowSortingProps {
  /** The rows in the order shown, each with the name its buttons use («Встреча», «строку 2»). */
  rows: ReadonlyArray<{ id: string; name: string }>
  /** Puts row `id` at `index` of these rows (its index once moved). */
  onMove(id: string, index: number): void
  children: ReactNode
}

/** Rows go up and down only. */
const vertical: Modifier = ({ transform }) => ({ ...transform, x: 0 })

/** The drag-and-drop around one table: wraps the whole table (dnd-kit renders its live region beside it). */
export function RowSorting({ rows, onMove, children }: RowSortingProps) {
  const { t } = useI18n()
  const latest = useRef(rows)
  latest.current = rows
  // Right after the pick-up the row is "over" itself: say the pick-up, not that.
  const justPicked = useRef(false)
  const sensors = useListSensors()
  const accessibility = useMemo(() => {
    const place = (id: UniqueIdentifier | undefined) => latest.current.findIndex((r) => r.id === id)
    const say = (key: 'draftTables.dnd.start' | 'draftTables.dnd.over' | 'draftTables.dnd.end', active: UniqueIdentifier, at: UniqueIdentifier | undefined) =>
      t(key, { name: latest.current[place(active)]?.name ?? '', position: place(at) + 1, total: latest.current.length })
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        justPicked.current = true
        return say('draftTables.dnd.start', active.id, active.id)
      },
      onDragOver: ({ active, over }) => {
        const quiet = justPicked.current && over?.id === active.id
        justPicked.current = false
        return over && !quiet ? say('draftTables.dnd.over', active.id, over.id) : undefined
      },
      onDragEnd: ({ active, over }) => say('draftTables.dnd.end', active.id, over?.id ?? active.id),
      onDragCancel: ({ active }) => t('draftTables.dnd.cancel', { name: latest.current[place(active.id)]?.name ?? '' }),
    }
    return { announcements, screenReaderInstructions: { draggable: t('draftTables.dnd.instructions') } }
  }, [t])

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || over.id === active.id) return
    const to = latest.current.findIndex((r) => r.id === over.id)
    if (to >= 0) onMove(String(active.id), to)
  }

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} modifiers={[vertical]} accessibility={accessibility} onDragEnd={onDragEnd}>
      <SortableContext items={rows.map((r) => r.id)} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  )
}

interface Grip {
  setActivatorNodeRef(element: HTMLElement | null): void
  attributes: DraggableAttributes
  listeners: DraggableSyntheticListeners
}

const GripContext = createContext<Grip | null>(null)

/** One sortable row: its node ref, its moving style, and the provider that gives its tools a grip. */
export function useSortableRow(id: string): { ref(element: HTMLElement | null): void; style: CSSProperties; dragging: boolean; wrap(tools: ReactNode): ReactNode } {
  const { t } = useI18n()
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id,
    attributes: { roleDescription: t('draftTables.dnd.roleDescription') },
  })
  const grip = { setActivatorNodeRef, attributes, listeners }
  return {
    ref: setNodeRef,
    style: { transform: CSS.Translate.toString(transform), transition },
    dragging: isDragging,
    wrap: (tools) => <GripContext.Provider value={grip}>{tools}</GripContext.Provider>,
  }
}

/** The row's grip, where the row's tools are; nothing outside a sortable row. */
export function RowGrip({ name }: { name: string }) {
  const { t } = useI18n()
  const grip = useContext(GripContext)
  if (!grip) return null
  return (
    <button type="button" ref={grip.setActivatorNodeRef} className="drag-handle dt-grip" {...grip.attributes} {...grip.listeners} aria-label={t('draftTables.dnd.handle', { name })}>
      <GripIcon />
    </button>
  )
}
