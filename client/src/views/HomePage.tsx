/**
 * Home: the boards this person may open, by title, with a search. A
 * workspace curator also makes new boards and the sample module «Палана»;
 * archive and delete (with «Отменить») need the board's curator. A member
 * on no board yet is told to ask for an invite link.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { ApiError, createBoard, deleteBoard, updateBoard, type Board } from '../api/boards.js'
import { useBoards } from '../api/useBoards.js'
import { useSession } from '../auth/SessionProvider.js'
import { mayManage } from './home/boardAccess.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { Link, navigate, paths } from '../routing/router.js'
import { UndoBar, useUndo } from '../components/UndoBar.js'
import { errorText } from './errorText.js'
import { BoardCard } from './home/BoardCard.js'
import { BoardForm } from './home/BoardForm.js'
import { matchesBoard, sortBoards } from './home/boardOrder.js'
import { DemoButton } from './home/DemoButton.js'

export function HomePage() {
  const { t, locale } = useI18n()
  const { boards, source, reload, put } = useBoards()
  const { user } = useSession()
  // Only workspace curators make boards (the server refuses others); hiding the button is a courtesy.
  const maker = user?.workspaceRole === 'curator'
  const [formOpen, setFormOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const undo = useUndo()
  const searchId = useId()
  const searchRef = useRef<HTMLInputElement>(null)
  const sorted = useMemo(() => sortBoards(boards, locale), [boards, locale])
  const active = sorted.filter((b) => !b.archived)
  const archived = sorted.filter((b) => b.archived)
  const shownActive = active.filter((b) => matchesBoard(b, query))
  const shownArchived = archived.filter((b) => matchesBoard(b, query))
  const none = boards.length === 0

  useEffect(() => {
    document.title = t('app.name')
  }, [t])

  const opened = (board: Board) => {
    put(board)
    navigate(paths.board(board.id))
  }

  /** Runs a REST change; a failure is said at the top of the page. */
  const attempt = async (change: () => Promise<Board>): Promise<Board | null> => {
    setFailure(null)
    try {
      const board = await change()
      put(board)
      return board
    } catch (err) {
      setFailure(errorText(t, err instanceof ApiError ? err.code : 'internal'))
      return null
    }
  }

  const archive = async (board: Board, value: boolean) => {
    if (!(await attempt(() => updateBoard(board.id, { archived: value })))) return
    if (value) {
      undo.offer({ message: t('home.archived', { title: board.title }), undo: () => void attempt(() => updateBoard(board.id, { archived: false })) })
    }
  }

  const remove = async (board: Board) => {
    if (!(await attempt(() => deleteBoard(board.id)))) return
    undo.offer({ message: t('home.deleted', { title: board.title }), undo: () => void attempt(() => updateBoard(board.id, { deleted: false })) })
  }

  const card = (board: Board) => <BoardCard key={board.id} board={board} manage={mayManage(board, maker)} onSaved={put} onArchive={archive} onDelete={remove} />

  return (
    <main id="main" className="page home">
      <div className="page__head">
        <div>
          <h1 className="page__title" tabIndex={-1}>
            {t('home.title')}
          </h1>
          {active.length > 0 && <p className="page__sub">{t('home.count', { count: active.length })}</p>}
        </div>
        {maker && !none && !formOpen && (
          <button type="button" className="button button--primary" onClick={() => setFormOpen(true)}>
            {t('home.new')}
          </button>
        )}
      </div>

      {source === 'cache' && <p className="notice">{t('home.cached')}</p>}
      {source === 'failed' && (
        <div className="notice notice--warn" role="alert">
          <p>{t('home.failed')}</p>
          <button type="button" className="button" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {failure && (
        <p className="notice notice--warn" role="alert">
          {failure}
        </p>
      )}

      {formOpen && !none && <NewBoard onCreated={opened} onCancel={() => setFormOpen(false)} />}

      {source === 'loading' && none && <p className="muted">{t('common.loading')}</p>}

      {source !== 'loading' && source !== 'failed' && none && !maker && (
        <section className="empty home-empty" aria-labelledby="empty-boards">
          <h2 id="empty-boards" className="empty__title">
            {t('auth.home.noBoardsTitle')}
          </h2>
          <p>{t('auth.home.noBoards')}</p>
        </section>
      )}

      {source !== 'loading' && source !== 'failed' && none && maker && (
        <section className="empty home-empty" aria-labelledby="empty-boards">
          <h2 id="empty-boards" className="empty__title">
            {t('home.emptyTitle')}
          </h2>
          <p>{t('home.emptyWhat')}</p>
          <p>{t('home.emptyOffline')}</p>
          {formOpen ? (
            <NewBoard onCreated={opened} onCancel={() => setFormOpen(false)} />
          ) : (
            <div className="home-empty__choices">
              <button type="button" className="button button--primary" onClick={() => setFormOpen(true)}>
                {t('home.createFirst')}
              </button>
              <DemoButton onCreated={opened} />
            </div>
          )}
        </section>
      )}

      {(boards.length > 1 || query !== '') && (
        <div className="home-search" role="search">
          <label htmlFor={searchId} className="field__label">
            {t('home.search')}
          </label>
          <input
            ref={searchRef}
            id={searchId}
            type="search"
            className="input"
            value={query}
            placeholder={t('home.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      )}

      {shownActive.length > 0 && <ul className="cards">{shownActive.map(card)}</ul>}
      {query !== '' && shownActive.length === 0 && shownArchived.length === 0 && (
        <div className="empty empty--inline home-nomatch">
          <p>{t('home.noMatch', { query: query.trim() })}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setQuery('')
              searchRef.current?.focus()
            }}
          >
            {t('home.clearSearch')}
          </button>
        </div>
      )}

      {shownArchived.length > 0 && (
        // Open while searching, so a match in the archive is seen.
        <details className="home-archive" open={query !== '' ? true : undefined}>
          <summary className="home-archive__summary">{t('home.archiveSummary', { count: shownArchived.length })}</summary>
          <p className="home-archive__hint">{t('home.archiveHint')}</p>
          <ul className="cards">{shownArchived.map(card)}</ul>
        </details>
      )}

      {maker && !none && <DemoButton quiet onCreated={opened} />}
      <p className="home-templates">
        <Link to={paths.templates()}>{t('templates.link')}</Link>
      </p>
      <UndoBar current={undo.current} dismiss={undo.dismiss} />
    </main>
  )
}

function NewBoard({ onCreated, onCancel }: { onCreated(board: Board): void; onCancel?: () => void }) {
  const { t } = useI18n()
  return (
    <BoardForm
      heading={t('home.formTitle')}
      submitLabel={t('home.create')}
      busyLabel={t('home.creating')}
      onSubmit={async (fields) => onCreated(await createBoard(fields))}
      onCancel={onCancel}
    />
  )
}
