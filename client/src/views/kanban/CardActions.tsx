/**
 * The open action items of a card's consultations, ticked off from the card.
 * A ticked item stays in the list (struck through) until the panel closes, so
 * a slip of the finger can be unticked; items others close or delete go away.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { getNote } from '../../../../shared/schema/board.js'
import { observeActions, openActionsForInitiative, toggleAction, type ActionItem } from '../../../../shared/schema/consultation.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { formatDate } from '../../i18n/i18n.js'
import { Link, paths } from '../../routing/router.js'

/** The rows after a change: kept rows updated (ticked ones stay, done), then newly open ones. */
function merge(rows: readonly ActionItem[], open: readonly ActionItem[], ticked: ReadonlySet<string>): ActionItem[] {
  const openById = new Map(open.map((a) => [a.id, a]))
  const kept = rows.flatMap((row) => {
    const now = openById.get(row.id)
    if (now) return [now]
    return ticked.has(row.id) ? [{ ...row, done: true }] : []
  })
  const seen = new Set(kept.map((a) => a.id))
  return [...kept, ...open.filter((a) => !seen.has(a.id))]
}

export function CardActions({ doc, boardId, cardId }: { doc: Y.Doc; boardId: string; cardId: string }) {
  const { t, locale } = useI18n()
  const { readOnly } = useAccess()
  const headingId = useId()
  // Ids ticked here; written before the toggle, whose change the observer reads at once.
  const ticked = useRef(new Set<string>())
  const [rows, setRows] = useState<ActionItem[]>(() => openActionsForInitiative(doc, cardId))

  useEffect(() => {
    const read = () => setRows((prev) => merge(prev, openActionsForInitiative(doc, cardId), ticked.current))
    read()
    return observeActions(doc, read)
  }, [doc, cardId])

  const toggle = (action: ActionItem) => {
    if (action.done) ticked.current.delete(action.id)
    else ticked.current.add(action.id)
    if (toggleAction(doc, action.id) === null) ticked.current.delete(action.id)
  }

  return (
    <section className="kactions" aria-labelledby={headingId}>
      <h3 id={headingId} className="kactions__title">
        {t('kanban.edit.actionsTitle')}
      </h3>
      {rows.length === 0 ? (
        <p className="muted kactions__none">{t('kanban.edit.actionsNone')}</p>
      ) : (
        <ul className="kactions__list">
          {rows.map((action) => {
            const note = getNote(doc, action.noteId)
            return (
              <li key={action.id} className={action.done ? 'kactions__item kactions__item--done' : 'kactions__item'}>
                {readOnly ? (
                  <p className="kactions__check kactions__check--read">
                    <span className="kactions__text">{action.text}</span>
                  </p>
                ) : (
                  <label className="kactions__check">
                    <input type="checkbox" checked={action.done} onChange={() => toggle(action)} />
                    <span className="kactions__text">{action.text}</span>
                  </label>
                )}
                <p className="kactions__meta">
                  {action.owner && <span>{t('kanban.edit.actionOwner', { name: action.owner })}</span>}
                  {action.due && <span>{t('kanban.edit.actionDue', { date: formatDate(action.due, locale) })}</span>}
                  {note && (
                    <Link to={paths.note(boardId, note.id)} title={t('kanban.edit.actionNote')}>
                      {note.title || t('kanban.edit.actionNote')}
                    </Link>
                  )}
                </p>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
