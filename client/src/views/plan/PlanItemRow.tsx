/** One activity of the plan: drag handle, dates, title, place, owner, initiative, status and actions. */
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { HTMLAttributes } from 'react'
import { PLAN_STATUSES, type PlanItem, type PlanStatus } from '../../../../shared/schema/plan.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { colorBadge } from '../../identity/person.js'
import { Link, paths } from '../../routing/router.js'
import { preloadInitiativePage } from '../lazy.js'
import { formatSpan } from './dates.js'
import { PencilIcon, TrashIcon } from '../../components/icons.js'
import { usePlanView } from './PlanContext.js'
import { PlanItemForm } from './PlanItemForm.js'
import { PlanItemComments } from '../comments/PlanItemComments.js'

/** Id of an item's row element (the timeline jumps to it). */
export const planRowId = (id: string) => `plan-item-${id}`

/** What makes the handle the drag source: dnd-kit's attributes and listeners, and its activator ref. */
type HandleProps = HTMLAttributes<HTMLButtonElement> & { ref?: (el: HTMLElement | null) => void }

interface RowProps {
  item: PlanItem
  /** Props that make the handle the drag source (absent in the drag overlay). */
  handle?: HandleProps
  overlay?: boolean
}

/** The row's look, shared by the list and the copy that follows the pointer while dragging. */
export function PlanItemRow({ item, handle, overlay = false }: RowProps) {
  const { t, locale } = useI18n()
  const view = usePlanView()
  const { readOnly } = useAccess()
  const title = item.title || t('plan.untitled')
  const card = item.initiativeId ? view.cards.get(item.initiativeId) : undefined
  const holder = overlay ? undefined : view.heldBy.get(item.id)
  const classes = ['plan-item', `plan-item--${item.status}`, overlay && 'plan-item--overlay', view.flashId === item.id && 'plan-item--flash', holder && 'plan-item--held']
  return (
    <div className={classes.filter(Boolean).join(' ')} style={holder ? { outlineColor: holder.color } : undefined}>
      {readOnly ? (
        <span className="plan-item__spacer" aria-hidden="true" />
      ) : (
        <button type="button" className="drag-handle plan-item__handle" aria-label={t('plan.drag', { title })} {...handle}>
          <span className="plan-grip" aria-hidden="true" />
        </button>
      )}
      <span className="plan-item__date" data-start={item.start}>
        {formatSpan(item.start, item.end, locale)}
      </span>
      <div className="plan-item__main">
        <span className="plan-item__title">
          {title}
          {holder && (
            <span className="plan-item__holder" style={colorBadge(holder.color)}>
              {t('plan.heldBy', { name: holder.name })}
            </span>
          )}
        </span>
        {(item.place || item.owner || card) && (
          <span className="plan-item__meta">
            {item.place && <span className="plan-item__place">{item.place}</span>}
            {item.owner && <span>{t('plan.ownerShort', { name: item.owner })}</span>}
            {card && (
              <Link to={paths.initiative(view.boardId, card.id)} onMouseEnter={preloadInitiativePage} onFocus={preloadInitiativePage}>
                {t('plan.initiativeLink', { title: card.title || t('plan.untitledCard') })}
              </Link>
            )}
          </span>
        )}
      </div>
      {readOnly ? (
        <span className={`plan-status plan-status--${item.status} plan-status--text`}>{t(`plan.status.${item.status}`)}</span>
      ) : (
        <select
          className={`plan-status plan-status--${item.status}`}
          aria-label={t('plan.statusOf', { title })}
          value={item.status}
          onChange={(e) => view.setStatus(item.id, e.target.value as PlanStatus)}
        >
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}`)}
            </option>
          ))}
        </select>
      )}
      <div className="plan-item__actions">
        {!overlay && <PlanItemComments boardId={view.boardId} itemId={item.id} title={title} />}
        {!readOnly && (
          <>
            <button type="button" className="button button--quiet plan-item__action" aria-label={t('plan.editNamed', { title })} title={t('plan.edit')} onClick={() => view.startEdit(item.id)}>
              <PencilIcon />
              <span className="plan-item__action-text">{t('plan.edit')}</span>
            </button>
            <button type="button" className="button button--quiet plan-item__action plan-item__delete" aria-label={t('plan.deleteNamed', { title })} title={t('plan.delete')} onClick={() => view.remove(item)}>
              <TrashIcon />
              <span className="plan-item__action-text">{t('plan.delete')}</span>
            </button>
          </>
        )}
      </div>
    </div>
  )
}

/** A row in a month's sortable list; while edited it holds the form instead (and cannot be dragged). */
export function SortablePlanItem({ item }: { item: PlanItem }) {
  const { t } = useI18n()
  const view = usePlanView()
  const { readOnly } = useAccess()
  const editing = view.editingId === item.id
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    // Whoever may not edit cannot move a row.
    disabled: editing || readOnly,
    attributes: { roleDescription: t('plan.dnd.role') },
  })
  return (
    <li
      ref={setNodeRef}
      id={planRowId(item.id)}
      className={isDragging ? 'plan-list__item plan-list__item--placeholder' : 'plan-list__item'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-id={item.id}
      tabIndex={-1}
    >
      {editing ? (
        <PlanItemForm item={item} />
      ) : (
        <PlanItemRow item={item} handle={{ ...attributes, ...(listeners as HTMLAttributes<HTMLButtonElement>), ref: setActivatorNodeRef }} />
      )}
    </li>
  )
}
