import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNote } from '../../shared/schema/board.js'
import { createCard } from '../../shared/schema/kanban.js'
import { BoardIndex } from '../../server/docs/boardIndex.js'
import { DocManager } from '../../server/docs/docManager.js'
import { createLogger } from '../../server/log.js'
import { FileDocStore } from '../../server/storage/fileDocStore.js'
import { LowMetaStore } from '../../server/storage/lowMetaStore.js'

const logger = createLogger('silent')
const options = { idleUnloadMs: 60_000, compactRecords: 1000, compactBytes: 1 << 20 }

describe('the board index', () => {
  let root: string
  const closers: Array<() => Promise<void>> = []

  /** The server's parts on a data folder: documents, metadata, the index. */
  async function open() {
    const store = new FileDocStore({ dir: path.join(root, 'docs'), logger })
    const meta = await LowMetaStore.open({ file: path.join(root, 'meta.json'), logger, flushDelayMs: 10 })
    const docs = new DocManager(store, meta, logger, options)
    const index = new BoardIndex(docs, meta, logger)
    closers.push(async () => {
      await docs.closeAll()
      await meta.close()
      await store.close()
    })
    return { meta, docs, index }
  }

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'impact-index-'))
  })

  afterEach(async () => {
    for (const close of closers.splice(0)) await close()
    rmSync(root, { recursive: true, force: true })
  })

  it('knows the board of each card and note from the board document, and a second board cannot take them over', async () => {
    const { meta, docs, index } = await open()
    const palana = await meta.createBoard({ title: 'Палана' })
    const other = await meta.createBoard({ title: 'Козыревск' })
    await docs.edit(`board:${palana.id}`, (doc) => {
      createCard(doc, { id: 'club', title: 'Клуб корякского языка', createdBy: 'Анна' })
      addNote(doc, { id: 'meeting', title: 'Консультация', createdBy: 'Анна' })
    })
    expect(await index.boardOf('initiative:club')).toBe(palana.id)
    expect(await index.boardOf('note:meeting')).toBe(palana.id)
    expect(await index.boardOf(`board:${other.id}`)).toBe(other.id)

    // Someone on another board lists the same card id: it stays Палана's.
    await docs.edit(`board:${other.id}`, (doc) => createCard(doc, { id: 'club', title: 'Чужая карточка', createdBy: 'Кто-то' }))
    expect(await index.boardOf('initiative:club')).toBe(palana.id)
    expect(await index.boardOf('initiative:nobody')).toBeUndefined()
  })

  it('finds documents stored before the index existed, and keeps what it found across a restart', async () => {
    // An older server wrote a board with a card and never indexed it.
    const store = new FileDocStore({ dir: path.join(root, 'docs'), logger })
    const oldMeta = await LowMetaStore.open({ file: path.join(root, 'meta.json'), logger })
    const board = await oldMeta.createBoard({ title: 'Палана' })
    const doc = new Y.Doc()
    createCard(doc, { id: 'club', title: 'Клуб', createdBy: 'Анна' })
    await store.append(`board:${board.id}`, Y.encodeStateAsUpdate(doc))
    await oldMeta.close()
    await store.close()

    const first = await open()
    expect(await first.meta.boardOf('initiative:club')).toBeUndefined()
    expect(await first.index.boardOf('initiative:club')).toBe(board.id)
    for (const close of closers.splice(0)) await close()

    const second = await open()
    expect(await second.meta.boardOf('initiative:club')).toBe(board.id)
  })
})
