/**
 * What a commenter (a viewer the curator lets comment) may send: changes to
 * the `comments` root and nothing else, and within it only in their own name.
 * The update is tried on a scratch copy of the document; every type the
 * transaction changed — insertions, deletions and formatting all mark their
 * parent — must sit under that root, and the threads before and after must
 * differ only as the person's own commenting would: threads and replies they
 * started, their own replies deleted (or restored), threads resolved by them
 * or reopened. An update with missing dependencies cannot be checked and is
 * refused.
 */
import * as Y from 'yjs'
import { COMMENTS_ROOT, commentAuthorName, isCommentAuthor, listThreads, type CommentAuthor, type CommentPerson, type CommentThread } from '../../shared/schema/comments.js'

/** The root type a nested type lives under. */
function rootOf(type: { _item: Y.Item | null }): unknown {
  let current = type
  while (current._item !== null) current = current._item.parent as { _item: Y.Item | null }
  return current
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]))
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Whether `after` differs from `before` only as `person`'s own commenting would. */
function onlyOwnComments(before: readonly CommentThread[], after: readonly CommentThread[], person: Required<CommentPerson>): boolean {
  const was = byId(before)
  // What they write carries their name, and their account id or none; what they delete or restore was theirs.
  const writes = (author: CommentAuthor) => author.name === person.name && (author.id === undefined || author.id === person.id)
  const own = (r: { author: CommentAuthor }) => isCommentAuthor(r.author, person)
  for (const thread of after) {
    const old = was.get(thread.id)
    if (!old) {
      // A new thread (or one restored with its only reply): opened by them.
      if (!writes(thread.author) || !thread.replies.every((r) => writes(r.author))) return false
      continue
    }
    if (!same(old.anchor, thread.anchor) || !same(old.author, thread.author) || old.createdAt !== thread.createdAt) return false
    if (thread.resolved !== old.resolved || thread.resolvedBy !== old.resolvedBy) {
      if (thread.resolved && thread.resolvedBy !== person.name) return false
    }
    const oldReplies = byId(old.replies)
    const newReplies = byId(thread.replies)
    for (const r of thread.replies) {
      const prior = oldReplies.get(r.id)
      if (prior ? !same(prior, r) : !writes(r.author)) return false
    }
    for (const r of old.replies) if (!newReplies.has(r.id) && !own(r)) return false
  }
  // A thread that went: its only replies were theirs.
  const now = byId(after)
  return before.every((t) => now.has(t.id) || t.replies.every(own))
}

/** Whether a commenter signed in as `account` may apply `update` to `doc`. */
export function commenterMayApply(doc: Y.Doc, update: Uint8Array, account: { id: string; name: string }): boolean {
  const scratch = new Y.Doc({ gc: false })
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc))
    // Make sure the allowed root exists as a map in the copy, so it compares by identity.
    const allowed = scratch.getMap(COMMENTS_ROOT)
    const before = listThreads(scratch)
    let onlyComments = true
    scratch.on('afterTransaction', (tr: Y.Transaction) => {
      for (const type of tr.changed.keys()) if (rootOf(type) !== allowed) onlyComments = false
    })
    Y.applyUpdate(scratch, update)
    if (!onlyComments || scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null) return false
    return onlyOwnComments(before, listThreads(scratch), { id: account.id, name: commentAuthorName(account.name) })
  } finally {
    scratch.destroy()
  }
}
