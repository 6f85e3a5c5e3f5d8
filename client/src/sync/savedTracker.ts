/**
 * Knows, for one open document, exactly which local changes the server holds
 * on disk: opts in to saved-on-server on every connection, sends saved marks
 * after deletions and after each (re)sync, and counts what is still only here
 * (rule in unsent.ts). Works with the stock WebsocketProvider by adding two
 * message handlers.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { MessageType } from '../../../shared/protocol.js'
import { countUnsentStructs, mergeStateVector, readSaved, writeSaved, type StateVector } from './unsent.js'

/** Waits this long after a deletion before asking for a mark, so a burst shares one. */
const MARK_DELAY_MS = 150
/** How often the record for the next session is written while things change. */
const PERSIST_DELAY_MS = 1000

export class SavedTracker {
  /** The server's durable state vector, as far as this device knows it. */
  private readonly durable: StateVector
  /** Local deleting transactions made (this session, plus those left over from earlier ones). */
  private deletesMade: number
  private deletesConfirmed = 0
  private readonly marks = new Map<number, number>()
  private nextMark = 1
  private markTimer: ReturnType<typeof setTimeout> | null = null
  private persistTimer: ReturnType<typeof setTimeout> | null = null
  private recountQueued = false
  /** Something is known of the server's state (a record from an earlier session, or an answer). */
  private known: boolean
  /** The server answered the opt-in on the current connection. */
  ackedThisConnection = false
  /** Changes that are not on the server's disk (structs beyond its state vector + unconfirmed deletions). */
  unsent = 0

  constructor(
    private readonly docId: string,
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    private readonly storage: Storage | null,
    private readonly onChange: () => void,
  ) {
    const record = readSaved(storage, docId)
    this.known = record !== null
    this.durable = record?.durable ?? new Map()
    this.deletesMade = record?.deletes ?? 0
    provider.messageHandlers[MessageType.savedOnServer] = (_encoder, decoder) => {
      const stateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder))
      mergeStateVector(this.durable, stateVector)
      this.known = true
      this.ackedThisConnection = true
      this.recount(true)
    }
    provider.messageHandlers[MessageType.savedMark] = (_encoder, decoder) => {
      const mark = decoding.readVarUint(decoder)
      const made = this.marks.get(mark)
      if (made === undefined) return
      for (const key of this.marks.keys()) if (key <= mark) this.marks.delete(key)
      this.deletesConfirmed = Math.max(this.deletesConfirmed, made)
      this.recount(true)
    }
    provider.on('status', this.onStatus)
    provider.on('sync', this.onSync)
    doc.on('afterTransaction', this.onTransaction)
    this.recount()
  }

  /** Whether the server has confirmed everything this device knows of (on this connection). */
  get confirmed(): boolean {
    return this.ackedThisConnection && this.unsent === 0
  }

  /** Writes the record for the next session now (page hide). */
  persist(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer)
    this.persistTimer = null
    writeSaved(this.storage, this.docId, {
      durable: this.durable,
      deletes: this.deletesMade - this.deletesConfirmed,
      unsent: this.unsent,
    })
  }

  destroy(): void {
    this.persist()
    if (this.markTimer) clearTimeout(this.markTimer)
    this.provider.off('status', this.onStatus)
    this.provider.off('sync', this.onSync)
    this.doc.off('afterTransaction', this.onTransaction)
  }

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status !== 'connected') {
      if (this.ackedThisConnection) {
        this.ackedThisConnection = false
        this.onChange()
      }
      // Marks in flight on a dropped connection will never be answered; the next sync sends a new one.
      this.marks.clear()
      return
    }
    this.send(Uint8Array.of(MessageType.savedOnServer))
  }

  /** After a (re)sync this device has sent its whole difference (sync step 2): ask for a mark. */
  private readonly onSync = (synced: boolean): void => {
    if (synced && this.deletesMade > this.deletesConfirmed) this.sendMark()
  }

  private readonly onTransaction = (tr: Y.Transaction): void => {
    if (tr.local && tr.deleteSet.clients.size > 0) {
      this.deletesMade++
      this.scheduleMark()
    }
    if (!this.recountQueued) {
      this.recountQueued = true
      // After the transaction's update has gone out (the provider sends on 'update', after this event).
      queueMicrotask(() => {
        this.recountQueued = false
        this.recount()
      })
    }
  }

  private scheduleMark(): void {
    if (this.markTimer) return
    this.markTimer = setTimeout(() => {
      this.markTimer = null
      this.sendMark()
    }, MARK_DELAY_MS)
  }

  private sendMark(): void {
    if (!this.provider.synced) return
    const mark = this.nextMark++
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.savedMark)
    encoding.writeVarUint(encoder, mark)
    if (this.send(encoding.toUint8Array(encoder))) this.marks.set(mark, this.deletesMade)
  }

  private send(frame: Uint8Array): boolean {
    const ws = this.provider.ws
    if (!ws || ws.readyState !== ws.OPEN) return false
    ws.send(frame)
    return true
  }

  /** Recounts; tells the listener when the count changed (or `always`, after the server's word). */
  private recount(always = false): void {
    // Knowing nothing of the server (first open on this device), only this session's own edits count as unsent.
    const only = this.known ? undefined : this.doc.clientID
    const next = countUnsentStructs(this.doc, this.durable, only) + Math.max(0, this.deletesMade - this.deletesConfirmed)
    const changed = next !== this.unsent
    this.unsent = next
    if (!this.persistTimer) this.persistTimer = setTimeout(() => this.persist(), PERSIST_DELAY_MS)
    if (changed || always) this.onChange()
  }
}
