/** The board's consultation notes, kept current. */
import { useEffect, useState } from 'react'
import { listNotes, observeNotes, type NoteMeta } from '../../../shared/schema/board.js'
import type { OpenDoc } from './docRegistry.js'

export function useNotes(entry: OpenDoc | null): NoteMeta[] {
  const [notes, setNotes] = useState<NoteMeta[]>([])
  useEffect(() => {
    if (!entry) {
      setNotes([])
      return
    }
    setNotes(listNotes(entry.doc))
    return observeNotes(entry.doc, setNotes)
  }, [entry])
  return notes
}
