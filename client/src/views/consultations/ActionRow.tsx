/** One action item: tick, what, who, by when; drag handle to reorder; delete. */
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type * as Y from 'yjs'
import { CONSULTATION_LIMITS, toggleAction, updateAction, type ActionItem } from '../../../../shared/schema/consultation.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { CommitField } from './CommitField.js'
import { DueField } from './DueField.js'
import { TrashIcon, GripIcon } from '../../components/icons.js'
import { isOverdue } from './useConsultationData.js'

interface RowProps {
  doc: Y.Doc
  action: ActionItem
  /** Today, `YYYY-MM-DD`, to tell what is overdue. */
  day: string
  peopleListId: string
  onDelete(): void
}

export function ActionRow({ doc, action, day, peopleListId, onDelete }: RowProps) {
  const { t } = useI18n()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: action.id })
  const overdue = isOverdue(action, day)
  const label = action.text || t('consultations.actionUntitled')
  const classes = ['action-item', action.done && 'action-item--done', overdue && 'action-item--overdue', isDragging && 'action-item--dragging'].filter(Boolean).join(' ')

  return (
    <li ref={setNodeRef} className={classes} style={{ transform: CSS.Translate.toString(transform), transition }} data-action-id={action.id}>
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle action-item__grip"
        aria-label={t('consultations.moveAction', { text: label })}
        {...attributes}
        {...listeners}
      >
        <GripIcon />
      </button>
      <label className="action-item__tick">
        <input type="checkbox" checked={action.done} onChange={() => toggleAction(doc, action.id)} />
        <span className="sr-only">{t('consultations.actionDone', { text: label })}</span>
      </label>
      <div className="action-item__body">
        <CommitField
          multiline
          required
          className="action-item__text"
          ariaLabel={t('consultations.actionText')}
          value={action.text}
          maxLength={CONSULTATION_LIMITS.action}
          onCommit={(text) => updateAction(doc, action.id, { text })}
        />
        <div className="action-item__meta">
          <CommitField
            className="action-item__owner"
            ariaLabel={t('consultations.actionOwner', { text: label })}
            placeholder={t('consultations.ownerPlaceholder')}
            value={action.owner}
            list={peopleListId}
            maxLength={CONSULTATION_LIMITS.owner}
            onCommit={(owner) => updateAction(doc, action.id, { owner })}
          />
          <DueField due={action.due} label={label} overdue={overdue} onChange={(due) => updateAction(doc, action.id, { due })} />
          {overdue && <span className="consult-overdue">{t('consultations.overdue')}</span>}
        </div>
      </div>
      <button
        type="button"
        className="action-item__delete"
        aria-label={t('consultations.deleteAction', { text: label })}
        title={t('consultations.deleteActionShort')}
        onClick={onDelete}
      >
        <TrashIcon />
      </button>
    </li>
  )
}
