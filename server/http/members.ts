/**
 * Board members and invite links:
 * `GET /api/boards/:boardId/members`, `PUT/DELETE /api/boards/:boardId/members/:userId`,
 * `GET/POST /api/boards/:boardId/invites`, `DELETE /api/boards/:boardId/invites/:inviteId`,
 * and for whoever opens a link: `GET /api/invites/:secret`, `POST /api/invites/:secret/accept`
 * (signed in) and `POST /api/invites/:secret/register` (a new person).
 */
import { Router, type Request, type RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import { createInviteSchema, invitePath, memberPatchSchema, registerBodySchema, type Member, type PublicInvite } from '../../shared/auth.js'
import { ID_PATTERN } from '../../shared/docId.js'
import { invitableRoles } from '../../shared/roles.js'
import { assertCan } from '../auth/access.js'
import { AuthError, publicUser, type AuthStore, type StoredInvite, type StoredUser } from '../auth/authStore.js'
import { AppError, ErrorCode, errorBody } from '../errors.js'
import type { MetaStore } from '../storage/types.js'
import { currentUser, requireUser, startSession, type AuthOptions } from './auth.js'
import { parseBody } from './validate.js'

const DAY_MS = 86_400_000

const toPublicInvite = (i: StoredInvite): PublicInvite => ({
  id: i.id,
  boardId: i.boardId,
  role: i.role,
  createdAt: i.createdAt,
  expiresAt: i.expiresAt,
  maxUses: i.maxUses,
  uses: i.uses,
  revoked: i.revokedAt !== null,
})

function param(req: Request, name: string): string {
  const value = (req.params as Record<string, string | undefined>)[name]
  if (value === undefined || !ID_PATTERN.test(value)) throw new AppError(ErrorCode.notFound, `no such ${name}`)
  return value
}

/** Routes under `/api/boards/:boardId`. */
export function membersRouter(meta: MetaStore, auth: AuthStore, accessChanged: () => void): Router {
  const router = Router({ mergeParams: true })
  // Every route here needs a signed-in person and an existing board (not `router.use`: the board's own routes share the prefix).
  const boardExists: RequestHandler = async (req, _res, next) => {
    const board = await meta.getBoard(param(req, 'boardId'))
    if (!board || board.deleted) throw new AppError(ErrorCode.notFound, 'board not found')
    next()
  }
  const guard = [requireUser, boardExists]
  const me = (res: Parameters<typeof currentUser>[0]) => currentUser(res) as StoredUser

  router.get('/members', ...guard, async (req, res) => {
    const boardId = param(req, 'boardId')
    await assertCan(auth, me(res), boardId, 'read')
    // Workspace curators first (they run every board, so everyone may @mention them), then the board's members by name.
    // One read of the accounts serves every row.
    const users = new Map((await auth.listUsers()).map((u) => [u.id, u]))
    const curators = [...users.values()].filter((u) => u.workspaceRole === 'curator' && !u.disabled)
    const byName = (a: Member, b: Member) => a.user.name.localeCompare(b.user.name, 'ru')
    const curatorIds = new Set(curators.map((u) => u.id))
    const listed: Member[] = curators.map((u) => ({ user: publicUser(u), role: 'curator', viewerMayComment: false, workspaceCurator: true }))
    const members: Member[] = []
    for (const m of await auth.members(boardId)) {
      const user = users.get(m.userId)
      if (user && !curatorIds.has(user.id)) members.push({ user: publicUser(user), role: m.role, viewerMayComment: m.viewerMayComment, workspaceCurator: false })
    }
    res.json([...listed.sort(byName), ...members.sort(byName)])
  })

  /** A workspace curator's access is not set per board: refuse changing it here, with the reason. */
  const assertNotWorkspaceCurator = (user: StoredUser | undefined) => {
    if (user?.workspaceRole === 'curator') throw new AppError(ErrorCode.conflict, 'a workspace curator runs every board; their access is not set per board')
  }

  router.put('/members/:userId', ...guard, async (req, res) => {
    const boardId = param(req, 'boardId')
    await assertCan(auth, me(res), boardId, 'manageMembers')
    const body = parseBody(memberPatchSchema, req.body)
    const user = await auth.userById(param(req, 'userId'))
    if (!user) throw new AppError(ErrorCode.notFound, 'no such person')
    assertNotWorkspaceCurator(user)
    const m = await auth.setMembership(boardId, user.id, body.role, body.viewerMayComment)
    accessChanged()
    res.json({ user: publicUser(user), role: m.role, viewerMayComment: m.viewerMayComment, workspaceCurator: false } satisfies Member)
  })

  router.delete('/members/:userId', ...guard, async (req, res) => {
    const boardId = param(req, 'boardId')
    await assertCan(auth, me(res), boardId, 'manageMembers')
    assertNotWorkspaceCurator(await auth.userById(param(req, 'userId')))
    if (!(await auth.removeMembership(boardId, param(req, 'userId')))) throw new AppError(ErrorCode.notFound, 'not a member')
    accessChanged()
    res.status(204).end()
  })

  router.get('/invites', ...guard, async (req, res) => {
    const boardId = param(req, 'boardId')
    await assertCan(auth, me(res), boardId, 'invite')
    res.json((await auth.invites(boardId)).map(toPublicInvite))
  })

  router.post('/invites', ...guard, async (req, res) => {
    const boardId = param(req, 'boardId')
    const access = await assertCan(auth, me(res), boardId, 'invite')
    const body = parseBody(createInviteSchema, req.body)
    if (!invitableRoles(access.role).includes(body.role)) throw new AppError(ErrorCode.forbidden, `a ${String(access.role)} may not invite a ${body.role}`)
    const { invite, secret } = await auth.createInvite({ boardId, role: body.role, createdBy: me(res).id, ttlMs: body.expiresInDays * DAY_MS, maxUses: body.maxUses })
    res.status(201).json({ invite: toPublicInvite(invite), secret, path: invitePath(secret) })
  })

  router.delete('/invites/:inviteId', ...guard, async (req, res) => {
    const boardId = param(req, 'boardId')
    await assertCan(auth, me(res), boardId, 'invite')
    if (!(await auth.revokeInvite(boardId, param(req, 'inviteId')))) throw new AppError(ErrorCode.notFound, 'no such invite')
    res.status(204).end()
  })

  return router
}

/** Routes under `/api/invites`: what someone who opens a link can do. */
export function invitesRouter(meta: MetaStore, auth: AuthStore, options: AuthOptions): Router {
  const router = Router()
  const registrations = rateLimit({
    windowMs: options.loginWindowMs,
    limit: options.loginAttemptsPerIp,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json(errorBody(new AppError(ErrorCode.tooManyRequests, 'too many registrations from this address; wait a few minutes and try again')))
    },
  })

  async function usable(secret: string) {
    const invite = secret.length <= 100 ? await auth.findInvite(secret) : undefined
    const board = invite && (await meta.getBoard(invite.boardId))
    if (!invite || !board || board.deleted) throw new AppError(ErrorCode.notFound, 'the invite link has expired, was revoked or is used up')
    return { invite, board }
  }

  router.get('/:secret', async (req, res) => {
    const { invite, board } = await usable(String(req.params.secret))
    res.json({ board: { id: board.id, title: board.title, settlement: board.settlement }, role: invite.role, expiresAt: invite.expiresAt })
  })

  router.post('/:secret/accept', requireUser, async (req, res) => {
    await usable(String(req.params.secret))
    const m = await accept(auth, String(req.params.secret), (currentUser(res) as StoredUser).id)
    res.json({ boardId: m.boardId, role: m.role })
  })

  router.post('/:secret/register', registrations, async (req, res) => {
    await usable(String(req.params.secret))
    const body = parseBody(registerBodySchema, req.body)
    let user: StoredUser
    try {
      user = await auth.addUser({ ...body, workspaceRole: 'member' })
    } catch (e) {
      if (e instanceof AuthError && e.code === 'login_taken') throw new AppError(ErrorCode.conflict, 'this login is taken; choose another or sign in')
      throw e
    }
    const m = await accept(auth, String(req.params.secret), user.id)
    await startSession(req, res, auth, user, options)
    res.status(201).json({ user: publicUser(user), boardId: m.boardId, role: m.role })
  })

  return router
}

async function accept(auth: AuthStore, secret: string, userId: string) {
  try {
    return await auth.acceptInvite(secret, userId)
  } catch (e) {
    if (e instanceof AuthError) throw new AppError(ErrorCode.notFound, e.message)
    throw e
  }
}
