/**
 * One stage of the kanban: header (which carries the column among the others),
 * its cards (a drop target and a sortable list), quick-add.
 */
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { memo, useId } from 'react'
import type * as Y from 'yjs'
import type { ActionCounts } from '../../../../shared/schema/consultation.js'
import type { StageColumn, StageMeta, StageSnapshot } from '../../../../shared/schema/kanban.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { colorBadge, heldFrame } from '../../identity/person.js'
import type { Person } from '../../sync/docRegistry.js'
import { columnDropId, isStageDrag } from './dragModel.js'
import { QuickAdd } from './QuickAdd.js'
import { SortableCard } from './SortableCard.js'
import { StageHeader } from './StageHeader.js'
import { stageLabel } from './stageLabel.js'

export interface StageColumnViewProps {
  doc: Y.Doc
  boardId: string
  /** The stage with the cards shown in it (filtered, or as placed during a drag). */
  column: StageColumn
  /** Every card the stage holds, filter or not. */
  total: number
  filtered: boolean
  index: number
  stageCount: number
  neighbour: StageMeta | null
  counts: ReadonlyMap<string, ActionCounts>
  remote: ReadonlyMap<string, Person>
  today: string
  author: string
  adding: boolean
  onAdding(stageId: string | null): void
  onEdit(cardId: string): void
  onStatus(message: string): void
  onStageRemoved(snapshot: StageSnapshot, name: string, into: string | null): void
}

/** Memoised: presence changes re-render the board page often, and a stage only needs to when its own props change. */
export const StageColumnView = memo(function StageColumnView(props: StageColumnViewProps) {
  const { doc, boardId, column, total, filtered, index, stageCount, neighbour, counts, remote, today, author } = props
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const headingId = useId()
  const { stage, cards } = column
  const name = stageLabel(stage, t)
  // The column is a card drop target and, by its header, a sortable stage.
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging, isOver, active } = useSortable({
    id: columnDropId(stage.id),
    data: { stage: stage.id },
    attributes: { roleDescription: t('kanban.stageDnd.roleDescription') },
    // Whoever may not edit cannot pick a stage up; cards may still be over it.
    disabled: { draggable: readOnly, droppable: false },
  })
  const cardOver = isOver && active !== null && !isStageDrag(active.id)
  // Someone else carrying this stage: their colour around it and their name on it, as on a card.
  const holder = remote.get(columnDropId(stage.id)) ?? null
  const className = ['kanban__column', cardOver && 'kanban__column--over', isDragging && 'kanban__column--lifted'].filter(Boolean).join(' ')

  return (
    <section
      ref={setNodeRef}
      className={className}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        ...(holder ? heldFrame(holder.color) : {}),
      }}
      aria-labelledby={headingId}
      data-stage-id={stage.id}
    >
      {holder && (
        <p className="kanban__remote" style={colorBadge(holder.color)}>
          {t('kanban.stageDnd.remote', { name: holder.name })}
        </p>
      )}
      <StageHeader
        doc={doc}
        stage={stage}
        headingId={headingId}
        index={index}
        stageCount={stageCount}
        total={total}
        shown={filtered ? cards.length : null}
        neighbour={neighbour}
        grip={readOnly ? null : { setActivatorNodeRef, attributes, listeners }}
        onRemoved={props.onStageRemoved}
      />
      <SortableContext id={stage.id} items={cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        <ol className="kanban__cards" aria-labelledby={headingId}>
          {cards.map((card) => (
            <SortableCard
              key={card.id}
              card={card}
              stageId={stage.id}
              boardId={boardId}
              openActions={counts.get(card.id)?.open ?? 0}
              today={today}
              remote={remote.get(card.id) ?? null}
              onEdit={props.onEdit}
            />
          ))}
        </ol>
      </SortableContext>
      {cards.length === 0 && <p className="kanban__hint">{t(filtered ? 'kanban.dropHintFiltered' : readOnly ? 'access.stageEmpty' : 'kanban.dropHint')}</p>}
      {!readOnly && (
        <QuickAdd
          doc={doc}
          stageId={stage.id}
          stageName={name}
          author={author}
          open={props.adding}
          onOpen={(open) => props.onAdding(open ? stage.id : null)}
          onAdded={props.onStatus}
        />
      )}
    </section>
  )
})
