/**
 * Stages of the kanban carried like cards, in real Chromium against the real
 * server: one person drags a column by its name with the mouse (the other
 * sees whose hand holds it) and moves another with the keyboard from its
 * grip; the other person sees the new order; Escape puts a stage back;
 * screen readers hear each step.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.js'
import { dragAnnounced, liftWithKeyboard, screenshotPath, type TestBrowser } from '../helpers/browser.js'
import { openTwoCurators, PHONE, type TwoCurators } from '../helpers/curators.js'
import type { TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const DEFAULT_ORDER = ['idea', 'initiative', 'draft', 'submitted', 'won']

/** Stage ids left to right, as the page shows them. */
const stageOrder = (page: Page) => page.locator('section[data-stage-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-stage-id')))

async function expectOrder(page: Page, order: string[], who: string): Promise<void> {
  await waitFor(async () => JSON.stringify(await stageOrder(page)) === JSON.stringify(order), {
    message: `${who}: stages ${JSON.stringify(order)} (shows ${JSON.stringify(await stageOrder(page).catch(() => []))})`,
  })
}

/** The name row of a stage's header: a pointer carries the column from there. */
const nameRow = (page: Page, stageId: string) => page.locator(`section[data-stage-id="${stageId}"] .kanban__head-row`)

describe('kanban stages', () => {
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let cast: TwoCurators | undefined

  beforeAll(async () => {
    cast = await openTwoCurators()
    ;({ server, anna, boris } = cast)
  })

  afterAll(() => cast?.close())

  it('carries a stage by mouse and by keyboard; the other person sees the order; Escape puts it back', async () => {
    const board = await createBoard(server, 'demo')
    const a = anna.page
    const b = boris.page
    await Promise.all([a.goto(`${server.url}/b/${board.id}`), b.goto(`${server.url}/b/${board.id}`)])
    await expectOrder(a, DEFAULT_ORDER, 'Anna')
    await expectOrder(b, DEFAULT_ORDER, 'Boris')

    // Mouse: «Поддержана» by its name to the far left; the columns make room while it passes.
    const from = await nameRow(a, 'won').boundingBox()
    const to = await nameRow(a, 'idea').boundingBox()
    if (!from || !to) throw new Error('no layout for the stage drag')
    const y = from.y + from.height / 2
    await a.mouse.move(from.x + from.width / 2, y)
    await a.mouse.down()
    await a.mouse.move(from.x + from.width / 2 - 12, y + 2, { steps: 4 })
    await a.locator('.kanban__column--lifted').waitFor()
    await a.mouse.move(to.x + to.width / 2, y + 6, { steps: 25 })
    await dragAnnounced(a, 'Этап „Поддержана“ на месте 1 из 5.')
    // Boris sees whose hand holds the stage, as he would on a card.
    await b.locator('section[data-stage-id="won"] .kanban__remote', { hasText: 'Анна Петрова переносит этап' }).waitFor()
    await a.screenshot({ path: screenshotPath('kanban-stage-drag-laptop') })
    await b.screenshot({ path: screenshotPath('kanban-stage-remote-laptop') })
    await a.mouse.up()
    const wonFirst = ['won', 'idea', 'initiative', 'draft', 'submitted']
    await expectOrder(a, wonFirst, 'Anna after the mouse drop')
    await expectOrder(b, wonFirst, 'Boris after the mouse drop')
    await b.locator('.kanban__remote').waitFor({ state: 'detached' })
    await dragAnnounced(a, 'Этап „Поддержана“ поставлен на место 1 из 5.')

    // Keyboard: the grip of «Идея», one step right, put down.
    await liftWithKeyboard(a.getByRole('button', { name: 'Переместить этап «Идея»' }), 'Взят этап „Идея“, место 2 из 5.')
    await a.keyboard.press('ArrowRight')
    await dragAnnounced(a, 'Этап „Идея“ на месте 3 из 5.')
    await a.keyboard.press('Space')
    const ideaThird = ['won', 'initiative', 'idea', 'draft', 'submitted']
    await expectOrder(a, ideaThird, 'Anna after the keyboard drop')
    await expectOrder(b, ideaThird, 'Boris after the keyboard drop')
    await dragAnnounced(a, 'Этап „Идея“ поставлен на место 3 из 5.')
    // The focus stays on the grip that carried it, ready for the next step.
    await expect.poll(() => a.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Переместить этап «Идея»')

    // Escape: the stage goes back where it was, nothing is written.
    await liftWithKeyboard(b.getByRole('button', { name: 'Переместить этап «Заявка подана»' }), 'Взят этап „Заявка подана“, место 5 из 5.')
    await b.keyboard.press('ArrowLeft')
    await dragAnnounced(b, 'Этап „Заявка подана“ на месте 4 из 5.')
    await b.keyboard.press('Escape')
    await dragAnnounced(b, 'Перемещение отменено. Этап „Заявка подана“ остался на месте 5.')
    await expectOrder(b, ideaThird, 'Boris after Escape')
    await expectOrder(a, ideaThird, 'Anna after Boris pressed Escape')

    // A card's → now goes to the stage that is next on the screen: from «Поддержана» to «Инициатива».
    const title = (await a.locator('section[data-stage-id="won"] .kcard__edit').first().innerText()).trim()
    await liftWithKeyboard(a.getByRole('button', { name: `Переместить карточку «${title}»` }), `Взята карточка „${title}“`)
    await a.keyboard.press('ArrowRight')
    await dragAnnounced(a, `Карточка „${title}“ над этапом „Инициатива“`)
    await a.keyboard.press('Space')
    await waitFor(async () => (await b.locator('section[data-stage-id="initiative"] .kcard__edit').allInnerTexts()).includes(title), {
      message: `Boris: «${title}» in «Инициатива»`,
    })
  })

  it('on a phone, a long press on a stage’s name lifts it and a finger carries it', async () => {
    const board = await createBoard(server, 'demo')
    const b = boris.page
    await b.setViewportSize(PHONE)
    await b.goto(`${server.url}/b/${board.id}`)
    await expectOrder(b, DEFAULT_ORDER, 'Boris on a phone')
    const from = await nameRow(b, 'idea').boundingBox()
    if (!from) throw new Error('no layout for the touch drag')
    const touch = await b.context().newCDPSession(b)
    const finger = (type: 'touchStart' | 'touchMove', x: number, y: number) => touch.send('Input.dispatchTouchEvent', { type, touchPoints: [{ x, y }] })
    const y = from.y + from.height / 2
    await finger('touchStart', from.x + 60, y)
    // The press is held until the column lifts (the sensor's delay), as a person waits for it.
    await b.locator('.kanban__column--lifted').waitFor()
    for (let x = from.x + 60; x <= from.x + 60 + 240; x += 20) await finger('touchMove', x, y)
    await dragAnnounced(b, 'Этап „Идея“ на месте 2 из 5.')
    await b.screenshot({ path: screenshotPath('kanban-stage-touch-phone') })
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await expectOrder(b, ['initiative', 'idea', 'draft', 'submitted', 'won'], 'Boris after the finger let go')
    await touch.detach()
    await b.setViewportSize({ width: 1280, height: 800 })
  })
})
