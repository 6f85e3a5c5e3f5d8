/**
 * Which board each initiative and note belongs to, read by the server from the
 * board documents themselves (their cards and notes), never from what a client
 * writes into the initiative or note. Kept in the metadata store's document
 * index: access checks, export and history ask it instead of searching boards.
 * A document id claimed by one board stays that board's.
 */
import type * as Y from 'yjs'
import { docId, parseDocId, type DocId } from '../../shared/docId.js'
import { BOARD_NOTES } from '../../shared/schema/board.js'
import { BOARD_CARDS } from '../../shared/schema/kanban.js'
import { toError, type Logger } from '../log.js'
import type { MetaStore } from '../storage/types.js'
import type { DocManager, RoomObserver } from './docManager.js'
import type { DocRoom } from './docRoom.js'

/** The documents a board document lists: its cards' initiatives and its notes. */
export function listedDocs(doc: Y.Doc): DocId[] {
  const out: DocId[] = []
  for (const id of doc.getMap(BOARD_CARDS).keys()) if (parseDocId(`initiative:${id}`)) out.push(docId('initiative', id))
  for (const id of doc.getMap(BOARD_NOTES).keys()) if (parseDocId(`note:${id}`)) out.push(docId('note', id))
  return out
}

export class BoardIndex implements RoomObserver {
  private readonly stops = new Map<DocRoom, () => void>()
  /** One pass over every board, for data stored before the index existed (once per process). */
  private scanned: Promise<void> | null = null

  constructor(
    private readonly docs: DocManager,
    private readonly meta: MetaStore,
    private readonly logger: Logger,
  ) {
    docs.observe(this)
  }

  /** The board a document belongs to (a board is its own), or undefined when no board lists it. */
  async boardOf(id: DocId): Promise<string | undefined> {
    const known = await this.meta.boardOf(id)
    if (known !== undefined) return known
    this.scanned ??= this.scanBoards()
    await this.scanned
    return this.meta.boardOf(id)
  }

  private async scanBoards(): Promise<void> {
    for (const board of await this.meta.listBoards()) {
      try {
        const listed = await this.docs.read(docId('board', board.id), listedDocs)
        await this.meta.claimDocs(board.id, listed)
      } catch (e) {
        this.logger.warn('board index scan failed', { boardId: board.id, error: toError(e).message })
      }
    }
  }

  loaded(room: DocRoom): void {
    const parsed = parseDocId(room.docId)
    if (parsed?.kind !== 'board') return
    const boardId = parsed.id
    const claim = () => {
      this.meta.claimDocs(boardId, listedDocs(room.doc)).catch((e: unknown) => this.logger.warn('board index update failed', { docId: room.docId, error: toError(e).message }))
    }
    claim()
    // New cards and notes arrive as keys of the two maps; other changes need no work.
    const onKeys = (event: Y.YMapEvent<unknown>) => {
      for (const change of event.changes.keys.values()) {
        if (change.action === 'add') {
          claim()
          return
        }
      }
    }
    const cards = room.doc.getMap(BOARD_CARDS)
    const notes = room.doc.getMap(BOARD_NOTES)
    cards.observe(onKeys)
    notes.observe(onKeys)
    this.stops.set(room, () => {
      cards.unobserve(onKeys)
      notes.unobserve(onKeys)
    })
  }

  async beforeUnload(room: DocRoom): Promise<void> {
    this.stops.get(room)?.()
    this.stops.delete(room)
  }
}
