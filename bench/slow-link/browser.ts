/** Chromium for the slow-link bench: one profile per person, pages throttled by CDP. */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import type { Cleanup } from '../cleanup.js'

/** The emulated link: 256 kbit/s down, 128 kbit/s up, 600 ms round trip. */
export const LINK = { downKbit: 256, upKbit: 128, rttMs: 600 }

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A fresh Chromium profile, signed in (its session cookie for `origin`). */
export async function launchPerson(cleanup: Cleanup, session: { origin: string; cookie: string }): Promise<BrowserContext> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'impact-slow-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
    viewport: { width: 1280, height: 800 },
    locale: 'ru-RU',
  })
  cleanup.add(async () => {
    await context.close().catch(() => undefined)
    rmSync(dir, { recursive: true, force: true })
  })
  await context.addCookies([{ name: 'impact_session', value: session.cookie, url: session.origin, httpOnly: true, sameSite: 'Lax' }])
  for (const page of context.pages()) await page.close()
  return context
}

/** Applies the slow link to a page (its requests and websockets). */
export async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LINK.rttMs,
    downloadThroughput: (LINK.downKbit * 1000) / 8,
    uploadThroughput: (LINK.upKbit * 1000) / 8,
  })
}
