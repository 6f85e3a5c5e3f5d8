/**
 * Opens shared documents: one Y.Doc per document id, with its offline copy
 * (IndexedDB) and its live connection (the stock y-websocket provider).
 * Documents are reference-counted by the views that use them and destroyed a
 * little while after the last one lets go, so moving from a board to one of
 * its notes and back does not reconnect.
 */
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { DocId } from '../../../shared/docId.js'
import { SYNC_PATH } from '../../../shared/protocol.js'

/** What the header says about the connection. */
export type SyncState = 'synced' | 'syncing' | 'offline'

/** The person as others see them (awareness `user` field, also used by the editor carets). */
export interface Person {
  name: string
  /** `#rrggbb` (the caret extension ignores any other form). */
  color: string
}

/** How long a document stays open after its last view has gone. */
const LINGER_MS = 15_000


/** One open document. Views read its flags and subscribe to their changes. */
export class OpenDoc {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
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
  lingerTimer: ReturnType<typeof setTimeout> | null = null

  constructor(
    readonly docId: DocId,
    serverUrl: string,
    person: Person,
    private readonly onChange: () => void,
  ) {
    this.persistence = new IndexeddbPersistence(docId, this.doc)
    this.persistence.on('synced', () => this.update(() => (this.localLoaded = true)))
    // The stock reconnect rule matches the server's close codes (shared/protocol.ts):
    // 4400–4499 are permanent, everything else is retried with backoff.
    this.provider = new WebsocketProvider(serverUrl, docId, this.doc)
    this.provider.awareness.setLocalStateField('user', person)
    this.provider.on('sync', (isSynced) =>
      this.update(() => {
        this.synced = isSynced
        if (isSynced) {
          this.everSynced = true
          this.failing = false
        }
      }),
    )
    this.provider.on('connection-close', () => this.update(() => (this.failing = true)))
    this.provider.on('connection-error', () => this.update(() => (this.failing = true)))
    this.provider.on('status', () => this.update(() => undefined))
  }

  /** This document's contribution to the header's state. */
  get state(): SyncState {
    if (this.synced) return 'synced'
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

  destroy(): void {
    this.listeners.clear()
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

/** A view's hold on a document; call `release` when the view goes away. */
export interface DocLease {
  entry: OpenDoc
  release(): void
}

/** The set of open documents and the connection state they add up to. */
export class DocRegistry {
  private readonly open = new Map<DocId, OpenDoc>()
  private readonly listeners = new Set<() => void>()
  private online: boolean
  /** Whether the last REST call reached the server (null before any). */
  private apiReachable: boolean | null = null
  private state: SyncState

  constructor(
    private readonly serverUrl: string,
    private person: Person,
    private readonly win: Window,
  ) {
    this.online = win.navigator.onLine
    this.state = this.compute()
    win.addEventListener('online', this.onNetwork)
    win.addEventListener('offline', this.onNetwork)
  }

  /** Opens (or reuses) the document and holds it until `release`. */
  acquire(docId: DocId): DocLease {
    let entry = this.open.get(docId)
    if (!entry) {
      entry = new OpenDoc(docId, this.serverUrl, this.person, this.changed)
      this.open.set(docId, entry)
    }
    const held = entry
    held.refs++
    if (held.lingerTimer) {
      clearTimeout(held.lingerTimer)
      held.lingerTimer = null
      held.setPerson(this.person)
    }
    let released = false
    return {
      entry: held,
      release: () => {
        if (released) return
        released = true
        held.refs--
        if (held.refs > 0) return
        // Nobody here looks at it any more: others stop seeing me in it at once, not after the linger.
        held.leave()
        held.lingerTimer = setTimeout(() => {
          if (held.refs > 0) return
          this.open.delete(docId)
          held.destroy()
          this.changed()
        }, LINGER_MS)
      },
    }
  }

  /** Changes the name and colour others see, in every open document. */
  setPerson(person: Person): void {
    this.person = person
    this.open.forEach((entry) => {
      if (entry.refs > 0) entry.setPerson(person)
    })
  }

  /** REST calls report whether they reached the server, for the header's state. */
  reportApi(reachable: boolean): void {
    if (this.apiReachable === reachable) return
    this.apiReachable = reachable
    this.changed()
  }

  getState = (): SyncState => this.state

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb)
    return () => this.listeners.delete(cb)
  }

  /** Closes everything (page unload, tests). */
  destroy(): void {
    this.win.removeEventListener('online', this.onNetwork)
    this.win.removeEventListener('offline', this.onNetwork)
    this.open.forEach((entry) => entry.destroy())
    this.open.clear()
  }

  private compute(): SyncState {
    if (!this.online) return 'offline'
    const states = [...this.open.values()].map((e) => e.state)
    if (states.includes('offline')) return 'offline'
    if (states.length === 0 && this.apiReachable === false) return 'offline'
    if (states.includes('syncing')) return 'syncing'
    return 'synced'
  }

  private readonly changed = (): void => {
    const next = this.compute()
    if (next === this.state) return
    this.state = next
    this.listeners.forEach((cb) => cb())
  }

  private readonly onNetwork = (): void => {
    this.online = this.win.navigator.onLine
    this.changed()
  }
}

/** The sync endpoint of the server this page came from. */
export function syncUrl(loc: Location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${SYNC_PATH}`
}
