/**
 * An initiative: its card (title and stage, in the board document) and its
 * canvas (the `initiative:<cardId>` document), with who is here.
 */
import { useEffect } from 'react'
import { docId } from '../../../../shared/docId.js'
import { BoardAccessProvider, useAccessOf } from '../../access/BoardAccessProvider.js'
import { ReadOnlyBanner } from '../../access/ReadOnlyBanner.js'
import { useBoard } from '../../api/useBoards.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { usePerson } from '../../identity/PersonProvider.js'
import { Link, paths } from '../../routing/router.js'
import { useDoc } from '../../sync/useDoc.js'
import { usePresence } from '../../sync/usePresence.js'
import { Avatars } from '../Avatars.js'
import { DocumentComments } from '../comments/DocumentComments.js'
import { DraftView } from '../draft/DraftView.js'
import { useInitiativeView } from '../draft/useInitiativeView.js'
import { viewPanelId, viewTabId, ViewSwitch } from '../draft/ViewSwitch.js'
import { HistoryButton } from '../history/HistoryButton.js'
import { SinceLastVisit } from '../history/SinceLastVisit.js'
import { Canvas } from './Canvas.js'
import { InitiativeHead } from './InitiativeHead.js'
import { useKanbanColumns } from './useKanbanColumns.js'

export function InitiativePage({ boardId, cardId }: { boardId: string; cardId: string }) {
  const { t } = useI18n()
  const { person } = usePerson()
  const { board } = useBoard(boardId)
  const access = useAccessOf(board)
  const boardDoc = useDoc(docId('board', boardId))
  const canvasDoc = useDoc(docId('initiative', cardId))
  const columns = useKanbanColumns(boardDoc.entry)
  const people = usePresence(canvasDoc.entry)
  const card = columns.flatMap((c) => c.cards).find((c) => c.id === cardId) ?? null
  const boardStatus = boardDoc.status
  const boardSettled = boardStatus.localLoaded && (boardStatus.everSynced || boardStatus.failing)
  // Show the editors once the offline copy is in (or the server answered), so they open on the real text.
  const canvasReady = canvasDoc.status.localLoaded || canvasDoc.status.synced
  const title = card?.title || t('initiative.untitled')
  const [view, setView] = useInitiativeView()
  const canvasEntry = canvasDoc.entry

  const boardTitle = board?.title ?? t('board.untitled')

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`
  }, [title, t])

  const crumbs = (
    <nav className="crumbs" aria-label={t('nav.label')}>
      <Link to={paths.home()}>{t('nav.allBoards')}</Link>
      <span aria-hidden="true"> / </span>
      <Link to={paths.board(boardId)}>{t('initiative.crumbBoard', { board: boardTitle })}</Link>
    </nav>
  )

  if (!card && boardSettled) {
    // Offline with nothing on this device is not "deleted": say which it is.
    const neverLoaded = !boardStatus.everSynced && columns.every((c) => c.cards.length === 0)
    return (
      <main id="main" className="page">
        {crumbs}
        <div className="empty">
          <h1 className="empty__title" tabIndex={-1}>
            {t('initiative.missingTitle')}
          </h1>
          <p>{t(neverLoaded ? 'initiative.missingOffline' : 'initiative.missingText')}</p>
          <Link to={paths.board(boardId)} className="button button--primary">
            {t('initiative.backToBoard')}
          </Link>
        </div>
      </main>
    )
  }

  return (
    <BoardAccessProvider access={access} boardId={boardId}>
      <main id="main" className="page page--canvas">
        {crumbs}
        <div className="initiative-bar">
          {card && boardDoc.entry ? <InitiativeHead card={card} columns={columns} entry={boardDoc.entry} /> : <p className="muted">{t('common.loading')}</p>}
          <div className="page__tools">
            <DocumentComments entry={canvasEntry ?? null} />
            <HistoryButton docId={docId('initiative', cardId)} />
            <Avatars people={people} />
          </div>
        </div>
        <ReadOnlyBanner />
        <SinceLastVisit docId={docId('initiative', cardId)} />
        <ViewSwitch view={view} onChange={setView} />
        <div role="tabpanel" id={viewPanelId(view)} aria-labelledby={viewTabId(view)} className="initiative-panel">
          {!canvasEntry || !canvasReady ? (
            <p className="muted editor-loading">{t(view === 'draft' ? 'draft.loading' : 'initiative.loadingCanvas')}</p>
          ) : view === 'draft' ? (
            <DraftView cardId={cardId} entry={canvasEntry} status={canvasDoc.status} projectName={card?.title ?? ''} />
          ) : (
            <Canvas cardId={cardId} entry={canvasEntry} person={person} />
          )}
        </div>
        {!access.readOnly && <p className="hint">{t('initiative.autosave')}</p>}
      </main>
    </BoardAccessProvider>
  )
}
