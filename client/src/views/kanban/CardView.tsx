/** One initiative card as shown in a stage (and under the pointer while dragged). */
import { useId, type ReactNode } from 'react'
import type { CardMeta } from '../../../../shared/schema/kanban.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { formatDate } from '../../i18n/i18n.js'
import { colorBadge, heldFrame } from '../../identity/person.js'
import { Link, paths } from '../../routing/router.js'
import type { Person } from '../../sync/docRegistry.js'
import { CalendarIcon, CheckIcon, CommentIcon, OpenIcon, PersonIcon } from '../../components/icons.js'
import { useCommentCount } from './commentCounts.js'

export interface CardViewProps {
  card: CardMeta
  boardId: string
  /** Open action items of the card's consultations. */
  openActions: number
  /** Today as `YYYY-MM-DD`, for the overdue mark. */
  today: string
  /** Someone else who is dragging this card right now. */
  remote: Person | null
  onEdit(cardId: string): void
  /** The drag handle, given by the sortable wrapper. */
  handle?: ReactNode
  /** The copy that follows the pointer: not interactive, hidden from screen readers. */
  overlay?: boolean
}

export function CardView({ card, boardId, openActions, today, remote, onEdit, handle, overlay = false }: CardViewProps) {
  const { t, locale } = useI18n()
  const { readOnly } = useAccess()
  const titleId = useId()
  const title = card.title || t('kanban.card.untitled')
  const overdue = card.due !== null && card.due < today
  const openComments = useCommentCount(card.id)
  const classes = ['kcard', overlay && 'kcard--overlay', remote && 'kcard--remote'].filter(Boolean).join(' ')
  return (
    <article
      className={classes}
      aria-labelledby={overlay ? undefined : titleId}
      aria-hidden={overlay || undefined}
      inert={overlay}
      data-card-id={card.id}
      style={remote ? heldFrame(remote.color) : undefined}
    >
      {remote && (
        <p className="kcard__remote" style={colorBadge(remote.color)}>
          {t('kanban.card.dragging', { name: remote.name })}
        </p>
      )}
      <div className="kcard__head">
        {handle}
        <h4 className="kcard__title" id={titleId}>
          <button type="button" className="kcard__edit" aria-haspopup="dialog" title={t(readOnly ? 'access.cardOpenHint' : 'kanban.card.editHint')} onClick={() => onEdit(card.id)}>
            {title}
          </button>
        </h4>
      </div>
      {card.description && <p className="kcard__desc">{card.description}</p>}
      {card.tags.length > 0 && (
        <ul className="kcard__tags" aria-label={t('kanban.card.tags')}>
          {card.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {(card.owners.length > 0 || card.due || openActions > 0 || openComments > 0) && (
        <div className="kcard__meta">
          {card.owners.length > 0 && (
            <span className="kcard__fact">
              <PersonIcon />
              <span className="sr-only">{t('kanban.card.owners')} </span>
              {card.owners.join(', ')}
            </span>
          )}
          {card.due && (
            <span className={overdue ? 'kcard__fact kcard__fact--overdue' : 'kcard__fact'}>
              <CalendarIcon />
              {t(overdue ? 'kanban.card.overdue' : 'kanban.card.due', { date: formatDate(card.due, locale) })}
            </span>
          )}
          {openActions > 0 && (
            <span className="kcard__fact kcard__fact--actions">
              <CheckIcon />
              {t('kanban.card.actions', { count: openActions })}
            </span>
          )}
          {openComments > 0 && (
            <span className="kcard__fact kcard__fact--comments">
              <CommentIcon />
              {t('comments.count', { count: openComments })}
            </span>
          )}
        </div>
      )}
      <Link to={paths.initiative(boardId, card.id)} className="kcard__open" draggable={false} aria-label={t('kanban.card.openNamed', { title })}>
        <OpenIcon />
        {t('kanban.card.open')}
      </Link>
    </article>
  )
}
