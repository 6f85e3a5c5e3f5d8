import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { admin, addUser } from '../helpers/accounts.js'
import { startServer, type TestServer } from '../helpers/server.js'

let server: TestServer
const PASSWORD = 'Палана-2026-пароль'

beforeAll(async () => {
  server = await startServer({ env: { LOGIN_ATTEMPTS_PER_LOGIN: '5', LOGIN_ATTEMPTS_PER_IP: '1000' } })
  await addUser(server.dataDir, { login: 'anna', name: 'Анна Коерина', password: PASSWORD, role: 'curator' })
  await addUser(server.dataDir, { login: 'boris', name: 'Борис', password: 'boris-password' })
})

afterAll(async () => {
  await server.dispose()
})

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/auth/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })
const me = (headers: Record<string, string>) => fetch(`${server.url}/api/auth/me`, { headers })

/** Signs in and returns the `Cookie` header value and the raw `Set-Cookie`. */
async function signIn(login: string, password: string, headers: Record<string, string> = {}): Promise<{ cookie: string; setCookie: string }> {
  const res = await post('login', { login, password }, headers)
  expect(res.status).toBe(200)
  const setCookie = res.headers.get('set-cookie') ?? ''
  return { cookie: setCookie.split(';')[0] as string, setCookie }
}

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie, a new one at each sign-in, and /me answers with the person', async () => {
    const first = await signIn('anna', PASSWORD)
    expect(first.setCookie).toMatch(/^impact_session=[\w-]{40,};/)
    expect(first.setCookie).toMatch(/HttpOnly/i)
    expect(first.setCookie).toMatch(/SameSite=Lax/i)
    expect(first.setCookie).not.toMatch(/Secure/i)
    const second = await signIn('ANNA ', PASSWORD, { Cookie: first.cookie })
    expect(second.cookie).not.toBe(first.cookie)
    // Signing in again ends the session the browser had.
    expect((await me({ Cookie: first.cookie })).status).toBe(401)
    const res = await me({ Cookie: second.cookie })
    expect(await res.json()).toEqual({ id: expect.any(String), login: 'anna', name: 'Анна Коерина', workspaceRole: 'curator', lang: 'ru', disabled: false })
  })

  it('refuses a wrong password or an unknown login with one message, and a bad body with 400', async () => {
    for (const body of [{ login: 'anna', password: 'wrong-password' }, { login: 'nobody', password: PASSWORD }]) {
      const res = await post('login', body)
      expect(res.status).toBe(401)
      expect(await res.json()).toEqual({ error: { code: 'invalid_credentials', message: 'wrong login or password' } })
    }
    expect((await post('login', { login: 'anna' })).status).toBe(400)
    expect((await me({})).status).toBe(401)
  })

  it('logs out: the cookie is cleared and the session no longer opens anything', async () => {
    const { cookie } = await signIn('boris', 'boris-password')
    const res = await post('logout', {}, { Cookie: cookie })
    expect(res.status).toBe(204)
    expect(res.headers.get('set-cookie')).toMatch(/impact_session=;/)
    expect((await me({ Cookie: cookie })).status).toBe(401)
  })

  it('lets a person change their own name and interface language, and nothing else', async () => {
    const { cookie } = await signIn('boris', 'boris-password')
    const patch = (body: unknown, headers: Record<string, string> = { Cookie: cookie }) =>
      fetch(`${server.url}/api/auth/me`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })
    const changed = await patch({ lang: 'en', name: '  Борис Ким ' })
    expect(changed.status).toBe(200)
    expect(await changed.json()).toMatchObject({ login: 'boris', name: 'Борис Ким', lang: 'en', workspaceRole: 'member' })
    expect(await (await me({ Cookie: cookie })).json()).toMatchObject({ name: 'Борис Ким', lang: 'en' })
    for (const bad of [{}, { lang: 'de' }, { workspaceRole: 'curator' }, { name: '' }]) {
      const res = await patch(bad)
      expect(res.status).toBe(400)
      expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/\S/) })
    }
    expect((await patch({ lang: 'ru' }, {})).status).toBe(401)
    expect(await (await me({ Cookie: cookie })).json()).toMatchObject({ lang: 'en', workspaceRole: 'member' })
  })

  it('issues revocable bearer tokens for scripts', async () => {
    const { cookie } = await signIn('boris', 'boris-password')
    const res = await post('token', { name: 'выгрузка' }, { Cookie: cookie })
    expect(res.status).toBe(201)
    const { id, token } = (await res.json()) as { id: string; token: string }
    expect((await me({ Authorization: `Bearer ${token}` })).status).toBe(200)
    const revoked = await fetch(`${server.url}/api/auth/token/${id}`, { method: 'DELETE', headers: { Cookie: cookie } })
    expect(revoked.status).toBe(204)
    expect((await me({ Authorization: `Bearer ${token}` })).status).toBe(401)
  })

  it('sees the admin tool’s changes without a restart: a disabled person is signed out at once', async () => {
    await addUser(server.dataDir, { login: 'vera', name: 'Вера', password: 'vera-password' })
    const { cookie } = await signIn('vera', 'vera-password')
    expect((await me({ Cookie: cookie })).status).toBe(200)
    const result = await admin(server.dataDir, ['disable-user', '--login', 'vera'])
    expect(result).toMatchObject({ code: 0 })
    expect((await me({ Cookie: cookie })).status).toBe(401)
    expect((await post('login', { login: 'vera', password: 'vera-password' })).status).toBe(401)
    const list = await admin(server.dataDir, ['list-users'])
    expect(list.stdout).toContain('vera\tВера\tmember\tdisabled')
  })

  it('limits sign-in attempts per login with a clear message', async () => {
    let last: Response | null = null
    for (let i = 0; i < 6; i++) last = await post('login', { login: 'boris', password: 'not-his-password' })
    expect(last?.status).toBe(429)
    expect(await last?.json()).toEqual({ error: { code: 'too_many_requests', message: 'too many sign-in attempts for this login; wait a few minutes and try again' } })
  })

  it('never writes a password, its hash or a session secret into a log line or an answer', async () => {
    const { cookie } = await signIn('anna', PASSWORD)
    const body = await (await me({ Cookie: cookie })).text()
    const logs = JSON.stringify(server.logs)
    for (const secret of [PASSWORD, 'scrypt$', cookie.split('=')[1] as string]) {
      expect(logs).not.toContain(secret)
      expect(body).not.toContain(secret)
    }
  })

  it('makes the admin tool refuse bad input with its usage, and keep the file valid when two tools run at once', async () => {
    expect((await admin(server.dataDir, ['add-user', '--login', 'x'], 'short\n')).code).toBe(2)
    expect((await admin(server.dataDir, ['frobnicate'])).code).toBe(2)
    const many = Array.from({ length: 6 }, (_, i) => addUser(server.dataDir, { login: `user${i}`, name: `Участник ${i}`, password: `password-${i}` }))
    await Promise.all(many)
    const list = await admin(server.dataDir, ['list-users'])
    for (let i = 0; i < 6; i++) expect(list.stdout).toContain(`user${i}\tУчастник ${i}`)
  })
})
