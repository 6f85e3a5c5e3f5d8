/**
 * Real Chromium for end-to-end tests: each `openBrowser()` is a separate
 * person (its own profile folder, so its own localStorage and IndexedDB).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { SESSION_COOKIE } from './accounts.js'
import { waitFor } from './wait.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Debian's Chromium; `scripts/ensure-chromium.mjs` installs it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export interface TestBrowser {
  context: BrowserContext
  page: Page
  /** Closes the browser and removes its profile. */
  close(): Promise<void>
}

export interface BrowserOptions {
  /** Open already signed in as `account` on `server` (its session cookie in the profile). */
  server?: { url: string }
  account?: { cookie: string }
  viewport?: { width: number; height: number }
  /** Browser UI locale (the app's language is its own setting). */
  locale?: string
}

/** Launches a fresh Chromium profile with one page open. */
export async function openBrowser(options: BrowserOptions = {}): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'impact-chromium-'))
  const locale = options.locale ?? 'ru-RU'
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // The browser's own language, as on a Russian system.
    args: [...ARGS, `--lang=${locale}`],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale,
  })
  if (options.server && options.account) {
    await context.addCookies([{ name: SESSION_COOKIE, value: options.account.cookie, url: options.server.url, httpOnly: true, sameSite: 'Lax' }])
  }
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined)
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/** Where a screenshot called `name` goes: `screenshots/<name>.png` (the folder is git-ignored, made when needed). */
export function screenshotPath(name: string): string {
  const dir = path.join(root, 'screenshots')
  mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.png`)
}

/** Saves a full-page PNG as `screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = screenshotPath(name)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/**
 * After a keyboard pick-up, waits until dnd-kit listens for the arrow keys. Its
 * keyboard sensor starts listening one task after the pick-up, and Chromium
 * runs input before timers when busy, so an arrow key sent at once can be
 * lost. A zero-delay timer set now runs after the sensor's.
 */
export async function keyboardDragReady(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
}

/** Waits until the drag-and-drop live region (the one in `scope`) says `text` (what a screen reader reads out). */
export async function dragAnnounced(scope: Page | Locator, text: string): Promise<void> {
  const region = scope.locator('[id^="DndLiveRegion"]')
  await waitFor(async () => (await region.innerText()).includes(text), {
    message: `the announcement ${JSON.stringify(text)} (region says ${JSON.stringify(await region.innerText().catch(() => ''))})`,
  })
}

/** Picks a thing up from its drag handle with the keyboard, and waits as a person would: until the pick-up is heard and the arrows are listened to. */
export async function liftWithKeyboard(handle: Locator, announced: string, scope: Page | Locator = handle.page()): Promise<void> {
  await handle.focus()
  await handle.page().keyboard.press('Space')
  await dragAnnounced(scope, announced)
  await keyboardDragReady(handle.page())
}
