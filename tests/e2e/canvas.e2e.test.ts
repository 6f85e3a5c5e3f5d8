/**
 * Two people on one initiative's canvas in real Chromium against the real
 * server: a block typed by one shows for the other with its live character
 * count and caret, all blocks ride one websocket per document, collapsed
 * blocks stay collapsed after a reload, and an unknown card says so.
 * Saves screenshots of the canvas (laptop and phone, empty and filled, English).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CANVAS_BLOCKS } from '../../shared/schema/initiative.js'
import { screenshot, type TestBrowser } from '../helpers/browser.js'
import { ANNA, BORIS, openInitiativeScene, type InitiativeScene } from '../helpers/initiative.js'
import type { TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

// 50 characters each: «50 знаков с пробелами» (the «many» form); a second line makes it «54 знака» («few»).
const PROBLEM = 'Дети в Палане почти не слышат корякский язык дома.'
const GOAL = 'К маю 2027 года 30 детей говорят простыми фразами.'

const block = (page: Page, id: string) => page.locator(`#canvas-${id}`)
const editorOf = (page: Page, id: string) => block(page, id).locator('.ProseMirror')
const countOf = (page: Page, id: string) => block(page, id).locator('.canvas-block__count')

describe('initiative canvas', () => {
  let scene: InitiativeScene
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let boardId = ''
  let cardId = ''
  let demoCardId = ''

  beforeAll(async () => {
    // Anna runs the workspace; Boris is an activist on this board, on a phone.
    scene = await openInitiativeScene('activist')
    ;({ server, anna, boris, boardId, cardId, demoCardId } = scene)
  })

  afterAll(() => scene?.close())

  it('two people write one canvas and see each other', async () => {
    const url = `${server.url}/b/${boardId}/i/${cardId}`
    const a = anna.page
    const b = boris.page
    await a.goto(url)
    await b.goto(url)

    for (const page of [a, b]) {
      await waitFor(async () => (await page.getByLabel('Название инициативы').inputValue()) === 'Корякский язык для детей', { message: 'the card title' })
      expect(await page.getByLabel('Этап').inputValue()).toBe('draft')
      // Every block, in the grant logic's order, empty and saying so.
      await editorOf(page, 'geography').waitFor()
      expect(await page.locator('.canvas-block').evaluateAll((els) => els.map((el) => el.getAttribute('data-block')))).toEqual(CANVAS_BLOCKS.map((x) => x.id))
      expect(await countOf(page, 'problem').innerText()).toBe('пусто')
    }
    expect(await block(a, 'tasks').getByText('Одна задача на каждую причину проблемы').isVisible()).toBe(true)
    await screenshot(a, 'canvas-empty')
    await screenshot(b, 'phone-canvas-empty')

    // Anna writes the problem while Boris writes the goal: two editors, one document.
    await editorOf(a, 'problem').click()
    await editorOf(b, 'goal').click()
    await Promise.all([a.keyboard.type(PROBLEM), b.keyboard.type(GOAL)])
    for (const [page, who] of [
      [a, 'Anna'],
      [b, 'Boris'],
    ] as const) {
      await waitFor(async () => (await editorOf(page, 'problem').innerText()).includes(PROBLEM), { message: `the problem on ${who}'s screen` })
      await waitFor(async () => (await editorOf(page, 'goal').innerText()).includes(GOAL), { message: `the goal on ${who}'s screen` })
      await waitFor(async () => (await countOf(page, 'problem').innerText()) === '50 знаков с пробелами', { message: `the problem's count on ${who}'s screen` })
      await waitFor(async () => (await countOf(page, 'goal').innerText()) === '50 знаков с пробелами', { message: `the goal's count on ${who}'s screen` })
    }

    // A second line in the problem: the line break counts as one character, like the grant portals.
    await a.keyboard.press('Enter')
    await a.keyboard.type('Да.')
    await waitFor(async () => (await countOf(b, 'problem').innerText()) === '54 знака с пробелами', { message: 'the count after a second paragraph' })

    // Each sees the other's caret, in the block the other is writing in.
    await waitFor(() => block(a, 'goal').locator('.collaboration-carets__label', { hasText: BORIS }).isVisible(), { message: "Boris's caret in the goal" })
    await waitFor(() => block(b, 'problem').locator('.collaboration-carets__label', { hasText: ANNA }).isVisible(), { message: "Anna's caret in the problem" })
    expect(await block(a, 'problem').locator('.collaboration-carets__label').count()).toBe(0)
    for (const page of [a, b]) await waitFor(async () => (await page.locator('.presence .avatar').count()) === 2, { message: 'two avatars' })

    // Eleven editors, yet one connection per document: 2 people × (board + initiative) + the scene script's 2.
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { connections: number }
    expect(health.connections).toBe(6)

    // The title is the card's: renamed here, renamed for everyone.
    await a.getByLabel('Название инициативы').fill('Корякский язык для детей и родителей')
    await a.getByLabel('Название инициативы').press('Enter')
    await waitFor(async () => (await b.getByLabel('Название инициативы').inputValue()) === 'Корякский язык для детей и родителей', { message: 'the new title for Boris' })
    await expect.poll(() => a.locator('.sync').getAttribute('data-state')).toBe('saved')
    await screenshot(a, 'canvas-two-people')
    await screenshot(b, 'phone-canvas-two-people')
  })

  it('keeps collapsed blocks collapsed for that person after a reload', async () => {
    const a = anna.page
    const b = boris.page
    const toggle = (page: Page, name: string) => page.getByRole('button', { name, exact: true })
    await toggle(a, 'Риски').click()
    expect(await toggle(a, 'Риски').getAttribute('aria-expanded')).toBe('false')
    expect(await editorOf(a, 'risks').count()).toBe(0)
    // A collapsed block shows the start of its text.
    await toggle(a, 'Проблема').click()
    expect(await block(a, 'problem').locator('.canvas-block__preview').innerText()).toContain('Дети в Палане')
    await a.reload()
    await editorOf(a, 'goal').waitFor()
    expect(await toggle(a, 'Риски').getAttribute('aria-expanded')).toBe('false')
    expect(await toggle(a, 'Проблема').getAttribute('aria-expanded')).toBe('false')
    expect(await countOf(a, 'problem').innerText()).toBe('54 знака с пробелами')
    // Only Anna's view: Boris still has every block open.
    expect(await toggle(b, 'Риски').getAttribute('aria-expanded')).toBe('true')

    await a.getByRole('button', { name: 'Свернуть все' }).click()
    expect(await a.locator('.canvas .ProseMirror').count()).toBe(0)
    await screenshot(a, 'canvas-collapsed')
    await a.reload()
    await a.getByRole('button', { name: 'Развернуть все' }).waitFor()
    expect(await a.locator('.canvas-block__toggle[aria-expanded="true"]').count()).toBe(0)
    await a.getByRole('button', { name: 'Развернуть все' }).click()
    await editorOf(a, 'problem').waitFor()
    expect(await a.locator('.canvas .ProseMirror').count()).toBe(CANVAS_BLOCKS.length)

    // The outline jumps to a block and puts the cursor in it.
    await a.getByRole('navigation', { name: 'Разделы канвы' }).getByRole('button', { name: /Партнёры/ }).click()
    await waitFor(() => editorOf(a, 'partners').evaluate((el) => el === document.activeElement), { message: 'the cursor in the partners block' })
  })

  it('shows a filled canvas, in English too, and explains an unknown card', async () => {
    const a = anna.page
    const b = boris.page
    const url = `${server.url}/b/${boardId}/i/${demoCardId}`
    await a.goto(url)
    await waitFor(async () => (await editorOf(a, 'problem').innerText()).length > 100, { message: 'the demo canvas' })
    await a.getByText('Заполнено: 11 из 11').waitFor()
    await screenshot(a, 'canvas-filled')
    await b.goto(url)
    await waitFor(async () => (await editorOf(b, 'problem').innerText()).length > 100, { message: 'the demo canvas on the phone' })
    await screenshot(b, 'phone-canvas-filled')

    await a.getByRole('button', { name: 'English' }).click()
    await a.getByRole('heading', { name: 'Project canvas' }).waitFor()
    expect(await countOf(a, 'tasks').innerText()).toMatch(/^\d[\d,]* characters with spaces$/)
    await screenshot(a, 'canvas-filled-en')
    await a.getByRole('button', { name: 'Русский' }).click()

    // A card that is not on the board: say so and lead back.
    await a.goto(`${server.url}/b/${boardId}/i/no-such-card`)
    await a.getByRole('heading', { name: 'Инициатива не найдена' }).waitFor()
    await screenshot(a, 'canvas-not-found')
    await a.getByRole('link', { name: 'К инициативам доски' }).click()
    await a.waitForURL(`${server.url}/b/${boardId}`)
  })
})
