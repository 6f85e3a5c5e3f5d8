/** The board's stages and cards, kept current (the initiative page reads its card's title and stage from them). */
import { useEffect, useState } from 'react'
import { cardsByStage, observeKanban, type StageColumn } from '../../../../shared/schema/kanban.js'
import type { OpenDoc } from '../../sync/docRegistry.js'

export function useKanbanColumns(entry: OpenDoc | null): StageColumn[] {
  const [columns, setColumns] = useState<StageColumn[]>([])
  useEffect(() => {
    if (!entry) {
      setColumns([])
      return
    }
    setColumns(cardsByStage(entry.doc))
    return observeKanban(entry.doc, setColumns)
  }, [entry])
  return columns
}
