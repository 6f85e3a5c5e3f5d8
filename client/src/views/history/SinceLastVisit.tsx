/**
 * «С вашего последнего визита изменилось: …» on a document page: when the
 * visit tracker (VisitProvider, around the app) kept this device's state of
 * the document from before the server's first word, the two are compared
 * (in a lazy chunk) and the changed fields and their authors shown.
 */
import { lazy, Suspense } from 'react'
import type { DocId } from '../../../../shared/docId.js'
import { useDoc } from '../../sync/useDoc.js'
import { useVisitSnapshot } from './VisitProvider.js'

const SinceBanner = lazy(() => import('./SinceBanner.js').then((m) => ({ default: m.SinceBanner })))

export function SinceLastVisit({ docId }: { docId: DocId }) {
  const { entry } = useDoc(docId)
  const { snapshot, dismiss } = useVisitSnapshot(docId)
  if (!snapshot || !entry) return null
  return (
    <Suspense fallback={null}>
      <SinceBanner docId={docId} liveDoc={entry.doc} snapshot={snapshot} onDismiss={dismiss} />
    </Suspense>
  )
}
