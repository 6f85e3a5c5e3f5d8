/**
 * Consultation mode, built on awareness alone (no server state): every tab
 * publishes its view in the documents of its page; anyone can follow anyone
 * else on the same board from their avatar. Provided once, around the app.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { parseRoute, usePathname } from '../../routing/router.js'
import type { Present } from '../../sync/usePresence.js'
import { useFollowLeader, type Leader } from './useFollowLeader.js'
import { currentView, publishTo, usePublishView } from './usePublishView.js'
import { useRouteDocs } from './useRouteDocs.js'
import { routeDocs } from './view.js'

export interface FollowState {
  /** Who I follow, or null. */
  leader: Leader | null
  /** The name of a leader who left, until the message is closed. */
  ended: string | null
  follow(person: Present): void
  stop(): void
  dismissEnded(): void
}

const FollowContext = createContext<FollowState | null>(null)

/** The follow state, or null outside the provider (avatars then offer nothing). */
export function useFollow(): FollowState | null {
  return useContext(FollowContext)
}

function newSession(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')
}

export function FollowProvider({ children }: { children: ReactNode }) {
  const [session] = useState(newSession)
  const [leader, setLeader] = useState<Leader | null>(null)
  const [ended, setEnded] = useState<string | null>(null)
  const pathname = usePathname()
  const ids = useMemo(() => routeDocs(parseRoute(pathname)), [pathname])
  // Documents I leave hear where I went: someone following me from there comes along.
  const entries = useRouteDocs(ids, (entry) => publishTo(entry, currentView(session, null)))
  usePublishView(session, entries, pathname)

  const stop = useCallback(() => setLeader(null), [])
  const follow = useCallback((person: Present) => {
    setEnded(null)
    setLeader({ name: person.name, color: person.color, session: null })
  }, [])
  const onFound = useCallback((found: string) => setLeader((l) => (l && l.session === null ? { ...l, session: found } : l)), [])
  const onGone = useCallback(() => {
    setEnded(leader?.name ?? null)
    setLeader(null)
  }, [leader])
  useFollowLeader(leader, entries, session, onFound, onGone)

  // Escape stops following (unless something on the page used the key already).
  useEffect(() => {
    if (!leader) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) setLeader(null)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [leader])

  const value = useMemo(() => ({ leader, ended, follow, stop, dismissEnded: () => setEnded(null) }), [leader, ended, follow, stop])
  return <FollowContext.Provider value={value}>{children}</FollowContext.Provider>
}
