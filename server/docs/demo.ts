/**
 * Writes the demo module «Палана» into a board's documents, through the
 * document manager (so it is stored and fanned out like any other change).
 */
import * as Y from 'yjs'
import { docId, type DocId } from '../../shared/docId.js'
import { buildDemoBoard } from '../../shared/schema/demo.js'
import type { DocManager } from './docManager.js'

/** Fills `board:<boardId>` and the initiative and note documents it links to. */
export async function seedDemoBoard(docs: DocManager, boardId: string, now = new Date()): Promise<void> {
  // Build in scratch documents first, then apply each one's state as a single change.
  const scratch = new Map<DocId, Y.Doc>()
  const scratchDoc = (id: DocId) => {
    let doc = scratch.get(id)
    if (!doc) scratch.set(id, (doc = new Y.Doc()))
    return doc
  }
  buildDemoBoard(
    {
      board: scratchDoc(docId('board', boardId)),
      initiative: (cardId) => scratchDoc(docId('initiative', cardId)),
      note: (noteId) => scratchDoc(docId('note', noteId)),
    },
    { now },
  )
  try {
    for (const [id, doc] of scratch) {
      const state = Y.encodeStateAsUpdate(doc)
      await docs.edit(id, (target) => Y.applyUpdate(target, state))
    }
  } finally {
    scratch.forEach((doc) => doc.destroy())
  }
}
