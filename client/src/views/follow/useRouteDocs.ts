/**
 * Holds the documents of the current page open for the follow module, so
 * that it can publish my view in their awareness and read the others'.
 * Leases move with the route without a gap: the new ones are taken before
 * the old ones go, so the board's document (shared by all its pages) never
 * closes between two of them and nobody sees me leave and come back.
 */
import { useEffect, useRef, useState } from 'react'
import type { DocId } from '../../../../shared/docId.js'
import type { DocLease, OpenDoc } from '../../sync/docRegistry.js'
import { useDocRegistry } from '../../sync/useDoc.js'

/** The open documents of `ids`; `beforeRelease` gets each one just before it is let go. */
export function useRouteDocs(ids: readonly DocId[], beforeRelease: (entry: OpenDoc) => void): OpenDoc[] {
  const registry = useDocRegistry()
  const leases = useRef(new Map<DocId, DocLease>())
  const last = useRef(beforeRelease)
  last.current = beforeRelease
  const [entries, setEntries] = useState<OpenDoc[]>([])
  const key = ids.join(' ')

  useEffect(() => {
    const want = new Set(ids)
    for (const id of ids) if (!leases.current.has(id)) leases.current.set(id, registry.acquire(id))
    for (const [id, lease] of [...leases.current]) {
      if (want.has(id)) continue
      last.current(lease.entry)
      lease.release()
      leases.current.delete(id)
    }
    setEntries(ids.map((id) => (leases.current.get(id) as DocLease).entry))
    // `ids` is read through its key: a new array with the same ids is no change.
  }, [registry, key])

  useEffect(() => {
    const held = leases.current
    return () => {
      held.forEach((lease) => lease.release())
      held.clear()
    }
  }, [])

  return entries
}
