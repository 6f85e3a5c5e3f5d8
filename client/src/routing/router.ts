/**
 * Routes over the History API: `/`, `/b/<boardId>[/plan|/consultations]`
 * (the board's tabs; initiatives by default), `/b/<boardId>/i/<cardId>` (an
 * initiative's canvas), `/b/<boardId>/n/<noteId>` (a consultation note),
 * `/b/<boardId>/members` (who may do what), `/templates` (competition templates),
 * `/templates/<templateId>` (one to edit), `/signin?next=…` and `/invite/<secret>`.
 */
import { createElement, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react'
import { ID_PATTERN } from '../../../shared/docId.js'
import { isBoardTab, type BoardTab } from '../views/board/tabs.js'

export type Route =
  | { name: 'home' }
  | { name: 'board'; boardId: string; tab: BoardTab }
  | { name: 'initiative'; boardId: string; cardId: string }
  | { name: 'note'; boardId: string; noteId: string }
  | { name: 'members'; boardId: string }
  | { name: 'templates' }
  | { name: 'template'; templateId: string }
  | { name: 'signIn' }
  | { name: 'invite'; secret: string }
  | { name: 'notFound' }

export const paths = {
  home: () => '/',
  board: (boardId: string, tab: BoardTab = 'initiatives') => (tab === 'initiatives' ? `/b/${boardId}` : `/b/${boardId}/${tab}`),
  initiative: (boardId: string, cardId: string) => `/b/${boardId}/i/${cardId}`,
  note: (boardId: string, noteId: string) => `/b/${boardId}/n/${noteId}`,
  members: (boardId: string) => `/b/${boardId}/members`,
  templates: () => '/templates',
  signIn: (next?: string) => (next && next !== '/' ? `/signin?next=${encodeURIComponent(next)}` : '/signin'),
  template: (templateId: string) => `/templates/${encodeURIComponent(templateId)}`,
}

/** Reads a path; ids that could not be document ids are "not found". */
export function parseRoute(pathname: string): Route {
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean)
  if (parts.length === 0) return { name: 'home' }
  const [b, boardId, kind, childId] = parts
  if (b === 'templates' && parts.length === 1) return { name: 'templates' }
  if (b === 'signin' && parts.length === 1) return { name: 'signIn' }
  if (b === 'invite' && parts.length === 2 && boardId !== undefined && INVITE_SECRET.test(boardId)) return { name: 'invite', secret: boardId }
  if (b === 'templates' && parts.length === 2 && boardId !== undefined) {
    const templateId = safeDecode(boardId)
    return templateId !== null && TEMPLATE_ID.test(templateId) ? { name: 'template', templateId } : { name: 'notFound' }
  }
  const ok = (id: string | undefined): id is string => id !== undefined && ID_PATTERN.test(id)
  if (b !== 'b' || !ok(boardId)) return { name: 'notFound' }
  if (parts.length === 2) return { name: 'board', boardId, tab: 'initiatives' }
  if (parts.length === 3 && kind === 'members') return { name: 'members', boardId }
  if (parts.length === 3 && kind !== 'initiatives' && isBoardTab(kind)) return { name: 'board', boardId, tab: kind }
  if (parts.length === 4 && kind === 'i' && ok(childId)) return { name: 'initiative', boardId, cardId: childId }
  if (parts.length === 4 && kind === 'n' && ok(childId)) return { name: 'note', boardId, noteId: childId }
  return { name: 'notFound' }
}

/**
 * A plausible template id (the shared TEMPLATE_ID_PATTERN; not imported, as
 * its module brings zod into the first chunk). The page checks the id exists.
 */
const TEMPLATE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** An invite link's secret as the server makes them (URL-safe). */
const INVITE_SECRET = /^[A-Za-z0-9_-]{16,100}$/

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('popstate', cb)
  return () => window.removeEventListener('popstate', cb)
}

const currentPath = () => window.location.pathname

/** The current path, re-rendering on navigation and back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath)
}

/** Goes to `to` without reloading the page. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === window.location.pathname) return
  if (replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  window.scrollTo(0, 0)
  window.dispatchEvent(new PopStateEvent('popstate'))
}

/** A real link (opens in a new tab, copies as a URL) that navigates in place on a plain click. */
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e)
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    navigate(to)
  }
  return createElement('a', { ...rest, href: to, onClick: handle })
}
