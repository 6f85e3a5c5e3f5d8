/** The pure rules of accounts in the client: session answers, where to go after sign-in, what a page shows, colours, errors. */
import { describe, expect, it } from 'vitest'
import type { PublicUser } from '../../shared/auth.js'
import { BOARD_ROLES, ROLE_TITLES_RU } from '../../shared/roles.js'
import { accountProblems, authErrorKey, roleKey } from '../../client/src/auth/authText.js'
import { gateFor } from '../../client/src/auth/gate.js'
import { nextFrom, safeNext } from '../../client/src/auth/next.js'
import { clearCachedUser, loadCachedUser, saveCachedUser } from '../../client/src/auth/sessionCache.js'
import { afterMe, isSessionSignal, type SessionSnapshot } from '../../client/src/auth/signals.js'
import { Throttle } from '../../client/src/auth/throttle.js'
import { authRu } from '../../client/src/i18n/areas/auth.js'
import { colorFor, PALETTE, personFromUser } from '../../client/src/identity/person.js'

const anna: PublicUser = { id: 'u-anna', login: 'anna', name: 'Анна Петрова', workspaceRole: 'member', lang: 'ru', disabled: false }

/** A Storage in memory (the unit tests run without a DOM). */
function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  }
}

describe('the session after /api/auth/me', () => {
  const checking: SessionSnapshot = { status: 'checking', user: anna }

  it('a person signs them in', () => {
    expect(afterMe({ status: 'expired', user: anna }, { kind: 'user', user: anna })).toEqual({ status: 'signedIn', user: anna })
  })

  it('no answer at start works offline as the cached person; later it changes nothing', () => {
    expect(afterMe(checking, { kind: 'unreached' })).toEqual({ status: 'offline', user: anna })
    expect(afterMe({ status: 'checking', user: null }, { kind: 'unreached' })).toEqual({ status: 'offline', user: null })
    const signedIn: SessionSnapshot = { status: 'signedIn', user: anna }
    expect(afterMe(signedIn, { kind: 'unreached' })).toBe(signedIn)
  })

  it('a 401 at start means signed out, while open it means expired — the cached person stays either way', () => {
    expect(afterMe(checking, { kind: 'unauthorized' })).toEqual({ status: 'signedOut', user: anna })
    expect(afterMe({ status: 'signedIn', user: anna }, { kind: 'unauthorized' })).toEqual({ status: 'expired', user: anna })
    expect(afterMe({ status: 'offline', user: anna }, { kind: 'unauthorized' })).toEqual({ status: 'expired', user: anna })
    expect(afterMe({ status: 'offline', user: null }, { kind: 'unauthorized' })).toEqual({ status: 'signedOut', user: null })
    expect(afterMe({ status: 'signedOut', user: anna }, { kind: 'unauthorized' })).toEqual({ status: 'signedOut', user: anna })
  })
})

describe('which 401s hint at a lapsed session', () => {
  it('API calls do; signing in, the setup check and invite links do not; other statuses never', () => {
    expect(isSessionSignal('http://h/api/boards', 401)).toBe(true)
    expect(isSessionSignal('/api/boards/x/members', 401)).toBe(true)
    expect(isSessionSignal('http://h/api/boards', 403)).toBe(false)
    expect(isSessionSignal('http://h/api/auth/me', 401)).toBe(false)
    expect(isSessionSignal('http://h/api/auth/login', 401)).toBe(false)
    expect(isSessionSignal('http://h/api/auth/setup', 401)).toBe(false)
    expect(isSessionSignal('http://h/api/invites/abc/accept', 401)).toBe(false)
    expect(isSessionSignal('http://h/assets/app.js', 401)).toBe(false)
  })
})

describe('where to go after signing in', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNext('/b/abc/members')).toBe('/b/abc/members')
    expect(safeNext('/invite/abcdefghijklmnop?x=1')).toBe('/invite/abcdefghijklmnop?x=1')
    expect(nextFrom('?next=%2Fb%2Fabc')).toBe('/b/abc')
  })

  it('refuses other sites, schemes, control characters and the sign-in page itself', () => {
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/b/x\n', '', null, undefined, '/signin', '/signin?next=/b/x', 'b/x']) {
      expect(safeNext(bad)).toBe('/')
    }
    expect(safeNext('/signinfo')).toBe('/signinfo')
    expect(nextFrom('')).toBe('/')
  })
})

describe('what the app shows', () => {
  it('invite links work signed out; the sign-in route is itself; others need a person', () => {
    expect(gateFor('invite', 'signedOut', false)).toBe('page')
    expect(gateFor('signIn', 'signedIn', true)).toBe('signIn')
    expect(gateFor('board', 'checking', true)).toBe('page')
    expect(gateFor('board', 'offline', true)).toBe('page')
    expect(gateFor('board', 'expired', true)).toBe('page')
    expect(gateFor('board', 'checking', false)).toBe('checking')
    expect(gateFor('board', 'offline', false)).toBe('signIn')
    expect(gateFor('home', 'signedOut', true)).toBe('redirect')
    expect(gateFor('home', 'signedOut', false)).toBe('redirect')
  })
})

describe('the cached person', () => {
  it('round-trips, ignores junk and is forgotten on sign-out', () => {
    const storage = memoryStorage()
    expect(loadCachedUser(storage)).toBeNull()
    saveCachedUser(storage, anna)
    expect(loadCachedUser(storage)).toEqual(anna)
    clearCachedUser(storage)
    expect(loadCachedUser(storage)).toBeNull()
    storage.setItem('impact.session.user', '{"id":1}')
    expect(loadCachedUser(storage)).toBeNull()
    storage.setItem('impact.session.user', 'not json')
    expect(loadCachedUser(storage)).toBeNull()
    expect(loadCachedUser(null)).toBeNull()
  })
})

describe('the colour of a person', () => {
  it('is a palette colour, the same for the same id, and varies across ids', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `user-${i}`)
    for (const id of ids) {
      expect(PALETTE).toContain(colorFor(id))
      expect(colorFor(id)).toBe(colorFor(id))
    }
    expect(new Set(ids.map(colorFor)).size).toBeGreaterThanOrEqual(8)
    expect(personFromUser(anna)).toEqual({ id: 'u-anna', name: 'Анна Петрова', color: colorFor('u-anna') })
  })
})

describe('sign-in errors and new accounts', () => {
  it('says the right thing for each answer', () => {
    expect(authErrorKey('signIn', 'invalid_credentials', 401)).toBe('auth.error.invalid')
    expect(authErrorKey('signIn', 'bad_request', 400)).toBe('auth.error.invalid')
    expect(authErrorKey('signIn', 'too_many_requests', 429)).toBe('auth.error.tooMany')
    expect(authErrorKey('signIn', 'network', 0)).toBe('auth.error.network')
    expect(authErrorKey('setup', 'conflict', 409)).toBe('auth.error.setupDone')
    expect(authErrorKey('setup', 'forbidden', 403)).toBe('auth.error.setupForbidden')
    expect(authErrorKey('register', 'conflict', 409)).toBe('auth.error.loginTaken')
    expect(authErrorKey('register', 'not_found', 404)).toBe('auth.error.inviteGone')
    expect(authErrorKey('register', 'internal', 500)).toBe('auth.error.internal')
    expect(authRu['auth.error.tooMany']).toBe('Слишком много попыток входа — подождите несколько минут')
  })

  it('checks a new account like the server does', () => {
    expect(accountProblems({ name: 'Анна', login: 'anna.p', password: '12345678' })).toEqual({})
    expect(accountProblems({ name: ' ', login: 'A', password: 'short', repeat: 'other' })).toEqual({
      name: 'auth.error.nameEmpty',
      login: 'auth.error.loginFormat',
      password: 'auth.error.passwordShort',
      repeat: 'auth.error.passwordMismatch',
    })
    // Typed with capitals: the server lower-cases logins, so it is fine.
    expect(accountProblems({ name: 'Анна', login: 'Anna', password: '12345678', repeat: '12345678' })).toEqual({})
  })

  it('names roles as the shared table does', () => {
    for (const role of BOARD_ROLES) expect(authRu[roleKey(role) as keyof typeof authRu]).toBe(ROLE_TITLES_RU[role])
  })
})

describe('the session check throttle', () => {
  it('lets one check through per interval', () => {
    let now = 0
    const throttle = new Throttle(10_000, () => now)
    expect(throttle.take()).toBe(true)
    now = 9_999
    expect(throttle.take()).toBe(false)
    now = 10_000
    expect(throttle.take()).toBe(true)
  })
})
