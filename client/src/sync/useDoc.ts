/** React access to open documents: the registry from context, a document per view. */
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react'
import type { DocId } from '../../../shared/docId.js'
import type { DocRegistry, OpenDoc, SyncSummary } from './docRegistry.js'

export const DocRegistryContext = createContext<DocRegistry | null>(null)

/** The registry built by the composition root. */
export function useDocRegistry(): DocRegistry {
  const registry = useContext(DocRegistryContext)
  if (!registry) throw new Error('DocRegistryContext is missing')
  return registry
}

/** The saving state of everything open, for the header. */
export function useSyncState(): SyncSummary {
  const registry = useDocRegistry()
  return useSyncExternalStore(registry.subscribe, registry.getSummary)
}

/** Snapshot of a document's flags that views render from. */
export interface DocStatus {
  localLoaded: boolean
  synced: boolean
  everSynced: boolean
  failing: boolean
}

/**
 * Opens `docId` for as long as the calling view is mounted and re-renders it
 * when the document's flags change. Null until opened (one effect later).
 */
export function useDoc(docId: DocId | null): { entry: OpenDoc | null; status: DocStatus } {
  const registry = useDocRegistry()
  const [entry, setEntry] = useState<OpenDoc | null>(null)
  const [status, setStatus] = useState<DocStatus>(emptyStatus)

  useEffect(() => {
    if (!docId) return
    const lease = registry.acquire(docId)
    // Only a real change of a flag re-renders the view (the registry notifies often).
    const read = () => setStatus((prev) => sameStatus(prev, statusOf(lease.entry)))
    const stop = lease.entry.subscribe(read)
    setEntry(lease.entry)
    read()
    return () => {
      stop()
      lease.release()
      setEntry(null)
      setStatus(emptyStatus)
    }
  }, [registry, docId])

  return { entry: entry && entry.docId === docId ? entry : null, status }
}

const emptyStatus: DocStatus = { localLoaded: false, synced: false, everSynced: false, failing: false }

function sameStatus(prev: DocStatus, next: DocStatus): DocStatus {
  const same =
    prev.localLoaded === next.localLoaded && prev.synced === next.synced && prev.everSynced === next.everSynced && prev.failing === next.failing
  return same ? prev : next
}

function statusOf(entry: OpenDoc): DocStatus {
  return { localLoaded: entry.localLoaded, synced: entry.synced, everSynced: entry.everSynced, failing: entry.failing }
}
