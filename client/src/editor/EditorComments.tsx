/**
 * Comments in a collaborative editor: «Комментировать» over selected words
 * (a bubble; also Ctrl+Alt+M), highlights of the open threads (see
 * commentPlugin.ts), a click on a highlight opens its thread, and the side
 * panel with the field's threads and my unread mentions and replies.
 *
 * The threads are in the same Y.Doc as the text (its `comments` root map), so
 * they sync and work offline with it.
 */
import { useEditorState, type Editor } from '@tiptap/react'
import { BubbleMenu } from '@tiptap/react/menus'
import { useCallback, useEffect, useState, type ComponentProps, type ReactNode } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { TextAnchor } from '../../../shared/schema/comments.js'
import { useI18n } from '../i18n/I18nProvider.js'
import type { Person } from '../sync/docRegistry.js'
import { CommentIcon } from '../components/icons.js'
import { CommentsDrawer } from '../views/comments/CommentsDrawer.js'
import { CommentsPanel } from '../views/comments/CommentsPanel.js'
import { useInbox, usePeople, useThreads } from '../views/comments/useComments.js'
import { onShowRequest } from '../views/comments/showInText.js'
import { selectionAnchor, setActiveThread } from './commentPlugin.js'

export interface EditorCommentsInput {
  editor: Editor | null
  doc: Y.Doc | null
  field: string
  awareness: Awareness
  /** Names the document in what this device remembers as read. */
  storeKey: string
  person: Person
  /** May start threads (false: the highlights and the panel only; the panel itself offers no box). */
  canComment?: boolean
}

export interface EditorComments {
  /** «Комментировать» for a toolbar (keyboard and phone; the bubble is for the mouse). */
  tool(compact: boolean): ReactNode
  /** The panel's button with counts (null while the field has no threads and no form is open, unless `always`). */
  button(always: boolean): ReactNode
  /** The bubble and the panel; render once beside the editor. */
  layer: ReactNode
}

/** A constant: a new object each render would make the bubble re-send its options (a transaction) after every render. */
const BUBBLE_OPTIONS = { placement: 'top', offset: 6 } as const

type ShouldShow = NonNullable<ComponentProps<typeof BubbleMenu>['shouldShow']>

/**
 * Over words selected in an editor being edited (not after the focus went to
 * the panel), or in a read-only one (for someone who may comment but not edit:
 * such an editor never has the focus, so only the selection counts). Also a
 * constant, as above.
 */
const showBubble: ShouldShow = ({ editor, view, state, from, to }) =>
  (editor.isEditable ? view.hasFocus() : true) && from < to && state.doc.textBetween(from, to, ' ').trim() !== ''

export function useEditorComments({ editor, doc, field, awareness, storeKey, person, canComment: mayComment = true }: EditorCommentsInput): EditorComments {
  const { t } = useI18n()
  const threads = useThreads(doc, doc ? { field } : null)
  const people = usePeople(awareness, threads, person.name)
  const inbox = useInbox(threads, person, storeKey)
  const [open, setOpen] = useState(false)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [pending, setPending] = useState<TextAnchor | null>(null)
  const openCount = threads.filter((th) => !th.resolved).length

  const startComment = useCallback(() => {
    if (!editor) return
    const anchor = selectionAnchor(editor.state, field)
    if (!anchor) return
    // The words are remembered in the anchor; the selection goes, and the bubble with it.
    editor.commands.setTextSelection(editor.state.selection.to)
    setPending(anchor)
    setActiveId(null)
    setOpen(true)
  }, [editor, field])

  useEffect(() => {
    if (editor && !editor.isDestroyed) setActiveThread(editor.view, activeId)
  }, [editor, activeId])

  // A click on a highlight opens its thread; Ctrl+Alt+M comments on the selection.
  useEffect(() => {
    if (!editor) return
    const dom = editor.view.dom
    const click = (e: MouseEvent) => {
      const mark = e.target instanceof Element ? e.target.closest<HTMLElement>('.comment-mark[data-thread]') : null
      // A selection being made is not a click on a comment.
      if (!mark || !editor.state.selection.empty) return
      setActiveId(mark.dataset.thread ?? null)
      setOpen(true)
    }
    const key = (e: KeyboardEvent) => {
      if (e.ctrlKey && e.altKey && e.code === 'KeyM') {
        e.preventDefault()
        startComment()
      }
    }
    dom.addEventListener('click', click)
    dom.addEventListener('keydown', key)
    return () => {
      dom.removeEventListener('click', click)
      dom.removeEventListener('keydown', key)
    }
  }, [editor, startComment])

  const showInText = useCallback(
    (threadId: string) => {
      setActiveId(threadId)
      // After the highlight is drawn as active.
      requestAnimationFrame(() => {
        if (editor && !editor.isDestroyed) editor.view.dom.querySelector(`.comment-mark[data-thread="${CSS.escape(threadId)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' })
      })
    },
    [editor],
  )
  useEffect(() => (doc ? onShowRequest(doc, field, showInText) : undefined), [doc, field, showInText])

  const canComment = useEditorState({ editor, selector: ({ editor: e }) => (e ? !e.state.selection.empty : false) }) ?? false
  const tool = (compact: boolean) =>
    doc ? (
      <button
        type="button"
        className={compact ? 'button button--tool button--glyph comments-tool' : 'button button--tool comments-tool'}
        aria-label={compact ? t('comments.comment') : undefined}
        title={`${t('comments.commentHint')} (Ctrl+Alt+M)`}
        disabled={!canComment}
        // Keep the selection: the words to comment on are the selected ones.
        onMouseDown={(e) => e.preventDefault()}
        onClick={startComment}
      >
        <CommentIcon />
        {!compact && t('comments.comment')}
      </button>
    ) : null

  const unread = inbox.unread.length
  const button = (always: boolean) =>
    always || threads.length > 0 || unread > 0 ? (
      <button
        type="button"
        className={open ? 'button button--tool comments-toggle comments-toggle--open' : 'button button--tool comments-toggle'}
        aria-expanded={open}
        aria-label={[t('comments.buttonCount', { count: openCount }), unread > 0 ? t('comments.unreadBadge', { count: unread }) : ''].filter(Boolean).join(', ')}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen((o) => !o)}
      >
        <CommentIcon />
        <span className="comments-toggle__label">{t('comments.button')}</span>
        {openCount > 0 && <span className="comments-toggle__count">{openCount}</span>}
        {unread > 0 && (
          <span className="comments-badge" data-unread={unread}>
            {unread}
          </span>
        )}
      </button>
    ) : null

  const layer = (
    <>
      {editor && doc && mayComment && (
        <BubbleMenu editor={editor} className="comment-bubble" options={BUBBLE_OPTIONS} shouldShow={showBubble}>
          <button type="button" className="button button--primary comment-bubble__button" title={t('comments.commentHint')} onMouseDown={(e) => e.preventDefault()} onClick={startComment}>
            <CommentIcon />
            {t('comments.comment')}
          </button>
        </BubbleMenu>
      )}
      {doc && (
        <CommentsDrawer
          open={open}
          title={t('comments.title')}
          onClose={() => {
            setOpen(false)
            setPending(null)
            setActiveId(null)
          }}
        >
          {(offerUndo) => (
            <CommentsPanel
              doc={doc}
              threads={threads}
              person={person}
              people={people}
              inbox={inbox}
              activeId={activeId}
              onActivate={setActiveId}
              pending={pending}
              newLabel={t('comments.newLabel')}
              onPendingDone={() => setPending(null)}
              onShowInText={showInText}
              offerUndo={offerUndo}
              emptyHow={t('comments.emptyHow')}
            />
          )}
        </CommentsDrawer>
      )}
    </>
  )
  return { tool, button, layer }
}
