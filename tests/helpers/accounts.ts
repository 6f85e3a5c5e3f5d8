/**
 * Accounts for tests. The admin tool makes them the way a curator does; the
 * faster `createAccount` writes through the server's own `AuthStore` on the
 * server's data folder (the running server sees the change at once, as with
 * the tool), then signs in over HTTP like a browser.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PublicUser } from '../../shared/auth.js'
import type { BoardRole, WorkspaceRole } from '../../shared/roles.js'
import { AuthStore } from '../../server/auth/authStore.js'
import { SESSION_COOKIE } from '../../server/auth/credentials.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const adminEntry = path.join(root, 'dist/server/cli/admin.js')

export { SESSION_COOKIE }

export interface AdminResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `npm run admin -- <args>` (the built tool) on `dataDir`, with `input` on standard input. */
export function admin(dataDir: string, args: string[], input = ''): Promise<AdminResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [adminEntry, ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    proc.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
    proc.on('error', reject)
    proc.on('close', (code) => resolve({ code, stdout, stderr }))
    proc.stdin.end(input)
  })
}

/** Adds a person with the admin tool; throws with its message when it fails. */
export async function addUser(dataDir: string, user: { login: string; name: string; password: string; role?: WorkspaceRole }): Promise<void> {
  const result = await admin(dataDir, ['add-user', '--login', user.login, '--name', user.name, '--role', user.role ?? 'member'], `${user.password}\n`)
  if (result.code !== 0) throw new Error(`admin add-user failed (${result.code}): ${result.stderr}`)
}

/** A signed-in person: their session cookie (for browsers and fetch) and an API token (for websockets and scripts). */
export interface Account {
  user: PublicUser
  login: string
  password: string
  /** Value of the session cookie. */
  cookie: string
  token: string
  /** Headers that authenticate a fetch as this person (bearer token). */
  headers: Record<string, string>
}

export interface AccountOptions {
  name: string
  login?: string
  password?: string
  workspaceRole?: WorkspaceRole
  /** Makes them a member of this board. */
  board?: { id: string; role: BoardRole; viewerMayComment?: boolean }
}

interface ServerLike {
  url: string
  dataDir: string
}

/** Writes a person into the server's account file (no sign-in). */
export async function storeUser(dataDir: string, options: AccountOptions & { login: string; password: string }): Promise<PublicUser> {
  const store = new AuthStore(path.join(dataDir, 'auth.json'))
  const user = (await store.userByLogin(options.login)) ?? (await store.addUser({ login: options.login, name: options.name, password: options.password, workspaceRole: options.workspaceRole ?? 'member' }))
  if (options.board) await store.setMembership(options.board.id, user.id, options.board.role, options.board.viewerMayComment ?? false)
  return { id: user.id, login: user.login, name: user.name, workspaceRole: user.workspaceRole, lang: user.lang, disabled: user.disabled }
}

/** Signs `login` in over HTTP; returns the session cookie and a fresh API token. */
export async function signIn(url: string, login: string, password: string): Promise<{ user: PublicUser; cookie: string; token: string }> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) })
  if (res.status !== 200) throw new Error(`sign-in of ${login} answered ${res.status}: ${await res.text()}`)
  const user = (await res.json()) as PublicUser
  const cookie = sessionCookie(res)
  if (!cookie) throw new Error('sign-in set no session cookie')
  const tokenRes = await fetch(`${url}/api/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${cookie}` },
    body: JSON.stringify({ name: 'tests' }),
  })
  if (tokenRes.status !== 201) throw new Error(`token for ${login} answered ${tokenRes.status}: ${await tokenRes.text()}`)
  const { token } = (await tokenRes.json()) as { token: string }
  return { user, cookie, token }
}

/** The session cookie a response sets, if any. */
export function sessionCookie(res: Response): string | undefined {
  for (const line of res.headers.getSetCookie()) {
    const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(line)
    if (match?.[1]) return match[1]
  }
  return undefined
}

/** Adds a person (optionally a board member) and signs them in. */
export async function createAccount(server: ServerLike, options: AccountOptions): Promise<Account> {
  const login = options.login ?? `user-${randomBytes(4).toString('hex')}`
  const password = options.password ?? `pw-${randomBytes(8).toString('hex')}`
  await storeUser(server.dataDir, { ...options, login, password })
  const { user, cookie, token } = await signIn(server.url, login, password)
  return { user, login, password, cookie, token, headers: { authorization: `Bearer ${token}` } }
}
