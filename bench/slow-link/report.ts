/** The other person's edit, and the figures as markdown (own file + a section of bench/RESULTS.md). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { listCards, updateCard } from '../../shared/schema/kanban.js'
import type { SyncEndpoint } from '../clients.js'

/** Renames one card of the board from a Node client (another person, on a fast link). */
export async function renameCardAsSomeoneElse(server: SyncEndpoint, boardId: string, from: string, to: string): Promise<void> {
  const doc = new Y.Doc()
  const options = {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: (server.token ? { token: server.token } : {}) as Record<string, string>,
  }
  const provider = new WebsocketProvider(server.wsBase, `board:${boardId}`, doc, options)
  try {
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
    const card = listCards(doc).find((c) => c.title === from)
    if (!card) throw new Error(`no card «${from}»`)
    updateCard(doc, card.id, { title: to })
    // Wait until the server echoes nothing more: a fresh client sees the new title.
    for (;;) {
      const check = new Y.Doc()
      const probe = new WebsocketProvider(server.wsBase, `board:${boardId}`, check, options)
      await new Promise<void>((resolve) => probe.once('sync', () => resolve()))
      const done = listCards(check).some((c) => c.title === to)
      probe.destroy()
      if (done) break
      await new Promise((r) => setTimeout(r, 50))
    }
  } finally {
    provider.destroy()
  }
}

export interface SlowLinkFigures {
  link: { downKbit: number; upKbit: number; rttMs: number }
  firstVisitMs: number
  firstVisitBytes: number
  warmVisitMs: number
  reopenMs: number
  reopenBytesShown: number
  reopenBytesDown: number
  reopenBytesUp: number
  keystrokeMedianMs: number
  keystrokesMs: number[]
  /** Requests that went to the network while reopening (not answered by the service worker), with body sizes. */
  reopenRequests: string[]
}

const START = '<!-- slow-link:start -->'
const END = '<!-- slow-link:end -->'

/** Writes the figures to bench/slow-link/RESULTS.md and into bench/RESULTS.md between markers; returns the table. */
export function recordSection(f: SlowLinkFigures, here: string): string {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const table = [
    `| measure | figure | goal |`,
    `| --- | --- | --- |`,
    `| 1. first visit to a board, until its cards show | ${s(f.firstVisitMs)} (${kb(f.firstVisitBytes)} down) | — |`,
    `| 2. warm visit (service worker + IndexedDB), until its cards show | ${s(f.warmVisitMs)} | ≤ 1 s |`,
    `| 3. reopen with a cached copy after one card changed elsewhere: bytes until the change shows | ${kb(f.reopenBytesShown)} in ${s(f.reopenMs)} | < 5 KB |`,
    `| 3. … all bytes until «Все изменения на сервере» (down / up) | ${kb(f.reopenBytesDown)} / ${kb(f.reopenBytesUp)} | — |`,
    `| 4. a keystroke until it shows in another browser (median of ${f.keystrokesMs.length}) | ${f.keystrokeMedianMs} ms (${f.keystrokesMs.join(', ')}) | — |`,
  ].join('\n')
  const section = [
    START,
    '## Slow link (`npm run bench:slow-link`)',
    '',
    `Chromium with CDP network emulation: ${f.link.downKbit} kbit/s down, ${f.link.upKbit} kbit/s up, ${f.link.rttMs} ms round trip; ` +
      `bytes counted by a TCP proxy in front of the server (HTTP and websocket, after compression). ` +
      `The sample board «Палана» (6 cards, a plan, a consultation). Run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, ` +
      `load average ${(os.loadavg()[0] ?? 0).toFixed(1)} (other work on the machine stretches the times; bytes do not change).`,
    '',
    table,
    '',
    'Notes. CDP emulation here throttles HTTP but not websocket frames, so the proxy also delays and paces websocket bytes to the same link. ' +
      'The first visit includes the service worker precaching the whole app (editor, export and templates chunks too, for offline use); ' +
      'the app\'s files are served gzipped (the JS a board needs is ~190 KB gzip; `npm run build` prints it). ' +
      'HTTP requests that reached the network while reopening: ' +
      `${f.reopenRequests.length > 0 ? f.reopenRequests.join(', ') : 'none'} (the rest — app, board — came from the device). ` +
      'permessage-deflate on the websocket (tests/sync/deflate.test.ts): a 120-card board\'s first download 73 KB without, 7.3 KB with; ' +
      'a returning client with its cached copy after one card changed: ~0.3 KB.',
    END,
  ].join('\n')
  writeFileSync(path.join(here, 'RESULTS.md'), `# Slow-link figures\n\n${section.split('\n').slice(2, -1).join('\n')}\n`)
  const main = path.join(here, '..', 'RESULTS.md')
  const current = existsSync(main) ? readFileSync(main, 'utf8') : ''
  const start = current.indexOf(START)
  const end = current.indexOf(END)
  const next = start >= 0 && end > start ? current.slice(0, start) + section + current.slice(end + END.length) : `${current.trimEnd()}\n\n${section}\n`
  writeFileSync(main, next)
  return table
}
