/**
 * «С вашего последнего визита изменилось: …». When a document opens, the
 * state read from this device's offline copy (before the server's first
 * word) is kept; once the server's state is in, the two are compared (in a
 * lazy chunk) and, when fields changed, a dismissible banner names them and
 * who edited since the last visit. A document already open and synced (just
 * left and come back to) is no new visit.
 */
import { lazy, Suspense, useEffect, useState } from 'react'
import * as Y from 'yjs'
import type { DocId } from '../../../../shared/docId.js'
import { useDoc } from '../../sync/useDoc.js'
import { lastVisit, markVisit } from './visits.js'

const SinceBanner = lazy(() => import('./SinceBanner.js').then((m) => ({ default: m.SinceBanner })))

/** The local state at open and the last visit it is compared from. */
export interface VisitSnapshot {
  update: Uint8Array
  since: string
}

export function SinceLastVisit({ docId }: { docId: DocId }) {
  const { entry } = useDoc(docId)
  const [snapshot, setSnapshot] = useState<VisitSnapshot | null>(null)

  useEffect(() => {
    if (!entry) return
    let captured: Uint8Array | null = null
    let done = false
    const check = () => {
      if (done) return
      if (!captured && entry.localLoaded && !entry.synced) {
        // An empty offline copy is a first visit from this device: nothing to compare.
        if (entry.doc.store.clients.size > 0) captured = Y.encodeStateAsUpdate(entry.doc)
        else done = true
      }
      if (!entry.synced) return
      done = true
      const since = lastVisit(docId)
      markVisit(docId)
      if (captured && since) setSnapshot({ update: captured, since })
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
  }, [entry, docId])

  if (!snapshot || !entry) return null
  return (
    <Suspense fallback={null}>
      <SinceBanner docId={docId} liveDoc={entry.doc} snapshot={snapshot} onDismiss={() => setSnapshot(null)} />
    </Suspense>
  )
}
