/**
 * Before the person's role on a board is known (first visit, nothing cached on
 * this device), the board is shown read-only with the reason, and becomes
 * editable once the server's answer names a role that may edit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.js'
import { openBrowser, screenshot } from '../helpers/browser.js'
import { startServer, type TestServer } from '../helpers/server.js'

describe('a board before the role is known', () => {
  let server: TestServer
  let boardId = ''

  beforeAll(async () => {
    server = await startServer()
    boardId = (await createBoard(server, 'demo')).id
  })

  afterAll(async () => {
    await server?.dispose()
  })

  it('stays read-only until the role is known (first visit, nothing on this device)', async () => {
    const fresh = await openBrowser({ server, account: server.curator })
    try {
      const p = fresh.page
      // The board's answer (which carries the role) is held back.
      let release: () => void = () => undefined
      const held = new Promise<void>((resolve) => (release = resolve))
      await p.route(`${server.url}/api/boards/${boardId}`, async (route) => {
        await held
        await route.continue()
      })
      await p.goto(`${server.url}/b/${boardId}`)
      await p.getByText('Только просмотр, пока не загрузились ваши права на этой доске').waitFor()
      await p.locator('.kcard').first().waitFor()
      expect(await p.getByRole('button', { name: 'Добавить карточку' }).count()).toBe(0)
      await screenshot(p, 'access-unknown')
      release()
      // The curator's role arrives: the banner goes, the board can be edited.
      await p.getByRole('button', { name: 'Добавить карточку' }).first().waitFor()
      expect(await p.locator('[data-access-banner]').count()).toBe(0)
    } finally {
      await fresh.close()
    }
  })
})
