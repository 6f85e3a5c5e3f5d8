/** A board on the home page: title, place, description, its members; for its curator change, archive (or bring back), delete. */
import { useState } from 'react'
import { updateBoard, type Board } from '../../api/boards.js'
import { formatDate } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, paths } from '../../routing/router.js'
import { BoardForm } from './BoardForm.js'

interface CardProps {
  board: Board
  /** The person may change, archive and delete it (the board's curator). */
  manage: boolean
  /** The server's answer after an edit. */
  onSaved(board: Board): void
  onArchive(board: Board, archived: boolean): void
  onDelete(board: Board): void
}

export function BoardCard({ board, manage, onSaved, onArchive, onDelete }: CardProps) {
  const { t, locale } = useI18n()
  const [editing, setEditing] = useState(false)
  const place = [board.settlement, board.district].filter(Boolean)

  if (editing) {
    return (
      <li className="card board-card board-card--editing">
        <BoardForm
          className="board-form--inline"
          heading={t('home.editTitle', { title: board.title })}
          initial={{ title: board.title, settlement: board.settlement, district: board.district, description: board.description }}
          submitLabel={t('common.save')}
          busyLabel={t('home.saving')}
          onSubmit={async (fields) => {
            onSaved(await updateBoard(board.id, fields))
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    )
  }

  return (
    <li className={`card board-card${board.archived ? ' board-card--archived' : ''}`}>
      <Link to={paths.board(board.id)} className="card__link">
        <span className="card__title">{board.title}</span>
      </Link>
      {place.length > 0 && (
        <p className="board-card__place">
          {board.settlement && <span className="tag">{board.settlement}</span>}
          {board.district && <span>{board.district}</span>}
        </p>
      )}
      {board.description && <p className="board-card__description">{board.description}</p>}
      <div className="board-card__foot">
        <span className="board-card__updated">{t('home.updated', { date: formatDate(board.updatedAt, locale) })}</span>
        <div className="board-card__tools">
          <Link to={paths.members(board.id)} className="button button--quiet button--tool" aria-label={t('auth.home.membersNamed', { title: board.title })}>
            {t('members.link')}
          </Link>
          {manage && (
            <>
              <button type="button" className="button button--quiet button--tool" aria-label={t('home.editNamed', { title: board.title })} onClick={() => setEditing(true)}>
                {t('home.edit')}
              </button>
              <button
                type="button"
                className="button button--quiet button--tool"
                aria-label={t(board.archived ? 'home.unarchiveNamed' : 'home.archiveNamed', { title: board.title })}
                onClick={() => onArchive(board, !board.archived)}
              >
                {t(board.archived ? 'home.unarchive' : 'home.archive')}
              </button>
              <button
                type="button"
                className="button button--quiet button--tool board-card__delete"
                aria-label={t('home.deleteNamed', { title: board.title })}
                onClick={() => onDelete(board)}
              >
                {t('home.delete')}
              </button>
            </>
          )}
        </div>
      </div>
    </li>
  )
}
