/**
 * The «Консультации» tab: dated consultation notes, newest first, each with
 * its expert, participants, linked initiative and open action items; create,
 * rename, and delete with «Отменить» (the note comes back with its actions).
 */
import { useMemo, useRef, useState, type FormEvent } from 'react'
import { addNote, NOTE_TITLE_MAX } from '../../../../shared/schema/board.js'
import { deleteConsultation, restoreConsultation, type ConsultationMeta } from '../../../../shared/schema/consultation.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { usePerson } from '../../identity/PersonProvider.js'
import { navigate, paths } from '../../routing/router.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { preloadNotePage } from '../lazy.js'
import type { BoardTabProps } from '../board/tabs.js'
import { ConsultationRow } from './ConsultationRow.js'
import { UndoBar, useUndo } from '../../components/UndoBar.js'
import { tallyByNote, today, useActions, useCards, useConsultations } from './useConsultationData.js'

export function ConsultationsTab({ boardId, entry, settled }: BoardTabProps) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const consultations = useConsultations(entry)
  const actions = useActions(entry)
  const cards = useCards(entry)
  const undo = useUndo()
  const day = today()
  const tallies = useMemo(() => tallyByNote(actions, day), [actions, day])
  const cardTitles = useMemo(() => new Map(cards.map((c) => [c.id, c.title])), [cards])

  const remove = (doc: OpenDoc, note: ConsultationMeta) => {
    const snapshot = deleteConsultation(doc.doc, note.id)
    if (!snapshot) return
    undo.offer({
      message: t(snapshot.actions.length > 0 ? 'consultations.deletedWithActions' : 'consultations.deleted', {
        title: note.title || t('notes.untitled'),
        count: snapshot.actions.length,
      }),
      undo: () => restoreConsultation(doc.doc, snapshot),
    })
  }

  return (
    <section className="section consultations" aria-labelledby="notes-title">
      <div className="section__head">
        <h2 id="notes-title" className="section__title">
          {t('notes.title')}
        </h2>
        {consultations.length > 0 && <span className="muted">{t('notes.count', { count: consultations.length })}</span>}
      </div>
      {entry && !readOnly && <NewConsultationForm entry={entry} boardId={boardId} />}
      {!settled && consultations.length === 0 && <p className="muted">{t('board.loading')}</p>}
      {settled && consultations.length === 0 && readOnly && <p className="empty">{t('access.noConsultations')}</p>}
      {settled && consultations.length === 0 && !readOnly && (
        <div className="empty empty--inline">
          <h3 className="empty__title">{t('notes.emptyTitle')}</h3>
          <p>{t('notes.emptyWhat')}</p>
          <p>{t('notes.emptyHow')}</p>
        </div>
      )}
      {entry && consultations.length > 0 && (
        <ul className="consult-list">
          {consultations.map((note) => (
            <ConsultationRow
              key={note.id}
              note={note}
              boardId={boardId}
              doc={entry.doc}
              tally={tallies.get(note.id) ?? null}
              cardTitle={note.initiativeId ? (cardTitles.get(note.initiativeId) ?? null) : null}
              onDelete={() => remove(entry, note)}
            />
          ))}
        </ul>
      )}
      <UndoBar current={undo.current} dismiss={undo.dismiss} />
    </section>
  )
}

function NewConsultationForm({ entry, boardId }: { entry: OpenDoc; boardId: string }) {
  const { t } = useI18n()
  const { person } = usePerson()
  const [title, setTitle] = useState('')
  const [error, setError] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!title.trim()) {
      setError(true)
      inputRef.current?.focus()
      return
    }
    // A consultation is usually written up on its day: today is the best first guess.
    const id = addNote(entry.doc, { title, createdBy: person?.name ?? '', date: today() })
    setTitle('')
    setError(false)
    navigate(paths.note(boardId, id))
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <label className="field field--grow">
        <span className="field__label">{t('notes.newLabel')}</span>
        <input
          ref={inputRef}
          className="input"
          name="note-title"
          value={title}
          maxLength={NOTE_TITLE_MAX}
          placeholder={t('notes.newPlaceholder')}
          aria-invalid={error}
          onChange={(e) => setTitle(e.target.value)}
          onFocus={preloadNotePage}
        />
      </label>
      <button type="submit" className="button button--primary">
        {t('notes.add')}
      </button>
      {error && (
        <p className="field__error inline-form__error" role="alert">
          {t('notes.titleRequired')}
        </p>
      )}
    </form>
  )
}
