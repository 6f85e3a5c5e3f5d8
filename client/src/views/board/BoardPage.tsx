/** A board: its title, who is here, and its tabs (initiatives, module plan, consultations). */
import { useEffect } from 'react'
import { docId } from '../../../../shared/docId.js'
import { BoardAccessProvider, useAccessOf } from '../../access/BoardAccessProvider.js'
import { MembersLink } from '../../access/MembersLink.js'
import { ReadOnlyBanner } from '../../access/ReadOnlyBanner.js'
import { useBoard } from '../../api/useBoards.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, paths } from '../../routing/router.js'
import { useDoc } from '../../sync/useDoc.js'
import { usePresence } from '../../sync/usePresence.js'
import { Avatars } from '../Avatars.js'
import { HistoryButton } from '../history/HistoryButton.js'
import { SinceLastVisit } from '../history/SinceLastVisit.js'
import { ConsultationsTab } from '../consultations/ConsultationsTab.js'
import { InitiativesTab } from '../kanban/InitiativesTab.js'
import { PlanTab } from '../plan/PlanTab.js'
import { BOARD_TABS, type BoardTab, type BoardTabProps } from './tabs.js'

const TAB_VIEWS: Record<BoardTab, (props: BoardTabProps) => React.ReactNode> = {
  initiatives: InitiativesTab,
  plan: PlanTab,
  consultations: ConsultationsTab,
}

export function BoardPage({ boardId, tab }: { boardId: string; tab: BoardTab }) {
  const { t } = useI18n()
  const { board, missing } = useBoard(boardId)
  const access = useAccessOf(board)
  const { entry, status } = useDoc(docId('board', boardId))
  const people = usePresence(entry)
  const title = board?.title ?? t('board.untitled')
  // Empty is only "empty" once the offline copy is read and the server has answered (or cannot).
  const settled = status.localLoaded && (status.everSynced || status.failing)
  const TabView = TAB_VIEWS[tab]

  useEffect(() => {
    document.title = `${t(`board.tab.${tab}`)} · ${title} — ${t('app.name')}`
  }, [title, tab, t])

  return (
    <BoardAccessProvider access={access} boardId={boardId}>
      <main id="main" className="page page--wide">
        <nav className="crumbs" aria-label={t('nav.label')}>
          <Link to={paths.home()}>{t('nav.allBoards')}</Link>
        </nav>
        <div className="page__head">
          <div>
            <h1 className="page__title" tabIndex={-1}>
              {title}
            </h1>
            {(board?.settlement || board?.district) && (
              <p className="page__sub">{[board.settlement, board.district].filter(Boolean).join(', ')}</p>
            )}
          </div>
          <div className="page__tools">
            <MembersLink boardId={boardId} />
            <HistoryButton docId={docId('board', boardId)} />
            <Avatars people={people} />
          </div>
        </div>
        <ReadOnlyBanner />
        <SinceLastVisit docId={docId('board', boardId)} />
        {missing && !board && <p className="notice">{t('board.unknown')}</p>}
        <nav className="tabs" aria-label={t('board.tabs')}>
          {BOARD_TABS.map((id) => (
            <Link key={id} to={paths.board(boardId, id)} className="tabs__tab" aria-current={id === tab ? 'page' : undefined}>
              {t(`board.tab.${id}`)}
            </Link>
          ))}
        </nav>
        <TabView boardId={boardId} entry={entry} settled={settled} />
      </main>
    </BoardAccessProvider>
  )
}
