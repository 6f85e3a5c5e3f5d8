/**
 * The list of a document's (or a field's, a card's…) threads: the unread
 * mentions and replies first, then a new comment being written, the open
 * threads, and the resolved ones folded away.
 */
import { useEffect, useMemo, useRef } from 'react'
import type * as Y from 'yjs'
import { createThread, restoreReply, type CommentAnchor, type CommentThread } from '../../../../shared/schema/comments.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import type { UndoOffer } from '../../components/UndoBar.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { Person } from '../../sync/docRegistry.js'
import { CommentBox } from './CommentBox.js'
import { InboxList } from './InboxList.js'
import { threadElementId, ThreadCard } from './ThreadCard.js'
import { useDocVersion, type Inbox } from './useComments.js'

export interface CommentsPanelProps {
  doc: Y.Doc
  threads: readonly CommentThread[]
  person: Person
  people: readonly string[]
  inbox: Inbox
  activeId: string | null
  onActivate(threadId: string | null): void
  /** A new thread being written on these words / this target (null: none). */
  pending: CommentAnchor | null
  newLabel: string
  onPendingDone(): void
  onShowInText?(threadId: string): void
  offerUndo(offer: UndoOffer): void
  /** What to say when there is nothing yet. */
  emptyHow: string
  /** Whether the new comment's box takes the focus (yes when the person just asked to comment). */
  focusNew?: boolean
}

export function CommentsPanel(props: CommentsPanelProps) {
  const { doc, threads, person, people, inbox, activeId, onActivate, onPendingDone, onShowInText, offerUndo } = props
  const { t } = useI18n()
  // Whoever may not comment reads the threads; no box to write in.
  const { canComment, readOnly } = useAccess()
  const pending = canComment ? props.pending : null
  const version = useDocVersion(doc, true)
  const open = threads.filter((th) => !th.resolved)
  const resolved = threads.filter((th) => th.resolved)
  const unread = useMemo(() => new Set(inbox.unread.map((i) => i.reply.id)), [inbox.unread])
  const { markRead } = inbox

  const readThread = (threadId: string) => {
    const ids = inbox.unread.filter((i) => i.threadId === threadId).map((i) => i.reply.id)
    if (ids.length > 0) markRead(ids)
  }
  const unreadRef = useRef(readThread)
  unreadRef.current = readThread
  // A thread just opened is being read: what was new in it is not any more (what arrives later is).
  useEffect(() => {
    if (activeId) unreadRef.current(activeId)
  }, [activeId])
  useEffect(() => {
    if (activeId) document.getElementById(threadElementId(activeId))?.scrollIntoView({ block: 'nearest' })
  }, [activeId])

  const card = (th: CommentThread) => (
    <li key={th.id}>
      <ThreadCard
        doc={doc}
        thread={th}
        person={person}
        people={people}
        active={th.id === activeId}
        version={version}
        unread={unread}
        canComment={canComment}
        onActivate={() => onActivate(th.id)}
        onShowInText={onShowInText && (() => onShowInText(th.id))}
        onDeleted={(snap) => offerUndo({ message: t('comments.deleted'), undo: () => restoreReply(doc, snap) })}
      />
    </li>
  )

  return (
    <div className="comments-panel">
      <InboxList
        items={inbox.unread}
        threads={threads}
        onOpen={(threadId) => {
          readThread(threadId)
          onActivate(threadId)
          requestAnimationFrame(() => document.getElementById(threadElementId(threadId))?.focus())
        }}
        onReadAll={() => markRead(inbox.unread.map((i) => i.reply.id))}
      />
      {pending && (
        <section className="comments-new" aria-label={t('comments.newTitle')}>
          {pending.kind === 'text' && <q className="thread__words thread__words--static">{pending.quote}</q>}
          <CommentBox
            autoFocus={props.focusNew ?? true}
            label={props.newLabel}
            placeholder={t('comments.newPlaceholder')}
            sendLabel={t('comments.send')}
            people={people}
            onSend={(text, mentions) => {
              const id = createThread(doc, pending, { author: person, text, mentions })
              onPendingDone()
              onActivate(id)
            }}
            // A card's or an activity's box is always there: nothing to cancel.
            onCancel={pending.kind === 'text' ? onPendingDone : undefined}
          />
        </section>
      )}
      {threads.length === 0 && !pending ? (
        <div className="comments-empty">
          <p className="comments-empty__title">{t('comments.empty')}</p>
          {/* «Select words in the text…» only helps whoever can select in an editable text. */}
          {!canComment ? <p>{t('access.noComments')}</p> : !readOnly && <p>{props.emptyHow}</p>}
        </div>
      ) : (
        <>
          {open.length > 0 && (
            <>
              <p className="comments-panel__count">{t('comments.open', { count: open.length })}</p>
              <ul className="comments-list">{open.map(card)}</ul>
            </>
          )}
          {resolved.length > 0 && (
            <details className="comments-resolved">
              <summary>{t('comments.resolvedList', { count: resolved.length })}</summary>
              <ul className="comments-list">{resolved.map(card)}</ul>
            </details>
          )}
        </>
      )}
    </div>
  )
}
