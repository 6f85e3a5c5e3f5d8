/**
 * Accounts in the metadata folder (`DATA_DIR/auth.json`): users, sessions, API
 * tokens, board memberships and invite links. The server and the admin tool
 * both change it (see `SharedJsonFile`). Secrets are stored only as hashes:
 * passwords with scrypt, session ids and tokens with SHA-256, so a copy of the
 * file opens no session.
 */
import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { LANGS, type ProfilePatch, type PublicUser } from '../../shared/auth.js'
import { newId } from '../../shared/docId.js'
import { BOARD_ROLES, WORKSPACE_ROLES, type BoardRole, type WorkspaceRole } from '../../shared/roles.js'
import { SharedJsonFile } from '../storage/sharedJsonFile.js'
import { hashPassword } from './passwords.js'

const iso = z.iso.datetime()
const userSchema = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  passwordHash: z.string(),
  workspaceRole: z.enum(WORKSPACE_ROLES),
  lang: z.enum(LANGS),
  disabled: z.boolean(),
  createdAt: iso,
  updatedAt: iso,
})
const sessionSchema = z.object({ id: z.string(), userId: z.string(), createdAt: iso, expiresAt: iso })
const tokenSchema = z.object({ id: z.string(), hash: z.string(), userId: z.string(), name: z.string(), createdAt: iso, revokedAt: iso.nullable() })
const membershipSchema = z.object({ boardId: z.string(), userId: z.string(), role: z.enum(BOARD_ROLES), viewerMayComment: z.boolean(), addedAt: iso })
const inviteSchema = z.object({
  id: z.string(),
  hash: z.string(),
  boardId: z.string(),
  role: z.enum(BOARD_ROLES),
  createdBy: z.string(),
  createdAt: iso,
  expiresAt: iso,
  maxUses: z.number().int().min(1),
  uses: z.number().int().min(0),
  revokedAt: iso.nullable(),
})
const authFileSchema = z.looseObject({
  version: z.literal(1).default(1),
  users: z.array(userSchema).default([]),
  sessions: z.array(sessionSchema).default([]),
  tokens: z.array(tokenSchema).default([]),
  memberships: z.array(membershipSchema).default([]),
  invites: z.array(inviteSchema).default([]),
})
type AuthFile = z.infer<typeof authFileSchema>
export type StoredUser = z.infer<typeof userSchema>
export type StoredInvite = z.infer<typeof inviteSchema>
export type Membership = z.infer<typeof membershipSchema>

/** A random secret for a cookie, token or invite link (256 bits, URL-safe). */
export const newSecret = () => randomBytes(32).toString('base64url')
/** What the file keeps of a secret. */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('base64url')

export class AuthError extends Error {
  constructor(
    readonly code: 'login_taken' | 'no_such_user' | 'invite_invalid' | 'already_set_up',
    message: string,
  ) {
    super(message)
  }
}

export function publicUser(user: StoredUser): PublicUser {
  return { id: user.id, login: user.login, name: user.name, workspaceRole: user.workspaceRole, lang: user.lang, disabled: user.disabled }
}

export interface NewUser {
  login: string
  name: string
  password: string
  workspaceRole: WorkspaceRole
  lang?: (typeof LANGS)[number]
}

export class AuthStore {
  private readonly file: SharedJsonFile<typeof authFileSchema>

  constructor(path: string) {
    this.file = new SharedJsonFile(path, authFileSchema, (): AuthFile => ({ version: 1, users: [], sessions: [], tokens: [], memberships: [], invites: [] }))
  }

  // ---------- Users ----------

  async listUsers(): Promise<StoredUser[]> {
    return [...(await this.file.read()).users].sort((a, b) => a.login.localeCompare(b.login))
  }

  async userById(id: string): Promise<StoredUser | undefined> {
    return (await this.file.read()).users.find((u) => u.id === id)
  }

  async userByLogin(login: string): Promise<StoredUser | undefined> {
    const key = login.trim().toLowerCase()
    return (await this.file.read()).users.find((u) => u.login === key)
  }

  /**
   * Adds a person; throws `AuthError('login_taken')` when the login exists.
   * `onlyIfFirst` (first-run setup) throws `AuthError('already_set_up')` once anyone exists,
   * checked under the file's lock so two setups cannot both win.
   */
  async addUser(input: NewUser, { onlyIfFirst = false } = {}): Promise<StoredUser> {
    const passwordHash = await hashPassword(input.password)
    const now = new Date().toISOString()
    return this.file.update((data) => {
      if (onlyIfFirst && data.users.length > 0) throw new AuthError('already_set_up', 'the first account exists already')
      if (data.users.some((u) => u.login === input.login)) throw new AuthError('login_taken', `login ${input.login} is taken`)
      const user: StoredUser = { id: newId(), login: input.login, name: input.name, passwordHash, workspaceRole: input.workspaceRole, lang: input.lang ?? 'ru', disabled: false, createdAt: now, updatedAt: now }
      data.users.push(user)
      return user
    })
  }

  /** Changes a person's own display name or interface language. */
  async updateProfile(userId: string, patch: ProfilePatch): Promise<StoredUser> {
    return this.file.update((data) => {
      const user = data.users.find((u) => u.id === userId)
      if (!user) throw new AuthError('no_such_user', `no user ${userId}`)
      if (patch.name !== undefined) user.name = patch.name
      if (patch.lang !== undefined) user.lang = patch.lang
      user.updatedAt = new Date().toISOString()
      return user
    })
  }

  /** Sets a new password and ends every session of that person. */
  async setPassword(login: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password)
    await this.file.update((data) => {
      const user = data.users.find((u) => u.login === login)
      if (!user) throw new AuthError('no_such_user', `no user ${login}`)
      user.passwordHash = passwordHash
      user.updatedAt = new Date().toISOString()
      data.sessions = data.sessions.filter((s) => s.userId !== user.id)
    })
  }

  /** Disables (or enables again) a person; disabling ends their sessions and revokes their tokens. */
  async setDisabled(login: string, disabled: boolean): Promise<StoredUser> {
    return this.file.update((data) => {
      const user = data.users.find((u) => u.login === login)
      if (!user) throw new AuthError('no_such_user', `no user ${login}`)
      const now = new Date().toISOString()
      user.disabled = disabled
      user.updatedAt = now
      if (disabled) {
        data.sessions = data.sessions.filter((s) => s.userId !== user.id)
        for (const t of data.tokens) if (t.userId === user.id && t.revokedAt === null) t.revokedAt = now
      }
      return user
    })
  }

  // ---------- Sessions and tokens ----------

  /** A new session (a fresh id at every sign-in); returns the cookie value. Expired sessions are dropped meanwhile. */
  async createSession(userId: string, ttlMs: number): Promise<{ secret: string; expiresAt: string }> {
    const secret = newSecret()
    const now = Date.now()
    const expiresAt = new Date(now + ttlMs).toISOString()
    await this.file.update((data) => {
      data.sessions = data.sessions.filter((s) => Date.parse(s.expiresAt) > now)
      data.sessions.push({ id: secretHash(secret), userId, createdAt: new Date(now).toISOString(), expiresAt })
    })
    return { secret, expiresAt }
  }

  /** The enabled user a live session belongs to, or undefined. */
  async userForSession(secret: string): Promise<StoredUser | undefined> {
    const data = await this.file.read()
    const id = secretHash(secret)
    const session = data.sessions.find((s) => s.id === id)
    if (!session || Date.parse(session.expiresAt) <= Date.now()) return undefined
    const user = data.users.find((u) => u.id === session.userId)
    return user && !user.disabled ? user : undefined
  }

  async deleteSession(secret: string): Promise<void> {
    const id = secretHash(secret)
    await this.file.update((data) => {
      data.sessions = data.sessions.filter((s) => s.id !== id)
    })
  }

  /** A revocable bearer token for scripts; the secret is shown once. */
  async createToken(userId: string, name: string): Promise<{ id: string; secret: string }> {
    const secret = newSecret()
    const id = newId()
    await this.file.update((data) => {
      data.tokens.push({ id, hash: secretHash(secret), userId, name, createdAt: new Date().toISOString(), revokedAt: null })
    })
    return { id, secret }
  }

  async userForToken(secret: string): Promise<StoredUser | undefined> {
    const data = await this.file.read()
    const hash = secretHash(secret)
    const token = data.tokens.find((t) => t.hash === hash && t.revokedAt === null)
    const user = token && data.users.find((u) => u.id === token.userId)
    return user && !user.disabled ? user : undefined
  }

  /** Revokes a token of `userId`; false when there is none. */
  async revokeToken(userId: string, tokenId: string): Promise<boolean> {
    return this.file.update((data) => {
      const token = data.tokens.find((t) => t.id === tokenId && t.userId === userId && t.revokedAt === null)
      if (token) token.revokedAt = new Date().toISOString()
      return token !== undefined
    })
  }

  // ---------- Board memberships ----------

  async membership(boardId: string, userId: string): Promise<Membership | undefined> {
    return (await this.file.read()).memberships.find((m) => m.boardId === boardId && m.userId === userId)
  }

  async members(boardId: string): Promise<Membership[]> {
    return (await this.file.read()).memberships.filter((m) => m.boardId === boardId)
  }

  async setMembership(boardId: string, userId: string, role: BoardRole, viewerMayComment = false): Promise<Membership> {
    return this.file.update((data) => {
      const existing = data.memberships.find((m) => m.boardId === boardId && m.userId === userId)
      if (existing) {
        existing.role = role
        existing.viewerMayComment = viewerMayComment
        return existing
      }
      const m: Membership = { boardId, userId, role, viewerMayComment, addedAt: new Date().toISOString() }
      data.memberships.push(m)
      return m
    })
  }

  async removeMembership(boardId: string, userId: string): Promise<boolean> {
    return this.file.update((data) => {
      const before = data.memberships.length
      data.memberships = data.memberships.filter((m) => !(m.boardId === boardId && m.userId === userId))
      return data.memberships.length !== before
    })
  }

  // ---------- Invite links ----------

  /** A link for `role` on a board; the secret goes into the URL and is shown once. */
  async createInvite(input: { boardId: string; role: BoardRole; createdBy: string; ttlMs: number; maxUses: number }): Promise<{ invite: StoredInvite; secret: string }> {
    const secret = newSecret()
    const now = Date.now()
    const invite: StoredInvite = {
      id: newId(),
      hash: secretHash(secret),
      boardId: input.boardId,
      role: input.role,
      createdBy: input.createdBy,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + input.ttlMs).toISOString(),
      maxUses: input.maxUses,
      uses: 0,
      revokedAt: null,
    }
    await this.file.update((data) => {
      data.invites.push(invite)
    })
    return { invite, secret }
  }

  /** A usable invite (not expired, revoked or used up), or undefined. */
  async findInvite(secret: string): Promise<StoredInvite | undefined> {
    const hash = secretHash(secret)
    return (await this.file.read()).invites.find((i) => i.hash === hash && usable(i, Date.now()))
  }

  /** Uses an invite once for `userId` (joining its board with its role), checked and counted under the lock. */
  async acceptInvite(secret: string, userId: string): Promise<Membership> {
    const hash = secretHash(secret)
    return this.file.update((data) => {
      const invite = data.invites.find((i) => i.hash === hash)
      if (!invite || !usable(invite, Date.now())) throw new AuthError('invite_invalid', 'the invite link has expired, was revoked or is used up')
      invite.uses++
      const existing = data.memberships.find((m) => m.boardId === invite.boardId && m.userId === userId)
      // Joining never lowers a role someone already has.
      if (existing) return existing
      const m: Membership = { boardId: invite.boardId, userId, role: invite.role, viewerMayComment: false, addedAt: new Date().toISOString() }
      data.memberships.push(m)
      return m
    })
  }

  async invites(boardId: string): Promise<StoredInvite[]> {
    return (await this.file.read()).invites.filter((i) => i.boardId === boardId)
  }

  async revokeInvite(boardId: string, inviteId: string): Promise<boolean> {
    return this.file.update((data) => {
      const invite = data.invites.find((i) => i.id === inviteId && i.boardId === boardId && i.revokedAt === null)
      if (invite) invite.revokedAt = new Date().toISOString()
      return invite !== undefined
    })
  }
}

function usable(invite: StoredInvite, now: number): boolean {
  return invite.revokedAt === null && invite.uses < invite.maxUses && Date.parse(invite.expiresAt) > now
}
