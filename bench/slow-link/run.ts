/**
 * `npm run bench:slow-link`: the app on an emulated slow link, in Chromium
 * with CDP network emulation (256 kbit/s down, 128 kbit/s up, 600 ms RTT),
 * against the built server behind a byte-counting proxy. Measures:
 *  1. a first visit to a board until it is interactive (its cards shown);
 *  2. a warm visit (service worker, IndexedDB copy) until interactive;
 *  3. reopening the board with a cached copy after another person changed one
 *     card: bytes on the wire and the time until the change shows;
 *  4. a keystroke's time to appear in another person's browser (median of 7).
 * Prints the figures and writes them to bench/slow-link/RESULTS.md and a
 * section of bench/RESULTS.md. Needs `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { Cleanup } from '../cleanup.js'
import { benchPerson, oursAvailable, startOurs } from '../servers.js'
import { launchPerson, throttle, LINK } from './browser.js'
import { startProxy } from './proxy.js'
import { renameCardAsSomeoneElse, recordSection } from './report.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const DEMO_CARDS = 6
const RENAMED = 'Уборка побережья Паланы — весна'

const started = Date.now()
function log(line: string): void {
  process.stderr.write(`[slow-link +${((Date.now() - started) / 1000).toFixed(1)} s] ${line}\n`)
}

/** Opens `url` in a new throttled page; resolves with the page and the ms until `ready` holds. */
async function visit(context: BrowserContext, url: string, ready: (page: Page) => Promise<unknown>): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage()
  await throttle(context, page)
  const t0 = Date.now()
  await page.goto(url, { waitUntil: 'commit' })
  await ready(page)
  return { page, ms: Date.now() - t0 }
}

const cardsShown = (page: Page) =>
  page.waitForFunction((n) => document.querySelectorAll('.kcard:not(.kcard--overlay)').length >= n, DEMO_CARDS, { timeout: 120_000, polling: 20 })
const headerSaved = (page: Page) => page.waitForSelector('.sync[data-state="saved"]', { timeout: 120_000 })

async function main(): Promise<void> {
  if (!oursAvailable()) throw new Error('build first: npm run build')
  const cleanup = new Cleanup()
  process.once('SIGINT', () => void cleanup.run().then(() => process.exit(130)))
  try {
    const server = await startOurs(cleanup)
    const proxy = await startProxy(server.port, LINK)
    cleanup.add(() => proxy.close())
    const origin = `http://127.0.0.1:${proxy.port}`
    const res = await fetch(`http://127.0.0.1:${server.port}/api/boards/demo`, { method: 'POST', headers: { authorization: `Bearer ${server.token}` } })
    const board = (await res.json()) as { id: string }
    const boardUrl = `${origin}/b/${board.id}`

    const anna = await launchPerson(cleanup, { origin, cookie: await benchPerson(server, 'Анна К.') })
    const boris = await launchPerson(cleanup, { origin, cookie: await benchPerson(server, 'Борис И.') })

    // 1. First visit: nothing on the device.
    proxy.reset()
    const first = await visit(anna, boardUrl, cardsShown)
    const firstBytes = proxy.counts()
    log(`first visit: ${first.ms} ms, ${firstBytes.down} bytes down`)
    await headerSaved(first.page)
    log('saved; waiting for the service worker')
    await first.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await first.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 })
    log('the service worker controls the page')
    // The whole precache is in before the first page goes (the worker installs in the background).
    await first.page.close()

    // 2. Warm visit: the app from the service worker, the board from IndexedDB.
    proxy.reset()
    const warm = await visit(anna, boardUrl, cardsShown)
    log(`warm visit: ${warm.ms} ms, ${proxy.counts().down} bytes down by then`)
    await headerSaved(warm.page)
    await warm.page.close()

    // 3. Someone else changes one card; Anna reopens the board with her copy.
    await renameCardAsSomeoneElse(server, board.id, 'Уборка побережья', RENAMED)
    proxy.reset()
    // What went to the network (not answered by the service worker), with sizes: where the bytes go.
    const requests: string[] = []
    anna.on('requestfinished', (r) => {
      void (async () => {
        if ((await r.response())?.fromServiceWorker()) return
        requests.push(`${r.url().replace(origin, '')} (${(await r.sizes()).responseBodySize} B)`)
      })()
    })
    const reopen = await visit(anna, boardUrl, (page) =>
      page.waitForFunction((title) => document.body.innerText.includes(title), RENAMED, { timeout: 120_000, polling: 20 }),
    )
    const reopenShown = proxy.counts()
    await headerSaved(reopen.page)
    const reopenSaved = proxy.counts()
    const reopenRequests = requests.map((r) => r.replace(board.id, '<id>'))
    log(`reopen requests: ${requests.join(', ')}`)
    log(`reopen: change shown after ${reopen.ms} ms and ${reopenShown.down} bytes down (${reopenSaved.down} down, ${reopenSaved.up} up until «saved»)`)

    // 4. Keystrokes between two browsers, both on the slow link.
    const a = reopen.page
    await a.getByRole('link', { name: 'Консультации' }).click()
    await a.locator('.consult__title').first().click()
    await a.waitForURL(/\/n\/[A-Za-z0-9_-]+$/)
    // Boris has been here before (the app and the note on his device); only the sync is measured.
    const noteUrl = a.url()
    log('note open for Anna; Boris comes once')
    const before = await boris.newPage()
    await before.goto(noteUrl)
    await before.waitForSelector('.ProseMirror', { timeout: 120_000 })
    await before.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await before.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await before.close()
    log('Boris has been here; now on the slow link')
    const b = (
      await visit(boris, noteUrl, (page) =>
        page.waitForSelector('.ProseMirror', { timeout: 120_000 }).catch(async (e: unknown) => {
          await page.screenshot({ path: path.join(here, '..', '.out', 'slow-link-failed.png') })
          throw e
        }),
      )
    ).page
    log('Boris sees the note')
    await a.locator('.ProseMirror').waitFor()
    await a.locator('.ProseMirror').focus()
    await a.keyboard.press('Control+End')
    await a.keyboard.press('Enter')
    log('typing')
    const latencies: number[] = []
    for (const mark of ['①', '②', '③', '④', '⑤', '⑥', '⑦']) {
      const seen = b.waitForFunction((m) => document.querySelector('.ProseMirror')?.textContent?.includes(m) ?? false, mark, {
        timeout: 60_000,
        polling: 'raf',
      })
      const t0 = Date.now()
      await a.keyboard.type(mark)
      await seen
      latencies.push(Date.now() - t0)
    }
    latencies.sort((x, y) => x - y)
    const median = latencies[Math.floor(latencies.length / 2)] ?? 0
    log(`keystroke to the other browser: median ${median} ms (${latencies.join(', ')})`)

    const figures = {
      link: LINK,
      firstVisitMs: first.ms,
      firstVisitBytes: firstBytes.down,
      warmVisitMs: warm.ms,
      reopenMs: reopen.ms,
      reopenBytesShown: reopenShown.down,
      reopenBytesDown: reopenSaved.down,
      reopenBytesUp: reopenSaved.up,
      keystrokeMedianMs: median,
      keystrokesMs: latencies,
      reopenRequests,
    }
    const table = recordSection(figures, here)
    process.stdout.write(`\n${table}\n`)
    const out = path.join(here, '..', '.out')
    mkdirSync(out, { recursive: true })
    writeFileSync(path.join(out, 'slow-link-latest.json'), JSON.stringify(figures, null, 2))
  } finally {
    await cleanup.run()
  }
}

// Exits once the figures are written and everything is cleaned up: a browser's or proxy's
// leftover handle must not keep the run alive.
main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`slow-link bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exit(1)
  },
)
