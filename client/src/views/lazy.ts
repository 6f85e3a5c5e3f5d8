/**
 * The note page carries the editor (Tiptap, ProseMirror, y-tiptap), the
 * biggest part of the app, so it is its own chunk: the first view stays small
 * and the chunk is fetched when someone is about to open a note.
 */
import { lazy } from 'react'

const load = () => import('./NotePage.js')

/** Starts fetching the note page's chunk (hover or focus on a note link); the module system keeps one copy. */
export function preloadNotePage(): void {
  load().catch(() => undefined)
}

export const NotePage = lazy(() => load().then((m) => ({ default: m.NotePage })))

const loadInitiative = () => import('./initiative/InitiativePage.js')

/** Starts fetching the initiative page's chunk (canvas editors). */
export function preloadInitiativePage(): void {
  loadInitiative().catch(() => undefined)
}

export const InitiativePage = lazy(() => loadInitiative().then((m) => ({ default: m.InitiativePage })))
