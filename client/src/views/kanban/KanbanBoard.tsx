/** The stages side by side: cards dragged between and within them, stages dragged among each other. */
import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core'
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable'
import { useMemo, useRef, useState } from 'react'
import type { ActionCounts } from '../../../../shared/schema/consultation.js'
import type { CardMeta, StageColumn, StageSnapshot } from '../../../../shared/schema/kanban.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { AddStage } from './AddStage.js'
import { CardView } from './CardView.js'
import { columnDropId, isStageDrag } from './dragModel.js'
import { StageColumnView } from './StageColumnView.js'
import { useBoardDrag } from './useBoardDrag.js'
import { useAnnounceDrag, useRemoteDrags } from './useDragPresence.js'

export interface KanbanBoardProps {
  entry: OpenDoc
  boardId: string
  /** The columns as shown (filtered). */
  columns: readonly StageColumn[]
  /** Every stage with all its cards. */
  allColumns: readonly StageColumn[]
  filtered: boolean
  counts: ReadonlyMap<string, ActionCounts>
  today: string
  author: string
  addingIn: string | null
  onAdding(stageId: string | null): void
  onEdit(cardId: string): void
  onStatus(message: string): void
  onStageRemoved(snapshot: StageSnapshot, name: string, into: string | null): void
}

// Columns change size while cards cross between them: measure drop targets all the time.
const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } }

export function KanbanBoard(props: KanbanBoardProps) {
  const { entry, boardId, columns, allColumns, filtered, counts, today } = props
  const { readOnly } = useAccess()
  const announce = useAnnounceDrag(entry)
  const remote = useRemoteDrags(entry)
  const drag = useBoardDrag({ doc: entry.doc, columns, allColumns, announce })
  // While a card is carried out of a stage, the page must not get shorter: scrolled to
  // the bottom, the browser would scroll the board away from under the pointer.
  const stripRef = useRef<HTMLDivElement>(null)
  const [heldHeight, setHeldHeight] = useState<number | null>(null)
  const handlers = {
    ...drag.handlers,
    onDragStart: (event: Parameters<typeof drag.handlers.onDragStart>[0]) => {
      if (!isStageDrag(event.active.id)) setHeldHeight(stripRef.current?.offsetHeight ?? null)
      drag.handlers.onDragStart(event)
    },
  }

  const byId = useMemo(() => new Map(allColumns.flatMap((c) => c.cards).map((c) => [c.id, c])), [allColumns])
  // During a drag the local placement decides the order; otherwise the document does.
  const shown = drag.placement
    ? columns.map((c) => ({
        stage: c.stage,
        cards: (drag.placement?.[c.stage.id] ?? []).map((id) => byId.get(id)).filter((card): card is CardMeta => card !== undefined),
      }))
    : columns
  const active = drag.activeCard ? byId.get(drag.activeCard) : undefined
  const dragging = drag.placement !== null || drag.activeStage !== null
  const totals = new Map(allColumns.map((c) => [c.stage.id, c.cards.length]))

  return (
    <DndContext
      sensors={drag.sensors}
      collisionDetection={drag.collisionDetection}
      measuring={MEASURING}
      accessibility={drag.accessibility}
      {...handlers}
    >
      <div
        ref={stripRef}
        className={dragging ? 'kanban__columns kanban__columns--dragging' : 'kanban__columns'}
        style={drag.placement && heldHeight !== null ? { minHeight: heldHeight } : undefined}
      >
        <SortableContext items={shown.map((c) => columnDropId(c.stage.id))} strategy={horizontalListSortingStrategy}>
          {shown.map((column, i) => (
            <StageColumnView
              key={column.stage.id}
              doc={entry.doc}
              boardId={boardId}
              column={column}
              total={totals.get(column.stage.id) ?? 0}
              filtered={filtered}
              index={i}
              stageCount={shown.length}
              neighbour={shown[i > 0 ? i - 1 : i + 1]?.stage ?? null}
              counts={counts}
              remote={remote}
              today={today}
              author={props.author}
              adding={props.addingIn === column.stage.id}
              onAdding={props.onAdding}
              onEdit={props.onEdit}
              onStatus={props.onStatus}
              onStageRemoved={props.onStageRemoved}
            />
          ))}
        </SortableContext>
        {!readOnly && <AddStage doc={entry.doc} />}
      </div>
      <DragOverlay>
        {active ? (
          <CardView card={active} boardId={boardId} openActions={counts.get(active.id)?.open ?? 0} today={today} remote={null} onEdit={() => undefined} overlay />
        ) : null}
      </DragOverlay>
    </DndContext>
  )
}
