/** Home: the boards of the resource centre, and a new one. */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { ApiError, BOARD_FIELD_MAX, BOARD_TITLE_MAX, createBoard, type Board } from '../api/boards.js'
import { useBoards } from '../api/useBoards.js'
import { formatDate } from '../i18n/i18n.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { Link, navigate, paths } from '../routing/router.js'
import { errorText } from './errorText.js'

export function HomePage() {
  const { t } = useI18n()
  const { boards, source, reload, add } = useBoards()
  const [formOpen, setFormOpen] = useState(false)
  const active = boards.filter((b) => !b.archived)
  const created = (board: Board) => {
    add(board)
    navigate(paths.board(board.id))
  }

  useEffect(() => {
    document.title = t('app.name')
  }, [t])

  return (
    <main id="main" className="page">
      <div className="page__head">
        <div>
          <h1 className="page__title" tabIndex={-1}>
            {t('home.title')}
          </h1>
          {active.length > 0 && <p className="page__sub">{t('home.count', { count: active.length })}</p>}
        </div>
        {active.length > 0 && !formOpen && (
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

      {formOpen && active.length > 0 && <NewBoardForm onCancel={() => setFormOpen(false)} onCreated={created} />}

      {source === 'loading' && active.length === 0 && <p className="muted">{t('common.loading')}</p>}

      {source !== 'loading' && source !== 'failed' && active.length === 0 && (
        <section className="empty" aria-labelledby="empty-boards">
          <h2 id="empty-boards" className="empty__title">
            {t('home.emptyTitle')}
          </h2>
          <p>{t('home.emptyWhat')}</p>
          <p>{t('home.emptyOffline')}</p>
          {formOpen ? (
            <NewBoardForm onCreated={created} />
          ) : (
            <button type="button" className="button button--primary" onClick={() => setFormOpen(true)}>
              {t('home.createFirst')}
            </button>
          )}
        </section>
      )}

      {active.length > 0 && (
        <ul className="cards">
          {active.map((board) => (
            <BoardCard key={board.id} board={board} />
          ))}
        </ul>
      )}
    </main>
  )
}

function BoardCard({ board }: { board: Board }) {
  const { t, locale } = useI18n()
  return (
    <li className="card">
      <Link to={paths.board(board.id)} className="card__link">
        <span className="card__title">{board.title}</span>
      </Link>
      <span className="card__meta">
        {board.settlement && <span className="tag">{board.settlement}</span>}
        <span>{t('home.updated', { date: formatDate(board.updatedAt, locale) })}</span>
      </span>
    </li>
  )
}

function NewBoardForm({ onCreated, onCancel }: { onCreated(board: Board): void; onCancel?: () => void }) {
  const { t } = useI18n()
  const [title, setTitle] = useState('')
  const [settlement, setSettlement] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const titleRef = useRef<HTMLInputElement>(null)

  useEffect(() => titleRef.current?.focus(), [])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!title.trim()) {
      setError(t('home.titleRequired'))
      titleRef.current?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      onCreated(await createBoard({ title: title.trim(), settlement: settlement.trim() }))
    } catch (err) {
      setError(errorText(t, err instanceof ApiError ? err.code : 'internal'))
      setBusy(false)
    }
  }

  return (
    <form className="panel form" onSubmit={submit} noValidate aria-labelledby="new-board-title">
      <h2 id="new-board-title" className="panel__title">
        {t('home.formTitle')}
      </h2>
      <div className="form__row">
        <label className="field field--grow">
          <span className="field__label">{t('home.fieldTitle')}</span>
          <input
            ref={titleRef}
            className="input"
            name="title"
            value={title}
            maxLength={BOARD_TITLE_MAX}
            placeholder={t('home.fieldTitlePlaceholder')}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('home.fieldSettlement')}</span>
          <input
            className="input"
            name="settlement"
            value={settlement}
            maxLength={BOARD_FIELD_MAX}
            placeholder={t('home.fieldSettlementPlaceholder')}
            onChange={(e) => setSettlement(e.target.value)}
          />
        </label>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('home.creating') : t('home.create')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
