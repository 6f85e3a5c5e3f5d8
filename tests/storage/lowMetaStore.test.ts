import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../server/log.js'
import { LowMetaStore, MetaFileError } from '../../server/storage/lowMetaStore.js'
import { waitFor } from '../helpers/wait.js'

const logger = createLogger('silent')

describe('LowMetaStore', () => {
  let root: string
  let file: string
  const stores: LowMetaStore[] = []

  const open = async (flushDelayMs?: number): Promise<LowMetaStore> => {
    const store = await LowMetaStore.open({ file, logger, flushDelayMs })
    stores.push(store)
    return store
  }
  const onDisk = (): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'impact-meta-'))
    file = path.join(root, 'data', 'meta.json')
  })

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()))
    rmSync(root, { recursive: true, force: true })
  })

  it('creates boards and lists them by Russian title order', async () => {
    const store = await open()
    expect(await store.listBoards()).toEqual([])
    for (const title of ['Палана', 'Козыревск', 'Анавгай', 'Эссо']) {
      await store.createBoard({ title, settlement: title })
    }
    const boards = await store.listBoards()
    expect(boards.map((b) => b.title)).toEqual(['Анавгай', 'Козыревск', 'Палана', 'Эссо'])
    expect(new Set(boards.map((b) => b.id)).size).toBe(4)
    for (const board of boards) {
      expect(board.id).toMatch(/^[A-Za-z0-9]{16}$/)
      expect(board.archived).toBe(false)
      expect(board.createdAt).toBe(board.updatedAt)
      expect(Number.isNaN(Date.parse(board.createdAt))).toBe(false)
      expect(await store.getBoard(board.id)).toEqual(board)
    }
    expect(await store.getBoard('missing')).toBeUndefined()
  })

  it('updates a board and keeps changes across reopening', async () => {
    const store = await open()
    const created = await store.createBoard({ title: 'Палана', settlement: 'Палана' })
    const renamed = await store.updateBoard(created.id, { title: 'Палана — молодёжь', archived: true })
    expect(renamed).toMatchObject({ id: created.id, title: 'Палана — молодёжь', settlement: 'Палана', archived: true })
    expect(renamed && renamed.updatedAt >= created.updatedAt).toBe(true)
    expect(await store.updateBoard('missing', { title: 'x' })).toBeUndefined()

    // Returned objects are copies: changing them does not change the store.
    const listed = await store.listBoards()
    if (listed[0]) listed[0].title = 'changed outside'
    expect((await store.getBoard(created.id))?.title).toBe('Палана — молодёжь')

    await store.close()
    const reopened = await open()
    expect(await reopened.listBoards()).toEqual([renamed])
  })

  it('batches document-index writes and flushes them on its own and on close', async () => {
    const store = await open(50)
    await store.touchDoc('board:b1')
    // Not written by the call itself...
    expect(onDisk().docs).toEqual({})
    // ...but soon after.
    const docs = await waitFor(() => (onDisk().docs as Record<string, { kind: string }>)['board:b1'])
    expect(docs.kind).toBe('board')

    // One store per file at a time, as in the server.
    await store.close()
    const slow = await open(60_000)
    for (let i = 0; i < 100; i++) await slow.touchDoc('note:n1')
    expect(onDisk().docs).not.toHaveProperty('note:n1')
    await slow.close()
    expect(onDisk().docs).toMatchObject({ 'board:b1': { kind: 'board' }, 'note:n1': { kind: 'note' } })
  })

  it('keeps a document’s creation time when it is touched again', async () => {
    const store = await open()
    await store.touchDoc('initiative:i1')
    await store.close()
    const first = (onDisk().docs as Record<string, { createdAt: string; updatedAt: string }>)['initiative:i1']
    const again = await open()
    await again.touchDoc('initiative:i1')
    await again.close()
    const second = (onDisk().docs as Record<string, { createdAt: string; updatedAt: string }>)['initiative:i1']
    expect(second?.createdAt).toBe(first?.createdAt)
    expect(second && first && second.updatedAt >= first.updatedAt).toBe(true)
    await expect(again.touchDoc('initiative:i1')).rejects.toThrow(/closed/)
  })

  it('keeps top-level data it does not know', async () => {
    await open().then((s) => s.close())
    writeFileSync(file, JSON.stringify({ ...onDisk(), users: [{ login: 'anna' }] }))
    const store = await open()
    await store.createBoard({ title: 'Эссо', settlement: 'Эссо' })
    await store.close()
    expect(onDisk().users).toEqual([{ login: 'anna' }])
  })

  it.each([
    ['not JSON', '{"boards": [', /meta\.json is unreadable/],
    ['an empty file', '', /meta\.json is unreadable/],
    ['a board without a title', JSON.stringify({ boards: [{ id: 'abc', settlement: '' }] }), /boards/],
    ['a bad document id', JSON.stringify({ docs: { 'folder:x': {} } }), /docs/],
  ])('refuses a file with %s and leaves it untouched', async (_name, text, message) => {
    await open().then((s) => s.close())
    writeFileSync(file, text)
    const error = await open().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MetaFileError)
    expect(String(error)).toMatch(message)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })
})
