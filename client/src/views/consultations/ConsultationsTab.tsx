/** The «Консультации» tab: the board's consultation notes — create, rename, delete, open. */
import { useState, useRef, type FormEvent } from 'react'
import { addNote, deleteNote, NOTE_TITLE_MAX, renameNote, type NoteMeta } from '../../../../shared/schema/board.js'
import { formatDate } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { usePerson } from '../../identity/PersonProvider.js'
import { Link, navigate, paths } from '../../routing/router.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { useNotes } from '../../sync/useNotes.js'
import { preloadNotePage } from '../lazy.js'
import type { BoardTabProps } from '../board/tabs.js'

export function ConsultationsTab({ boardId, entry, settled }: BoardTabProps) {
  const { t } = useI18n()
  const notes = useNotes(entry)
  return (
    <section className="section" aria-labelledby="notes-title">
      <div className="section__head">
        <h2 id="notes-title" className="section__title">
          {t('notes.title')}
        </h2>
        {notes.length > 0 && <span className="muted">{t('notes.count', { count: notes.length })}</span>}
      </div>
      {entry && <NewNoteForm entry={entry} boardId={boardId} />}
      {!settled && notes.length === 0 && <p className="muted">{t('board.loading')}</p>}
      {settled && notes.length === 0 && (
        <div className="empty empty--inline">
          <h3 className="empty__title">{t('notes.emptyTitle')}</h3>
          <p>{t('notes.emptyWhat')}</p>
          <p>{t('notes.emptyHow')}</p>
        </div>
      )}
      {entry && notes.length > 0 && (
        <ul className="notes">
          {notes.map((note) => (
            <NoteRow key={note.id} note={note} entry={entry} boardId={boardId} />
          ))}
        </ul>
      )}
    </section>
  )
}

function NewNoteForm({ entry, boardId }: { entry: OpenDoc; boardId: string }) {
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
    const id = addNote(entry.doc, { title, createdBy: person?.name ?? '' })
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

type Mode = 'view' | 'rename' | 'confirmDelete'

function NoteRow({ note, entry, boardId }: { note: NoteMeta; entry: OpenDoc; boardId: string }) {
  const { t, locale } = useI18n()
  const [mode, setMode] = useState<Mode>('view')
  const [draft, setDraft] = useState(note.title)
  const name = note.title || t('notes.untitled')

  if (mode === 'rename') {
    const save = (e: FormEvent) => {
      e.preventDefault()
      if (draft.trim()) renameNote(entry.doc, note.id, draft)
      setMode('view')
    }
    return (
      <li className="note-row note-row--editing">
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
                if (e.key === 'Escape') setMode('view')
              }}
            />
          </label>
          <button type="submit" className="button button--primary">
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={() => setMode('view')}>
            {t('common.cancel')}
          </button>
        </form>
      </li>
    )
  }

  return (
    <li className="note-row">
      <div className="note-row__main">
        <Link to={paths.note(boardId, note.id)} className="note-row__title" onPointerEnter={preloadNotePage} onFocus={preloadNotePage}>
          {name}
        </Link>
        <span className="note-row__meta">
          {note.date ? formatDate(note.date, locale) : t('notes.noDate')}
          {note.createdBy && ` · ${t('notes.by', { name: note.createdBy })}`}
        </span>
      </div>
      {mode === 'confirmDelete' ? (
        <div className="note-row__confirm" role="group" aria-label={t('notes.deleteAsk', { title: name })}>
          <span>{t('notes.deleteAsk', { title: name })}</span>
          <button type="button" className="button button--danger" onClick={() => deleteNote(entry.doc, note.id)}>
            {t('notes.deleteYes')}
          </button>
          {/* Focus on the safe choice: Enter must not delete by accident. */}
          <button type="button" className="button" onClick={() => setMode('view')} autoFocus>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <div className="note-row__actions">
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('notes.renameNamed', { title: name })}
            onClick={() => {
              setDraft(note.title)
              setMode('rename')
            }}
          >
            {t('notes.rename')}
          </button>
          <button type="button" className="button button--quiet" aria-label={t('notes.deleteNamed', { title: name })} onClick={() => setMode('confirmDelete')}>
            {t('notes.delete')}
          </button>
        </div>
      )}
    </li>
  )
}
