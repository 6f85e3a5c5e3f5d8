/**
 * Accounts in real Chromium against the real server: signing in through the
 * form (a wrong password says so, the right one lands on the page from
 * `next`), a curator making an invite link on the members page, a second
 * person registering through it and landing on the board (and reopening it
 * offline as themselves), signing out; the first run; a lapsed session.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount } from '../helpers/accounts.js'
import { createBoard } from '../helpers/boards.js'
import { openBrowser, screenshot, type TestBrowser } from '../helpers/browser.js'
import { CURATOR, startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const PHONE = { width: 390, height: 844 }
const BORIS = { name: 'Борис Иванов', login: 'boris', password: 'boris-password-1' }

/** Whether the server lists Boris as a viewer who may comment. */
async function borisOnServer(server: TestServer, boardId: string): Promise<boolean> {
  const res = await server.fetch(`/api/boards/${boardId}/members`)
  const list = (await res.json()) as Array<{ user: { login: string }; role: string; viewerMayComment: boolean }>
  return list.some((m) => m.user.login === BORIS.login && m.role === 'viewer' && m.viewerMayComment)
}

async function signInWith(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('Логин').fill(login)
  await page.getByLabel('Пароль').fill(password)
  await page.getByRole('button', { name: 'Войти' }).click()
}

describe('accounts in the browser', () => {
  let server: TestServer
  let curator: TestBrowser
  let guest: TestBrowser

  beforeAll(async () => {
    server = await startServer()
    ;[curator, guest] = await Promise.all([openBrowser(), openBrowser({ viewport: PHONE })])
  })

  afterAll(async () => {
    await Promise.all([curator?.close(), guest?.close()])
    await server?.dispose()
  })

  it('signs in, invites through a link, the invited person registers and lands on the board, and signs out', async () => {
    const board = await createBoard(server, { title: 'Палана — модуль 2025', settlement: 'Палана' })
    const a = curator.page

    // Signed out, the members page sends to the sign-in form with `next`.
    await a.goto(`${server.url}/b/${board.id}/members`)
    await a.waitForURL((url) => url.pathname === '/signin' && url.searchParams.get('next') === `/b/${board.id}/members`)
    await a.getByRole('heading', { level: 1, name: 'Вход' }).waitFor()
    await screenshot(a, 'auth-signin-laptop')

    await signInWith(a, CURATOR.login, 'not-the-password')
    await a.getByRole('alert').filter({ hasText: 'Неверный логин или пароль' }).waitFor()
    await screenshot(a, 'auth-signin-error-laptop')
    expect(new URL(a.url()).pathname).toBe('/signin')

    await signInWith(a, CURATOR.login, CURATOR.password)
    await a.waitForURL((url) => url.pathname === `/b/${board.id}/members`)
    await a.getByRole('heading', { level: 1, name: 'Участники доски «Палана — модуль 2025»' }).waitFor()
    // The workspace curator is listed as such (not a role to change here), and the empty state invites people.
    await a.getByRole('listitem').filter({ hasText: CURATOR.name }).getByText('Куратор пространства', { exact: true }).waitFor()
    await a.getByText('Кроме кураторов, на доске пока никого нет.', { exact: false }).waitFor()

    // The header shows the account, with the workspace role in its menu.
    await a.getByRole('button', { name: `${CURATOR.name}: меню учётной записи` }).click()
    await a.getByText('куратор пространства', { exact: true }).waitFor()
    await screenshot(a, 'auth-menu-laptop')
    await a.keyboard.press('Escape')

    // An invite link for an expert, shown once in full.
    await a.getByLabel('Роль', { exact: true }).selectOption('expert')
    await a.getByRole('button', { name: 'Создать ссылку' }).click()
    const link = a.getByLabel('Ссылка-приглашение')
    await link.waitFor()
    const url = await link.inputValue()
    expect(url).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{16,}$`))
    await a.getByText('использована 0 из 10').waitFor()
    await screenshot(a, 'members-link-laptop')

    // Boris opens it on his phone, signed out, and makes his account.
    const b = guest.page
    await b.goto(url)
    await b.getByRole('heading', { level: 1, name: 'Вас приглашают на доску «Палана — модуль 2025» как эксперта' }).waitFor()
    await screenshot(b, 'invite-signed-out-phone')
    await b.getByLabel('Имя и фамилия').fill(BORIS.name)
    await b.getByLabel('Логин').fill(BORIS.login)
    await b.getByLabel('Пароль').fill(BORIS.password)
    await b.getByRole('button', { name: 'Создать учётную запись и присоединиться' }).click()
    await b.waitForURL((u) => u.pathname === `/b/${board.id}`)
    await b.getByRole('heading', { level: 1, name: 'Палана — модуль 2025' }).waitFor()
    await screenshot(b, 'invite-joined-board-phone')

    // Offline, a reload opens the app as Boris (the person cached on this device): no network, no sign-out.
    await b.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await waitFor(() => b.evaluate(() => navigator.serviceWorker.controller !== null), { message: 'the service worker controls the page' })
    await guest.context.setOffline(true)
    await b.reload()
    await b.getByRole('heading', { level: 1, name: 'Палана — модуль 2025' }).waitFor()
    await b.getByRole('button', { name: `${BORIS.name}: меню учётной записи` }).waitFor()
    expect(new URL(b.url()).pathname).toBe(`/b/${board.id}`)
    await guest.context.setOffline(false)

    // The curator sees him on the board, and the link used once.
    await a.reload()
    await a.getByText(BORIS.name, { exact: true }).waitFor()
    await a.getByText('использована 1 из 10').waitFor()
    await a.getByRole('combobox', { name: `Роль: ${BORIS.name}` }).waitFor()
    expect(await a.getByRole('combobox', { name: `Роль: ${BORIS.name}` }).inputValue()).toBe('expert')
    await screenshot(a, 'members-filled-laptop')
    await a.setViewportSize(PHONE)
    await screenshot(a, 'members-filled-phone')
    await a.getByRole('button', { name: 'English' }).click()
    await a.getByRole('heading', { level: 1, name: 'Members of the board «Палана — модуль 2025»' }).waitFor()
    await screenshot(a, 'members-filled-phone-en')
    await a.getByRole('button', { name: 'Русский' }).click()
    await a.setViewportSize({ width: 1280, height: 800 })

    // A viewer who may comment; removed, and back with «Отменить» as he was.
    const role = a.getByRole('combobox', { name: `Роль: ${BORIS.name}` })
    await role.selectOption('viewer')
    await a.getByRole('switch', { name: 'может комментировать' }).check()
    await waitFor(() => borisOnServer(server, board.id), { message: 'Boris a viewer who may comment, on the server' })
    await a.getByRole('button', { name: `Убрать с доски: ${BORIS.name}` }).click()
    await a.getByText(`${BORIS.name} больше не на доске`).waitFor()
    await role.waitFor({ state: 'detached' })
    await a.getByRole('button', { name: 'Отменить' }).click()
    await role.waitFor()
    expect(await role.inputValue()).toBe('viewer')
    expect(await a.getByRole('switch', { name: 'может комментировать' }).isChecked()).toBe(true)
    await waitFor(() => borisOnServer(server, board.id), { message: 'Boris back on the board after «Отменить»' })

    // Signing out lands on the sign-in form; the app no longer opens as the curator.
    await a.getByRole('button', { name: `${CURATOR.name}: меню учётной записи` }).click()
    await a.getByRole('button', { name: 'Выйти' }).click()
    await a.waitForURL((u) => u.pathname === '/signin')
    await a.goto(`${server.url}/`)
    await a.waitForURL((u) => u.pathname === '/signin')
    await a.getByRole('heading', { level: 1, name: 'Вход' }).waitFor()
    const me = await a.evaluate(async () => (await fetch('/api/auth/me')).status)
    expect(me).toBe(401)
  })
})

describe('first run', () => {
  let server: TestServer
  let browser: TestBrowser

  beforeAll(async () => {
    server = await startServer({ curator: false })
    browser = await openBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.dispose()
  })

  it("on the server's own machine the first curator is made in the browser and lands home", async () => {
    const page = browser.page
    await page.goto(`${server.url}/`)
    await page.getByRole('heading', { level: 1, name: 'Первый запуск: создайте учётную запись куратора' }).waitFor()
    await page.getByRole('button', { name: 'Создать и войти' }).click()
    await page.getByText('Пароль должен быть не короче 8 знаков.').waitFor()
    await screenshot(page, 'auth-setup-errors-laptop')
    await page.getByLabel('Имя и фамилия').fill('Анна Петрова')
    await page.getByLabel('Логин').fill('anna')
    await page.getByLabel('Пароль', { exact: true }).fill('anna-password-1')
    await page.getByLabel('Пароль ещё раз').fill('anna-password-1')
    await page.setViewportSize(PHONE)
    await screenshot(page, 'auth-setup-phone')
    await page.getByRole('button', { name: 'Создать и войти' }).click()
    await page.waitForURL((u) => u.pathname === '/')
    await page.getByRole('button', { name: 'Создать первую доску' }).waitFor()
    await page.getByRole('button', { name: 'Анна Петрова: меню учётной записи' }).waitFor()
  })
})

describe('a member and a lapsed session', () => {
  let server: TestServer
  let browser: TestBrowser

  beforeAll(async () => {
    server = await startServer()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.dispose()
  })

  it('a member with no board is told to ask for a link, joins through one, and signs in again after the session lapses', async () => {
    const board = await createBoard(server, { title: 'Козыревск', settlement: 'Козыревск' })
    const vera = await createAccount(server, { name: 'Вера Соколова', login: 'vera', password: 'vera-password-1' })
    browser = await openBrowser({ server, account: vera, viewport: PHONE })
    const page = browser.page

    await page.goto(`${server.url}/`)
    await page.getByText('Вас пока не добавили ни на одну доску. Попросите куратора прислать ссылку-приглашение.').waitFor()
    expect(await page.getByRole('button', { name: 'Новая доска' }).count()).toBe(0)
    await screenshot(page, 'home-member-empty-phone')

    // Signed in, a link offers «Присоединиться».
    const res = await server.fetch(`/api/boards/${board.id}/invites`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'activist' }) })
    const { path } = (await res.json()) as { path: string }
    await page.goto(`${server.url}${path}`)
    await page.getByText('Вы вошли как Вера Соколова.').waitFor()
    await screenshot(page, 'invite-signed-in-phone')
    await page.getByRole('button', { name: 'Присоединиться' }).click()
    await page.waitForURL((u) => u.pathname === `/b/${board.id}`)
    await page.getByRole('heading', { level: 1, name: 'Козыревск' }).waitFor()

    // The session ends on the server (signed out elsewhere): the bar says so, the page stays.
    await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie: `impact_session=${vera.cookie}` } })
    const bar = page.getByText('Сеанс истёк — войдите снова, изменения на этом устройстве сохранены')
    await bar.waitFor({ timeout: 30_000 })
    await page.getByRole('heading', { level: 1, name: 'Козыревск' }).waitFor()
    await screenshot(page, 'auth-expired-phone')

    await page.getByRole('link', { name: 'Войти' }).click()
    await page.waitForURL((u) => u.pathname === '/signin' && u.searchParams.get('next') === `/b/${board.id}`)
    await screenshot(page, 'auth-signin-phone')
    await signInWith(page, 'vera', 'vera-password-1')
    await page.waitForURL((u) => u.pathname === `/b/${board.id}`)
    await page.getByRole('heading', { level: 1, name: 'Козыревск' }).waitFor()
    await bar.waitFor({ state: 'detached' })
  })
})
