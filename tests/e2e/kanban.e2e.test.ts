/**
 * The initiatives kanban in real Chromium against the real server: two people
 * on one board create cards, move them with the mouse and with the keyboard,
 * see whose hand holds a card, delete and undo; the sample board shows cards
 * in every stage, filters, action items ticked off from a card, a phone and English.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.js'
import { dragAnnounced as heard, liftWithKeyboard, screenshot, type TestBrowser } from '../helpers/browser.js'
import { ANNA, BORIS, openTwoCurators, type TwoCurators } from '../helpers/curators.js'
import type { TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const CAMP = 'Летний лагерь для школьников'
const COURT = 'Спортивная площадка у школы'
const MUSEUM = 'Музей под открытым небом'

const column = (page: Page, stageId: string) => page.locator(`section[data-stage-id="${stageId}"]`)
const card = (scope: Page | Locator, title: string) => scope.locator('.kcard:not(.kcard--overlay)', { hasText: title })

/** Card titles of one stage, in order. */
async function titlesIn(page: Page, stageId: string): Promise<string[]> {
  return column(page, stageId).locator('.kcard__edit').allInnerTexts()
}

/** Polls until the stage shows exactly these titles. */
async function expectTitles(page: Page, stageId: string, titles: string[], who: string): Promise<void> {
  await waitFor(async () => JSON.stringify(await titlesIn(page, stageId)) === JSON.stringify(titles), {
    message: `${who}: stage ${stageId} = ${JSON.stringify(titles)} (shows ${JSON.stringify(await titlesIn(page, stageId).catch(() => []))})`,
  })
}

/** A screenshot of what the screen shows (a modal dialog looks wrong in a full-page one). */
async function viewShot(page: Page, name: string): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  await page.screenshot({ path: path.join(root, 'screenshots', `${name}.png`) })
}

describe('initiatives kanban', () => {
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let cast: TwoCurators | undefined

  beforeAll(async () => {
    cast = await openTwoCurators()
    ;({ server, anna, boris } = cast)
  })

  afterAll(() => cast?.close())

  it('two people create cards, move them by mouse and keyboard, delete and undo', async () => {
    const board = await createBoard(server, { title: 'Козыревск — модуль 2025', settlement: 'Козыревск' })
    const a = anna.page
    const b = boris.page
    await a.goto(`${server.url}/b/${board.id}`)
    await a.getByRole('heading', { name: 'Здесь будут инициативы модуля' }).waitFor()
    await screenshot(a, 'kanban-empty-laptop')

    // The empty board's button opens the quick-add of the first stage; Enter adds, the form stays.
    await a.getByRole('button', { name: 'Добавить первую идею' }).click()
    const add = a.getByRole('textbox', { name: 'Название новой карточки в этапе «Идея»' })
    for (const title of [CAMP, COURT, MUSEUM]) {
      await add.fill(title)
      await add.press('Enter')
    }
    await add.press('Escape')
    await expectTitles(a, 'idea', [CAMP, COURT, MUSEUM], 'Anna')
    await expect.poll(() => column(a, 'idea').locator('.kanban__count').innerText()).toBe('3 инициативы')

    await b.goto(`${server.url}/b/${board.id}`)
    await expectTitles(b, 'idea', [CAMP, COURT, MUSEUM], 'Boris')

    // Anna drags the camp card with the mouse to «Черновик проекта»; while her hand holds it Boris sees whose it is.
    const from = await card(a, CAMP).boundingBox()
    const to = await column(a, 'draft').boundingBox()
    if (!from || !to) throw new Error('no layout for the drag')
    await a.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await a.mouse.down()
    await a.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 })
    await a.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 })
    await waitFor(() => card(b, CAMP).locator('.kcard__remote', { hasText: `${ANNA} перетаскивает` }).isVisible(), {
      message: "Anna's hand on the card on Boris's screen",
    })
    await screenshot(b, 'kanban-remote-drag-laptop')
    await a.mouse.move(to.x + to.width / 2, to.y + 90, { steps: 3 })
    await a.mouse.up()
    await expectTitles(a, 'draft', [CAMP], 'Anna')
    await expectTitles(b, 'draft', [CAMP], 'Boris')
    await expectTitles(b, 'idea', [COURT, MUSEUM], 'Boris')
    await waitFor(async () => (await card(b, CAMP).locator('.kcard__remote').count()) === 0, { message: 'the hand gone after the drop' })

    // Boris moves the court card with the keyboard: handle, Space, →, Space.
    await liftWithKeyboard(b.getByRole('button', { name: `Переместить карточку «${COURT}»` }), `Взята карточка „${COURT}“`)
    await b.keyboard.press('ArrowRight')
    await waitFor(async () => (await column(b, 'initiative').locator('.kcard').count()) > 0, { message: 'the card over the next stage' })
    await b.keyboard.press('Space')
    await expectTitles(b, 'initiative', [COURT], 'Boris')
    await expectTitles(a, 'initiative', [COURT], 'Anna')
    await expectTitles(a, 'idea', [MUSEUM], 'Anna')
    await heard(b, `Карточка „${COURT}“ перемещена в этап „Инициатива“, позиция 1 из 1.`)

    // And down within a stage, by keyboard: the museum card goes into «Инициатива», then below the court.
    await liftWithKeyboard(b.getByRole('button', { name: `Переместить карточку «${MUSEUM}»` }), `Взята карточка „${MUSEUM}“`)
    await b.keyboard.press('ArrowRight')
    await heard(b, `Карточка „${MUSEUM}“ над этапом „Инициатива“, позиция 1 из 2.`)
    await b.keyboard.press('ArrowDown')
    await heard(b, `Карточка „${MUSEUM}“ над этапом „Инициатива“, позиция 2 из 2.`)
    await b.keyboard.press('Space')
    await expectTitles(a, 'initiative', [COURT, MUSEUM], 'Anna')

    // Boris edits the court card: tags, owners, a due date already past.
    await card(b, COURT).getByRole('button', { name: COURT, exact: true }).click()
    const dialog = b.getByRole('dialog', { name: 'Карточка инициативы' })
    await dialog.getByLabel('Краткое описание').fill('Площадка для футбола и волейбола рядом со школой.')
    await dialog.getByLabel('Теги', { exact: true }).fill('спорт, молодёжь')
    await dialog.getByLabel('Ответственные', { exact: true }).fill('Борис Иванов')
    await dialog.getByLabel('Срок').fill('2024-05-20')
    await dialog.getByRole('button', { name: 'Сохранить' }).click()
    await waitFor(() => card(a, COURT).getByText('срок прошёл: 20 мая 2024 г.').isVisible(), { message: 'the overdue date on Anna’s card' })
    expect(await card(a, COURT).locator('.tag').allInnerTexts()).toEqual(['спорт', 'молодёжь'])
    await screenshot(a, 'kanban-cards-laptop')

    // Anna deletes the museum card; both lose it; «Отменить» brings it back for both.
    await card(a, MUSEUM).getByRole('button', { name: MUSEUM, exact: true }).click()
    await a.getByRole('dialog').getByRole('button', { name: 'Удалить карточку' }).click()
    await expectTitles(b, 'initiative', [COURT], 'Boris')
    await a.getByText(`Карточка «${MUSEUM}» удалена.`).waitFor()
    await a.getByRole('button', { name: 'Отменить' }).click()
    await expectTitles(a, 'initiative', [COURT, MUSEUM], 'Anna')
    await expectTitles(b, 'initiative', [COURT, MUSEUM], 'Boris')

    // Stages: Boris renames one, adds one; Anna removes «Инициатива» — its cards go to «Идея» — and undoes it.
    await column(b, 'submitted').getByRole('button', { name: 'Действия с этапом «Заявка подана»' }).click()
    await column(b, 'submitted').getByRole('button', { name: 'Переименовать' }).click()
    await b.getByLabel('Новое название этапа «Заявка подана»').fill('Заявка в фонде')
    await b.keyboard.press('Enter')
    await waitFor(() => column(a, 'submitted').getByRole('heading', { name: 'Заявка в фонде' }).isVisible(), { message: 'the renamed stage for Anna' })
    await b.getByRole('button', { name: 'Добавить этап' }).click()
    await b.getByLabel('Название нового этапа').fill('Отчёт сдан')
    await b.keyboard.press('Enter')
    await a.getByRole('heading', { name: 'Отчёт сдан' }).waitFor()

    await column(a, 'initiative').getByRole('button', { name: 'Действия с этапом «Инициатива»' }).click()
    await column(a, 'initiative').getByRole('button', { name: 'Удалить этап' }).click()
    await a.getByText('Удалить этап «Инициатива»? Его 2 карточки перейдут в этап «Идея».').waitFor()
    await viewShot(a, 'kanban-stage-remove-laptop')
    await a.getByRole('button', { name: 'Да, удалить' }).click()
    await expectTitles(b, 'idea', [COURT, MUSEUM], 'Boris')
    expect(await column(b, 'initiative').count()).toBe(0)
    await a.getByRole('button', { name: 'Отменить' }).click()
    await expectTitles(b, 'initiative', [COURT, MUSEUM], 'Boris')
    await expectTitles(b, 'idea', [], 'Boris')
  })

  it('the sample board: stages, filters, action items ticked off from a card, phone and English', async () => {
    const board = await createBoard(server, 'demo')
    const a = anna.page
    await a.goto(`${server.url}/b/${board.id}`)
    const language = 'Корякский язык для детей'
    await card(a, language).waitFor()
    for (const stage of ['idea', 'initiative', 'draft', 'submitted', 'won']) {
      await waitFor(async () => (await column(a, stage).locator('.kcard').count()) > 0, { message: `cards in ${stage}` })
    }
    await waitFor(() => card(a, language).getByText(/открыт\S* поручени/).isVisible(), { message: 'the open action count on the card' })
    const before = await card(a, language).locator('.kcard__fact--actions').innerText()
    await screenshot(a, 'kanban-demo-laptop')

    // Tick one action item off from the card's panel: the card's count goes down.
    await card(a, language).getByRole('button', { name: language, exact: true }).click()
    const dialog = a.getByRole('dialog')
    const boxes = dialog.getByRole('checkbox')
    await waitFor(async () => (await boxes.count()) > 0, { message: 'open action items in the card panel' })
    await viewShot(a, 'kanban-card-dialog-laptop')
    await boxes.first().check()
    await waitFor(async () => (await card(a, language).locator('.kcard__fact--actions').innerText()) !== before, { message: 'the count after ticking' })
    await dialog.getByRole('button', { name: 'Отмена' }).click()

    // Filter by tag: only matching cards stay; the header says how many of how many.
    await a.getByLabel('Тег', { exact: true }).selectOption('культура')
    await waitFor(async () => (await a.locator('.kcard').count()) === 3, { message: 'three cards with «культура»' })
    await expect.poll(() => column(a, 'idea').locator('.kanban__count').innerText()).toBe('1 из 2 инициатив')
    await screenshot(a, 'kanban-filtered-laptop')
    await a.getByRole('button', { name: 'Сбросить фильтры' }).click()

    // A phone: the stages are a strip that snaps; a long press lifts a card, a finger carries it.
    await a.setViewportSize({ width: 390, height: 844 })
    await a.reload()
    await card(a, language).waitFor()
    await screenshot(a, 'kanban-demo-phone')
    await card(a, language).getByRole('button', { name: language, exact: true }).click()
    await a.getByRole('dialog').getByRole('checkbox').first().waitFor()
    await viewShot(a, 'kanban-card-dialog-phone')
    await a.keyboard.press('Escape')
    await a.getByRole('dialog').waitFor({ state: 'detached' })
    const beach = 'Уборка побережья'
    await card(a, beach).scrollIntoViewIfNeeded()
    const from = await card(a, beach).boundingBox()
    if (!from) throw new Error('no layout for the touch drag')
    const touch = await a.context().newCDPSession(a)
    const finger = (type: 'touchStart' | 'touchMove', x: number, y: number) => touch.send('Input.dispatchTouchEvent', { type, touchPoints: [{ x, y }] })
    const y = from.y + 40
    await finger('touchStart', from.x + from.width / 2, y)
    await a.locator('.kcard--overlay').waitFor()
    // As a person does: hold the card at the screen's edge until the next stage scrolls in, then let go over it.
    for (let x = from.x + from.width / 2; x <= 370; x += 20) await finger('touchMove', x, y)
    const target = await waitFor(async () => {
      const box = await column(a, 'initiative').boundingBox()
      return box && box.x < 195 ? box : null
    }, { message: '«Инициатива» scrolled in under the finger' })
    await finger('touchMove', target.x + 40, y)
    await finger('touchMove', target.x + 45, y + 10)
    await viewShot(a, 'kanban-touch-drag-phone')
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await waitFor(async () => (await titlesIn(a, 'initiative')).includes(beach), { message: 'the card carried by a finger into «Инициатива»' })
    await touch.detach()

    // An empty board on a phone.
    const empty = await createBoard(server, { title: 'Усть-Камчатск', settlement: 'Усть-Камчатск' })
    await a.goto(`${server.url}/b/${empty.id}`)
    await a.getByRole('button', { name: 'Добавить первую идею' }).waitFor()
    await screenshot(a, 'kanban-empty-phone')

    // English.
    await a.setViewportSize({ width: 1280, height: 800 })
    await a.goto(`${server.url}/b/${board.id}`)
    await a.getByRole('button', { name: 'English' }).click()
    await a.getByRole('heading', { name: 'Project draft' }).waitFor()
    await screenshot(a, 'kanban-demo-en-laptop')
    // The switch is the account's: back to Russian for whoever signs in next.
    await a.getByRole('button', { name: 'Русский' }).click()
  })
})
