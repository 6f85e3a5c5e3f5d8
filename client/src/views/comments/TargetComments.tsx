/**
 * The threads of a card or a plan activity (in the board document): inline
 * in the card dialog (`TargetComments`), behind a counted button on a plan
 * row (`TargetCommentsButton`, the side panel).
 */
import { lazy, Suspense, useId, useState } from 'react'
import type * as Y from 'yjs'
import { docId } from '../../../../shared/docId.js'
import type { TargetAnchor } from '../../../../shared/schema/comments.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { UndoBar, useUndo } from '../../components/UndoBar.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { usePerson } from '../../identity/PersonProvider.js'
import { useDoc } from '../../sync/useDoc.js'
import { CommentIcon } from '../../components/icons.js'
import { CommentsDrawer } from './CommentsDrawer.js'
import { useInbox, usePeople, useThreads } from './useComments.js'

// The threads themselves load when first shown: the board's first paint only needs the counts.
const CommentsPanel = lazy(() => import('./CommentsPanel.js').then((m) => ({ default: m.CommentsPanel })))

export interface TargetCommentsProps {
  /** The board document (cards and plan activities live in it, and so do their threads). */
  doc: Y.Doc
  boardId: string
  target: TargetAnchor
}

/** Comments in the open threads: what the badges count. */
function useTarget({ doc, boardId, target }: TargetCommentsProps) {
  const { person } = usePerson()
  const storeKey = docId('board', boardId)
  // Already open for the board: this only borrows its awareness (who is here, to @mention).
  const awareness = useDoc(storeKey).entry?.provider.awareness ?? null
  const me = person?.name ?? ''
  const threads = useThreads(doc, { target })
  const people = usePeople(awareness, threads, me)
  const inbox = useInbox(threads, person, storeKey)
  const count = threads.filter((th) => !th.resolved).reduce((n, th) => n + th.replies.length, 0)
  const hasOpen = threads.some((th) => !th.resolved)
  const { canComment } = useAccess()
  // «Discuss the card here…» invites writing: only for whoever may.
  const emptyKey = canComment ? ('comments.cardEmpty' as const) : ('comments.empty' as const)
  return { person, threads, people, inbox, count, hasOpen, emptyKey, canComment }
}

/** A card's threads inline (the card dialog): count, threads, a box for a new thread when none is open. */
export function TargetComments(props: TargetCommentsProps & { newLabel: string }) {
  const { t } = useI18n()
  const id = useId()
  const { person, threads, people, inbox, count, hasOpen, emptyKey } = useTarget(props)
  const [activeId, setActiveId] = useState<string | null>(null)
  const undo = useUndo()
  if (!person) return null
  return (
    <section className="target-comments" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="target-comments__title">
        {t('comments.cardTitle')}
        {count > 0 && (
          <span className="comments-count" aria-label={t('comments.count', { count })}>
            {count}
          </span>
        )}
        {inbox.unread.length > 0 && <span className="comments-badge">{inbox.unread.length}</span>}
      </h3>
      {threads.length === 0 && <p className="target-comments__empty">{t(emptyKey)}</p>}
      <Suspense fallback={null}>
        <CommentsPanel
          doc={props.doc}
          threads={threads}
          person={person}
          people={people}
          inbox={inbox}
          activeId={activeId}
          onActivate={setActiveId}
          pending={hasOpen ? null : props.target}
          focusNew={false}
          newLabel={props.newLabel}
          onPendingDone={() => undefined}
          offerUndo={undo.offer}
          emptyHow=""
        />
      </Suspense>
      <UndoBar current={undo.current} dismiss={undo.dismiss} />
    </section>
  )
}

/** A plan row's comments: a button with the count that opens the side panel. */
export function TargetCommentsButton(props: TargetCommentsProps & { title: string; newLabel: string }) {
  const { t } = useI18n()
  const { person, threads, people, inbox, count, hasOpen, emptyKey, canComment } = useTarget(props)
  const [open, setOpen] = useState(false)
  const [activeId, setActiveId] = useState<string | null>(null)
  // Nothing to read and nothing one may write: no button.
  if (!person || (threads.length === 0 && !canComment)) return null
  const unread = inbox.unread.length
  return (
    <>
      <button
        type="button"
        className="button button--quiet plan-item__action plan-item__comments"
        aria-expanded={open}
        aria-label={[t('comments.planButton', { title: props.title }), count > 0 ? t('comments.count', { count }) : '', unread > 0 ? t('comments.unreadBadge', { count: unread }) : ''].filter(Boolean).join(', ')}
        title={t('comments.button')}
        onClick={() => setOpen((o) => !o)}
      >
        <CommentIcon />
        {count > 0 && <span className="comments-count">{count}</span>}
        {unread > 0 && <span className="comments-badge">{unread}</span>}
      </button>
      <CommentsDrawer open={open} title={t('comments.planTitle', { title: props.title })} onClose={() => setOpen(false)}>
        {(offerUndo) => (
          <>
            {threads.length === 0 && <p className="target-comments__empty">{t(emptyKey)}</p>}
            <Suspense fallback={null}>
              <CommentsPanel
                doc={props.doc}
                threads={threads}
                person={person}
                people={people}
                inbox={inbox}
                activeId={activeId}
                onActivate={setActiveId}
                pending={hasOpen ? null : props.target}
                newLabel={props.newLabel}
                onPendingDone={() => undefined}
                offerUndo={offerUndo}
                emptyHow=""
              />
            </Suspense>
          </>
        )}
      </CommentsDrawer>
    </>
  )
}
