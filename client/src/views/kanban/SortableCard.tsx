/** A card that can be dragged: anywhere on it with a mouse or a long press, from its handle with the keyboard. */
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { CardView, type CardViewProps } from './CardView.js'
import { GripIcon } from '../../components/icons.js'

export function SortableCard(props: Omit<CardViewProps, 'handle' | 'overlay'> & { stageId: string }) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const { card, stageId, ...rest } = props
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    data: { stage: stageId },
    attributes: { roleDescription: t('kanban.dnd.roleDescription') },
    // Whoever may not edit cannot pick a card up: no handle, no listeners, not a drag source.
    disabled: readOnly,
  })
  const title = card.title || t('kanban.card.untitled')
  return (
    // Pointer and touch listeners sit on the whole card; the keyboard sensor only
    // starts from the handle (the activator), so Enter on the title still opens it.
    <li
      ref={setNodeRef}
      className={isDragging ? 'kanban__slot kanban__slot--placeholder' : 'kanban__slot'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...(readOnly ? {} : listeners)}
    >
      <CardView
        {...rest}
        card={card}
        handle={
          readOnly ? undefined : (
            <button
              type="button"
              ref={setActivatorNodeRef}
              className="drag-handle kcard__handle"
              {...attributes}
              aria-label={t('kanban.card.handle', { title })}
            >
              <GripIcon />
            </button>
          )
        }
      />
    </li>
  )
}
