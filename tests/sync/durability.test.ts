import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as decoding from 'lib0/decoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MessageType } from '../../shared/protocol.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const cleanup: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn()
})

function tempDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'impact-durability-'))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

async function start(dataDir: string, extra: { port?: number; env?: Record<string, string> } = {}): Promise<TestServer> {
  const server = await startServer({ dataDir, ...extra })
  cleanup.push(() => server.dispose())
  return server
}

function client(server: TestServer, docId: string): TestClient {
  const c = connectClient(server, docId)
  cleanup.push(() => c.destroy())
  return c
}

async function readNumbers(server: TestServer, docId: string): Promise<number[]> {
  const reader = connectClient(server, docId)
  try {
    await reader.synced()
    return reader.doc.getArray<number>('n').toArray()
  } finally {
    reader.destroy()
  }
}

describe('durable storage', () => {
  it('a clean restart keeps everything', async () => {
    const dataDir = tempDataDir()
    const first = await start(dataDir)
    const writer = client(first, 'note:restart')
    await writer.synced()
    writer.doc.getText('t').insert(0, 'Палана: протокол консультации')
    writer.doc.getArray<number>('n').push([1, 2, 3])
    await waitFor(async () => (await readNumbers(first, 'note:restart')).length === 3, { message: 'server to have the edits' })
    writer.destroy()
    expect(await first.stop()).toBe(0)

    const second = await start(dataDir)
    const reader = client(second, 'note:restart')
    await reader.synced()
    expect(reader.doc.getText('t').toString()).toBe('Палана: протокол консультации')
    expect(reader.doc.getArray('n').toArray()).toEqual([1, 2, 3])
  })

  it('kill -9 during a stream loses nothing that arrived 100 ms before, and reconnecting clients restore the rest', async () => {
    const dataDir = tempDataDir()
    const first = await start(dataDir)
    const writer = connectClient(first, 'note:crash')
    cleanup.push(() => writer.destroy())
    // A second person's copy proves arrival: the server had an update no later than the witness got it.
    const witness = client(first, 'note:crash')
    await Promise.all([writer.synced(), witness.synced()])
    const arrivedBy = new Map<number, number>()
    witness.doc.getArray<number>('n').observe((event) => {
      for (const item of event.changes.added) for (const n of item.content.getContent() as number[]) arrivedBy.set(n, Date.now())
    })
    const list = writer.doc.getArray<number>('n')
    let killedAt = 0
    // A paced stream of numbered updates; the server is killed in the middle of it.
    await new Promise<void>((resolve) => {
      let i = 0
      const timer = setInterval(() => {
        list.push([i])
        i++
        if (i === 150 && !killedAt) {
          killedAt = Date.now()
          first.proc.kill('SIGKILL')
        }
        if (i >= 200) {
          clearInterval(timer)
          resolve()
        }
      }, 4)
    })
    await first.kill()
    // Neither may bring anything back before the recovered state is read.
    witness.destroy()
    writer.provider.disconnect()

    const second = await start(dataDir, { port: first.port })
    const recovered = new Set(await readNumbers(second, 'note:crash'))
    const mustHave = [...arrivedBy].filter(([, at]) => at <= killedAt - 100).map(([i]) => i)
    expect(mustHave.length).toBeGreaterThan(50)
    for (const i of mustHave) expect(recovered.has(i), `update ${i}, at the server ${killedAt - arrivedBy.get(i)!}+ ms before the kill`).toBe(true)

    writer.provider.connect()
    await waitFor(async () => (await readNumbers(second, 'note:crash')).length === 200, {
      timeout: 20_000,
      message: 'all 200 updates after the writer reconnects',
    })
    expect((await readNumbers(second, 'note:crash')).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i))
  })

  it('a torn record at the end of the log is skipped and every record before it loads', async () => {
    const dataDir = tempDataDir()
    const first = await start(dataDir, { env: { COMPACT_RECORDS: '100000' } })
    const writer = client(first, 'note:torn')
    await writer.synced()
    for (let i = 0; i < 20; i++) writer.doc.getArray<number>('n').push([i])
    // Wait until the server says all 20 are on disk (saved-on-server acknowledgement).
    let saved = new Map<number, number>()
    writer.provider.messageHandlers[MessageType.savedOnServer] = (_encoder, decoder) => {
      saved = Y.decodeStateVector(decoding.readVarUint8Array(decoder))
    }
    writer.provider.ws?.send(Uint8Array.of(MessageType.savedOnServer))
    await waitFor(() => saved.get(writer.doc.clientID) === Y.getState(writer.doc.store, writer.doc.clientID), {
      message: 'the server to have 20 updates on disk',
    })
    writer.destroy()
    await first.kill() // no clean shutdown: the log is not compacted

    const docDir = path.join(dataDir, 'docs', 'note', 'torn')
    const log = readdirSync(docDir).find((f) => f.startsWith('log-'))
    expect(log, `an update log exists in ${readdirSync(docDir).join(', ')}`).toBeDefined()
    const logPath = path.join(docDir, log!)
    truncateSync(logPath, statSync(logPath).size - 3) // tear the last record

    const second = await start(dataDir)
    const numbers = await readNumbers(second, 'note:torn')
    expect(numbers).toEqual(Array.from({ length: 19 }, (_, i) => i))
    await waitFor(() => second.logs.some((l) => l.level === 'warn' && JSON.stringify(l).includes('torn')), {
      message: 'a warning about the torn record',
    })
  })
})
