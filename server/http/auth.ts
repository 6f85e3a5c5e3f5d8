/**
 * Sign-in: `POST /api/auth/login` (sets the session cookie), `POST /api/auth/logout`,
 * `GET /api/auth/me`, and revocable API tokens for scripts (`POST /api/auth/token`,
 * `DELETE /api/auth/token/:id`). `identify` reads the session cookie or a
 * bearer token on every API request and leaves the person in `res.locals.user`.
 */
import type { CookieOptions, Request, RequestHandler, Response } from 'express'
import { Router } from 'express'
import { rateLimit } from 'express-rate-limit'
import { loginBodySchema, profilePatchSchema, setupBodySchema, tokenBodySchema } from '../../shared/auth.js'
import { AuthError, publicUser, type AuthStore, type StoredUser } from '../auth/authStore.js'
import { SESSION_COOKIE, requestSecret, userFor } from '../auth/credentials.js'
import { decoyHash, verifyPassword } from '../auth/passwords.js'
import { AppError, ErrorCode, errorBody } from '../errors.js'
import { parseBody } from './validate.js'

export interface AuthOptions {
  sessionTtlMs: number
  /** Sign-in attempts per IP, and per login, in `loginWindowMs`. */
  loginAttemptsPerIp: number
  loginAttemptsPerLogin: number
  loginWindowMs: number
}

/** The signed-in person of this request, or undefined. */
export function currentUser(res: Response): StoredUser | undefined {
  return (res.locals as { user?: StoredUser }).user
}

/** Puts the signed-in person (if any) in `res.locals.user`. */
export function identify(auth: AuthStore): RequestHandler {
  return async (req, res, next) => {
    const user = await userFor(auth, requestSecret(req))
    if (user) (res.locals as { user?: StoredUser }).user = user
    next()
  }
}

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * A request made on the server's machine itself: from a loopback address and
 * to a loopback host name (behind a reverse proxy the Host is the public name,
 * so a visitor from outside never qualifies).
 */
function fromThisMachine(req: Request): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()
  return LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '') && LOOPBACK_HOSTS.has(host) && req.headers['x-forwarded-for'] === undefined
}

/** 401 unless signed in. */
export const requireUser: RequestHandler = (_req, res, next) => {
  if (!currentUser(res)) throw new AppError(ErrorCode.unauthorized, 'sign in first')
  next()
}

/** 403 unless the signed-in person is a workspace curator (boards and templates are theirs to make). */
export const requireWorkspaceCurator: RequestHandler = (_req, res, next) => {
  const user = currentUser(res)
  if (!user) throw new AppError(ErrorCode.unauthorized, 'sign in first')
  if (user.workspaceRole !== 'curator') throw new AppError(ErrorCode.forbidden, 'only a workspace curator may do this')
  next()
}

function cookieOptions(req: Request, maxAge?: number): CookieOptions {
  // Secure only over https (directly or behind a proxy that says so): on plain http the browser would drop it.
  const secure = req.secure || req.headers['x-forwarded-proto'] === 'https'
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(maxAge === undefined ? {} : { maxAge }) }
}

/** Ends the session the browser had (if any) and starts a new one: a fresh id at every sign-in. */
export async function startSession(req: Request, res: Response, auth: AuthStore, user: StoredUser, options: AuthOptions): Promise<void> {
  const previous = requestSecret(req)
  if (previous?.kind === 'session') await auth.deleteSession(previous.secret)
  const session = await auth.createSession(user.id, options.sessionTtlMs)
  res.cookie(SESSION_COOKIE, session.secret, cookieOptions(req, options.sessionTtlMs))
}

export function authRouter(auth: AuthStore, options: AuthOptions, accessChanged: () => Promise<void>): Router {
  const router = Router()
  const tooMany = (message: string) => (_req: Request, res: Response) => {
    res.status(429).json(errorBody(new AppError(ErrorCode.tooManyRequests, message)))
  }
  const perIp = rateLimit({
    windowMs: options.loginWindowMs,
    limit: options.loginAttemptsPerIp,
    // Only failed attempts count: a whole office behind one address signs in every morning.
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: tooMany('too many sign-in attempts from this address; wait a few minutes and try again'),
  })
  const perLogin = rateLimit({
    windowMs: options.loginWindowMs,
    limit: options.loginAttemptsPerLogin,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `login:${String((req.body as { login?: unknown } | undefined)?.login ?? '').trim().toLowerCase().slice(0, 64)}`,
    handler: tooMany('too many sign-in attempts for this login; wait a few minutes and try again'),
  })

  router.post('/login', perIp, perLogin, async (req, res) => {
    const body = parseBody(loginBodySchema, req.body)
    const user = await auth.userByLogin(body.login)
    // Verify against a decoy when the login is unknown, so the answer time does not tell.
    const ok = await verifyPassword(body.password, user?.passwordHash ?? (await decoyHash()))
    if (!user || !ok || user.disabled) throw new AppError(ErrorCode.invalidCredentials, 'wrong login or password')
    await startSession(req, res, auth, user, options)
    res.json(publicUser(user))
  })

  router.post('/logout', async (req, res) => {
    const found = requestSecret(req)
    if (found?.kind === 'session') await auth.deleteSession(found.secret)
    res.clearCookie(SESSION_COOKIE, cookieOptions(req))
    res.status(204).end()
  })

  // First run: the first workspace curator may be made from a browser on the server's own machine.
  router.get('/setup', async (req, res) => {
    res.set('Cache-Control', 'no-store').json({ needed: (await auth.listUsers()).length === 0, allowed: fromThisMachine(req) })
  })

  router.post('/setup', perIp, async (req, res) => {
    if (!fromThisMachine(req)) throw new AppError(ErrorCode.forbidden, 'the first account can only be made from the server itself (or with `npm run admin -- add-user`)')
    const body = parseBody(setupBodySchema, req.body)
    let user: StoredUser
    try {
      user = await auth.addUser({ ...body, workspaceRole: 'curator' }, { onlyIfFirst: true })
    } catch (e) {
      if (e instanceof AuthError && e.code === 'already_set_up') throw new AppError(ErrorCode.conflict, 'this server is set up already: sign in')
      throw e
    }
    await startSession(req, res, auth, user, options)
    res.status(201).json(publicUser(user))
  })

  router.get('/me', requireUser, (_req, res) => {
    res.json(publicUser(currentUser(res) as StoredUser))
  })

  router.patch('/me', requireUser, async (req, res) => {
    const patch = parseBody(profilePatchSchema, req.body)
    const user = await auth.updateProfile((currentUser(res) as StoredUser).id, patch)
    // Open connections take the new name before the answer, so the presence the client sends next carries it.
    if (patch.name !== undefined) await accessChanged()
    res.json(publicUser(user))
  })

  router.post('/token', requireUser, async (req, res) => {
    const { name } = parseBody(tokenBodySchema, req.body)
    const { id, secret } = await auth.createToken((currentUser(res) as StoredUser).id, name)
    res.status(201).json({ id, token: secret })
  })

  router.delete('/token/:id', requireUser, async (req, res) => {
    if (!(await auth.revokeToken((currentUser(res) as StoredUser).id, String(req.params.id)))) throw new AppError(ErrorCode.notFound, 'no such token')
    res.status(204).end()
  })

  return router
}
