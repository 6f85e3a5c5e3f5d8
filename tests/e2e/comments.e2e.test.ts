/**
 * Comment threads between two people in real Chromium against the real
 * server, on a consultation note: Anna selects a word and comments, Boris
 * sees the highlight and the thread, replies mentioning Anna, Anna sees the
 * reply and the unread count, Boris resolves, Anna sees it resolved. Then a
 * card's thread in its dialog with the count. Saves screenshots (laptop,
 * phone, English).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addNote } from '../../shared/schema/board.js'
import { createCard } from '../../shared/schema/kanban.js'
import { createPlanItem, localDay } from '../../shared/schema/plan.js'
import { canvasFragment } from '../../shared/schema/initiative.js'
import { appendBlocks } from '../../shared/schema/richText.js'
import { noteBody } from '../../shared/schema/note.js'
import { createAccount } from '../helpers/accounts.js'
import { openBrowser, screenshot, type TestBrowser } from '../helpers/browser.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const ANNA = 'Анна Петрова'
const BORIS = 'Борис Иванов'
const PROBLEM = 'Дети в Палане почти не слышат корякский язык дома.'
const TEXT = 'Бюджет готовит Борис к пятнице. Смету согласуем с экспертом фонда.'

/** Selects the first occurrence of `words` in the page's editor, as a person dragging over them would. */
async function selectWords(page: Page, words: string, within = '.ProseMirror'): Promise<void> {
  await page.locator(within).click()
  await page.evaluate(([w, sel]) => {
    const root = document.querySelector(sel as string) as HTMLElement
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').indexOf(w as string)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(n, at)
      range.setEnd(n, at + (w as string).length)
      const sel = window.getSelection() as Selection
      sel.removeAllRanges()
      sel.addRange(range)
      return
    }
    throw new Error(`no «${w}» in the editor`)
  }, [words, within])
}

const panel = (page: Page) => page.locator('.comments-drawer')

describe('comment threads', () => {
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let seed: TestClient[] = []
  let boardId = ''
  let noteUrl = ''
  let cardId = ''

  beforeAll(async () => {
    server = await startServer()
    const res = await server.fetch(`/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Палана — модуль 2026', settlement: 'Палана' }),
    })
    boardId = ((await res.json()) as { id: string }).id
    // The note and its text come from a script client, as another person's edits would.
    const board = connectClient(server, `board:${boardId}`)
    await board.synced()
    const noteId = addNote(board.doc, { title: 'Консультация по бюджету', createdBy: 'Мария Т.' })
    cardId = createCard(board.doc, { title: 'Корякский язык для детей', createdBy: 'Мария Т.', stage: 'idea' })
    createPlanItem(board.doc, { title: 'Мастер-класс по заявке', start: localDay(new Date()), place: 'Библиотека' })
    const note = connectClient(server, `note:${noteId}`)
    await note.synced()
    appendBlocks(noteBody(note.doc), [{ type: 'paragraph', text: TEXT }])
    const initiative = connectClient(server, `initiative:${cardId}`)
    await initiative.synced()
    appendBlocks(canvasFragment(initiative.doc, 'problem'), [{ type: 'paragraph', text: PROBLEM }])
    seed = [board, note, initiative]
    noteUrl = `${server.url}/b/${boardId}/n/${noteId}`
    // Anna runs the workspace; Boris is the board's expert; Olga, a member who is not here, can still be mentioned.
    const [annaAccount, borisAccount] = await Promise.all([
      createAccount(server, { name: ANNA, workspaceRole: 'curator' }),
      createAccount(server, { name: BORIS, board: { id: boardId, role: 'expert' } }),
      createAccount(server, { name: 'Ольга Смирнова', board: { id: boardId, role: 'activist' } }),
    ])
    ;[anna, boris] = await Promise.all([openBrowser({ server, account: annaAccount }), openBrowser({ server, account: borisAccount })])
  })

  afterAll(async () => {
    await Promise.all([anna?.close(), boris?.close()])
    seed.forEach((c) => c.destroy())
    await server?.dispose()
  })

  it('a comment on words is seen, answered with a mention and resolved by the other', async () => {
    const a = anna.page
    const b = boris.page
    await a.goto(noteUrl)
    await b.goto(noteUrl)
    for (const page of [a, b]) await waitFor(async () => (await page.locator('.ProseMirror').innerText()).includes(TEXT), { message: 'the note text' })

    // Before anything, the panel says how to start.
    await a.locator('.toolbar .comments-toggle').click()
    await waitFor(() => panel(a).getByText('Пока нет комментариев.').isVisible(), { message: 'the empty panel' })
    await screenshot(a, 'comments-note-empty')
    await panel(a).getByRole('button', { name: 'Закрыть комментарии' }).click()
    await waitFor(async () => (await panel(a).count()) === 0, { message: 'the panel closed' })

    // Anna selects «Борис» and comments.
    await selectWords(a, 'Борис')
    await a.locator('.comment-bubble').getByRole('button', { name: 'Комментировать' }).click()
    await panel(a).getByLabel('Ваш комментарий').fill('Точно успеет к пятнице?')
    await panel(a).getByRole('button', { name: 'Отправить' }).click()
    await waitFor(async () => (await a.locator('.ProseMirror .comment-mark').innerText()) === 'Борис', { message: "the highlight on Anna's screen" })
    // Commenting does not touch the text.
    expect(await a.locator('.ProseMirror').innerText()).toBe(TEXT)

    // Boris sees the highlight, opens the thread by clicking it, and replies mentioning Anna.
    const mark = b.locator('.ProseMirror .comment-mark')
    await waitFor(async () => (await mark.innerText()) === 'Борис', { message: "the highlight on Boris's screen" })
    // Boris types before the words: the highlight stays on them on both screens.
    await b.locator('.ProseMirror').click()
    await b.keyboard.press('Control+Home')
    await b.keyboard.type('Итак: ')
    await waitFor(
      async () => {
        const [ta, tb] = await Promise.all([a.locator('.ProseMirror').innerText(), b.locator('.ProseMirror').innerText()])
        // (Boris's caret label sits in Anna's text.)
        if (ta.startsWith('Итак:') && ta.includes('Бюджет готовит')) return true
        throw new Error(`Anna has ${JSON.stringify(ta)}, Boris ${JSON.stringify(tb)}`)
      },
      { message: "Boris's words on Anna's screen" },
    )
    for (const page of [a, b]) await waitFor(async () => (await page.locator('.ProseMirror .comment-mark').innerText()) === 'Борис', { message: 'the highlight still on «Борис»' })
    await mark.click()
    const thread = panel(b).locator('.thread').first()
    await waitFor(() => thread.getByText('Точно успеет к пятнице?').isVisible(), { message: 'the thread in Boris’s panel' })
    const box = thread.getByRole('textbox')
    await box.click()
    // A member who has never opened the board is offered too.
    await box.pressSequentially('@Оль')
    await waitFor(() => b.getByRole('option', { name: '@Ольга Смирнова' }).isVisible(), { message: 'a board member who is not here among the suggestions' })
    await box.press('Control+A')
    await box.press('Backspace')
    await box.pressSequentially('@Ан')
    await b.getByRole('option', { name: `@${ANNA}` }).click()
    await box.pressSequentially('успею, смета почти готова')
    await thread.getByRole('button', { name: 'Ответить' }).click()
    await waitFor(async () => (await thread.locator('.comment').count()) === 2, { message: 'two comments in Boris’s thread' })

    // Anna sees the reply, and one unread item on the panel's button and in «Упоминания и ответы».
    const reply = `@${ANNA} успею, смета почти готова`
    await waitFor(() => panel(a).getByText('успею, смета почти готова').first().isVisible(), { message: 'the reply on Anna’s screen' })
    expect(await panel(a).locator('.comment__mention').first().innerText()).toBe(`@${ANNA}`)
    await waitFor(async () => (await a.locator('.comments-toggle .comments-badge').innerText()) === '1', { message: 'the unread count on Anna’s button' })
    expect(await panel(a).locator('.comments-inbox').innerText()).toContain(`${BORIS} упоминает вас`)
    await screenshot(a, 'comments-note-thread')
    await screenshot(b, 'comments-note-highlight')
    // On a phone the panel is a sheet from the bottom.
    await b.setViewportSize({ width: 390, height: 844 })
    await waitFor(async () => ((await panel(b).boundingBox())?.width ?? 0) <= 390, { message: 'the sheet on the phone' })
    await screenshot(b, 'comments-note-phone')

    // Clicking the item opens the thread and marks it read.
    await panel(a).locator('.comments-inbox__item').first().click()
    await waitFor(async () => (await a.locator('.comments-toggle .comments-badge').count()) === 0, { message: 'no unread left' })
    expect(await panel(a).locator('.thread .comment__text').last().innerText()).toBe(reply)

    // Boris resolves; Anna sees it among the resolved, and the highlight goes.
    await thread.getByRole('button', { name: 'Решено' }).click()
    await waitFor(async () => (await panel(a).locator('.comments-resolved summary').innerText()) === 'Решённые: 1', { message: 'the resolved list on Anna’s screen' })
    await waitFor(async () => (await a.locator('.ProseMirror .comment-mark').count()) === 0, { message: 'the highlight gone' })
    await panel(a).locator('.comments-resolved summary').click()
    expect(await panel(a).locator('.comments-resolved .thread__resolved').innerText()).toContain(BORIS)
    await screenshot(a, 'comments-note-resolved')

    // Reopened by Anna, the highlight comes back for Boris.
    await panel(a).getByRole('button', { name: 'Открыть снова' }).click()
    await waitFor(async () => (await b.locator('.ProseMirror .comment-mark').count()) === 1, { message: 'the highlight back on Boris’s screen' })
  })

  it('a card and a plan activity have their threads and counts', async () => {
    const a = anna.page
    const b = boris.page
    await a.goto(`${server.url}/b/${boardId}`)
    const card = a.locator('.kcard', { hasText: 'Корякский язык для детей' }).first()
    await card.locator('.kcard__edit').click()
    const dialog = a.getByRole('dialog')
    await dialog.getByLabel('Комментарий к карточке').fill('Эксперт просит добавить партнёров.')
    await dialog.getByRole('button', { name: 'Отправить' }).click()
    await waitFor(async () => (await dialog.locator('.target-comments .comments-count').innerText()) === '1', { message: 'the count in the card dialog' })
    // The thread's reply box replaces the new-thread box; a reply counts too.
    const replyBox = dialog.locator('.thread').getByRole('textbox')
    await replyBox.fill('Добавлю школу и библиотеку.')
    await dialog.locator('.thread').getByRole('button', { name: 'Ответить' }).click()
    await waitFor(async () => (await dialog.locator('.target-comments .comments-count').innerText()) === '2', { message: 'two comments in the card dialog' })
    expect(cardId).not.toBe('')
    await screenshot(a, 'comments-card-dialog')
    // The card's tile on the board says so too, for everyone.
    await b.goto(`${server.url}/b/${boardId}`)
    await waitFor(async () => (await b.locator('.kcard', { hasText: 'Корякский язык для детей' }).first().locator('.kcard__fact--comments').innerText().catch(() => '')) === '2 комментария', {
      message: 'the comment count on the card tile for Boris',
    })
    await screenshot(b, 'comments-card-tile')

    // Boris, on a phone and in English, comments on a plan activity.
    await b.setViewportSize({ width: 390, height: 844 })
    await b.goto(`${server.url}/b/${boardId}/plan`)
    await b.getByRole('button', { name: 'English' }).click()
    const row = b.locator('.plan-item', { hasText: 'Мастер-класс по заявке' }).first()
    await row.locator('.plan-item__comments').click()
    const sheet = panel(b)
    await sheet.getByLabel('Comment on the activity').fill('Who brings the projector?')
    await sheet.getByRole('button', { name: 'Send' }).click()
    await waitFor(async () => (await row.locator('.comments-count').innerText()) === '1', { message: 'the count on the activity' })
    await screenshot(b, 'comments-plan-phone-en')
  })

  it('a canvas block takes comments from its compact toolbar', async () => {
    const a = anna.page
    await a.setViewportSize({ width: 1280, height: 800 })
    await a.goto(`${server.url}/b/${boardId}/i/${cardId}`)
    const problem = '#canvas-problem .ProseMirror'
    await waitFor(async () => (await a.locator(problem).innerText()).includes(PROBLEM), { message: 'the problem block' })
    await selectWords(a, 'корякский язык', problem)
    await a.locator('#canvas-problem .toolbar--compact').getByRole('button', { name: 'Комментировать' }).click()
    await panel(a).getByLabel('Ваш комментарий').fill('Сколько детей? Нужна цифра из опроса.')
    await panel(a).getByRole('button', { name: 'Отправить' }).click()
    await waitFor(async () => (await a.locator(`${problem} .comment-mark`).innerText()) === 'корякский язык', { message: 'the highlight in the block' })
    // The block now has its own counted button under the text.
    await waitFor(async () => (await a.locator('#canvas-problem .editor__comments .comments-toggle__count').innerText()) === '1', { message: 'the block’s comments button' })
    await screenshot(a, 'comments-canvas-block')
  })
})
