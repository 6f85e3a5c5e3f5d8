/**
 * Whether an update changes nothing but one root type (a commenter may change
 * the `comments` root and nothing else). The update is tried on a scratch copy
 * of the document; every type the transaction changed — insertions, deletions
 * and formatting all mark their parent — must sit under that root. An update
 * with missing dependencies cannot be checked and is refused.
 */
import * as Y from 'yjs'

/** The root type a nested type lives under. */
function rootOf(type: { _item: Y.Item | null }): unknown {
  let current = type
  while (current._item !== null) current = current._item.parent as { _item: Y.Item | null }
  return current
}

export function changesOnlyRoot(doc: Y.Doc, update: Uint8Array, rootName: string): boolean {
  const scratch = new Y.Doc({ gc: false })
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc))
    // Make sure the allowed root exists as a map in the copy, so it compares by identity.
    const allowed = scratch.getMap(rootName)
    let ok = true
    scratch.on('afterTransaction', (tr: Y.Transaction) => {
      for (const type of tr.changed.keys()) if (rootOf(type) !== allowed) ok = false
    })
    Y.applyUpdate(scratch, update)
    return ok && scratch.store.pendingStructs === null && scratch.store.pendingDs === null
  } finally {
    scratch.destroy()
  }
}
