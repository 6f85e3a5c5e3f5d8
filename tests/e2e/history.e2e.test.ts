/**
 * Version history in real Chromium, two people on one note: Anna saves a
 * named version and writes on; Boris compares it with today (removed words
 * struck through, added ones highlighted), restores it — Anna sees the old
 * text come back live — and «Отменить» brings the later text back. Then
 * Anna, returning after Boris wrote more, is told what changed and who changed it.
 */
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureDefaultStages, createCard, moveCard, updateCard } from '../../shared/schema/kanban.js'
import { createPlanItem } from '../../shared/schema/plan.js'
import { createAccount } from '../helpers/accounts.js'
import { screenshot, type TestBrowser } from '../helpers/browser.js'
import { ANNA, BORIS, openTwoCurators, type TwoCurators } from '../helpers/curators.js'
import { connectClient } from '../helpers/clients.js'
import type { TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const FIRST = 'Решили подать заявку в фонд президентских грантов.'
const LATER = 'Решили подать заявку в региональный фонд. Бюджет готовит Борис к пятнице.'
const MORE = 'Письмо партнёрам отправит Анна.'

/** The editor's paragraphs without the others' caret labels. */
const editorText = (page: Page) =>
  page.locator('.ProseMirror').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement
    copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove())
    return [...copy.querySelectorAll('p')].map((p) => p.textContent ?? '').filter(Boolean).join('\n')
  })
const saved = (page: Page) => page.locator('.sync[data-state="saved"]').isVisible()
/** Waits for the editor to hold exactly `text` (saying what it holds instead when it times out). */
const textIs = (page: Page, text: string, who: string) =>
  waitFor(
    async () => {
      const now = (await editorText(page)).trim()
      if (now !== text) throw new Error(`it reads «${now}»`)
      return true
    },
    { message: `${who}'s editor to read «${text}»`, timeout: 15_000 },
  )

async function openHistory(page: Page, en = false): Promise<Locator> {
  await page.getByRole('button', { name: en ? 'History' : 'История', exact: true }).click()
  const sheet = page.getByRole('dialog', { name: en ? 'Version history' : 'История версий' })
  await sheet.waitFor()
  return sheet
}

describe('version history of a note', () => {
  let server: TestServer
  let anna: TestBrowser
  let boris: TestBrowser
  let cast: TwoCurators | undefined

  beforeAll(async () => {
    cast = await openTwoCurators()
    ;({ server, anna, boris } = cast)
    // A step that cannot happen fails with its locator named, not at the test's timeout.
    anna.page.setDefaultTimeout(15_000)
    boris.page.setDefaultTimeout(15_000)
  })

  afterAll(() => cast?.close())

  it('saves, compares, restores live and undoes the restore; tells a returning reader what changed', async () => {
    const res = await server.fetch(`/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Козыревск — модуль 2026', settlement: 'Козыревск' }),
    })
    const board = (await res.json()) as { id: string }

    // Anna makes a note, writes, and saves a named version once the server has her text.
    const a = anna.page
    await a.goto(`${server.url}/b/${board.id}/consultations`)
    await a.getByLabel('Новая заметка — тема консультации').fill('Консультация по заявке')
    await a.getByRole('button', { name: 'Добавить заметку' }).click()
    await a.waitForURL(/\/n\/[A-Za-z0-9_-]+$/)
    const noteUrl = a.url()
    await a.locator('.ProseMirror').click()
    await a.keyboard.type(FIRST)
    await waitFor(() => saved(a), { message: "Anna's text on the server" })
    let sheet = await openHistory(a)
    await sheet.getByText('Версий пока нет.', { exact: false }).waitFor()
    await screenshot(a, 'history-empty')
    await sheet.getByRole('button', { name: 'Сохранить версию…' }).click()
    await sheet.getByLabel('Название версии').fill('Отправлено эксперту')
    await sheet.getByRole('button', { name: 'Сохранить', exact: true }).click()
    await sheet.locator('.history-version--named', { hasText: 'Отправлено эксперту' }).waitFor()
    await sheet.getByRole('button', { name: 'Закрыть историю' }).click()

    // She rewrites the text.
    await a.locator('.ProseMirror').click()
    await a.keyboard.press('Control+A')
    await a.keyboard.type(LATER)
    await waitFor(() => saved(a), { message: "Anna's later text on the server" })

    // Boris opens the note and compares the named version with today.
    const b = boris.page
    await b.goto(noteUrl)
    await textIs(b, LATER, 'Boris')
    sheet = await openHistory(b)
    const named = sheet.locator('.history-version--named', { hasText: 'Отправлено эксперту' })
    await named.waitFor()
    expect(await named.innerText()).toContain(`Изменяли: ${ANNA}`)
    await screenshot(b, 'history-list')
    await named.getByRole('button').click()
    await sheet.getByText('Изменено полей: 1').waitFor()
    const removed = (await sheet.locator('.history-diff__del').allInnerTexts()).join(' ')
    const added = (await sheet.locator('.history-diff__add').allInnerTexts()).join(' ')
    expect(removed).toContain('президентских грантов')
    expect(added).toContain('региональный')
    expect(added).toContain('Бюджет готовит Борис к пятнице')
    await screenshot(b, 'history-compare')
    await sheet.getByRole('button', { name: 'Как было' }).click()
    await sheet.locator('.history-rich', { hasText: FIRST }).waitFor()

    // He restores it: both screens show the old text, live.
    await sheet.getByRole('button', { name: 'Восстановить эту версию' }).click()
    await sheet.getByText('Правки, которые кто-то вносит в эту минуту, тоже останутся.', { exact: false }).waitFor()
    await sheet.getByRole('button', { name: 'Восстановить', exact: true }).click()
    await sheet.waitFor({ state: 'detached' })
    await textIs(b, FIRST, 'Boris')
    await textIs(a, FIRST, 'Anna')

    // «Отменить» restores the state from just before: the later text is back everywhere.
    const undo = b.locator('.undo-offer')
    await undo.waitFor()
    expect(await undo.innerText()).toContain('Восстановлена версия от')
    await undo.getByRole('button', { name: 'Отменить' }).click()
    await textIs(b, LATER, 'Boris')
    await textIs(a, LATER, 'Anna')

    // The list now shows the restore and its undo as versions of their own.
    sheet = await openHistory(b)
    await waitFor(async () => (await sheet.locator('.history-version--beforeRestore').count()) === 2, { message: 'two «before restoring» versions' })
    expect(await sheet.locator('.history-version--beforeRestore').first().innerText()).toContain('До восстановления версии от')
    await sheet.getByRole('button', { name: 'Закрыть историю' }).click()

    // Anna leaves; Boris writes more and names the moment; Anna comes back and is told.
    await a.goto(`${server.url}/b/${board.id}/consultations`)
    await b.locator('.ProseMirror').click()
    await b.keyboard.press('Control+End')
    await b.keyboard.press('Enter')
    await b.keyboard.type(MORE)
    await waitFor(() => saved(b), { message: "Boris's addition on the server" })
    sheet = await openHistory(b)
    await sheet.getByRole('button', { name: 'Сохранить версию…' }).click()
    await sheet.getByLabel('Название версии').fill('После встречи')
    await sheet.getByRole('button', { name: 'Сохранить', exact: true }).click()
    await sheet.locator('.history-version--named', { hasText: 'После встречи' }).waitFor()
    await sheet.getByRole('button', { name: 'Закрыть историю' }).click()

    await a.goto(noteUrl)
    const banner = a.locator('.since-banner')
    await banner.waitFor({ timeout: 15_000 })
    expect(await banner.innerText()).toContain('С вашего последнего визита изменилось:')
    expect(await banner.innerText()).toContain('Текст заметки')
    await waitFor(async () => (await banner.innerText()).includes(`Изменяли: ${BORIS}`), { message: 'who changed it' })
    await screenshot(a, 'history-since-visit')
    await a.setViewportSize({ width: 390, height: 844 })
    await screenshot(a, 'history-since-visit-phone')
    await a.setViewportSize({ width: 1280, height: 800 })
    await banner.getByRole('button', { name: 'Скрыть сообщение об изменениях' }).click()
    await banner.waitFor({ state: 'detached' })

    // The same on a phone, and in English.
    await b.setViewportSize({ width: 390, height: 844 })
    sheet = await openHistory(b)
    await sheet.locator('.history-version--named', { hasText: 'После встречи' }).waitFor()
    await screenshot(b, 'history-list-phone')
    await sheet.locator('.history-version--named', { hasText: 'Отправлено эксперту' }).getByRole('button').click()
    await sheet.getByText('Изменено полей: 1').waitFor()
    await screenshot(b, 'history-compare-phone')
    await sheet.getByRole('button', { name: 'Закрыть историю' }).click()
    await a.setViewportSize({ width: 390, height: 844 })
    await a.reload()
    await a.locator('.ProseMirror').waitFor()
    await a.getByRole('button', { name: 'English' }).click()
    sheet = await openHistory(a, true)
    await sheet.locator('.history-version--named', { hasText: 'Отправлено эксперту' }).getByRole('button').click()
    await sheet.getByText('Fields changed: 1').waitFor()
    await screenshot(a, 'history-compare-phone-en')
  })

  it('compares a board version card by card', async () => {
    const res = await server.fetch(`/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Палана — модуль 2026', settlement: 'Палана' }),
    })
    const board = (await res.json()) as { id: string }
    const docId = `board:${board.id}`
    // Another person's edits, from a script client: cards and a plan item, a named version, then changes.
    const maria = await createAccount(server, { name: 'Мария Т.', board: { id: board.id, role: 'activist' } })
    const seed = connectClient(server, docId, { as: maria })
    try {
      await seed.synced()
      seed.provider.awareness.setLocalStateField('user', { name: 'Мария Т.', color: '#8a3ffc' })
      ensureDefaultStages(seed.doc)
      const media = createCard(seed.doc, { title: 'Медиашкола для подростков', createdBy: 'Мария Т.', stage: 'idea' })
      createCard(seed.doc, { title: 'Музей под открытым небом', createdBy: 'Мария Т.', stage: 'initiative' })
      createPlanItem(seed.doc, { title: 'Встреча с жителями', start: '2026-03-05', place: 'Дом культуры', owner: 'Мария Т.' })
      const named = async () => {
        const r = await server.fetch(`/api/docs/${docId}/versions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Перед стратегической сессией' }) })
        return r.status === 201
      }
      // The server must hold the cards before the version is taken: a reader sees them.
      const reader = connectClient(server, docId)
      await reader.synced()
      await waitFor(() => reader.doc.getMap('cards').size === 2 && reader.doc.getMap('plan').size === 1, { message: 'the cards on the server' })
      reader.destroy()
      expect(await named()).toBe(true)
      moveCard(seed.doc, media, 'draft', 0)
      updateCard(seed.doc, media, { owners: ['Анна Петрова'], due: '2026-04-15', title: 'Медиашкола «Голос Паланы»' })

      const b = boris.page
      await b.setViewportSize({ width: 1280, height: 800 })
      await b.goto(`${server.url}/b/${board.id}`)
      await b.getByText('Медиашкола «Голос Паланы»').waitFor()
      const sheet = await openHistory(b)
      await sheet.locator('.history-version--named', { hasText: 'Перед стратегической сессией' }).getByRole('button').click()
      await sheet.getByText('Изменено полей: 4').waitFor()
      const names = await sheet.locator('.history-field--changed .history-field__name').allInnerTexts()
      expect(names.map((n) => n.split('\n')[0]?.trim())).toEqual([
        'Медиашкола «Голос Паланы» · Название',
        'Медиашкола «Голос Паланы» · Этап',
        'Медиашкола «Голос Паланы» · Ответственные',
        'Медиашкола «Голос Паланы» · Срок',
      ])
      expect(await sheet.locator('.history-field--changed', { hasText: 'Этап' }).locator('.history-diff__del').innerText()).toBe('Идея')
      await screenshot(b, 'history-compare-board')
    } finally {
      seed.destroy()
    }
  })
})
