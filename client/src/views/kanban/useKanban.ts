/** The board's kanban as React state, re-read on every change of the document. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { actionCountsByInitiative, observeActions, type ActionCounts } from '../../../../shared/schema/consultation.js'
import { observeComments, openCommentCounts } from '../../../../shared/schema/comments.js'
import { cardsByStage, observeKanban, type StageColumn } from '../../../../shared/schema/kanban.js'

export interface KanbanState {
  /** Every stage with all its cards, in order. */
  readonly columns: readonly StageColumn[]
  /** Open and done action items per card id. */
  readonly counts: ReadonlyMap<string, ActionCounts>
  /** Open comment threads on each card (the card's own, kept in the board document). */
  readonly comments: ReadonlyMap<string, number>
}

const EMPTY: KanbanState = { columns: [], counts: new Map(), comments: new Map() }

/** Columns, action counts and comment counts of the board document (empty while it opens). */
export function useKanban(doc: Y.Doc | null): KanbanState {
  const [columns, setColumns] = useState<readonly StageColumn[]>(EMPTY.columns)
  const [counts, setCounts] = useState<ReadonlyMap<string, ActionCounts>>(EMPTY.counts)
  const [comments, setComments] = useState<ReadonlyMap<string, number>>(EMPTY.comments)
  useEffect(() => {
    if (!doc) {
      setColumns(EMPTY.columns)
      setCounts(EMPTY.counts)
      setComments(EMPTY.comments)
      return
    }
    setColumns(cardsByStage(doc))
    setCounts(actionCountsByInitiative(doc))
    const offKanban = observeKanban(doc, setColumns)
    const offActions = observeActions(doc, () => setCounts(actionCountsByInitiative(doc)))
    setComments(openCommentCounts(doc, 'card'))
    const offComments = observeComments(doc, () => setComments(openCommentCounts(doc, 'card')))
    return () => {
      offKanban()
      offActions()
      offComments()
    }
  }, [doc])
  return { columns, counts, comments }
}
