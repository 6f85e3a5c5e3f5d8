/**
 * Walks through every view as a new user would — signed in, empty home,
 * first board, notes, a home with many boards (search, edit, archive, delete
 * and undo) — checks what each one says, and saves screenshots of each
 * (desktop and phone) into `screenshots/` to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../helpers/accounts.js'
import { openBrowser, screenshot, type TestBrowser } from '../helpers/browser.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

/** A REST call as `account` (bearer token), as another curator's browser would make it. */
async function post(server: TestServer, account: Account, path: string, body: unknown, method = 'POST'): Promise<{ id: string }> {
  const res = await server.fetch(path, { method, headers: { 'content-type': 'application/json', ...account.headers }, body: JSON.stringify(body) })
  expect(res.ok).toBe(true)
  return (await res.json()) as { id: string }
}

describe('views', () => {
  let server: TestServer
  let desk: TestBrowser
  let phone: TestBrowser
  let anna: Account

  beforeAll(async () => {
    server = await startServer()
    // Two workspace curators: only they start boards, and they see every board.
    const [annaAccount, boris] = await Promise.all([
      createAccount(server, { name: 'Анна Петрова', login: 'anna.petrova', workspaceRole: 'curator' }),
      createAccount(server, { name: 'Борис Иванов', workspaceRole: 'curator' }),
    ])
    anna = annaAccount
    ;[desk, phone] = await Promise.all([
      openBrowser({ server, account: anna }),
      openBrowser({ server, account: boris, viewport: { width: 390, height: 844 } }),
    ])
  })

  afterAll(async () => {
    await Promise.all([desk?.close(), phone?.close()])
    await server?.dispose()
  })

  it('guide a new user from an empty home to a board with notes, and manage many boards', async () => {
    const p = desk.page
    await p.goto(server.url)

    // Signed in: the header names the person.
    await p.getByRole('button', { name: 'Анна Петрова: меню учётной записи' }).waitFor()

    // Empty home explains what a board is, offers to create one or to look at the example.
    await p.getByRole('heading', { name: 'Пока нет ни одной доски' }).waitFor()
    expect(await p.getByText('Доска — общее рабочее место').isVisible()).toBe(true)
    expect(await p.getByRole('button', { name: 'Посмотреть на примере: модуль «Палана»' }).isVisible()).toBe(true)
    await screenshot(p, 'home-empty')
    const m = phone.page
    await m.goto(server.url)
    await m.getByRole('heading', { name: 'Пока нет ни одной доски' }).waitFor()
    await screenshot(m, 'phone-home-empty')

    await p.getByRole('button', { name: 'Создать первую доску' }).click()
    await p.getByLabel('Название', { exact: true }).fill('Палана — модуль 2025')
    await p.getByLabel('Посёлок (необязательно)').fill('Палана')
    await p.getByLabel('Район (необязательно)').fill('Корякский округ')
    await p.getByLabel('Коротко о доске (необязательно)').fill('Инициативы жителей, план встреч и консультации с экспертами.')
    await screenshot(p, 'home-empty-form')
    await p.getByRole('button', { name: 'Создать доску' }).click()

    // The new, empty board explains consultation notes.
    await p.waitForURL(/\/b\/[A-Za-z0-9_-]+$/)
    await p.getByText('Палана, Корякский округ').waitFor()
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

    // Rename one, then delete another: it goes at once, with «Отменить» offered.
    await p.getByRole('button', { name: 'Переименовать «Риски и как их снизить»' }).click()
    await p.getByLabel('Новое название заметки').fill('Риски проекта и как их снизить')
    await p.getByRole('button', { name: 'Сохранить' }).click()
    await p.getByRole('link', { name: 'Риски проекта и как их снизить' }).waitFor()
    await p.getByRole('button', { name: 'Удалить «Партнёры проекта: школа и библиотека»' }).click()
    await p.getByText('2 заметки').waitFor()
    await p.locator('.undo-offer').getByText('Заметка «Партнёры проекта: школа и библиотека» удалена').waitFor()
    await screenshot(p, 'board-delete-undo')
    await p.locator('.undo-offer').getByRole('button', { name: 'Скрыть сообщение' }).click()
    await screenshot(p, 'board-notes')

    // More boards, with long Russian names, for the home list; one archived.
    for (const body of [
      {
        title: 'Козыревск — школа социального проектирования для молодёжи',
        settlement: 'Козыревск',
        district: 'Усть-Камчатский район',
        description: 'Молодёжные проекты посёлка: от идеи на встрече до заявки в фонд. Встречи по субботам в библиотеке, консультации с экспертами онлайн.',
      },
      { title: 'Эссо: этнокультурный центр', settlement: 'Эссо', district: 'Быстринский район' },
      { title: 'Общая доска ресурсного центра' },
    ]) {
      await post(server, anna, '/api/boards', body)
    }
    const old = await post(server, anna, '/api/boards', { title: 'Тигиль — модуль 2024', settlement: 'Тигиль' })
    await post(server, anna, `/api/boards/${old.id}`, { archived: true }, 'PATCH')
    await p.getByRole('link', { name: 'Все доски' }).click()
    await p.getByText('4 доски', { exact: true }).waitFor()
    // Sorted by title.
    const titles = await p.locator('main > .cards .card__title').allInnerTexts()
    expect(titles).toEqual(['Козыревск — школа социального проектирования для молодёжи', 'Общая доска ресурсного центра', 'Палана — модуль 2025', 'Эссо: этнокультурный центр'])
    expect(await p.getByText('Архив: 1 доска').isVisible()).toBe(true)
    expect(await p.getByRole('button', { name: 'Открыть пример заполненной доски: модуль «Палана»' }).isVisible()).toBe(true)
    await screenshot(p, 'home-boards')

    // Search by settlement, as you type.
    await p.getByLabel('Найти доску').fill('эссо')
    await waitFor(async () => (await p.locator('main > .cards .board-card').count()) === 1, { message: 'one board found' })
    await p.getByLabel('Найти доску').fill('Ключи')
    await p.getByText('Ничего не нашлось по запросу «Ключи»').waitFor()
    await screenshot(p, 'home-search-none')
    await p.getByRole('button', { name: 'Показать все доски' }).click()
    await p.getByText('Эссо: этнокультурный центр').waitFor()

    // Edit a board's description.
    await p.getByRole('button', { name: 'Изменить доску «Эссо: этнокультурный центр»' }).click()
    await p.getByLabel('Коротко о доске (необязательно)').fill('Эвенская культура и языки: кружки, праздники, музей под открытым небом.')
    await screenshot(p, 'home-edit')
    await p.getByRole('button', { name: 'Сохранить' }).click()
    await p.getByText('Эвенская культура и языки').waitFor()

    // Archive one (undo offered), then delete one and take it back.
    await p.getByRole('button', { name: 'Убрать доску «Общая доска ресурсного центра» в архив' }).click()
    await p.getByText('Архив: 2 доски').waitFor()
    await p.locator('.undo-offer').getByRole('button', { name: 'Скрыть сообщение' }).click()
    await p.getByRole('button', { name: 'Удалить доску «Эссо: этнокультурный центр»' }).click()
    await p.getByText('2 доски', { exact: true }).waitFor()
    await p.locator('.undo-offer').getByRole('button', { name: 'Отменить' }).click()
    await p.getByText('3 доски', { exact: true }).waitFor()
    await p.getByText('Архив: 2 доски').click()
    await p.getByRole('button', { name: 'Вернуть доску «Тигиль — модуль 2024» из архива' }).waitFor()
    await screenshot(p, 'home-archive')
    await p.reload()
    await p.getByText('3 доски', { exact: true }).waitFor()
    expect(await p.getByText('Эвенская культура и языки').isVisible()).toBe(true)

    // English.
    await p.getByRole('button', { name: 'English' }).click()
    await p.getByText('3 boards', { exact: true }).waitFor()
    await screenshot(p, 'home-boards-en')
    await p.reload()
    await p.getByText('3 boards', { exact: true }).waitFor()
    await p.goto(boardUrl)
    await p.getByRole('heading', { name: 'Consultations' }).waitFor()
    await screenshot(p, 'board-notes-en')
    await p.getByRole('button', { name: 'Русский' }).click()

    // The header's person menu: who is signed in, and the way out.
    await p.getByRole('button', { name: 'Анна Петрова: меню учётной записи' }).click()
    await p.getByText(`логин: ${anna.login}`).waitFor()
    expect(await p.getByText('куратор пространства').isVisible()).toBe(true)
    expect(await p.getByRole('button', { name: 'Выйти' }).isVisible()).toBe(true)
    await screenshot(p, 'person-menu')
    await p.keyboard.press('Escape')
    await p.getByRole('button', { name: 'Выйти' }).waitFor({ state: 'detached' })

    // The same views on a phone.
    await m.goto(server.url)
    await m.getByText('3 доски', { exact: true }).waitFor()
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
