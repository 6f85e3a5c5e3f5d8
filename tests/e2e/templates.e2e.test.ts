/**
 * Competition templates in real Chromium against the real server: the
 * built-in ФПГ form is marked and read-only; a curator duplicates it, changes
 * a field's limit, sees the schema's complaint next to a bad value, saves,
 * reloads (kept) and the REST API returns the change; a removed field comes
 * back with «Отменить»; the copy is deleted with confirmation and restored.
 * Saves screenshots of the list and the editor (laptop, phone, English).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FPG_TEMPLATE_ID, type ListedTemplate } from '../../shared/templates/index.js'
import { createAccount } from '../helpers/accounts.js'
import { openBrowser, screenshot, type TestBrowser } from '../helpers/browser.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

const COPY = 'Заявка ФПГ — второй конкурс 2026'
const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../screenshots')

/** What the screen shows (the editor's full page is too long to look at). */
async function viewShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) })
}

const problemCard = (page: Page) => page.locator('[data-field="problem"]')
const openSection = (page: Page, id: string) => page.locator(`[data-section="${id}"] > details > summary`).click()

describe('templates', () => {
  let server: TestServer
  let curator: TestBrowser
  let phone: TestBrowser

  beforeAll(async () => {
    server = await startServer()
    // Templates are changed by workspace curators: Maria at her laptop, Boris on his phone.
    const [maria, boris] = await Promise.all([
      createAccount(server, { name: 'Мария Т.', workspaceRole: 'curator' }),
      createAccount(server, { name: 'Борис Иванов', workspaceRole: 'curator' }),
    ])
    ;[curator, phone] = await Promise.all([
      openBrowser({ server, account: maria }),
      openBrowser({ server, account: boris, viewport: { width: 390, height: 844 } }),
    ])
  })

  afterAll(async () => {
    await Promise.all([curator?.close(), phone?.close()])
    await server?.dispose()
  })

  it('duplicates ФПГ, changes a limit, saves; the change is kept and served', async () => {
    const a = curator.page
    await a.goto(server.url)
    await a.getByRole('link', { name: 'Шаблоны конкурсов' }).waitFor()
    await viewShot(a, 'home-templates-link')
    await a.getByRole('link', { name: 'Шаблоны конкурсов' }).click()
    await a.getByRole('heading', { name: 'Шаблоны конкурсов', level: 1 }).waitFor()
    const fpg = a.locator('.tpl-card', { hasText: 'Заявка ФПГ' })
    await fpg.getByText('встроенный').waitFor()
    expect(await a.locator('.tpl-card').count()).toBe(4)
    await waitFor(() => fpg.getByRole('button', { name: 'Дублировать «Заявка ФПГ»' }).isEnabled(), { message: 'duplicate enabled once online' })
    await screenshot(a, 'templates-list')

    // The built-in form opens read-only.
    await fpg.getByRole('link', { name: 'Посмотреть' }).click()
    await a.getByText('Встроенный шаблон нельзя изменить').waitFor()
    // Sections come folded; a read-only one still opens.
    expect(await problemCard(a).isVisible()).toBe(false)
    await openSection(a, 'problem')
    expect(await problemCard(a).getByLabel('Лимит знаков').isDisabled()).toBe(true)
    expect(await problemCard(a).getByLabel('Лимит знаков').inputValue()).toBe('5000')
    await a.getByRole('link', { name: 'Шаблоны конкурсов' }).first().click()

    // Duplicate under a new name: the editor of the copy opens.
    await a.locator('.tpl-card', { hasText: 'Заявка ФПГ' }).getByRole('button', { name: 'Дублировать «Заявка ФПГ»' }).click()
    await a.getByLabel('Название копии').fill(COPY)
    await a.getByRole('button', { name: 'Сделать копию' }).click()
    await waitFor(() => /\/templates\/[^/]+$/.test(new URL(a.url()).pathname), { message: 'the copy’s editor' })
    await a.getByRole('heading', { name: COPY, exact: true, level: 1 }).waitFor()
    const copyId = decodeURIComponent(new URL(a.url()).pathname.split('/').pop() ?? '')
    expect(copyId).not.toBe(FPG_TEMPLATE_ID)
    await openSection(a, 'problem')
    await openSection(a, 'direction')

    // A bad value is named next to it and nothing is saved.
    const limit = problemCard(a).getByLabel('Лимит знаков')
    await limit.fill('4000')
    await problemCard(a).getByLabel('Пунктов не меньше').count().then((n) => expect(n).toBe(0))
    await a.getByLabel('Название шаблона').fill('')
    await a.getByRole('button', { name: 'Сохранить' }).click()
    await a.locator('[data-path="name"]').getByText('Заполните это поле.').waitFor()
    await a.getByText('Исправьте 1 ошибку').waitFor()
    await a.locator('[data-path="name"]').scrollIntoViewIfNeeded()
    await viewShot(a, 'template-editor-error')
    await a.getByLabel('Название шаблона').fill(COPY)

    // A section's only field cannot go; a field removed by mistake comes back, where it was.
    expect(await problemCard(a).getByRole('button', { name: /^Удалить «Описание проблемы/ }).isDisabled()).toBe(true)
    const theme = a.locator('[data-field="theme"]')
    await theme.getByLabel('Лимит знаков').fill('1000')
    await theme.getByRole('button', { name: 'Удалить «Тематика»' }).click()
    expect(await theme.count()).toBe(0)
    await a.getByRole('button', { name: 'Отменить' }).click()
    await theme.waitFor()
    expect(await theme.getByLabel('Лимит знаков').inputValue()).toBe('1000')
    expect(await a.locator('[data-section="direction"] [data-field]').evaluateAll((els) => els.map((el) => el.getAttribute('data-field')))).toEqual(['direction', 'theme'])

    await a.getByRole('button', { name: 'Сохранить' }).click()
    await a.getByText('Сохранено.').waitFor()
    await screenshot(a, 'template-editor')
    await problemCard(a).scrollIntoViewIfNeeded()
    await viewShot(a, 'template-editor-field')
    await a.locator('#tpl-budget-title').scrollIntoViewIfNeeded()
    await viewShot(a, 'template-editor-budget')

    // Reloaded: kept. The API serves it.
    await a.reload()
    await openSection(a, 'problem')
    await problemCard(a).getByLabel('Лимит знаков').waitFor()
    await waitFor(async () => (await problemCard(a).getByLabel('Лимит знаков').inputValue()) === '4000', { message: 'the limit after a reload' })
    const res = await server.fetch(`/api/templates/${encodeURIComponent(copyId)}`)
    expect(res.status).toBe(200)
    const served = (await res.json()) as ListedTemplate
    expect(served.name).toBe(COPY)
    expect(served.builtIn).toBe(false)
    expect(served.basedOn).toBe(FPG_TEMPLATE_ID)
    expect(served.sections.flatMap((s) => s.fields).find((f) => f.id === 'problem')?.maxChars).toBe(4000)
    expect(served.sections.flatMap((s) => s.fields).find((f) => f.id === 'theme')?.maxChars).toBe(1000)

    // Phone and English views of the editor.
    const p = phone.page
    await p.goto(`${server.url}/templates/${encodeURIComponent(copyId)}`)
    await openSection(p, 'problem')
    await problemCard(p).getByLabel('Лимит знаков').waitFor()
    await problemCard(p).scrollIntoViewIfNeeded()
    await viewShot(p, 'phone-template-editor')
    await p.goto(`${server.url}/templates`)
    await p.locator('.tpl-card').nth(4).waitFor()
    await screenshot(p, 'phone-templates-list')
    await a.getByRole('button', { name: 'English' }).click()
    await a.getByRole('heading', { name: 'Sections and fields' }).waitFor()
    await viewShot(a, 'template-editor-en')
    await a.getByRole('button', { name: 'Русский' }).click()
  })

  it('deletes a copy after asking, and brings it back', async () => {
    const a = curator.page
    await a.getByRole('button', { name: 'Удалить шаблон' }).click()
    await a.getByRole('button', { name: 'Да, удалить' }).click()
    await a.getByRole('heading', { name: `Шаблон «${COPY}» удалён` }).waitFor()
    const listed = (await (await server.fetch(`/api/templates`)).json()) as ListedTemplate[]
    expect(listed.map((t) => t.name)).not.toContain(COPY)
    await a.getByRole('button', { name: 'Отменить удаление' }).click()
    await a.getByRole('heading', { name: COPY, exact: true, level: 1 }).waitFor()
    const back = (await (await server.fetch(`/api/templates`)).json()) as ListedTemplate[]
    expect(back.find((t) => t.name === COPY)?.sections.flatMap((s) => s.fields).find((f) => f.id === 'problem')?.maxChars).toBe(4000)
  })

  it('without the server: the list from this device, editing off with a note', async () => {
    const p = phone.page
    // The server unreachable for templates, as on a settlement's lost connection.
    await p.route('**/api/templates**', (route) => route.abort('internetdisconnected'))
    await p.goto(`${server.url}/templates`)
    await p.getByText('Нет связи с сервером — показан список, сохранённый на этом устройстве.').waitFor()
    const copy = p.locator('.tpl-card', { hasText: COPY })
    await copy.waitFor()
    expect(await copy.getByRole('button', { name: `Дублировать «${COPY}»` }).isDisabled()).toBe(true)
    await copy.getByRole('link', { name: 'Посмотреть' }).click()
    await p.getByText('шаблон показан только для чтения').waitFor()
    expect(await p.getByLabel('Название шаблона').isDisabled()).toBe(true)
    expect(await p.getByRole('button', { name: 'Сохранить' }).count()).toBe(0)
    await viewShot(p, 'phone-template-offline')
    await p.unroute('**/api/templates**')
  })
})
