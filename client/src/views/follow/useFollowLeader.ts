/**
 * Following someone: whenever their published view changes, go to their
 * page, scroll to where they are and bring their focused field into sight.
 * They are looked for in the awareness of the documents of my page (the
 * board's document is shared by all its pages); when they have not been
 * there for a few seconds — they closed the board — following ends.
 */
import { useEffect, useRef } from 'react'
import { navigate } from '../../routing/router.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { fieldSelector, readView, type ViewState } from './view.js'

/** Who is followed: their tab's session once known, and their name and colour to find it. */
export interface Leader {
  readonly name: string
  readonly color: string
  readonly session: string | null
}

/** How long the leader may be missing (moving between pages, reconnecting) before following ends. */
export const GONE_MS = 4000

/** The leader's view among the awareness states of `entries`, or null. */
export function findLeader(entries: readonly OpenDoc[], leader: Leader, mySession: string): ViewState | null {
  for (const entry of entries) {
    for (const [clientId, state] of entry.provider.awareness.getStates()) {
      if (clientId === entry.provider.awareness.clientID) continue
      const view = readView(state)
      if (!view || view.session === mySession) continue
      if (leader.session !== null) {
        if (view.session === leader.session) return view
        continue
      }
      const user = (state as { user?: { name?: unknown; color?: unknown } }).user
      if (user?.name === leader.name && user.color === leader.color) return view
    }
  }
  return null
}

function applyScroll(view: ViewState, fieldChanged: boolean): void {
  const el = document.documentElement
  window.scrollTo({ top: view.scroll * Math.max(0, el.scrollHeight - window.innerHeight) })
  if (!view.field || !fieldChanged) return
  const target = document.querySelector(fieldSelector(view.field))
  if (!target) return
  target.scrollIntoView({ block: 'center' })
  target.classList.add('follow-target')
  setTimeout(() => target.classList.remove('follow-target'), 2000)
}

export function useFollowLeader(
  leader: Leader | null,
  entries: readonly OpenDoc[],
  mySession: string,
  onFound: (session: string) => void,
  onGone: () => void,
): void {
  const lastField = useRef<string | null>(null)
  const found = useRef(onFound)
  const gone = useRef(onGone)
  found.current = onFound
  gone.current = onGone

  useEffect(() => {
    if (!leader) return
    let goneTimer: ReturnType<typeof setTimeout> | null = null
    const settleTimers: Array<ReturnType<typeof setTimeout>> = []
    const check = () => {
      const view = findLeader(entries, leader, mySession)
      if (!view) {
        if (!goneTimer) goneTimer = setTimeout(() => gone.current(), GONE_MS)
        return
      }
      if (goneTimer) {
        clearTimeout(goneTimer)
        goneTimer = null
      }
      if (leader.session === null) found.current(view.session)
      const here = `${window.location.pathname}${window.location.search}`
      if (view.path !== here) {
        lastField.current = null
        navigate(view.path)
        return
      }
      const fieldChanged = view.field !== lastField.current
      lastField.current = view.field
      applyScroll(view, fieldChanged)
      // The page may still be loading its content: scroll again once it has grown.
      settleTimers.push(setTimeout(() => applyScroll(view, false), 400))
    }
    check()
    entries.forEach((entry) => entry.provider.awareness.on('change', check))
    return () => {
      entries.forEach((entry) => entry.provider.awareness.off('change', check))
      if (goneTimer) clearTimeout(goneTimer)
      settleTimers.forEach(clearTimeout)
    }
  }, [leader, entries, mySession])
}
