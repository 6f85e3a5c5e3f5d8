import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Member, PublicInvite } from '../../shared/auth.js'
import { AuthStore } from '../../server/auth/authStore.js'
import { addUser } from '../helpers/accounts.js'
import { CURATOR, startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'

let server: TestServer
let boardId = ''
const cookies: Record<string, string> = {}

const call = (path: string, who: string | null, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${server.url}/api/${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(who ? { Cookie: cookies[who] as string } : {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })

async function signIn(login: string, password: string): Promise<void> {
  const res = await call('auth/login', null, { method: 'POST', body: { login, password } })
  expect(res.status).toBe(200)
  cookies[login] = (res.headers.get('set-cookie') ?? '').split(';')[0] as string
}

async function userId(login: string): Promise<string> {
  return ((await (await call('auth/me', login)).json()) as { id: string }).id
}

beforeAll(async () => {
  server = await startServer()
  await addUser(server.dataDir, { login: 'curator', name: 'Куратор', password: 'curator-pass', role: 'curator' })
  await addUser(server.dataDir, { login: 'amb', name: 'Амбассадор Палана', password: 'amb-password' })
  await addUser(server.dataDir, { login: 'outsider', name: 'Посторонний', password: 'outsider-pass' })
  for (const [login, password] of [['curator', 'curator-pass'], ['amb', 'amb-password'], ['outsider', 'outsider-pass']] as const) await signIn(login, password)
  const res = await call('boards', 'curator', { method: 'POST', body: { title: 'Палана', settlement: 'Палана' } })
  boardId = ((await res.json()) as { id: string }).id
})

afterAll(async () => {
  await server.dispose()
})

describe('members and invite links', () => {
  it('lets a curator give roles, and refuses people who are not members', async () => {
    const amb = await userId('amb')
    const put = await call(`boards/${boardId}/members/${amb}`, 'curator', { method: 'PUT', body: { role: 'ambassador' } })
    expect(put.status).toBe(200)
    const members = (await (await call(`boards/${boardId}/members`, 'amb')).json()) as Member[]
    // Workspace curators run every board: listed first on each (so anyone may @mention them), as curators.
    const curators = members.filter((m) => m.workspaceCurator)
    expect(curators.map((m) => [m.user.login, m.role]).sort()).toEqual([['curator', 'curator'], [CURATOR.login, 'curator']])
    expect(members.slice(0, curators.length)).toEqual(curators)
    expect(members.filter((m) => !m.workspaceCurator).map((m) => [m.user.login, m.role])).toEqual([['amb', 'ambassador']])
    expect(JSON.stringify(members)).not.toContain('passwordHash')
    // Their access is not set per board: a clear refusal, and nothing changes.
    const curatorId = await userId('curator')
    for (const init of [{ method: 'PUT', body: { role: 'viewer' } }, { method: 'DELETE' }]) {
      const refused = await call(`boards/${boardId}/members/${curatorId}`, 'curator', init)
      expect(refused.status).toBe(409)
      expect(await refused.text()).toContain('workspace curator')
    }

    expect((await call(`boards/${boardId}/members`, 'outsider')).status).toBe(403)
    expect((await call(`boards/${boardId}/members`, null)).status).toBe(401)
    expect((await call(`boards/${boardId}/members/${amb}`, 'amb', { method: 'PUT', body: { role: 'curator' } })).status).toBe(403)
    expect((await call(`boards/${boardId}/members/${amb}`, 'curator', { method: 'PUT', body: { role: 'king' } })).status).toBe(400)
    expect((await call(`boards/nope/members`, 'curator')).status).toBe(404)
  })

  it('lets an ambassador invite activists and experts, not curators; a new person registers through the link', async () => {
    expect((await call(`boards/${boardId}/invites`, 'amb', { method: 'POST', body: { role: 'curator' } })).status).toBe(403)
    const res = await call(`boards/${boardId}/invites`, 'amb', { method: 'POST', body: { role: 'activist', maxUses: 1, expiresInDays: 3 } })
    expect(res.status).toBe(201)
    const { secret, path, invite } = (await res.json()) as { secret: string; path: string; invite: PublicInvite }
    expect(path).toBe(`/invite/${secret}`)
    expect(invite).toMatchObject({ role: 'activist', maxUses: 1, uses: 0, revoked: false })

    const info = await call(`invites/${secret}`, null)
    expect(await info.json()).toMatchObject({ board: { id: boardId, title: 'Палана' }, role: 'activist' })

    const reg = await call(`invites/${secret}/register`, null, { method: 'POST', body: { login: 'masha', name: 'Маша', password: 'masha-password' } })
    expect(reg.status).toBe(201)
    expect(reg.headers.get('set-cookie')).toMatch(/^impact_session=/)
    expect(await reg.json()).toMatchObject({ user: { login: 'masha', workspaceRole: 'member' }, boardId, role: 'activist' })

    // One use only: the link is spent.
    expect((await call(`invites/${secret}`, null)).status).toBe(404)
    expect((await call(`invites/${secret}/register`, null, { method: 'POST', body: { login: 'petya', name: 'Петя', password: 'petya-password' } })).status).toBe(404)
    const members = (await (await call(`boards/${boardId}/members`, 'curator')).json()) as Member[]
    expect(members.filter((m) => !m.workspaceCurator).map((m) => m.user.login).sort()).toEqual(['amb', 'masha'])
  })

  it('lets a signed-in person join with a link; revoked and expired links open nothing', async () => {
    const made = (await (await call(`boards/${boardId}/invites`, 'curator', { method: 'POST', body: { role: 'viewer' } })).json()) as { secret: string; invite: PublicInvite }
    const joined = await call(`invites/${made.secret}/accept`, 'outsider', { method: 'POST' })
    expect(await joined.json()).toEqual({ boardId, role: 'viewer' })
    expect((await call(`boards/${boardId}/members`, 'outsider')).status).toBe(200)
    // A viewer reads but may not invite.
    expect((await call(`boards/${boardId}/invites`, 'outsider', { method: 'POST', body: { role: 'viewer' } })).status).toBe(403)

    const other = (await (await call(`boards/${boardId}/invites`, 'curator', { method: 'POST', body: { role: 'expert' } })).json()) as { secret: string; invite: PublicInvite }
    expect((await call(`boards/${boardId}/invites/${other.invite.id}`, 'curator', { method: 'DELETE' })).status).toBe(204)
    expect((await call(`invites/${other.secret}`, null)).status).toBe(404)
    const listed = (await (await call(`boards/${boardId}/invites`, 'curator')).json()) as PublicInvite[]
    expect(listed.find((i) => i.id === other.invite.id)?.revoked).toBe(true)
    expect(JSON.stringify(listed)).not.toContain(other.secret)

    expect((await call(`boards/${boardId}/invites`, 'curator', { method: 'POST', body: { role: 'expert', expiresInDays: 0 } })).status).toBe(400)
  })

  it('opens nothing once a link has expired', async () => {
    // The API's shortest life is a day: a link that lives 300 ms is written through the server's own store.
    const store = new AuthStore(path.join(server.dataDir, 'auth.json'))
    const { secret } = await store.createInvite({ boardId, role: 'expert', createdBy: await userId('curator'), ttlMs: 300, maxUses: 5 })
    expect((await call(`invites/${secret}`, null)).status).toBe(200)
    await waitFor(async () => (await call(`invites/${secret}`, null)).status === 404, { message: 'the link to expire' })
    expect((await call(`invites/${secret}/register`, null, { method: 'POST', body: { login: 'late', name: 'Опоздавший', password: 'late-password' } })).status).toBe(404)
    expect((await call(`invites/${secret}/accept`, 'amb', { method: 'POST' })).status).toBe(404)
  })

  it('removes a member', async () => {
    const outsider = await userId('outsider')
    expect((await call(`boards/${boardId}/members/${outsider}`, 'curator', { method: 'DELETE' })).status).toBe(204)
    expect((await call(`boards/${boardId}/members`, 'outsider')).status).toBe(403)
  })
})
