/**
 * The change that turns a document back into an earlier state of itself.
 *
 * A scratch copy (no garbage collection) is loaded with the old state; the
 * updates made since are applied to it under an UndoManager that tracks the
 * whole document, and undoing them produces new operations: deleted content is
 * re-inserted as new items, added content is deleted. Those operations, taken
 * from the copy's update event, apply cleanly to today's document — including
 * edits that others make concurrently, which stay.
 */
import * as Y from 'yjs'

const SINCE = Symbol('since')

/** The update that reverts `doc` to `oldState`, or null when there is nothing to undo. */
export function revertTo(doc: Y.Doc, oldState: Uint8Array): Uint8Array | null {
  const scratch = new Y.Doc({ gc: false })
  try {
    Y.applyUpdate(scratch, oldState)
    const undo = new Y.UndoManager(scratch, { trackedOrigins: new Set([SINCE]), captureTimeout: 0 })
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(scratch)), SINCE)
    const parts: Uint8Array[] = []
    scratch.on('update', (update: Uint8Array) => parts.push(update))
    undo.undo()
    undo.destroy()
    if (parts.length === 0) return null
    return parts.length === 1 ? (parts[0] as Uint8Array) : Y.mergeUpdates(parts)
  } finally {
    scratch.destroy()
  }
}
