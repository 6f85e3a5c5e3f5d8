/**
 * The usual cast of the e2e tests: the real server and two workspace curators,
 * Anna and Boris, each in their own Chromium (a viewport each, laptop by default).
 */
import { createAccount } from './accounts.js'
import { openBrowser, type TestBrowser } from './browser.js'
import { startServer, type TestServer } from './server.js'

export const ANNA = 'Анна Петрова'
export const BORIS = 'Борис Иванов'
export const PHONE = { width: 390, height: 844 }

type Viewport = { width: number; height: number }

export interface TwoCurators {
  server: TestServer
  anna: TestBrowser
  boris: TestBrowser
  close(): Promise<void>
}

export interface TwoCuratorsOptions {
  names?: readonly [string, string]
  annaViewport?: Viewport
  borisViewport?: Viewport
}

export async function openTwoCurators(options: TwoCuratorsOptions = {}): Promise<TwoCurators> {
  const [annaName, borisName] = options.names ?? [ANNA, BORIS]
  const server = await startServer()
  const [annaAccount, borisAccount] = await Promise.all([
    createAccount(server, { name: annaName, workspaceRole: 'curator' }),
    createAccount(server, { name: borisName, workspaceRole: 'curator' }),
  ])
  const [anna, boris] = await Promise.all([
    openBrowser({ server, account: annaAccount, viewport: options.annaViewport }),
    openBrowser({ server, account: borisAccount, viewport: options.borisViewport }),
  ])
  return {
    server,
    anna,
    boris,
    async close() {
      await Promise.all([anna.close(), boris.close()])
      await server.dispose()
    },
  }
}
