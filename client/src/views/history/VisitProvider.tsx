/**
 * Keeps, for each document of the current page, what this device had of it
 * before the server's first word — the state read from the offline copy —
 * so that «what changed since your last visit» can compare it with the
 * server's. It watches from the moment the page's documents are opened (at
 * the app's level: a lazily loaded page would come too late), and records
 * the time of each visit on this device.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import * as Y from 'yjs'
import type { DocId } from '../../../../shared/docId.js'
import { parseRoute, usePathname } from '../../routing/router.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { useDocRegistry } from '../../sync/useDoc.js'
import { routeDocs } from '../follow/view.js'
import { lastVisit, markVisit } from './visits.js'

/**
 * What to compare today's state with: this device's state at open, or —
 * when the server answered before the offline copy was read — null, and the
 * banner takes the server's last version from before the visit instead.
 */
export interface VisitSnapshot {
  readonly update: Uint8Array | null
  readonly since: string
}

interface Visits {
  snapshots: ReadonlyMap<DocId, VisitSnapshot>
  dismiss(docId: DocId): void
}

const VisitContext = createContext<Visits | null>(null)

/** The comparison base of a document opened on this page, if there is one to show; and how to drop it. */
export function useVisitSnapshot(docId: DocId): { snapshot: VisitSnapshot | null; dismiss(): void } {
  const visits = useContext(VisitContext)
  const dismiss = useCallback(() => visits?.dismiss(docId), [visits, docId])
  return { snapshot: visits?.snapshots.get(docId) ?? null, dismiss }
}

/** Watches one open document from before its offline copy is read; calls `found` once synced, when there is something to compare. */
function watch(docId: DocId, entry: OpenDoc, found: (snapshot: VisitSnapshot) => void): () => void {
  let captured: Uint8Array | null = null
  // A document already synced (left and come back to within a minute) is no new visit.
  let done = entry.synced
  const check = () => {
    if (done) return
    if (!captured && entry.localLoaded && !entry.synced) {
      // An empty offline copy is a first visit from this device: nothing to compare.
      if (entry.doc.store.clients.size === 0) {
        done = true
        markVisit(docId)
        return
      }
      captured = Y.encodeStateAsUpdate(entry.doc)
    }
    if (!entry.synced) return
    done = true
    const since = lastVisit(docId)
    markVisit(docId)
    if (since) found({ update: captured, since })
  }
  const stop = entry.subscribe(check)
  check()
  const leave = () => {
    if (entry.everSynced) markVisit(docId)
  }
  window.addEventListener('pagehide', leave)
  return () => {
    stop()
    window.removeEventListener('pagehide', leave)
    leave()
  }
}

export function VisitProvider({ children }: { children: ReactNode }) {
  const registry = useDocRegistry()
  const pathname = usePathname()
  const ids = useMemo(() => routeDocs(parseRoute(pathname)), [pathname])
  const key = ids.join(' ')
  const [snapshots, setSnapshots] = useState<ReadonlyMap<DocId, VisitSnapshot>>(new Map())

  useEffect(() => {
    const stops = ids.map((id) => {
      const lease = registry.acquire(id)
      const unwatch = watch(id, lease.entry, (snapshot) => setSnapshots((m) => new Map(m).set(id, snapshot)))
      return () => {
        unwatch()
        lease.release()
      }
    })
    return () => {
      stops.forEach((stop) => stop())
      // Leaving the page drops its news; coming back later is a new visit.
      setSnapshots((m) => new Map([...m].filter(([id]) => !ids.includes(id))))
    }
    // `ids` is read through its key: a new array with the same ids is no change.
  }, [registry, key])

  const value = useMemo<Visits>(
    () => ({
      snapshots,
      dismiss: (docId) =>
        setSnapshots((m) => {
          const next = new Map(m)
          next.delete(docId)
          return next
        }),
    }),
    [snapshots],
  )
  return <VisitContext.Provider value={value}>{children}</VisitContext.Provider>
}
