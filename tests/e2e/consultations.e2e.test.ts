/**
 * Consultations in real Chromium against the real server: two people on one
 * board fill a consultation (expert, participants, linked initiative, action
 * items), see each other's changes, tick and reorder items, delete and undo;
 * and a newcomer opens the demo board from an empty home.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docId } from '../../shared/docId.js'
import { actionsForNote, listConsultations } from '../../shared/schema/consultation.js'
import { listCards } from '../../shared/schema/kanban.js'
import { createAccount } from '../helpers/accounts.js'
import { createBoard } from '../helpers/boards.js'
import { keyboardDragReady, openBrowser, screenshot, type TestBrowser } from '../helpers/browser.js'
import { openTwoCurators, PHONE, type TwoCurators } from '../helpers/curators.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const BOARD = 'Палана — модуль 2025'
const CARD = 'Корякский язык для детей'
const NOTE = 'Консультация по бюджету заявки'
const ITEMS = [
  { text: 'Найти данные переписи о владении корякским языком', owner: 'Анна К.', due: '2020-03-01' },
  { text: 'Получить письмо поддержки от школы', owner: 'Виктор Н.', due: '2099-12-31' },
  { text: 'Пересчитать смету с учётом доставки материалов', owner: 'Мария Т.', due: '' },
]

/** The texts of the action items on a page, in order. */
async function itemTexts(page: Page): Promise<string[]> {
  return page.locator('.action-item__text').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))
}


describe('consultations', () => {
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let board: TestClient | undefined
  let cast: TwoCurators | undefined

  beforeAll(async () => {
    cast = await openTwoCurators({ borisViewport: PHONE })
    ;({ server, anna, boris } = cast)
  })

  afterAll(async () => {
    board?.destroy()
    await cast?.close()
  })

  it('two people fill a consultation, tick and reorder its action items, delete and undo', async () => {
    const boardId = (await createBoard(server, { title: BOARD, settlement: 'Палана' })).id
    // A script client watches the board document, to check what the screens write.
    board = connectClient(server, docId('board', boardId))
    await board.synced()

    // An initiative to link, made on the kanban.
    const a = anna.page
    await a.goto(`${server.url}/b/${boardId}`)
    await a.getByRole('button', { name: 'Добавить первую идею' }).click()
    const addCard = a.getByRole('textbox', { name: 'Название новой карточки в этапе «Идея»' })
    await addCard.fill(CARD)
    await addCard.press('Enter')
    await waitFor(() => listCards(board!.doc).some((c) => c.title === CARD), { message: 'the card in the board document' })
    await addCard.press('Escape')

    await a.getByRole('link', { name: 'Консультации' }).click()
    await a.getByRole('heading', { name: 'Заметок пока нет' }).waitFor()
    await screenshot(a, 'consultations-empty')
    await a.getByLabel('Новая заметка — тема консультации').fill(NOTE)
    await a.getByRole('button', { name: 'Добавить заметку' }).click()
    await a.waitForURL(/\/n\/[A-Za-z0-9_-]+$/)
    const noteUrl = a.url()
    const noteId = noteUrl.split('/').pop() as string
    await a.getByText('Пока нет поручений').waitFor()
    await screenshot(a, 'note-empty')

    // The facts: expert, participants, linked initiative.
    await a.getByLabel('Эксперт').fill('Ирина Соколова')
    await a.getByLabel('Эксперт').press('Enter')
    for (const name of ['Анна К.', 'Виктор Н.', 'Мария Т.']) {
      await a.getByLabel('Имя участника').fill(name)
      await a.getByLabel('Имя участника').press('Enter')
      await a.getByRole('button', { name: `Убрать участника ${name}` }).waitFor()
    }
    await a.getByLabel('Инициатива', { exact: true }).selectOption({ label: CARD })
    await a.getByRole('link', { name: 'Открыть инициативу' }).waitFor()

    // Three action items.
    for (const item of ITEMS) {
      await a.getByLabel('Новое поручение', { exact: true }).fill(item.text)
      await a.getByLabel('Кто делает', { exact: true }).fill(item.owner)
      await a.getByLabel('Срок', { exact: true }).fill(item.due)
      await a.getByRole('button', { name: 'Добавить поручение' }).click()
      await a.getByLabel(`Выполнено: ${item.text}`).waitFor()
    }
    expect(await itemTexts(a)).toEqual(ITEMS.map((i) => i.text))
    // The one due in 2020 is overdue.
    expect(await a.locator('.action-item--overdue .action-item__text').inputValue()).toBe(ITEMS[0]!.text)

    // Boris, on a phone, sees it all.
    const b = boris.page
    await b.goto(noteUrl)
    await waitFor(async () => JSON.stringify(await itemTexts(b)) === JSON.stringify(ITEMS.map((i) => i.text)), { message: "the items on Boris's screen" })
    expect(await b.getByLabel('Эксперт').inputValue()).toBe('Ирина Соколова')
    await b.getByRole('button', { name: 'Убрать участника Виктор Н.' }).waitFor()
    expect(await b.getByLabel('Инициатива', { exact: true }).locator('option:checked').innerText()).toBe(CARD)

    // Boris ticks one off; Anna sees it done.
    await b.getByLabel(`Выполнено: ${ITEMS[1]!.text}`).check()
    await waitFor(() => a.getByLabel(`Выполнено: ${ITEMS[1]!.text}`).isChecked(), { message: 'the tick on Anna\'s screen' })
    await a.getByText('открыто 2 из 3').waitFor()

    // Anna moves the last item to the top with the keyboard; Boris sees the new order.
    await a.getByRole('button', { name: `Переместить: ${ITEMS[2]!.text}` }).focus()
    // Each step waits for what a screen reader hears.
    const said = (text: string) => a.locator('[aria-live]', { hasText: text }).first().waitFor({ state: 'attached' })
    await a.keyboard.press('Space')
    await said('взято. Место 3 из 3')
    await keyboardDragReady(a)
    await a.keyboard.press('ArrowUp')
    await said('на месте 2 из 3')
    await a.keyboard.press('ArrowUp')
    await said('на месте 1 из 3')
    await a.keyboard.press('Space')
    await said('поставлено на место 1 из 3')
    const moved = [ITEMS[2]!.text, ITEMS[0]!.text, ITEMS[1]!.text]
    await waitFor(async () => JSON.stringify(await itemTexts(b)) === JSON.stringify(moved), { message: 'the new order on Boris\'s screen' })

    // Boris edits a text in place; Anna sees it.
    const edited = 'Получить письмо поддержки от школы и библиотеки'
    const field = b.locator('.action-item__text').nth(2)
    await field.fill(edited)
    await field.press('Enter')
    await waitFor(async () => (await itemTexts(a))[2] === edited, { message: 'the edited text on Anna\'s screen' })
    await screenshot(a, 'note-filled')
    await screenshot(b, 'phone-note-filled')

    // Boris deletes an item and takes it back.
    await b.getByRole('button', { name: `Удалить поручение: ${ITEMS[0]!.text}` }).click()
    await waitFor(async () => (await itemTexts(a)).length === 2, { message: 'the deletion on Anna\'s screen' })
    await b.locator('.undo-offer').getByRole('button', { name: 'Отменить' }).click()
    await waitFor(async () => (await itemTexts(a)).length === 3, { message: 'the item back on Anna\'s screen' })

    // The list says it all: date, expert, participants, initiative, open items.
    await a.getByRole('link', { name: BOARD }).click()
    await a.waitForURL(/\/consultations$/)
    const row = a.locator('.consult', { hasText: NOTE })
    await row.getByText('Эксперт: Ирина Соколова').waitFor()
    await row.getByText('Участники: Анна К., Виктор Н., Мария Т.').waitFor()
    await row.getByRole('link', { name: CARD }).waitFor()
    await row.getByText('Поручения: открыто 2 из 3').waitFor()
    await row.getByText('просрочено: 1').waitFor()
    await screenshot(a, 'consultations-list')

    // Anna deletes the consultation: gone for Boris too, then back with its items.
    await a.getByRole('button', { name: `Удалить «${NOTE}»` }).click()
    await a.getByText('Заметок пока нет').waitFor()
    await b.getByRole('heading', { name: 'Заметка не найдена' }).waitFor()
    expect(listConsultations(board.doc)).toHaveLength(0)
    await a.locator('.undo-offer').getByText(`Заметка «${NOTE}» удалена вместе с 3 поручениями`).waitFor()
    await screenshot(a, 'consultations-undo')
    await a.locator('.undo-offer').getByRole('button', { name: 'Отменить' }).click()
    await row.getByText('Поручения: открыто 2 из 3').waitFor()
    await waitFor(() => actionsForNote(board!.doc, noteId).length === 3, { message: 'the items back in the board document' })
    await b.goto(noteUrl)
    await waitFor(async () => (await itemTexts(b)).length === 3, { message: 'the items back on Boris\'s screen' })
    expect(await b.getByLabel(`Выполнено: ${edited}`).isChecked()).toBe(true)

    // English.
    await a.getByRole('button', { name: 'English' }).click()
    await a.goto(noteUrl)
    await a.getByRole('heading', { name: 'Action items' }).waitFor()
    await screenshot(a, 'note-filled-en')
    await a.getByRole('button', { name: 'Русский' }).click()
  })
})

describe('the demo board', () => {
  let server: TestServer
  let visitor: TestBrowser

  beforeAll(async () => {
    server = await startServer()
    // Only a workspace curator may start a board, the demo too.
    const olga = await createAccount(server, { name: 'Ольга Е.', workspaceRole: 'curator' })
    visitor = await openBrowser({ server, account: olga })
  })

  afterAll(async () => {
    await visitor?.close()
    await server?.dispose()
  })

  it('opens from an empty home, and its consultation has action items', async () => {
    const p = visitor.page
    await p.goto(server.url)
    await p.getByRole('heading', { name: 'Пока нет ни одной доски' }).waitFor()
    await p.getByRole('button', { name: 'Посмотреть на примере: модуль «Палана»' }).click()
    await p.waitForURL(/\/b\/[A-Za-z0-9_-]+$/)
    await p.getByRole('heading', { level: 1, name: 'Палана' }).waitFor()
    await p.getByRole('link', { name: 'Консультации' }).click()
    const row = p.locator('.consult').first()
    await row.getByText('Поручения: открыто 2 из 3').waitFor()
    await row.locator('.consult__title').click()
    await p.waitForURL(/\/n\/[A-Za-z0-9_-]+$/)
    await waitFor(async () => (await itemTexts(p)).length === 3, { message: 'the demo action items' })
    expect(await p.locator('.action-item--done').count()).toBe(1)
    expect(await p.getByLabel('Эксперт').inputValue()).toContain('Ирина Соколова')
    await waitFor(async () => (await p.locator('.ProseMirror').innerText()).includes('Решили'), { message: 'the demo note text' })
    await screenshot(p, 'demo-note')
  })
})
