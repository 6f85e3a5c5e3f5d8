/** One consultation in the list: what, when, who, which initiative, how many action items are open. */
import { useState, type FormEvent } from 'react'
import type * as Y from 'yjs'
import { NOTE_TITLE_MAX, renameNote } from '../../../../shared/schema/board.js'
import type { ConsultationMeta } from '../../../../shared/schema/consultation.js'
import { formatDate } from '../../i18n/i18n.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, paths } from '../../routing/router.js'
import { preloadInitiativePage, preloadNotePage } from '../lazy.js'
import type { ActionTally } from './useConsultationData.js'

interface RowProps {
  note: ConsultationMeta
  boardId: string
  doc: Y.Doc
  tally: ActionTally | null
  /** Title of the linked card; null when none is linked or the card is gone. */
  cardTitle: string | null
  onDelete(): void
}

export function ConsultationRow({ note, boardId, doc, tally, cardTitle, onDelete }: RowProps) {
  const { t, locale } = useI18n()
  const { readOnly } = useAccess()
  const [renaming, setRenaming] = useState(false)
  const [draft, setDraft] = useState(note.title)
  const name = note.title || t('notes.untitled')

  if (renaming) {
    const save = (e: FormEvent) => {
      e.preventDefault()
      if (draft.trim()) renameNote(doc, note.id, draft)
      setRenaming(false)
    }
    return (
      <li className="consult consult--editing">
        <form className="inline-form" onSubmit={save}>
          <label className="field field--grow">
            <span className="sr-only">{t('notes.renameLabel')}</span>
            <input
              className="input"
              value={draft}
              maxLength={NOTE_TITLE_MAX}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setRenaming(false)
              }}
            />
          </label>
          <button type="submit" className="button button--primary">
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            {t('common.cancel')}
          </button>
        </form>
      </li>
    )
  }

  return (
    <li className="consult">
      <div className="consult__date">
        {note.date ? formatDate(note.date, locale) : <span className="muted">{t('notes.noDate')}</span>}
      </div>
      <div className="consult__main">
        <Link to={paths.note(boardId, note.id)} className="consult__title" onPointerEnter={preloadNotePage} onFocus={preloadNotePage}>
          {name}
        </Link>
        {note.expert && <p className="consult__line">{t('consultations.expertIs', { name: note.expert })}</p>}
        {note.participants.length > 0 && (
          <p className="consult__line">{t('consultations.participantsAre', { names: note.participants.join(', ') })}</p>
        )}
        <p className="consult__line consult__facts">
          {note.initiativeId && cardTitle !== null && (
            <span>
              {t('consultations.initiative')}{' '}
              <Link to={paths.initiative(boardId, note.initiativeId)} onPointerEnter={preloadInitiativePage} onFocus={preloadInitiativePage}>
                {cardTitle || t('consultations.untitledCard')}
              </Link>
            </span>
          )}
          <ActionSummary tally={tally} />
        </p>
      </div>
      {!readOnly && (
        <div className="consult__actions">
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('notes.renameNamed', { title: name })}
            onClick={() => {
              setDraft(note.title)
              setRenaming(true)
            }}
          >
            {t('notes.rename')}
          </button>
          <button type="button" className="button button--quiet consult__delete" aria-label={t('notes.deleteNamed', { title: name })} onClick={onDelete}>
            {t('notes.delete')}
          </button>
        </div>
      )}
    </li>
  )
}

function ActionSummary({ tally }: { tally: ActionTally | null }) {
  const { t } = useI18n()
  if (!tally) return <span className="muted">{t('consultations.noActionsShort')}</span>
  if (tally.open === 0) return <span className="consult__done">{t('consultations.allDone', { count: tally.total })}</span>
  return (
    <span>
      {t('consultations.actionsOpenOf', { open: tally.open, total: tally.total })}
      {tally.overdue > 0 && <span className="consult-overdue">{t('consultations.overdueCount', { count: tally.overdue })}</span>}
    </span>
  )
}
