/**
 * Every thread of one document behind one counted button (a page with many
 * fields, like the canvas or the draft, shows them together here; each field's
 * editor also has its own). «Показать в тексте» asks the field's editor, if it
 * is on the page, to bring the words into view.
 */
import { useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.js'
import { usePerson } from '../../identity/PersonProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { CommentIcon } from '../../components/icons.js'
import { CommentsDrawer } from './CommentsDrawer.js'
import { CommentsPanel } from './CommentsPanel.js'
import { showThreadInText } from './showInText.js'
import { useInbox, usePeople, useThreads } from './useComments.js'

export function DocumentComments({ entry }: { entry: OpenDoc | null }) {
  const { t } = useI18n()
  const { person } = usePerson()
  const me = person?.name ?? ''
  const doc = entry?.doc ?? null
  const threads = useThreads(doc, null)
  const people = usePeople(entry?.provider.awareness ?? null, threads, me)
  const inbox = useInbox(threads, person, entry?.docId ?? '')
  const [open, setOpen] = useState(false)
  const [activeId, setActiveId] = useState<string | null>(null)
  if (!doc || !person) return null
  const openCount = threads.filter((th) => !th.resolved).length
  const unread = inbox.unread.length
  return (
    <>
      <button
        type="button"
        className={open ? 'button comments-toggle comments-toggle--open' : 'button comments-toggle'}
        aria-expanded={open}
        aria-label={[t('comments.buttonCount', { count: openCount }), unread > 0 ? t('comments.unreadBadge', { count: unread }) : ''].filter(Boolean).join(', ')}
        onClick={() => setOpen((o) => !o)}
      >
        <CommentIcon />
        <span className="comments-toggle__label">{t('comments.button')}</span>
        {openCount > 0 && <span className="comments-toggle__count">{openCount}</span>}
        {unread > 0 && <span className="comments-badge">{unread}</span>}
      </button>
      <CommentsDrawer open={open} title={t('comments.title')} onClose={() => setOpen(false)}>
        {(offerUndo) => (
          <CommentsPanel
            doc={doc}
            threads={threads}
            person={person}
            people={people}
            inbox={inbox}
            activeId={activeId}
            onActivate={setActiveId}
            pending={null}
            newLabel={t('comments.newLabel')}
            onPendingDone={() => undefined}
            onShowInText={(threadId) => {
              const thread = threads.find((th) => th.id === threadId)
              if (thread?.anchor.kind === 'text') showThreadInText(doc, thread.anchor.field, threadId)
            }}
            offerUndo={offerUndo}
            emptyHow={t('comments.emptyHow')}
          />
        )}
      </CommentsDrawer>
    </>
  )
}
