/**
 * The contract every `DocStore` implementation passes. Content is checked the
 * way the server uses it: updates from a real Y.Doc, replayed into a fresh one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocId } from '../../shared/docId.js'
import type { DocStore, StoredDoc } from '../../server/storage/types.js'

/** A store under test, a way to open it again over the same storage, and teardown. */
export interface DocStoreHarness {
  store: DocStore
  /** Opens a new store over the same storage (the caller closes the previous one first). */
  reopen(): Promise<DocStore>
  /** Closes every store this harness opened and removes the storage. */
  cleanup(): Promise<void>
}

/** A Y.Doc whose edits hand back the update each one produced. */
export interface Editor {
  doc: Y.Doc
  /** Makes one edit and returns its update. */
  edit(): Uint8Array
  /** Full state, as passed to `compact`. */
  state(): Uint8Array
}

/** Creates an editor; its edits touch an array, a text and a map so replays exercise several types. */
export function createEditor(): Editor {
  const doc = new Y.Doc()
  let last: Uint8Array | null = null
  let count = 0
  doc.on('update', (update: Uint8Array) => {
    last = update
  })
  return {
    doc,
    edit() {
      last = null
      const n = count++
      doc.transact(() => {
        doc.getArray<string>('items').push([`item ${n}`])
        doc.getText('text').insert(doc.getText('text').length, `${n};`)
        doc.getMap<number>('map').set(`k${n % 7}`, n)
      })
      if (!last) throw new Error('edit produced no update')
      return last
    },
    state: () => Y.encodeStateAsUpdate(doc),
  }
}

/** Applies a stored document to a fresh Y.Doc. */
export function replay(stored: StoredDoc): Y.Doc {
  const doc = new Y.Doc()
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const update of stored.updates) Y.applyUpdate(doc, update)
  return doc
}

/** Comparable content of a document (what a user would see). */
export function content(doc: Y.Doc): unknown {
  return {
    items: doc.getArray('items').toJSON(),
    text: doc.getText('text').toString(),
    map: doc.getMap('map').toJSON(),
  }
}

/** Hex of each update, so buffers of different classes compare by bytes. */
export function hex(updates: readonly Uint8Array[]): string[] {
  return updates.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('hex'))
}

/** Runs the DocStore contract against one implementation. */
export function describeDocStoreContract(name: string, factory: () => Promise<DocStoreHarness>): void {
  describe(`DocStore contract: ${name}`, () => {
    let harness: DocStoreHarness
    let store: DocStore

    /** Closes the current store and continues on a fresh one over the same storage. */
    const reopen = async (): Promise<DocStore> => {
      await store.close()
      store = await harness.reopen()
      return store
    }

    beforeEach(async () => {
      harness = await factory()
      store = harness.store
    })

    afterEach(async () => {
      await harness.cleanup()
    })

    it('loads an unknown document as empty', async () => {
      expect(await store.load('board:unknown')).toEqual({ snapshot: null, updates: [] })
      expect(store.logStats('board:unknown')).toEqual({ records: 0, bytes: 0 })
      expect(await store.list()).toEqual([])
    })

    it('loads appended updates in the order they were appended', async () => {
      const editor = createEditor()
      const updates = Array.from({ length: 5 }, () => editor.edit())
      for (const update of updates) await store.append('board:order', update)
      const loaded = await store.load('board:order')
      expect(loaded.snapshot).toBeNull()
      expect(hex(loaded.updates)).toEqual(hex(updates))
      expect(store.logStats('board:order').records).toBe(5)
      expect(store.logStats('board:order').bytes).toBeGreaterThan(0)

      const again = await (await reopen()).load('board:order')
      expect(hex(again.updates)).toEqual(hex(updates))
    })

    it('makes every one of many concurrent appends durable', async () => {
      const editor = createEditor()
      const updates = Array.from({ length: 300 }, () => editor.edit())
      await Promise.all(updates.map((u) => store.append('initiative:many', u)))
      expect(hex((await store.load('initiative:many')).updates)).toEqual(hex(updates))
      expect(store.logStats('initiative:many').records).toBe(300)

      const loaded = await (await reopen()).load('initiative:many')
      expect(hex(loaded.updates)).toEqual(hex(updates))
      expect(content(replay(loaded))).toEqual(content(editor.doc))
    })

    it('folds the log into a snapshot on compaction', async () => {
      const editor = createEditor()
      for (let i = 0; i < 20; i++) await store.append('note:fold', editor.edit())
      expect(store.logStats('note:fold').records).toBe(20)
      await store.compact('note:fold', editor.state())
      expect(store.logStats('note:fold')).toEqual({ records: 0, bytes: 0 })

      const later = [editor.edit(), editor.edit(), editor.edit()]
      for (const update of later) await store.append('note:fold', update)
      expect(store.logStats('note:fold').records).toBe(3)

      const check = async (s: DocStore): Promise<void> => {
        const loaded = await s.load('note:fold')
        expect(loaded.snapshot).not.toBeNull()
        expect(hex(loaded.updates)).toEqual(hex(later))
        expect(content(replay(loaded))).toEqual(content(editor.doc))
        expect(s.logStats('note:fold').records).toBe(3)
      }
      await check(store)
      await check(await reopen())
    })

    it('keeps appends that race compactions', async () => {
      const editor = createEditor()
      const pending: Array<Promise<void>> = []
      for (let round = 0; round < 5; round++) {
        for (let i = 0; i < 20; i++) pending.push(store.append('board:race', editor.edit()))
        // The state covers exactly the appends called so far; none of them is awaited yet.
        pending.push(store.compact('board:race', editor.state()))
      }
      const tail = Array.from({ length: 7 }, () => editor.edit())
      for (const update of tail) pending.push(store.append('board:race', update))
      await Promise.all(pending)

      const check = async (s: DocStore): Promise<void> => {
        const loaded = await s.load('board:race')
        expect(hex(loaded.updates)).toEqual(hex(tail))
        expect(content(replay(loaded))).toEqual(content(editor.doc))
      }
      await check(store)
      await check(await reopen())
    })

    it('chains compactions of one document', async () => {
      const editor = createEditor()
      await store.append('board:chain', editor.edit())
      const first = store.compact('board:chain', editor.state())
      const update = editor.edit()
      const appended = store.append('board:chain', update)
      const second = store.compact('board:chain', editor.state())
      await Promise.all([first, appended, second])
      const loaded = await (await reopen()).load('board:chain')
      expect(loaded.updates).toEqual([])
      expect(content(replay(loaded))).toEqual(content(editor.doc))
    })

    it('keeps documents apart', async () => {
      const a = createEditor()
      const b = createEditor()
      await store.append('board:a', a.edit())
      await store.append('board:b', b.edit())
      await store.compact('board:a', a.state())
      await store.append('board:b', b.edit())
      expect((await store.load('board:b')).snapshot).toBeNull()
      expect(content(replay(await store.load('board:a')))).toEqual(content(a.doc))
      expect(content(replay(await store.load('board:b')))).toEqual(content(b.doc))
    })

    it('lists stored documents of every kind', async () => {
      const ids: DocId[] = ['board:b1', 'initiative:i-1', 'note:n_1']
      for (const id of ids) await store.append(id, createEditor().edit())
      await store.compact('note:snap', createEditor().state())
      expect([...(await store.list())].sort()).toEqual([...ids, 'note:snap'].sort())
      expect([...(await (await reopen()).list())].sort()).toEqual([...ids, 'note:snap'].sort())
    })

    it('finishes pending writes on close and keeps them after reopening', async () => {
      const editor = createEditor()
      const updates = Array.from({ length: 50 }, () => editor.edit())
      let settled = 0
      const pending = updates.map((u) => store.append('board:close', u).then(() => settled++))
      await store.close()
      expect(settled).toBe(updates.length)
      await Promise.all(pending)
      await expect(store.append('board:close', editor.edit())).rejects.toThrow(/closed/)

      store = await harness.reopen()
      const loaded = await store.load('board:close')
      expect(hex(loaded.updates)).toEqual(hex(updates))
      expect(content(replay(loaded))).toEqual(content(createEditorFrom(updates)))
    })

    it('rejects an invalid document id', async () => {
      await expect(store.load('board:../x' as DocId)).rejects.toThrow()
      await expect(store.append('folder:x' as DocId, new Uint8Array([0]))).rejects.toThrow()
    })
  })
}

/** A Y.Doc with `updates` applied (what every replica converges to). */
function createEditorFrom(updates: readonly Uint8Array[]): Y.Doc {
  return replay({ snapshot: null, updates: [...updates] })
}
