/** When this device last had a document open and in sync with the server, per document (localStorage). */
import type { DocId } from '../../../../shared/docId.js'

const PREFIX = 'impact.visit.'

/** ISO time of the last visit, or null for a first one. */
export function lastVisit(docId: DocId): string | null {
  try {
    const value = localStorage.getItem(PREFIX + docId)
    return value && !Number.isNaN(Date.parse(value)) ? value : null
  } catch {
    return null
  }
}

export function markVisit(docId: DocId, at: Date = new Date()): void {
  try {
    localStorage.setItem(PREFIX + docId, at.toISOString())
  } catch {
    // Without storage there is no «since your last visit»; nothing else depends on it.
  }
}
