/**
 * The module plan in real Chromium, two people on one board: an activity
 * dragged to another month (with the mouse, then with the keyboard) shows its
 * new month and date on both screens; adding, filtering, deleting with undo.
 * Saves screenshots (laptop and phone, empty and filled, English).
 */
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCard } from '../../shared/schema/kanban.js'
import { createPlanItem, localDay, upcomingMonths } from '../../shared/schema/plan.js'
import { createAccount } from '../helpers/accounts.js'
import { createBoard } from '../helpers/boards.js'
import { keyboardDragReady, openBrowser, screenshot, type TestBrowser } from '../helpers/browser.js'
import { openTwoCurators, type TwoCurators } from '../helpers/curators.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import type { TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const months = upcomingMonths(new Date(), 6)
const [M0, M1, M2] = months as [string, string, string]
const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}`
/** «12 марта», as the page writes a one-day date (Node and Chromium share the ICU data). */
const ruDay = (iso: string) => new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long' }).format(new Date(`${iso}T12:00:00`))
/** «Март 2027». */
const ruMonth = (month: string) => {
  const name = new Intl.DateTimeFormat('ru', { month: 'long' }).format(new Date(`${month}-01T12:00:00`))
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${month.slice(0, 4)}`
}

const row = (page: Page, title: string): Locator => page.locator('.plan-list__item', { hasText: title })
const monthOf = (page: Page, title: string) => row(page, title).evaluate((el) => el.closest('[data-month]')?.getAttribute('data-month') ?? null)
const dateOf = (page: Page, title: string) => row(page, title).locator('.plan-item__date').innerText()


/** Drags with real mouse events, in small steps, as a hand would (both ends in the middle of the window, away from auto-scroll). */
async function drag(page: Page, from: Locator, to: Locator, whileHeld: () => Promise<void> = async () => undefined): Promise<void> {
  await to.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const a = await from.boundingBox()
  const b = await to.boundingBox()
  if (!a || !b) throw new Error('nothing to drag or nowhere to drop')
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + 12, { steps: 4 })
  await page.mouse.move(b.x + 40, b.y + b.height / 2, { steps: 20 })
  await page.mouse.move(b.x + 42, b.y + b.height / 2 + 2, { steps: 2 })
  await whileHeld()
  await page.mouse.up()
}

describe('module plan', () => {
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let seed: TestClient | null = null
  let cast: TwoCurators | undefined

  beforeAll(async () => {
    cast = await openTwoCurators({ annaViewport: { width: 1280, height: 900 } })
    ;({ server, anna, boris } = cast)
  })

  afterAll(async () => {
    seed?.destroy()
    await cast?.close()
  })

  it('explains an empty plan and adds the first activity', async () => {
    const boardId = (await createBoard(server, { title: 'Козыревск — модуль 2026', settlement: 'Палана' })).id
    const a = anna.page
    await a.goto(`${server.url}/b/${boardId}/plan`)
    await a.getByRole('heading', { name: 'План модуля пока пуст' }).waitFor()
    await screenshot(a, 'plan-empty')
    await a.getByRole('button', { name: 'Добавить первое мероприятие' }).click()
    await a.getByLabel('Название мероприятия').fill('Встреча с жителями')
    await a.getByLabel('Место').fill('Дом культуры')
    await a.getByRole('button', { name: 'Добавить', exact: true }).click()
    await row(a, 'Встреча с жителями').waitFor()
    expect(await monthOf(a, 'Встреча с жителями')).toBe(M0)
    expect(await dateOf(a, 'Встреча с жителями')).toBe(ruDay(localDay(new Date())))
    expect(await a.getByRole('heading', { name: ruMonth(M1) }).isVisible()).toBe(true)
  })

  it('moves activities to another month for everyone, by mouse and by keyboard', async () => {
    const boardId = (await createBoard(server, { title: 'Палана — модуль 2026', settlement: 'Палана' })).id
    seed = connectClient(server, `board:${boardId}`)
    await seed.synced()
    const doc = seed.doc
    const card = createCard(doc, { title: 'Корякский язык для детей', createdBy: 'Мария Т.' })
    createPlanItem(doc, { title: 'Встреча с жителями', start: day(M0, 12), place: 'Дом культуры', owner: 'Анна К.', status: 'done' })
    createPlanItem(doc, { title: 'Мастер-класс по заявке', start: day(M0, 20), end: day(M0, 21), place: 'Школа', owner: 'Виктор Н.', initiativeId: card, status: 'in_progress' })
    createPlanItem(doc, { title: 'Выезд в Лесную', start: day(M1, 8), owner: 'Анна К.' })
    createPlanItem(doc, { title: 'Зимний языковой лагерь', start: day(M2, 3), end: day(M2, 14), place: 'Берег реки', owner: 'Мария Т.', initiativeId: card })
    createPlanItem(doc, { title: 'Отчёт для фонда', start: day(M2, 28), owner: 'Мария Т.', status: 'cancelled' })

    const url = `${server.url}/b/${boardId}/plan`
    const a = anna.page
    const b = boris.page
    await a.goto(url)
    await b.goto(url)
    for (const page of [a, b]) await row(page, 'Отчёт для фонда').waitFor()
    expect(await row(a, 'Мастер-класс по заявке').getByRole('link', { name: 'Инициатива «Корякский язык для детей»' }).isVisible()).toBe(true)
    await screenshot(a, 'plan-filled')
    await screenshot(b, 'plan-filled-1280')

    // Mouse: Anna hides the timeline, then drags «Мастер-класс» from the first month into the second.
    await a.getByRole('button', { name: 'Скрыть шкалу' }).click()
    // While she holds it, Boris sees whose hand it is in.
    await drag(a, row(a, 'Мастер-класс по заявке').locator('.plan-item__handle'), row(a, 'Выезд в Лесную'), async () => {
      await row(b, 'Мастер-класс по заявке').getByText('Анна Петрова переносит').waitFor()
      await screenshot(b, 'plan-held-by-other')
    })
    await waitFor(async () => (await b.getByText('Анна Петрова переносит').count()) === 0, { message: 'the hold released' })
    for (const [page, who] of [
      [a, 'Anna'],
      [b, 'Boris'],
    ] as const) {
      await waitFor(async () => (await monthOf(page, 'Мастер-класс по заявке')) === M1, { message: `the workshop in ${M1} on ${who}'s screen` })
      // Same day of the month, two days long as before: «20–21 <месяца>».
      await waitFor(async () => (await dateOf(page, 'Мастер-класс по заявке')).startsWith('20–21 '), { message: `the new dates on ${who}'s screen` })
    }
    expect(await dateOf(b, 'Мастер-класс по заявке')).toBe(`20–${ruDay(day(M1, 21))}`)

    // Keyboard: Boris picks up «Выезд в Лесную» and moves it down into the third month.
    await row(b, 'Выезд в Лесную').locator('.plan-item__handle').focus()
    await b.keyboard.press('Space')
    await waitFor(() => b.locator('.plan-item--overlay').isVisible(), { message: 'the item picked up' })
    await keyboardDragReady(b)
    const live = b.locator('[id^="DndLiveRegion"]')
    for (let i = 0; i < 6 && !(await live.innerText()).includes(ruMonth(M2)); i++) {
      const said = await live.innerText()
      await b.keyboard.press('ArrowDown')
      await waitFor(async () => (await live.innerText()) !== said, { message: 'the next place announced' })
    }
    // Announced as the list shows it: after the month's first activity.
    expect(await live.innerText()).toContain(`«Выезд в Лесную»: ${ruMonth(M2)}, место 2 из 3.`)
    await b.keyboard.press('Space')
    for (const [page, who] of [
      [a, 'Anna'],
      [b, 'Boris'],
    ] as const) {
      await waitFor(async () => (await monthOf(page, 'Выезд в Лесную')) === M2, { message: `the trip in ${M2} on ${who}'s screen` })
      await waitFor(async () => (await dateOf(page, 'Выезд в Лесную')) === ruDay(day(M2, 8)), { message: `the trip's new date on ${who}'s screen` })
    }
    // It landed where it was announced, and the live region said so in Russian.
    expect(await b.locator(`[data-month="${M2}"] .plan-item__title`).allInnerTexts()).toEqual(['Зимний языковой лагерь', 'Выезд в Лесную', 'Отчёт для фонда'])
    await waitFor(async () => (await live.innerText()).includes(`«Выезд в Лесную» перенесено: ${ruMonth(M2)}, ${ruDay(day(M2, 8))}.`), { message: 'the announcement' })
    await screenshot(b, 'plan-after-moves')
  })

  it('filters, deletes with undo, and reads on a phone and in English', async () => {
    const a = anna.page
    await a.getByRole('button', { name: 'Проведено' }).click()
    await a.getByText('Показано 1 из 5').waitFor()
    expect(await a.locator('.plan-list__item').count()).toBe(1)
    await a.getByRole('button', { name: 'Сбросить' }).click()
    await a.getByLabel('Ответственный').selectOption('Мария Т.')
    await waitFor(async () => (await a.locator('.plan-list__item').count()) === 2, { message: 'two of Maria’s activities' })
    await screenshot(a, 'plan-filtered')
    await a.getByRole('button', { name: 'Сбросить' }).click()

    // Editing the place shows for everyone.
    await a.getByRole('button', { name: 'Изменить «Встреча с жителями»' }).click()
    await a.getByLabel('Место').fill('Библиотека')
    await a.getByRole('button', { name: 'Сохранить' }).click()
    await waitFor(async () => (await row(boris.page, 'Встреча с жителями').innerText()).includes('Библиотека'), { message: 'the new place for Boris' })

    await a.getByRole('button', { name: 'Удалить «Отчёт для фонда»' }).click()
    await waitFor(async () => (await row(a, 'Отчёт для фонда').count()) === 0, { message: 'the deleted row gone' })
    await a.getByText('Мероприятие «Отчёт для фонда» удалено.').waitFor()
    await a.getByRole('button', { name: 'Отменить' }).click()
    await row(a, 'Отчёт для фонда').waitFor()
    await row(boris.page, 'Отчёт для фонда').waitFor()

    // Viktor looks at two boards on his phone: a workspace curator reads every board.
    const viktor = await createAccount(server, { name: 'Виктор Н.', workspaceRole: 'curator' })
    const phone = await openBrowser({ server, account: viktor, viewport: { width: 390, height: 844 } })
    try {
      const m = phone.page
      const empty = (await createBoard(server, { title: 'Эссо — модуль 2026', settlement: 'Палана' })).id
      await m.goto(`${server.url}/b/${empty}/plan`)
      await m.getByRole('heading', { name: 'План модуля пока пуст' }).waitFor()
      await screenshot(m, 'phone-plan-empty')
      await m.goto(a.url())
      await row(m, 'Зимний языковой лагерь').waitFor()
      await screenshot(m, 'phone-plan')
      await m.getByRole('button', { name: `Добавить мероприятие: ${ruMonth(M2)}` }).click()
      await m.getByLabel('Название мероприятия').waitFor()
      await screenshot(m, 'phone-plan-form')
    } finally {
      await phone.close()
    }

    await a.getByRole('button', { name: 'English' }).click()
    await a.getByRole('heading', { name: 'Module plan', level: 2 }).waitFor()
    await screenshot(a, 'plan-filled-en')
    await a.getByRole('button', { name: 'Русский' }).click()
  })
})
