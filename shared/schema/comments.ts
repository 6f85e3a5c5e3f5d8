/**
 * Comment threads of a document, kept IN the document they comment on, so
 * they sync live and work offline like its text: a note's threads in the
 * note, a canvas's and a draft's in the initiative document, the threads of
 * cards and plan activities in the board document.
 *
 * Everything about comments is under ONE root map, `comments` (COMMENTS_ROOT):
 * threadId → Y.Map {anchor, author, createdAt, resolved, resolvedBy,
 * resolvedAt, replies: Y.Array of plain reply objects}. Nothing else in the
 * document is written by commenting — an anchor only *refers* to text
 * (relative positions, see `commentAnchor.ts`), it never marks it. So a server
 * can tell a comment-only update from a text edit: decode the update and
 * accept it from a comment-only role only when every struct it inserts has
 * its parent chain ending in the `comments` root and every deletion hits
 * items of that subtree.
 *
 * A thread's first reply is its opening comment. Replies are never edited,
 * only added (appended: concurrent replies merge in one order everywhere) or
 * deleted by their author (with an undo snapshot).
 */
import * as Y from 'yjs'
import { ID_PATTERN, newId } from '../docId.js'
import { readAnchor, type CommentAnchor, type TargetAnchor } from './commentAnchor.js'

export * from './commentAnchor.js'

/** Name of the root map holding every thread of a document. */
export const COMMENTS_ROOT = 'comments'

/** Longest kept lengths (characters) and counts; longer input is cut. */
export const COMMENT_LIMITS = { text: 4000, name: 80, mentions: 20 } as const

/** Who wrote: the name and colour people see on carets and avatars, and the account behind them. */
export interface CommentAuthor {
  readonly name: string
  readonly color: string
  /** The writer's account id (comments written before accounts have none). */
  readonly id?: string
}

/** Someone who may act on comments: their account id, when known, and name. */
export type CommentPerson = Pick<CommentAuthor, 'name' | 'id'>

/**
 * Whether `author` is `person`: by account id when both have one (a renamed
 * person still owns what they wrote), by name otherwise.
 */
export function isCommentAuthor(author: CommentPerson, person: CommentPerson): boolean {
  if (author.id !== undefined && person.id !== undefined) return author.id === person.id
  return author.name === commentAuthorName(person.name)
}

export interface CommentReply {
  readonly id: string
  readonly author: CommentAuthor
  /** Plain text, at most COMMENT_LIMITS.text characters. */
  readonly text: string
  /** ISO timestamp of the writer's clock. */
  readonly createdAt: string
  /** Names mentioned with @. */
  readonly mentions: readonly string[]
}

export interface CommentThread {
  readonly id: string
  readonly anchor: CommentAnchor
  readonly author: CommentAuthor
  readonly createdAt: string
  readonly resolved: boolean
  readonly resolvedBy: string | null
  readonly resolvedAt: string | null
  /** In order; the first is the opening comment. */
  readonly replies: readonly CommentReply[]
}

/** What a new comment or reply says. */
export interface NewComment {
  author: CommentAuthor
  text: string
  mentions?: readonly string[]
  /** For tests and imports; a new random id otherwise. */
  id?: string
  /** ISO timestamp; now otherwise. */
  now?: string
}

/** What `deleteReply` removed, for `restoreReply`. */
export interface ReplySnapshot {
  readonly threadId: string
  readonly index: number
  readonly reply: CommentReply
  /** The whole thread when its only reply went (the thread goes with it). */
  readonly thread: CommentThread | null
}

/** Keys of a thread's map: the only place they are spelled. */
const F = { anchor: 'anchor', author: 'author', createdAt: 'createdAt', resolved: 'resolved', resolvedBy: 'resolvedBy', resolvedAt: 'resolvedAt', replies: 'replies' } as const

const root = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap(COMMENTS_ROOT)

const clean = (value: string, max: number) => value.replace(/\s+/g, ' ').trim().slice(0, max)

/** A person's name as comments keep it (one line, at most COMMENT_LIMITS.name characters). */
export const commentAuthorName = (name: string): string => clean(name, COMMENT_LIMITS.name)

/** Plain text of a comment: trimmed, line breaks kept, at most the limit. */
export function cleanCommentText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim().slice(0, COMMENT_LIMITS.text)
}

function readAuthor(value: unknown): CommentAuthor | null {
  if (typeof value !== 'object' || value === null) return null
  const { name, color, id } = value as { name?: unknown; color?: unknown; id?: unknown }
  if (typeof name !== 'string' || name.trim() === '') return null
  return {
    name: name.slice(0, COMMENT_LIMITS.name),
    color: typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : '#555555',
    ...(typeof id === 'string' && ID_PATTERN.test(id) ? { id } : {}),
  }
}

function readReply(value: unknown): CommentReply | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  const author = readAuthor(v.author)
  if (!author || typeof v.id !== 'string' || typeof v.text !== 'string') return null
  const mentions = Array.isArray(v.mentions) ? v.mentions.filter((m): m is string => typeof m === 'string').slice(0, COMMENT_LIMITS.mentions) : []
  return { id: v.id, author, text: v.text.slice(0, COMMENT_LIMITS.text), createdAt: typeof v.createdAt === 'string' ? v.createdAt : '', mentions }
}

const str = (entry: Y.Map<unknown>, key: string): string | null => {
  const v = entry.get(key)
  return typeof v === 'string' ? v : null
}

function readThread(id: string, entry: Y.Map<unknown>): CommentThread | null {
  const anchor = readAnchor(entry.get(F.anchor))
  const author = readAuthor(entry.get(F.author))
  const list = entry.get(F.replies)
  if (!anchor || !author || !(list instanceof Y.Array)) return null
  const replies = (list.toArray() as unknown[]).map(readReply).filter((r): r is CommentReply => r !== null)
  if (replies.length === 0) return null
  return {
    id,
    anchor,
    author,
    createdAt: str(entry, F.createdAt) ?? '',
    resolved: entry.get(F.resolved) === true,
    resolvedBy: str(entry, F.resolvedBy),
    resolvedAt: str(entry, F.resolvedAt),
    replies,
  }
}

function makeReply(input: NewComment): CommentReply {
  const text = cleanCommentText(input.text)
  if (text === '') throw new Error('empty comment')
  const mentions = [...new Set((input.mentions ?? []).map(commentAuthorName).filter(Boolean))].slice(0, COMMENT_LIMITS.mentions)
  return {
    id: input.id ?? newId(),
    author: { name: commentAuthorName(input.author.name), color: input.author.color, ...(input.author.id ? { id: input.author.id } : {}) },
    text,
    createdAt: input.now ?? new Date().toISOString(),
    mentions,
  }
}

function writeThread(doc: Y.Doc, thread: CommentThread): void {
  const entry = new Y.Map<unknown>()
  entry.set(F.anchor, { ...thread.anchor })
  entry.set(F.author, { ...thread.author })
  entry.set(F.createdAt, thread.createdAt)
  entry.set(F.resolved, thread.resolved)
  entry.set(F.resolvedBy, thread.resolvedBy)
  entry.set(F.resolvedAt, thread.resolvedAt)
  const replies = new Y.Array<unknown>()
  replies.push(thread.replies.map((r) => ({ ...r, author: { ...r.author }, mentions: [...r.mentions] })))
  entry.set(F.replies, replies)
  root(doc).set(thread.id, entry)
}

/** Starts a thread on `anchor` with its opening comment; returns the thread's id. Throws on empty text. */
export function createThread(doc: Y.Doc, anchor: CommentAnchor, first: NewComment & { threadId?: string }): string {
  const id = first.threadId ?? newId()
  if (!ID_PATTERN.test(id)) throw new Error('invalid thread id')
  const reply = makeReply(first)
  doc.transact(() =>
    writeThread(doc, { id, anchor, author: reply.author, createdAt: reply.createdAt, resolved: false, resolvedBy: null, resolvedAt: null, replies: [reply] }),
  )
  return id
}

const repliesOf = (doc: Y.Doc, threadId: string): Y.Array<unknown> | null => {
  const list = root(doc).get(threadId)?.get(F.replies)
  return list instanceof Y.Array ? list : null
}

/** Adds a reply at the end of a thread; returns its id, or null when the thread is gone. Throws on empty text. */
export function reply(doc: Y.Doc, threadId: string, input: NewComment): string | null {
  const list = repliesOf(doc, threadId)
  if (!list) return null
  const r = makeReply(input)
  list.push([r])
  return r.id
}

/** Marks a thread resolved (by `by`) or open again. Returns false when the thread is gone. */
export function setResolved(doc: Y.Doc, threadId: string, resolved: boolean, by: string, now = new Date().toISOString()): boolean {
  const entry = root(doc).get(threadId)
  if (!entry) return false
  doc.transact(() => {
    entry.set(F.resolved, resolved)
    entry.set(F.resolvedBy, resolved ? commentAuthorName(by) : null)
    entry.set(F.resolvedAt, resolved ? now : null)
  })
  return true
}

/** Deletes one's own reply (the thread too when it was the last); null when it is gone or someone else's. */
export function deleteReply(doc: Y.Doc, threadId: string, replyId: string, by: CommentPerson): ReplySnapshot | null {
  const entry = root(doc).get(threadId)
  const list = repliesOf(doc, threadId)
  if (!entry || !list) return null
  const thread = readThread(threadId, entry)
  const raw = list.toArray() as unknown[]
  const index = raw.findIndex((r) => readReply(r)?.id === replyId)
  const found = index >= 0 ? readReply(raw[index]) : null
  if (!thread || !found || !isCommentAuthor(found.author, by)) return null
  const last = thread.replies.length === 1
  doc.transact(() => {
    if (last) root(doc).delete(threadId)
    else list.delete(index, 1)
  })
  return { threadId, index, reply: found, thread: last ? thread : null }
}

/** Puts a deleted reply back where it was (or its whole thread). Returns false when there is nothing to put it in. */
export function restoreReply(doc: Y.Doc, snapshot: ReplySnapshot): boolean {
  if (snapshot.thread) {
    if (root(doc).has(snapshot.threadId)) return false
    doc.transact(() => writeThread(doc, snapshot.thread as CommentThread))
    return true
  }
  const list = repliesOf(doc, snapshot.threadId)
  if (!list) return false
  list.insert(Math.min(snapshot.index, list.length), [{ ...snapshot.reply }])
  return true
}

/** Which threads `listThreads` returns: one field's, one card's or activity's, or all. */
export type ThreadScope = { field: string } | { target: TargetAnchor } | null

const inScope = (thread: CommentThread, scope: ThreadScope): boolean => {
  if (!scope) return true
  const a = thread.anchor
  if ('field' in scope) return a.kind === 'text' && a.field === scope.field
  return a.kind === scope.target.kind && a.id === scope.target.id
}

/** The document's threads (in a scope), oldest first. */
export function listThreads(doc: Y.Doc, scope: ThreadScope = null): CommentThread[] {
  const out: CommentThread[] = []
  root(doc).forEach((entry, id) => {
    if (!(entry instanceof Y.Map)) return
    const thread = readThread(id, entry)
    if (thread && inScope(thread, scope)) out.push(thread)
  })
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

/** Comments (replies) in the open threads of each card or plan activity, by id: the badges. */
export function openCommentCounts(doc: Y.Doc, kind: TargetAnchor['kind']): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of listThreads(doc)) {
    if (t.resolved || t.anchor.kind !== kind) continue
    counts.set(t.anchor.id, (counts.get(t.anchor.id) ?? 0) + t.replies.length)
  }
  return counts
}

/** Calls `cb` after every change to the comments (once per transaction). Returns the unsubscribe function. */
export function observeComments(doc: Y.Doc, cb: () => void): () => void {
  const map = root(doc)
  const handler = () => cb()
  map.observeDeep(handler)
  return () => map.unobserveDeep(handler)
}
