import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocId } from '../../shared/docId.js'
import { createLogger, type Logger } from '../../server/log.js'
import { FileDocStore } from '../../server/storage/fileDocStore.js'
import { encodeRecord, RecordKind, RECORD_HEADER_BYTES } from '../../server/storage/logRecords.js'
import { StorageCorruptionError } from '../../server/storage/snapshotFile.js'
import { waitFor } from '../helpers/wait.js'
import { content, createEditor, describeDocStoreContract, hex, replay } from './docStoreContract.js'

const quiet = createLogger('silent')

describeDocStoreContract('FileDocStore', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'impact-docstore-'))
  const dir = path.join(root, 'docs')
  const opened: FileDocStore[] = []
  const open = async (): Promise<FileDocStore> => {
    const store = new FileDocStore({ dir, logger: quiet })
    opened.push(store)
    return store
  }
  return {
    store: await open(),
    reopen: open,
    cleanup: async () => {
      await Promise.all(opened.map((s) => s.close()))
      rmSync(root, { recursive: true, force: true })
    },
  }
})

describe('FileDocStore on disk', () => {
  let root: string
  let dir: string
  let lines: Array<Record<string, unknown>>
  let logger: Logger
  const stores: FileDocStore[] = []

  const open = (): FileDocStore => {
    const store = new FileDocStore({ dir, logger })
    stores.push(store)
    return store
  }
  const docFile = (docId: DocId, name: string): string => path.join(dir, ...docId.split(':'), name)
  const log0 = (docId: DocId): string => docFile(docId, 'log-0000000000.bin')
  const warnings = (): Array<Record<string, unknown>> => lines.filter((l) => l.level === 'warn')

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'impact-docstore-'))
    dir = path.join(root, 'docs')
    lines = []
    logger = createLogger('debug', {}, (line) => lines.push(JSON.parse(line) as Record<string, unknown>))
  })

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()))
    rmSync(root, { recursive: true, force: true })
  })

  /** Stores `count` updates of one editor in `docId` and closes the store. */
  async function seed(docId: DocId, count: number): Promise<Uint8Array[]> {
    const store = open()
    const editor = createEditor()
    const updates = Array.from({ length: count }, () => editor.edit())
    for (const u of updates) await store.append(docId, u)
    await store.close()
    return updates
  }

  it.each([
    ['cut short by a few bytes', (file: string) => truncateSync(file, statSync(file).size - 3)],
    [
      'with a flipped payload byte',
      (file: string) => {
        const bytes = readFileSync(file)
        bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 0xff
        writeFileSync(file, bytes)
      },
    ],
  ])('skips a torn last record (%s), logs it and appends cleanly after it', async (_name, damage) => {
    const updates = await seed('board:torn', 5)
    const file = log0('board:torn')
    const intact = statSync(file).size - (RECORD_HEADER_BYTES + (updates[4]?.length ?? 0))
    damage(file)
    const damagedSize = statSync(file).size

    const store = open()
    const loaded = await store.load('board:torn')
    expect(hex(loaded.updates)).toEqual(hex(updates.slice(0, 4)))
    expect(warnings()).toEqual([
      expect.objectContaining({ docId: 'board:torn', file, offset: intact, bytesDropped: damagedSize - intact }),
    ])
    expect(statSync(file).size).toBe(intact)

    const extra = createEditor().edit()
    await store.append('board:torn', extra)
    await store.close()
    const again = await open().load('board:torn')
    expect(hex(again.updates)).toEqual(hex([...updates.slice(0, 4), extra]))
    expect(warnings()).toHaveLength(1)
  })

  it('cuts a torn tail before the first append even without a load', async () => {
    const updates = await seed('note:append-first', 3)
    truncateSync(log0('note:append-first'), statSync(log0('note:append-first')).size - 1)
    const store = open()
    const extra = createEditor().edit()
    await store.append('note:append-first', extra)
    await store.close()
    expect(hex((await open().load('note:append-first')).updates)).toEqual(hex([...updates.slice(0, 2), extra]))
    expect(warnings()).toHaveLength(1)
  })

  it.skipIf(!existsSync('/proc/self/fd'))('closes an idle log file and reopens it on the next append', async () => {
    const store = new FileDocStore({ dir, logger, idleCloseMs: 300 })
    stores.push(store)
    const editor = createEditor()
    const first = editor.edit()
    await store.append('board:idle', first)
    // Compared with what the kernel reports, so resolve any symlink in the temp folder's path.
    const file = realpathSync(log0('board:idle'))
    const isOpen = (): boolean =>
      readdirSync('/proc/self/fd').some((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === file
        } catch {
          return false
        }
      })
    expect(isOpen()).toBe(true)
    await waitFor(() => !isOpen(), { message: 'idle log file to close' })
    const second = editor.edit()
    await store.append('board:idle', second)
    expect(hex((await store.load('board:idle')).updates)).toEqual(hex([first, second]))
  })

  it('ignores and removes a stale log older than the snapshot', async () => {
    const store = open()
    const editor = createEditor()
    for (let i = 0; i < 3; i++) await store.append('initiative:stale', editor.edit())
    const oldLog = readFileSync(log0('initiative:stale'))
    await store.compact('initiative:stale', editor.state())
    const later = [editor.edit(), editor.edit()]
    for (const u of later) await store.append('initiative:stale', u)
    await store.close()
    // As if the compaction crashed after its snapshot was durable but before the old log was removed.
    writeFileSync(log0('initiative:stale'), oldLog)

    const reopened = open()
    const loaded = await reopened.load('initiative:stale')
    expect(hex(loaded.updates)).toEqual(hex(later))
    expect(content(replay(loaded))).toEqual(content(editor.doc))
    expect(reopened.logStats('initiative:stale').records).toBe(2)
    expect(readdirSync(path.dirname(log0('initiative:stale'))).sort()).toEqual(['log-0000000001.bin', 'snapshot.bin'])
  })

  it('stays loadable when a compaction fails, and compacts once the cause is gone', async () => {
    const store = open()
    const editor = createEditor()
    for (let i = 0; i < 4; i++) await store.append('board:fail', editor.edit())
    // A directory where the snapshot's temp file goes makes the snapshot write fail.
    const blocker = docFile('board:fail', 'snapshot.bin.tmp')
    mkdirSync(blocker)
    await expect(store.compact('board:fail', editor.state())).rejects.toThrow()
    for (let i = 0; i < 2; i++) await store.append('board:fail', editor.edit())
    expect(store.logStats('board:fail').records).toBe(6)

    const loaded = await store.load('board:fail')
    expect(loaded.snapshot).toBeNull()
    expect(loaded.updates).toHaveLength(6)
    expect(content(replay(loaded))).toEqual(content(editor.doc))

    rmSync(blocker, { recursive: true })
    await store.compact('board:fail', editor.state())
    await store.close()
    const again = await open().load('board:fail')
    expect(again.updates).toEqual([])
    expect(content(replay(again))).toEqual(content(editor.doc))
  })

  it.each([
    ['a flipped payload byte', (b: Buffer) => void (b[b.length - 1] = (b[b.length - 1] ?? 0) ^ 1)],
    ['a flipped generation', (b: Buffer) => void (b[8] = (b[8] ?? 0) ^ 1)],
    ['a cut-off end', (b: Buffer) => b.subarray(0, b.length - 1)],
  ])('refuses a snapshot with %s instead of serving an empty document', async (_name, damage) => {
    const store = open()
    const editor = createEditor()
    await store.append('note:bad', editor.edit())
    await store.compact('note:bad', editor.state())
    await store.close()
    const file = docFile('note:bad', 'snapshot.bin')
    const bytes = readFileSync(file)
    writeFileSync(file, damage(bytes) ?? bytes)
    const damaged = readFileSync(file)

    const reopened = open()
    await expect(reopened.load('note:bad')).rejects.toThrow(StorageCorruptionError)
    await expect(reopened.append('note:bad', editor.edit())).rejects.toThrow(/corrupt storage file/)
    await expect(reopened.compact('note:bad', createEditor().state())).rejects.toThrow(StorageCorruptionError)
    expect(readFileSync(file).equals(damaged)).toBe(true)
  })

  it('group-commits concurrent appends into few fsyncs', async () => {
    const store = open()
    const editor = createEditor()
    const updates = Array.from({ length: 1000 }, () => editor.edit())
    await Promise.all(updates.map((u) => store.append('board:group', u)))
    const { fsyncs, appends } = store.stats()
    expect(appends).toBe(1000)
    expect(fsyncs).toBeLessThan(20)
    expect(hex((await store.load('board:group')).updates)).toEqual(hex(updates))
  })

  it('lets appends that arrive within the commit window share the next fsync', async () => {
    const store = new FileDocStore({ dir, logger, commitWindowMs: 400 })
    stores.push(store)
    const editor = createEditor()
    const [a, b, c] = [editor.edit(), editor.edit(), editor.edit()]
    await store.append('note:window', a)
    expect(store.stats().fsyncs).toBe(1)
    const second = store.append('note:window', b)
    // Without a window, b's batch is already writing once the event loop turns; with one, c joins it.
    await new Promise((resolve) => setImmediate(resolve))
    const third = store.append('note:window', c)
    await Promise.all([second, third])
    expect(store.stats()).toMatchObject({ fsyncs: 2, appends: 3 })
    expect(hex((await store.load('note:window')).updates)).toEqual(hex([a, b, c]))
  })

  it('does not hold the first append of a quiet document for the commit window', async () => {
    // A two-minute window applied to the first append would run past the test's timeout.
    const store = new FileDocStore({ dir, logger, commitWindowMs: 120_000 })
    stores.push(store)
    const editor = createEditor()
    await store.append('note:first', editor.edit())
    expect(store.stats().fsyncs).toBe(1)
  })

  it('rejects an append whose write fails, then recovers', async () => {
    // A directory in place of the log file makes opening it fail.
    mkdirSync(log0('board:blocked'), { recursive: true })
    const store = open()
    const first = createEditor().edit()
    await expect(store.append('board:blocked', first)).rejects.toThrow()
    rmSync(log0('board:blocked'), { recursive: true })
    const second = createEditor().edit()
    await store.append('board:blocked', second)
    await store.close()
    expect(hex((await open().load('board:blocked')).updates)).toEqual(hex([second]))
  })

  it('skips log records of kinds it does not know', async () => {
    const [a, b] = [createEditor().edit(), createEditor().edit()]
    mkdirSync(path.dirname(log0('note:kinds')), { recursive: true })
    writeFileSync(
      log0('note:kinds'),
      Buffer.concat([
        encodeRecord(RecordKind.yjsUpdate, a),
        encodeRecord(2, Buffer.from('attribution')),
        encodeRecord(RecordKind.yjsUpdate, b),
      ]),
    )
    const store = open()
    expect(hex((await store.load('note:kinds')).updates)).toEqual(hex([a, b]))
    expect(store.logStats('note:kinds').records).toBe(3)
    expect(warnings()).toEqual([])
  })

  it('lists only folders that hold a document under a valid id', async () => {
    await seed('board:real', 1)
    mkdirSync(path.join(dir, 'board', 'empty'), { recursive: true })
    mkdirSync(path.join(dir, 'board', 'not.an.id'), { recursive: true })
    writeFileSync(path.join(dir, 'board', 'not.an.id', 'snapshot.bin'), '')
    mkdirSync(path.join(dir, 'stranger', 'x'), { recursive: true })
    writeFileSync(path.join(dir, 'board', 'stray.txt'), 'x')
    writeFileSync(path.join(dir, 'note'), 'a file where a folder should be')
    expect(await open().list()).toEqual(['board:real'])
  })
})
