/**
 * «Показать в тексте» from a panel that is not the field's own: a window event
 * the field's editor answers (scrolls to the words and highlights them).
 * Without a mounted editor the field's element is at least scrolled into view.
 */
import type * as Y from 'yjs'

const SHOW_EVENT = 'impact:comment-show'

export interface ShowRequest {
  doc: Y.Doc
  field: string
  threadId: string
}

/** Asks the editor of `field` in `doc` to show the thread's words. */
export function showThreadInText(doc: Y.Doc, field: string, threadId: string): void {
  const answered = !window.dispatchEvent(new CustomEvent<ShowRequest>(SHOW_EVENT, { detail: { doc, field, threadId }, cancelable: true }))
  if (!answered) document.querySelector(`[data-comment-field="${CSS.escape(field)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' })
}

/** Calls `show` for requests about this editor's field; returns the unsubscribe function. */
export function onShowRequest(doc: Y.Doc, field: string, show: (threadId: string) => void): () => void {
  const handler = (e: Event) => {
    const { detail } = e as CustomEvent<ShowRequest>
    if (detail.doc !== doc || detail.field !== field) return
    e.preventDefault()
    show(detail.threadId)
  }
  window.addEventListener(SHOW_EVENT, handler)
  return () => window.removeEventListener(SHOW_EVENT, handler)
}
