/** The threads of a document (in a scope), the people one can @mention, and the unread «Упоминания и ответы». */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { inboxItems, type InboxItem } from '../../../../shared/schema/commentInbox.js'
import { listThreads, observeComments, type CommentPerson, type CommentThread, type ThreadScope } from '../../../../shared/schema/comments.js'
import { useMemberNames } from './useMemberNames.js'

const scopeKey = (scope: ThreadScope) => JSON.stringify(scope)

/** The threads in scope, after every change (local or remote). */
export function useThreads(doc: Y.Doc | null, scope: ThreadScope): CommentThread[] {
  const key = scopeKey(scope)
  const [threads, setThreads] = useState<CommentThread[]>(() => (doc ? listThreads(doc, scope) : []))
  useEffect(() => {
    if (!doc) {
      setThreads([])
      return
    }
    const parsed = JSON.parse(key) as ThreadScope
    const read = () => setThreads(listThreads(doc, parsed))
    read()
    return observeComments(doc, read)
  }, [doc, key])
  return threads
}

/** A number that changes after every change to the document (anchored words are re-read with it), at most once a frame. */
export function useDocVersion(doc: Y.Doc | null, active: boolean): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!doc || !active) return
    let frame = 0
    const bump = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), setVersion((v) => v + 1)))
    }
    doc.on('update', bump)
    return () => {
      cancelAnimationFrame(frame)
      doc.off('update', bump)
    }
  }, [doc, active])
  return version
}

/** Names of the board's members, the people here now (awareness) and everyone who commented: whom one can @mention. */
export function usePeople(awareness: Awareness | null, threads: readonly CommentThread[], me: string): string[] {
  const members = useMemberNames()
  const [present, setPresent] = useState<string[]>([])
  useEffect(() => {
    if (!awareness) return
    const read = () => {
      const names: string[] = []
      awareness.getStates().forEach((state) => {
        const user = (state as { user?: { name?: unknown } }).user
        if (user && typeof user.name === 'string' && user.name.trim() !== '') names.push(user.name.trim().slice(0, 80))
      })
      setPresent((prev) => (prev.join('\n') === names.join('\n') ? prev : names))
    }
    read()
    awareness.on('change', read)
    return () => awareness.off('change', read)
  }, [awareness])
  return useMemo(() => {
    const all = new Set([...members, ...present])
    for (const t of threads) for (const r of t.replies) all.add(r.author.name)
    all.delete(me)
    return [...all].sort((a, b) => a.localeCompare(b, 'ru'))
  }, [members, present, threads, me])
}

/** Tells the other panels of this device that something was read. */
const READ_EVENT = 'impact:comments-read'

/** How many read ids are remembered per document and person (the oldest are forgotten first). */
const KEEP = 500

function loadRead(key: string): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key) ?? '[]')
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

export interface Inbox {
  /** Unread items for me, newest first. */
  unread: InboxItem[]
  markRead(replyIds: readonly string[]): void
}

/**
 * The unread mentions and replies for `me`; what was read is kept on this
 * device per document and person (`storeKey` names the document).
 */
export function useInbox(threads: readonly CommentThread[], me: CommentPerson | null, storeKey: string): Inbox {
  const myId = me?.id
  const myName = me?.name ?? ''
  const key = `impact.comments.read.${storeKey}.${myName}`
  const [read, setRead] = useState<string[]>(() => loadRead(key))
  // Several panels of one document (each field's, the whole document's) read the same list.
  useEffect(() => {
    setRead(loadRead(key))
    const reload = (e: Event) => {
      if ((e as CustomEvent<string>).detail === key) setRead(loadRead(key))
    }
    window.addEventListener(READ_EVENT, reload)
    return () => window.removeEventListener(READ_EVENT, reload)
  }, [key])
  const unread = useMemo(() => {
    const seen = new Set(read)
    return inboxItems(threads, { id: myId, name: myName }).filter((i) => !seen.has(i.reply.id))
  }, [threads, myId, myName, read])
  const markRead = useCallback(
    (ids: readonly string[]) => {
      setRead((prev) => {
        const fresh = ids.filter((id) => !prev.includes(id))
        if (fresh.length === 0) return prev
        const next = [...prev, ...fresh].slice(-KEEP)
        try {
          localStorage.setItem(key, JSON.stringify(next))
          queueMicrotask(() => window.dispatchEvent(new CustomEvent(READ_EVENT, { detail: key })))
        } catch {
          // A full or blocked storage only means the items show as new again next time.
        }
        return next
      })
    },
    [key],
  )
  return { unread, markRead }
}
