/**
 * A consultation for whoever may only read: its facts and action items as
 * text (no fields to tab through, no handles, no ticks), links kept.
 */
import type { ReactNode } from 'react'
import type { ActionItem, ConsultationMeta } from '../../../../shared/schema/consultation.js'
import type { CardMeta } from '../../../../shared/schema/kanban.js'
import { CheckIcon } from '../../components/icons.js'
import { formatDate } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, paths } from '../../routing/router.js'
import { preloadInitiativePage } from '../lazy.js'
import { isOverdue } from './useConsultationData.js'

function Fact({ label, value, className }: { label: string; value: ReactNode; className: string }) {
  const { t } = useI18n()
  const empty = value === '' || value === null
  return (
    <div className={`field ${className}`}>
      <dt className="field__label">{label}</dt>
      <dd className={empty ? 'access-value access-value--empty' : 'access-value'}>{empty ? t('access.noValue') : value}</dd>
    </div>
  )
}

/** Date, expert, linked initiative and participants, read. */
export function ConsultationFacts({ boardId, note, cards }: { boardId: string; note: ConsultationMeta; cards: readonly CardMeta[] }) {
  const { t, locale } = useI18n()
  const linked = note.initiativeId ? (cards.find((c) => c.id === note.initiativeId) ?? null) : null
  const initiative = linked ? (
    <Link to={paths.initiative(boardId, linked.id)} onPointerEnter={preloadInitiativePage} onFocus={preloadInitiativePage}>
      {linked.title || t('consultations.untitledCard')}
    </Link>
  ) : null
  return (
    <dl className="consult-fields access-facts">
      <Fact className="consult-fields__date" label={t('note.date')} value={note.date ? formatDate(note.date, locale) : ''} />
      <Fact className="consult-fields__expert" label={t('consultations.expert')} value={note.expert} />
      <Fact className="consult-fields__card" label={t('consultations.initiativeLabel')} value={initiative} />
      <Fact className="consult-fields__people" label={t('consultations.participants')} value={note.participants.join(', ')} />
    </dl>
  )
}

/** The action items, read: done or not, what, who, by when. */
export function ActionRowsReadOnly({ items, day }: { items: readonly ActionItem[]; day: string }) {
  const { t, locale } = useI18n()
  return (
    <ol className="action-list__items">
      {items.map((action) => {
        const overdue = isOverdue(action, day)
        const classes = ['action-item', 'action-item--read', action.done && 'action-item--done', overdue && 'action-item--overdue'].filter(Boolean).join(' ')
        return (
          <li key={action.id} className={classes} data-action-id={action.id}>
            <span className="action-item__state" title={t(action.done ? 'access.actionDone' : 'access.actionOpen')}>
              {action.done ? <CheckIcon /> : <span className="action-item__dot" aria-hidden="true" />}
              <span className="sr-only">{t(action.done ? 'access.actionDone' : 'access.actionOpen')}</span>
            </span>
            <div className="action-item__body">
              <p className="action-item__text">{action.text || t('consultations.actionUntitled')}</p>
              {(action.owner || action.due || overdue) && (
                <p className="action-item__meta">
                  {action.owner && <span>{action.owner}</span>}
                  {action.due && <span>{t('consultations.dueBy', { date: formatDate(action.due, locale) })}</span>}
                  {overdue && <span className="consult-overdue">{t('consultations.overdue')}</span>}
                </p>
              )}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
