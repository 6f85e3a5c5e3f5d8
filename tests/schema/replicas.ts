/** Replicas of one document for schema tests: fixed client ids, full or one-way sync. */
import * as Y from 'yjs'

/** A Y.Doc with a fixed client id, so conflict resolution is the same on every run. */
export function replica(clientID: number): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return doc
}

/** Sends `to` whatever `from` has that it lacks. */
export function send(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
}

/** A full round of sync between all replicas. */
export function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) for (const to of docs) if (from !== to) send(from, to)
}
