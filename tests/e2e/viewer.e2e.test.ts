/**
 * A viewer and a curator on one board in real Chromium against the real
 * server: the viewer's browser says it is view only, offers nothing to type,
 * add or drag (kanban, canvas, draft, note), and still shows the curator's
 * edits live; the curator's header links to the members page.
 * Saves screenshots of the viewer's views (laptop and phone, one in English).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDraft } from '../../shared/draft/index.js'
import { listNotes } from '../../shared/schema/board.js'
import { listThreads } from '../../shared/schema/comments.js'
import { canvasFragment } from '../../shared/schema/initiative.js'
import { getCard, listCards } from '../../shared/schema/kanban.js'
import { BUILT_IN_TEMPLATES } from '../../shared/templates/index.js'
import { createAccount, type Account } from '../helpers/accounts.js'
import { createBoard } from '../helpers/boards.js'
import { openBrowser, screenshot, screenshotPath, type TestBrowser } from '../helpers/browser.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const OLGA = 'Ольга Смирнова'
const BANNER = 'Только просмотр: вы наблюдатель на этой доске'
const CURATOR_TEXT = 'Куратор дописал: встречи по субботам в библиотеке.'
const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1280, height: 800 }

const block = (page: Page, id: string) => page.locator(`#canvas-${id}`)
const editorOf = (page: Page, id: string) => block(page, id).locator('.ProseMirror')
const column = (page: Page, stageId: string) => page.locator(`.kanban__column[data-stage-id="${stageId}"]`)

/** Takes the laptop shot, then the phone one (the whole page, or what the screen shows), and goes back to the laptop. */
async function bothSizes(page: Page, name: string, fullPage = true): Promise<void> {
  for (const [size, suffix] of [
    [LAPTOP, 'laptop'],
    [PHONE, 'phone'],
  ] as const) {
    await page.setViewportSize(size)
    if (fullPage) await screenshot(page, `${name}-${suffix}`)
    else await page.screenshot({ path: screenshotPath(`${name}-${suffix}`) })
  }
  await page.setViewportSize(LAPTOP)
}

describe('a viewer on a board', () => {
  let server: TestServer
  let olga: Account
  let curator: TestBrowser
  let viewer: TestBrowser
  let board: TestClient
  let boardId = ''
  let cardId = ''
  let cardTitle = ''
  let noteId = ''

  beforeAll(async () => {
    server = await startServer()
    boardId = (await createBoard(server, 'demo')).id
    olga = await createAccount(server, { name: OLGA, board: { id: boardId, role: 'viewer' } })
    board = connectClient(server, `board:${boardId}`)
    await board.synced()
    // The demo's first card is the one with the filled canvas; its consultation is the demo's note.
    const first = listCards(board.doc).find((c) => c.stage === 'draft') ?? listCards(board.doc)[0]
    if (!first) throw new Error('the demo board has no cards')
    cardId = first.id
    cardTitle = first.title
    noteId = listNotes(board.doc)[0]?.id ?? ''
    ;[curator, viewer] = await Promise.all([openBrowser({ server, account: server.curator }), openBrowser({ server, account: olga })])
  })

  afterAll(async () => {
    await Promise.all([curator?.close(), viewer?.close()])
    board?.destroy()
    await server?.dispose()
  })

  it('shows the kanban read-only: no add, no stage menus, neither cards nor stages move', async () => {
    const v = viewer.page
    await v.goto(`${server.url}/b/${boardId}`)
    await v.getByText(BANNER).waitFor()
    await v.locator('.kcard').first().waitFor()
    expect(await v.getByRole('button', { name: 'Добавить карточку' }).count()).toBe(0)
    expect(await v.getByRole('button', { name: 'Добавить этап' }).count()).toBe(0)
    expect(await v.locator('.kcard__handle, .kanban__stage-handle').count()).toBe(0)
    expect(await v.locator('.kanban__menu-toggle').count()).toBe(0)
    expect(await v.getByRole('link', { name: 'Участники' }).count()).toBe(0)

    // A mouse drag of a card to another stage leaves it where it was, here and on the server.
    const tile = v.locator(`.kcard[data-card-id="${cardId}"]`)
    const stage = getCard(board.doc, cardId)?.stage ?? ''
    const target = ['idea', 'initiative', 'draft', 'submitted'].find((s) => s !== stage) ?? 'idea'
    const from = await tile.boundingBox()
    const to = await column(v, target).boundingBox()
    if (!from || !to) throw new Error('no layout for the drag')
    await v.mouse.move(from.x + from.width / 2, from.y + 20)
    await v.mouse.down()
    await v.mouse.move(from.x + from.width / 2 + 12, from.y + 24, { steps: 4 })
    await v.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 12 })
    expect(await v.locator('.kanban__columns--dragging').count()).toBe(0)
    await v.mouse.up()
    expect(await column(v, stage).locator(`.kcard[data-card-id="${cardId}"]`).count()).toBe(1)
    expect(getCard(board.doc, cardId)?.stage).toBe(stage)

    // Opening a card shows it, without fields to change or a delete button.
    await tile.locator('.kcard__edit').click()
    const dialog = v.getByRole('dialog')
    await dialog.waitFor()
    expect(await dialog.locator('input, textarea, select').count()).toBe(0)
    expect(await dialog.getByRole('button', { name: 'Удалить карточку' }).count()).toBe(0)
    await v.screenshot({ path: screenshotPath('viewer-card-dialog') })
    await v.keyboard.press('Escape')
    await bothSizes(v, 'viewer-kanban')

    // The plan and the consultations: rows to read and open, nothing to add, move or delete.
    await v.getByRole('link', { name: 'План модуля' }).click()
    await v.locator('.plan-item').first().waitFor()
    expect(await v.locator('.plan-item__handle, .plan-item select, .plan-month__add').count()).toBe(0)
    expect(await v.getByRole('button', { name: 'Добавить мероприятие' }).count()).toBe(0)
    await bothSizes(v, 'viewer-plan')
    await v.getByRole('link', { name: 'Консультации' }).click()
    await v.locator('.consult').first().waitFor()
    expect(await v.locator('.consult__actions, input[name="note-title"]').count()).toBe(0)
    await bothSizes(v, 'viewer-consultations')
  })

  it('shows the curator «Участники» and everything to edit', async () => {
    const c = curator.page
    await c.goto(`${server.url}/b/${boardId}`)
    const link = c.getByRole('link', { name: 'Участники' })
    await link.waitFor()
    expect(await link.getAttribute('href')).toBe(`/b/${boardId}/members`)
    expect(await c.getByText(BANNER).count()).toBe(0)
    await c.getByRole('button', { name: 'Добавить карточку' }).first().waitFor()
    await c.setViewportSize(LAPTOP)
    await c.locator('.page__head').screenshot({ path: screenshotPath('curator-board-head-laptop') })
    await c.setViewportSize(PHONE)
    await c.locator('.page__head').screenshot({ path: screenshotPath('curator-board-head-phone') })
    await c.setViewportSize(LAPTOP)
  })

  it("cannot type into the canvas, and sees the curator's edits live", async () => {
    const url = `${server.url}/b/${boardId}/i/${cardId}`
    const v = viewer.page
    const c = curator.page
    await Promise.all([v.goto(url), c.goto(url)])
    await v.getByText(BANNER).waitFor()
    const mine = editorOf(v, 'problem')
    await mine.waitFor()
    expect(await mine.getAttribute('contenteditable')).toBe('false')
    // The title is a heading, not a field.
    await v.getByRole('heading', { level: 1, name: cardTitle }).waitFor()
    expect(await v.locator('.title-input').count()).toBe(0)

    // The text arrives from the server after the editor opens on this device's (empty) copy.
    await waitFor(async () => (await mine.innerText()).includes('Корякский язык'), { message: "the demo's problem text on the viewer's canvas" })
    const before = await mine.innerText()
    await mine.click()
    await v.keyboard.type('лишнее')
    await v.keyboard.press('Enter')
    expect(await mine.innerText()).toBe(before)
    expect(canvasFragment(await initiativeDoc(), 'problem').toString()).not.toContain('лишнее')
    // Nothing in the canvas takes typing, nor a Tab stop to type in.
    expect(await v.locator('.initiative-panel').locator('input, textarea, select, [contenteditable="true"], [tabindex="0"]').count()).toBe(0)

    // The curator writes; the viewer's screen shows it.
    // At the very end of the block's last paragraph: its box's bottom right corner.
    const theirs = editorOf(c, 'problem')
    await waitFor(async () => (await theirs.getAttribute('contenteditable')) === 'true' && (await theirs.innerText()).includes('Корякский язык'), {
      message: "the curator's canvas, loaded and editable",
    })
    const last = theirs.locator('p').last()
    const box = await last.boundingBox()
    if (!box) throw new Error('no layout for the last paragraph')
    await last.click({ position: { x: box.width - 2, y: box.height - 4 } })
    await c.keyboard.press('Enter')
    await c.keyboard.type(CURATOR_TEXT)
    await waitFor(async () => (await mine.innerText()).includes(CURATOR_TEXT), { message: "the curator's text on the viewer's canvas" })
    await v.evaluate(() => window.scrollTo(0, 0))
    await bothSizes(v, 'viewer-canvas', false)
  })

  it('reads the draft: no «Сделать черновик проекта», nothing to type, print instead of files', async () => {
    const v = viewer.page
    await v.goto(`${server.url}/b/${boardId}/i/${cardId}?view=draft`)
    await v.getByText('Черновика заявки пока нет').waitFor()
    expect(await v.getByRole('button', { name: 'Сделать черновик проекта' }).count()).toBe(0)

    // Someone who may edit makes the draft; the viewer's page shows it, read-only.
    const template = BUILT_IN_TEMPLATES[0]
    if (!template) throw new Error('no built-in template')
    const doc = await initiativeDoc()
    createDraft(doc, template, { projectName: cardTitle })
    await v.locator('.draft-form').waitFor()
    await v.locator('.draft-text .ProseMirror, .draft-text__preview').first().waitFor()
    expect(await v.locator('.draft-form input:not([disabled]), .draft-form select, .draft-form textarea').count()).toBe(0)
    expect(await v.locator('.draft-form [contenteditable="true"], .draft-form [tabindex="0"]').count()).toBe(0)
    expect(await v.getByRole('button', { name: 'Сменить шаблон' }).count()).toBe(0)
    expect(await v.getByRole('button', { name: /Word/ }).count()).toBe(0)
    await v.getByRole('button', { name: 'Версия для печати' }).first().waitFor()
    await v.evaluate(() => window.scrollTo(0, 0))
    await bothSizes(v, 'viewer-draft', false)
    await v.locator('.draft-table[data-kind="calendarPlan"]').scrollIntoViewIfNeeded()
    await bothSizes(v, 'viewer-draft-table', false)
    await screenshot(v, 'viewer-draft-full')
    for (const kind of ['partners', 'budget']) {
      await v.locator(`.draft-table[data-kind="${kind}"]`).screenshot({ path: screenshotPath(`viewer-draft-${kind}`) })
    }
  })

  it('reads a consultation note: facts and action items as text, the editor closed', async () => {
    const v = viewer.page
    await v.goto(`${server.url}/b/${boardId}/n/${noteId}`)
    await v.getByText(BANNER).waitFor()
    const body = v.locator('.note-layout .ProseMirror')
    await body.waitFor()
    expect(await body.getAttribute('contenteditable')).toBe('false')
    await v.locator('.action-item').first().waitFor()
    expect(await v.locator('.action-item input, .action-item textarea').count()).toBe(0)
    expect(await v.getByRole('button', { name: 'Добавить поручение' }).count()).toBe(0)
    await bothSizes(v, 'viewer-note')

    // History: a version can be opened and compared, not saved or restored.
    const saved = await server.fetch(`/api/docs/${encodeURIComponent(`note:${noteId}`)}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'После консультации' }),
    })
    expect(saved.status).toBe(201)
    await v.getByRole('button', { name: 'История' }).click()
    const sheet = v.getByRole('dialog')
    await sheet.getByText('После консультации').click()
    await sheet.getByRole('button', { name: /Сравнить/ }).first().waitFor()
    expect(await sheet.getByRole('button', { name: 'Восстановить эту версию' }).count()).toBe(0)
    expect(await sheet.getByRole('button', { name: 'Сохранить версию…' }).count()).toBe(0)
    await v.screenshot({ path: screenshotPath('viewer-history') })
    await v.keyboard.press('Escape')
  })

  it('lets a viewer the curator allows comment a card, and nothing more', async () => {
    const vera = await createAccount(server, { name: 'Вера Коваль', board: { id: boardId, role: 'viewer', viewerMayComment: true } })
    const commenter = await openBrowser({ server, account: vera })
    try {
      const p = commenter.page
      await p.goto(`${server.url}/b/${boardId}`)
      await p.getByText('— можно оставлять комментарии').waitFor()
      expect(await p.getByRole('button', { name: 'Добавить карточку' }).count()).toBe(0)
      await p.locator(`.kcard[data-card-id="${cardId}"] .kcard__edit`).click()
      const box = p.getByRole('dialog').getByLabel('Комментарий к карточке')
      await box.fill('Можно ли прийти на занятие с младшим братом?')
      await p.getByRole('dialog').getByRole('button', { name: 'Отправить' }).click()
      await waitFor(() => listThreads(board.doc, { target: { kind: 'card', id: cardId } }).some((th) => th.replies.some((x) => x.text.includes('младшим братом'))), {
        message: "the viewer's comment on the server",
      })
      await screenshot(p, 'viewer-commenter-card')
      await p.keyboard.press('Escape')

      // In the canvas she cannot type, but selected words can be commented.
      await p.goto(`${server.url}/b/${boardId}/i/${cardId}`)
      const goal = editorOf(p, 'goal')
      await goal.waitFor()
      expect(await goal.getAttribute('contenteditable')).toBe('false')
      await waitFor(async () => (await goal.innerText()).includes('30 детей'), { message: "the demo's goal on the commenter's canvas" })
      await goal.locator('p').first().click({ clickCount: 3 })
      await p.locator('.comment-bubble').getByRole('button', { name: 'Комментировать' }).click()
      await p.getByLabel('Ваш комментарий').fill('Почему именно 30 детей?')
      await p.getByRole('button', { name: 'Отправить' }).click()
      const doc = await initiativeDoc()
      await waitFor(() => listThreads(doc, null).some((th) => th.anchor.kind === 'text' && th.replies.some((x) => x.text === 'Почему именно 30 детей?')), {
        message: "the viewer's comment on the canvas, on the server",
      })
      await p.locator('.comment-mark').first().waitFor()
      await p.setViewportSize(LAPTOP)
      await p.screenshot({ path: screenshotPath('viewer-commenter-canvas') })
    } finally {
      await commenter.close()
    }
  })

  it('says the same in English', async () => {
    const v = viewer.page
    await v.goto(`${server.url}/b/${boardId}`)
    await v.getByText(BANNER).waitFor()
    await v.getByRole('button', { name: 'English' }).click()
    await v.getByText('View only: you are a viewer on this board').waitFor()
    await screenshot(v, 'viewer-kanban-en')
    await v.getByRole('button', { name: 'Русский' }).click()
  })

  /** The card's canvas document, through a script client (opened once). */
  let canvas: TestClient | null = null
  async function initiativeDoc() {
    if (!canvas) {
      canvas = connectClient(server, `initiative:${cardId}`)
      await canvas.synced()
    }
    return canvas.doc
  }
  afterAll(() => canvas?.destroy())
})
