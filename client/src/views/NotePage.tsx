/**
 * One consultation: its title and facts (date, expert, participants, linked
 * initiative) and its action items, all in the board document, beside its
 * text, which is its own document edited together.
 */
import { useEffect, useMemo } from 'react'
import { docId } from '../../../shared/docId.js'
import { BoardAccessProvider, useAccessOf } from '../access/BoardAccessProvider.js'
import { ReadOnlyBanner } from '../access/ReadOnlyBanner.js'
import { useBoard } from '../api/useBoards.js'
import { formatDate } from '../i18n/i18n.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { usePerson } from '../identity/PersonProvider.js'
import { Link, paths } from '../routing/router.js'
import { useDoc } from '../sync/useDoc.js'
import { usePresence } from '../sync/usePresence.js'
import { Avatars } from './Avatars.js'
import { ActionList } from './consultations/ActionList.js'
import { ConsultationFields } from './consultations/ConsultationFields.js'
import { ConsultationFacts } from './consultations/ReadOnlyConsultation.js'
import { NoteTitle } from './consultations/NoteTitle.js'
import { UndoBar, useUndo } from '../components/UndoBar.js'
import { useActions, useCards, useConsultations } from './consultations/useConsultationData.js'
import { NoteEditor } from './NoteEditor.js'
import { HistoryButton } from './history/HistoryButton.js'
import { SinceLastVisit } from './history/SinceLastVisit.js'

export function NotePage({ boardId, noteId }: { boardId: string; noteId: string }) {
  const { t, locale } = useI18n()
  const { person } = usePerson()
  const { board } = useBoard(boardId)
  const access = useAccessOf(board)
  const boardDoc = useDoc(docId('board', boardId))
  const noteDoc = useDoc(docId('note', noteId))
  const consultations = useConsultations(boardDoc.entry)
  const allActions = useActions(boardDoc.entry)
  const cards = useCards(boardDoc.entry)
  const people = usePresence(noteDoc.entry)
  const undo = useUndo()
  const note = consultations.find((n) => n.id === noteId) ?? null
  const actions = useMemo(() => allActions.filter((a) => a.noteId === noteId), [allActions, noteId])
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

  const entry = boardDoc.entry
  return (
    <BoardAccessProvider access={access} boardId={boardId}>
      <main id="main" className="page page--note">
        {back}
        {note && entry ? (
          <>
            <div className="note-head">
              <NoteTitle note={note} doc={entry.doc} />
            </div>
            <div className="note-bar">
              <p className="note-bar__meta">
                {t('note.createdBy', { name: note.createdBy || t('note.someone'), date: formatDate(note.createdAt, locale) })}
              </p>
              <div className="note-bar__tools">
                <HistoryButton docId={docId('note', noteId)} />
                <Avatars people={people} />
              </div>
            </div>
            <ReadOnlyBanner />
            {access.readOnly ? (
              <ConsultationFacts boardId={boardId} note={note} cards={cards} />
            ) : (
              <ConsultationFields doc={entry.doc} boardId={boardId} note={note} cards={cards} />
            )}
          </>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
        <SinceLastVisit docId={docId('note', noteId)} />
        <div className="note-layout">
          <div className="note-layout__body">
            {noteDoc.entry && bodyReady && person ? (
              <NoteEditor entry={noteDoc.entry} person={person} />
            ) : (
              <p className="muted editor-loading">{t('note.loadingText')}</p>
            )}
            {!access.readOnly && <p className="hint">{t('note.autosave')}</p>}
          </div>
          {note && entry && <ActionList doc={entry.doc} note={note} items={actions} offerUndo={undo.offer} />}
        </div>
        <UndoBar current={undo.current} dismiss={undo.dismiss} />
      </main>
    </BoardAccessProvider>
  )
}
