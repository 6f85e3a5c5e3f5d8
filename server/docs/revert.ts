/**
 * The change that turns a document back into an earlier state of itself.
 *
 * A scratch copy (no garbage collection) is loaded with the old state; the
 * updates made since are applied to it under an UndoManager, and undoing them
 * produces new operations: deleted content is re-inserted as new items, added
 * content is deleted. Those operations, taken from the copy's update event,
 * apply cleanly to today's document — including edits that others make
 * concurrently, which stay. Root types named in `keep` (comments) are left as
 * they are today: a restore brings back text, not old discussions.
 */
import * as Y from 'yjs'
import { COMMENTS_ROOT } from '../../shared/schema/comments.js'

const SINCE = Symbol('since')

/** Root types a restore never touches. */
export const KEPT_ON_RESTORE: readonly string[] = [COMMENTS_ROOT]

/** The update that reverts `doc` to `oldState`, or null when there is nothing to undo. */
export function revertTo(doc: Y.Doc, oldState: Uint8Array, keep: readonly string[] = KEPT_ON_RESTORE): Uint8Array | null {
  const scratch = new Y.Doc({ gc: false })
  try {
    Y.applyUpdate(scratch, oldState)
    // The whole document is tracked while the changes since are applied (root
    // types the server never typed get no change events, so the document itself
    // is the scope); the undo is then limited to the roots it may change.
    const undo = new Y.UndoManager(scratch, { trackedOrigins: new Set([SINCE]), captureTimeout: 0 })
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(scratch)), SINCE)
    undo.scope = [...scratch.share.entries()].filter(([name]) => !keep.includes(name)).map(([, type]) => type)
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
