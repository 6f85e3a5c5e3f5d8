/** The «Инициативы» tab: the kanban of initiative cards by stage, with filters, editing and undo. */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { ensureDefaultStages, filterColumns, restoreCard, restoreStage, type CardFilter, type CardSnapshot, type StageSnapshot } from '../../../../shared/schema/kanban.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { usePerson } from '../../identity/PersonProvider.js'
import type { BoardTabProps } from '../board/tabs.js'
import { CardDetails } from './CardDetails.js'
import { CardDialog } from './CardDialog.js'
import { EmptyBoard } from './EmptyBoard.js'
import { FilterBar, isFiltering } from './FilterBar.js'
import { KanbanBoard } from './KanbanBoard.js'
import { stageLabel, todayIso } from './stageLabel.js'
import { UndoBar, useUndo } from '../../components/UndoBar.js'
import { CommentCountsProvider } from './commentCounts.js'
import { useKanban } from './useKanban.js'

const cardCount = (columns: ReadonlyArray<{ cards: readonly unknown[] }>) => columns.reduce((n, c) => n + c.cards.length, 0)

export function InitiativesTab({ boardId, entry, settled }: BoardTabProps) {
  const { t } = useI18n()
  const { person } = usePerson()
  const { readOnly } = useAccess()
  const doc = entry?.doc ?? null
  const { columns, counts, comments } = useKanban(doc)
  const [filter, setFilter] = useState<CardFilter>({})
  const [addingIn, setAddingIn] = useState<string | null>(null)
  const [editing, setEditing] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const undo = useUndo()
  const { offer } = undo

  // Seed the stages only once this copy has read what exists (device and server),
  // so a new client does not write them again over a board that has its own.
  useEffect(() => {
    // Whoever may not edit writes nothing (the server would drop it anyway).
    if (doc && settled && !readOnly) ensureDefaultStages(doc)
  }, [doc, settled, readOnly])

  const filtering = isFiltering(filter)
  const shown = useMemo(() => (filtering ? filterColumns(columns, filter) : columns), [columns, filter, filtering])
  const total = cardCount(columns)
  const shownTotal = cardCount(shown)

  const onDeleted = useCallback(
    (snapshot: CardSnapshot, title: string) => {
      if (!doc) return
      offer({ message: t('kanban.deleted', { title }), undo: () => restoreCard(doc, snapshot) })
    },
    [doc, offer, t],
  )
  const onStageRemoved = useCallback(
    (snapshot: StageSnapshot, name: string, into: string | null) => {
      if (!doc) return
      const message = into ? t('kanban.stageMenu.removedMoved', { stage: name, into }) : t('kanban.stageMenu.removed', { stage: name })
      offer({ message, undo: () => restoreStage(doc, snapshot) })
    },
    [doc, offer, t],
  )

  if (!entry) {
    return (
      <section className="kanban">
        <p className="muted">{t('kanban.loading')}</p>
      </section>
    )
  }

  const editingCard = editing ? (columns.flatMap((c) => c.cards).find((c) => c.id === editing) ?? null) : null
  const editingStage = columns.find((c) => c.stage.id === editingCard?.stage)?.stage

  return (
    <section className="kanban" aria-labelledby="kanban-heading">
      <h2 id="kanban-heading" className="sr-only">
        {t('kanban.heading')}
      </h2>
      {!settled && total === 0 && <p className="muted">{t('kanban.loading')}</p>}
      {settled && total === 0 && (readOnly ? <p className="empty">{t('access.noCards')}</p> : <EmptyBoard onAdd={() => setAddingIn(columns[0]?.stage.id ?? null)} />)}
      {total > 0 && <FilterBar columns={columns} filter={filter} onChange={setFilter} total={total} shown={shownTotal} />}
      {filtering && shownTotal === 0 && <p className="notice">{t('kanban.filter.nothing')}</p>}
      {(settled || total > 0) && (
        <CommentCountsProvider value={comments}>
        <KanbanBoard
          entry={entry}
          boardId={boardId}
          columns={shown}
          allColumns={columns}
          filtered={filtering}
          counts={counts}
          today={todayIso()}
          author={person?.name ?? ''}
          addingIn={addingIn}
          onAdding={setAddingIn}
          onEdit={setEditing}
          onStatus={setStatus}
          onStageRemoved={onStageRemoved}
        />
        </CommentCountsProvider>
      )}
      {editing && readOnly && (
        <CardDetails
          key={editing}
          doc={entry.doc}
          boardId={boardId}
          cardId={editing}
          card={editingCard}
          stageName={editingStage ? stageLabel(editingStage, t) : ''}
          onClose={() => setEditing(null)}
        />
      )}
      {editing && !readOnly && (
        <CardDialog
          key={editing}
          doc={entry.doc}
          boardId={boardId}
          cardId={editing}
          card={editingCard}
          stageName={editingStage ? stageLabel(editingStage, t) : ''}
          onClose={() => setEditing(null)}
          onDeleted={onDeleted}
        />
      )}
      <p className="sr-only" role="status">
        {status}
      </p>
      <UndoBar {...undo} />
    </section>
  )
}
