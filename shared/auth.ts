/** Accounts as the API shows them, and the bodies of the sign-in calls. Hashes and tokens never appear here. */
import { z } from 'zod'
import { BOARD_ROLES, WORKSPACE_ROLES } from './roles.js'

/** Logins: lower-case Latin letters, digits, dot, dash, underscore (typed on any keyboard). */
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/
export const NAME_MAX = 120
export const LANGS = ['ru', 'en'] as const

export const loginSchema = z.string().trim().toLowerCase().regex(LOGIN_PATTERN, 'login: 2–40 characters, Latin letters, digits, . _ -')
/** A person's name on one line, as the forms send it: runs of spaces and line breaks become one space, none at the ends. */
export const cleanDisplayName = (name: string): string => name.replace(/\s+/g, ' ').trim()
export const displayNameSchema = z.string().trim().min(1).max(NAME_MAX)
export const passwordSchema = z.string().min(8, 'password: at least 8 characters').max(200)

/** A person as every API answer shows them. */
export const publicUserSchema = z
  .object({
    id: z.string(),
    login: z.string(),
    name: z.string(),
    workspaceRole: z.enum(WORKSPACE_ROLES),
    lang: z.enum(LANGS),
    disabled: z.boolean(),
  })
  .strict()
export type PublicUser = z.infer<typeof publicUserSchema>

/** Body of `POST /api/auth/login`. */
export const loginBodySchema = z.object({ login: loginSchema, password: z.string().min(1).max(200) }).strict()
export type LoginBody = z.infer<typeof loginBodySchema>

/** Body of `PATCH /api/auth/me`: what a person may change about themselves. */
export const profilePatchSchema = z
  .object({ name: displayNameSchema.optional(), lang: z.enum(LANGS).optional() })
  .strict()
  .refine((patch) => patch.name !== undefined || patch.lang !== undefined, 'give name or lang')
export type ProfilePatch = z.infer<typeof profilePatchSchema>

/** Body of `POST /api/auth/token`. */
export const tokenBodySchema = z.object({ name: z.string().trim().min(1).max(NAME_MAX).default('API') }).strict()

/** A board member as the members page lists them. */
export const memberSchema = z
  .object({
    user: publicUserSchema,
    role: z.enum(BOARD_ROLES),
    viewerMayComment: z.boolean(),
    /** A curator of the whole workspace: runs every board, listed on each; not given a role or removed per board. */
    workspaceCurator: z.boolean(),
  })
  .strict()
export type Member = z.infer<typeof memberSchema>

/** Body of `PUT /api/boards/:boardId/members/:userId`. */
export const memberPatchSchema = z.object({ role: z.enum(BOARD_ROLES), viewerMayComment: z.boolean().default(false) }).strict()

/** Body of `POST /api/boards/:boardId/invites`. */
export const createInviteSchema = z
  .object({
    role: z.enum(BOARD_ROLES),
    expiresInDays: z.number().int().min(1).max(90).default(7),
    maxUses: z.number().int().min(1).max(500).default(10),
  })
  .strict()

/** An invite link as listed (the secret itself is shown only once, when it is made). */
export interface PublicInvite {
  readonly id: string
  readonly boardId: string
  readonly role: (typeof BOARD_ROLES)[number]
  readonly createdAt: string
  readonly expiresAt: string
  readonly maxUses: number
  readonly uses: number
  readonly revoked: boolean
}

/** Body of `POST /api/invites/:secret/register`: a new person joins through a link. */
export const registerBodySchema = z
  .object({ login: loginSchema, name: displayNameSchema, password: passwordSchema, lang: z.enum(LANGS).optional() })
  .strict()

/** Where an invite link opens in the app. */
export const invitePath = (secret: string) => `/invite/${secret}`

/** A person's access to one board, as `GET /api/boards` and `GET /api/boards/:id` add it to each board (`access`). */
export interface BoardAccessInfo {
  readonly role: (typeof BOARD_ROLES)[number]
  /** The curator lets this viewer comment without editing. */
  readonly viewerMayComment: boolean
}

/** Body of `POST /api/auth/setup`: the first workspace curator, made from the browser on a fresh install. */
export const setupBodySchema = registerBodySchema
