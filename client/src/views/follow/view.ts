/**
 * What each person publishes in their awareness for others to follow them
 * (the `view` field beside `user`): which page, how far down, which field
 * has their focus, and the tab (session) it comes from. Read defensively:
 * any client can put anything there.
 */
import { docId, type DocId } from '../../../../shared/docId.js'
import type { Route } from '../../routing/router.js'

/** One person's view, as published. */
export interface ViewState {
  /** Random per browser tab: the same person across the documents they have open. */
  readonly session: string
  /** Path and query of the page (`/b/x/i/y?view=draft`). */
  readonly path: string
  /** How far down the page, 0…1. */
  readonly scroll: number
  /** The focused field (`data-field:…`, `data-block:…`, `id:…`), or null. */
  readonly field: string | null
}

const SESSION = /^[A-Za-z0-9_-]{1,40}$/
const FIELD = /^(data-field|data-block|id):[A-Za-z][\w-]{0,100}$/

/** The `view` of an awareness state, or null when there is none (or it is malformed). */
export function readView(state: unknown): ViewState | null {
  if (typeof state !== 'object' || state === null) return null
  const view = (state as { view?: unknown }).view
  if (typeof view !== 'object' || view === null) return null
  const { session, path, scroll, field } = view as Record<string, unknown>
  if (typeof session !== 'string' || !SESSION.test(session)) return null
  // Only a path inside this app: never a full URL to elsewhere.
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.length > 500) return null
  const fraction = typeof scroll === 'number' && Number.isFinite(scroll) ? Math.min(1, Math.max(0, scroll)) : 0
  return { session, path, scroll: fraction, field: typeof field === 'string' && FIELD.test(field) ? field : null }
}

/** The name of a focused element's field, from the nearest marked ancestor; null when none. */
export function fieldOf(el: Element | null): string | null {
  const marked = el?.closest('[data-field],[data-block],[id]')
  if (!marked) return null
  const dataField = marked.getAttribute('data-field')
  if (dataField) return FIELD.test(`data-field:${dataField}`) ? `data-field:${dataField}` : null
  const block = marked.getAttribute('data-block')
  if (block) return FIELD.test(`data-block:${block}`) ? `data-block:${block}` : null
  const id = marked.getAttribute('id') ?? ''
  // Generated ids (React's useId) differ between screens; only authored ones name a field.
  return FIELD.test(`id:${id}`) && id !== 'main' && id !== 'root' ? `id:${id}` : null
}

/** The CSS selector of a published field. */
export function fieldSelector(field: string): string {
  const [kind, value = ''] = field.split(/:(.*)/s) as [string, string?]
  const escaped = value.replace(/["\\]/g, '\\$&')
  return kind === 'id' ? `[id="${escaped}"]` : `[${kind}="${escaped}"]`
}

/** The documents a page has open, the board's first (it is where people on one board meet). */
export function routeDocs(route: Route): DocId[] {
  switch (route.name) {
    case 'board':
      return [docId('board', route.boardId)]
    case 'note':
      return [docId('board', route.boardId), docId('note', route.noteId)]
    case 'initiative':
      return [docId('board', route.boardId), docId('initiative', route.cardId)]
    default:
      return []
  }
}

/** How far down a page of `height` shown in a window of `viewport` one is at `top`, 0…1. */
export function scrollFraction(top: number, height: number, viewport: number): number {
  const room = height - viewport
  return room > 0 ? Math.min(1, Math.max(0, Math.round((top / room) * 1000) / 1000)) : 0
}
