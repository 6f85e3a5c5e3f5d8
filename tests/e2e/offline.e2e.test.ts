/**
 * Working with no network, in real Chromium against the real server: Anna's
 * browser goes offline, she edits a consultation note and moves a card with
 * the keyboard, reloads the page (served by the service worker, documents
 * from IndexedDB) and still sees her edits; the tab asks before closing only
 * while something is unsent. Back online, Boris sees every change and the
 * header says all is on the server.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount } from '../helpers/accounts.js'
import { keyboardDragReady, openBrowser, screenshot, type TestBrowser } from '../helpers/browser.js'
import { openTwoCurators, type TwoCurators } from '../helpers/curators.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const CARD = 'Уборка побережья'
const NOTE_TEXT = 'Записано без сети в Палане.'

const cardIn = (page: Page, stage: string) => page.locator(`section[data-stage-id="${stage}"] .kcard:not(.kcard--overlay)`, { hasText: CARD })
const status = (page: Page) => page.locator('.sync')

/** Waits until the header is in `state`; says what it shows otherwise. */
async function headerSays(page: Page, state: string, text: string): Promise<void> {
  await waitFor(
    async () => (await status(page).getAttribute('data-state')) === state && (await status(page).locator('.sync__text').innerText()).startsWith(text),
    { timeout: 15_000, message: `header «${text}» (shows ${JSON.stringify(await status(page).innerText().catch(() => ''))})` },
  )
}

/** A picture of the app bar alone, `screenshots/<name>.png`. */
async function headerShot(page: Page, name: string): Promise<void> {
  mkdirSync(path.join(root, 'screenshots'), { recursive: true })
  await page.locator('.appbar').screenshot({ path: path.join(root, 'screenshots', `${name}.png`) })
}

const unsent = async (page: Page) => Number(await status(page).getAttribute('data-unsent'))

/** Closes the page with its beforeunload handlers; resolves to whether a prompt appeared (which is dismissed, keeping the page). */
async function promptsOnClose(page: Page): Promise<boolean> {
  let asked = false
  const onDialog = (dialog: { type(): string; dismiss(): Promise<void> }) => {
    if (dialog.type() === 'beforeunload') asked = true
    void dialog.dismiss()
  }
  page.on('dialog', onDialog)
  await page.close({ runBeforeUnload: true })
  // Either the prompt came (and was dismissed: the page stays) or the page closed.
  await waitFor(() => asked || page.isClosed(), { message: 'a prompt or the close' })
  page.off('dialog', onDialog)
  return asked
}

describe('offline', () => {
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let cast: TwoCurators | undefined

  beforeAll(async () => {
    cast = await openTwoCurators({ names: ['Анна К.', 'Борис И.'] })
    ;({ server, anna, boris } = cast)
  })

  afterAll(() => cast?.close())

  it('edits a note and moves a card offline, survives a reload, and syncs back', async () => {
    const res = await server.fetch(`/api/boards/demo`, { method: 'POST' })
    expect(res.status).toBe(201)
    const board = (await res.json()) as { id: string }
    const boardUrl = `${server.url}/b/${board.id}`

    // Anna opens the board and the note once online: the app and both documents are now on her device.
    const a = anna.page
    await a.goto(boardUrl)
    await cardIn(a, 'idea').waitFor()
    await headerSays(a, 'saved', 'Все изменения на сервере')
    expect(await status(a).getAttribute('title')).toContain('Можно закрыть вкладку')
    await screenshot(a, 'sync-saved-laptop')
    await headerShot(a, 'sync-header-saved')
    await a.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await waitFor(() => a.evaluate(() => navigator.serviceWorker.controller !== null), { message: 'the service worker controls the page' })
    await a.getByRole('link', { name: 'Консультации' }).click()
    await a.locator('.consult__title').first().click()
    await a.waitForURL(/\/n\/[A-Za-z0-9_-]+$/)
    const noteUrl = a.url()
    await waitFor(async () => (await a.locator('.ProseMirror').innerText()).includes('Решили'), { message: 'the demo note text' })
    await headerSays(a, 'saved', 'Все изменения на сервере')

    const b = boris.page
    await b.goto(boardUrl)
    await cardIn(b, 'idea').waitFor()

    // Offline: a line in the note…
    await anna.context.setOffline(true)
    await headerSays(a, 'offline', 'Нет сети — изменения сохранены на этом устройстве')
    const editor = a.locator('.ProseMirror')
    await editor.click()
    await a.keyboard.press('Control+End')
    await a.keyboard.press('Enter')
    await a.keyboard.type(NOTE_TEXT)
    await waitFor(async () => (await unsent(a)) > 0, { message: 'the note edit counted as unsent' })
    await screenshot(a, 'sync-offline-laptop')
    await headerShot(a, 'sync-header-offline')
    await a.setViewportSize({ width: 390, height: 844 })
    await headerShot(a, 'sync-header-offline-phone')
    await a.setViewportSize({ width: 1280, height: 800 })

    // …and a card moved to «Инициатива» with the keyboard, on the board page.
    await a.goto(boardUrl)
    await cardIn(a, 'idea').waitFor()
    await a.getByRole('button', { name: `Переместить карточку «${CARD}»` }).focus()
    await a.keyboard.press('Space')
    const region = a.locator('[id^="DndLiveRegion"]')
    await waitFor(async () => (await region.innerText()).includes(`Взята карточка „${CARD}“`), { message: 'the card lifted' })
    await keyboardDragReady(a)
    await a.keyboard.press('ArrowRight')
    await waitFor(async () => (await a.locator('section[data-stage-id="initiative"] .kcard').count()) >= 2, { message: 'the card over the next stage' })
    await a.keyboard.press('Space')
    await cardIn(a, 'initiative').waitFor()
    const pending = await unsent(a)
    expect(pending).toBeGreaterThan(1)

    // A reload without a network: the service worker serves the app, IndexedDB the documents.
    await a.reload()
    await cardIn(a, 'initiative').waitFor()
    await headerSays(a, 'offline', 'Нет сети')
    await waitFor(async () => (await unsent(a)) > 0, { message: 'unsent changes remembered across the reload' })
    // Home lists the boards seen before; the note opens from this device.
    await a.goto(server.url)
    await a.getByRole('link', { name: 'Палана' }).first().waitFor()
    await a.goto(noteUrl)
    await waitFor(async () => (await a.locator('.ProseMirror').innerText()).includes(NOTE_TEXT), { message: 'the offline note text after the reload' })

    // With changes only on this device, closing asks first (a click gives the page the activation Chromium requires).
    await a.locator('.ProseMirror').click()
    expect(await promptsOnClose(a)).toBe(true)
    expect(a.isClosed()).toBe(false)
    expect(await b.locator(`section[data-stage-id="idea"]`).innerText()).toContain(CARD)

    // Online again: everything reaches the server and Boris.
    await anna.context.setOffline(false)
    await headerSays(a, 'saved', 'Все изменения на сервере')
    expect(await unsent(a)).toBe(0)
    await cardIn(b, 'initiative').waitFor()
    await b.goto(noteUrl)
    await waitFor(async () => (await b.locator('.ProseMirror').innerText()).includes(NOTE_TEXT), { message: "Anna's offline text on Boris's screen" })

    // All on the server: the tab closes without asking.
    await a.locator('.ProseMirror').click()
    expect(await promptsOnClose(a)).toBe(false)
    expect(a.isClosed()).toBe(true)
  })

  it('shows unsent changes while the server has not confirmed them, in Russian and English', async () => {
    // Acknowledgements at most once a second: typing keeps a few changes unconfirmed.
    const slow = await startServer({ env: { COMMIT_WINDOW_MS: '1000' } })
    let browser: TestBrowser | undefined
    try {
      const res = await slow.fetch(`/api/boards/demo`, { method: 'POST' })
      const board = (await res.json()) as { id: string }
      // Boris on that server: an account of its own, and a browser of its own (the session cookie is per host, not per port).
      const account = await createAccount(slow, { name: 'Борис И.', board: { id: board.id, role: 'activist' } })
      browser = await openBrowser({ server: slow, account })
      const page = browser.page
      await page.goto(`${slow.url}/b/${board.id}/consultations`)
      await page.locator('.consult__title').first().click()
      await page.locator('.ProseMirror').click()
      await headerSays(page, 'saved', 'Все изменения на сервере')
      const typing = page.keyboard.type(' Проверка связи из Козыревска, Эссо и Тиличиков.', { delay: 40 })
      await headerSays(page, 'unsent', 'Не отправлено изменений:')
      await headerShot(page, 'sync-header-unsent')
      await typing
      await headerSays(page, 'saved', 'Все изменения на сервере')
      await page.getByRole('button', { name: 'English' }).click()
      await headerSays(page, 'saved', 'All changes are on the server')
      await headerShot(page, 'sync-header-saved-en')
      await page.getByRole('button', { name: 'Русский' }).click()
    } finally {
      await browser?.close()
      await slow.dispose()
    }
  })

  it('offers a new version quietly and switches when asked', async () => {
    const page = await boris.context.newPage()
    await page.goto(server.url)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await waitFor(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { message: 'the worker controls the page' })
    // A new build: the worker script changes.
    const sw = path.join(root, 'dist/client/sw.js')
    const original = readFileSync(sw, 'utf8')
    try {
      appendFileSync(sw, '\n// a new version\n')
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()))
      const offer = page.getByRole('button', { name: 'Доступна новая версия — обновить' })
      await offer.waitFor({ timeout: 20_000 })
      await headerShot(page, 'sync-header-update')
      await offer.click()
      await page.waitForEvent('load')
      await page.locator('.appbar').waitFor()
      expect(await offer.count()).toBe(0)
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    } finally {
      writeFileSync(sw, original)
      await page.close()
    }
  })
})
