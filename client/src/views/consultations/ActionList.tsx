/**
 * A consultation's action items: who does what by when. Added at the end,
 * edited in place, ticked off, reordered by dragging the handle (mouse, touch,
 * or keyboard: Space, arrows, Space), deleted with «Отменить». They live in
 * the board document, so the linked initiative's card shows them too.
 */
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import type { Announcements, DragEndEvent, Modifier } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { useId, useMemo, useRef } from 'react'
import type * as Y from 'yjs'
import { deleteAction, moveAction, restoreAction, type ActionItem, type ConsultationMeta } from '../../../../shared/schema/consultation.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { ActionRow } from './ActionRow.js'
import { NewActionForm } from './NewActionForm.js'
import { ActionRowsReadOnly } from './ReadOnlyConsultation.js'
import type { UndoOffer } from '../../components/UndoBar.js'
import { today } from './useConsultationData.js'

/** A list is reordered up and down only. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 })

interface ListProps {
  doc: Y.Doc
  note: ConsultationMeta
  /** This consultation's items, in order. */
  items: readonly ActionItem[]
  offerUndo(offer: UndoOffer): void
}

export function ActionList({ doc, note, items, offerUndo }: ListProps) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const headingId = useId()
  const peopleId = useId()
  const day = today()
  const open = items.filter((a) => !a.done).length
  // Names to suggest as owners: the people of this consultation.
  const people = useMemo(() => [...note.participants, ...(note.expert ? [note.expert] : [])], [note.participants, note.expert])
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))

  const textOf = (id: string | number) => items.find((a) => a.id === id)?.text ?? ''
  const positionOf = (id: string | number) => items.findIndex((a) => a.id === id) + 1
  // The first "over" of a drag is the item itself: saying it would drown the "picked up" message.
  const justPicked = useRef(false)
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      justPicked.current = true
      return t('consultations.dragStart', { text: textOf(active.id), position: positionOf(active.id), count: items.length })
    },
    onDragOver: ({ active, over }) => {
      const first = justPicked.current
      justPicked.current = false
      if (!over || (first && over.id === active.id)) return undefined
      return t('consultations.dragOver', { text: textOf(active.id), position: positionOf(over.id), count: items.length })
    },
    onDragEnd: ({ active, over }) =>
      over ? t('consultations.dragEnd', { text: textOf(active.id), position: positionOf(over.id), count: items.length }) : undefined,
    onDragCancel: ({ active }) => t('consultations.dragCancel', { text: textOf(active.id) }),
  }

  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const to = items.findIndex((a) => a.id === over.id)
    if (to >= 0) moveAction(doc, String(active.id), to)
  }

  const remove = (action: ActionItem) => {
    const snapshot = deleteAction(doc, action.id)
    if (!snapshot) return
    offerUndo({ message: t('consultations.actionDeleted', { text: action.text }), undo: () => restoreAction(doc, snapshot) })
  }

  return (
    <section className="action-list" aria-labelledby={headingId}>
      <div className="action-list__head">
        <h2 id={headingId} className="action-list__title">
          {t('consultations.actionsTitle')}
        </h2>
        {items.length > 0 && <span className="muted">{t('consultations.openOf', { open, total: items.length })}</span>}
      </div>
      {items.length === 0 ? (
        <p className="action-list__empty">{t(readOnly ? 'access.noActions' : 'consultations.noActions')}</p>
      ) : readOnly ? (
        <ActionRowsReadOnly items={items} day={day} />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          modifiers={[verticalOnly]}
          onDragEnd={dragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('consultations.dragHelp') } }}
        >
          <SortableContext items={items.map((a) => a.id)} strategy={verticalListSortingStrategy}>
            <ol className="action-list__items">
              {items.map((action) => (
                <ActionRow key={action.id} doc={doc} action={action} day={day} peopleListId={peopleId} onDelete={() => remove(action)} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {!readOnly && (
        <>
          <datalist id={peopleId}>
            {people.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <NewActionForm doc={doc} noteId={note.id} peopleListId={peopleId} />
        </>
      )}
    </section>
  )
}
