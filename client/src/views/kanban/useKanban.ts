/** The board's kanban as React state, re-read on every change of the document. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { actionCountsByInitiative, observeActions, type ActionCounts } from '../../../../shared/schema/consultation.js'
import { cardsByStage, observeKanban, type StageColumn } from '../../../../shared/schema/kanban.js'

export interface KanbanState {
  /** Every stage with all its cards, in order. */
  readonly columns: readonly StageColumn[]
  /** Open and done action items per card id. */
  readonly counts: ReadonlyMap<string, ActionCounts>
}

const EMPTY: KanbanState = { columns: [], counts: new Map() }

/** Columns and action counts of the board document (empty while it opens). */
export function useKanban(doc: Y.Doc | null): KanbanState {
  const [columns, setColumns] = useState<readonly StageColumn[]>(EMPTY.columns)
  const [counts, setCounts] = useState<ReadonlyMap<string, ActionCounts>>(EMPTY.counts)
  useEffect(() => {
    if (!doc) {
      setColumns(EMPTY.columns)
      setCounts(EMPTY.counts)
      return
    }
    setColumns(cardsByStage(doc))
    setCounts(actionCountsByInitiative(doc))
    const offKanban = observeKanban(doc, setColumns)
    const offActions = observeActions(doc, () => setCounts(actionCountsByInitiative(doc)))
    return () => {
      offKanban()
      offActions()
    }
  }, [doc])
  return { columns, counts }
}
