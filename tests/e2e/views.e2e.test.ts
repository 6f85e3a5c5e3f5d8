/**
 * Walks through every view as a new user would — first visit, empty home,
 * first board, notes — checks what each one says, and saves screenshots of
 * each (desktop and phone) into `screenshots/` to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enterName, openBrowser, screenshot, type TestBrowser } from '../helpers/browser.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

describe('views', () => {
  let server: TestServer
  let desk: TestBrowser
  let phone: TestBrowser

  beforeAll(async () => {
    server = await startServer()
    ;[desk, phone] = await Promise.all([openBrowser(), openBrowser({ viewport: { width: 375, height: 740 } })])
  })

  afterAll(async () => {
    await Promise.all([desk?.close(), phone?.close()])
    await server?.dispose()
  })

  it('guide a new user from an empty home to a board with notes', async () => {
    const p = desk.page
    await p.goto(server.url)

    // First visit: the name dialog.
    await p.getByRole('dialog').waitFor()
    await screenshot(p, 'name-dialog')
    await p.getByRole('dialog').getByRole('button', { name: 'Начать работу' }).click()
    await p.getByText('Напишите имя').waitFor()
    await enterName(p, 'Анна Петрова')

    // Empty home explains what a board is and offers to create one.
    await p.getByRole('heading', { name: 'Пока нет ни одной доски' }).waitFor()
    expect(await p.getByText('Доска — общее рабочее место').isVisible()).toBe(true)
    await screenshot(p, 'home-empty')
    await p.getByRole('button', { name: 'Создать первую доску' }).click()
    await p.getByLabel('Название', { exact: true }).fill('Палана — модуль 2025')
    await p.getByLabel('Посёлок (необязательно)').fill('Палана')
    await screenshot(p, 'home-empty-form')
    await p.getByRole('button', { name: 'Создать доску' }).click()

    // The new, empty board explains consultation notes.
    await p.waitForURL(/\/b\/[A-Za-z0-9_-]+$/)
    await p.getByRole('link', { name: 'Консультации' }).click()
    await p.waitForURL(/\/consultations$/)
    const boardUrl = p.url()
    await p.getByRole('heading', { name: 'Заметок пока нет' }).waitFor()
    await screenshot(p, 'board-empty')

    // Three notes through the UI (each opens the note; back to the board).
    for (const title of ['Встреча с экспертом по бюджету', 'Партнёры проекта: школа и библиотека', 'Риски и как их снизить']) {
      await p.getByLabel('Новая заметка — тема консультации').fill(title)
      await p.getByRole('button', { name: 'Добавить заметку' }).click()
      await p.locator('.ProseMirror').waitFor()
      await p.locator('.ProseMirror').click()
      await p.keyboard.type(`Участники: Анна, эксперт фонда. ${title}.`)
      await p.getByRole('link', { name: 'Палана — модуль 2025' }).click()
      await p.waitForURL(boardUrl)
    }
    await p.getByText('3 заметки').waitFor()

    // Rename one, then delete another (after the question).
    await p.getByRole('button', { name: 'Переименовать «Риски и как их снизить»' }).click()
    await p.getByLabel('Новое название заметки').fill('Риски проекта и как их снизить')
    await p.getByRole('button', { name: 'Сохранить' }).click()
    await p.getByRole('link', { name: 'Риски проекта и как их снизить' }).waitFor()
    await p.getByRole('button', { name: 'Удалить «Партнёры проекта: школа и библиотека»' }).click()
    await p.getByRole('button', { name: 'Да, удалить' }).waitFor()
    await screenshot(p, 'board-delete-confirm')
    await p.getByRole('button', { name: 'Да, удалить' }).click()
    await p.getByText('2 заметки').waitFor()
    await screenshot(p, 'board-notes')

    // More boards, with long Russian names, for the home list.
    for (const body of [
      { title: 'Козыревск — школа социального проектирования для молодёжи', settlement: 'Усть-Камчатский район, Козыревск' },
      { title: 'Эссо: этнокультурный центр', settlement: 'Эссо' },
      { title: 'Общая доска ресурсного центра' },
    ]) {
      const res = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      expect(res.status).toBe(201)
    }
    await p.getByRole('link', { name: 'Все доски' }).click()
    await p.getByText('4 доски').waitFor()
    await screenshot(p, 'home-boards')

    // English.
    await p.getByRole('button', { name: 'English' }).click()
    await p.getByText('4 boards').waitFor()
    await screenshot(p, 'home-boards-en')
    await p.reload()
    await p.getByText('4 boards').waitFor()
    await p.goto(boardUrl)
    await p.getByRole('heading', { name: 'Consultations' }).waitFor()
    await screenshot(p, 'board-notes-en')
    await p.getByRole('button', { name: 'Русский' }).click()

    // The name can be changed from the header.
    await p.getByRole('button', { name: 'Анна Петрова — сменить имя' }).click()
    await p.getByRole('dialog').getByRole('heading', { name: 'Ваше имя' }).waitFor()
    await screenshot(p, 'name-change')
    await p.getByRole('dialog').getByRole('textbox').fill('Анна Сергеевна')
    await p.getByRole('dialog').getByRole('button', { name: 'Сохранить' }).click()
    await p.getByRole('button', { name: 'Анна Сергеевна — сменить имя' }).waitFor()

    // The same views on a phone.
    const m = phone.page
    await m.goto(server.url)
    await enterName(m, 'Борис Иванов')
    await m.getByText('4 доски').waitFor()
    await screenshot(m, 'phone-home-boards')
    await m.goto(boardUrl)
    await m.getByText('2 заметки').waitFor()
    await screenshot(m, 'phone-board-notes')
    await m.getByRole('link', { name: 'Встреча с экспертом по бюджету' }).click()
    await m.locator('.ProseMirror').waitFor()
    await waitFor(async () => (await m.locator('.ProseMirror').innerText()).includes('Участники'), { message: 'the note text on the phone' })
    await screenshot(m, 'phone-note')
  })
})
