/**
 * The project draft in real Chromium with two people on the real server: a
 * canvas block becomes a pre-filled ФПГ draft, a field typed past its limit
 * turns red on the other screen, the readiness list points at it, and the
 * Word file comes down under its Russian name. Saves screenshots of the empty
 * state, a filled draft (laptop, phone, English), a red counter, the
 * readiness panel and the print view.
 */
import { readFileSync } from 'node:fs'
import type { Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot, screenshotPath, type TestBrowser } from '../helpers/browser.js'
import { ANNA, BORIS, openInitiativeScene, type InitiativeScene } from '../helpers/initiative.js'
import type { TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const PROBLEM = 'Дети в Палане почти не слышат корякский язык дома.'
/** Past the ФПГ's 5000 characters for field 8 once added to what is there. */
const LONG = 'Бабушки говорят по-корякски, а внуки отвечают по-русски. '.repeat(90)

/** What is on the screen now (not the whole page), as `screenshots/<name>.png`. */
const viewShot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(name) })

const field = (page: Page, id: string) => page.locator(`#draft-field-${id}`)
const counterOf = (page: Page, id: string) => field(page, id).locator('.draft-counter')

describe('project draft', () => {
  let scene: InitiativeScene
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let boardId = ''
  let cardId = ''
  let demoCardId = ''

  beforeAll(async () => {
    // Anna runs the workspace (and exports); Boris is the board's ambassador, on a phone.
    scene = await openInitiativeScene('ambassador')
    ;({ server, anna, boris, boardId, cardId, demoCardId } = scene)
  })

  afterAll(() => scene?.close())

  it('makes a draft from the canvas, turns a counter red for the other person, points at it and exports Word', async () => {
    const url = `${server.url}/b/${boardId}/i/${cardId}`
    const a = anna.page
    const b = boris.page
    await a.goto(url)

    // Anna writes the problem on the canvas, then opens the draft view.
    await a.locator('#canvas-problem .ProseMirror').click()
    await a.keyboard.type(PROBLEM)
    await a.getByRole('tab', { name: 'Черновик проекта' }).click()
    await waitFor(() => new URL(a.url()).searchParams.get('view') === 'draft', { message: 'the view in the address' })
    const create = a.getByRole('button', { name: 'Сделать черновик проекта' })
    await waitFor(() => create.isEnabled(), { message: 'the create button once in sync' })
    expect(await a.getByLabel('Форма конкурса').locator('option:checked').innerText()).toBe('Заявка ФПГ')
    expect(await a.locator('#draft-new-template-about').innerText()).toContain('Фонд президентских грантов')
    await screenshot(a, 'draft-empty')
    await create.click()

    // The ФПГ form, pre-filled: the problem from the canvas, the project name from the card.
    await waitFor(async () => (await field(a, 'problem').innerText()).includes(PROBLEM), { message: 'the problem pre-filled' })
    await waitFor(async () => (await field(a, 'title').innerText()).includes('Корякский язык для детей'), { message: 'the title pre-filled' })
    expect(await a.getByText('Форма: Заявка ФПГ').isVisible()).toBe(true)
    expect(await counterOf(a, 'problem').getAttribute('data-status')).toBe('ok')

    // Field 2 is one line in the form: Enter does not start a second paragraph.
    await field(a, 'title').locator('[data-draft-focus], .ProseMirror').first().click()
    const title = field(a, 'title').locator('.ProseMirror')
    await waitFor(() => title.evaluate((el) => el === document.activeElement), { message: 'the cursor in field 2' })
    await a.keyboard.press('End')
    await a.keyboard.press('Enter')
    await a.keyboard.type(' и родителей')
    await waitFor(async () => (await title.innerText()).trim() === 'Корякский язык для детей и родителей', { message: 'the longer title' })
    expect(await title.locator('p').count()).toBe(1)

    // Boris opens the same draft by its address on his phone.
    await b.goto(`${url}?view=draft`)
    await waitFor(async () => (await field(b, 'problem').innerText()).includes(PROBLEM), { message: "the problem on Boris's phone" })
    expect(await b.getByRole('tab', { name: 'Черновик проекта' }).getAttribute('aria-selected')).toBe('true')

    // Anna pastes far past field 8's limit; Boris's counter turns red.
    await field(a, 'problem').locator('[data-draft-focus], .ProseMirror').first().click()
    const editor = field(a, 'problem').locator('.ProseMirror')
    await waitFor(() => editor.evaluate((el) => el === document.activeElement), { message: 'the cursor in field 8' })
    await a.keyboard.press('ControlOrMeta+End')
    await a.keyboard.insertText(` ${LONG}`)
    await waitFor(async () => (await counterOf(b, 'problem').getAttribute('data-status')) === 'red', { message: "Boris's counter red" })
    expect((await counterOf(b, 'problem').locator('.draft-counter__text').innerText()).replace(/\u00a0/g, ' ')).toMatch(/^\d \d{3} \/ 5 000 знаков$/)
    await field(b, 'problem').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await viewShot(b, 'phone-draft-red-counter')
    expect(await counterOf(a, 'problem').getAttribute('data-status')).toBe('red')

    // The readiness list names it; its link takes the cursor back to the field.
    await a.getByLabel('Организация-заявитель').click()
    const problem = a.locator('.readiness__item[data-code="field.overLimit"]')
    await waitFor(() => problem.isVisible(), { message: 'the over-limit problem listed' })
    expect(await problem.innerText()).toContain('8 Описание проблемы')
    await problem.evaluate((el) => el.scrollIntoView({ block: 'nearest' }))
    await viewShot(a, 'draft-readiness')
    await problem.getByRole('link').click()
    await waitFor(() => a.evaluate(() => document.activeElement?.closest('#draft-field-problem') !== null), { message: 'focus in field 8' })
    await field(a, 'problem').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await viewShot(a, 'draft-red-counter')

    // Word through the button: the Russian name from the server, a zip inside.
    const [download] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: 'Скачать Word' }).click()])
    expect(download.suggestedFilename()).toMatch(/— ФПГ\.docx$/)
    const file = await download.path()
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK')
    await a.getByText(/Файл «.*— ФПГ\.docx» скачан/).waitFor()

    // Without a network the file cannot be made: say so plainly (the request fails as a dropped link would).
    const dropped = (route: Route) => route.abort('internetdisconnected')
    await a.route('**/api/initiatives/*/export*', dropped)
    await a.getByRole('button', { name: 'Скачать Markdown' }).click()
    await a.getByText('Нет связи с сервером: файл собирается на сервере', { exact: false }).waitFor()
    await a.unroute('**/api/initiatives/*/export*', dropped)
  })

  it('shows a filled draft on a laptop and a phone, in English, and prints the form', async () => {
    const a = anna.page
    const b = boris.page
    const url = `${server.url}/b/${boardId}/i/${demoCardId}?view=draft`
    // Boris waits on his phone while Anna makes the draft: it appears for him as it is made.
    await b.goto(url)
    const phoneCreate = b.getByRole('button', { name: 'Сделать черновик проекта' })
    await waitFor(() => phoneCreate.isEnabled(), { message: 'the create button on the phone' })
    await screenshot(b, 'phone-draft-empty')
    await a.goto(url)
    const create = a.getByRole('button', { name: 'Сделать черновик проекта' })
    await waitFor(() => create.isEnabled(), { message: 'the create button for the demo' })
    await create.click()
    await waitFor(async () => (await field(a, 'problem').innerText()).length > 200, { message: 'the demo draft pre-filled' })
    await waitFor(async () => (await a.locator('.draft-list__item').count()) > 3, { message: 'list items from the canvas' })
    await screenshot(a, 'draft-filled')
    await waitFor(async () => (await field(b, 'problem').innerText()).length > 200, { message: 'the demo draft on the phone' })
    await screenshot(b, 'phone-draft-filled')
    // On the phone the check is one line until unfolded.
    expect(await b.locator('.readiness__list').first().isVisible()).toBe(false)
    await b.getByRole('button', { name: 'Показать замечания' }).click()
    await b.locator('.readiness__list').first().waitFor()
    await viewShot(b, 'phone-draft-readiness')

    await a.emulateMedia({ media: 'print' })
    await screenshot(a, 'draft-print')
    expect(await a.locator('.draft__aside').isVisible()).toBe(false)
    expect(await a.locator('.appbar').isVisible()).toBe(false)
    await a.emulateMedia({ media: 'screen' })

    await a.getByRole('button', { name: 'English' }).click()
    await a.getByRole('tab', { name: 'Project draft' }).waitFor()
    await a.getByRole('button', { name: 'Download Word' }).waitFor()
    await screenshot(a, 'draft-filled-en')
    await a.getByRole('button', { name: 'Русский' }).click()
    await a.getByRole('tab', { name: 'Черновик проекта' }).waitFor()
  })

  it('deletes a list item with undo and moves the draft to another form without losing text', async () => {
    const a = anna.page
    const b = boris.page
    const groups = field(a, 'targetGroups').locator('.draft-list__item')
    const before = await groups.count()
    const first = await groups.first().locator('input').inputValue()
    await groups.first().getByRole('button', { name: 'Удалить пункт 1' }).click()
    await waitFor(async () => (await groups.count()) === before - 1, { message: 'the item gone' })
    await waitFor(async () => (await field(b, 'targetGroups').locator('.draft-list__item').count()) === before - 1, { message: 'the item gone for Boris' })
    await a.locator('.undo-offer').getByRole('button', { name: 'Отменить' }).click()
    await waitFor(async () => (await groups.count()) === before && (await groups.first().locator('input').inputValue()) === first, { message: 'the item back in its place' })

    // Down and up again, by keyboard-reachable buttons.
    await groups.first().getByRole('button', { name: 'Ниже: пункт 1' }).click()
    await waitFor(async () => (await groups.nth(1).locator('input').inputValue()) === first, { message: 'the item one lower' })

    // To the regional competition: what has no field there lands in «Не вошло в форму».
    const problemText = (await field(a, 'problem').innerText()).slice(-80)
    await a.getByRole('button', { name: 'Сменить шаблон' }).click()
    await a.getByLabel('Новая форма').selectOption({ label: 'Региональный конкурс СО НКО (Камчатский край)' })
    await a.getByRole('button', { name: 'Перенести в эту форму' }).click()
    await a.getByText('Черновик переложен в форму «Региональный конкурс СО НКО (Камчатский край)».', { exact: false }).waitFor()
    await a.locator('#draft-leftover').waitFor()
    expect(await field(a, 'problem').innerText()).toContain(problemText.trim().split('\n').pop() ?? '')
    await waitFor(async () => (await b.locator('#draft-leftover').count()) === 1, { message: 'the leftover section for Boris' })
    await viewShot(a, 'draft-switched')
    await a.locator('#draft-leftover').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await viewShot(a, 'draft-leftover')

    // The two views are tabs: arrow keys move between them, and the address follows.
    await a.getByRole('tab', { name: 'Черновик проекта' }).focus()
    await a.keyboard.press('ArrowLeft')
    await a.locator('#canvas-problem .ProseMirror').waitFor()
    expect(new URL(a.url()).searchParams.get('view')).toBeNull()
    expect(await a.getByRole('tab', { name: 'Холст' }).evaluate((el) => el === document.activeElement)).toBe(true)
    await a.keyboard.press('ArrowRight')
    await a.locator('#draft-field-problem').waitFor()
    expect(new URL(a.url()).searchParams.get('view')).toBe('draft')
  })
})
