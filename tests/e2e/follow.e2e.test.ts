/**
 * Consultation mode in real Chromium: Boris follows Anna from her avatar;
 * when she opens a card, goes back to the board, to the consultations and
 * into a note, his screen goes along; he stops (button and Escape) and stays
 * put; when she closes the board, following ends with a note saying so.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addNote } from '../../shared/schema/board.js'
import { createCard } from '../../shared/schema/kanban.js'
import { createAccount } from '../helpers/accounts.js'
import { openBrowser, screenshot, type TestBrowser } from '../helpers/browser.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const ANNA = 'Анна Петрова'
const BORIS = 'Борис Иванов'

describe('following someone during a consultation', () => {
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let seed: TestClient
  let boardId = ''
  let cardId = ''
  let noteId = ''

  beforeAll(async () => {
    server = await startServer()
    const res = await server.fetch(`/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Палана — модуль 2026', settlement: 'Палана' }),
    })
    boardId = ((await res.json()) as { id: string }).id
    seed = connectClient(server, `board:${boardId}`)
    await seed.synced()
    cardId = createCard(seed.doc, { title: 'Медиашкола для подростков', createdBy: 'Мария Т.', stage: 'idea' })
    createCard(seed.doc, { title: 'Музей под открытым небом', createdBy: 'Мария Т.', stage: 'initiative' })
    noteId = addNote(seed.doc, { title: 'Консультация с экспертом по бюджету', createdBy: 'Мария Т.' })
    // Anna is the board's curator, Boris an activist on it.
    const [annaAccount, borisAccount] = await Promise.all([
      createAccount(server, { name: ANNA, board: { id: boardId, role: 'curator' } }),
      createAccount(server, { name: BORIS, board: { id: boardId, role: 'activist' } }),
    ])
    ;[anna, boris] = await Promise.all([openBrowser({ server, account: annaAccount }), openBrowser({ server, account: borisAccount })])
    anna.page.setDefaultTimeout(15_000)
    boris.page.setDefaultTimeout(15_000)
  })

  afterAll(async () => {
    await Promise.all([anna?.close(), boris?.close()])
    seed?.destroy()
    await server?.dispose()
  })

  const followsTo = (b: Page, path: string, what: string) =>
    waitFor(() => new URL(b.url()).pathname === path, { message: `Boris's screen to follow Anna to ${what} (${path})`, timeout: 15_000 })

  it('moves the follower along with the leader and stops on request or when the leader leaves', async () => {
    const a = anna.page
    const b = boris.page
    const board = `/b/${boardId}`
    await a.goto(`${server.url}${board}`)
    await b.goto(`${server.url}${board}`)

    // Boris follows Anna from her avatar.
    const follow = b.getByRole('button', { name: `Следовать за: ${ANNA}` })
    await follow.click()
    const bar = b.locator('.follow-bar')
    await bar.waitFor()
    expect(await bar.innerText()).toContain(`Вы следуете за: ${ANNA}`)
    expect(await follow.getAttribute('aria-pressed')).toBe('true')
    await screenshot(b, 'follow-bar')

    // Anna opens a card: Boris's screen goes there; then back to the board, the consultations, a note.
    await a.getByRole('link', { name: 'Открыть холст инициативы «Медиашкола для подростков»' }).click()
    await followsTo(b, `${board}/i/${cardId}`, 'the card')
    await b.locator('.follow-bar').waitFor()
    // She scrolls down the canvas; his screen scrolls with her.
    await a.locator('.canvas-block').last().waitFor()
    await b.locator('.canvas-block').last().waitFor()
    await a.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await waitFor(async () => (await b.evaluate(() => window.scrollY)) > 200, { message: "Boris's screen to scroll with Anna's" })
    await a.getByRole('navigation', { name: 'Навигация' }).getByRole('link').last().click()
    await followsTo(b, board, 'the board')
    await a.getByRole('link', { name: 'Консультации' }).click()
    await followsTo(b, `${board}/consultations`, 'the consultations')
    await a.getByRole('link', { name: 'Консультация с экспертом по бюджету' }).click()
    await followsTo(b, `${board}/n/${noteId}`, 'the note')
    await b.locator('.ProseMirror').waitFor()
    await screenshot(b, 'follow-bar-note')

    // He stops; she goes back to the board; he stays on the note (he has seen her leave it).
    await b.getByRole('button', { name: 'Перестать следовать' }).click()
    await bar.waitFor({ state: 'detached' })
    await a.getByRole('navigation', { name: 'Навигация' }).getByRole('link').last().click()
    await waitFor(async () => (await b.locator('.presence .avatar').count()) === 1, { message: 'Anna gone from the note on Boris’s screen' })
    expect(new URL(b.url()).pathname).toBe(`${board}/n/${noteId}`)

    // Following again takes him to her; Escape stops it too. On a phone, the bar fits.
    await b.getByRole('link', { name: 'Палана — модуль 2026' }).click()
    await b.setViewportSize({ width: 390, height: 844 })
    await b.getByRole('button', { name: `Следовать за: ${ANNA}` }).click()
    await bar.waitFor()
    await screenshot(b, 'follow-bar-phone')
    await b.keyboard.press('Escape')
    await bar.waitFor({ state: 'detached' })

    // When the leader closes the board, following ends and says why.
    await b.getByRole('button', { name: `Следовать за: ${ANNA}` }).click()
    await b.locator('.follow-bar:not(.follow-bar--ended)').waitFor()
    await a.goto('about:blank')
    const ended = b.locator('.follow-bar--ended')
    await ended.waitFor({ timeout: 15_000 })
    expect(await ended.innerText()).toContain(`${ANNA} больше нет на этой доске`)
  })
})
