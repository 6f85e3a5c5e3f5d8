/**
 * Who may do what: the one permission matrix. The server enforces it on every
 * REST call and sync message; the UI reads the same table to hide what a role
 * cannot do (hiding is a courtesy, refusing is the server's job).
 */

/** Roles on one board, strongest first. */
export const BOARD_ROLES = ['curator', 'expert', 'ambassador', 'activist', 'viewer'] as const
export type BoardRole = (typeof BOARD_ROLES)[number]

/** A workspace curator has curator rights on every board; a member only on the boards they belong to. */
export const WORKSPACE_ROLES = ['curator', 'member'] as const
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number]

/** Things a person does on a board. */
export const BOARD_ACTIONS = ['read', 'edit', 'comment', 'invite', 'manageMembers', 'export', 'manageBoard'] as const
export type BoardAction = (typeof BOARD_ACTIONS)[number]

const MATRIX: Readonly<Record<BoardRole, ReadonlySet<BoardAction>>> = {
  curator: new Set(BOARD_ACTIONS),
  expert: new Set(['read', 'edit', 'comment']),
  ambassador: new Set(['read', 'edit', 'comment', 'invite']),
  activist: new Set(['read', 'edit', 'comment']),
  viewer: new Set(['read']),
}

/** Roles each role may hand out in an invite link. */
const INVITABLE: Readonly<Record<BoardRole, readonly BoardRole[]>> = {
  curator: BOARD_ROLES,
  ambassador: ['expert', 'activist'],
  expert: [],
  activist: [],
  viewer: [],
}

/** Russian names of the roles, as the UI and the admin tool show them. */
export const ROLE_TITLES_RU: Readonly<Record<BoardRole, string>> = {
  curator: 'куратор',
  expert: 'эксперт',
  ambassador: 'амбассадор',
  activist: 'активист',
  viewer: 'наблюдатель',
}

export function isBoardRole(value: unknown): value is BoardRole {
  return typeof value === 'string' && (BOARD_ROLES as readonly string[]).includes(value)
}

/**
 * Whether `role` allows `action`. `viewerMayComment` is the curator's per-member
 * switch that lets a viewer comment without editing.
 */
export function can(role: BoardRole | null, action: BoardAction, options: { viewerMayComment?: boolean } = {}): boolean {
  if (role === null) return false
  if (role === 'viewer' && action === 'comment') return options.viewerMayComment === true
  return MATRIX[role].has(action)
}

/** The roles `role` may give in an invite link. */
export function invitableRoles(role: BoardRole | null): readonly BoardRole[] {
  return role === null ? [] : INVITABLE[role]
}

/** Someone's effective role on a board: a workspace curator is curator everywhere. */
export function effectiveRole(workspaceRole: WorkspaceRole, membership: BoardRole | null): BoardRole | null {
  return workspaceRole === 'curator' ? 'curator' : membership
}
