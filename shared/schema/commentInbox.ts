/**
 * «Упоминания и ответы»: what in a document's comments is addressed to one
 * person — comments that @mention their name, and replies in threads they
 * started or took part in (from their first comment on). What they have read
 * is their own state, kept on their device by the caller.
 */
import { isCommentAuthor, type CommentPerson, type CommentReply, type CommentThread } from './comments.js'

export interface InboxItem {
  readonly threadId: string
  readonly reply: CommentReply
  /** A mention wins over a reply when both apply. */
  readonly reason: 'mention' | 'reply'
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/** Items addressed to `me` (mentions by name; my own comments by account, then name), newest first; my own comments never are. */
export function inboxItems(threads: readonly CommentThread[], me: CommentPerson): InboxItem[] {
  if (me.name.trim() === '') return []
  const out: InboxItem[] = []
  for (const thread of threads) {
    let joined = false
    for (const reply of thread.replies) {
      if (isCommentAuthor(reply.author, me)) {
        joined = true
        continue
      }
      if (reply.mentions.some((m) => same(m, me.name))) out.push({ threadId: thread.id, reply, reason: 'mention' })
      else if (joined) out.push({ threadId: thread.id, reply, reason: 'reply' })
    }
  }
  return out.sort((a, b) => b.reply.createdAt.localeCompare(a.reply.createdAt))
}

/** The names among `known` that the text mentions as `@Name` (longest names first, so «@Анна Петрова» is not just «Анна»). */
export function mentionedNames(text: string, known: readonly string[]): string[] {
  const lower = text.toLocaleLowerCase()
  const found: string[] = []
  let rest = lower
  for (const name of [...known].sort((a, b) => b.length - a.length)) {
    const needle = `@${name.toLocaleLowerCase()}`
    if (name.trim() !== '' && rest.includes(needle)) {
      found.push(name)
      rest = rest.split(needle).join(' ')
    }
  }
  return found
}
