/**
 * Opens shared documents: one `OpenDoc` per document id (see openDoc.ts).
 * Documents are reference-counted by the views that use them and destroyed a
 * little while after the last one lets go — but never while they hold changes
 * the server does not have: those stay open (and connected) until it does.
 * Documents left with unsent changes by an earlier session are opened in the
 * background at start, so they reach the server without the person
 * revisiting them.
 */
import { isDocId, type DocId } from '../../../shared/docId.js'
import { SYNC_PATH } from '../../../shared/protocol.js'
import { OpenDoc, type DocEnv, type Person, type SyncState } from './openDoc.js'
import { docsWithUnsent } from './unsent.js'

export { OpenDoc, type Person, type SyncState } from './openDoc.js'

/** How long a document stays open after its last view has gone. */
const LINGER_MS = 15_000

/** A view's hold on a document; call `release` when the view goes away. */
export interface DocLease {
  entry: OpenDoc
  release(): void
}

/** What the header shows: the state in words and how many changes are only on this device. */
export interface SyncSummary {
  state: SyncState
  unsent: number
}

/** The set of open documents and the connection state they add up to. */
export class DocRegistry {
  private readonly open = new Map<DocId, OpenDoc>()
  private readonly listeners = new Set<() => void>()
  private readonly failingListeners = new Set<() => void>()
  private readonly env: DocEnv
  private online: boolean
  /** Whether the last REST call reached the server (null before any). */
  private apiReachable: boolean | null = null
  private summary: SyncSummary

  constructor(
    serverUrl: string,
    private person: Person,
    private readonly win: Window,
  ) {
    this.env = { serverUrl, storage: storageOf(win), win, connectionFailing: () => this.failingListeners.forEach((cb) => cb()) }
    this.online = win.navigator.onLine
    this.summary = this.compute()
    win.addEventListener('online', this.onNetwork)
    win.addEventListener('offline', this.onNetwork)
  }

  /** Opens (or reuses) the document and holds it until `release`. */
  acquire(docId: DocId): DocLease {
    let entry = this.open.get(docId)
    if (!entry) {
      entry = new OpenDoc(docId, this.env, this.person, this.changed)
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
        this.linger(held)
      },
    }
  }

  /** Opens, in the background, documents an earlier session left with unsent changes. */
  pushLeftovers(): void {
    for (const id of docsWithUnsent(this.env.storage)) {
      if (isDocId(id) && !this.open.has(id)) this.acquire(id).release()
    }
  }

  /** Changes the account (id, name, colour) others see, in every open document. */
  setPerson(person: Person): void {
    this.person = person
    this.open.forEach((entry) => {
      if (entry.refs > 0) entry.setPerson(person)
    })
  }

  /**
   * Calls `cb` when some document's connection keeps failing while open:
   * the session check listens (an expired session refuses the websocket).
   */
  onConnectionFailing(cb: () => void): () => void {
    this.failingListeners.add(cb)
    return () => this.failingListeners.delete(cb)
  }

  /** The person others see now. */
  getPerson(): Person {
    return this.person
  }

  /** REST calls report whether they reached the server, for the header's state. */
  reportApi(reachable: boolean): void {
    if (this.apiReachable === reachable) return
    this.apiReachable = reachable
    this.changed()
  }

  getSummary = (): SyncSummary => this.summary

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb)
    return () => this.listeners.delete(cb)
  }

  /** Tries every connection now (the person pressed "retry", or the page became visible). */
  reconnectNow(): void {
    this.open.forEach((entry) => entry.reconnectNow())
  }

  /** Closes everything (page unload, tests); what is unsent is remembered for the next session. */
  destroy(): void {
    this.win.removeEventListener('online', this.onNetwork)
    this.win.removeEventListener('offline', this.onNetwork)
    this.open.forEach((entry) => entry.destroy())
    this.open.clear()
  }

  /** Destroys a document nobody looks at once the linger passes and the server has all of it. */
  private linger(held: OpenDoc): void {
    held.lingerTimer = setTimeout(() => {
      held.lingerTimer = null
      if (held.refs > 0) return
      if (held.saved.unsent > 0 || !held.saved.confirmed) {
        // Keep it connected until the server confirms; look again after another linger.
        this.linger(held)
        return
      }
      this.open.delete(held.docId)
      held.destroy()
      this.changed()
    }, LINGER_MS)
  }

  private compute(): SyncSummary {
    const entries = [...this.open.values()]
    const unsent = entries.reduce((sum, e) => sum + e.saved.unsent, 0)
    const states = entries.map((e) => e.state)
    let state: SyncState
    if (!this.online || states.includes('offline') || (states.length === 0 && this.apiReachable === false)) state = 'offline'
    else if (states.includes('unsent')) state = 'unsent'
    else if (states.includes('syncing')) state = 'syncing'
    else state = 'saved'
    return { state, unsent }
  }

  private readonly changed = (): void => {
    const next = this.compute()
    if (next.state === this.summary.state && next.unsent === this.summary.unsent) return
    this.summary = next
    this.listeners.forEach((cb) => cb())
  }

  private readonly onNetwork = (): void => {
    this.online = this.win.navigator.onLine
    this.changed()
  }
}

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage
  } catch {
    return null
  }
}

/** The sync endpoint of the server this page came from. */
export function syncUrl(loc: Location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${SYNC_PATH}`
}
