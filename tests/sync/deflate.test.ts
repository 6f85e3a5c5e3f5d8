/**
 * Small payloads on a slow link: permessage-deflate on the websocket (bytes on
 * the wire with and without it), and a returning client with a cached copy
 * downloading only the difference (a state-vector diff), measured in bytes.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createCard, ensureDefaultStages, getCard, listCards, updateCard } from '../../shared/schema/kanban.js'
import { connectClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'
import { countingWire, type Wire } from './wire.js'

const cleanup: Array<() => unknown> = []
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn()
})

const PLACES = ['Палана', 'Козыревск', 'Эссо', 'Тиличики', 'Оссора', 'Усть-Камчатск']

/** A realistic module board: 120 cards with Russian titles and descriptions. Returns the card ids. */
async function seedBoard(server: TestServer, docId: string): Promise<string[]> {
  const writer = connectClient(server, docId)
  cleanup.push(() => writer.destroy())
  await writer.synced()
  const ids: string[] = []
  writer.doc.transact(() => {
    ensureDefaultStages(writer.doc)
    for (let i = 0; i < 120; i++) {
      const place = PLACES[i % PLACES.length] ?? 'Палана'
      ids.push(
        createCard(writer.doc, {
          title: `Инициатива ${i + 1}: клуб для молодёжи в посёлке ${place}`,
          description: `Собрать инициативную группу, найти помещение в доме культуры, провести ${i % 7 + 2} встречи и подготовить заявку на грант для посёлка ${place}.`,
          tags: ['молодёжь', place],
          owners: ['Анна К.'],
          createdBy: 'Анна К.',
        }),
      )
    }
  })
  // On the server's disk before anyone measures.
  await waitFor(async () => {
    const check = connectClient(server, docId)
    try {
      await check.synced()
      return listCards(check.doc).length === 120
    } finally {
      check.destroy()
    }
  }, { message: 'the board on the server' })
  return ids
}

/** A stock provider whose bytes on the wire are counted. */
function countedClient(server: TestServer, docId: string, wire: Wire, doc = new Y.Doc()): WebsocketProvider {
  const provider = new WebsocketProvider(server.wsUrl, docId, doc, { WebSocketPolyfill: wire.WS, disableBc: true, maxBackoffTime: 500, params: { token: server.token } })
  cleanup.push(() => provider.destroy())
  return provider
}

describe('small payloads', () => {
  it('permessage-deflate shrinks the first download of a board', async () => {
    const figures: Record<string, number> = {}
    for (const deflate of ['on', 'off']) {
      const server = await startServer({ env: { DEFLATE: deflate } })
      cleanup.push(() => server.dispose())
      await seedBoard(server, 'board:deflate')
      const wire = countingWire()
      const reader = countedClient(server, 'board:deflate', wire)
      await waitFor(() => reader.synced, { message: `the reader synced (deflate ${deflate})` })
      figures[deflate] = wire.received()
      if (deflate === 'on') expect(wire.extensions()).toContain('permessage-deflate')
      else expect(wire.extensions()).toBe('')
    }
    console.log(`first download of a 120-card board: ${figures.off} bytes without deflate, ${figures.on} with`)
    expect(figures.on).toBeLessThan((figures.off ?? 0) * 0.6)
  })

  it('a client that does not offer deflate still syncs', async () => {
    const server = await startServer()
    cleanup.push(() => server.dispose())
    await seedBoard(server, 'board:plain-client')
    const wire = countingWire({ deflate: false })
    const reader = countedClient(server, 'board:plain-client', wire)
    await waitFor(() => reader.synced, { message: 'a client without deflate synced' })
    expect(wire.extensions()).toBe('')
    expect(listCards(reader.doc)).toHaveLength(120)
  })

  it('a returning client with its cached copy downloads only what changed', async () => {
    const server = await startServer()
    cleanup.push(() => server.dispose())
    const ids = await seedBoard(server, 'board:return')
    const wire = countingWire()
    const cached = new Y.Doc()
    const anna = countedClient(server, 'board:return', wire, cached)
    await waitFor(() => anna.synced, { message: 'Anna synced' })
    const firstVisit = wire.received()
    anna.disconnect()

    // Boris renames one card while Anna is away.
    const boris = connectClient(server, 'board:return')
    cleanup.push(() => boris.destroy())
    await boris.synced()
    const renamed = 'Клуб настольных игр в библиотеке Паланы'
    updateCard(boris.doc, ids[17] as string, { title: renamed })

    // Anna comes back with her copy: only the difference crosses the wire.
    const before = wire.received()
    anna.connect()
    await waitFor(() => anna.synced && getCard(cached, ids[17] as string)?.title === renamed, {
      message: "Boris's change on Anna's copy",
    })
    const returning = wire.received() - before
    console.log(`returning with a cached copy: ${returning} bytes (first visit ${firstVisit})`)
    expect(returning).toBeLessThan(5 * 1024)
    expect(returning * 10).toBeLessThan(firstVisit)
  })
})
