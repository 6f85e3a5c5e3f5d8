/**
 * Publishes where I am — page, scroll position, focused field — in the
 * awareness of every document of the current page, so others can follow me.
 * Scrolling is sent at most a few times a second.
 */
import { useEffect, useRef } from 'react'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { fieldOf, scrollFraction, type ViewState } from './view.js'

/** Scroll positions are sent at most this often. */
const SCROLL_MS = 200

/** Sets `view` on a document's awareness, unless I have withdrawn from it (local state null). */
export function publishTo(entry: OpenDoc, view: ViewState): void {
  const awareness = entry.provider.awareness
  if (awareness.getLocalState() === null) return
  awareness.setLocalStateField('view', view)
}

/** The view of this tab right now. */
export function currentView(session: string, field: string | null): ViewState {
  const { pathname, search } = window.location
  const el = document.documentElement
  return { session, path: `${pathname}${search}`, scroll: scrollFraction(window.scrollY, el.scrollHeight, window.innerHeight), field }
}

export function usePublishView(session: string, entries: readonly OpenDoc[], path: string): void {
  const field = useRef<string | null>(null)
  const fieldPath = useRef(path)

  useEffect(() => {
    // A field focused on the page before is not focused on this one.
    if (fieldPath.current !== path) {
      fieldPath.current = path
      field.current = null
    }
    const publish = () => {
      const view = currentView(session, field.current)
      entries.forEach((entry) => publishTo(entry, view))
    }
    publish()
    let timer: ReturnType<typeof setTimeout> | null = null
    const onScroll = () => {
      if (timer) return
      timer = setTimeout(() => {
        timer = null
        publish()
      }, SCROLL_MS)
    }
    const onFocus = (e: FocusEvent) => {
      const next = fieldOf(e.target instanceof Element ? e.target : null)
      if (next === field.current) return
      field.current = next
      publish()
    }
    // A rename or a reconnect can reset my awareness state: put the view back.
    const onChange = () => {
      entries.forEach((entry) => {
        const state = entry.provider.awareness.getLocalState()
        if (state && !('view' in state)) publish()
      })
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('focusin', onFocus)
    entries.forEach((entry) => entry.provider.awareness.on('change', onChange))
    return () => {
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('focusin', onFocus)
      entries.forEach((entry) => entry.provider.awareness.off('change', onChange))
      if (timer) clearTimeout(timer)
    }
  }, [session, entries, path])
}
