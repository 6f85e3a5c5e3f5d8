/**
 * The draft's tables in real Chromium with two people on the real server:
 * a budget line priced by one (Russian money typing) shows its total and the
 * article's total on the other screen; an activity added under a task shows
 * for the other; a bad amount is refused in place; a removed activity comes
 * back with «Отменить»; rows are reordered by drag (an activity with the
 * mouse, a budget line with the keyboard) for both. Saves screenshots of the calendar plan and the budget
 * (laptop and phone) and the budget in English.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addActivity, addBudgetLine, addListItem, addQuantResult, createDraft, formatAmount, formatRubles, rubles, setDraftPeriod } from '../../shared/draft/index.js'
import { createCard } from '../../shared/schema/kanban.js'
import { builtInTemplate, FPG_TEMPLATE_ID } from '../../shared/templates/index.js'
import { createAccount } from '../helpers/accounts.js'
import { createBoard } from '../helpers/boards.js'
import { dragAnnounced, liftWithKeyboard, openBrowser, type TestBrowser } from '../helpers/browser.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../screenshots')

/** A PNG of one part of the page (the whole draft is too long to look at). */
async function shot(target: Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await target.screenshot({ path: path.join(SHOTS, `${name}.png`) })
}

const plan = (page: Page) => page.locator('#draft-field-calendarPlan')
const budget = (page: Page) => page.locator('#draft-field-budget')
const article = (page: Page, code: string) => budget(page).locator(`[data-article="${code}"]`)
const values = (loc: Locator) => loc.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))

describe('draft tables', () => {
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let seed: TestClient[] = []
  let url = ''

  beforeAll(async () => {
    server = await startServer()
    const boardId = (await createBoard(server, { title: 'Палана — модуль 2026', settlement: 'Палана' })).id
    // Anna runs the workspace; Boris is an activist on this board.
    const [annaAccount, borisAccount] = await Promise.all([
      createAccount(server, { name: 'Анна Петрова', workspaceRole: 'curator' }),
      createAccount(server, { name: 'Борис Иванов', board: { id: boardId, role: 'activist' } }),
    ])
    ;[anna, boris] = await Promise.all([
      openBrowser({ server, account: annaAccount }),
      openBrowser({ server, account: borisAccount, viewport: { width: 390, height: 844 } }),
    ])
    const board = connectClient(server, `board:${boardId}`)
    await board.synced()
    const cardId = createCard(board.doc, { title: 'Корякский язык для детей', createdBy: 'Мария Т.', stage: 'draft' })
    // The draft is made by a stock client, as another person's browser would.
    const initiative = connectClient(server, `initiative:${cardId}`)
    await initiative.synced()
    const doc = initiative.doc
    const template = builtInTemplate(FPG_TEMPLATE_ID)
    if (!template) throw new Error('no ФПГ template')
    createDraft(doc, template)
    setDraftPeriod(doc, { start: '2026-03-01', end: '2026-11-30' })
    const speak = addListItem(doc, 'tasks', 'Создать языковую среду для детей')
    addListItem(doc, 'tasks', 'Вовлечь родителей и старших')
    addActivity(doc, { taskId: speak, title: 'Языковой лагерь «Эвэн»', audience: 'Дети 7–12 лет, 20 человек', place: 'Палана, школа', start: '2026-06-01', end: '2026-06-14', result: '20 детей знают 200 слов' })
    addActivity(doc, { taskId: speak, title: 'Летний выезд в тундру', audience: 'Дети и старейшины', place: 'Тундра у Паланы', start: '2026-12-01', end: '2026-12-10', result: '15 детей' })
    addQuantResult(doc, { indicator: 'Дети, прошедшие занятия', value: 40 })
    addBudgetLine(doc, { article: '1.1', item: 'Руководитель проекта', unit: 'мес.', unitPrice: rubles(60_000), quantity: 9, cofinancing: rubles(60_000) })
    seed = [board, initiative]
    url = `${server.url}/b/${boardId}/i/${cardId}?view=draft`
  })

  afterAll(async () => {
    await Promise.all([anna?.close(), boris?.close()])
    seed.forEach((c) => c.destroy())
    await server?.dispose()
  })

  it('a budget line and an activity typed by one show for the other', async () => {
    const a = anna.page
    const b = boris.page
    await a.goto(url)
    await b.goto(url)
    for (const page of [a, b]) await article(page, '7').waitFor()

    // The ФПГ articles: «1» sums 1.1–1.3, lines go under the nine leaves.
    expect(await budget(a).locator('[data-article]').evaluateAll((els) => els.map((el) => el.getAttribute('data-article')))).toEqual(['1.1', '1.2', '1.3', '2', '3', '4', '5', '6', '7', '8', '9'])
    expect(await budget(a).getByTestId('article-total-1.1').innerText()).toBe(formatRubles(rubles(540_000)))

    // Anna adds a line under 7 «Расходы на проведение мероприятий» and types the money the Russian way.
    await article(a, '7').getByRole('button', { name: 'Добавить расход' }).click()
    const line = article(a, '7').locator('tbody.dt-line').first()
    await line.getByLabel('Наименование').fill('Аренда зала')
    await line.getByLabel('Цена за ед., ₽').fill('1 500,50')
    await line.getByLabel('Кол-во').fill('3')
    await line.getByLabel('Кол-во').press('Tab')
    const total = formatRubles(450_150)
    expect(total).toMatch(/^4\s501,50\s₽$/)
    await waitFor(async () => (await line.getByLabel('Сумма, ₽').innerText()) === total, { message: "the line's total for Anna" })

    // Boris sees the line, its total and the article's total.
    const bLine = article(b, '7').locator('tbody.dt-line').first()
    await waitFor(async () => (await bLine.count()) === 1 && (await bLine.getByLabel('Сумма, ₽').innerText()) === total, { message: "the line's total for Boris" })
    await waitFor(async () => (await budget(b).getByTestId('article-total-7').innerText()) === total, { message: "the article's total for Boris" })
    expect(await bLine.getByLabel('Цена за ед., ₽').inputValue()).toBe(formatAmount(150_050))
    expect(await values(bLine.getByLabel('Наименование'))).toEqual(['Аренда зала'])
    await waitFor(async () => (await budget(b).getByTestId('budget-total').innerText()) === formatRubles(rubles(540_000) + 450_150), { message: 'the overall total for Boris' })

    // A bad amount is refused next to the cell; the stored price stays.
    await line.getByLabel('Софинанс., ₽').fill('12,345')
    await line.getByLabel('Софинанс., ₽').press('Enter')
    await line.getByText('Не похоже на сумму').waitFor()
    expect(await line.getByLabel('Софинанс., ₽').getAttribute('aria-invalid')).toBe('true')
    await line.getByLabel('Софинанс., ₽').fill('500')
    await line.getByLabel('Софинанс., ₽').press('Enter')
    await waitFor(async () => (await bLine.getByLabel('Запрошено, ₽').innerText()) === formatRubles(400_150), { message: 'requested after co-financing' })

    // The kind of cost is guessed until someone says: a hall rented from a company is a third-party service.
    const kind = line.getByLabel('Вид расхода')
    expect(await kind.locator('option:checked').innerText()).toBe('авто: прочее')
    await kind.selectOption('subcontract')
    await waitFor(async () => (await bLine.getByLabel('Вид расхода').inputValue()) === 'subcontract', { message: 'the kind of cost for Boris' })

    // Two people in two cells of one line at once: both kept (one key per cell).
    await Promise.all([line.getByLabel('Комментарий').fill('Актовый зал школы, три дня'), bLine.getByLabel('Единица').fill('дн.')])
    await Promise.all([line.getByLabel('Комментарий').press('Tab'), bLine.getByLabel('Единица').press('Tab')])
    for (const l of [line, bLine]) {
      await waitFor(async () => (await values(l.getByLabel('Комментарий'))).includes('Актовый зал школы, три дня') && (await l.getByLabel('Единица').inputValue()) === 'дн.', { message: 'both cells on both screens' })
    }

    // The line pays for the camp.
    await line.locator('summary').click()
    await line.getByLabel('Языковой лагерь «Эвэн»').check()
    await waitFor(async () => (await bLine.locator('summary').innerText()).includes('Языковой лагерь'), { message: 'the linked activity for Boris' })

    // Anna adds an activity under task 2; Boris sees it there.
    const task2 = plan(a).getByRole('region', { name: /^Задача 2\./ })
    expect(await task2.getByText('Под этой задачей пока нет мероприятий').isVisible()).toBe(true)
    await task2.getByRole('button', { name: 'Добавить мероприятие' }).click()
    await task2.getByLabel('Мероприятие', { exact: true }).fill('Вечер сказок с бабушками')
    await task2.getByLabel('Для кого', { exact: true }).fill('Родители и дети')
    // Days typed the Russian way, whatever the browser's own date format.
    await task2.getByLabel('Дата начала').fill('10.4.2026')
    await task2.getByLabel('Дата окончания').fill('31.04.2026')
    await task2.getByLabel('Дата окончания').press('Enter')
    await task2.getByText('Нет такой даты').waitFor()
    await task2.getByLabel('Дата окончания').fill('12.04.2026')
    await task2.getByLabel('Дата окончания').press('Enter')
    const bTask2 = plan(b).getByRole('region', { name: /^Задача 2\./ })
    await waitFor(async () => (await values(bTask2.getByLabel('Мероприятие', { exact: true }))).includes('Вечер сказок с бабушками'), { message: 'the new activity for Boris' })
    await waitFor(async () => (await bTask2.getByLabel('Дата начала').inputValue()) === '10.04.2026' && (await bTask2.getByLabel('Дата окончания').inputValue()) === '12.04.2026', { message: 'its date for Boris' })

    // The trip in December is outside the project period and says so.
    await plan(b).getByText('Вне срока проекта (с 1 марта 2026 г. по 30 ноября 2026 г.)').waitFor()

    await shot(plan(a), 'draft-calendar-plan')
    await shot(budget(a), 'draft-budget')
    await bTask2.scrollIntoViewIfNeeded()
    await shot(plan(b), 'phone-draft-calendar-plan')
    await shot(budget(b), 'phone-draft-budget')
    await bLine.scrollIntoViewIfNeeded()
    await b.screenshot({ path: path.join(SHOTS, 'phone-draft-budget-line.png') })
  })

  it('removes an activity with «Отменить», and shows the budget in English', async () => {
    const a = anna.page
    const b = boris.page
    const task2 = plan(a).getByRole('region', { name: /^Задача 2\./ })
    await task2.getByRole('button', { name: 'Удалить «Вечер сказок с бабушками»' }).click()
    await waitFor(async () => (await task2.locator('.dt-row').count()) === 0, { message: 'the activity gone' })
    await a.getByRole('button', { name: 'Отменить' }).click()
    await waitFor(async () => (await values(plan(b).getByLabel('Мероприятие', { exact: true }))).includes('Вечер сказок с бабушками'), { message: 'the activity back for Boris' })

    // Move the camp down below the trip and back: order is shared.
    const task1 = plan(a).getByRole('region', { name: /^Задача 1\./ })
    await task1.getByRole('button', { name: 'Опустить «Языковой лагерь «Эвэн»» ниже' }).click()
    await waitFor(async () => (await values(plan(b).getByRole('region', { name: /^Задача 1\./ }).getByLabel('Мероприятие', { exact: true })))[0] === 'Летний выезд в тундру', { message: 'the new order for Boris' })

    // Partners: contribution kinds and the support letter are checkboxes, shared at once.
    const partners = (page: Page) => page.locator('#draft-field-partners')
    await partners(a).getByText('Добавьте партнёров').waitFor()
    await shot(a.locator('#draft-field-team'), 'draft-team-empty')
    await partners(a).getByRole('button', { name: 'Добавить партнёра' }).click()
    await partners(a).getByLabel('Организация').fill('Паланская школа искусств')
    await partners(a).getByLabel('методический').check()
    await partners(a).getByLabel('есть').check()
    await waitFor(async () => (await partners(b).getByLabel('методический').isChecked()) && (await partners(b).getByLabel('есть').isChecked()), { message: "the partner's checkboxes for Boris" })
    expect(await partners(b).getByLabel('денежный').isChecked()).toBe(false)
    await waitFor(async () => (await values(partners(b).getByLabel('Организация'))).includes('Паланская школа искусств'), { message: 'the partner for Boris' })
    await shot(partners(a), 'draft-partners')
    await shot(partners(b), 'phone-draft-partners')
    await shot(a.locator('#draft-field-quantResults'), 'draft-quant-results')

    await a.getByRole('button', { name: 'English' }).click()
    await budget(a).getByText('Budget total').waitFor()
    await shot(budget(a), 'draft-budget-en')
    await a.getByRole('button', { name: 'Русский' }).click()
  })

  it('reorders by drag: an activity by mouse within its task, a budget line by keyboard', async () => {
    const a = anna.page
    const b = boris.page
    await Promise.all([a.goto(url), b.goto(url)])
    const titles = (page: Page) => values(plan(page).getByRole('region', { name: /^Задача 1\./ }).getByLabel('Мероприятие', { exact: true }))
    const items = (page: Page) => values(article(page, '1.1').getByLabel('Наименование'))
    const camp = 'Языковой лагерь «Эвэн»'
    const trip = 'Летний выезд в тундру'
    await waitFor(async () => JSON.stringify(await titles(a)) === JSON.stringify([trip, camp]), { message: 'the order the previous test left' })

    // Mouse: the camp's grip above the trip's row.
    const task1 = plan(a).getByRole('region', { name: /^Задача 1\./ })
    await task1.scrollIntoViewIfNeeded()
    const grip = await task1.getByRole('button', { name: `Перетащить «${camp}»` }).boundingBox()
    const target = await task1.locator('tr.dt-row').first().boundingBox()
    if (!grip || !target) throw new Error('no layout for the row drag')
    await a.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2)
    await a.mouse.down()
    await a.mouse.move(grip.x + grip.width / 2, grip.y - 8, { steps: 4 })
    await a.mouse.move(grip.x + grip.width / 2, target.y + 8, { steps: 15 })
    await task1.locator('tr.dt-row--lifted').waitFor()
    // What the screen shows (a screenshot taller than the window would resize it, which cancels a drag).
    await a.screenshot({ path: path.join(SHOTS, 'draft-row-drag.png') })
    await a.mouse.up()
    for (const [page, who] of [[a, 'Anna'], [b, 'Boris']] as const) {
      await waitFor(async () => JSON.stringify(await titles(page)) === JSON.stringify([camp, trip]), { message: `${who}: the camp first again` })
    }

    // Keyboard: a second line under 1.1 goes above the first: Space, ↑, Space, as a screen reader hears it.
    addBudgetLine(seed[1]!.doc, { article: '1.1', item: 'Бухгалтер', unit: 'мес.', unitPrice: rubles(20_000), quantity: 9 })
    await waitFor(async () => (await items(a)).at(-1) === 'Бухгалтер', { message: 'the new line last under 1.1' })
    const before = await items(a)
    const line = article(a, '1.1')
    await liftWithKeyboard(line.getByRole('button', { name: 'Перетащить «Бухгалтер»' }), `Взята строка «Бухгалтер», место ${before.length} из ${before.length}.`, line)
    await a.keyboard.press('ArrowUp')
    await dragAnnounced(line, `на месте ${before.length - 1} из ${before.length}`)
    await a.keyboard.press('Space')
    const after = [...before.slice(0, -2), 'Бухгалтер', before.at(-2)!]
    for (const [page, who] of [[a, 'Anna'], [b, 'Boris']] as const) {
      await waitFor(async () => JSON.stringify(await items(page)) === JSON.stringify(after), { message: `${who}: ${JSON.stringify(after)} under 1.1` })
    }
  })
})
