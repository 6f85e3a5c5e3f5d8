/**
 * What a person sets about themselves belongs to the account. The interface
 * language follows them to another computer, a switch is saved to the
 * account, and a switch made offline reaches the server later instead of
 * being undone by it. The name others see is changed from the person menu.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../helpers/accounts.js'
import { openBrowser, screenshot, type TestBrowser } from '../helpers/browser.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const NO_BOARDS_EN = 'You have not been added to any board yet. Ask a curator to send you an invite link.'
const NO_BOARDS_RU = 'Вас пока не добавили ни на одну доску. Попросите куратора прислать ссылку-приглашение.'

describe('the account', () => {
  let server: TestServer
  let browser: TestBrowser | undefined
  let ivan: Account

  beforeAll(async () => {
    server = await startServer()
    ivan = await createAccount(server, { name: 'Иван Ким', login: 'ivan', password: 'ivan-password-1' })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.dispose()
  })

  const me = async (): Promise<{ lang: string; name: string }> => (await (await fetch(`${server.url}/api/auth/me`, { headers: ivan.headers })).json()) as { lang: string; name: string }
  const accountLang = async (): Promise<string> => (await me()).lang

  it('opens in the account’s language, saves a switch to the account, and sends one made offline later', async () => {
    // Chosen on another computer: this browser (Russian by default) follows the account.
    const set = await fetch(`${server.url}/api/auth/me`, { method: 'PATCH', headers: { ...ivan.headers, 'content-type': 'application/json' }, body: JSON.stringify({ lang: 'en' }) })
    expect(set.status, await set.clone().text()).toBe(200)
    browser = await openBrowser({ server, account: ivan })
    const page = browser.page
    await page.goto(`${server.url}/`)
    await page.getByText(NO_BOARDS_EN).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await screenshot(page, 'language-account-en')

    // Switched here: saved to the account.
    await page.getByRole('button', { name: 'Русский' }).click()
    await page.getByText(NO_BOARDS_RU).waitFor()
    await waitFor(async () => (await accountLang()) === 'ru', { message: 'the account to say ru' })

    // Switched offline: the server hears it once the app reaches it again, and does not undo it.
    await browser.context.setOffline(true)
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByText(NO_BOARDS_EN).waitFor()
    expect(await accountLang()).toBe('ru')
    await browser.context.setOffline(false)
    await page.reload()
    await page.getByText(NO_BOARDS_EN).waitFor()
    await waitFor(async () => (await accountLang()) === 'en', { message: 'the offline switch to reach the account' })
    expect(await page.getByText(NO_BOARDS_EN).count()).toBe(1)
  })

  it('changes the name others see from the person menu', async () => {
    await fetch(`${server.url}/api/auth/me`, { method: 'PATCH', headers: { ...ivan.headers, 'content-type': 'application/json' }, body: JSON.stringify({ lang: 'ru' }) })
    const page = (browser ?? (browser = await openBrowser({ server, account: ivan }))).page
    await page.goto(`${server.url}/`)
    await page.getByText(NO_BOARDS_RU).waitFor()
    await page.getByRole('button', { name: 'Иван Ким: меню учётной записи' }).click()
    await page.getByRole('button', { name: 'Изменить имя' }).click()
    const field = page.getByLabel('Имя, которое видят другие')
    await field.fill('   ')
    await page.getByRole('button', { name: 'Сохранить' }).click()
    await page.getByText('Введите имя.').waitFor()
    await field.fill('Иван  Кимов ')
    expect(await page.getByText('Введите имя.').count()).toBe(0)
    await screenshot(page, 'account-rename')
    await page.getByRole('button', { name: 'Сохранить' }).click()
    await page.getByRole('button', { name: 'Иван Кимов: меню учётной записи' }).waitFor()
    expect((await me()).name).toBe('Иван Кимов')
  })
})
