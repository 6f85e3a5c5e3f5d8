/**
 * Which view of the initiative is open — the canvas or the project draft —
 * kept as `?view=draft` in the address, so a link or a reload opens the same
 * view and «Назад» leaves the page rather than flipping views.
 */
import { useCallback, useSyncExternalStore } from 'react'

export type InitiativeView = 'canvas' | 'draft'

const PARAM = 'view'

/** The view a query string names (the canvas unless it says `view=draft`). */
export function viewFromSearch(search: string): InitiativeView {
  return new URLSearchParams(search).get(PARAM) === 'draft' ? 'draft' : 'canvas'
}

/** The query string with `view` set (dropped for the canvas, the default). */
export function searchWithView(search: string, view: InitiativeView): string {
  const params = new URLSearchParams(search)
  if (view === 'draft') params.set(PARAM, 'draft')
  else params.delete(PARAM)
  const out = params.toString()
  return out === '' ? '' : `?${out}`
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('popstate', cb)
  return () => window.removeEventListener('popstate', cb)
}

const currentSearch = () => window.location.search

/** The open view and a setter that rewrites the address in place. */
export function useInitiativeView(): [InitiativeView, (view: InitiativeView) => void] {
  const view = viewFromSearch(useSyncExternalStore(subscribe, currentSearch))
  const set = useCallback((next: InitiativeView) => {
    const { pathname, search, hash } = window.location
    const nextSearch = searchWithView(search, next)
    if (nextSearch === search) return
    window.history.replaceState(window.history.state, '', `${pathname}${nextSearch}${hash}`)
    // Tell this hook (and anything reading the address) that it changed.
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, [])
  return [view, set]
}
