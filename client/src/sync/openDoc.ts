/**
 * One open document: its Y.Doc, its offline copy (IndexedDB), its live
 * connection (the stock y-websocket provider, reconnected politely) and what
 * of it the server holds on disk.
 */
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { DocId } from '../../../shared/docId.js'
import { CloseCode } from '../../../shared/protocol.js'
import { Reconnector } from './reconnect.js'
import { SavedTracker } from './savedTracker.js'

/**
 * What one document (and the header, for all of them) says about saving:
 * `saved` — the server has every change on disk; `unsent` — some are only on
 * this device while connected; `syncing` — connecting, or waiting for the
 * server's first word; `offline` — no connection (changes stay here).
 */
export type SyncState = 'saved' | 'unsent' | 'syncing' | 'offline'

/** The person as others see them (awareness `user` field, also used by the editor carets). */
export interface Person {
  /** The account id (the server stamps it again on every awareness update). */
  id?: string
  name: string
  /** `#rrggbb` (the caret extension ignores any other form). */
  color: string
}

/** What an open document needs from the page. */
export interface DocEnv {
  serverUrl: string
  /** For the saved-state record between sessions; null where there is none. */
  storage: Storage | null
  /** For the `online` event; null in tests. */
  win: Window | null
  /**
   * Told when a connection keeps failing (two attempts in a row without a
   * sync: a refused upgrade looks like a network failure to the browser) or
   * the server closed it because the session ended: time to check the session.
   */
  connectionFailing?: () => void
}

/** Failed attempts in a row after which the page is told (see DocEnv.connectionFailing). */
const FAILURES_BEFORE_REPORT = 2

/** One open document. Views read its flags and subscribe to their changes. */
export class OpenDoc {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  readonly saved: SavedTracker
  private readonly reconnector: Reconnector
  private readonly persistence: IndexeddbPersistence
  private readonly listeners = new Set<() => void>()
  /** The offline copy has been read (or found empty). */
  localLoaded = false
  /** The server's state has arrived on the current connection. */
  synced = false
  /** The server's state has arrived at least once since the document was opened. */
  everSynced = false
  /** The last connection attempt failed or dropped, and none has synced since. */
  failing = false
  refs = 0
  /** Connection attempts that ended without a sync, in a row. */
  private failures = 0
  lingerTimer: ReturnType<typeof setTimeout> | null = null

  constructor(
    readonly docId: DocId,
    env: DocEnv,
    person: Person,
    private readonly onChange: () => void,
  ) {
    this.persistence = new IndexeddbPersistence(docId, this.doc)
    this.persistence.on('synced', () => this.update(() => (this.localLoaded = true)))
    this.provider = new WebsocketProvider(env.serverUrl, docId, this.doc)
    this.reconnector = new Reconnector(this.provider, env.win)
    this.saved = new SavedTracker(docId, this.doc, this.provider, env.storage, () => this.update(() => undefined))
    this.provider.awareness.setLocalStateField('user', person)
    this.provider.on('sync', (isSynced) =>
      this.update(() => {
        this.synced = isSynced
        if (isSynced) {
          this.everSynced = true
          this.failing = false
          this.failures = 0
        }
      }),
    )
    const failed = (event: CloseEvent | null) => {
      // The server says the session ended; otherwise a close after a sync is a drop, and failed attempts count.
      const signedOut = event?.code === CloseCode.signedOut
      if (signedOut || (!this.synced && ++this.failures >= FAILURES_BEFORE_REPORT)) env.connectionFailing?.()
      this.update(() => (this.failing = true))
    }
    this.provider.on('connection-close', failed)
    this.provider.on('connection-error', () => this.update(() => (this.failing = true)))
    this.provider.on('status', () => this.update(() => undefined))
  }

  /** This document's contribution to the header's state. */
  get state(): SyncState {
    if (this.synced) {
      // Before the server's first acknowledgement the count compares with an old record: say nothing yet.
      if (!this.saved.ackedThisConnection) return 'syncing'
      return this.saved.unsent > 0 ? 'unsent' : 'saved'
    }
    return this.failing ? 'offline' : 'syncing'
  }

  /** Calls `cb` whenever a flag changes; returns the unsubscribe function. */
  subscribe(cb: () => void): () => void {
    this.listeners.add(cb)
    return () => this.listeners.delete(cb)
  }

  setPerson(person: Person): void {
    const awareness = this.provider.awareness
    // After `leave` the local state is null, and setLocalStateField would do nothing.
    if (awareness.getLocalState() === null) awareness.setLocalState({ user: person })
    else awareness.setLocalStateField('user', person)
  }

  /** Withdraws my presence (name, caret) while the document stays open. */
  leave(): void {
    this.provider.awareness.setLocalState(null)
  }

  /** Tries to connect now, skipping any backoff wait. */
  reconnectNow(): void {
    this.reconnector.now()
  }

  destroy(): void {
    this.listeners.clear()
    this.saved.destroy()
    this.reconnector.destroy()
    this.provider.destroy()
    void this.persistence.destroy()
    this.doc.destroy()
  }

  private update(change: () => void): void {
    change()
    this.listeners.forEach((cb) => cb())
    this.onChange()
  }
}
