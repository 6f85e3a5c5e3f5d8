/** One consultation note: its title and date (in the board document) and its text (its own document). */
import { useEffect, useRef, useState } from 'react'
import { docId } from '../../../shared/docId.js'
import { getNote, isIsoDate, NOTE_TITLE_MAX, renameNote, setNoteDate, type NoteMeta } from '../../../shared/schema/board.js'
import { useBoard } from '../api/useBoards.js'
import { formatDate } from '../i18n/i18n.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { usePerson } from '../identity/PersonProvider.js'
import { Link, paths } from '../routing/router.js'
import type { OpenDoc } from '../sync/docRegistry.js'
import { useDoc } from '../sync/useDoc.js'
import { useNotes } from '../sync/useNotes.js'
import { usePresence } from '../sync/usePresence.js'
import { Avatars } from './Avatars.js'
import { NoteEditor } from './NoteEditor.js'

export function NotePage({ boardId, noteId }: { boardId: string; noteId: string }) {
  const { t, locale } = useI18n()
  const { person } = usePerson()
  const { board } = useBoard(boardId)
  const boardDoc = useDoc(docId('board', boardId))
  const noteDoc = useDoc(docId('note', noteId))
  const notes = useNotes(boardDoc.entry)
  const people = usePresence(noteDoc.entry)
  const note = notes.find((n) => n.id === noteId) ?? null
  const boardSettled = boardDoc.status.localLoaded && (boardDoc.status.everSynced || boardDoc.status.failing)
  // Show the editor once the offline copy is in (or the server answered), so it opens on the real text.
  const bodyReady = noteDoc.status.localLoaded || noteDoc.status.synced
  const title = note?.title || t('notes.untitled')

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`
  }, [title, t])

  const back = (
    <nav className="crumbs" aria-label={t('nav.label')}>
      <Link to={paths.home()}>{t('nav.allBoards')}</Link>
      <span aria-hidden="true"> / </span>
      <Link to={paths.board(boardId, 'consultations')}>{board?.title ?? t('board.untitled')}</Link>
    </nav>
  )

  if (!note && boardSettled) {
    return (
      <main id="main" className="page">
        {back}
        <div className="empty">
          <h1 className="empty__title" tabIndex={-1}>
            {t('note.missingTitle')}
          </h1>
          <p>{t('note.missingText')}</p>
          <Link to={paths.board(boardId, 'consultations')} className="button button--primary">
            {t('note.backToBoard')}
          </Link>
        </div>
      </main>
    )
  }

  return (
    <main id="main" className="page page--note">
      {back}
      {note && boardDoc.entry ? <NoteHead note={note} entry={boardDoc.entry} /> : <p className="muted">{t('common.loading')}</p>}
      <div className="note-bar">
        {note && (
          <p className="note-bar__meta">
            {t('note.createdBy', { name: note.createdBy || t('note.someone'), date: formatDate(note.createdAt, locale) })}
          </p>
        )}
        <Avatars people={people} />
      </div>
      {noteDoc.entry && bodyReady && person ? (
        <NoteEditor entry={noteDoc.entry} person={person} />
      ) : (
        <p className="muted editor-loading">{t('note.loadingText')}</p>
      )}
      <p className="hint">{t('note.autosave')}</p>
    </main>
  )
}

/** Title and consultation date; a title edit is sent on Enter or when leaving the field. */
function NoteHead({ note, entry }: { note: NoteMeta; entry: OpenDoc }) {
  const { t } = useI18n()
  const [draft, setDraft] = useState(note.title)
  const [editing, setEditing] = useState(false)
  const cancelled = useRef(false)

  // A long title wraps instead of being cut (Russian titles run long on a phone).
  const fit = (el: HTMLTextAreaElement | null) => {
    if (!el) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight}px`
  }
  const area = useRef<HTMLTextAreaElement | null>(null)
  useEffect(() => fit(area.current), [draft])

  // Someone else renamed it while I was not typing: show theirs.
  useEffect(() => {
    if (!editing) setDraft(note.title)
  }, [note.title, editing])

  const commit = () => {
    setEditing(false)
    if (cancelled.current) {
      cancelled.current = false
      setDraft(note.title)
      return
    }
    if (draft.trim() && getNote(entry.doc, note.id)) renameNote(entry.doc, note.id, draft)
    else setDraft(note.title)
  }

  return (
    <div className="note-head">
      <h1 className="note-head__title">
        <label>
          <span className="sr-only">{t('note.titleLabel')}</span>
          <textarea
            ref={(el) => {
              area.current = el
              fit(el)
            }}
            className="title-input"
            rows={1}
            value={draft}
            maxLength={NOTE_TITLE_MAX}
            placeholder={t('notes.untitled')}
            onFocus={() => setEditing(true)}
            onChange={(e) => {
              setDraft(e.target.value.replace(/\n/g, ' '))
              fit(e.target)
            }}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                // A title is one line: Enter saves it.
                e.preventDefault()
                e.currentTarget.blur()
              }
              if (e.key === 'Escape') {
                cancelled.current = true
                e.currentTarget.blur()
              }
            }}
          />
        </label>
      </h1>
      <label className="field field--date">
        <span className="field__label">{t('note.date')}</span>
        <input
          type="date"
          className="input"
          value={note.date ?? ''}
          onChange={(e) => {
            const value = e.target.value
            if (value === '' || isIsoDate(value)) setNoteDate(entry.doc, note.id, value || null)
          }}
        />
      </label>
    </div>
  )
}
